package kz.atazan.model;

/** A fact about the moment of the action that a provision makes decisive. */
public enum Circumstance {
    STATE_OF_EMERGENCY("a state of emergency is in force"),
    MARTIAL_LAW("martial law is in force"),
    LAST_SIX_MONTHS_OF_PRESIDENTIAL_TERM("the President is in the last six months of his term"),
    WITHIN_A_YEAR_OF_PREVIOUS_DISSOLUTION("less than a year has passed since the previous dissolution"),
    MAJILIS_TERMINATED_EARLY("the Majilis is temporarily absent because its powers were terminated early");

    private final String meaning;

    Circumstance(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    public String label() {
        return Names.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
