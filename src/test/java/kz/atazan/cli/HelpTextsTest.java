package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.atazan.model.Language;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The usage help comes from picocli's resource bundle of the language Atazan speaks
 * (kz/atazan/text/help_xx.properties): every command and every option has its text in all three
 * languages, none is left in an annotation to show through in English, and {@code --help} follows
 * {@code --lang}.
 */
class HelpTextsTest {

    private static AtazanRun atazan(String... args) {
        return AtazanRun.of(args);
    }

    private static CommandLine commandLine(Language language) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Main.commandLine(new ByteArrayInputStream(new byte[0]), sink, sink, Clock.systemDefaultZone(), language);
    }

    /** Every command of the line, the top one first, subcommands after their parent. */
    private static List<CommandSpec> commands(CommandLine cli) {
        List<CommandSpec> all = new ArrayList<>();
        all.add(cli.getCommandSpec());
        for (CommandLine sub : new java.util.LinkedHashSet<>(cli.getSubcommands().values())) {
            all.addAll(commands(sub));
        }
        return all;
    }

    /** A key as picocli looks it up: qualified by the command's name, else as it is. */
    private static boolean has(ResourceBundle bundle, CommandSpec command, String key) {
        return bundle.containsKey(command.qualifiedName(".") + "." + key) || bundle.containsKey(key)
                || bundle.containsKey(command.qualifiedName(".") + "." + key + ".0");
    }

    @TestFactory
    Stream<DynamicTest> everyCommandAndOptionHasItsTextInEachLanguage() {
        return Stream.of(Language.values()).map(language -> DynamicTest.dynamicTest(language.code(), () -> {
            ResourceBundle bundle = Main.helpTexts(language);
            List<String> missing = new ArrayList<>();
            for (CommandSpec command : commands(commandLine(language))) {
                String what = command.helpCommand() ? "usage.header" : "usage.description";
                if (!bundle.containsKey(command.qualifiedName(".") + "." + what)
                        && !bundle.containsKey(command.qualifiedName(".") + "." + what + ".0")) {
                    missing.add(command.qualifiedName() + ": " + command.qualifiedName(".") + "." + what);
                }
                List<ArgSpec> args = new ArrayList<>(command.options());
                args.addAll(command.positionalParameters());
                for (ArgSpec arg : args) {
                    String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
                    if (arg.descriptionKey() == null || arg.descriptionKey().isBlank()) {
                        missing.add(command.qualifiedName() + " " + name + ": no descriptionKey");
                    } else if (!has(bundle, command, arg.descriptionKey())) {
                        missing.add(command.qualifiedName() + " " + name + ": " + arg.descriptionKey());
                    } else if (String.join("", arg.description()).isBlank()) {
                        missing.add(command.qualifiedName() + " " + name + ": an empty description");
                    }
                }
            }
            assertEquals(List.of(), missing, "usage texts missing from help_" + language.code() + ".properties");
        }));
    }

    @Test
    void theThreeBundlesHaveTheSameKeys() {
        Set<String> english = new TreeSet<>(Collections.list(Main.helpTexts(Language.EN).getKeys()));
        for (Language language : Language.values()) {
            assertEquals(english, new TreeSet<>(Collections.list(Main.helpTexts(language).getKeys())), language.code());
        }
    }

    @Test
    void noUsageTextIsLeftInAnAnnotation() {
        // a description written in Java would show through, in English, wherever a bundle lacks its key
        ResourceBundle empty = new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[0][];
            }
        };
        CommandLine cli = commandLine(Language.EN);
        cli.setResourceBundle(empty);
        List<String> written = new ArrayList<>();
        for (CommandSpec command : commands(cli)) {
            if (!command.helpCommand()) {
                if (command.usageMessage().description().length > 0) {
                    written.add(command.qualifiedName() + ": description");
                }
                if (command.usageMessage().footer().length > 0) {
                    written.add(command.qualifiedName() + ": footer");
                }
                if (!command.usageMessage().exitCodeList().isEmpty()) {
                    written.add(command.qualifiedName() + ": exit codes");
                }
            }
            for (ArgSpec arg : command.args()) {
                if (!String.join("", arg.description()).isBlank() && !command.helpCommand() && !isStandardHelp(arg)) {
                    written.add(command.qualifiedName() + " " + (arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel()));
                }
            }
        }
        assertEquals(List.of(), written);
    }

    private static boolean isStandardHelp(ArgSpec arg) {
        return arg instanceof OptionSpec o && (o.usageHelp() || o.versionHelp());
    }

    @Test
    void checkHelpFollowsTheLanguage() {
        AtazanRun ru = atazan("--lang", "ru", "check", "--help");
        assertEquals(0, ru.exit(), ru.err());
        assertTrue(ru.out().startsWith("Использование: atazan check"), ru.out());
        assertTrue(ru.out().contains("Ответить на один вопрос: соответствует ли Конституции это действие"), ru.out());
        assertTrue(ru.out().contains("Кто действует: государственный орган"), ru.out());
        assertTrue(ru.out().contains("Коды завершения:"), ru.out());
        assertTrue(ru.out().contains("Лицо является близким родственником Президента."), ru.out());
        AtazanRun kk = atazan("check", "--help", "--lang", "kk");
        assertEquals(0, kk.exit(), kk.err());
        assertTrue(kk.out().startsWith("Қолданылуы: atazan check"), kk.out());
        assertTrue(kk.out().contains("Бір сұраққа жауап беру: осы әрекет осы күні Конституцияға сәйкес пе"), kk.out());
        assertTrue(kk.out().contains("Кім әрекет етеді: мемлекеттік орган"), kk.out());
        assertTrue(kk.out().contains("Аяқталу кодтары:"), kk.out());
        AtazanRun en = atazan("--lang", "en", "check", "--help");
        assertTrue(en.out().startsWith("Usage: atazan check"), en.out());
        assertTrue(en.out().contains("Who acts: an organ, or an office holder acting in"), en.out());
        assertTrue(en.out().contains("Exit codes:"), en.out());
        for (AtazanRun other : List.of(ru, kk)) {
            assertFalse(other.out().contains("Usage") || other.out().contains("Exit codes") || other.out().contains("Show this help"), other.out());
        }
    }

    /** In Russian and Kazakh the help of every command has no English word: only option names, value labels, codes and file names. */
    @TestFactory
    Stream<DynamicTest> russianAndKazakhHelpHasNoEnglishWord() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Language language : List.of(Language.RU, Language.KK)) {
            for (CommandSpec command : commands(commandLine(language))) {
                tests.add(DynamicTest.dynamicTest(command.qualifiedName() + " in " + language.code(), () -> {
                    List<String> args = new ArrayList<>(List.of(command.qualifiedName().split(" ")).subList(1, command.qualifiedName().split(" ").length));
                    args.addAll(command.helpCommand() ? List.of("help") : List.of("--help"));
                    args.addAll(List.of("--lang", language.code()));
                    AtazanRun run = atazan(args.toArray(String[]::new));
                    assertEquals(0, run.exit(), run.err());
                    Set<String> english = GoldenOutputTest.englishWords(withoutCodes(run.out(), command));
                    assertTrue(english.isEmpty(), "English in the " + language.code() + " help of " + command.qualifiedName() + ": " + english
                            + "\n" + run.out());
                }));
            }
        }
        return tests.stream();
    }

    /** Words a user types or reads as names: option names, value labels, commands, formats, file names, paths and commands' examples. */
    private static final Set<String> TECHNICAL = Set.of("text", "json", "junit", "html", "markdown", "csv", "svg", "yaml", "JSON", "JUnit", "XML",
            "YAML", "DRL", "API", "Schema", "draft-07", "git", "rules", "scenarios", "help", "check", "explain", "vocabulary", "grade", "generate",
            "exercises", "Ctrl-C", "http", "api", "docs", "balance-codebook", "md", "schema", "scenario", "yaml-language-server", "Atazan",
            "ATAZAN_LANG", "ru", "kk", "en", "c", "u", "d", "q", "q1", "key", "sheet", "answers", "balance", "powers", "three-days",
            "DEFAULT-VALUE", "equivalent-mutants", "contrasts");

    private static String withoutCodes(String help, CommandSpec command) {
        String text = help.replaceAll("(?m)^  atazan .*$", " ") // the examples are command lines
                .replaceAll("(?s)^Использование: .*?\\n(?=\\S)", "").replaceAll("(?s)^Қолданылуы: .*?\\n(?=\\S)", ""); // the synopsis
        Set<String> codes = new TreeSet<>(TECHNICAL);
        for (CommandSpec c : commands(command.commandLine())) {
            codes.add(c.name());
            for (OptionSpec o : c.options()) {
                codes.addAll(List.of(o.names()));
                codes.add(o.paramLabel());
            }
            c.positionalParameters().forEach(p -> codes.add(p.paramLabel()));
        }
        codes.addAll(kz.atazan.model.ActionField.keys());
        codes.addAll(List.of("COMMAND", "BODY", "FOR", "OF", "PATH", "FILE", "DIR", "SHEET", "WORD", "ANSWERS", "N"));
        for (String code : codes.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            text = text.replaceAll("(?<![-\\w])" + java.util.regex.Pattern.quote(code) + "(?![-\\w])", " ");
        }
        return text;
    }
}
