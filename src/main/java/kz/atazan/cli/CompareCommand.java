package kz.atazan.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.engine.Engine;
import kz.atazan.model.Action;
import kz.atazan.teaching.Comparison;
import kz.atazan.teaching.ComparisonJson;
import kz.atazan.teaching.ComparisonText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false)
final class CompareCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @ParentCommand
    Main main;

    @Mixin
    RulesOption rules;

    @Option(names = "--on", required = true, split = ",", paramLabel = "DATE", descriptionKey = "compare.on")
    List<String> on = new ArrayList<>();

    @Mixin
    ActionOptions action;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "option.format.answer")
    Format format = Format.TEXT;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        List<String> problems = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (String d : on) {
            Optional.ofNullable(DateOption.parse("--on", d, problems, main.language())).ifPresent(dates::add);
        }
        // too few dates only when each was a date: a date misspelt is the one thing to say
        if (problems.isEmpty() && dates.stream().distinct().count() < 2) {
            problems.add(kz.atazan.text.Words.in(main.language()).say("cli.compare.two-dates"));
        }
        Optional<Action> stated = action.action(dates.isEmpty() ? null : dates.get(0), problems, main.language());
        if (!problems.isEmpty() || stated.isEmpty()) {
            problems.forEach(p -> err.println("atazan compare: " + p));
            return ExitCode.BAD_INPUT;
        }
        Optional<Engine> engine = rules.engine(err);
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        Comparison comparison = Comparison.of(engine.get(), stated.get(), dates);
        if (format == Format.JSON) {
            out.println(ComparisonJson.of(comparison, main.language()));
        } else {
            ComparisonText.lines(comparison, main.language()).forEach(out::println);
        }
        return ExitCode.OK;
    }
}
