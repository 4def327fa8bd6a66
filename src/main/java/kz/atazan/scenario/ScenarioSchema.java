package kz.atazan.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import kz.atazan.model.ActionField;
import kz.atazan.model.NameList;
import kz.atazan.model.Named;
import kz.atazan.model.PersonField;
import kz.atazan.scenario.ScenarioField.Level;

/**
 * The JSON Schema (draft-07, the draft editors' YAML support reads) of a scenario file, derived
 * from the field tables and the vocabulary: every field with its meaning, every name with its
 * meaning ({@code enumDescriptions}, which editors show while completing), and the limits. The
 * schema states the names as written canonically; the reader also accepts upper case and '_'.
 * Committed as {@code schema/scenario.schema.json}; {@code atazan schema} writes it.
 */
public final class ScenarioSchema {

    /** Where the project keeps the schema, and what a scenario file's first line says to name it. */
    public static final String PATH = "schema/scenario.schema.json";
    public static final String MODELINE_PREFIX = "# yaml-language-server: $schema=";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioSchema() {}

    /** The schema as text, two-space indented, ending in a newline. */
    public static String text() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schema()) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode schema() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", "Atazan scenario file");
        root.put("description", "Scenarios for Atazan: an action (who does what to whom, with the facts stated) and the verdict"
                + " expected on each date. Limits: " + InputLimits.FILE_BYTES + " bytes a file, " + InputLimits.SCENARIOS
                + " scenarios a file, " + InputLimits.CHECKS + " checks a scenario, dates from " + InputLimits.FIRST_DAY + " to "
                + InputLimits.LAST_DAY + ". Names are written in lower-kebab-case ('atazan vocabulary' lists them).");
        root.put("type", "object");
        root.set("required", array("scenarios"));
        root.put("additionalProperties", false);
        ObjectNode properties = root.putObject("properties");
        properties.set("title", described(ScenarioField.FILE_TITLE, string()));
        ObjectNode scenarios = described(ScenarioField.SCENARIOS, NODES.objectNode().put("type", "array"));
        scenarios.put("minItems", 1).put("maxItems", InputLimits.SCENARIOS);
        scenarios.set("items", ref("scenario"));
        properties.set("scenarios", scenarios);

        ObjectNode definitions = root.putObject("definitions");
        definitions.set("scenario", scenario());
        definitions.set("action", action());
        definitions.set("appointee", appointee());
        definitions.set("check", check());
        definitions.set("tally", tally());
        definitions.set("turnout", turnout());
        for (NameList list : NameList.values()) {
            definitions.set(name(list), names(list));
        }
        return root;
    }

    private static ObjectNode scenario() {
        ObjectNode scenario = object("a scenario: one action and the verdicts expected for it", "id", "action", "expect");
        ObjectNode properties = (ObjectNode) scenario.get("properties");
        properties.set("id", described(ScenarioField.ID, string().put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$")));
        properties.set("title", described(ScenarioField.TITLE, string()));
        properties.set("action", described(ScenarioField.ACTION, wrapped(ref("action"))));
        ObjectNode expect = described(ScenarioField.EXPECT, NODES.objectNode().put("type", "array"));
        expect.put("minItems", 1).put("maxItems", InputLimits.CHECKS);
        expect.set("items", ref("check"));
        properties.set("expect", expect);
        return scenario;
    }

    private static ObjectNode action() {
        ObjectNode action = object("an exercise of power (scenario contract §1.1)",
                java.util.Arrays.stream(ActionField.values()).filter(ActionField::required).map(ActionField::key).toArray(String[]::new));
        ObjectNode properties = (ObjectNode) action.get("properties");
        for (ActionField field : ActionField.values()) {
            ObjectNode value = switch (field.shape()) {
                case NAME -> wrapped(ref(name(field.names())));
                case NAMES -> {
                    ObjectNode list = NODES.objectNode().put("type", "array").put("uniqueItems", true);
                    list.set("items", ref(name(field.names())));
                    yield anyOf(ref(name(field.names())), list);
                }
                case COUNT -> NODES.objectNode().put("type", "integer").put("minimum", 1).put("maximum", ActionField.MOST_CANDIDATES);
                case TALLY -> wrapped(ref(field == ActionField.TURNOUT ? "turnout" : "tally"));
                case VOTES -> {
                    ObjectNode each = NODES.objectNode().put("type", "object").put("minProperties", 1);
                    each.set("propertyNames", ref(name(NameList.VOTING_BODIES)));
                    each.set("additionalProperties", ref("tally"));
                    yield anyOf(ref("tally"), each);
                }
                case PERSON -> wrapped(ref("appointee"));
            };
            value.put("description", field.meaning() + (field.names() == null ? "" : ": " + field.names().expected()));
            properties.set(field.key(), value);
        }
        return action;
    }

    private static ObjectNode appointee() {
        ObjectNode person = object("facts about the person appointed, or acting in person");
        ObjectNode properties = (ObjectNode) person.get("properties");
        for (PersonField field : PersonField.values()) {
            ObjectNode value = field.isCount()
                    ? NODES.objectNode().put("type", "integer").put("minimum", 0).put("maximum", PersonField.MOST_TERMS)
                    : NODES.objectNode().put("type", "boolean");
            properties.set(field.key(), value.put("description", field.meaning()));
        }
        return person;
    }

    private static ObjectNode check() {
        ObjectNode check = object("one check: the verdict the action must get on a date", "date", "verdict");
        ObjectNode properties = (ObjectNode) check.get("properties");
        properties.set("date", described(ScenarioField.DATE,
                string().put("pattern", "^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4})$")));
        properties.set("verdict", described(ScenarioField.VERDICT, wrapped(ref(name(NameList.VERDICTS)))));
        ObjectNode list = NODES.objectNode().put("type", "array");
        list.set("items", string());
        properties.set("cites", described(ScenarioField.CITES, anyOf(string(), list)));
        return check;
    }

    private static ObjectNode tally() {
        ObjectNode tally = object("how many members of a body voted for (or initiated it), out of how many", "for", "of");
        ObjectNode properties = (ObjectNode) tally.get("properties");
        properties.set("for", described(ScenarioField.FOR,
                NODES.objectNode().put("type", "integer").put("minimum", 0).put("maximum", ActionField.MOST_MEMBERS)));
        properties.set("of", described(ScenarioField.OF,
                NODES.objectNode().put("type", "integer").put("minimum", 1).put("maximum", ActionField.MOST_MEMBERS)));
        return tally;
    }

    /** A referendum's turnout: a tally counted in citizens, not members. */
    private static ObjectNode turnout() {
        ObjectNode tally = object("how many citizens took part in the referendum, out of how many were entitled to", "for", "of");
        ObjectNode properties = (ObjectNode) tally.get("properties");
        properties.set("for", described(ScenarioField.FOR,
                NODES.objectNode().put("type", "integer").put("minimum", 0).put("maximum", ActionField.MOST_CITIZENS)));
        properties.set("of", described(ScenarioField.OF,
                NODES.objectNode().put("type", "integer").put("minimum", 1).put("maximum", ActionField.MOST_CITIZENS)));
        return tally;
    }

    /** A list of names: each with its meaning, which editors show while completing. */
    private static ObjectNode names(NameList list) {
        ObjectNode names = NODES.objectNode();
        names.put("description", list.noun() + ": " + list.expected());
        names.put("type", "string");
        ArrayNode values = names.putArray("enum");
        ArrayNode meanings = names.putArray("enumDescriptions");
        for (Named name : list.members()) {
            values.add(name.label());
            meanings.add(name.meaning());
        }
        return names;
    }

    private static String name(NameList list) {
        return list.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ObjectNode object(String description, String... required) {
        ObjectNode object = NODES.objectNode();
        object.put("description", description);
        object.put("type", "object");
        if (required.length > 0) {
            object.set("required", array(required));
        }
        object.put("additionalProperties", false);
        object.putObject("properties");
        return object;
    }

    private static ObjectNode string() {
        return NODES.objectNode().put("type", "string").put("minLength", 1);
    }

    private static ObjectNode ref(String definition) {
        return NODES.objectNode().put("$ref", "#/definitions/" + definition);
    }

    /** A reference wrapped in allOf, so that a description may stand beside it (draft-07 ignores siblings of $ref). */
    private static ObjectNode wrapped(ObjectNode ref) {
        ObjectNode node = NODES.objectNode();
        node.putArray("allOf").add(ref);
        return node;
    }

    private static ObjectNode anyOf(ObjectNode first, ObjectNode second) {
        ObjectNode node = NODES.objectNode();
        node.putArray("anyOf").add(first).add(second);
        return node;
    }

    private static ObjectNode described(ScenarioField field, ObjectNode node) {
        ObjectNode described = NODES.objectNode();
        described.put("description", field.meaning());
        described.setAll(node);
        return described;
    }

    private static ArrayNode array(String... values) {
        ArrayNode array = NODES.arrayNode();
        for (String v : values) {
            array.add(v);
        }
        return array;
    }
}
