package kz.atazan.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import kz.atazan.audit.DecisionSpace;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.RuleProblems;
import kz.atazan.teaching.PowerSurvey;

/**
 * The build step, after the rules are compiled, that surveys them for the triples the runs need
 * and writes them beside the compiled rules (see {@link kz.atazan.engine.SurveyedAtBuild}): the
 * triples some rule speaks to (the decision space, the web form's choices) and the circumstances and
 * facts about the person each one's rules read, those the power map shows, and the circumstances
 * and facts that may give or bar each power. A run then reads them instead of asking Drools about
 * every candidate action again.
 *
 * <p>Argument: the class output folder (holding the rules just compiled).
 */
public final class SurveysAtBuild {

    private SurveysAtBuild() {}

    public static void main(String[] args) throws IOException, RuleProblems {
        if (args.length != 1) {
            System.err.println("usage: SurveysAtBuild CLASSES_DIR");
            System.exit(2);
        }
        Engine engine = new Engine(RuleBase.builtIn());
        write(Path.of(args[0]), DecisionSpace.SURVEYED, engine, DecisionSpace::surveyed, "actor-act-target triples some rule speaks to");
        write(Path.of(args[0]), DecisionSpace.FACTS_READ, engine, DecisionSpace::factsRead, "triples whose rules read a circumstance or a fact about the person");
        write(Path.of(args[0]), PowerSurvey.SURVEYED, engine, PowerSurvey::surveyed, "actor-act-target triples for the power map");
        write(Path.of(args[0]), PowerSurvey.VARIED, engine, PowerSurvey::varied, "triples of the power map with the circumstances and facts that may give or bar their powers");
    }

    private static void write(Path classes, String name, Engine engine, Function<Engine, String> survey, String what) throws IOException {
        Path file = classes.resolve(name);
        Files.createDirectories(file.getParent());
        String surveyed = survey.apply(engine);
        Files.writeString(file, surveyed);
        System.out.println("[atazan] surveyed " + (surveyed.lines().count() - 1) + " " + what);
    }
}
