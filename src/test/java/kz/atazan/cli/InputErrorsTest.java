package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Atazan says about input it cannot read (a scenario file, a date, a name, a vote) is said in
 * the language chosen, with the user's values quoted as that language quotes them.
 */
class InputErrorsTest {

    /** Words of an English sentence that no code, name or value of these inputs contains. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(unknown|is not|did you mean|must|missing|expected|the file|problems?|passed|failed)\\b");

    @TempDir
    Path folder;

    private static AtazanRun atazan(String... args) {
        return AtazanRun.of(args);
    }

    @Test
    void yamlTheReaderCannotPlaceIsStillReportedWithoutThePartsEnglishWords() throws IOException {
        Path file = folder.resolve("directives.yaml");
        Files.writeString(file, "%YAML 1.1\n%YAML 1.1\n---\nscenarios: []\n");
        for (String language : List.of("ru", "kk")) {
            AtazanRun run = atazan("run", file.toString(), "--lang", language);
            String line = run.err().lines().filter(l -> l.contains("directives.yaml:2:")).findFirst().orElseThrow(() -> new AssertionError(run.err()));
            String said = line.substring(line.indexOf("directives.yaml:2:") + "directives.yaml:2:".length());
            assertTrue(said.contains("YAML") && !said.replace("YAML", "").matches("(?s).*[A-Za-z]{4,}.*"), language + ": " + line);
        }
    }

    private Path badFile() throws IOException {
        Path file = folder.resolve("bad.yaml");
        Files.writeString(file, """
                scenarios:
                  - id: bad-one
                    titel: A typo in a field name
                    action:
                      actor: presidnet
                      act: appoint
                      target: senate
                    expect:
                      - {date: 2023-02-30, verdict: constitutional}
                  - id: Bad_Two
                    action: {actor: president, act: appoint, target: akim-of-region, votes: {for: 120, of: 98}}
                    expect:
                      - {date: 2023-05-01, verdict: constitutionl}
                """);
        return file;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).toList();
    }

    @Test
    void aScenarioFileWithMistakesInRussian() throws IOException {
        AtazanRun run = atazan("run", badFile().toString(), "--lang", "ru");
        assertEquals(ExitCode.BAD_INPUT, run.exit(), run.err());
        String file = folder.resolve("bad.yaml").toString();
        List<String> said = lines(run.err());
        assertTrue(said.contains("Во входных данных обнаружено 6 ошибок; соответствующие сценарии не проверялись:"), run.err());
        assertTrue(said.contains(file + ":3: неизвестное поле «titel» в сценарии; возможно, имелось в виду «title»?"), run.err());
        assertTrue(said.contains(file + ":9: «2023-02-30» не является датой: в 2023 году нет 30 февраля"), run.err());
        assertTrue(said.contains(file + ":5: неизвестное наименование «presidnet» (действующий орган); возможно, имелось в виду «president»?"), run.err());
        assertTrue(said.contains(file + ":10: идентификатор «Bad_Two» должен быть записан в формате kebab-case: слова строчными буквами,"
                + " соединенные знаком «-»"), run.err());
        assertTrue(said.contains(file + ":13: неизвестное наименование «constitutionl» (ответ); возможно, имелось в виду «constitutional»?"),
                run.err());
        assertTrue(said.contains(file + ":11: «votes»: 120 голосов «за» из 98 — такое голосование невозможно: требуется 0 <= for <= of и of >= 1"),
                run.err());
        assertTrue(run.out().contains("пройдено: 0, не пройдено: 0, 1 файл с ошибками"), run.out());
        assertFalse(ENGLISH.matcher(run.err() + run.out()).find(), run.err() + run.out());
    }

    @Test
    void aScenarioFileWithMistakesInKazakh() throws IOException {
        AtazanRun run = atazan("run", badFile().toString(), "--lang", "kk");
        assertEquals(ExitCode.BAD_INPUT, run.exit(), run.err());
        String file = folder.resolve("bad.yaml").toString();
        List<String> said = lines(run.err());
        assertTrue(said.contains("Кіріс деректерінде 6 қате табылды; тиісті сценарийлер тексерілген жоқ:"), run.err());
        assertTrue(said.contains(file + ":3: сценарийде белгісіз өріс бар: «titel»; «title» өрісі деген болар ма?"), run.err());
        assertTrue(said.contains(file + ":9: «2023-02-30» — күн емес: 2023 жылы 30 ақпан болмайды"), run.err());
        assertTrue(said.contains(file + ":5: белгісіз атау «presidnet» (әрекет етуші орган); «president» деген болар ма?"), run.err());
        assertTrue(said.contains(file + ":10: «Bad_Two» идентификаторы kebab-case форматында жазылуға тиіс: «-» таңбасымен біріктірілген"
                + " кіші әріптегі сөздер"), run.err());
        assertTrue(said.contains(file + ":11: «votes»: 98 мүшеден 120 «жақтап» дауыс — мұндай дауыс беру мүмкін емес: 0 <= for <= of және"
                + " of >= 1 болуға тиіс"), run.err());
        assertTrue(run.out().contains("өтті: 0, өтпеді: 0, қатесі бар файлдар: 1"), run.out());
        assertFalse(ENGLISH.matcher(run.err() + run.out()).find(), run.err() + run.out());
    }

    @Test
    void aDateAndANameOnTheCommandLine() {
        List<String> args = List.of("check", "--actor", "presidnet", "--act", "appoint", "--target", "senate", "--on", "2023-02-30");
        AtazanRun en = atazan(with(args, "en"));
        assertTrue(en.err().contains("atazan check: --on: '2023-02-30' is not a date: 2023 has no 30 February"), en.err());
        assertTrue(en.err().contains("atazan check: --actor: unknown actor 'presidnet'; did you mean 'president'?"), en.err());
        AtazanRun ru = atazan(with(args, "ru"));
        assertTrue(ru.err().contains("atazan check: --on: «2023-02-30» не является датой: в 2023 году нет 30 февраля"), ru.err());
        assertTrue(ru.err().contains("atazan check: --actor: неизвестное наименование «presidnet» (действующий орган); возможно, имелось в виду"
                + " «president»?"), ru.err());
        AtazanRun kk = atazan(with(args, "kk"));
        assertTrue(kk.err().contains("atazan check: --on: «2023-02-30» — күн емес: 2023 жылы 30 ақпан болмайды"), kk.err());
        assertTrue(kk.err().contains("atazan check: --actor: белгісіз атау «presidnet» (әрекет етуші орган); «president» деген болар ма?"),
                kk.err());
        for (AtazanRun run : List.of(ru, kk)) {
            assertEquals(ExitCode.BAD_INPUT, run.exit(), run.err());
            assertFalse(ENGLISH.matcher(run.err()).find(), run.err());
        }
    }

    @Test
    void aRoleANameCannotPlayAndAVoteThatCannotBe() {
        List<String> args = List.of("check", "--actor", "constitution", "--act", "appoint", "--target", "senate", "--on", "2023-05-01",
                "--votes", "120/98");
        AtazanRun ru = atazan(with(args, "ru"));
        assertTrue(ru.err().contains("не может быть указано как действующий орган"), ru.err());
        assertTrue(ru.err().contains("--votes: «votes»: 120 голосов «за» из 98 — такое голосование невозможно"), ru.err());
        AtazanRun kk = atazan(with(args, "kk"));
        assertTrue(kk.err().contains("әрекет етуші орган ретінде көрсетуге болмайды"), kk.err());
        for (AtazanRun run : List.of(ru, kk)) {
            assertFalse(ENGLISH.matcher(run.err()).find(), run.err());
        }
    }

    private static String[] with(List<String> args, String language) {
        return java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("--lang", language)).toArray(String[]::new);
    }
}
