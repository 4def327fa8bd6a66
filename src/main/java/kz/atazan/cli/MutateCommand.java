package kz.atazan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import kz.atazan.audit.EquivalentMutants;
import kz.atazan.audit.MutationTesting;
import kz.atazan.audit.Mutants;
import kz.atazan.engine.Engine;
import kz.atazan.engine.OfficialTexts;
import kz.atazan.engine.RuleCompiler;
import kz.atazan.engine.RuleProblems;
import kz.atazan.scenario.InputError;
import kz.atazan.scenario.ScenarioFile;
import kz.atazan.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "mutate", mixinStandardHelpOptions = true)
final class MutateCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    RulesOption rules;

    @Mixin
    ScenarioPaths scenarios;

    @Option(names = "--equivalents", paramLabel = "FILE", descriptionKey = "mutate.equivalents")
    Path equivalents = Path.of("docs", "equivalent-mutants.yaml");

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        Optional<Engine> engine = rules.engine(err);
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        List<Mutants.Mutant> mutants;
        Map<String, String> equivalent;
        try {
            mutants = Mutants.of(RuleCompiler.sources(rules.folder == null ? Path.of("rules") : rules.folder), engine.get().catalogue());
            equivalent = EquivalentMutants.read(equivalents);
        } catch (RuleProblems e) {
            e.problems().forEach(p -> err.println("  " + p));
            return ExitCode.RULES_BROKEN;
        } catch (IOException | IllegalStateException e) {
            err.println("atazan mutate: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        ScenarioRunner.Loaded loaded = ScenarioRunner.read(scenarios.paths, file -> { });
        List<ScenarioFile> files = loaded.files();
        List<InputError> errors = loaded.errors();
        errors.forEach(e -> err.println(e.in(main.language())));
        OfficialTexts texts = java.nio.file.Files.isDirectory(OfficialTexts.DEFAULT_FOLDER) ? OfficialTexts.load(OfficialTexts.DEFAULT_FOLDER) : null;
        MutationTesting.Report report = MutationTesting.run(engine.get(), mutants, files, equivalent, texts);

        Map<Mutants.Kind, Integer> byKind = new TreeMap<>();
        mutants.forEach(m -> byKind.merge(m.kind(), 1, Integer::sum));
        out.println(mutants.size() + " mutants of " + engine.get().catalogue().size() + " rules " + byKind.toString().toLowerCase()
                + ", against " + report.checks() + " scenario checks, in " + report.millis() + " ms");
        for (MutationTesting.Outcome o : report.survivors()) {
            out.println("SURVIVED " + o.mutant().id() + "   (" + o.mutant().citation().reference() + ")");
        }
        for (MutationTesting.Outcome o : report.wronglyRecorded()) {
            out.println("KILLED BUT RECORDED AS EQUIVALENT " + o.mutant().id() + " by "
                    + o.killedBy().map(r -> r.file() + ":" + r.check().line())
                            .orElseGet(() -> "the build: " + o.refusedByTheBuild().orElse("")));
        }
        out.printf("killed %d (%d refused by the build's citation checks, %d by a scenario), equivalent %d, surviving %d:"
                + " mutation score %.1f%%%n", report.killed(), report.refusedByTheBuild(), report.killed() - report.refusedByTheBuild(),
                report.equivalent().size(), report.survivors().size(), 100 * report.score());
        if (!errors.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        return report.survivors().isEmpty() && report.wronglyRecorded().isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
