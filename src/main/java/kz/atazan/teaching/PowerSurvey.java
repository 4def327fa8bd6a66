package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.atazan.engine.Conclusion;
import kz.atazan.engine.Engine;
import kz.atazan.engine.SurveyedAtBuild;
import kz.atazan.text.Words;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Appointee;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Citation;
import kz.atazan.model.Condition;
import kz.atazan.model.Effect;
import kz.atazan.model.Entity;
import kz.atazan.model.Grant;
import kz.atazan.model.Kind;
import kz.atazan.model.PersonField;
import kz.atazan.model.Requirement;
import kz.atazan.model.Seats;
import kz.atazan.model.Triple;
import kz.atazan.model.Verdict;

/**
 * Who may appoint, nominate, consent to, elect, dismiss, recall, remove, dissolve or overrule whom
 * on a date. Lighter than the whole decision space: one pass over the rules finds every actor, act
 * and target some rule grants on some date (bare, or with every circumstance and fact about the
 * person set); then each is judged on the date, its conditions met, and every circumstance and
 * fact tried against it only where setting them all at once changes what the rules say.
 */
public final class PowerSurvey {

    /** The acts a power map shows: filling and emptying offices, consenting, dissolving and overruling. */
    public static final List<Act> ACTS = List.of(Act.APPOINT, Act.NOMINATE, Act.CONSENT, Act.ELECT, Act.DISMISS, Act.RECALL,
            Act.NO_CONFIDENCE, Act.REMOVE, Act.DISSOLVE, Act.REVOKE_ACT);

    private final Engine engine;
    private final List<Triple> triples;
    /** What may matter to each triple's power, if the build found it for these rules; else everything is tried. */
    private final Optional<Map<Triple, Variations>> variations;
    /** Where the build's survey records what mattered, tried against everything; null otherwise. */
    private final Map<Triple, Variations> found;

    /** Where the build writes the triples the power map surveys (finding them takes seconds; reading them, milliseconds). */
    public static final String SURVEYED = "kz/atazan/teaching/power-triples.txt";

    /** Where the build writes what may matter to each triple's power (see {@link Variations}). */
    public static final String VARIED = "kz/atazan/teaching/power-variations.txt";

    public PowerSurvey(Engine engine) {
        this(engine, SurveyedAtBuild.read(SURVEYED, engine).orElseGet(() -> triples(engine)),
                SurveyedAtBuild.lines(VARIED, engine).map(Variations::read), null);
    }

    /** A survey trying every circumstance and fact about the person on every power, whatever the build recorded. */
    static PowerSurvey tryingEverything(Engine engine) {
        return new PowerSurvey(engine, SurveyedAtBuild.read(SURVEYED, engine).orElseGet(() -> triples(engine)), Optional.empty(), null);
    }

    private PowerSurvey(Engine engine, List<Triple> triples, Optional<Map<Triple, Variations>> variations, Map<Triple, Variations> found) {
        this.engine = engine;
        this.triples = triples;
        this.variations = variations;
        this.found = found;
    }

    /**
     * The circumstances and facts about the person that matter to a triple's power on some day: the
     * circumstance a grant needs (the first in the vocabulary's order that brings one), and those
     * that bar it. Which ones matter depends only on the rules in force, which are the same on every
     * day of a wording window; so the build finds them on the first day of every window, trying each
     * one, and a run then tries only those: the rest would change nothing on any day.
     */
    record Variations(Set<Circumstance> enabling, Set<Circumstance> barring, Set<PersonField> barringFacts) {

        /** Every one may matter: what is tried when the build did not survey the rules. */
        static final Variations ALL = new Variations(Set.of(Circumstance.values()), Set.of(Circumstance.values()), Set.of(PersonField.values()));
        static final Variations NONE = new Variations(Set.of(), Set.of(), Set.of());

        /** The circumstance a grant needed on some day, whatever became of the power then. */
        static Variations enabling(Circumstance c) {
            return new Variations(Set.of(c), Set.of(), Set.of());
        }

        /** What a power on some day shows barred it. */
        static Variations barring(Power power) {
            Set<Circumstance> barring = EnumSet.noneOf(Circumstance.class);
            Set<PersonField> facts = EnumSet.noneOf(PersonField.class);
            power.bars().forEach(s -> {
                if (s.change() instanceof Change.Without w) {
                    barring.add(w.circumstance());
                } else if (s.change() instanceof Change.OtherPerson o) {
                    facts.add(o.fact());
                }
            });
            return new Variations(Set.of(), barring, facts);
        }

        Variations and(Variations other) {
            return new Variations(union(enabling, other.enabling), union(barring, other.barring), union(barringFacts, other.barringFacts));
        }

