package kz.atazan.scenario;

import kz.atazan.text.Sentence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * A YAML document read by Jackson into a tree, remembering the line of every key and list item,
 * so that a problem found while checking the content can name its line. Only plain data is built:
 * no tag, type or value in the file is ever turned into code. Within {@link InputLimits} it reads
 * anchors and aliases (an alias shares its anchor's value); duplicate keys, tags, merge keys and a
 * second document are problems of their lines, and the rest of the file is still read. What stops
 * the reading (broken YAML, nesting or aliases beyond the limits) is {@link Unreadable}, with the
 * line and what YAML expected there, in plain words.
 */
final class LocatedYaml {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final Set<String> PLAIN_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq", "binary")
            .stream().map(t -> "tag:yaml.org,2002:" + t).collect(java.util.stream.Collectors.toSet());

    /** A problem of one line that does not stop the reading. */
    record Problem(int line, Sentence message) {}

    private final JsonNode root;
    /** For each map and list (by identity; scalars may be shared): the line of each key or item. */
    private final Map<JsonNode, Map<String, Integer>> lines;
    private final Map<JsonNode, Integer> lastLines;
    private final List<Problem> problems;

    private LocatedYaml(JsonNode root, Map<JsonNode, Map<String, Integer>> lines, Map<JsonNode, Integer> lastLines, List<Problem> problems) {
        this.root = root;
        this.lines = lines;
        this.lastLines = lastLines;
        this.problems = problems;
    }

    /** Thrown for YAML that cannot be read, with the line where reading stopped. */
    static final class Unreadable extends Exception {
        private final int line;
        private final boolean limit;
        private final Sentence problem;

        Unreadable(int line, Sentence problem) {
            this(line, problem, false);
        }

        Unreadable(int line, Sentence problem, boolean limit) {
            super(problem.toString(), null, false, false);
            this.line = line;
            this.limit = limit;
            this.problem = problem;
        }

        int line() {
            return line;
        }

        /** What stopped the reading, to be said in the user's language. */
        Sentence problem() {
            return problem;
        }

        /** Whether a limit stopped the reading (nesting, aliases, values), not broken YAML. */
        boolean limit() {
            return limit;
        }
    }

    static LocatedYaml parse(String text) throws Unreadable {
        return parse(text, 0);
    }

    /** Reads text that follows {@code skipped} lines of a file, numbering its lines as in the file. */
    static LocatedYaml parse(String text, int skipped) throws Unreadable {
        try {
            return parseNumbered(text, skipped);
        } catch (Unreadable e) {
            throw e.line() > 0 ? new Unreadable(e.line() + skipped, e.problem(), e.limit()) : e;
        }
    }

    private static LocatedYaml parseNumbered(String text, int skipped) throws Unreadable {
        Builder builder = new Builder(skipped);
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new Unreadable(1, InputMessages.empty());
            }
            JsonNode root = builder.read((YAMLParser) parser, 0);
            if (parser.nextToken() != null) {
                builder.problem(parser.currentTokenLocation().getLineNr() + skipped, InputMessages.secondDocument());
            }
            return new LocatedYaml(root, builder.lines, builder.lastLines, builder.problems);
        } catch (JsonProcessingException e) {
            throw unreadable(e, text);
        } catch (IOException e) {
            throw new Unreadable(0, InputMessages.cannotRead(e.getMessage()));
        }
    }

    /** What YAML expected where it stopped, in plain words. */
    private static Unreadable unreadable(JsonProcessingException e, String text) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            // an unclosed quote or bracket is found where the text ends: name the line where it opened
            String context = m.getContext() == null ? "" : m.getContext();
            boolean opened = m.getContextMark() != null && (context.contains("quoted scalar") || context.contains("flow"))
                    && m.getContextMark().getLine() < m.getProblemMark().getLine();
            org.yaml.snakeyaml.error.Mark at = opened ? m.getContextMark() : m.getProblemMark();
            return new Unreadable(at.getLine() + 1, InputMessages.atColumn(at.getColumn() + 1, plain(m.getProblem(), context)));
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Expected a field name")) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return new Unreadable(line, InputMessages.complexKey());
        }
        if (e.getCause() instanceof ReaderException r) {
            return new Unreadable(lineAt(text, r.getPosition()), InputMessages.controlCharacter(r.getCodePoint()));
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new Unreadable(line, InputMessages.yamlOther(firstLine(e.getOriginalMessage())));
    }

    private static Sentence plain(String problem, String context) {
        String p = problem == null ? "" : problem;
        String c = context == null ? "" : context;
        if (p.contains("(TAB)") || p.contains("tab character")) {
            return InputMessages.tab();
        }
        if (p.startsWith("mapping values are not allowed")) {
            return InputMessages.colonInValue();
        }
        if (p.startsWith("found unknown escape character")) {
            return InputMessages.badEscape(p.substring("found unknown escape character".length()).trim().replaceAll("\\(\\d+\\)$", ""));
        }
        if (c.contains("quoted scalar")) {
            return InputMessages.unclosedQuote();
        }
        if (p.startsWith("found character '") && p.contains("cannot start any token")) {
            return InputMessages.cannotStartValue(p.substring("found character '".length(), p.indexOf("' that")));
        }
        if (c.contains("anchor") || c.contains("alias")) {
            return InputMessages.badAnchor();
        }
        if (p.startsWith("could not find expected ':'")) {
            return InputMessages.missingColon();
        }
        if (p.startsWith("expected ',' or ']'")) {
            return InputMessages.unclosedFlow(']');
        }
        if (p.startsWith("expected ',' or '}'")) {
            return InputMessages.unclosedFlow('}');
        }
        if (p.startsWith("expected the node content")) {
            return InputMessages.valueExpected();
        }
        if (p.contains("sequence entries are not allowed")) {
            return InputMessages.listItemNotHere();
        }
        if (c.contains("block collection") || p.contains("'-' indicator")) {
            return InputMessages.listItemExpected();
        }
        if (c.contains("block mapping") || p.startsWith("expected '<document start>'")) {
            return InputMessages.indentation();
        }
        return InputMessages.yamlOther(firstLine(p));
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }

    /** The line of a character position (counted in code points, as SnakeYAML counts). */
    private static int lineAt(String text, int position) {
        int line = 1;
        int[] codePoints = text.codePoints().limit(Math.max(0, position)).toArray();
        for (int c : codePoints) {
            if (c == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Builds the tree, counting depth, values and aliases against the limits. */
    private static final class Builder {
        private final Map<JsonNode, Map<String, Integer>> lines = new IdentityHashMap<>();
        private final Map<JsonNode, Integer> weights = new IdentityHashMap<>();
        private final Map<JsonNode, Integer> lastLines = new IdentityHashMap<>();
        private final Map<String, JsonNode> anchors = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private int values;
        private int aliases;
        /** The lines of the file before the text read, added to every line recorded. */
        private final int skipped;

        Builder(int skipped) {
            this.skipped = skipped;
        }

        /** The last line of a map or list: a block one ends where the next token starts, at the start of a later line. */
        private static int endLine(YAMLParser parser) {
            com.fasterxml.jackson.core.JsonLocation end = parser.currentTokenLocation();
            return end.getColumnNr() <= 1 ? end.getLineNr() - 1 : end.getLineNr();
        }

        void problem(int line, Sentence message) {
            problems.add(new Problem(line, message));
        }

        JsonNode read(YAMLParser parser, int depth) throws IOException, Unreadable {
            int line = parser.currentTokenLocation().getLineNr();
            int fileLine = line + skipped;
            if (depth > InputLimits.NESTING) {
                throw new Unreadable(line, InputMessages.tooDeep(), true);
            }
            if (parser.isCurrentAlias()) {
                return alias(parser.getText(), line, fileLine);
            }
            String tag = parser.getTypeId();
            if (tag != null && !PLAIN_TAGS.contains(tag)) {
                problem(fileLine, InputMessages.tag(tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : "!" + tag));
            }
            String anchor = parser.getObjectId();
            JsonNode node = node(parser, depth);
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return node;
        }

        private JsonNode alias(String name, int line, int fileLine) throws Unreadable {
            if (++aliases > InputLimits.ALIASES) {
                throw new Unreadable(line, InputMessages.tooManyAliases(), true);
            }
            JsonNode anchored = anchors.get(name);
            if (anchored == null) {
                problem(fileLine, InputMessages.undefinedAlias(name));
                return JsonNodeFactory.instance.nullNode();
            }
            count(weights.getOrDefault(anchored, 1), line);
            return anchored;
        }

        private void count(int added, int line) throws Unreadable {
            values += added;
            if (values > InputLimits.VALUES) {
                throw new Unreadable(line, InputMessages.tooManyValues(), true);
            }
        }

        private JsonNode node(YAMLParser parser, int depth) throws IOException, Unreadable {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            int line = parser.currentTokenLocation().getLineNr();
            count(1, line);
            int before = values;
            switch (parser.currentToken()) {
                case START_OBJECT -> {
                    ObjectNode object = nodes.objectNode();
                    Map<String, Integer> keyLines = new HashMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        int keyLine = parser.currentTokenLocation().getLineNr() + skipped;
                        parser.nextToken();
                        JsonNode value = read(parser, depth + 1);
                        if (key.equals("<<")) {
                            problem(keyLine, InputMessages.mergeKey());
                        } else if (keyLines.containsKey(key)) {
                            problem(keyLine, InputMessages.duplicateKey(key, keyLines.get(key)));
                        } else {
                            keyLines.put(key, keyLine);
                            object.set(key, value);
                        }
                    }
                    lines.put(object, keyLines);
                    lastLines.put(object, endLine(parser) + skipped);
                    weights.put(object, 1 + values - before);
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = nodes.arrayNode();
                    Map<String, Integer> itemLines = new HashMap<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        itemLines.put(String.valueOf(array.size()), parser.currentTokenLocation().getLineNr() + skipped);
                        array.add(read(parser, depth + 1));
                    }
                    lines.put(array, itemLines);
                    lastLines.put(array, endLine(parser) + skipped);
                    weights.put(array, 1 + values - before);
                    return array;
                }
                case VALUE_STRING -> {
                    return nodes.textNode(parser.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                            ? nodes.numberNode(parser.getBigIntegerValue()) : nodes.numberNode(parser.getLongValue());
                }
                case VALUE_NUMBER_FLOAT -> {
                    return nodes.numberNode(parser.getDecimalValue());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    // YAML 1.2, as editors read it: only true and false are booleans; yes, no, on, off are words
                    String written = parser.getText();
                    return written != null && !written.equalsIgnoreCase("true") && !written.equalsIgnoreCase("false")
                            ? nodes.textNode(written) : nodes.booleanNode(parser.getBooleanValue());
                }
                case VALUE_NULL -> {
                    return nodes.nullNode();
                }
                case VALUE_EMBEDDED_OBJECT -> {
                    // a !!binary value: plain bytes, read as the text it was written in
                    return nodes.textNode(parser.getText());
                }
                default -> throw new Unreadable(line, InputMessages.yamlOther(String.valueOf(parser.currentToken())));
            }
        }
    }

    JsonNode root() {
        return root;
    }

    /** The problems that did not stop the reading, each on its line. */
    List<Problem> problems() {
        return problems;
    }

    /** The lines that have a problem. */
    Set<Integer> problemLines() {
        Set<Integer> found = new TreeSet<>();
        problems.forEach(p -> found.add(p.line()));
        return found;
    }

    /** The line of a key in a map read from the file, or 0 if the key is not there. */
    int lineOf(JsonNode map, String key) {
        return lines.getOrDefault(map, Map.of()).getOrDefault(key, 0);
    }

    /** The line of an item in a list read from the file. */
    int lineOf(JsonNode list, int index) {
        return lineOf(list, String.valueOf(index));
    }

    /** The last line of a map or list read from the file, or 0 for a single value. */
    int lastLine(JsonNode container) {
        return lastLines.getOrDefault(container, 0);
    }

    /** The first line of a map or list: the line of its first key or item. */
    int firstLine(JsonNode container) {
        return lines.getOrDefault(container, Map.of()).values().stream().min(Integer::compare).orElse(0);
    }
}
