package kz.atazan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import kz.atazan.engine.Engine;
import kz.atazan.engine.OfficialTexts;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.RuleProblems;
import kz.atazan.model.Language;
import kz.atazan.text.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where the rules come from: the model compiled into the build, or a folder compiled now. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            descriptionKey = "option.rules")
    Path folder;

    @Option(names = "--texts", paramLabel = "DIR", hidden = true,
            descriptionKey = "option.texts")
    Path texts;

    /** The command this option is mixed into: its root, the {@code atazan} command, knows the language. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private Language language() {
        return command != null && command.root().userObject() instanceof Main main ? main.language() : Language.EN;
    }

    /** Whether the rules are the ones compiled into the build (no folder given). */
    boolean builtIn() {
        return folder == null;
    }

    /** The engine on these rules, or empty after reporting every problem with its file and line. */
    Optional<Engine> engine(PrintStream err) {
        try {
            return Optional.of(builtIn() ? BuiltInRules.engine()
                    : new Engine(RuleBase.compile(folder, texts == null ? null : OfficialTexts.load(texts))));
        } catch (RuleProblems e) {
            err.println("atazan: " + Messages.of(language()).format("cli.rules-broken", "n", e.problems().size()));
            e.problems().forEach(p -> err.println("  " + p.in(language())));
            return Optional.empty();
        }
    }
}