        private static <T> Set<T> union(Set<T> a, Set<T> b) {
            Set<T> all = new java.util.HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        }

        /** One line of the build's file: the triple, then each list (possibly empty) after its name. */
        String line(Triple t) {
            return t.actor().name() + " " + t.act().name() + " " + t.target().name()
                    + " enabling=" + names(enabling) + " barring=" + names(barring) + " facts=" + names(barringFacts);
        }

        private static String names(Set<? extends Enum<?>> values) {
            return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        }

        static Map<Triple, Variations> read(List<String> lines) {
            Map<Triple, Variations> read = new java.util.HashMap<>();
            for (String line : lines) {
                String[] f = line.split(" ");
                read.put(new Triple(Entity.valueOf(f[0]), Act.valueOf(f[1]), Entity.valueOf(f[2])), new Variations(
                        values(f[3], "enabling=", Circumstance::valueOf), values(f[4], "barring=", Circumstance::valueOf),
                        values(f[5], "facts=", PersonField::valueOf)));
            }
            return Map.copyOf(read);
        }

        private static <T> Set<T> values(String field, String name, Function<String, T> value) {
            if (!field.startsWith(name)) {
                throw new IllegalArgumentException("expected " + name + " in " + field);
            }
            String list = field.substring(name.length());
            return list.isEmpty() ? Set.of() : Arrays.stream(list.split(",")).map(value).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** What the build writes to {@link #VARIED} for an engine of the rules it compiled: the power of every triple on the first day of every wording window, tried against every circumstance and fact. */
    public static String varied(Engine engine) {
        List<Triple> triples = triples(engine);
        Map<Triple, Variations> found = new java.util.concurrent.ConcurrentHashMap<>();
        PowerSurvey everything = new PowerSurvey(engine, triples, Optional.empty(), found);
        engine.catalogue().windows().parallelStream().forEach(window -> everything.on(window.from()).powers()
                .forEach(p -> found.merge(new Triple(p.actor(), p.act(), p.target()), Variations.barring(p), Variations::and)));
        return SurveyedAtBuild.textOf(engine, triples.stream().filter(found::containsKey).map(t -> found.get(t).line(t)).toList());
    }

    private Variations mayMatter(Action a) {
        return variations.map(v -> v.getOrDefault(Triple.of(a), Variations.NONE)).orElse(Variations.ALL);
    }

    /** What the build writes to {@link #SURVEYED} for an engine of the rules it compiled: the triples surveyed now. */
    public static String surveyed(Engine engine) {
        return SurveyedAtBuild.text(engine, triples(engine));
    }

    /**
     * The actor-act-target triples some rule grants on some date, in the order of the vocabulary:
     * two surveys run side by side, of the bare actions and of the same with every circumstance and
     * fact about the person set (a grant that needs a circumstance, or one a circumstance excludes).
     */
    private static List<Triple> triples(Engine engine) {
        LocalDate any = engine.catalogue().modelled().from();
        List<Action> bare = new ArrayList<>();
        for (Entity actor : Entity.values()) {
            if (!actor.is(Kind.ORGAN) && !actor.is(Kind.OFFICE)) {
                continue;
            }
            for (Act act : ACTS) {
                for (Entity target : Entity.values()) {
                    bare.add(Action.of(actor, act, target, any));
                }
            }
        }
        List<Action> notable = bare.stream().map(PowerSurvey::everything).toList();
        Set<Triple> found = Stream.of(bare, notable).parallel()
                .flatMap(batch -> engine.spokenTo(batch, f -> f instanceof Grant).stream())
                .map(Triple::of)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return found.stream().sorted(Triple.ORDER).toList();
    }

    private static Action everything(Action a) {
        return a.with(b -> b.appointee(Appointee.NOTABLE).circumstances(Set.of(Circumstance.values())));
    }

    public PowerMap on(LocalDate date) {
        List<Power> powers = triples.parallelStream().map(t -> power(t.on(date)))
                .flatMap(Optional::stream).toList();
        return new PowerMap(date, powers);
    }

    /** Every power gained, lost, given new terms or reworded between two dates, with the amendment behind it. */
    public PowerDiff diff(LocalDate from, LocalDate to) {
        PowerMap before = on(from);
        PowerMap after = on(to);
        // each change is looked for between the dates on its own: in parallel, as the maps are made
        List<PowerChange> changes = new ArrayList<>(triples.parallelStream().map(t -> change(t, before, after))
                .flatMap(Optional::stream).toList());
        changes.sort(Comparator.comparing(PowerChange::kind));
        return new PowerDiff(from, to, before, after, changes);
    }

    /** How the power of a triple differs from the first map to the second, if it does. */
    private Optional<PowerChange> change(Triple t, PowerMap before, PowerMap after) {
        LocalDate from = before.date();
        LocalDate to = after.date();
        String key = t.actor().label() + " " + t.act().label() + " " + t.target().label();
        Optional<Power> was = before.find(key);
        Optional<Power> is = after.find(key);
        if (was.isEmpty() && is.isEmpty()) {
            return Optional.empty();
        }
        if (was.isEmpty()) {
            Evaluation then = Evaluation.of(engine, t.on(from));
            return Optional.of(new PowerChange(PowerChange.Kind.GAINED, t.actor(), t.act(), t.target(), was, is,
                    behind(t, was, is, from, to, Optional::isPresent), against(then), List.of()));
        } else if (is.isEmpty()) {
            Evaluation now = Evaluation.of(engine, t.on(to));
            return Optional.of(new PowerChange(PowerChange.Kind.LOST, t.actor(), t.act(), t.target(), was, is,
                    behind(t, was, is, from, to, Optional::isPresent), List.of(), against(now)));
        } else if (!PowerTerms.fields(was.get()).equals(PowerTerms.fields(is.get()))) {
            return Optional.of(new PowerChange(PowerChange.Kind.CHANGED, t.actor(), t.act(), t.target(), was, is,
                    behind(t, was, is, from, to, p -> p.map(PowerTerms::fields)), List.of(), List.of()));
        } else if (!was.get().citations().equals(is.get().citations())) {
            // the laws of the wordings cited on the later date, however many came in between
            return Optional.of(new PowerChange(PowerChange.Kind.REWORDED, t.actor(), t.act(), t.target(), was, is,
                    Amendments.behind(was.get().citations(), is.get().citations()), List.of(), List.of()));
        }
        return Optional.empty();
    }

    /**
     * The laws behind a power's difference between two dates: those of the day from which the aspect
     * compared (held or not, its terms) has stood as on the later date. An amendment after that day
     * may have reworded the provisions again, but it did not make the difference.
     */
    private List<Cause> behind(Triple t, Optional<Power> was, Optional<Power> is, LocalDate from, LocalDate to,
            Function<Optional<Power>, ?> aspect) {
        Action bare = t.on(to);
        Object now = aspect.apply(is);
        List<LocalDate> days = Timeline.changeDays(engine, bare).stream().filter(d -> d.isAfter(from) && !d.isAfter(to)).toList();
        // back from the later date, stretch by stretch, to the first one on which the power stood otherwise
        Optional<Power> later = is;
        LocalDate laterDay = to;
        for (int i = days.size() - 1; i >= 0; i--) {
            LocalDate earlierDay = i > 0 ? days.get(i - 1) : from;
            Optional<Power> earlier = i > 0 ? power(bare.on(earlierDay)) : was;
            if (!aspect.apply(earlier).equals(now)) {
                return Amendments.on(days.get(i), citations(earlier, bare.on(earlierDay)), citations(later, bare.on(laterDay)));
            }
            later = earlier;
            laterDay = earlierDay;
        }
        throw new IllegalStateException(t + " differs between " + from + " and " + to + " but on no day in between");
    }

    /** The provisions a power rests on, or those the rules cite against the action where it is not held. */
    private List<Citation> citations(Optional<Power> power, Action action) {
        return power.map(Power::citations).orElseGet(() -> Evaluation.of(engine, action).citations());
    }

    /** What stands against an action: the reasons that defeat it, or say the rules do not model it. */
    private static List<kz.atazan.model.Reason> against(Evaluation e) {
        return e.judgment().reasons().stream().filter(r -> r.effect().defeats() || r.effect() == Effect.NOT_MODELLED).toList();
    }

    /** The power the action stands for on its date, if the rules give it then (on some terms). */
    private Optional<Power> power(Action bare) {
        Evaluation at = Evaluation.of(engine, bare);
        List<Step> needs = new ArrayList<>();
        if (!at.granted()) {
            Set<Circumstance> tried = mayMatter(bare).enabling();
            Optional<Circumstance> enabling = Arrays.stream(Circumstance.values()).filter(tried::contains)
                    .filter(c -> Evaluation.of(engine, bare.with(b -> b.circumstance(c, true))).granted()).findFirst();
            if (enabling.isEmpty()) {
                return Optional.empty();
            }
            if (found != null) {
                found.merge(Triple.of(bare), Variations.enabling(enabling.get()), Variations::and);
            }
            at = Evaluation.of(engine, bare.with(b -> b.circumstance(enabling.get(), true)));
            needs.add(new Step(new Change.With(enabling.get()), grants(at)));
        }
        at = conditionsMet(at);
        if (at.verdict() == Verdict.UNCONSTITUTIONAL || !at.granted()) {
            return Optional.empty();
        }
        needs.addAll(terms(at));
        List<Citation> open = at.judgment().reasons().stream().filter(r -> r.effect() == Effect.LEAVES_OPEN)
                .flatMap(r -> r.citation().stream()).distinct().toList();
        return Optional.of(new Power(bare.actor(), bare.act(), bare.target(), at.verdict(), grants(at), needs, bars(at), open));
    }

    /** The action with every condition the rules attach met, as many rounds as new conditions appear. */
    private Evaluation conditionsMet(Evaluation at) {
        for (int round = 0; round < 4 && !at.missingConditions().isEmpty(); round++) {
            Action met = at.action();
            for (Condition condition : at.missingConditions().keySet()) {
                met = new Change.Fulfil(condition, members(at, condition), Words.proposalSubject(met)).applyTo(met);
            }
            at = Evaluation.of(engine, met);
        }
        return at;
    }

    /** Every condition attached, met or not, with the provisions attaching it. */
    private static List<Step> terms(Evaluation at) {
        Map<Condition, List<Citation>> conditions = new LinkedHashMap<>();
        for (Conclusion c : at.conclusions()) {
            if (c.finding() instanceof Requirement r) {
                List<Citation> citations = conditions.computeIfAbsent(r.condition(), k -> new ArrayList<>());
                if (!citations.contains(c.citation())) {
                    citations.add(c.citation());
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        conditions.forEach((condition, citations) -> steps.add(new Step(
                new Change.Fulfil(condition, members(at, condition), Words.proposalSubject(at.action())), References.inTextOrder(citations))));
        steps.sort(Comparator.comparing(s -> s.change().term(Words.in(kz.atazan.model.Language.EN))));
        return steps;
    }

    /** The circumstances and facts about the person that would make the power unconstitutional. */
    private List<Step> bars(Evaluation at) {
        Variations tried = mayMatter(at.action());
        if (tried.barring().isEmpty() && tried.barringFacts().isEmpty()) {
            return List.of();
        }
        Action all = everything(at.action());
        if (signature(Evaluation.of(engine, all)).equals(signature(at))) {
            return List.of();
        }
        List<Step> bars = new ArrayList<>();
        for (Circumstance c : Circumstance.values()) {
            if (tried.barring().contains(c) && !at.action().circumstances().contains(c)) {
                bar(at, at.action().with(b -> b.circumstance(c, true)), new Change.Without(c)).ifPresent(bars::add);
            }
        }
        for (PersonField fact : PersonField.values()) {
            if (!tried.barringFacts().contains(fact)) {
                continue;
            }
            bar(at, at.action().with(b -> b.appointee(fact.made(at.action().appointee()))), new Change.OtherPerson(fact)).ifPresent(bars::add);
        }
        // a tenure under the Constitution of 2026 is a tenure: barring every former holder says it already
        if (bars.stream().anyMatch(b -> b.change().equals(new Change.OtherPerson(PersonField.HELD_THIS_OFFICE_BEFORE)))) {
            bars.removeIf(b -> b.change().equals(new Change.OtherPerson(PersonField.HELD_THIS_OFFICE_SINCE_2026)));
        }
        return bars;
    }

    private Optional<Step> bar(Evaluation at, Action with, Change lifting) {
        Evaluation barred = Evaluation.of(engine, with);
        // a circumstance that only brings further conditions (another procedure) is not a bar
        boolean forbidden = barred.judgment().reasons().stream()
                .anyMatch(r -> r.effect().defeats() && r.effect() != Effect.CONDITION_MISSING);
        if (barred.verdict() != Verdict.UNCONSTITUTIONAL || !forbidden) {
            return Optional.empty();
        }
        List<Citation> against = new ArrayList<>(barred.defeating());
        against.removeAll(at.defeating());
        return Optional.of(new Step(lifting, against));
    }

    private static List<String> signature(Evaluation e) {
        return e.conclusions().stream().map(c -> c.citation().id() + c.finding()).sorted().toList();
    }

    private static List<Citation> grants(Evaluation at) {
        return at.judgment().reasons().stream().filter(r -> r.effect() == Effect.GRANTS).flatMap(r -> r.citation().stream()).distinct().toList();
    }

    private static int members(Evaluation at, Condition condition) {
        Entity body = condition instanceof Condition.Vote v ? v.body() : condition instanceof Condition.Initiative i ? i.body() : null;
        if (body == null) {
            return 0;
        }
        return at.conclusions().stream().map(Conclusion::finding).filter(f -> f instanceof Seats s && s.body() == body)
                .map(f -> ((Seats) f).count()).findFirst().orElse(100);
    }
}
