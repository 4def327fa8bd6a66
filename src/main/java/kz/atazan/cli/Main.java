package kz.atazan.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code atazan} command. Takes its output streams so that tests can read what a user would see.
 */
@Command(name = "atazan",
        mixinStandardHelpOptions = true,
        version = "Atazan 0.1.0: the Constitution of Kazakhstan (1995, before and after the 2022 reform) as Drools rules",
        description = "Answers whether an appointment, dismissal, consent or other exercise of power is constitutional "
            + "on a given date under the Constitution of Kazakhstan, with the provisions that decide it. "
            + "For education: this is not legal advice.",
        subcommands = {RunCommand.class, CheckCommand.class, ExplainCommand.class, CompareCommand.class, PowersCommand.class, ExercisesCommand.class, VocabularyCommand.class, SchemaCommand.class, CoverageCommand.class, VerifyCommand.class, MutateCommand.class, DiffCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all checks passed, or the question was answered",
            "1:a scenario check failed",
            "2:invalid input: a scenario file, a path, a name or a date (the rest still runs)",
            "3:the rules could not be loaded (a DRL error or a rule without its citation)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Streams streams;
    private final Clock clock;

    private Main(Streams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    Streams streams() {
        return streams;
    }

    /** Today, for the commands that default to it; the engine itself never reads a clock. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Clock.systemDefaultZone());
    }

    /** Runs the command line with the clock that says what "today" is. */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        return run(args, System.in, out, err, clock);
    }

    /** Runs the command line reading answers from {@code in} (for {@code exercises practice}). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Clock clock) {
        return commandLine(in, out, err, clock).execute(args);
    }

    /** The command line, with its handlers, ready to parse or execute arguments. */
    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err, Clock clock) {
        CommandLine cli = new CommandLine(new Main(new Streams(in, out, err), clock));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            err.println("atazan: internal error: " + e);
            return 70;
        });
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine.Model.CommandSpec failed = e.getCommandLine().getCommandSpec();
            err.println("atazan: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + failed.qualifiedName() + " --help' for more information.");
            return ExitCode.BAD_INPUT;
        });
        return cli;
    }
}
