package kz.atazan.model;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The facts about the person an action puts into office (or who acts in person), each written
 * once: its key in a scenario's {@code appointee} map, its command-line option, what the person is
 * when it holds, and how to make it hold or undo it. The reader, the options, the schema, the
 * question text and the surveys of the rules are derived from this table (the options' help is a
 * sentence per language in the help bundles, keyed by the option).
 */
public enum PersonField {
    CLOSE_RELATIVE_OF_PRESIDENT("closeRelativeOfPresident", "close-relative", "a close relative of the President",
            Appointee::closeRelativeOfPresident, (p, v) -> p.withCloseRelativeOfPresident((Boolean) v)),
    PARTY_MEMBER("partyMember", "party-member", "a member of a political party",
            Appointee::partyMember, (p, v) -> p.withPartyMember((Boolean) v)),
    FIRST_PRESIDENT("firstPresident", "first-president", "the First President",
            Appointee::firstPresident, (p, v) -> p.withFirstPresident((Boolean) v)),
    TERMS_IN_A_ROW("termsInARow", "terms-in-a-row", "a President already elected to terms in a row",
            Appointee::termsInARow, (p, v) -> p.withTermsInARow((Integer) v)),
    ELECTED_UNDER_ONE_TERM_RULE("electedUnderOneTermRule", "elected-under-one-term-rule",
            "a President elected in an election held after 17 September 2022",
            Appointee::electedUnderOneTermRule, (p, v) -> p.withElectedUnderOneTermRule((Boolean) v)),
    HELD_THIS_OFFICE_BEFORE("heldThisOfficeBefore", "held-office-before", "a former holder of this office",
            Appointee::heldThisOfficeBefore, (p, v) -> p.withHeldThisOffice((Boolean) v, p.heldThisOfficeSince2026() && (Boolean) v)),
    HELD_THIS_OFFICE_SINCE_2026("heldThisOfficeSince2026", "held-office-since-2026",
            "a former holder of this office under the Constitution of 2026",
            Appointee::heldThisOfficeSince2026, (p, v) -> p.withHeldThisOffice(p.heldThisOfficeBefore() || (Boolean) v, (Boolean) v));

    /** The largest number of terms in a row a scenario may state. */
    public static final int MOST_TERMS = 10;

    private final String key;
    private final String option;
    private final String words;
    private final Function<Appointee, Object> get;
    private final BiFunction<Appointee, Object, Appointee> set;

    PersonField(String key, String option, String words, Function<Appointee, Object> get, BiFunction<Appointee, Object, Appointee> set) {
        this.key = key;
        this.option = option;
        this.words = words;
        this.get = get;
        this.set = set;
    }

    /** The key in a scenario's {@code appointee} map. */
    public String key() {
        return key;
    }

    /** The command-line option, without its dashes. */
    public String option() {
        return option;
    }

    /** What the person is when the fact holds: "a close relative of the President". */
    public String words() {
        return words;
    }

    /** Whether the value is a count (terms in a row) rather than true or false. */
    public boolean isCount() {
        return this == TERMS_IN_A_ROW;
    }

    /** The meaning, for the schema and the API's description. */
    public String meaning() {
        return isCount()
                ? "how many presidential terms in a row the person was elected to, up to this election (default 0)"
                : "true if the person is " + words;
    }

    /** The value in the person's facts: a Boolean, or an Integer for a count. */
    public Object valueIn(Appointee person) {
        return get.apply(person);
    }

    /** The person with this value (a Boolean, or an Integer for a count). */
    public Appointee setIn(Appointee person, Object value) {
        return set.apply(person, value);
    }

    /** Whether the fact holds, as a provision reads it (an earlier tenure since 2026 is its own fact). */
    public boolean holdsFor(Appointee person) {
        return switch (this) {
            case TERMS_IN_A_ROW -> person.termsInARow() > 0;
            case HELD_THIS_OFFICE_BEFORE -> person.heldThisOfficeBefore() && !person.heldThisOfficeSince2026();
            default -> (Boolean) get.apply(person);
        };
    }

    /** The person with the fact made to hold (two terms in a row for the count). */
    public Appointee made(Appointee person) {
        return switch (this) {
            case TERMS_IN_A_ROW -> person.withTermsInARow(2);
            case HELD_THIS_OFFICE_BEFORE -> person.withHeldThisOffice(true, false);
            case HELD_THIS_OFFICE_SINCE_2026 -> person.withHeldThisOffice(true, true);
            default -> set.apply(person, true);
        };
    }

    /** The person of whom the fact is not true. */
    public Appointee undone(Appointee person) {
        return switch (this) {
            case TERMS_IN_A_ROW -> person.withTermsInARow(0);
            case HELD_THIS_OFFICE_BEFORE, HELD_THIS_OFFICE_SINCE_2026 -> person.withHeldThisOffice(false, false);
            default -> set.apply(person, false);
        };
    }

    /** The value that says nothing: false, or no terms. */
    public Object unstated() {
        return isCount() ? (Object) 0 : (Object) false;
    }

    /** The value a scenario writes for the person, or empty when the fact is left unstated. */
    public java.util.Optional<Object> statedIn(Appointee person) {
        Object value = this == HELD_THIS_OFFICE_BEFORE ? (Object) holdsFor(person) : valueIn(person);
        return value.equals(unstated()) ? java.util.Optional.empty() : java.util.Optional.of(value);
    }
}
