package kz.atazan.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.ActionField;
import kz.atazan.model.Citation;
import kz.atazan.model.Condition;
import kz.atazan.model.Constitution;
import kz.atazan.model.Count;
import kz.atazan.model.Edition;
import kz.atazan.model.Effect;
import kz.atazan.model.Entity;
import kz.atazan.model.Ground;
import kz.atazan.model.Judgment;
import kz.atazan.model.Kind;
import kz.atazan.model.Language;
import kz.atazan.model.Named;
import kz.atazan.model.PersonField;
import kz.atazan.model.Provision;
import kz.atazan.model.Reason;
import kz.atazan.model.Tally;
import kz.atazan.model.Verdict;

/**
 * What the engine concluded, said in one language: verdicts, reasons, conditions, citations, the law
 * that answered and the action asked about. Every sentence comes from the bundles ({@link Messages});
 * this class only chooses which sentence and fills it with the data of the model.
 */
public final class Words {

    private final Messages m;

    private Words(Messages messages) {
        this.m = messages;
    }

    public static Words in(Language language) {
        return new Words(Messages.of(language));
    }

    public Language language() {
        return m.language();
    }

    public Messages messages() {
        return m;
    }

    public String say(String key, Object... namesAndValues) {
        return m.format(key, namesAndValues);
    }

    public String verdict(Verdict verdict) {
        return m.format(Messages.keyOf(verdict));
    }

    public String effect(Effect effect) {
        return m.format(Messages.keyOf(effect));
    }

    /** A date as legal texts write it, in a form ({@code nom}, {@code gen}, ...). */
    public String date(LocalDate date) {
        return m.date(date).form("nom");
    }

    /** "the President", "Президент", "Президент": a name in the nominative. */
    public String name(Enum<?> constant) {
        return m.name(constant).form("nom");
    }

    /** What the rule decides, in this language (the build refuses a rule without a summary in each). */
    public String summary(Citation c) {
        return c.summary(language());
    }

    /** "Art. 87(4), Constitution of 1995", "пункт 4 статьи 87 Конституции 1995 года". */
    public String reference(Citation c) {
        return m.reference(c).form("nom");
    }

    /** Provisions as a list, the constitution named once per group: "Art. 44(4), Art. 55(2), Constitution of 1995". */
    public String references(List<Citation> citations) {
        Map<Constitution, List<Citation>> by = new LinkedHashMap<>();
        for (Citation c : citations) {
            List<Citation> group = by.computeIfAbsent(c.edition().constitution(), k -> new ArrayList<>());
            if (group.stream().noneMatch(g -> g.provision().equals(c.provision()))) {
                group.add(c);
            }
        }
        List<String> groups = new ArrayList<>();
        by.forEach((constitution, group) -> {
            List<String> items = group.stream().sorted(Comparator.comparing(Citation::provision))
                    .map(c -> m.term(citeKey(c) + ".of", citeArguments(c.provision(), c.edition())).form("nom")).toList();
            groups.add(m.term("refs.list", "items", String.join(", ", items), "year", Integer.toString(constitution.year())).form("nom"));
        });
        return String.join("; ", groups);
    }

    private static String citeKey(Citation c) {
        Provision p = c.provision();
        if (p.paragraph() == null) {
            return "cite.article";
        }
        if (p.subparagraph() != null) {
            return "cite.subparagraph";
        }
        return c.edition().source().listsItems(p.article()) ? "cite.item" : "cite.paragraph";
    }

    private static Object[] citeArguments(Provision p, Edition edition) {
        List<Object> args = new ArrayList<>(List.of("article", p.article()));
        if (p.paragraph() != null && p.subparagraph() == null && edition.source().listsItems(p.article())) {
            args.addAll(List.of("item", p.paragraph()));
        } else if (p.paragraph() != null) {
            args.addAll(List.of("paragraph", p.paragraph()));
        }
        if (p.subparagraph() != null) {
            args.addAll(List.of("subparagraph", p.subparagraph()));
        }
        return args.toArray();
    }

    /** The wording described in full: "as amended by the Law of 8 June 2022 (...), in force from 8 June 2022". */
    public String wording(Edition edition) {
        return m.term(Messages.keyOf(edition) + ".wording").form("nom");
    }

    /** The law that gave the wording its force: "the Law of 8 June 2022". */
    public String amendment(Edition edition) {
        return m.name(edition).form("nom");
    }

    /** "as worded by the Law of 8 June 2022", "in the text of 23 March 2019". */
    public String as(Edition edition) {
        return m.term(Messages.keyOf(edition) + ".as").form("nom");
    }

