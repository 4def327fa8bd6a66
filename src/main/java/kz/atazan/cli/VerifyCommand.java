package kz.atazan.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import kz.atazan.audit.Verification;
import kz.atazan.audit.VerificationText;
import kz.atazan.engine.Engine;
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
        Optional<Engine> engine = rules.engine(main.streams().err());
        if (engine.isEmpty()) {
            return ExitCode.RULES_BROKEN;
        }
        Verification.Report report = Verification.of(engine.get());
        VerificationText.lines(report, main.language()).forEach(main.streams().out()::println);
        return report.clean() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}
