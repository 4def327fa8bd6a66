package kz.atazan.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kz.atazan.model.ActionField;
import kz.atazan.model.Language;
import kz.atazan.model.Named;
import kz.atazan.model.PersonField;

/**
 * The API described as an OpenAPI 3.1 document, served at {@code /api/openapi.json}. Its
 * parameters are derived from the same field tables the API reads ({@link ActionField},
 * {@link PersonField}), so the description cannot drift from what is accepted.
 */
final class OpenApi {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApi() {}

    static String document() {
        ObjectNode root = NODES.objectNode();
        root.put("openapi", "3.1.0");
        root.putObject("info").put("title", "Atazan").put("version", "1")
                .put("description", "Who may appoint, dismiss, consent to, dissolve or overrule whom under the Constitution of Kazakhstan. "
                        + "Parameters take the names of the command-line options; answers are the documents the command line prints "
                        + "with --format json (English keys and codes, the text in the language asked).");
        ObjectNode paths = root.putObject("paths");
        get(paths, "/api/check", "check", "Is this action constitutional on this day, and why: the document of 'check --format json'.",
                action(true));
        get(paths, "/api/explain", "explain", "The justification tree and, when unconstitutional, the smallest change that makes it "
                + "constitutional (each with the changed question as arguments): the document of 'explain --format json'.", action(true));
        ArrayNode compare = action(false);
        compare.add(parameter("on", "The days to compare (repeat the parameter); with fewer than two, the day each wording took effect.",
                NODES.objectNode().put("type", "array").set("items", date())).put("explode", true));
        get(paths, "/api/compare", "compare", "One action on several days: the document of 'compare --format json'.", compare);
        ArrayNode vocabulary = NODES.arrayNode().add(language());
        for (String field : List.of("actor", "act", "target")) {
            vocabulary.add(parameter(field, "Narrows the other two lists to the combinations some rule speaks to.", string()));
        }
        get(paths, "/api/vocabulary", "vocabulary", "The names of actors, acts and targets in the language asked, narrowed by those chosen.",
                vocabulary);
        get(paths, "/api/powers", "powers", "Every power the rules give on a day: who over whom, on which terms and provisions.",
                NODES.arrayNode().add(language()).add(day()));
        get(paths, "/api/balance", "balance", "The balance-of-powers dataset: the document of 'balance --format json', or its CSV.",
                NODES.arrayNode().add(language()).add(parameter("format", "json (default) or csv.", enumeration(List.of("json", "csv")))));
        ObjectNode run = paths.putObject("/api/run").putObject("post");
        run.put("operationId", "run").put("summary", "Runs the checks of a scenario file sent as the body (read as data, never evaluated): "
                + "the document of 'run --format json', each problem of the file at its line.");
        run.putArray("parameters").add(language());
        run.putObject("requestBody").put("required", true).putObject("content").putObject("application/yaml")
                .putObject("schema").put("type", "string").put("maxLength", WebServer.MOST_BODY_BYTES);
        responses(run);
        return Site.write(root);
    }

    private static void get(ObjectNode paths, String path, String id, String summary, ArrayNode parameters) {
        ObjectNode get = paths.putObject(path).putObject("get");
        get.put("operationId", id).put("summary", summary);
        get.set("parameters", parameters);
        responses(get);
    }

    private static void responses(ObjectNode operation) {
        ObjectNode responses = operation.putObject("responses");
        responses.putObject("200").put("description", "The answer.").putObject("content").putObject("application/json")
                .putObject("schema").put("type", "object");
        responses.putObject("400").put("description", "A bad parameter: each problem named by its parameter, with the closest valid name.")
                .putObject("content").putObject("application/json").set("schema", problems());
    }

    private static ObjectNode problems() {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        schema.putArray("required").add("error").add("problems");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("error").put("type", "string");
        ObjectNode problem = properties.putObject("problems").put("type", "array").putObject("items").put("type", "object");
        problem.putObject("properties").set("parameter", string());
        ((ObjectNode) problem.get("properties")).set("message", string());
        return schema;
    }

    /** The parameters that state an action: one for each field of the field tables, the day and the language. */
    private static ArrayNode action(boolean withDay) {
        ArrayNode parameters = NODES.arrayNode().add(language());
        if (withDay) {
            parameters.add(day());
        }
        for (ActionField field : ActionField.values()) {
            if (field.option() == null) {
                continue;
            }
            ObjectNode schema = switch (field.shape()) {
                case NAME -> names(field.names().members());
                case NAMES -> NODES.objectNode().put("type", "array").set("items", names(field.names().members()));
                case COUNT -> NODES.objectNode().put("type", "integer").put("minimum", 1).put("maximum", ActionField.MOST_CANDIDATES);
                case TALLY -> string().put("pattern", "^\\d+/\\d+$");
                case VOTES -> NODES.objectNode().put("type", "array").set("items", string().put("pattern", "^([a-z-]+=)?\\d+/\\d+$"));
                case PERSON -> throw new IllegalStateException("the person's facts are parameters of their own");
            };
            ObjectNode p = parameter(field.option(), capitalised(field.meaning()) + " (" + field.paramLabel() + ", e.g. " + field.example()
                    + ").", schema);
            p.put("required", field.required());
            if (field.shape() == ActionField.Shape.NAMES || field.shape() == ActionField.Shape.VOTES) {
                p.put("explode", true);
            }
            parameters.add(p);
        }
        for (PersonField fact : PersonField.values()) {
            parameters.add(parameter(fact.option(), capitalised(fact.meaning()) + ".", fact.isCount()
                    ? NODES.objectNode().put("type", "integer").put("minimum", 0).put("maximum", PersonField.MOST_TERMS)
                    : NODES.objectNode().put("type", "boolean")));
        }
        return parameters;
    }

    private static ObjectNode parameter(String name, String description, ObjectNode schema) {
        ObjectNode p = NODES.objectNode().put("name", name).put("in", "query").put("description", description);
        p.set("schema", schema);
        return p;
    }

    private static ObjectNode language() {
        return parameter("lang", "The language of the text beside the codes (default en).",
                enumeration(java.util.Arrays.stream(Language.values()).map(Language::code).toList()));
    }

    private static ObjectNode day() {
        return parameter("on", "The day, YYYY-MM-DD; default today.", date());
    }

    private static ObjectNode date() {
        return string().put("example", "2023-05-01");
    }

    private static ObjectNode string() {
        return NODES.objectNode().put("type", "string");
    }

    private static ObjectNode names(List<Named> members) {
        ObjectNode schema = string();
        ArrayNode values = schema.putArray("enum");
        members.forEach(n -> values.add(n.label()));
        return schema;
    }

    private static ObjectNode enumeration(List<String> values) {
        ObjectNode schema = string();
        ArrayNode array = schema.putArray("enum");
        values.forEach(array::add);
        return schema;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