    /** The days a wording applies: "applies 8 June 2022 to 30 June 2026", or "applies from 1 July 2026". */
    public String window(Citation c) {
        return days("window", c.inForce());
    }

    /**
     * Days said by the messages {@code KEY.open} ("from 1 July 2026"), {@code KEY.day} (a single day,
     * not "from 1 July 2026 to 1 July 2026") and {@code KEY.closed} ("from 8 June 2022 to 30 June 2026").
     */
    public String days(String key, kz.atazan.model.Period days) {
        if (days.isOpen()) {
            return m.format(key + ".open", "from", days.from());
        }
        return days.from().equals(days.to()) ? m.format(key + ".day", "date", days.from())
                : m.format(key + ".closed", "from", days.from(), "to", days.to());
    }

    /**
     * The official words: the Russian quote, and for a wording that has one the Kazakh quote, the
     * text of the state language first when speaking Kazakh.
     */
    public List<String> quotes(Citation c) {
        String russian = m.format("reason.quote", "quote", c.quote());
        if (c.quoteKk().isEmpty()) {
            return List.of(russian);
        }
        String kazakh = m.format("reason.quote.kk", "quote", c.quoteKk().get());
        return language() == Language.KK ? List.of(kazakh, russian) : List.of(russian, kazakh);
    }

    /** Names joined as a list in each of the language's forms: "the Senate and the Majilis", "Сената и Мажилиса". */
    public Term names(java.util.Collection<? extends Enum<?>> constants) {
        List<Enum<?>> sorted = new ArrayList<>(constants);
        sorted.sort(Comparator.comparing(c -> c.ordinal()));
        List<String> forms = new ArrayList<>();
        for (String form : Forms.of(language())) {
            forms.add(list(sorted.stream().map(c -> m.name(c).form(form)).toList()));
        }
        return new Term(language(), forms, sorted.size() == 1 ? m.name(sorted.get(0)).gender() : "pl");
    }

