package kz.atazan.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.engine.Engine;
import kz.atazan.audit.Coverage;
import kz.atazan.audit.CoverageText;
import kz.atazan.scenario.RunResult;
import kz.atazan.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "coverage", mixinStandardHelpOptions = true)
final class CoverageCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    RulesOption rules;

    @Mixin
    ScenarioPaths scenarios;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        Optional<Engine> engine = rules.engine(err);
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        RunResult run = new ScenarioRunner(engine.get()).run(scenarios.paths, file -> { });
        run.errors().forEach(e -> err.println(e.in(main.language())));
        Coverage coverage = Coverage.of(engine.get().catalogue().citations(), run);
        CoverageText.lines(coverage, engine.get().catalogue().size(), run.results().size(), main.language()).forEach(out::println);
        if (!run.errors().isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        return coverage.unfired().isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
