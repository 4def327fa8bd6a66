package kz.atazan.model;

/**
 * A condition's numbers: how many voted for (or initiated, or were put forward), how many they are
 * counted against, how many the action stated, and the smallest number that meets it.
 *
 * @param countedOn the members the threshold is counted on: the body's size on that date where the
 *     text fixes it, else those stated (or, for a majority of those voting, those who voted)
 * @param stated the total the action stated ({@code of} of its tally)
 * @param threshold the majority required; null for a count of candidates
 */
public record Count(int given, int countedOn, int stated, int needed, Threshold threshold) {

    /** Whether the body's size in the text, not the number stated, was counted on. */
    public boolean sizeDiffers() {
        return countedOn != stated;
    }
}
