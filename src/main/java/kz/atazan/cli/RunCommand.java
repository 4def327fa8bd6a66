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

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every scenario file (*.yaml) under each PATH and report the checks that fail. "
            + "The last line is always 'N passed, N failed', followed by ', N files with errors' when some file could not be read "
            + "or had invalid scenarios (the valid ones still run).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all checks passed", "1:a check failed",
            "2:a path or scenario file could not be read or is invalid (every other file still runs)",
            "3:the rules could not be loaded"})
final class RunCommand implements Callable<Integer> {

    enum Format { TEXT, JSON, JUNIT, HTML }

    @ParentCommand
    Main main;

    @Mixin
    RulesOption rules;

    @Mixin
    ScenarioPaths scenarios;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default); json (one JSON document); junit (JUnit XML, one test case per check,"
                    + " for CI servers); html (a readable report page). All but text go to standard output or --out.")
    Format format = Format.TEXT;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the json, junit or html report to FILE instead of standard output.")
    Path out;

    @Option(names = {"-v", "--verbose"}, description = "Also list the checks that pass.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        Optional<Engine> engine = rules.engine(err);
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        RunResult run = new ScenarioRunner(engine.get()).run(scenarios.paths, progress(err));
        String report = switch (format) {
            case JSON -> JsonReport.of(run, main.language());
            case JUNIT -> JUnitReport.of(run);
            case HTML -> HtmlReport.of(run);
            case TEXT -> null;
        };
        if (report == null) {
            TextReport.print(run, verbose, out, err);
        } else {
            run.errors().forEach(e -> err.println(e));
            if (!write(report, out, err)) {
                return ExitCode.BAD_INPUT;
            }
            err.println(run.closingLine());
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
            err.println("atazan run: cannot write " + this.out + ": " + e.getMessage());
            return false;
        }
    }

    /** Names each file as it starts, on a terminal only, overwriting one status line. */
    private static Consumer<String> progress(PrintStream err) {
        if (System.console() == null) {
            return file -> { };
        }
        return file -> err.print("\r\033[Krunning " + file);
    }
}
