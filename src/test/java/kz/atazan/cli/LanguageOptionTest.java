package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every command takes --lang; without it ATAZAN_LANG, then the system locale, choose; a language Atazan lacks is bad input. */
class LanguageOptionTest {

    private record Run(int exit, String out, String err) {}

    private static Run atazan(String variable, Locale locale, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone(), variable, locale);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyCommandAcceptsTheOption() {
        for (String command : new String[] {"run", "check", "explain", "compare", "powers", "exercises", "vocabulary", "coverage", "verify",
                "mutate", "diff"}) {
            Run run = atazan(null, Locale.ENGLISH, command, "--lang", "kk", "--help");
            assertEquals(0, run.exit(), command + ": " + run.err());
            assertTrue(run.out().contains("--lang"), command);
        }
    }

    @Test
    void anUnknownLanguageIsBadInputNamingWhereItCameFrom() {
        Run run = atazan(null, Locale.ENGLISH, "vocabulary", "--lang", "de");
        assertEquals(ExitCode.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("--lang: 'de'"), run.err());
        Run fromVariable = atazan("xx", Locale.forLanguageTag("ru"), "vocabulary");
        assertEquals(ExitCode.BAD_INPUT, fromVariable.exit());
        assertTrue(fromVariable.err().contains("ATAZAN_LANG: «xx»"), fromVariable.err());
    }

    @Test
    void theOptionIsFoundWhereverItStands() {
        assertEquals(Optional.of("ru"), Main.languageOption(new String[] {"check", "--actor", "president", "--lang", "ru"}));
        assertEquals(Optional.of("kk"), Main.languageOption(new String[] {"--lang=kk", "vocabulary"}));
        assertEquals(Optional.empty(), Main.languageOption(new String[] {"run", "--", "--lang", "ru"}));
    }
}
