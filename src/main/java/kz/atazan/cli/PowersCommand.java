package kz.atazan.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.engine.Engine;
import kz.atazan.teaching.PowerDiff;
import kz.atazan.teaching.PowerHtml;
import kz.atazan.teaching.PowerMap;
import kz.atazan.teaching.PowerMarkdown;
import kz.atazan.teaching.PowerSurvey;
import kz.atazan.teaching.PowerText;
import kz.atazan.text.Words;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "powers", mixinStandardHelpOptions = true, sortOptions = false)
final class PowersCommand implements Callable<Integer> {

    enum Format { TEXT, MARKDOWN, HTML }

    static final class When {
        @Option(names = "--on", required = true, paramLabel = "DATE", descriptionKey = "powers.on")
        String on;

        @Option(names = "--diff", arity = "2", required = true, paramLabel = "DATE", descriptionKey = "powers.diff")
        List<String> diff;
    }

    @ParentCommand
    Main main;

    @Mixin
    RulesOption rules;

    @ArgGroup(exclusive = true, multiplicity = "1")
    When when;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "powers.format")
    Format format = Format.TEXT;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        List<String> problems = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        if (when.on != null) {
            dates.add(DateOption.parse("--on", when.on, problems, main.language()));
        } else {
            when.diff.forEach(d -> dates.add(DateOption.parse("--diff", d, problems, main.language())));
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("atazan powers: " + p));
            return ExitCode.BAD_INPUT;
        }
        Optional<Engine> engine = rules.engine(err);
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        PowerSurvey survey = new PowerSurvey(engine.get());
        Words words = Words.in(main.language());
        if (dates.size() == 1) {
            PowerMap map = survey.on(dates.get(0));
            switch (format) {
                case MARKDOWN -> out.print(PowerMarkdown.of(map, words));
                case HTML -> out.print(PowerHtml.of(map, words));
                default -> PowerText.of(map, words).forEach(out::println);
            }
        } else {
            PowerDiff diff = survey.diff(dates.get(0), dates.get(1));
            switch (format) {
                case MARKDOWN -> out.print(PowerMarkdown.of(diff, words));
                case HTML -> out.print(PowerHtml.of(diff, words));
                default -> PowerText.of(diff, words).forEach(out::println);
            }
        }
        return ExitCode.OK;
    }
}
