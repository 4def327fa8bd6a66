package kz.atazan.teaching;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import kz.atazan.model.Appointee;

/** A fact about the person appointed (or acting) that a provision can make decisive, and how to undo it. */
enum PersonFact {
    CLOSE_RELATIVE("a close relative of the President", "closeRelativeOfPresident", Appointee::closeRelativeOfPresident,
            p -> p.withCloseRelativeOfPresident(true), p -> p.withCloseRelativeOfPresident(false)),
    PARTY_MEMBER("a member of a political party", "partyMember", Appointee::partyMember,
            p -> p.withPartyMember(true), p -> p.withPartyMember(false)),
    FIRST_PRESIDENT("the First President", "firstPresident", Appointee::firstPresident,
            p -> p.withFirstPresident(true), p -> p.withFirstPresident(false)),
    TERMS_IN_A_ROW("a President already elected to terms in a row", "termsInARow", p -> p.termsInARow() > 0,
            p -> p.withTermsInARow(2), p -> p.withTermsInARow(0)),
    ELECTED_UNDER_ONE_TERM_RULE("a President elected in an election held after 17 September 2022", "electedUnderOneTermRule",
            Appointee::electedUnderOneTermRule, p -> p.withElectedUnderOneTermRule(true), p -> p.withElectedUnderOneTermRule(false)),
    HELD_OFFICE_BEFORE("a former holder of this office", "heldThisOfficeBefore", p -> p.heldThisOfficeBefore() && !p.heldThisOfficeSince2026(),
            p -> p.withHeldThisOffice(true, false), p -> p.withHeldThisOffice(false, false)),
    HELD_OFFICE_SINCE_2026("a former holder of this office under the Constitution of 2026", "heldThisOfficeSince2026",
            Appointee::heldThisOfficeSince2026, p -> p.withHeldThisOffice(true, true), p -> p.withHeldThisOffice(false, false));

    private final String words;
    private final String field;
    private final Predicate<Appointee> holds;
    private final UnaryOperator<Appointee> made;
    private final UnaryOperator<Appointee> undone;

    PersonFact(String words, String field, Predicate<Appointee> holds, UnaryOperator<Appointee> made, UnaryOperator<Appointee> undone) {
        this.words = words;
        this.field = field;
        this.holds = holds;
        this.made = made;
        this.undone = undone;
    }

    /** What the person is: "a close relative of the President". */
    String words() {
        return words;
    }

    /** The field of the scenario's {@code appointee} map. */
    String field() {
        return field;
    }

    boolean holdsFor(Appointee person) {
        return holds.test(person);
    }

    /** The person with the fact true. */
    Appointee apply(Appointee person) {
        return made.apply(person);
    }

    Appointee undo(Appointee person) {
        return undone.apply(person);
    }
}
