package kz.atazan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import kz.atazan.engine.Engine;
import kz.atazan.engine.OfficialTexts;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.RuleProblems;
import picocli.CommandLine.Option;

/** Where the rules come from: the model compiled into the build, or a folder compiled now. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            descriptionKey = "option.rules")
    Path folder;

    @Option(names = "--texts", paramLabel = "DIR", hidden = true,
            descriptionKey = "option.texts")
    Path texts;

    /** The engine on these rules, or empty after reporting every problem with its file and line. */
    Optional<Engine> engine(PrintStream err) {
        try {
            RuleBase rules = folder == null ? RuleBase.builtIn() : RuleBase.compile(folder, texts == null ? null : OfficialTexts.load(texts));
            return Optional.of(new Engine(rules));
        } catch (RuleProblems e) {
            err.println("atazan: the rules could not be loaded (" + e.problems().size() + " problem(s)):");
            e.problems().forEach(p -> err.println("  " + p));
            return Optional.empty();
        }
    }
}
