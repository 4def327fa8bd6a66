package kz.atazan.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build step that compiles {@code rules/} into the executable model shipped in the jar
 * (run by Maven in the process-classes phase). Exits non-zero with every problem, each with
 * its file and line, so that a broken rule or a rule without its citation fails the build.
 *
 * <p>Arguments: the rules folder, the class output folder, the folder of official texts.
 */
public final class RuleBuild {

    private RuleBuild() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: RuleBuild RULES_DIR CLASSES_DIR OFFICIAL_TEXTS_DIR");
            System.exit(2);
        }
        Path rules = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        try {
            CompiledRules compiled = new RuleCompiler(OfficialTexts.load(Path.of(args[2]))).compile(rules);
            compiled.writeTo(classes);
            Path fingerprint = classes.resolve(RuleBase.FINGERPRINT);
            Files.createDirectories(fingerprint.getParent());
            Files.writeString(fingerprint, RuleBase.fingerprint(rules) + "\n");
            System.out.println("[atazan] compiled " + compiled.declared().size() + " rules from " + rules + " into the executable model");
        } catch (RuleProblems e) {
            System.err.println("[atazan] the rules in " + rules + " have " + e.problems().size() + " problem(s):");
            e.problems().forEach(p -> System.err.println(p));
            System.exit(1);
        }
    }
}
