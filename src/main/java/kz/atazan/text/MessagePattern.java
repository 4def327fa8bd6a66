package kz.atazan.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One message of a bundle, parsed: text with named placeholders.
 * <ul>
 *   <li>{@code {body}}: the value, in its first form (a name in the nominative);
 *   <li>{@code {body:gen}}: a name in that form ({@link Forms}); {@code {body:Gen}} capitalised;
 *   <li>{@code {n, plural, one {# депутат} few {# депутата} many {# депутатов}}}: the branch of the
 *       number's CLDR category ({@link Plural}), or {@code =5} for exactly five, else {@code other};
 *       {@code #} stands for the number;
 *   <li>{@code {body, select, f {...} pl {...} other {...}}}: the branch of a name's gender or number,
 *       or of a word (a code such as {@code true}), else {@code other}.
 * </ul>
 * Braces are reserved; apostrophes are plain text (unlike {@link java.text.MessageFormat}).
 */
final class MessagePattern {

    sealed interface Node permits Text, Number, Placeholder {}

    record Text(String text) implements Node {}

    /** The {@code #} of a plural branch. */
    record Number() implements Node {}

    record Placeholder(String name, String form, String type, Map<String, List<Node>> branches) implements Node {}

    private final String key;
    private final List<Node> nodes;

    private MessagePattern(String key, List<Node> nodes) {
        this.key = key;
        this.nodes = nodes;
    }

    static MessagePattern parse(String key, String text) {
        Parser parser = new Parser(key, text);
        List<Node> nodes = parser.nodes(false, false);
        if (parser.at < text.length()) {
            throw parser.error("unexpected '}'");
        }
        return new MessagePattern(key, nodes);
    }

    String key() {
        return key;
    }

    List<Node> nodes() {
        return nodes;
    }

    /** Every placeholder name, including those inside branches. */
    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        collect(nodes, names);
        return names;
    }

    private static void collect(List<Node> nodes, Set<String> names) {
        for (Node n : nodes) {
            if (n instanceof Placeholder p) {
                names.add(p.name());
                p.branches().values().forEach(b -> collect(b, names));
            }
        }
    }

    /** The branch keywords of every plural and select placeholder, for checking them against the language. */
    List<Placeholder> choices() {
        List<Placeholder> found = new ArrayList<>();
        choices(nodes, found);
        return found;
    }

    private static void choices(List<Node> nodes, List<Placeholder> found) {
        for (Node n : nodes) {
            if (n instanceof Placeholder p && p.type() != null) {
                found.add(p);
                p.branches().values().forEach(b -> choices(b, found));
            }
        }
    }

    private static final class Parser {
        private final String key;
        private final String text;
        private int at;

        Parser(String key, String text) {
            this.key = key;
            this.text = text;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("message " + key + ": " + what + " at character " + at + " of: " + text);
        }

        /** Nodes up to the end, or up to the '}' closing a branch (not consumed). */
        List<Node> nodes(boolean inBranch, boolean inPlural) {
            List<Node> nodes = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '}') {
                    if (!inBranch) {
                        throw error("'}' without '{'");
                    }
                    break;
                }
                if (c == '{') {
                    flush(plain, nodes);
                    nodes.add(placeholder(inPlural));
                } else if (c == '#' && inPlural) {
                    flush(plain, nodes);
                    nodes.add(new Number());
                    at++;
                } else {
                    plain.append(c);
                    at++;
                }
            }
            flush(plain, nodes);
            return nodes;
        }

        private static void flush(StringBuilder plain, List<Node> nodes) {
            if (!plain.isEmpty()) {
                nodes.add(new Text(plain.toString()));
                plain.setLength(0);
            }
        }

        private Placeholder placeholder(boolean inPlural) {
            at++; // '{'
            String name = word();
            if (name.isEmpty()) {
                throw error("a placeholder needs a name");
            }
            String form = null;
            skipSpaces();
            if (peek() == ':') {
                at++;
                form = word();
                if (form.isEmpty()) {
                    throw error("a form after ':' is missing");
                }
                skipSpaces();
            }
            if (peek() == '}') {
                at++;
                return new Placeholder(name, form, null, Map.of());
            }
            if (peek() != ',') {
                throw error("expected '}' or ',' after {" + name);
            }
            at++;
            skipSpaces();
            String type = word();
            if (!type.equals("plural") && !type.equals("select")) {
                throw error("unknown placeholder type '" + type + "' (plural or select)");
            }
            skipSpaces();
            if (peek() != ',') {
                throw error("expected ',' after " + type);
            }
            at++;
            Map<String, List<Node>> branches = new LinkedHashMap<>();
            while (true) {
                skipSpaces();
                if (peek() == '}') {
                    at++;
                    break;
                }
                String selector = selector();
                if (selector.isEmpty()) {
                    throw error("expected a branch keyword");
                }
                skipSpaces();
                if (peek() != '{') {
                    throw error("expected '{' after branch " + selector);
                }
                at++;
                List<Node> branch = nodes(true, type.equals("plural") || inPlural);
                if (peek() != '}') {
                    throw error("branch " + selector + " is not closed");
                }
                at++;
                if (branches.put(selector, branch) != null) {
                    throw error("branch " + selector + " twice");
                }
            }
            if (!branches.containsKey("other")) {
                throw error("{" + name + ", " + type + "} needs an 'other' branch");
            }
            return new Placeholder(name, form, type, branches);
        }

        private char peek() {
            if (at >= text.length()) {
                throw error("the message ends inside a placeholder");
            }
            return text.charAt(at);
        }

        private void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private String word() {
            skipSpaces();
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '-')) {
                at++;
            }
            return text.substring(start, at);
        }

        private String selector() {
            int start = at;
            if (at < text.length() && text.charAt(at) == '=') {
                at++;
            }
            word();
            return text.substring(start, at).trim();
        }
    }
}
