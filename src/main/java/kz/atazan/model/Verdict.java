package kz.atazan.model;

/** The three answers; never constitutional by silence. */
public enum Verdict {
    CONSTITUTIONAL,
    UNCONSTITUTIONAL,
    UNDETERMINED;

    public String label() {
        return Names.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
