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
        kz.atazan.text.Words words = kz.atazan.text.Words.in(main.language());
        out.println(words.say("reports.verify.space", "triples", report.triples(), "actions", report.actionsChecked(), "dates", report.dates(),
                "millis", report.millis()));
        report.conflicts().forEach(c -> out.println("CONFLICT " + c));
        report.wordingProblems().forEach(p -> out.println("WORDING  " + p));
        report.uneven().forEach(u -> out.println("UNEVEN   " + u));
        out.println(words.say("reports.verify.summary", "conflicts", report.conflicts().size(), "wordings", report.wordingProblems().size(),
                "uneven", report.uneven().size()));
        return report.clean() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
