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

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "One action on several dates, side by side: the verdicts, and for each change from one date to the "
            + "next the amendment that caused it and the provisions whose wording or in-force window changed. "
            + "The action options are those of 'check'.",
        footer = {"", "Example:",
            "  atazan compare --on 2022-06-07 --on 2022-06-08 --actor president --act dismiss --target akim-of-district"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "2:invalid input: an unknown name, a bad date, or fewer than two dates",
            "3:the rules could not be loaded"})
final class CompareCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @ParentCommand
    Main main;

    @Mixin
    RulesOption rules;

    @Option(names = "--on", required = true, paramLabel = "DATE", description = "A date to compare, YYYY-MM-DD or DD.MM.YYYY (give two or more).")
    List<String> on = new ArrayList<>();

    @Mixin
    ActionOptions action;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.TEXT;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        List<String> problems = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        on.forEach(d -> dates.add(DateOption.parse("--on", d, problems)));
        if (dates.stream().distinct().count() < 2) {
            problems.add("--on: give at least two different dates to compare");
        }
        Optional<Action> stated = action.action(dates.isEmpty() ? null : dates.get(0), problems);
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
