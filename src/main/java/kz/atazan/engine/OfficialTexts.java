package kz.atazan.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.atazan.model.Language;
import java.util.regex.Pattern;
import kz.atazan.model.Citation;
import kz.atazan.model.OfficialText;

/**
 * The stored official texts, for checking that every rule quotes words that really stand in the
 * text on every day the rule claims to apply.
 */
public final class OfficialTexts {

    /** Where the texts live in the repository. */
    public static final Path DEFAULT_FOLDER = Path.of("docs", "sources", "constitution");

    private static final Pattern MARKUP = Pattern.compile("(?m)^\\s*>\\s?|[*\\\\]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0]+");
    /** A Latin i or schwa touching a Cyrillic letter: a look-alike inside a Kazakh word. */
    private static final Pattern LATIN_LOOK_ALIKE = Pattern.compile("(?<=[\\p{IsCyrillic}])[iIəƏ]|[iIəƏ](?=[\\p{IsCyrillic}])");
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.\\.\\.)\\s*");

    private final Map<OfficialText, String> normalised;

    private OfficialTexts(Map<OfficialText, String> normalised) {
        this.normalised = normalised;
    }

    public static OfficialTexts load(Path folder) {
        Map<OfficialText, String> texts = new EnumMap<>(OfficialText.class);
        for (OfficialText text : OfficialText.values()) {
            Path file = folder.resolve(text.file() + ".md");
            try {
                texts.put(text, normalise(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the official text " + file, e);
            }
        }
        return new OfficialTexts(texts);
    }

    /**
     * The texts showing some day of the citation's window that do not contain its quote in their
     * language: the Russian quote in every Russian text, the Kazakh quote (where the rule has one)
     * in every Kazakh text. A quote may leave words out with "…" or "...": its fragments must then
     * appear in that order.
     */
    public List<OfficialText> textsMissing(Citation citation) {
        List<OfficialText> missing = new ArrayList<>();
        for (OfficialText text : OfficialText.values()) {
            Optional<String> quote = text.language() == Language.KK ? citation.quoteKk()
                    : text.language() == Language.RU ? Optional.of(citation.quote()) : Optional.empty();
            if (quote.isPresent() && text.shows().overlaps(citation.inForce())
                    && !containsInOrder(normalised.get(text), ELLIPSIS.split(normalise(quote.get())))) {
                missing.add(text);
            }
        }
        return missing;
    }

    private static boolean containsInOrder(String text, String[] fragments) {
        int from = 0;
        for (String fragment : fragments) {
            if (fragment.isBlank()) {
                continue;
            }
            int at = text.indexOf(fragment, from);
            if (at < 0) {
                return false;
            }
            from = at + fragment.length();
        }
        return true;
    }

    /**
     * Drops Markdown quoting, emphasis and escapes, folds all white space into single spaces, and
     * reads the Latin look-alikes the Kazakh source mixes into Cyrillic words (i, ə) as the Cyrillic
     * letters they stand for (і, ә), so that a quote typed in Cyrillic matches.
     */
    static String normalise(String text) {
        String folded = SPACE.matcher(MARKUP.matcher(text).replaceAll(" ")).replaceAll(" ").trim();
        return LATIN_LOOK_ALIKE.matcher(folded).replaceAll(m -> m.group().equals("i") ? "і" : m.group().equals("I") ? "І"
                : m.group().equals("ə") ? "ә" : "Ә");
    }
}
