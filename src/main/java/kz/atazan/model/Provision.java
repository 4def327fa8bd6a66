package kz.atazan.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provision as lawyers write it: {@code Art. 87(4)}, {@code Art. 56(1)(2)}, {@code Art. 83-1},
 * {@code Art. 55(1-1)}. Paragraph and sub-paragraph are null when the citation stops above them.
 */
public record Provision(String article, String paragraph, String subparagraph) {

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
