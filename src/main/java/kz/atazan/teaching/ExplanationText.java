package kz.atazan.teaching;

import kz.atazan.model.Language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.atazan.model.Citation;
import kz.atazan.model.Judgment;
import kz.atazan.scenario.JudgmentText;
import kz.atazan.teaching.TreeText.Node;

/**
 * An explanation as a tree in a terminal: each point in English with the provisions behind it as
 * lawyers write them, each provision's wording and in-force days, and its official Russian text
 * beside it (once; later mentions say it was quoted above).
 */
public final class ExplanationText {

    private ExplanationText() {}

    public static List<String> lines(Explanation explanation) {
        Judgment judgment = explanation.judgment();
        List<String> lines = new ArrayList<>();
        lines.add(JudgmentText.action(judgment.action()));
        lines.add("verdict: " + judgment.verdict());
        lines.add("law: " + JudgmentText.lawApplied(judgment));
        lines.add("");
        lines.addAll(tree(explanation, ""));
        return lines;
    }

    /** The justification and the smallest change, without the heading lines: for feedback on an answer. */
    public static List<String> tree(Explanation explanation, String indent) {
        Set<Citation> quoted = new HashSet<>();
        List<String> lines = new ArrayList<>(TreeText.render(why(explanation, quoted), indent));
        explanation.smallestChange().ifPresent(change -> {
            lines.add("");
            lines.addAll(TreeText.render(change(change, explanation, quoted), indent));
        });
        return lines;
    }

    private static Node why(Explanation explanation, Set<Citation> quoted) {
        List<Node> parts = new ArrayList<>();
        for (Branch branch : explanation.branches()) {
            List<Node> points = new ArrayList<>();
            for (Point point : branch.points()) {
                List<String> lines = new ArrayList<>();
                lines.add(point.effect().meaning() + (point.decisive() ? " (decisive)" : "") + ": " + point.text());
                for (Citation c : point.citations()) {
                    lines.addAll(cited(c, point.text(), quoted));
                }
                points.add(new Node(lines, List.of()));
            }
            if (points.isEmpty()) {
                points.add(Node.leaf(branch.none()));
            }
            parts.add(new Node(List.of(branch.part().title()), points));
        }
        return new Node(List.of("why"), parts);
    }

    /** A provision cited: as lawyers write it, its wording and days, what the rule says, and the Russian text. */
    static List<String> cited(Citation c, String alreadySaid, Set<Citation> quoted) {
        List<String> lines = new ArrayList<>();
        lines.add(AmendingLaw.wording(c));
        if (!c.summary(Language.EN).equals(alreadySaid)) {
            lines.add("  says: " + c.summary(Language.EN));
        }
        lines.add(quoted.add(c) ? "  official Russian text: «" + c.quote() + "»" : "  (official Russian text quoted above)");
        return lines;
    }

    private static Node change(SmallestChange change, Explanation explanation, Set<Citation> quoted) {
        List<Node> options = new ArrayList<>();
        String date = explanation.judgment().action().date().toString();
        for (Remedy remedy : change.sameDay()) {
            options.add(remedy(remedy, (options.isEmpty() ? "on " : "or, on ") + date + ":"));
        }
        if (change.sameDay().isEmpty()) {
            options.add(Node.leaf("no change on " + date + " makes it constitutional"));
        }
        change.otherDate().ifPresent(other -> {
            String head = (change.sameDay().isEmpty() ? "" : "or, on another date: ") + other.when()
                    + (other.steps().isEmpty() ? ": the same action " + (other.earlier() ? "was" : "is") + " constitutional " + other.span()
                            : ", and make these changes: then it " + (other.earlier() ? "was" : "is") + " constitutional " + other.span());
            List<String> lines = new ArrayList<>(List.of(head));
            Node steps = remedy(new Remedy(other.steps(), other.judgment()), "");
            List<Citation> grounds = other.judgment().decisiveReasons().stream().flatMap(r -> r.citation().stream()).distinct().toList();
            if (!grounds.isEmpty()) {
                lines.add("on the grounds of:");
                grounds.forEach(c -> lines.addAll(cited(c, "", quoted).stream().map(l -> "  " + l).toList()));
            }
            options.add(new Node(lines, steps.children()));
        });
        change.ended().ifPresent(day -> options.add(Node.leaf("the power was abolished: from " + day
                + " nothing makes it constitutional (" + causeOfEnd(change) + ")")));
        change.none().ifPresent(why -> options.add(Node.leaf("none exists: " + why)));
        return new Node(List.of("the smallest change that makes it constitutional"), options);
    }

    /** The smallest change in one line: "obtain the consent of ... (consents: [senate])", "act before 2022-06-08", or why none. */
    static String inOneLine(SmallestChange change) {
        if (!change.sameDay().isEmpty()) {
            return String.join(" and ", change.sameDay().get(0).steps().stream()
                    .map(s -> s.change().instruction() + " (" + s.change().field() + ")").toList());
        }
        if (change.otherDate().isPresent()) {
            SmallestChange.OtherDate other = change.otherDate().get();
            return other.when() + (other.steps().isEmpty() ? "" : ", and " + String.join(" and ",
                    other.steps().stream().map(s -> s.change().instruction()).toList()))
                    + change.ended().map(day -> " (abolished from " + day + ")").orElse("");
        }
        return change.none().map(n -> "none: " + n).orElse("");
    }

    private static String causeOfEnd(SmallestChange change) {
        return change.ended().map(day -> Amendments.effectiveOn(day).map(AmendingLaw::of).orElse("the end of the wording in force until "
                + day.minusDays(1))).orElse("");
    }

    private static Node remedy(Remedy remedy, String head) {
        List<Node> steps = new ArrayList<>();
        for (Step step : remedy.steps()) {
            steps.add(Node.leaf(step.change().instruction(), step.change().field()
                    + (step.provisions().isEmpty() ? "" : "   (" + References.of(step.provisions()) + ")")));
        }
        if (steps.size() == 1 && !head.isEmpty()) {
            Node only = steps.get(0);
            List<String> lines = new ArrayList<>();
            lines.add(head + " " + only.lines().get(0));
            lines.addAll(only.lines().subList(1, only.lines().size()));
            return new Node(lines, List.of());
        }
        return new Node(head.isEmpty() ? List.of() : List.of(head + " make all of these changes"), steps);
    }
}
