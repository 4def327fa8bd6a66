package kz.atazan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import kz.atazan.engine.Engine;
import kz.atazan.scenario.JsonReport;
import kz.atazan.scenario.RunResult;
import kz.atazan.scenario.ScenarioRunner;
import kz.atazan.scenario.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
            "Run every scenario file (*.yaml) under each PATH and report the checks that fail.",
            "The last line is always 'N passed, N failed'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all checks passed", "1:a check failed",
            "2:a path or scenario file could not be read or is invalid (every other file still runs)",
            "3:the rules could not be loaded"})
final class RunCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @ParentCommand
    Main main;

    @Mixin
    RulesOption rules;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Scenario files or folders (default: scenarios).")
    List<Path> paths = List.of(Path.of("scenarios"));

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json: one JSON document on standard output.")
    Format format = Format.TEXT;

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
        RunResult run = new ScenarioRunner(engine.get()).run(paths, progress(err));
        if (format == Format.JSON) {
            out.println(JsonReport.of(run));
            run.errors().forEach(e -> err.println(e));
        } else {
            TextReport.print(run, verbose, out, err);
        }
        if (!run.errors().isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        return run.failed() > 0 ? ExitCode.CHECK_FAILED : ExitCode.OK;
    }

    /** Names each file as it starts, on a terminal only, overwriting one status line. */
    private static Consumer<String> progress(PrintStream err) {
        if (System.console() == null) {
            return file -> { };
        }
        return file -> err.print("\r\033[Krunning " + file);
    }
}
