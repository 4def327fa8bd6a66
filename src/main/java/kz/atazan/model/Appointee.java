package kz.atazan.model;

/**
 * Facts about the person an action puts into office (or who acts in person).
 *
 * @param termsInARow presidential terms the person has been elected to in a row, up to this election
 * @param electedUnderOneTermRule whether the person was elected President in an election held after
 *     the one-term rule of Art. 42(5) took effect on 17 September 2022 (Art. 94-2)
 * @param heldThisOfficeBefore whether the person has held the target office before (for the rules
 *     that allow an appointment only once)
 * @param heldThisOfficeSince2026 whether that earlier tenure was under the Constitution of 2026 (from
 *     1 July 2026); whether a tenure under the 1995 Constitution counts is an open question
 */
public record Appointee(
        boolean closeRelativeOfPresident,
        boolean partyMember,
        boolean firstPresident,
        int termsInARow,
        boolean electedUnderOneTermRule,
        boolean heldThisOfficeBefore,
        boolean heldThisOfficeSince2026) {

    public static final Appointee UNREMARKABLE = new Appointee(false, false, false, 0, false, false, false);

    public Appointee {
        if (termsInARow < 0) {
            throw new IllegalArgumentException("termsInARow cannot be negative");
        }
        heldThisOfficeBefore = heldThisOfficeBefore || heldThisOfficeSince2026;
    }

    // written out, by the same formula as the record's own (see Action.hashCode)
    @Override
    public int hashCode() {
        int h = Boolean.hashCode(closeRelativeOfPresident);
        h = 31 * h + Boolean.hashCode(partyMember);
        h = 31 * h + Boolean.hashCode(firstPresident);
        h = 31 * h + termsInARow;
        h = 31 * h + Boolean.hashCode(electedUnderOneTermRule);
        h = 31 * h + Boolean.hashCode(heldThisOfficeBefore);
        return 31 * h + Boolean.hashCode(heldThisOfficeSince2026);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Appointee a
                && closeRelativeOfPresident == a.closeRelativeOfPresident && partyMember == a.partyMember
                && firstPresident == a.firstPresident && termsInARow == a.termsInARow
                && electedUnderOneTermRule == a.electedUnderOneTermRule && heldThisOfficeBefore == a.heldThisOfficeBefore
                && heldThisOfficeSince2026 == a.heldThisOfficeSince2026;
    }

    /** Every fact true, and two terms in a row: the person the rules most often have something to say about. */
    public static final Appointee NOTABLE = new Appointee(true, true, true, 2, true, true, true);

    public Appointee withCloseRelativeOfPresident(boolean value) {
        return new Appointee(value, partyMember, firstPresident, termsInARow, electedUnderOneTermRule, heldThisOfficeBefore, heldThisOfficeSince2026);
    }

    public Appointee withPartyMember(boolean value) {
        return new Appointee(closeRelativeOfPresident, value, firstPresident, termsInARow, electedUnderOneTermRule, heldThisOfficeBefore, heldThisOfficeSince2026);
    }

    public Appointee withFirstPresident(boolean value) {
        return new Appointee(closeRelativeOfPresident, partyMember, value, termsInARow, electedUnderOneTermRule, heldThisOfficeBefore, heldThisOfficeSince2026);
    }

    public Appointee withTermsInARow(int value) {
        return new Appointee(closeRelativeOfPresident, partyMember, firstPresident, value, electedUnderOneTermRule, heldThisOfficeBefore, heldThisOfficeSince2026);
    }

    public Appointee withElectedUnderOneTermRule(boolean value) {
        return new Appointee(closeRelativeOfPresident, partyMember, firstPresident, termsInARow, value, heldThisOfficeBefore, heldThisOfficeSince2026);
    }

    /** Held the office before, under the 1995 Constitution only ({@code since2026} false) or under 2026's. */
    public Appointee withHeldThisOffice(boolean before, boolean since2026) {
        return new Appointee(closeRelativeOfPresident, partyMember, firstPresident, termsInARow, electedUnderOneTermRule, before, since2026);
    }
}
