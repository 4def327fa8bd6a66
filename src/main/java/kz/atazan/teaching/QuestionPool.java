package kz.atazan.teaching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.atazan.engine.Workspace;
import kz.atazan.model.Action;
import kz.atazan.scenario.Check;
import kz.atazan.scenario.InputError;
import kz.atazan.scenario.Scenario;
import kz.atazan.scenario.ScenarioReader;
import kz.atazan.scenario.ScenarioRunner;

/**
 * The actions questions are drawn from: every scenario's action on every date its checks cover.
 * The scenario files give the actions and dates teachers chose; their expected verdicts are never
 * used (the engine answers).
 *
 * @param topic the folder of the scenario file (president, senate, contrasts, ...)
 * @param scenario the file and scenario id, to spread a sheet over many scenarios
 */
public record QuestionPool(List<Candidate> candidates, List<InputError> errors) {

    public record Candidate(String topic, String scenario, Action action) {}

    public QuestionPool {
        candidates = List.copyOf(candidates);
        errors = List.copyOf(errors);
    }

    public static QuestionPool read(List<Path> paths) {
        List<Candidate> candidates = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Set<Action> seen = new LinkedHashSet<>();
        for (Path root : paths) {
            if (!Files.exists(root)) {
                errors.add(new InputError(Workspace.shown(root), 0, kz.atazan.scenario.InputMessages.noSuchPath()));
                continue;
            }
            for (Path file : ScenarioRunner.scenarioFiles(root)) {
                ScenarioReader.Reading reading = ScenarioReader.read(file, Workspace.shown(file));
                errors.addAll(reading.errors());
                String topic = file.getParent() == null ? "" : file.getParent().getFileName().toString();
                for (Scenario s : reading.file().scenarios()) {
                    for (Check check : s.checks()) {
                        Action action = s.actionOn(check.date());
                        if (seen.add(action)) {
                            candidates.add(new Candidate(topic, Workspace.shown(file) + "#" + s.id(), action));
                        }
                    }
                }
            }
        }
        return new QuestionPool(candidates, errors);
    }

    /** Every topic a sheet can be asked on: the scenario folders. */
    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        candidates.forEach(c -> topics.add(c.topic()));
        return topics;
    }
}
