package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the command-line parser finds wrong is said in the language chosen, with the nearest names it suggests. */
class ParserMessagesTest {

    /** picocli's own English words for these problems. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)unknown|missing|invalid|should be|did you mean|possible|unmatched|expected|try '");

    private static List<String> err(String language, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("--lang", language), java.util.Arrays.stream(args))
                .toArray(String[]::new);
        int exit = Main.run(all, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone(), null, Locale.ENGLISH);
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.BAD_INPUT, exit, said);
        if (!language.equals("en")) {
            assertFalse(ENGLISH.matcher(said).find(), said);
        }
        return said.lines().toList();
    }

    @Test
    void helpOnACommandThatDoesNotExistAndTwoOptionsThatExcludeEachOther() {
        for (String language : List.of("ru", "kk")) {
            List<String> help = err(language, "help", "NOSUCH");
            assertFalse(help.get(0).contains("Unknown") || !help.get(0).contains("«NOSUCH»"), language + ": " + help);
            List<String> both = err(language, "powers", "--on", "2023-01-01", "--diff", "2022-01-01", "2023-01-01");
            assertFalse(both.get(0).contains("exclusive") || !both.get(0).contains("«--on=DATE»"), language + ": " + both);
        }
        assertEquals("atazan: the options '--on=DATE', '--diff=DATE' cannot be given together: give only one of them",
                err("en", "powers", "--on", "2023-01-01", "--diff", "2022-01-01", "2023-01-01").get(0));
    }

    @Test
    void anUnknownOptionWithTheNearestOnes() {
        assertEquals(List.of("atazan: unknown option: '--verbse'", "Possible options: '--verbose', '--version'",
                "Try 'atazan run --help' for more information."), err("en", "run", "--verbse"));
        assertEquals(List.of("atazan: неизвестный параметр: «--verbse»", "Возможные параметры: «--verbose», «--version»",
                "Подробнее — в справке: atazan run --help"), err("ru", "run", "--verbse"));
        assertEquals(List.of("atazan: белгісіз параметр: «--verbse»", "Ықтимал параметрлер: «--verbose», «--version»",
                "Толығырақ анықтама: atazan run --help"), err("kk", "run", "--verbse"));
    }

    @Test
    void anUnknownCommandWithTheNearestOne() {
        assertEquals(List.of("atazan: unknown command 'runn'", "Did you mean: 'atazan run'?", "Try 'atazan --help' for more information."),
                err("en", "runn"));
        assertEquals("Возможно, имелось в виду: «atazan run»?", err("ru", "runn").get(1));
        assertEquals("Мүмкін, сізге мына команда керек шығар: «atazan run»", err("kk", "runn").get(1));
    }

    @Test
    void whatIsMissing() {
        assertEquals("atazan: не указан обязательный параметр: «--target=TARGET»", err("ru", "check", "--actor", "president", "--act", "appoint").get(0));
        assertEquals("atazan: міндетті параметр көрсетілмеген: «--target=TARGET»", err("kk", "check", "--actor", "president", "--act", "appoint").get(0));
        assertEquals("atazan: не указаны обязательные аргументы: «SHEET», «ANSWERS»", err("ru", "exercises", "grade").get(0));
        assertEquals("atazan: міндетті аргументтер көрсетілмеген: «SHEET», «ANSWERS»", err("kk", "exercises", "grade").get(0));
        assertEquals("atazan: для параметра --on не указано значение (DATE)", err("ru", "check", "--on").get(0));
        assertEquals("atazan: --on параметрінің мәні көрсетілмеген (DATE)", err("kk", "check", "--on").get(0));
    }

    @Test
    void aBadValueOrAnOptionGivenTwice() {
        assertEquals("atazan: invalid value 'xml' for the option --format: expected one of text, json, junit, html", err("en", "run", "--format", "xml").get(0));
        assertEquals("atazan: недопустимое значение «xml» параметра --format; допустимые значения: text, json, junit, html",
                err("ru", "run", "--format", "xml").get(0));
        assertEquals("atazan: --format параметрінің мәні жарамсыз: «xml»; рұқсат етілген мәндер: text, json, junit, html",
                err("kk", "run", "--format", "xml").get(0));
        assertEquals("atazan: недопустимое значение «abc» параметра --count: ожидается целое число",
                err("ru", "exercises", "generate", "--count", "abc").get(0));
        assertEquals("atazan: --count параметрінің мәні жарамсыз: «abc»; бүтін сан күтіледі", err("kk", "exercises", "generate", "--count", "abc").get(0));
        List<String> twice = List.of("check", "--actor", "president", "--act", "appoint", "--target", "senate", "--on", "2023-01-01", "--on", "2024-01-01");
        assertEquals("atazan: параметр --on можно указать только один раз", err("ru", twice.toArray(String[]::new)).get(0));
        assertEquals("atazan: --on параметрін тек бір рет көрсетуге болады", err("kk", twice.toArray(String[]::new)).get(0));
        assertEquals("atazan: аргумент, который команда не принимает: «extra»",
                err("ru", "check", "--actor", "president", "--act", "appoint", "--target", "senate", "extra").get(0));
    }
}
