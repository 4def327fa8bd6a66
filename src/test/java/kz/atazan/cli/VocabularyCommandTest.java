package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.atazan.model.ActionField;
import kz.atazan.model.Language;
import org.junit.jupiter.api.Test;

/** The listing of 'vocabulary' speaks the language chosen: its headings and meanings; the names stay the codes a user types. */
class VocabularyCommandTest {

    private static String vocabulary(Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"vocabulary", "--lang", language.code()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone(),
                null, Locale.ENGLISH);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSearchNamesTheWordsAskedForInGuillemetsWithinASentenceInRussianAndKazakh() {
        for (String language : java.util.List.of("ru", "kk")) {
            for (String word : java.util.List.of("отставк", "prezidnet", "xyzzy")) {
                AtazanRun run = AtazanRun.of("vocabulary", word, "--lang", language);
                String first = run.out().lines().findFirst().orElseThrow();
                assertTrue(first.contains("«" + word + "»") && !first.startsWith("«" + word + "»:"), language + ": " + first);
                assertTrue(!first.contains("'"), language + ": " + first);
            }
        }
    }

    @Test
    void russian() {
        String text = vocabulary(Language.RU);
        assertTrue(text.contains("\nОрганы (actor, consents, proposedBy, consulted, target)\n"), text);
        assertTrue(text.contains("\nДолжности (target, proposedBy)\n") && text.contains("\nДействия (act)\n")
                && text.contains("\nОбстоятельства (circumstances)\n") && text.contains("\nПоля файла сценариев\n")
                && text.contains("\nОтветы (expect: verdict)\n"), text);
        assertTrue(text.matches("(?s).*\n  senate +Сенат Парламента\n.*"), text);
        assertTrue(text.matches("(?s).*\n  constitutional +действующая норма предоставляет полномочие.*"), text);
        assertTrue(text.matches("(?s).*\n  actor +\\(действие\\) кто действует: государственный орган.*"), text);
    }

    @Test
    void kazakh() {
        String text = vocabulary(Language.KK);
        assertTrue(text.contains("\nОргандар (actor, consents, proposedBy, consulted, target)\n"), text);
        assertTrue(text.contains("\nЛауазымдар (target, proposedBy)\n") && text.contains("\nӘрекеттер (act)\n")
                && text.contains("\nМән-жайлар (circumstances)\n") && text.contains("\nСценарийлер файлының өрістері\n")
                && text.contains("\nЖауаптар (expect: verdict)\n"), text);
        assertTrue(text.matches("(?s).*\n  senate +Парламент Сенаты\n.*"), text);
        assertTrue(text.matches("(?s).*\n  undetermined +ережелер мұны шешпейді.*"), text);
    }

    @Test
    void english() {
        String text = vocabulary(Language.EN);
        assertTrue(text.contains("\nOrgans (actor, consents, proposedBy, consulted, target)\n") && text.contains("\nVerdicts (expect: verdict)\n"), text);
        assertTrue(text.matches("(?s).*\n  actor +\\(action\\) who acts: an organ, or an office holder acting in person\n.*"), text);
    }

    /** Past the column of names, the Russian and Kazakh listings have no English word: only codes (true, kebab-case, the fields' keys). */
    @Test
    void russianAndKazakhMeaningsHaveNoEnglishWord() {
        Set<String> codes = new TreeSet<>(ActionField.keys());
        codes.addAll(Set.of("true", "kebab-case", "expect", "verdict", "Art", "YYYY", "MM", "DD", "ГГГГ"));
        for (Language language : new Language[] {Language.RU, Language.KK}) {
            String meanings = Arrays.stream(vocabulary(language).split("\n")).map(line -> line.startsWith("  ") && line.length() > 45
                    ? line.substring(45) : line.replaceAll("\\(.*\\)", "")).collect(Collectors.joining("\n"));
            Set<String> english = GoldenOutputTest.englishWords(meanings);
            english.removeAll(codes);
            assertEquals(Set.of(), english, language.code());
        }
    }
}
