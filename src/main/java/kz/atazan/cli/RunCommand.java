package kz.atazan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import kz.atazan.engine.Engine;
import kz.atazan.scenario.HtmlReport;
import kz.atazan.scenario.JUnitReport;
import kz.atazan.scenario.JsonReport;
import kz.atazan.scenario.RunResult;
import kz.atazan.scenario.ScenarioRunner;
import kz.atazan.scenario.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {

    enum Format { TEXT, JSON, JUNIT, HTML }

    @ParentCommand
    Main main;

    @Mixin
    RulesOption rules;

    @Mixin
    ScenarioPaths scenarios;

    @Option(names = "--format", paramLabel = "FORMAT",
            descriptionKey = "run.format")
    Format format = Format.TEXT;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "run.out")
    Path out;

    @Option(names = {"-v", "--verbose"}, descriptionKey = "run.verbose")
    boolean verbose;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        Optional<Engine> engine = rules.engine(err);
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        RunResult run = new ScenarioRunner(engine.get()).run(scenarios.paths, progress(err, kz.atazan.text.Words.in(main.language())));
        String report = switch (format) {
            case JSON -> JsonReport.of(run, main.language());
            case JUNIT -> JUnitReport.of(run, main.language());
            case HTML -> HtmlReport.of(run, main.language());
            case TEXT -> null;
        };
        if (report == null) {
            TextReport.print(run, verbose, out, err, main.language());
        } else {
            run.errors().forEach(e -> err.println(e.in(main.language())));
            if (!write(report, out, err)) {
                return ExitCode.BAD_INPUT;
            }
            err.println(run.closingLine(kz.atazan.text.Words.in(main.language())));
        }
        if (!run.errors().isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        return run.failed() > 0 ? ExitCode.CHECK_FAILED : ExitCode.OK;
    }

    /** Writes the report to --out, or to standard output; false if the file cannot be written. */
    private boolean write(String report, PrintStream stdout, PrintStream err) {
        if (this.out == null) {
            stdout.println(report);
            return true;
        }
        try {
            java.nio.file.Files.writeString(this.out, report, java.nio.charset.StandardCharsets.UTF_8);
            return true;
        } catch (java.io.IOException e) {
            err.println("atazan run: " + kz.atazan.text.Words.in(main.language()).say("cli.cannot-write", "file", this.out.toString(),
                    "reason", String.valueOf(e.getMessage())));
            return false;
        }
    }

    /** Names each file as it starts, on a terminal only, overwriting one status line. */
    private static Consumer<String> progress(PrintStream err, kz.atazan.text.Words words) {
        if (System.console() == null) {
            return file -> { };
        }
        return file -> err.print("\r\033[K" + words.say("reports.run.running", "file", file));
    }
}
