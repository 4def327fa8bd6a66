package kz.atazan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed JSON Schema is the one the field tables give today, every scenario file names it
 * in its first line and validates against it (networknt's validator; each error mapped back to
 * its line), and it refuses what the reader refuses for a reason a schema can state.
 */
class ScenarioSchemaTest {

    private static Schema schema;

    @BeforeAll
    static void loadTheCommittedSchema() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(Files.readString(Path.of(ScenarioSchema.PATH), StandardCharsets.UTF_8));
    }

    @Test
    void theCommittedSchemaIsTheOneTheFieldTablesGive() throws IOException {
        assertEquals(ScenarioSchema.text(), Files.readString(Path.of(ScenarioSchema.PATH), StandardCharsets.UTF_8),
                "schema/scenario.schema.json is stale: run './atazan schema --out " + ScenarioSchema.PATH + "'");
    }

    @Test
    void theSchemaNamesEveryActorActTargetAndCircumstanceWithItsMeaning() throws IOException {
        JsonNode definitions = ScenarioSchema.schema().get("definitions");
        for (String list : List.of("actors", "acts", "targets", "circumstances", "verdicts")) {
            JsonNode names = definitions.get(list);
            assertTrue(names.get("enum").size() > 2, list);
            assertEquals(names.get("enum").size(), names.get("enumDescriptions").size(), list);
        }
        assertTrue(definitions.get("acts").get("enum").toString().contains("\"dismiss\""));
        assertTrue(definitions.get("action").get("properties").get("consents").get("description").asText().contains("consent"));
    }

    /** The schema's errors for a YAML file, each as "line: message". */
    static List<String> errors(Path file) throws IOException {
        LocatedYaml yaml;
        try {
            yaml = LocatedYaml.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (LocatedYaml.Unreadable e) {
            return List.of(e.line() + ": " + e.getMessage());
        }
        return schema.validate(yaml.root()).stream().map(e -> lineOf(yaml, e) + ": " + e.getMessage()).toList();
    }

    /** The line of the value an error is about: its path walked through the tree as read. */
    static int lineOf(LocatedYaml yaml, Error error) {
        NodePath path = error.getInstanceLocation();
        JsonNode node = yaml.root();
        int line = 1;
        for (int i = 0; i < path.getNameCount() && node != null; i++) {
            Object step = path.getElement(i);
            if (step instanceof Integer index && node.isArray()) {
                line = yaml.lineOf(node, index);
                node = node.get(index);
            } else if (node.isObject()) {
                line = yaml.lineOf(node, String.valueOf(step));
                node = node.get(String.valueOf(step));
            }
        }
        return line;
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioFileNamesTheSchemaAndValidatesAgainstIt() {
        return ScenarioRunner.scenarioFiles(Path.of("scenarios")).stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
            assertEquals(ScenarioSchema.MODELINE_PREFIX + "../../" + ScenarioSchema.PATH, first, "the first line names the schema");
            assertEquals(List.of(), errors(file));
        }));
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefusesAtTheSameLine() throws IOException {
        Path cases = MalformedInputsTest.CASES;
        for (String broken : List.of("unknown-names/actor.yaml", "unknown-names/action-field.yaml", "wrong-types/candidates-zero.yaml",
                "numbers-for-names/act.yaml", "missing-fields/no-target.yaml", "unknown-names/votes-body.yaml",
                "wrong-types/appointee-partyMember-string.yaml", "duplicates/id-upper-case.yaml", "dates/slashes.yaml")) {
            Path file = cases.resolve(broken);
            int line = ScenarioReader.read(file, broken).errors().get(0).line();
            List<String> errors = errors(file);
            assertFalse(errors.isEmpty(), broken + " passes the schema");
            assertTrue(errors.stream().anyMatch(e -> e.startsWith(line + ": ")), broken + ": expected an error on line " + line + ", got " + errors);
        }
    }
}
