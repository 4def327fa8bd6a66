package kz.atazan.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import kz.atazan.engine.Conclusion;
import kz.atazan.engine.Engine;
import kz.atazan.engine.Outcomes;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.SurveyedAtBuild;
import kz.atazan.model.Absence;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Appointee;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Citation;
import kz.atazan.model.Condition;
import kz.atazan.model.Entity;
import kz.atazan.model.Kind;
import kz.atazan.model.PersonField;
import kz.atazan.model.Period;
import kz.atazan.model.Requirement;
import kz.atazan.model.Seats;
import kz.atazan.model.Tally;
import kz.atazan.model.Triple;

/**
 * The whole decision space of a rule base: every actor, act and target some rule speaks to, in
 * every combination of the conditions the rules read (each consent given or not, each vote at its
 * threshold or one short, each circumstance present or not, ...), on every date that matters
 * (each day a wording starts or ends, the day before and after, and one day inside each window).
 */
public final class DecisionSpace {

    /** More conditions than this on one action: each one missing alone, instead of every combination. */
    private static final int MOST_COMBINED = 6;

    private final List<Action> actions;
    private final List<LocalDate> dates;
    private final Map<Action, Outcomes> outcomes;
    private final int triples;

    private DecisionSpace(List<Action> actions, List<LocalDate> dates, Map<Action, Outcomes> outcomes, int triples) {
        this.actions = actions;
        this.dates = dates;
        this.outcomes = outcomes;
        this.triples = triples;
    }

    /**
     * Explores the space. Drools is asked about each action once, for every day at once
     * ({@link Engine#outcomes}); which rules apply on a day is then a matter of their windows, and
     * the conditions are weighed in Java.
     */
    public static DecisionSpace explore(Engine engine) {
        List<LocalDate> dates = datesThatMatter(engine.catalogue().citations());
        List<LocalDate> samples = windowStarts(engine.catalogue().citations());
        Map<Action, Outcomes> known = new ConcurrentHashMap<>();
        List<Triple> triples = triplesSpokenTo(engine);
        // Drools is asked in three rounds, each of many actions together: each triple bare and with
        // every circumstance and fact about the person; then what its conditions and facts need
        // asking; then every combination of the conditions it reads
        Optional<Map<Triple, Set<String>>> recorded = SurveyedAtBuild.lines(FACTS_READ, engine).map(DecisionSpace::factsRead);
        List<Probe> probes = probe(engine, known, triples, samples, recorded);
        List<Action> actions = probes.parallelStream().flatMap(p -> p.variants(known).stream()).toList();
        learn(engine, known, actions.stream());
        Map<Action, Outcomes> outcomes = new HashMap<>();
        actions.forEach(a -> outcomes.put(undated(a), known.get(undated(a))));
        return new DecisionSpace(actions, dates, outcomes, triples.size());
    }

    /**
     * The first two rounds: each triple bare and with every circumstance and fact about the person,
     * read for the conditions attached; then each fact alone where they matter (unless the build
     * recorded which facts each triple's rules read), and each voting body's size.
     */
    private static List<Probe> probe(Engine engine, Map<Action, Outcomes> known, List<Triple> triples, List<LocalDate> samples,
            Optional<Map<Triple, Set<String>>> recorded) {
        List<Probe> probes = triples.stream().map(t -> new Probe(t, samples, recorded.map(r -> r.getOrDefault(t, Set.of())))).toList();
        learn(engine, known, probes.stream().flatMap(p -> Stream.of(p.bare, NOTABLE.yes(p.bare))));
        probes.parallelStream().forEach(p -> p.read(known));
        learn(engine, known, probes.stream().flatMap(Probe::questions));
        return probes;
    }

    /**
     * Where the build writes, for each triple, the circumstances and facts about the person its rules
     * read: asking each one alone of every triple they may matter to is most of the questions an
     * exploration asks Drools (350,000 of 400,000 when this was written), and the answer depends
     * only on the rules, so for the rules built in it is found once, by the build.
     */
    public static final String FACTS_READ = "kz/atazan/audit/facts-read.txt";

    /** What the build writes to {@link #FACTS_READ} for an engine of the rules it compiled: each triple with the facts its rules read, found now. */
    public static String factsRead(Engine engine) {
        return SurveyedAtBuild.textOf(engine, factsRead(engine, triplesSpokenTo(engine)));
    }

