package kz.atazan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.atazan.audit.DiffReport;
import kz.atazan.audit.RuleVersion;
import kz.atazan.audit.VerdictDiff;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.RuleProblems;
import kz.atazan.scenario.InputError;
import kz.atazan.scenario.ScenarioFile;
import kz.atazan.scenario.ScenarioRunner;
import kz.atazan.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {

    enum Format { TEXT, JSON, MARKDOWN }

    @ParentCommand
    Main main;

    @Option(names = "--base", required = true, paramLabel = "REV_OR_DIR", descriptionKey = "diff.base")
    String base;

    @Option(names = "--head", paramLabel = "REV_OR_DIR", descriptionKey = "diff.head")
    String head = "rules";

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "diff.format")
    Format format = Format.TEXT;

    @Option(names = "--scenarios-only", descriptionKey = "diff.scenarios-only")
    boolean scenariosOnly;

    @Mixin
    ScenarioPaths scenarios;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        Words words = Words.in(main.language());
        Engine before;
        Engine after;
        String resolving = base;
        try {
            Path baseRules = RuleVersion.resolve(base);
            resolving = head;
            Path headRules = RuleVersion.resolve(head);
            before = new Engine(RuleBase.of(baseRules));
            // the same files need not be compiled twice
            after = RuleBase.fingerprint(baseRules).equals(RuleBase.fingerprint(headRules)) ? before : new Engine(RuleBase.of(headRules));
        } catch (IOException e) {
            err.println("atazan diff: " + words.say("tools.diff.no-version", "version", resolving, "detail", String.valueOf(e.getMessage())));
            return ExitCode.BAD_INPUT;
        } catch (RuleProblems e) {
            err.println("atazan diff: " + words.say("cli.diff.rules-broken", "n", e.problems().size()));
            e.problems().forEach(p -> err.println("  " + p.in(main.language())));
            return ExitCode.RULES_BROKEN;
        }
        ScenarioRunner.Loaded loaded = ScenarioRunner.read(scenarios.paths, file -> { });
        List<ScenarioFile> files = loaded.files();
        List<InputError> errors = loaded.errors();
        errors.forEach(e -> err.println(e.in(main.language())));
        VerdictDiff.Report report = VerdictDiff.of(before, after, files, !scenariosOnly);
        out.print(switch (format) {
            case TEXT -> DiffReport.text(report, base, head, main.language());
            case JSON -> DiffReport.json(report, base, head);
            case MARKDOWN -> DiffReport.markdown(report, base, head, main.language());
        });
        if (!errors.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        return report.same() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
