package kz.atazan.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.engine.Engine;
import kz.atazan.model.Action;
import kz.atazan.teaching.Explainer;
import kz.atazan.teaching.Explanation;
import kz.atazan.teaching.ExplanationJson;
import kz.atazan.teaching.ExplanationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Explain a verdict as a tree a law student can follow: the power relied on, each condition "
            + "met or missing, each prohibition, the offices on that date, each provision with its official Russian text; "
            + "for an unconstitutional verdict, the smallest change that makes it constitutional, found by asking the engine. "
            + "The options are those of 'check'.",
        footer = {"", "Example:",
            "  atazan explain --actor president --act appoint --target chair-of-national-bank --on 2023-05-01"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:explained (whatever the verdict)", "2:invalid input: an unknown name or a bad date",
            "3:the rules could not be loaded"})
final class ExplainCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @ParentCommand
    Main main;

    @Mixin
    RulesOption rules;

    @Mixin
    ActionOptions action;

    @Mixin
    DayOption day;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.TEXT;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        List<String> problems = new ArrayList<>();
        Optional<Action> stated = action.action(day.day(main.today(), problems), problems);
        if (stated.isEmpty()) {
            problems.forEach(p -> err.println("atazan explain: " + p));
            return ExitCode.BAD_INPUT;
        }
        Optional<Engine> engine = rules.engine(err);
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        Explanation explanation = new Explainer(engine.get()).explain(stated.get());
        if (format == Format.JSON) {
            out.println(ExplanationJson.of(explanation, main.language()));
        } else {
            ExplanationText.lines(explanation, main.language(), true).forEach(out::println);
        }
        return ExitCode.OK;
    }
}
