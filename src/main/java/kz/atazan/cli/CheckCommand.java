package kz.atazan.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.engine.Engine;
import kz.atazan.model.Action;
import kz.atazan.model.Judgment;
import kz.atazan.scenario.JsonReport;
import kz.atazan.scenario.JudgmentText;
import kz.atazan.teaching.NearestQuestions;
import kz.atazan.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
final class CheckCommand implements Callable<Integer> {

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

    /** The action the options state, or empty after adding each problem to {@code problems}. */
    Optional<Action> stated(List<String> problems) {
        return action.action(day.day(main.today(), problems, main.language()), problems, main.language());
    }

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        List<String> problems = new ArrayList<>();
        Optional<Action> stated = stated(problems);
        if (stated.isEmpty()) {
            problems.forEach(p -> err.println("atazan check: " + p));
            return ExitCode.BAD_INPUT;
        }
        Optional<Engine> engine = rules.engine(err);
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        Judgment judgment = engine.get().judge(stated.get());
        List<Judgment> nearest = NearestQuestions.of(engine.get(), judgment);
        if (format == Format.JSON) {
            out.println(JsonReport.of(judgment, nearest, main.language()));
        } else {
            JudgmentText.lines(judgment, main.language(), day.on == null).forEach(out::println);
            NearestQuestions.lines(judgment, nearest, Words.in(main.language())).forEach(out::println);
        }
        return ExitCode.OK;
    }
}
