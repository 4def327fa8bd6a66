package kz.atazan.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import kz.atazan.model.Language;
import kz.atazan.text.LanguageChoice;
import kz.atazan.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code atazan} command. Takes its output streams so that tests can read what a user would see.
 */
@Command(name = "atazan",
        mixinStandardHelpOptions = true)
public final class Main implements Runnable {

    /** The version --version names (its sentence is reports.version of the bundles). */
    static final String VERSION = "0.1.0";

    /** The commands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(RunCommand.class, CheckCommand.class, ExplainCommand.class,
            CompareCommand.class, PowersCommand.class, BalanceCommand.class, ExercisesCommand.class, ServeCommand.class,
            VocabularyCommand.class, SchemaCommand.class, CoverageCommand.class, VerifyCommand.class, MutateCommand.class,
            DiffCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read before parsing (the help and the parser's own messages are in it too); declared here for --help and completion. */
    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT,
            descriptionKey = "option.lang")
    String lang;

    private final Streams streams;
    private final Clock clock;
    private final Language language;

    private Main(Streams streams, Clock clock, Language language) {
        this.streams = streams;
        this.clock = clock;
        this.language = language;
    }

    Streams streams() {
        return streams;
    }

    /** The language every command speaks: --lang, else $ATAZAN_LANG, else the system locale, else English. */
    Language language() {
        return language;
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
        if (BuiltInRules.worthLoadingEarly(args)) {
            BuiltInRules.startLoading();
        }
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
        return run(args, in, out, err, clock, System.getenv(LanguageChoice.VARIABLE), Locale.getDefault());
    }

    /** Runs the command line with the environment that chooses the language. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Clock clock, String languageVariable, Locale system) {
        LanguageChoice.Outcome chosen = LanguageChoice.choose(languageOption(args).orElse(null), languageVariable, system);
        if (chosen.problem().isPresent()) {
            err.println("atazan: " + chosen.problem().get());
            return ExitCode.BAD_INPUT;
        }
        return commandLine(in, out, err, clock, chosen.language(), commandsFor(args)).execute(args);
    }

    /** The command line, with its handlers, ready to parse or execute arguments. */
    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err, Clock clock, Language language) {
        return commandLine(in, out, err, clock, language, COMMANDS);
    }

    /**
     * The commands the arguments need: the one they name, else all of them (for the help, 'help
     * COMMAND', and to suggest the nearest name to a mistyped one). picocli reads each command's options by
     * reflection, which costs a cold start more than answering a question, so one command is
     * cheaper than fifteen.
     */
    static List<Class<?>> commandsFor(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                String name = args[i];
                return COMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(name))
                        .findFirst()
                        .map(List::<Class<?>>of).orElse(COMMANDS);
            }
        }
        return COMMANDS;
    }

    private static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err, Clock clock, Language language,
            List<Class<?>> commands) {
        CommandLine cli = new CommandLine(new Main(new Streams(in, out, err), clock, language));
        // each built as a command line of its own first: picocli applies the model transformers (the
        // options derived from the field tables) when a command line is made, not when it is added
        commands.forEach(command -> cli.addSubcommand(new CommandLine(command)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // every command's and option's usage text is in the help bundle of the language chosen (no annotation holds one)
        cli.setResourceBundle(helpTexts(language));
        // --version, on the command and each subcommand, in the language chosen; its sentence is
        // looked up only when asked for, so that a command answering in another language (a web
        // page in the browser's) does not load this one's sentences first
        CommandLine.IVersionProvider version = () -> new String[] {Messages.of(language).format("reports.version", "version", VERSION)};
        cli.getCommandSpec().versionProvider(version);
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            err.println("atazan: " + Messages.of(language).format("cli.internal-error", "error", String.valueOf(e)));
            return 70;
        });
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine.Model.CommandSpec failed = e.getCommandLine().getCommandSpec();
            List<String> said = ParserMessages.of(e, Messages.of(language));
            err.println("atazan: " + said.get(0));
            said.subList(1, said.size()).forEach(err::println);
            err.println(Messages.of(language).format("cli.try-help", "command", failed.qualifiedName()));
            return ExitCode.BAD_INPUT;
        });
        return cli;
    }

    /** The usage help's texts in a language: kz/atazan/text/help_xx.properties, with no fallback to another language. */
    static ResourceBundle helpTexts(Language language) {
        return Messages.bundle("help", language);
    }

    /** The value of --lang LANG or --lang=LANG, wherever it stands (the last one if given twice). */
    static Optional<String> languageOption(String[] args) {
        String found = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                found = args[++i];
            } else if (args[i].startsWith("--lang=")) {
                found = args[i].substring("--lang=".length());
            }
        }
        return Optional.ofNullable(found);
    }
}
