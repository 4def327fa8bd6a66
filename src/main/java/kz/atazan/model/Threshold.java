package kz.atazan.model;

/**
 * The majorities the text sets, counted on all the members of a body ("от общего числа депутатов"),
 * except the one counted on those who took part in the vote, for which a tally's {@code of} is the
 * number of deputies (or voters) who voted; and a referendum's two counts, the turnout on the
 * citizens entitled to take part and the regions on all the regions, each on the number stated.
 */
public enum Threshold {
    MAJORITY("a majority of all the deputies", 1, 2, true),
    TWO_THIRDS("at least two thirds of all the deputies", 2, 3, false),
    THREE_QUARTERS("at least three quarters of all the deputies", 3, 4, false),
    FOUR_FIFTHS("at least four fifths of all the deputies", 4, 5, false),
    ONE_THIRD("at least one third of all the deputies", 1, 3, false),
    ONE_FIFTH("at least one fifth of all the deputies", 1, 5, false),
    MAJORITY_OF_THOSE_VOTING("a majority of the deputies who took part in the vote", 1, 2, true),
    /** The voters' majority that elects the President in the first round (1995 Art. 41(5), 2026 Art. 43(4)). */
    MORE_THAN_HALF_OF_VOTERS_VOTING("more than fifty per cent of the votes of the voters who took part in the vote", 1, 2, true),
    /** The turnout that makes a referendum valid (1995 Art. 91(1); 2026 Art. 92(2)): counted on the citizens entitled to take part. */
    MORE_THAN_HALF_OF_CITIZENS_ENTITLED("more than half of the citizens entitled to take part in the referendum", 1, 2, true),
    /** The regions where the amendments must carry (1995 Art. 91(1); 2026 Art. 92(3)): counted on all of them. */
    TWO_THIRDS_OF_REGIONS("at least two thirds of the oblasts, cities of republican significance and the capital", 2, 3, false);

    private final String words;
    private final int numerator;
    private final int denominator;
    private final boolean strictlyMore;

    Threshold(String words, int numerator, int denominator, boolean strictlyMore) {
        this.words = words;
        this.numerator = numerator;
        this.denominator = denominator;
        this.strictlyMore = strictlyMore;
    }

    public String words() {
        return words;
    }

    /** Whether it is counted on the deputies who voted rather than on all the members of the body. */
    public boolean countsThoseVoting() {
        return this == MAJORITY_OF_THOSE_VOTING || this == MORE_THAN_HALF_OF_VOTERS_VOTING;
    }

    /** Whether {@code yes} members out of {@code members} reach it: a majority is more than half. */
    public boolean reachedBy(int yes, int members) {
        long needed = (long) numerator * members;
        long given = (long) yes * denominator;
        return strictlyMore ? given > needed : given >= needed;
    }

    /** The smallest number of members out of {@code members} that reaches it. */
    public int smallestNumber(int members) {
        for (int yes = 0; yes <= members; yes++) {
            if (reachedBy(yes, members)) {
                return yes;
            }
        }
        return members + 1;
    }
}
