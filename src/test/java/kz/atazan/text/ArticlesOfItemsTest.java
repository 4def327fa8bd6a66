package kz.atazan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.atazan.model.Constitution;
import org.junit.jupiter.api.Test;

/**
 * Which articles list subitems ("1) ... 2) ...") with no numbered paragraphs above them, as the
 * citations in Russian and Kazakh need to know ("подпункт 4) статьи 44", not "пункт 4"): the model's
 * list agrees with the official Russian texts.
 */
class ArticlesOfItemsTest {

    private static final Pattern ARTICLE = Pattern.compile("\\n(?:###|\\*\\*)\\s*Статья\\s+(\\d+(?:-\\d+)?)\\**\\s*\\n");

    @Test
    void theModelsListIsTheTexts() throws IOException {
        for (String file : new String[] {"ru-2019-03-23", "ru-2023-01-01"}) {
            assertEquals(listsOfItems(Constitution.OF_1995), articlesOfItems(file), file);
        }
        assertEquals(listsOfItems(Constitution.OF_2026), articlesOfItems("ru-2026-03-15"), "ru-2026-03-15");
    }

    private static Set<String> listsOfItems(Constitution c) {
        Set<String> found = new TreeSet<>();
        for (int article = 1; article <= 110; article++) {
            for (String number : new String[] {Integer.toString(article), article + "-1", article + "-2", article + "-3"}) {
                if (c.listsItems(number)) {
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
                Matcher paragraph = Pattern.compile("(?m)^\\s*1\\.\\s").matcher(body);
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
