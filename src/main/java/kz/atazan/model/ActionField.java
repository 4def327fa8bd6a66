package kz.atazan.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The fields of an action, each written once (scenario contract §1.1): its key in a scenario
 * file, its command-line option, the shape of its value, the list of names it takes, and its
 * meaning. The scenario reader and writer, the command-line options, the question text and the
 * JSON Schema are all derived from this table (the options' help is a sentence per language in the
 * help bundles, keyed by the option); {@link PersonField} does the same for the
 * facts about the person. The date is not a field: each check of a scenario gives one.
 */
public enum ActionField {
    ACTOR("actor", "actor", "BODY", Shape.NAME, NameList.ACTORS, "who acts: an organ, or an office holder acting in person",
            "president", Action::actor, (b, v) -> b.actor((Entity) v)),
    ACT("act", "act", "ACT", Shape.NAME, NameList.ACTS, "what it does", "dismiss", Action::act, (b, v) -> b.act((Act) v)),
    TARGET("target", "target", "TARGET", Shape.NAME, NameList.TARGETS,
            "the office filled or emptied, the body dissolved, whose act is revoked, the court applied to, ...",
            "akim-of-region", Action::target, (b, v) -> b.target((Entity) v)),
    CONSENTS("consents", "consent", "BODY", Shape.NAMES, NameList.CONSENTING_BODIES, "bodies whose consent was obtained",
            "senate", Action::consents, (b, v) -> b.consents(entities(v))),
    PROPOSED_BY("proposedBy", "proposed-by", "WHO", Shape.NAME, NameList.PROPOSERS, "who proposed or recommended the candidate",
            "prime-minister", Action::proposedBy, (b, v) -> b.proposedBy((Entity) v)),
    CONSULTED("consulted", "consulted", "BODY", Shape.NAMES, NameList.CONSULTED_BODIES, "bodies consulted before acting",
            "majilis", Action::consulted, (b, v) -> b.consulted(entities(v))),
    CANDIDATES("candidates", "candidates", "N", Shape.COUNT, null, "how many candidates were put forward (default 1)",
            "2", Action::candidates, (b, v) -> b.candidates((Integer) v)),
    APPOINTEE("appointee", null, null, Shape.PERSON, null, "facts about the person appointed, or acting in person",
            null, Action::appointee, (b, v) -> b.appointee((Appointee) v)),
    CIRCUMSTANCES("circumstances", "circumstance", "FACT", Shape.NAMES, NameList.CIRCUMSTANCES, "circumstances in force at the time",
            "state-of-emergency", Action::circumstances, (b, v) -> b.circumstances(circumstances(v))),
    VOTES("votes", "votes", "[BODY=]FOR/OF", Shape.VOTES, NameList.VOTING_BODIES,
            "how the deciding bodies voted: for the actor, or for each body (the Chambers of Parliament)",
            "70/98", Action::votes, (b, v) -> b.votes(tallies(v))),
    INITIATIVE("initiative", "initiative", "FOR/OF", Shape.TALLY, null, "how many deputies initiated the decision",
            "25/107", Action::initiative, (b, v) -> b.initiative((Tally) v)),
    OPINIONS("opinions", "opinion", "BODY", Shape.NAMES, NameList.OPINION_BODIES, "bodies whose opinion (заключение) was obtained",
            "constitutional-court", Action::opinions, (b, v) -> b.opinions(entities(v))),
    TURNOUT("turnout", "turnout", "TOOK-PART/ENTITLED", Shape.TALLY, null,
            "in a referendum: how many citizens took part, of those entitled to take part",
            "5000001/10000000", Action::turnout, (b, v) -> b.turnout((Tally) v)),
    REGIONS("regions", "regions", "WON/OF", Shape.TALLY, null,
            "in a referendum on amendments: in how many of the oblasts, cities of republican significance and the capital"
                    + " more than half of those who took part voted for them, of all of them",
            "14/20", Action::regions, (b, v) -> b.regions((Tally) v));