    /** Items joined as a list: "a, b and c". */
    public String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return m.format("list.and", "first", String.join(", ", items.subList(0, items.size() - 1)), "second", items.get(items.size() - 1));
    }

    /** The act as a phrase with its target, in a form: {@code inf} ("appoint the akim of an oblast") or {@code does}, in the words of the text of its date. */
    public String act(Action a, String form) {
        return act(a.actor(), a.act(), a.target(), form, Optional.of(a.date()));
    }

    /** The act on no particular date: in the words the texts share, or those of the Constitution of 1995. */
    public String act(Entity actor, Act act, Entity target, String form) {
        return act(actor, act, target, form, Optional.empty());
    }

    private String act(Entity actor, Act act, Entity target, String form, Optional<LocalDate> on) {
        return m.format(Messages.keyOf(act) + "." + form, "actor", actor, "target", target, "kind", kind(target), "code", target.label(),
                "constitution", constitution(on));
    }

    /** The act with an ellipsis for its target ("назначить …"), for a table that names the target in the next column. */
    public String actWithoutTarget(Entity actor, Act act, Entity target, Optional<LocalDate> on) {
        return m.format(Messages.keyOf(act) + ".inf", "actor", actor, "target", Term.fixed(m.language(), "…"), "kind", kind(target),
                "code", target.label(), "constitution", constitution(on));
    }

    /**
     * Whose words an act is said in where the two texts name it differently (the Kazakh text of 1995
     * dismisses "қызметтен", that of 2026 "лауазымынан"): {@code c1995}, {@code c2026}, or {@code other}
     * on no date.
     */
    private static String constitution(Optional<LocalDate> on) {
        return on.flatMap(Constitution::on).map(c -> c == Constitution.OF_2026 ? "c2026" : "c1995").orElse("other");
    }

    /**
     * What an act is, without its object: the infinitive phrase with an ellipsis for it ("отменить или
     * приостановить акт …"); where the phrase depends on the kind of object, each ("созвать на сессию …;
     * назначить …").
     */
    public String actAlone(Act act) {
        Set<String> phrases = new LinkedHashSet<>();
        for (String kind : List.of("organ", "office", "instrument")) {
            phrases.add(m.format(Messages.keyOf(act) + ".inf", "actor", Entity.PRESIDENT, "target", Term.fixed(m.language(), "…"), "kind", kind,
                    "code", "…", "constitution", constitution(Optional.empty())));
        }
        return String.join("; ", phrases);
    }

    private static String kind(Entity target) {
        return target.is(Kind.ORGAN) && !target.is(Kind.OFFICE) ? "organ" : target.is(Kind.OFFICE) ? "office" : "instrument";
    }

    /** One line: who does what to whom (in the codes of the command line), on which date, with the facts stated. */
    public String action(Action a) {
        return withFacts(m.format("action.line", "codes", codes(a), "iso", a.date().toString(), "date", a.date()), a);
    }

    /** Who does what to whom (in the codes of the command line) with the facts stated, on no date: one action on several days. */
    public String actionOnAnyDay(Action a) {
        return withFacts(codes(a), a);
    }

    private static String codes(Action a) {
        return a.actor().label() + " " + a.act().label() + " " + a.target().label();
    }

    private String withFacts(String line, Action a) {
        // the facts stated, in the order of the field table (the one list of fields): action.fact.<key>
        List<String> facts = new ArrayList<>();
        for (ActionField f : ActionField.values()) {
            if (f.required() || !f.isStatedIn(a)) {
                continue;
            }
            Object value = f.valueIn(a);
            switch (f.shape()) {
                case NAME -> facts.add(m.format("action.fact." + f.key(), "name", ((Named) value).label()));
                case NAMES -> facts.add(m.format("action.fact." + f.key(), "names", ((java.util.Collection<?>) value).stream()
                        .map(v -> ((Named) v).label()).sorted().collect(Collectors.joining(", "))));
                case COUNT -> facts.add(m.format("action.fact." + f.key(), "n", value));
                case TALLY -> facts.add(m.format("action.fact." + f.key(), "yes", grouped(((Tally) value).yes()), "of", grouped(((Tally) value).of())));
                case VOTES -> facts.add(m.format("action.fact." + f.key(), "votes", ((Map<?, ?>) value).entrySet().stream()
                        .map(v -> m.format("action.fact.vote", "body", ((Entity) v.getKey()).label(),
                                "yes", grouped(((Tally) v.getValue()).yes()), "of", grouped(((Tally) v.getValue()).of())))
                        .sorted().collect(Collectors.joining(", "))));
                case PERSON -> {
                    for (PersonField p : PersonField.values()) {
                        p.statedIn(a.appointee()).ifPresent(v -> facts.add(m.format("action.fact." + p.key(), "n", v)));
                    }
                }
            }
        }
        return facts.isEmpty() ? line : m.format("action.line.facts", "line", line, "facts", String.join("; ", facts));
    }

    /**
     * The law that answered: the constitution as in force that day, with the latest amendment then in
     * force, and the wordings of the provisions that decided the answer (marked as unchanged since, once
     * for the list, when any of them is older than the latest amendment).
     */
    public String law(Judgment judgment) {
        LocalDate date = judgment.action().date();
        Optional<Constitution> constitution = Constitution.on(date);
        if (constitution.isEmpty()) {
            return m.format("law.none");
        }
        Optional<Edition> latest = Arrays.stream(Edition.values())
                .filter(e -> e.constitution() == constitution.get() && !e.effective().isAfter(date))
                .max(Comparator.comparing(Edition::effective));
        boolean amended = latest.isPresent() && latest.get() != Edition.CONSTITUTION_OF_2026 && latest.get() != Edition.TEXT_OF_1995;
        String law = amended
                ? m.format("law.amended", "constitution", constitution.get(), "latest", amendment(latest.get()))
                : m.format("law.as-enacted", "constitution", constitution.get());
        List<Edition> decisive = judgment.decisiveReasons().stream().flatMap(r -> r.citation().stream())
                .map(Citation::edition).distinct().sorted(Comparator.comparing(Edition::effective)).toList();
        if (decisive.isEmpty() || !amended && decisive.stream().allMatch(e -> e == Edition.CONSTITUTION_OF_2026 || e == Edition.TEXT_OF_1995)) {
            // the text as adopted: nothing to add to "the Constitution of 2026 as in force on that date"
            return law;
        }
        // said once after the whole list: a remark inside each item would break the list apart
        String wordings = list(decisive.stream().map(this::as).toList());
        boolean olderThanLatest = amended && decisive.stream().anyMatch(e -> e != latest.get());
        return m.format("law.decided", "law", law, "wordings",
                olderThanLatest ? m.format("law.wording.unchanged", "as", wordings) : wordings);
    }

    /** What a reason says: the rule's summary, or the sentence of what it rests on. */
    public String reason(Reason r, Action a) {
        Ground g = r.ground();
        if (g instanceof Ground.Tested t) {
            return condition(t, a);
        }
        if (g instanceof Ground.Absent absent) {
            return m.format("reason.absent", "body", absent.institution(), "date", absent.date(), "summary", summary(r.citation().orElseThrow()));
        }
        if (g instanceof Ground.Size size) {
            return m.format("reason.size", "body", size.body(), "seats", size.seats(), "summary", summary(r.citation().orElseThrow()));
        }
        if (g instanceof Ground.Unspoken u) {
            return m.format("reason.unspoken", "actor", u.actor(), "act", act(u.actor(), u.act(), u.target(), "inf"));
        }
        if (g instanceof Ground.Outside o) {
            String key = "reason.outside." + o.why().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            return m.format(key, "date", o.date(), "from", o.modelled().from(), "to", o.modelled().to(),
                    "constitution", o.inForce().orElse(Constitution.OF_1995), "end", Constitution.OF_2026.firstDay());
        }
        return summary(r.citation().orElseThrow());
    }

    /** A fact about the person (the field of a scenario's {@code appointee}, e.g. {@code closeRelativeOfPresident}), with its forms. */
    public Term person(String field) {
        // termsInARow -> terms-in-a-row: a capital after a capital starts a word too
        return m.term("person." + field.replaceAll("([a-z])([A-Z]|[0-9]+)", "$1-$2").replaceAll("([A-Z])(?=[A-Z])", "$1-")
                .toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * What a proposal is of, for the sentences that say it: a {@code submission} (lifting immunity,
     * "по представлению"), an {@code instrument} presented or proposed (a law, amendments), or a
     * {@code candidate}.
     */
    public static String proposalSubject(Action a) {
        return a.act() == Act.LIFT_IMMUNITY ? "submission" : a.target().is(Kind.INSTRUMENT) ? "instrument" : "candidate";
    }

    /** How the action stands against a condition: "the consent of the Senate was not obtained". */
    public String condition(Ground.Tested t, Action a) {
        String state = t.met() ? "met" : "missing";
        Condition c = t.condition();
        if (c instanceof Condition.Consent x) {
            return m.format("condition.consent." + state, "body", x.of());
        }
        if (c instanceof Condition.Proposal x) {
            return m.format("condition.proposal." + state, "body", x.by(), "subject", proposalSubject(a));
        }
        if (c instanceof Condition.Consultation x) {
            return m.format("condition.consultation." + state, "body", x.with());
        }
        if (c instanceof Condition.Opinion x) {
            return m.format("condition.opinion." + state, "body", x.of());
        }
        if (c instanceof Condition.Candidates x) {
            return m.format("condition.candidates." + state, "given", a.candidates(), "needed", x.atLeast());
        }
        if (c instanceof Condition.Vote x) {
            return counted(x.body() == Entity.VOTERS ? "condition.vote.voters" : "condition.vote", state, x.body(), x.threshold(), t.count());
        }
        if (c instanceof Condition.ReferendumCount r) {
            return referendum("condition." + r.field().key(), state, r.threshold(), t.count(), a);
        }
        Condition.Initiative x = (Condition.Initiative) c;
        return counted("condition.initiative", state, x.body(), x.threshold(), t.count());
    }

    /** A referendum's count: the 2026 text calls the referendum nationwide (всенародный), the 1995 text republican. */
    private String referendum(String key, String state, kz.atazan.model.Threshold threshold, Optional<Count> count, Action a) {
        String kind = Constitution.on(a.date()).filter(c -> c == Constitution.OF_2026).isPresent() ? "nationwide" : "republican";
        if (count.isEmpty()) {
            return m.format(key + ".assumed", "threshold", threshold, "kind", kind);
        }
        Count n = count.get();
        return m.format(key + "." + state, "threshold", threshold, "kind", kind, "given", grouped(n.given()), "counted", grouped(n.countedOn()), "needed", grouped(n.needed()));
    }

    private String counted(String key, String state, Entity body, kz.atazan.model.Threshold threshold, Optional<Count> count) {
        if (count.isEmpty()) {
            return m.format(key + ".assumed", "body", body, "threshold", threshold);
        }
        Count n = count.get();
        return m.format(key + "." + state, "body", body, "threshold", threshold, "given", grouped(n.given()), "counted", grouped(n.countedOn()),
                "stated", grouped(n.stated()), "needed", grouped(n.needed()), "voting", threshold.countsThoseVoting(), "differs", n.sizeDiffers());
    }

    /** A count of members, citizens or regions, its digits grouped as the language groups them. */
    private static Sentence.Grouped grouped(int count) {
        return new Sentence.Grouped(count);
    }
}
