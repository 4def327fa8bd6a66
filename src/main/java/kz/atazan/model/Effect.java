package kz.atazan.model;

/** How a reason bears on the verdict. */
public enum Effect {
    GRANTS("gives the power"),
    CONDITION_MET("condition met"),
    CONDITION_MISSING("condition missing"),
    PROHIBITS("prohibits"),
    DENIES("gives no such power"),
    OFFICE_ABSENT("office did not exist"),
    LEAVES_OPEN("leaves the question open"),
    COUNTS_SEATS("fixes the number of deputies"),
    NOT_MODELLED("not modelled");

    private final String meaning;

    Effect(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether this effect, on its own, makes the action unconstitutional. */
    public boolean defeats() {
        return this == CONDITION_MISSING || this == PROHIBITS || this == DENIES || this == OFFICE_ABSENT;
    }

    public String label() {
        return Names.label(this);
    }
}
