package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The coverage report and --version are said in the language chosen. */
class ReportsLanguageTest {

    private static final Pattern ENGLISH = Pattern.compile("\\b(wordings? of|provisions?|rules? no scenario fires|checks|the Constitution of)\\b");

    private static String out(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone(), null, Locale.ENGLISH);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theVersion() {
        assertTrue(out("--version", "--lang", "en").startsWith("Atazan 0.1.0: the Constitution of Kazakhstan"));
        assertTrue(out("--version", "--lang", "ru").startsWith("Atazan 0.1.0: Конституция Республики Казахстан"));
        assertTrue(out("--version", "--lang", "kk").startsWith("Atazan 0.1.0: Қазақстан Республикасының 1995 жылғы Конституциясы"));
    }

    @Test
    void theCoverageReport() {
        String file = "scenarios/president/appoint-akims.yaml";
        String ru = out("coverage", file, "--lang", "ru");
        assertTrue(Pattern.compile("^норма +редакция").matcher(ru).find(), ru);
        assertTrue(Pattern.compile("(?m)^редакций: \\d+, норм: \\d+, правил: \\d+, проверок: \\d+$").matcher(ru).find(), ru);
        assertTrue(Pattern.compile("(?m)^\\d+ правил(о|а)? не применя(е|ю)тся ни в одном сценарии:$").matcher(ru).find(), ru);
        String kk = out("coverage", file, "--lang", "kk");
        assertTrue(Pattern.compile("^норма +редакция").matcher(kk).find(), kk);
        assertTrue(Pattern.compile("(?m)^редакциялар: \\d+, нормалар: \\d+, ережелер: \\d+, тексерулер: \\d+$").matcher(kk).find(), kk);
        assertTrue(Pattern.compile("(?m)^бірде-бір сценарийде қолданылмайтын ережелер \\(\\d+\\):$").matcher(kk).find(), kk);
        for (String said : new String[] {ru, kk}) {
            // the summaries of rules no scenario fires are the rules' own, in the language; only their codes stay
            String report = said.lines().filter(l -> !l.startsWith("  ")).reduce("", (a, b) -> a + b + "\n");
            assertFalse(ENGLISH.matcher(report).find(), report);
        }
    }
}
