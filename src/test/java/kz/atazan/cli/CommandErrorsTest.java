package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a command says about bad input, or a file it cannot read or write, is said in the language chosen. */
class CommandErrorsTest {

    @TempDir
    Path folder;

    private static AtazanRun atazan(String... args) {
        return AtazanRun.of(args);
    }

    /** For each language, the arguments and a line the command must print to standard error. */
    private static void says(List<String> args, Map<String, String> byLanguage) {
        byLanguage.forEach((language, line) -> {
            String[] all = java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("--lang", language)).toArray(String[]::new);
            AtazanRun run = atazan(all);
            assertEquals(ExitCode.BAD_INPUT, run.exit(), run.err());
            assertTrue(run.err().contains(line), language + ": " + run.err());
        });
    }

    @Test
    void compareWithOneDate() {
        says(List.of("compare", "--actor", "president", "--act", "appoint", "--target", "senate", "--on", "2023-01-01"), Map.of(
                "en", "atazan compare: --on: give at least two different dates to compare",
                "ru", "atazan compare: --on: для сопоставления укажите не менее двух разных дат",
                "kk", "atazan compare: --on: салыстыру үшін кемінде екі түрлі күн көрсетіңіз"));
    }

    @Test
    void compareWithABadDateSaysThatAloneInTheLanguageChosen() {
        for (String language : List.of("en", "ru", "kk")) {
            AtazanRun run = atazan("compare", "--actor", "president", "--act", "appoint", "--target", "senate", "--on", "2022-01-01,2022-13-01",
                    "--lang", language);
            assertEquals(ExitCode.BAD_INPUT, run.exit(), run.err());
            assertEquals(1, run.err().lines().count(), language + ": " + run.err());
            assertTrue(run.err().contains("2022-13-01") && !run.err().contains("2022-01-01,"), language + ": " + run.err());
        }
    }

    @Test
    void compareTakesItsDatesAlsoSeparatedByCommas() {
        AtazanRun run = atazan("compare", "--actor", "president", "--act", "dismiss", "--target", "akim-of-district", "--on", "2022-01-01,2023-01-01");
        assertEquals(ExitCode.OK, run.exit(), run.err());
    }

    @Test
    void powersDiffWithTheLaterDateFirst() {
        says(List.of("powers", "--diff", "2026-08-01", "2022-01-01"), Map.of(
                "en", "atazan powers: --diff: the second date, 2022-01-01, is before the first, 2026-08-01: give the earlier date first",
                "ru", "atazan powers: --diff: вторая дата (2022-01-01) раньше первой (2026-08-01); укажите сначала более раннюю дату",
                "kk", "atazan powers: --diff: екінші күн (2022-01-01) біріншісінен (2026-08-01) бұрын; алдымен ертерек күнді көрсетіңіз"));
    }

    @Test
    void balanceOutsideTheModelledDaysAndARangeBackwards() {
        says(List.of("balance", "--to", "2018-01-01"), Map.of(
                "en", "atazan balance: the rules model no period up to 2018-01-01; they model from 2019-03-23",
                "ru", "atazan balance: правила не моделируют ни одного периода до 2018-01-01 включительно; правила моделируют время начиная с 2019-03-23",
                "kk", "atazan balance: ережелер 2018-01-01 күніне дейін бірде-бір кезеңді модельдемейді; ережелер 2019-03-23 күнінен бастап модельдейді"));
        says(List.of("balance", "--from", "2024-01-01", "--to", "2023-01-01"), Map.of(
                "en", "--to: 2023-01-01 is before --from 2024-01-01",
                "ru", "--to: дата 2023-01-01 раньше даты --from 2024-01-01",
                "kk", "--to: 2023-01-01 күні --from 2024-01-01 күнінен бұрын"));
    }

    @Test
    void exercisesWithNoQuestionOrNone() {
        String sheet = folder.resolve("s.md").toString();
        says(List.of("exercises", "generate", "--topic", "astronomy", "--out", sheet), Map.of(
                "en", "no question matches the topic 'astronomy' on those dates; topics: akim,",
                "ru", "на эти даты не подходит ни один вопрос по теме «astronomy»; темы: akim,",
                "kk", "бұл күндерге «astronomy» тақырыбы бойынша бірде-бір сұрақ сәйкес келмейді; тақырыптар: akim,"));
        says(List.of("exercises", "generate", "--count", "0", "--out", sheet), Map.of(
                "en", "--count: must be at least 1, but is 0",
                "ru", "--count: значение должно быть не меньше 1, а указано 0",
                "kk", "--count: мән кемінде 1 болуға тиіс, ал 0 көрсетілген"));
    }

    @Test
    void filesThatCannotBeReadOrWritten() throws IOException {
        Path missing = folder.resolve("missing.md");
        Path answers = Files.writeString(folder.resolve("answers.yaml"), "q1: constitutional\n");
        says(List.of("exercises", "grade", missing.toString(), answers.toString()), Map.of(
                "en", "missing.md: cannot read the file (NoSuchFileException)",
                "ru", "missing.md: не удается прочитать файл (NoSuchFileException)",
                "kk", "missing.md: файлды оқу мүмкін емес (NoSuchFileException)"));
        String nowhere = folder.resolve("no-such-folder").resolve("schema.json").toString();
        says(List.of("schema", "--out", nowhere), Map.of(
                "en", "atazan schema: cannot write " + nowhere,
                "ru", "atazan schema: не удается записать " + nowhere,
                "kk", "atazan schema: " + nowhere + " файлын жазу мүмкін емес"));
    }

    @Test
    void aBadPortAndTheHintAfterAParserError() {
        says(List.of("serve", "--port", "70000"), Map.of(
                "en", "--port: 70000 is not a port (0 to 65535)",
                "ru", "--port: 70000 — не номер порта (допустимы значения от 0 до 65535)",
                "kk", "--port: 70000 порт нөмірі емес (0-ден 65535-ке дейінгі сан болуға тиіс)"));
        says(List.of("check", "--actr", "president"), Map.of(
                "en", "Try 'atazan check --help' for more information.",
                "ru", "Подробнее — в справке: atazan check --help",
                "kk", "Толығырақ анықтама: atazan check --help"));
    }

    @Test
    void rulesThatCannotBeLoaded() throws IOException {
        Path rules = folder.resolve("rules/president");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("broken.drl"), "package president;\nrule \"x\"\nwhen\n  Action(\nthen\nend\n");
        for (Map.Entry<String, String> said : Map.of("en", "atazan: the rules could not be loaded (", "ru", "atazan: правила не удалось загрузить (",
                "kk", "atazan: ережелерді жүктеу мүмкін болмады (").entrySet()) {
            AtazanRun run = atazan("check", "--actor", "president", "--act", "appoint", "--target", "senate", "--rules", folder.resolve("rules").toString(),
                    "--lang", said.getKey());
            assertEquals(ExitCode.RULES_BROKEN, run.exit(), run.err());
            assertTrue(run.err().contains(said.getValue()), said.getKey() + ": " + run.err());
        }
    }
}