    /** The shape of a field's value. */
    public enum Shape {
        /** One name from the field's list. */
        NAME,
        /** Several names from the field's list (a single name counts as a list of one). */
        NAMES,
        /** A whole number of at least 1. */
        COUNT,
        /** How many of a body's members were for (or citizens took part, or regions carried): {@code {for: N, of: M}}. */
        TALLY,
        /** A tally for the actor, or a tally for each of several bodies. */
        VOTES,
        /** The facts about the person, {@link PersonField}. */
        PERSON
    }

    /** The largest number of candidates, and of members in a tally, a scenario may state. */
    public static final int MOST_CANDIDATES = 1000;
    public static final int MOST_MEMBERS = 100_000;
    /** The largest number of citizens a referendum's turnout may state: more than the Republic's population. */
    public static final int MOST_CITIZENS = 100_000_000;

    private final String key;
    private final String option;
    private final String label;
    private final Shape shape;
    private final NameList names;
    private final String meaning;
    private final String example;
    private final Function<Action, Object> get;
    private final BiConsumer<Action.Builder, Object> set;

    ActionField(String key, String option, String label, Shape shape, NameList names, String meaning, String example,
            Function<Action, Object> get, BiConsumer<Action.Builder, Object> set) {
        this.key = key;
        this.option = option;
        this.label = label;
        this.shape = shape;
        this.names = names;
        this.meaning = meaning;
        this.example = example;
        this.get = get;
        this.set = set;
    }

    /** The key in a scenario's {@code action} map. */
    public String key() {
        return key;
    }

    /** The command-line option without its dashes, or null for the person, whose facts are options of their own. */
    public String option() {
        return option;
    }

    /** The placeholder of the option's value in the help: BODY, N, FOR/OF. */
    public String paramLabel() {
        return label;
    }

    public Shape shape() {
        return shape;
    }

    /** The list of names the field takes, or null for a number, a tally or the person. */
    public NameList names() {
        return names;
    }

    public String meaning() {
        return meaning;
    }

    /** A value as written on the command line, for the API's description. */
    public String example() {
        return example;
    }

    /** The largest {@code of} a tally of this field may state: citizens for the turnout, else members. */
    public int mostInTally() {
        return this == TURNOUT ? MOST_CITIZENS : MOST_MEMBERS;
    }

    /** The largest {@code of} the tally of the field with this key (or option) may state. */
    public static int mostInTally(String key) {
        return byKey(key).map(ActionField::mostInTally).orElse(MOST_MEMBERS);
    }

    /** Whether every action must state it. */
    public boolean required() {
        return this == ACTOR || this == ACT || this == TARGET;
    }

    /** Whether the option may be given several times (a list, or one tally per body). */
    public boolean repeatable() {
        return shape == Shape.NAMES || shape == Shape.VOTES;
    }

    /** The field's value in the action: an entity, an act, a set, an Integer, a Tally, a map of tallies, the person. */
    public Object valueIn(Action action) {
        return get.apply(action);
    }

    /** Sets the field's value (of the type {@link #valueIn} gives) on a builder. */
    public void setIn(Action.Builder builder, Object value) {
        set.accept(builder, value);
    }

    /** The value an action has when a scenario leaves the field out; null for the required fields and the initiative. */
    public Object unstated() {
        return switch (shape) {
            case NAMES -> Set.of();
            case COUNT -> 1;
            case PERSON -> Appointee.UNREMARKABLE;
            case VOTES -> Map.of();
            case NAME, TALLY -> null;
        };
    }

    /** Whether the action states something other than the default (absent lists empty, one candidate, ...). */
    public boolean isStatedIn(Action action) {
        return !Objects.equals(valueIn(action), unstated());
    }

    /** The field whose key is {@code key}, exactly as written. */
    public static java.util.Optional<ActionField> byKey(String key) {
        return java.util.Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** Every key, in the contract's order. */
    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(ActionField::key).toList();
    }

    @SuppressWarnings("unchecked")
    private static Set<Entity> entities(Object value) {
        return (Set<Entity>) value;
    }

    @SuppressWarnings("unchecked")
    private static Set<Circumstance> circumstances(Object value) {
        return (Set<Circumstance>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<Entity, Tally> tallies(Object value) {
        return (Map<Entity, Tally>) value;
    }
}
