package kz.atazan.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The closest valid name to a misspelt one, for "did you mean ...?" in error messages. */
public final class Suggestions {

    private Suggestions() {}

    /** The candidate nearest to {@code given}, if it is near enough to be the likely intent. */
    public static <T> Optional<T> didYouMean(String given, Collection<T> candidates, Function<T, String> name) {
        String typed = normal(given);
        return candidates.stream()
                .min(Comparator.comparingInt((T c) -> distance(typed, normal(name.apply(c)))))
                .filter(best -> {
                    String n = normal(name.apply(best));
                    return distance(typed, n) <= Math.max(2, n.length() / 3) || n.contains(typed) && typed.length() >= 3;
                });
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', '-').trim();
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
