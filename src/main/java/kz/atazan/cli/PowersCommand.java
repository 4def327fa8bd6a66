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
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "powers", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The power map: who may appoint, nominate, consent to, elect, dismiss, recall, remove, dissolve or "
            + "overrule whom on a date, on which terms and provisions; or what changed between two dates, each change "
            + "tied to the amendment that made it.",
        footer = {"", "Examples:",
            "  atazan powers --on 2023-05-01",
            "  atazan powers --diff 2021-05-01 2023-05-01 --format html > powers.html"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:invalid input: a bad date", "3:the rules could not be loaded"})
final class PowersCommand implements Callable<Integer> {

    enum Format { TEXT, MARKDOWN, HTML }

    static final class When {
        @Option(names = "--on", required = true, paramLabel = "DATE", description = "The date of the map, YYYY-MM-DD or DD.MM.YYYY.")
        String on;

        @Option(names = "--diff", arity = "2", required = true, paramLabel = "DATE", description = "Two dates: what changed from the first to the second.")
        List<String> diff;
    }

    @ParentCommand
    Main main;

    @Mixin
    RulesOption rules;

    @ArgGroup(exclusive = true, multiplicity = "1")
    When when;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), markdown or html (a self-contained page).")
    Format format = Format.TEXT;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        List<String> problems = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        if (when.on != null) {
            dates.add(DateOption.parse("--on", when.on, problems));
        } else {
            when.diff.forEach(d -> dates.add(DateOption.parse("--diff", d, problems)));
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
        if (dates.size() == 1) {
            PowerMap map = survey.on(dates.get(0));
            switch (format) {
                case MARKDOWN -> out.print(PowerMarkdown.of(map));
                case HTML -> out.print(PowerHtml.of(map));
                default -> PowerText.of(map).forEach(out::println);
            }
        } else {
            PowerDiff diff = survey.diff(dates.get(0), dates.get(1));
            switch (format) {
                case MARKDOWN -> out.print(PowerMarkdown.of(diff));
                case HTML -> out.print(PowerHtml.of(diff));
                default -> PowerText.of(diff).forEach(out::println);
            }
        }
        return ExitCode.OK;
    }
}
