package kz.atazan.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.engine.Engine;
import kz.atazan.audit.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", mixinStandardHelpOptions = true)
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
        report.uneven().forEach(u -> out.println("UNEVEN   " + u));
        out.println(report.conflicts().size() + " conflict(s), " + report.wordingProblems().size() + " wording gap(s) or overlap(s), "
                + report.uneven().size() + " body(ies) read two ways");
        return report.clean() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
