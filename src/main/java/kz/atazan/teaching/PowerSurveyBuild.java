package kz.atazan.teaching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.RuleProblems;

/**
 * The build step, after the rules are compiled, that finds the actor-act-target triples the power
 * map surveys and writes them beside the compiled rules, so that {@code powers} reads them instead
 * of asking Drools about every candidate action again on each run.
 *
 * <p>Argument: the class output folder (holding the rules just compiled).
 */
public final class PowerSurveyBuild {

    private PowerSurveyBuild() {}

    public static void main(String[] args) throws IOException, RuleProblems {
        if (args.length != 1) {
            System.err.println("usage: PowerSurveyBuild CLASSES_DIR");
            System.exit(2);
        }
        Path file = Path.of(args[0]).resolve(PowerSurvey.SURVEYED);
        Files.createDirectories(file.getParent());
        String surveyed = PowerSurvey.surveyed(new Engine(RuleBase.builtIn()));
        Files.writeString(file, surveyed);
        System.out.println("[atazan] surveyed " + (surveyed.lines().count() - 1) + " actor-act-target triples for the power map");
    }
}
