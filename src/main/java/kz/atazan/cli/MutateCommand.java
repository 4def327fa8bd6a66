package kz.atazan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.audit.EquivalentMutants;
import kz.atazan.audit.MutationTesting;
import kz.atazan.audit.MutationText;
import kz.atazan.audit.Mutants;
import kz.atazan.engine.Engine;
import kz.atazan.engine.OfficialTexts;
import kz.atazan.engine.RuleCompiler;
import kz.atazan.engine.RuleProblems;
import kz.atazan.scenario.InputError;
import kz.atazan.scenario.ScenarioFile;
import kz.atazan.scenario.ScenarioRunner;
import kz.atazan.text.Words;
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
            err.println("atazan mutate: " + Words.in(main.language()).say("cli.rules-broken", "n", e.problems().size()));
            e.problems().forEach(p -> err.println("  " + p.in(main.language())));
            return ExitCode.RULES_BROKEN;
        } catch (IOException | IllegalStateException e) {
            err.println("atazan mutate: " + Words.in(main.language()).say("tools.mutate.unreadable", "detail", String.valueOf(e.getMessage())));
            return ExitCode.BAD_INPUT;
        }
        ScenarioRunner.Loaded loaded = ScenarioRunner.read(scenarios.paths, file -> { });
        List<ScenarioFile> files = loaded.files();
        List<InputError> errors = loaded.errors();
        errors.forEach(e -> err.println(e.in(main.language())));
        OfficialTexts texts = java.nio.file.Files.isDirectory(OfficialTexts.DEFAULT_FOLDER) ? OfficialTexts.load(OfficialTexts.DEFAULT_FOLDER) : null;
        MutationTesting.Report report = MutationTesting.run(engine.get(), mutants, files, equivalent, texts);

        MutationText.lines(report, mutants, engine.get().catalogue().size(), main.language()).forEach(out::println);
        if (!errors.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        return report.survivors().isEmpty() && report.wronglyRecorded().isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
