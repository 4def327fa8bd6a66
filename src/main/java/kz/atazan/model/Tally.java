package kz.atazan.model;

/**
 * How many members of a body voted for (or joined an initiative), out of how many members the
 * scenario counts. Scenario files write it {@code {for: 70, of: 98}}.
 */
public record Tally(int yes, int of) {

    public Tally {
        if (of < 1 || yes < 0 || yes > of) {
            throw new IllegalArgumentException("a vote of " + yes + " out of " + of + " is impossible: expected 0 <= for <= of and of >= 1");
        }
    }

    @Override
    public String toString() {
        return yes + " of " + of;
    }
}
