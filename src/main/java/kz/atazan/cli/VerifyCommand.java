package kz.atazan.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.engine.Engine;
import kz.atazan.audit.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the rules over their whole decision space: every actor, act and target a rule speaks to, "
            + "in every combination of the conditions the rules read, on every date that matters. "
            + "Reports any action one rule grants and another denies, and any provision with two wordings "
            + "in force on one day or none between two wordings. (A grant beside an unmet condition, a "
            + "prohibition or an office that did not yet exist is an exception the rules intend, not a conflict.)",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no conflict and no gap", "1:a conflict or a gap was found", "3:the rules could not be loaded"})
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        PrintStream out = main.streams().out();
        Optional<Engine> engine = rules.engine(main.streams().err());
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        Verification.Report report = Verification.of(engine.get());
        out.println("decision space: " + report.triples() + " actor-act-target triples the rules speak to, "
                + report.actionsChecked() + " actions over " + report.dates() + " dates, checked in " + report.millis() + " ms");
        report.conflicts().forEach(c -> out.println("CONFLICT " + c));
        report.wordingProblems().forEach(p -> out.println("WORDING  " + p));
        out.println(report.conflicts().size() + " conflict(s), " + report.wordingProblems().size() + " wording gap(s) or overlap(s)");
        return report.clean() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
