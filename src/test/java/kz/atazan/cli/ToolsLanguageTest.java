package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.atazan.BankRule;
import kz.atazan.model.Act;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;
import kz.atazan.model.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The maintainers' tools speak Russian and Kazakh: under {@code --lang ru} and {@code --lang kk},
 * verify, coverage, diff and mutate print no English word. Codes stay as they are: rule ids, file
 * paths, scenario ids, the names of the command line ({@code akim-of-district}, {@code president}),
 * DRL expressions and metadata keys ({@code @kk}), anything between backquotes (a mutant's id, the
 * key of the record of equivalent mutants) and what the user wrote, quoted between «».
 */
class ToolsLanguageTest {

    @TempDir
    Path folder;

    /** The names of the command line: one-word codes such as {@code president} or {@code appoint}. */
    private static final Set<String> NAMES = Stream.of(Entity.values(), Act.values(), Circumstance.values())
            .flatMap(Arrays::stream).map(n -> ((Named) n).label()).collect(Collectors.toSet());
    /**
     * Codes: rule ids and kebab-case names, paths, DRL expressions, the numbers of laws (No. 142-VII),
     * and the names of programs, commands and standards.
     */
    private static final Pattern CODE = Pattern.compile("@[a-zA-Z]+|[a-z0-9]+([-.][a-z0-9]+)+|.*[/(=].*|\\d+-[IVX]+|git|atazan|diff|mutate|Drools|ISO|mvn");

