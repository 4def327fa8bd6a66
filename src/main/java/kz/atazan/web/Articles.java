package kz.atazan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.atazan.model.OfficialText;

/**
 * The articles of the official texts (docs/sources/constitution/, copied into the jar), by
 * number: the whole article a citation points into, paragraph by paragraph, footnotes left out.
 * Read from the jar, never from the machine's files.
 */
final class Articles {

    static final String FOLDER = "/kz/atazan/sources/constitution/";

    /** "### Статья 44", "### Статья 44.", "**Статья 89**", "**89-бап**", "### 44-бап". */
    private static final Pattern HEADING = Pattern.compile(
            "^(?:#{1,6}\\s*|\\*\\*)?\\s*(?:Статья\\s+(\\d+(?:-\\d+)?)\\.?|(\\d+(?:-\\d+)?)-бап)\\s*(?:\\*\\*)?\\s*$");
    /** A heading of a section or chapter, or an anchor: the end of an article. */
    private static final Pattern BOUNDARY = Pattern.compile("^(?:#{1,3}\\s|<a id=).*");
    /** The mirror's footnotes on amendments ("Сноска.", "Ескерту."): not the text of the article. */
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s*>.*");

    private final Map<OfficialText, Map<String, List<String>>> texts = new EnumMap<>(OfficialText.class);

    /** The article's paragraphs as written (markdown emphasis removed), or empty if it is not in the text. */
    synchronized Optional<List<String>> article(OfficialText text, String number) {
        return Optional.ofNullable(texts.computeIfAbsent(text, Articles::read).get(number));
    }

    private static Map<String, List<String>> read(OfficialText text) {
        String path = FOLDER + text.file() + ".md";
        String content;
        try (InputStream in = Articles.class.getResourceAsStream(path)) {
            if (in == null) {
                return Map.of();
            }
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        Map<String, List<String>> articles = new LinkedHashMap<>();
        String current = null;
        List<String> paragraphs = null;
        StringBuilder paragraph = new StringBuilder();
        for (String line : content.split("\n", -1)) {
            Matcher heading = HEADING.matcher(line.strip());
            if (heading.matches() || BOUNDARY.matcher(line).matches()) {
                flush(paragraph, paragraphs);
                current = heading.matches() ? (heading.group(1) != null ? heading.group(1) : heading.group(2)) : null;
                paragraphs = current == null || articles.containsKey(current) ? null : new ArrayList<>();
                if (paragraphs != null) {
                    articles.put(current, paragraphs);
                }
                continue;
            }
            if (paragraphs == null || FOOTNOTE.matcher(line).matches()) {
                continue;
            }
            if (line.isBlank()) {
                flush(paragraph, paragraphs);
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip().replace("**", "").replace("\\", ""));
            }
        }
        flush(paragraph, paragraphs);
        return articles;
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (paragraphs != null && paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        paragraph.setLength(0);
    }

    /** A paragraph split into pieces, the words of the quote marked: alternately plain and marked, plain first. */
    static List<String> marked(String paragraph, String quote) {
        List<String> pieces = new ArrayList<>();
        if (quote == null || quote.isBlank()) {
            pieces.add(paragraph);
            return pieces;
        }
        String rest = paragraph;
        for (String fragment : quote.split("\\s*(?:…|\\.\\.\\.)\\s*")) {
            String wanted = fragment.strip().replaceAll("[\\s\\u00a0]+", " ");
            int at = wanted.length() < 12 ? -1 : rest.indexOf(wanted);
            if (at < 0) {
                continue;
            }
            pieces.add(rest.substring(0, at));
            pieces.add(wanted);
            rest = rest.substring(at + wanted.length());
        }
        pieces.add(rest);
        return pieces;
    }
}
