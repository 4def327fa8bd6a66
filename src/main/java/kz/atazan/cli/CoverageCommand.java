package kz.atazan.cli;

import kz.atazan.model.Language;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.engine.Engine;
import kz.atazan.model.Citation;
import kz.atazan.model.Verdict;
import kz.atazan.audit.Coverage;
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
        kz.atazan.text.Words words = kz.atazan.text.Words.in(main.language());
        out.printf("%-16s %-40s %5s %15s %17s %13s %16s%n", words.say("reports.coverage.column.provision"), words.say("reports.coverage.column.wording"),
                words.say("reports.coverage.column.rules"), words.say("reports.coverage.column.constitutional"),
                words.say("reports.coverage.column.unconstitutional"), words.say("reports.coverage.column.undetermined"),
                words.say("reports.coverage.column.also-considered"));
        for (Coverage.Row row : coverage.rows()) {
            out.printf("%-16s %-40s %5d %15d %17d %13d %16d%n", row.provision(), row.edition().name(), row.rules(),
                    row.decisive(Verdict.CONSTITUTIONAL), row.decisive(Verdict.UNCONSTITUTIONAL), row.decisive(Verdict.UNDETERMINED),
                    row.alsoConsidered());
        }
        out.println();
        out.println(words.say("reports.coverage.summary", "wordings", coverage.rows().size(),
                "provisions", coverage.rows().stream().map(Coverage.Row::provision).distinct().count(), "rules", engine.get().catalogue().size(),
                "checks", run.results().size()));
        if (!coverage.unfired().isEmpty()) {
            out.println(words.say("reports.coverage.unfired", "n", coverage.unfired().size()));
            for (Citation c : coverage.unfired()) {
                out.println("  " + c.provision() + " (" + c.edition().name() + ", " + c.inForce() + "): " + words.summary(c));
            }
        }
        if (!run.errors().isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        return coverage.unfired().isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