    /** The words of Latin letters in the text that are not codes. */
    static List<String> englishWords(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.replaceAll("`[^`\\n]*`|«[^»\\n]*»", " ").split("[\\s\"|\\[\\]]+")) {
            String t = token.replaceAll("^[(\\[{'…]+|[)\\]}',.:;!?…]+$", "");
            if (t.chars().anyMatch(c -> c < 128 && Character.isLetter(c)) && !NAMES.contains(t) && !CODE.matcher(t).matches()) {
                words.add(t);
            }
        }
        return words;
    }

    private static void speaks(String language, AtazanRun run) {
        String said = run.out() + run.err();
        assertTrue(said.lines().count() > 1, said);
        assertEquals(List.of(), englishWords(said), language + ":\n" + said);
    }

    @Test
    void theCheckerCatchesEnglishAndPassesCodes() {
        assertEquals(List.of("conflict", "grants", "Art"), englishWords(
                "conflict: president dismiss akim-of-district, 8 июня 2022 года grants [president.x.2022] Art. 87(4) `a removed` rules/x.drl"));
    }

    private Path rules(String name, String consentingBody) throws IOException {
        return BankRule.write(folder, name, consentingBody);
    }

    private Path scenarios() throws IOException {
        Path file = folder.resolve("bank.yaml");
        Files.writeString(file, BankRule.WITH_SENATE_CONSENT);
        return file;
    }

    /** Rules that contradict each other, and a list of the President's powers closed while an appointment has no rule. */
    private Path plantedDefects() throws IOException {
        String rule = """
                rule "president.planted.%s"
                    @en("%s")
                    @ru("Правило, подложенное тестом")
                    @kk("Тест қосқан ереже")
                    @provision("%s")
                    @edition("LAW_OF_8_JUNE_2022")
                    @inForce("%s")
                    @quote("Президент Республики вправе")
                    @checked("2026-11-27")
                when
                    Action(actor == Entity.PRESIDENT, act == Act.%s, target == Entity.AKIM_OF_DISTRICT)
                then
                    insert(new %s());
                end
                """;
        Path file = folder.resolve("planted/president/planted.drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package president;\n\nimport kz.atazan.model.*;\n\n" + String.join("\n",
                rule.formatted("dismiss.2022", "The President may dismiss a district akim", "Art. 87(4)", "2022-06-08/2026-06-30", "DISMISS", "Grant"),
                rule.formatted("not-dismiss.2022", "The President may not dismiss one", "Art. 88(4)", "2022-06-08/2026-06-30", "DISMISS", "Denial"),
                rule.formatted("appoint.2022", "The President appoints one until 2023", "Art. 87(3)", "2022-06-08/2022-12-31", "APPOINT", "Grant"),
                rule.formatted("closed-list.dismiss.2022", "The list gives no such power", "Art. 44(21)", "2022-06-08/2026-06-30", "DISMISS",
                        "Denial")));
        return folder.resolve("planted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void verify(String language) throws IOException {
        AtazanRun run = AtazanRun.of("verify", "--rules", plantedDefects().toString(), "--lang", language);
        assertEquals(ExitCode.CHECK_FAILED, run.exit(), run.err());
        speaks(language, run);
        String conflict = language.equals("ru") ? "противоречие: president dismiss akim-of-district, 8 июня 2022 года"
                : "қайшылық: president dismiss akim-of-district, 2022 жылғы 8 маусым";
        assertTrue(run.out().contains(conflict), run.out());
        assertTrue(run.out().contains("[president.planted.closed-list.dismiss.2022]"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void coverage(String language) {
        AtazanRun run = AtazanRun.of("coverage", "scenarios/president/appoint-akims.yaml", "--lang", language);
        speaks(language, run);
        assertTrue(run.out().contains(language.equals("ru") ? "\n  2022-09: Закон от 17 сентября 2022 года № 142-VII\n"
                : "\n  2022-09: 2022 жылғы 17 қыркүйектегі № 142-VII Заң\n"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void diff(String language) throws IOException {
        String base = rules("base", "SENATE").toString();
        String head = rules("head", "MAJILIS").toString();
        AtazanRun text = AtazanRun.of("diff", "--base", base, "--head", head, scenarios().toString(), "--lang", language);
        assertEquals(ExitCode.CHECK_FAILED, text.exit(), text.err());
        speaks(language, text);
        assertTrue(text.out().contains(language.equals("ru") ? "стало: подпункт 4) статьи 44 Конституции 1995 года (условие не соблюдено)"
                : "кейін: 1995 жылғы Конституцияның 44-бабының 4) тармақшасы (шарт сақталмады)"), text.out());
        AtazanRun markdown = AtazanRun.of("diff", "--base", base, "--head", head, "--scenarios-only", scenarios().toString(),
                "--format", "markdown", "--lang", language);
        speaks(language, markdown);
        assertTrue(markdown.out().startsWith("### "), markdown.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void diffOfAVersionThatIsNot(String language) {
        AtazanRun run = AtazanRun.of("diff", "--base", "no-such-revision", "--lang", language);
        assertEquals(ExitCode.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("«no-such-revision»"), run.err());
        // what git itself said stays in its words, in parentheses
        assertEquals(List.of(), englishWords(run.err().replaceAll("\\(.*\\)", "")), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void rulesThatCannotBeLoaded(String language) throws IOException {
        Path broken = rules("broken", "SENATE");
        Path file = broken.resolve("president/appoint.drl");
        Files.writeString(file, Files.readString(file).replaceAll("(?m)^ *@kk\\(.*\\)\n", "").replace("Art. 44(4)", "Paragraph 4")
                .replace("LAW_OF_8_JUNE_2022", "LAW_OF_8_JUNE_2O22"));
        AtazanRun run = AtazanRun.of("check", "--rules", broken.toString(), "--actor", "president", "--act", "appoint",
                "--target", "chair-of-national-bank", "--on", "2024-03-15", "--lang", language);
        assertEquals(ExitCode.RULES_BROKEN, run.exit(), run.err());
        assertEquals(3, run.err().lines().filter(l -> l.contains("president/appoint.drl:5: ")).count(), "each problem with its file and line: " + run.err());
        speaks(language, run);
        assertTrue(run.err().contains(language.equals("ru") ? "нет @kk: требуется одно предложение на казахском языке"
                : "@kk жоқ: ереженің нені шешетінін қазақ тілінде айтатын бір сөйлем қажет"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void mutate(String language) throws IOException {
        AtazanRun run = AtazanRun.of("mutate", "--rules", rules("mutated", "SENATE").toString(), "--equivalents",
                folder.resolve("none.yaml").toString(), scenarios().toString(), "--lang", language);
        assertEquals(ExitCode.CHECK_FAILED, run.exit(), run.err());
        speaks(language, run);
        assertTrue(run.out().contains(language.equals("ru") ? "окончание действия перенесено на 29 июня 2026 года"
                : "қолданылу соңы 2026 жылғы 29 маусымға ауыстырылды"), run.out());
    }
}
