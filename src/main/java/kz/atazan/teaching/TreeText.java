package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.List;

/** A tree drawn in a terminal with box-drawing lines; a node is a few lines of text and its children. */
final class TreeText {

    record Node(List<String> lines, List<Node> children) {
        Node {
            lines = List.copyOf(lines);
            children = List.copyOf(children);
        }

        static Node leaf(String... lines) {
            return new Node(List.of(lines), List.of());
        }
    }

    private TreeText() {}

    /** The lines of the tree, each starting with {@code indent}; the root's first line has no branch. */
    static List<String> render(Node root, String indent) {
        List<String> out = new ArrayList<>();
        root.lines().forEach(line -> out.add(indent + line));
        drawChildren(root, indent, out);
        return out;
    }

    private static void drawChildren(Node node, String rest, List<String> out) {
        for (int i = 0; i < node.children().size(); i++) {
            boolean last = i == node.children().size() - 1;
            draw(node.children().get(i), rest + (last ? "└─ " : "├─ "), rest + (last ? "   " : "│  "), out);
        }
    }

    private static void draw(Node node, String first, String rest, List<String> out) {
        String under = rest + (node.children().isEmpty() ? "   " : "│  ");
        for (int i = 0; i < node.lines().size(); i++) {
            out.add((i == 0 ? first : under) + node.lines().get(i));
        }
        drawChildren(node, rest, out);
    }
}