    /** For each of the triples whose rules read some fact, a line: the triple, and the facts by name. */
    static List<String> factsRead(Engine engine, List<Triple> triples) {
        Map<Action, Outcomes> known = new ConcurrentHashMap<>();
        List<Probe> probes = probe(engine, known, triples, windowStarts(engine.catalogue().citations()), Optional.empty());
        return probes.stream().map(p -> Map.entry(p, p.factsRead(known)))
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey().bare.actor().name() + " " + e.getKey().bare.act().name() + " " + e.getKey().bare.target().name() + " "
                        + e.getValue().stream().map(Factor::toString).collect(java.util.stream.Collectors.joining(",")))
                .toList();
    }

    /** The triples some rule speaks to, as the build found them (for the tests of what it recorded). */
    static List<Triple> triples(Engine engine) {
        return triplesSpokenTo(engine);
    }

    private static Map<Triple, Set<String>> factsRead(List<String> lines) {
        Map<Triple, Set<String>> read = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split(" ");
            read.put(new Triple(Entity.valueOf(f[0]), Act.valueOf(f[1]), Entity.valueOf(f[2])), Set.of(f[3].split(",")));
        }
        return read;
    }

    /** Asks Drools about the actions not yet known, together. */
    private static void learn(Engine engine, Map<Action, Outcomes> known, Stream<Action> actions) {
        List<Action> unknown = actions.map(DecisionSpace::undated).filter(a -> !known.containsKey(a)).distinct().toList();
        known.putAll(engine.survey(unknown));
    }

    /** The actions (dated on their first sample day): every triple in every combination of its conditions. */
    public List<Action> actions() {
        return actions;
    }

    public List<LocalDate> dates() {
        return dates;
    }

    /** How many actor-act-target triples the rules speak to. */
    public int triples() {
        return triples;
    }

    /** What the rules conclude about one of the space's actions, on every day. */
    public Outcomes outcomes(Action action) {
        Outcomes o = outcomes.get(undated(action));
        if (o == null) {
            throw new IllegalArgumentException("not an action of the space: " + action);
        }
        return o;
    }

    /** What the rules conclude about an action on every day, if it is one of the space's. */
    public Optional<Outcomes> outcomesOf(Action action) {
        return Optional.ofNullable(outcomes.get(undated(action)));
    }

    /** Every action on every date that matters. */
    public Stream<Action> enumerate() {
        return actions.stream().flatMap(a -> dates.stream().map(a::on));
    }

    public long size() {
        return (long) actions.size() * dates.size();
    }

    /** Where the build writes the triples some rule speaks to (finding them takes seconds; reading them, milliseconds). */
    public static final String SURVEYED = "kz/atazan/audit/spoken-to-triples.txt";

    /**
     * Every actor, act and target some rule speaks to with more than an office's absence, as bare
     * actions dated on the first day a wording starts: the combinations a form may offer.
     */
    public static List<Action> spokenTo(Engine engine) {
        LocalDate day = firstDay(engine);
        return triplesSpokenTo(engine).stream().map(t -> t.on(day)).toList();
    }

    /** What the build writes to {@link #SURVEYED} for an engine of the rules it compiled: the triples surveyed now. */
    public static String surveyed(Engine engine) {
        return SurveyedAtBuild.text(engine, surveyTriples(engine));
    }

    private static LocalDate firstDay(Engine engine) {
        return windowStarts(engine.catalogue().citations()).get(0);
    }

    /** The triples the build surveyed from the rules compiled into it, read without loading those rules. */
    public static Optional<List<Triple>> builtInTriplesSpokenTo() {
        return SurveyedAtBuild.read(SURVEYED, RuleBase.builtInFingerprint());
    }

    private static List<Triple> triplesSpokenTo(Engine engine) {
        return SurveyedAtBuild.read(SURVEYED, engine).orElseGet(() -> surveyTriples(engine));
    }

    private static Action undated(Action action) {
        return action.on(LocalDate.EPOCH);
    }

    /** The days a wording starts or ends, the days either side, and one day inside each window. */
    static List<LocalDate> datesThatMatter(Iterable<Citation> citations) {
        Set<LocalDate> dates = new TreeSet<>();
        for (Citation c : citations) {
            Period window = c.inForce();
            dates.add(window.from().minusDays(1));
            dates.add(window.from());
            if (window.isOpen()) {
                dates.add(window.from().plusYears(1));
            } else {
                dates.add(window.to());
                dates.add(window.to().plusDays(1));
                dates.add(window.from().plusDays((window.to().toEpochDay() - window.from().toEpochDay()) / 2));
            }
        }
        return List.copyOf(dates);
    }

    private static List<LocalDate> windowStarts(Iterable<Citation> citations) {
        Set<LocalDate> starts = new TreeSet<>();
        citations.forEach(c -> starts.add(c.inForce().from()));
        return List.copyOf(starts);
    }

    /**
     * The triples some rule speaks to with more than an office's absence (which only adds to the
     * verdicts of actions already in the space), found in batches: bare, and with every
     * circumstance and fact about the person set, so that rules needing one are found too.
     */
    private static List<Triple> surveyTriples(Engine engine) {
        LocalDate day = firstDay(engine);
        List<Entity> actors = Arrays.stream(Entity.values()).filter(e -> e.is(Kind.ORGAN) || e.is(Kind.OFFICE)).toList();
        Action everything = NOTABLE.yes(Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.PRESIDENT, day));
        // one batch per actor, surveyed in parallel: the sessions are independent
        return actors.parallelStream().flatMap(actor -> {
            List<Action> batch = new ArrayList<>();
            for (Act act : Act.values()) {
                for (Entity target : Entity.values()) {
                    batch.add(Action.of(actor, act, target, day));
                    batch.add(everything.with(b -> b.actor(actor).act(act).target(target)));
                }
            }
            return engine.spokenTo(batch, f -> !(f instanceof Absence) && !(f instanceof Seats)).stream();
        }).map(Triple::of).distinct().sorted(Triple.ORDER).toList();
    }

    /** One yes-or-no question the rules ask about an action. */
    private interface Factor {
        Action yes(Action a);

        Action no(Action a);
    }

    /** One triple being explored: the conditions the rules attach to it, and the facts they read. */
    private static final class Probe {
        private final Action bare;
        private final List<LocalDate> samples;
        /** Each condition some rule attaches, with an action on a day it is attached. */
        private final Map<String, Map.Entry<Condition, Action>> conditions = new LinkedHashMap<>();
        /**
         * The days on which setting every circumstance and fact about the person at once changes
         * what some rule concludes, with the bare conclusions of that day. Each one is asked about
         * only on those days: that makes the survey twice as fast, at the price of missing a fact
         * whose effect another fact cancels on every day (2 of 27,432 actions when this was measured)
         */
        private final Map<LocalDate, Map<List<Object>, Long>> factsMatterOn = new LinkedHashMap<>();
        /** The facts (by name) the build found the triple's rules read, if it surveyed these rules. */
        private final Optional<Set<String>> recorded;

        Probe(Triple t, List<LocalDate> samples, Optional<Set<String>> recorded) {
            this.bare = t.on(samples.get(0));
            this.samples = samples;
            this.recorded = recorded;
        }

        /** Reads the conditions attached and the days facts matter from the bare and notable outcomes. */
        void read(Map<Action, Outcomes> known) {
            Outcomes plainly = known.get(undated(bare));
            Outcomes notably = known.get(undated(NOTABLE.yes(bare)));
            for (LocalDate day : samples) {
                List<Conclusion> conclusions = plainly.on(day);
                for (Conclusion c : conclusions) {
                    if (c.finding() instanceof Requirement r) {
                        conditions.putIfAbsent(r.condition().toString(), Map.entry(r.condition(), bare.on(day)));
                    }
                }
                if (recorded.isPresent()) {
                    continue;
                }
                Map<List<Object>, Long> plain = signature(conclusions);
                if (!plain.equals(signature(notably.on(day)))) {
                    factsMatterOn.put(day, plain);
                }
            }
        }

        /** The actions to ask about next: each fact alone where facts matter, and each voting body's size. */
        Stream<Action> questions() {
            List<Action> questions = new ArrayList<>();
            if (!factsMatterOn.isEmpty()) {
                facts().forEach(f -> questions.add(f.yes(bare)));
            }
            for (Map.Entry<Condition, Action> c : conditions.values()) {
                Entity body = c.getKey().countsMembers() ? c.getKey().party().orElseThrow() : null;
                if (body != null) {
                    questions.add(sized(c.getValue(), body));
                }
            }
            return questions.stream();
        }

        /** The triple in every combination of the conditions the rules read for it. */
        List<Action> variants(Map<Action, Outcomes> known) {
            Map<String, Factor> factors = new LinkedHashMap<>();
            conditions.forEach((key, c) -> factorFor(known, c.getValue(), c.getKey()).ifPresent(f -> factors.put(key, f)));
            List<Factor> read = recorded.isPresent()
                    ? facts().stream().filter(f -> recorded.get().contains(f.toString())).toList()
                    : factsRead(known);
            read.forEach(fact -> factors.put(fact.toString(), fact));
            return combinations(bare, List.copyOf(factors.values()));
        }

        /** The facts whose setting alone changes what some rule concludes on a day where setting them all does. */
        List<Factor> factsRead(Map<Action, Outcomes> known) {
            List<Factor> read = new ArrayList<>();
            for (Factor fact : factsMatterOn.isEmpty() ? List.<Factor>of() : facts()) {
                Outcomes with = known.get(undated(fact.yes(bare)));
                if (factsMatterOn.entrySet().stream().anyMatch(day -> !day.getValue().equals(signature(with.on(day.getKey()))))) {
                    read.add(fact);
                }
            }
            return read;
        }
    }

    private static List<Factor> facts() {
        List<Factor> facts = new ArrayList<>();
        for (Circumstance circumstance : Circumstance.values()) {
            facts.add(circumstance(circumstance));
        }
        facts.addAll(appointeeFactors());
        return facts;
    }

    /** The action with a vote of the body stated: the rules then give the body's size on the day, if the text fixes it. */
    private static Action sized(Action sample, Entity body) {
        return sample.with(b -> b.vote(body, new Tally(0, 100)));
    }

    private static List<Action> combinations(Action bare, List<Factor> all) {
        List<Action> variants = new ArrayList<>();
        if (all.size() <= MOST_COMBINED) {
            for (int mask = 0; mask < 1 << all.size(); mask++) {
                Action a = bare;
                for (int i = 0; i < all.size(); i++) {
                    a = (mask & 1 << i) != 0 ? all.get(i).yes(a) : all.get(i).no(a);
                }
                variants.add(a);
            }
        } else {
            Action allMet = bare;
            for (Factor f : all) {
                allMet = f.yes(allMet);
            }
            variants.add(allMet);
            for (Factor missing : all) {
                Action a = bare;
                for (Factor f : all) {
                    a = f == missing ? f.no(a) : f.yes(a);
                }
                variants.add(a);
            }
        }
        return variants;
    }

    /** What the rules conclude, whatever the order: each rule's id and finding, with how often. */
    private static Map<List<Object>, Long> signature(List<Conclusion> conclusions) {
        Map<List<Object>, Long> signature = new HashMap<>();
        for (Conclusion c : conclusions) {
            signature.merge(List.of(c.citation().id(), c.finding()), 1L, Long::sum);
        }
        return signature;
    }

    private static Optional<Factor> factorFor(Map<Action, Outcomes> known, Action sample, Condition condition) {
        int members = condition.countsMembers() ? membersOf(known, sample, condition.party().orElseThrow()) : 0;
        return Optional.of(factor(condition.toString(), a -> condition.met(a, members), a -> condition.unmet(a, members)));
    }

    /** The size of the body the text gives on that date, if any rule fixes it; else a hundred members. */
    private static int membersOf(Map<Action, Outcomes> known, Action sample, Entity body) {
        return known.get(undated(sized(sample, body))).on(sample.date()).stream().map(Conclusion::finding)
                .filter(f -> f instanceof Seats s && s.body() == body).map(f -> ((Seats) f).count()).findFirst().orElse(100);
    }

    private static Factor factor(String name, UnaryOperator<Action> yes, UnaryOperator<Action> no) {
        return new Factor() {
            @Override
            public Action yes(Action a) {
                return yes.apply(a);
            }

            @Override
            public Action no(Action a) {
                return no.apply(a);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** Every circumstance present and every fact about the person set, or none. */
    private static final Factor NOTABLE = factor("every circumstance and fact about the person",
            a -> a.with(b -> b.appointee(Appointee.NOTABLE).circumstances(Set.of(Circumstance.values()))), a -> a);

    private static Factor circumstance(Circumstance c) {
        return factor(c.name(), a -> a.with(b -> b.circumstance(c, true)), a -> a.with(b -> b.circumstance(c, false)));
    }

    private static List<Factor> appointeeFactors() {
        return java.util.Arrays.stream(PersonField.values())
                .map(f -> factor(f.key(), a -> a.with(b -> b.appointee(f.made(a.appointee()))),
                        a -> a.with(b -> b.appointee(f.undone(a.appointee())))))
                .toList();
    }
}
