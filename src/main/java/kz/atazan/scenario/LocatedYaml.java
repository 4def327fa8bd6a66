package kz.atazan.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A YAML document read by Jackson into a tree, remembering the line of every key and list item,
 * so that a problem found while checking the content can name its line. Only plain data is built:
 * no tag, type or value in the file is ever turned into code.
 */
final class LocatedYaml {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final JsonNode root;
    /** For each map and list (by identity; scalars may be shared): the line of each key or item. */
    private final Map<JsonNode, Map<String, Integer>> lines;

    private LocatedYaml(JsonNode root, Map<JsonNode, Map<String, Integer>> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** Thrown for YAML that cannot be read, with the line where reading stopped. */
    static final class Unreadable extends Exception {
        private final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    static LocatedYaml parse(String text) throws Unreadable {
        Map<JsonNode, Map<String, Integer>> lines = new IdentityHashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new Unreadable(1, "the file is empty; expected a map with a 'scenarios' list");
            }
            JsonNode root = read(parser, lines);
            if (parser.nextToken() != null) {
                throw new Unreadable(parser.currentTokenLocation().getLineNr(), "only one YAML document per file is read; found a second one");
            }
            return new LocatedYaml(root, lines);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new Unreadable(at == null ? 0 : at.getLineNr(), "invalid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Unreadable(0, "cannot read: " + e.getMessage());
        }
    }

    private static JsonNode read(JsonParser parser, Map<JsonNode, Map<String, Integer>> lines) throws IOException, Unreadable {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                Map<String, Integer> keyLines = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    if (keyLines.containsKey(key)) {
                        throw new Unreadable(keyLine, "duplicate key '" + key + "' (first given on line " + keyLines.get(key) + ")");
                    }
                    keyLines.put(key, keyLine);
                    parser.nextToken();
                    object.set(key, read(parser, lines));
                }
                lines.put(object, keyLines);
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                Map<String, Integer> itemLines = new HashMap<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    itemLines.put(String.valueOf(array.size()), parser.currentTokenLocation().getLineNr());
                    array.add(read(parser, lines));
                }
                lines.put(array, itemLines);
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return nodes.numberNode(parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(parser.getBooleanValue());
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new Unreadable(parser.currentTokenLocation().getLineNr(), "unexpected YAML content: " + parser.currentToken());
        }
    }

    JsonNode root() {
        return root;
    }

    /** The line of a key in a map read from the file, or 0 if the key is not there. */
    int lineOf(JsonNode map, String key) {
        return lines.getOrDefault(map, Map.of()).getOrDefault(key, 0);
    }

    /** The line of an item in a list read from the file. */
    int lineOf(JsonNode list, int index) {
        return lineOf(list, String.valueOf(index));
    }

    /** The first line of a map or list: the line of its first key or item. */
    int firstLine(JsonNode container) {
        return lines.getOrDefault(container, Map.of()).values().stream().min(Integer::compare).orElse(0);
    }
}
