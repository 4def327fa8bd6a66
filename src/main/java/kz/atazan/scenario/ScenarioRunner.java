package kz.atazan.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kz.atazan.engine.Engine;
import kz.atazan.engine.Workspace;
import kz.atazan.model.Judgment;
import kz.atazan.model.Cite;

/** Finds scenario files, reads them and runs every check against the engine. */
public final class ScenarioRunner {

    private final Engine engine;

    public ScenarioRunner(Engine engine) {
        this.engine = engine;
    }

    /**
     * Runs every scenario file under the paths. A path that does not exist, or a file that cannot be
     * read, is an input error; every other file still runs.
     *
     * @param progress told the path of each file as it starts
     */
    public RunResult run(List<Path> paths, Consumer<String> progress) {
        Loaded loaded = read(paths, progress);
        List<CheckResult> results = new ArrayList<>();
        loaded.files().forEach(file -> results.addAll(run(file)));
        return new RunResult(results, loaded.errors());
    }

    /** The scenario files under the paths, read, with every problem found; a path that does not exist is one. */
    public static Loaded read(List<Path> paths, Consumer<String> progress) {
        List<ScenarioFile> files = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                errors.add(new InputError(Workspace.shown(path), 0, InputMessages.noSuchPath()));
                continue;
            }
            List<Path> found = scenarioFiles(path);
            if (found.isEmpty()) {
                errors.add(new InputError(Workspace.shown(path), 0, InputMessages.noScenarioFiles()));
            }
            for (Path file : found) {
                progress.accept(Workspace.shown(file));
                ScenarioReader.Reading reading = ScenarioReader.read(file, Workspace.shown(file));
                files.add(reading.file());
                errors.addAll(reading.errors());
            }
        }
        return new Loaded(files, errors);
    }

    /** Scenario files as read, and the problems found reading them. */
    public record Loaded(List<ScenarioFile> files, List<InputError> errors) {}

    public List<CheckResult> run(ScenarioFile file) {
        List<CheckResult> results = new ArrayList<>();
        for (Scenario scenario : file.scenarios()) {
            for (Check check : scenario.checks()) {
                results.add(check(engine, file.path(), scenario, check));
            }
        }
        return results;
    }

    /** One check against an engine: its verdict and the expected citations its reasons lack. */
    public static CheckResult check(Engine engine, String file, Scenario scenario, Check check) {
        return result(file, scenario, check, engine.judge(scenario.actionOn(check.date())));
    }

    /** One check against a judgment of its action: the verdict, and the expected citations its reasons lack. */
    public static CheckResult result(String file, Scenario scenario, Check check, Judgment judgment) {
        List<Cite> missing = check.cites().stream().filter(p -> !judgment.cites(p)).toList();
        return new CheckResult(file, scenario, check, judgment, missing);
    }

    /** The scenario files under a path, in a stable order: the path itself if it is a file. */
    public static List<Path> scenarioFiles(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }
}
