package kz.atazan.model;

import java.time.LocalDate;

/**
 * What a rule says about itself: the provision it encodes, in which wording, in force when, the
 * words it encodes (quoted from the official Russian text) and when that was last checked.
 *
 * @param statement the rule's name: one English sentence saying what the provision decides
 */
public record Citation(
        String statement,
        Provision provision,
        Edition edition,
        Period inForce,
        String quote,
        LocalDate checked) {

    /** The provision and the constitution it belongs to: "Art. 87(4), Constitution of 1995". */
    public String reference() {
        return provision + ", " + edition.constitution().properName();
    }
}
