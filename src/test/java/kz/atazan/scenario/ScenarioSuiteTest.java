package kz.atazan.scenario;

import kz.atazan.model.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every check of every scenario file under scenarios/ as its own test, named after the file and
 * the scenario. A file that cannot be read fails with each problem and its line.
 */
class ScenarioSuiteTest {

    private static final Path SCENARIOS = Path.of("scenarios");
    private static ScenarioRunner runner;

    @BeforeAll
    static void loadRules() throws Exception {
        runner = new ScenarioRunner(new Engine(RuleBase.builtIn()));
    }

    @TestFactory
    Stream<DynamicNode> everyScenarioCheck() {
        List<Path> files = ScenarioRunner.scenarioFiles(SCENARIOS);
        assertTrue(files.size() > 10, "expected the project's scenario files under " + SCENARIOS.toAbsolutePath());
        return files.stream().map(this::fileTests);
    }

    private DynamicNode fileTests(Path path) {
        ScenarioReader.Reading reading = ScenarioReader.read(path, path.toString());
        List<DynamicNode> tests = new ArrayList<>();
        if (!reading.errors().isEmpty()) {
            String problems = reading.errors().stream().map(Object::toString).collect(Collectors.joining("\n"));
            tests.add(DynamicTest.dynamicTest("the file is valid", () -> fail(problems)));
        }
        for (CheckResult result : runner.run(reading.file())) {
            String name = result.scenario().id() + " on " + result.check().date() + " is " + result.check().expected();
            tests.add(DynamicTest.dynamicTest(name, path.toUri(), () -> assertPassed(result)));
        }
        return DynamicContainer.dynamicContainer(path.toString(), path.toUri(), tests.stream());
    }

    private static void assertPassed(CheckResult result) {
        String why = String.join("\n", JudgmentText.reasons(result.judgment(), "  ", Language.EN));
        assertEquals(result.check().expected(), result.judgment().verdict(),
                () -> result.file() + ":" + result.check().line() + " " + JudgmentText.action(result.judgment().action(), Language.EN) + "\n" + why);
        assertTrue(result.missingCites().isEmpty(),
                () -> result.file() + ":" + result.check().line() + " the reasons do not cite " + result.missingCites() + "\n" + why);
    }
}
