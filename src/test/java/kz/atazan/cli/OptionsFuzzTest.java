package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.atazan.model.Action;
import kz.atazan.scenario.InputLimits;
import picocli.CommandLine;

/**
 * Coverage-guided fuzzing of the command line's parsing (Jazzer): any arguments to 'check' are
 * either refused with plain problems, or state an action dated within the limits; nothing throws
 * but picocli's own refusal of an argument. See ScenarioFuzzTest for how to fuzz:
 * {@code JAZZER_FUZZ=1 mvn -B -ntp surefire:test -Dtest=OptionsFuzzTest#parsesAnyCheckArguments}.
 */
class OptionsFuzzTest {

    private static final Pattern INTERNALS = Pattern.compile("Exception|\\bat [a-z]+\\.|java\\.lang");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T00:00:00Z"), ZoneOffset.UTC);

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"--actor", "--act", "--target", "--on", "--consent", "--proposed-by", "--consulted", "--candidates",
            "--circumstance", "--opinion", "--votes", "--initiative", "--close-relative", "--terms-in-a-row", "president", "dismiss",
            "akim-of-region", "senate,majilis", "majilis=70/98", "70/98", "2023-05-01", "30.02.2024", "+999999999-01-01", "="})
    void parsesAnyCheckArguments(FuzzedDataProvider data) {
        // the three required options always, so that most inputs reach the reading of names and dates
        List<String> args = new ArrayList<>(List.of("check", "--actor", data.consumeString(40), "--act", data.consumeString(40),
                "--target", data.consumeString(40)));
        if (data.consumeBoolean()) {
            args.addAll(List.of("--on", data.consumeString(30)));
        }
        int extra = data.consumeInt(0, 12);
        for (int i = 0; i < extra; i++) {
            String option = data.pickValue(OPTIONS);
            args.add(option);
            if (!FLAGS.contains(option)) {
                args.add(data.consumeString(40));
            }
        }
        if (data.consumeBoolean()) {
            args.add(data.consumeRemainingAsString());
        }
        check(args.toArray(String[]::new));
    }

    private static final String[] OPTIONS = {"--consent", "--proposed-by", "--consulted", "--candidates", "--circumstance", "--opinion",
        "--votes", "--initiative", "--close-relative", "--party-member", "--first-president", "--terms-in-a-row",
        "--elected-under-one-term-rule", "--held-office-before", "--held-office-since-2026", "--on", "--format", "--actor"};
    private static final java.util.Set<String> FLAGS = java.util.Set.of("--close-relative", "--party-member", "--first-president",
            "--elected-under-one-term-rule", "--held-office-before", "--held-office-since-2026");

    @FuzzTest(maxDuration = "1h")
    void parsesAnyCheckArgumentsForAnHour(FuzzedDataProvider data) {
        parsesAnyCheckArguments(data);
    }

    /** Built once: building every command's model is what a run costs most; each parse starts from the options' initial values. */
    private static final CommandLine CLI = Main.commandLine(new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), CLOCK, kz.atazan.model.Language.EN);

    static void check(String[] args) {
        CommandLine cli = CLI;
        CommandLine.ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (CommandLine.ParameterException refused) {
            return; // picocli's refusal: printed with the command's help hint, exit 2
        }
        if (!parsed.hasSubcommand() || !(parsed.subcommand().commandSpec().userObject() instanceof CheckCommand check)
                || parsed.subcommand().isUsageHelpRequested() || parsed.subcommand().isVersionHelpRequested()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Optional<Action> action = check.stated(problems);
        assertTrue(action.isPresent() != !problems.isEmpty(), () -> "an action or problems: " + problems);
        // The user's own words are quoted back ('Exception' is a name someone may type): only the rest must be plain.
        problems.forEach(p -> assertFalse(INTERNALS.matcher(p.replaceAll("'[^']*'", "''")).find(), () -> "a plain problem: " + p));
        action.ifPresent(a -> assertTrue(!a.date().isBefore(InputLimits.FIRST_DAY) && !a.date().isAfter(InputLimits.LAST_DAY)));
    }

    @org.junit.jupiter.api.Test
    void aSecondParseStartsFromNothing() {
        List<String> problems = new ArrayList<>();
        CLI.parseArgs("check", "--actor", "president", "--act", "appoint", "--target", "chair-of-national-bank", "--consent", "senate",
                "--on", "2023-05-01");
        CLI.parseArgs("check", "--actor", "president", "--act", "appoint", "--target", "chair-of-national-bank", "--on", "2023-05-01");
        CheckCommand check = (CheckCommand) CLI.getSubcommands().get("check").getCommand();
        assertTrue(check.stated(problems).orElseThrow().consents().isEmpty(), () -> "no consent left over: " + problems);
    }
}
