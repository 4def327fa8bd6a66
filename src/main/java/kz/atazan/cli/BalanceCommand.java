package kz.atazan.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.balance.Balance;
import kz.atazan.balance.BalanceCsv;
import kz.atazan.balance.BalanceHtml;
import kz.atazan.balance.BalanceJson;
import kz.atazan.balance.BalanceSvg;
import kz.atazan.balance.BalanceText;
import kz.atazan.engine.Engine;
import kz.atazan.text.Messages;
import kz.atazan.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "balance", mixinStandardHelpOptions = true, sortOptions = false)
final class BalanceCommand implements Callable<Integer> {

    enum Format { TEXT, CSV, JSON, HTML, SVG }

    @ParentCommand
    Main main;

    @Mixin
    RulesOption rules;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "balance.from")
    String from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "balance.to")
    String to;

    @Option(names = "--on", paramLabel = "DATE", descriptionKey = "balance.on")
    List<String> on = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            descriptionKey = "balance.format")
    Format format = Format.TEXT;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        PrintStream err = main.streams().err();
        Words words = Words.in(main.language());
        List<String> problems = new ArrayList<>();
        LocalDate first = from == null ? LocalDate.MIN : DateOption.parse("--from", from, problems, main.language());
        LocalDate last = to == null ? LocalDate.MAX : DateOption.parse("--to", to, problems, main.language());
        List<LocalDate> days = new ArrayList<>();
        on.forEach(d -> days.add(DateOption.parse("--on", d, problems, main.language())));
        if (problems.isEmpty() && !days.isEmpty() && (from != null || to != null)) {
            problems.add(words.say("cli.balance.days-or-range"));
        }
        if (problems.isEmpty() && last.isBefore(first)) {
            problems.add(words.say("cli.to-before-from", "to", last.toString(), "from", first.toString()));
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("atazan balance: " + p));
            return ExitCode.BAD_INPUT;
        }
        Optional<Engine> engine = rules.engine(err);
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        Balance balance = days.isEmpty() ? Balance.of(engine.get(), first, last) : Balance.onDays(engine.get(), days);
        if (balance.periods().isEmpty() || balance.periods().size() < days.size()) {
            String bounds = !days.isEmpty() ? "days" : from != null && to == null ? "from" : from == null && to != null ? "to" : "both";
            err.println("atazan balance: " + words.say("cli.balance.no-period", "bounds", bounds, "from", first.toString(), "to", last.toString(),
                    "first", engine.get().catalogue().modelled().from().toString()));
            return ExitCode.BAD_INPUT;
        }
        Messages m = Messages.of(main.language());
        switch (format) {
            case CSV -> out.print(BalanceCsv.of(balance));
            case JSON -> out.print(BalanceJson.of(balance));
            case HTML -> out.print(BalanceHtml.of(balance, m));
            case SVG -> out.print(days.isEmpty() ? BalanceSvg.overTime(balance, m) : BalanceSvg.compare(balance.periods(), days, m));
            default -> BalanceText.of(balance, m).forEach(out::println);
        }
        return ExitCode.OK;
    }
}
