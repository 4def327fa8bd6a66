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

@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false)
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

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "option.format.answer")
    Format format = Format.TEXT;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        List<String> problems = new ArrayList<>();
        Optional<Action> stated = action.action(day.day(main.today(), problems, main.language()), problems, main.language());
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
