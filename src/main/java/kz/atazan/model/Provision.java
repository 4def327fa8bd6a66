package kz.atazan.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provision as lawyers write it: {@code Art. 87(4)}, {@code Art. 56(1)(2)}, {@code Art. 83-1},
 * {@code Art. 55(1-1)}. Paragraph and sub-paragraph are null when the citation stops above them.
 */
public record Provision(String article, String paragraph, String subparagraph) implements Comparable<Provision> {

    /** The order of the text: Art. 44(3) before Art. 44(10-1) before Art. 83 before Art. 83-1. */
    private static final Comparator<List<Integer>> NUMBERS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };
    private static final Comparator<Provision> TEXT_ORDER = Comparator
            .comparing((Provision p) -> number(p.article), NUMBERS)
            .thenComparing(p -> number(p.paragraph), NUMBERS)
            .thenComparing(p -> number(p.subparagraph), NUMBERS);

    private static final Pattern FORM = Pattern.compile(
            "(?i)\\s*art(?:icle)?\\.?\\s*(\\d+(?:-\\d+)?)\\s*(?:\\(\\s*(\\d+(?:-\\d+)?)\\s*\\))?\\s*(?:\\(\\s*(\\d+(?:-\\d+)?)\\s*\\))?\\s*");

    public Provision {
        Objects.requireNonNull(article, "article");
        if (paragraph == null && subparagraph != null) {
            throw new IllegalArgumentException("a sub-paragraph needs a paragraph");
        }
    }

    /** Reads {@code Art. 87(4)} and its variants, whatever the spacing; empty if it is not one. */
    public static Optional<Provision> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Provision(m.group(1), m.group(2), m.group(3)));
    }

    /**
     * Whether this provision is the cited one or lies within it: {@code Art. 87(4)} answers a
     * citation of {@code Art. 87} or {@code Art. 87(4)}, but not of {@code Art. 87(5)}.
     */
    public boolean fallsUnder(Provision cited) {
        return article.equals(cited.article)
                && (cited.paragraph == null || cited.paragraph.equals(paragraph))
                && (cited.subparagraph == null || cited.subparagraph.equals(subparagraph));
    }

    /** Whether this provision contains the other one: {@code Art. 71} contains {@code Art. 71(2)}. */
    public boolean contains(Provision other) {
        return !equals(other) && other.fallsUnder(this);
    }

    @Override
    public int compareTo(Provision other) {
        return TEXT_ORDER.compare(this, other);
    }

    /** "83-1" as (83, 1); a missing part sorts first. */
    private static List<Integer> number(String part) {
        if (part == null) {
            return List.of();
        }
        return Arrays.stream(part.split("-")).map(Integer::valueOf).toList();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Art. ").append(article);
        if (paragraph != null) {
            s.append('(').append(paragraph).append(')');
        }
        if (subparagraph != null) {
            s.append('(').append(subparagraph).append(')');
        }
        return s.toString();
    }
}
