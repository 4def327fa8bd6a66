package kz.atazan.model;

/**
 * Facts about the person an action puts into office (or who acts in person).
 *
 * @param termsInARow presidential terms the person has been elected to in a row, up to this election
 * @param electedUnderOneTermRule whether the person was elected President in an election held after
 *     the one-term rule of Art. 42(5) took effect on 17 September 2022 (Art. 94-2)
 * @param heldThisOfficeBefore whether the person has held the target office before (for the rules
 *     that allow an appointment only once)
 */
public record Appointee(
        boolean closeRelativeOfPresident,
        boolean partyMember,
        boolean firstPresident,
        int termsInARow,
        boolean electedUnderOneTermRule,
        boolean heldThisOfficeBefore) {

    public static final Appointee UNREMARKABLE = new Appointee(false, false, false, 0, false, false);

    public Appointee {
        if (termsInARow < 0) {
            throw new IllegalArgumentException("termsInARow cannot be negative");
        }
    }
}
