package kz.atazan.model;

/** The three answers; never constitutional by silence. */
public enum Verdict implements Named {
    CONSTITUTIONAL("a provision in force gives the power, its conditions are met, nothing forbids it"),
    UNCONSTITUTIONAL("no such power on that date, a condition unmet, or a prohibition applies"),
    UNDETERMINED("the rules do not decide it: date not modelled, or the text leaves it open");

    private final String meaning;

    Verdict(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }

    @Override
    public String label() {
        return Names.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
