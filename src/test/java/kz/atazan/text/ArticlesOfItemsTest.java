package kz.atazan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.atazan.model.Language;
import kz.atazan.model.OfficialText;
import org.junit.jupiter.api.Test;

/**
 * Which articles list subitems ("1) ... 2) ...") with no numbered paragraphs above them, as the
 * citations in Russian and Kazakh need to know ("подпункт 4) статьи 44", not "пункт 4"): the model's
 * list agrees with each official Russian text.
 */
class ArticlesOfItemsTest {

    private static final Pattern ARTICLE = Pattern.compile("\\n(?:###|\\*\\*)\\s*Статья\\s+(\\d+(?:-\\d+)?)\\.?\\**\\s*\\n");

    @Test
    void theModelsListIsEachTexts() throws IOException {
        for (OfficialText text : OfficialText.values()) {
            if (text.language() == Language.RU) {
                Set<String> read = articlesOfItems(text.file());
                assertEquals(read, listed(text, read), text.file());
            }
        }
    }

    /** The articles the model lists, among those numbered 1 to 110 (with their -1, -2 insertions). */
    private static Set<String> listed(OfficialText text, Set<String> read) {
        Set<String> found = new TreeSet<>();
        for (int article = 1; article <= 110; article++) {
            for (String number : new String[] {Integer.toString(article), article + "-1", article + "-2", article + "-3"}) {
                if (text.listsItems(number)) {
                    found.add(number);
                }
            }
        }
        return found;
    }

    private static Set<String> articlesOfItems(String file) throws IOException {
        String text = Files.readString(Path.of("docs/sources/constitution", file + ".md"));
        Matcher m = ARTICLE.matcher(text);
        Set<String> found = new TreeSet<>();
        String article = null;
        int start = 0;
        while (true) {
            boolean more = m.find();
            if (article != null) {
                String body = text.substring(start, more ? m.start() : text.length());
                body = body.split("\\n(?:## |### Раздел|\\*\\*Раздел)", 2)[0];
                // a paragraph's number, escaped in the copy of 1995 where it opens a Markdown list ("1\.")
                Matcher paragraph = Pattern.compile("(?m)^\\s*1\\\\?\\.\\s").matcher(body);
                Matcher item = Pattern.compile("(?m)^\\s*1\\)\\s").matcher(body);
                if (item.find() && (!paragraph.find() || item.start() < paragraph.start())) {
                    found.add(article);
                }
            }
            if (!more) {
                return found;
            }
            article = m.group(1);
            start = m.end();
        }
    }
}
