package kz.atazan.cli;

import java.nio.file.Path;
import kz.atazan.engine.Engine;
import kz.atazan.engine.OfficialTexts;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.RuleProblems;
import picocli.CommandLine.Option;

/** Where the rules come from: the model compiled into the build, or a folder compiled now. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Compile the rules in DIR now instead of using the rules built into Atazan"
                    + " (slower; for maintainers trying an edit without rebuilding).")
    Path folder;

    @Option(names = "--texts", paramLabel = "DIR", hidden = true,
            description = "With --rules, check every quote against the official texts in DIR.")
    Path texts;

    Engine engine() throws RuleProblems {
        if (folder == null) {
            return new Engine(RuleBase.builtIn());
        }
        return new Engine(RuleBase.compile(folder, texts == null ? null : OfficialTexts.load(texts)));
    }
}
