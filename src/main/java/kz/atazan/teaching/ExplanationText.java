package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Judgment;
import kz.atazan.model.Language;
import kz.atazan.teaching.TreeText.Node;
import kz.atazan.text.Words;

/**
 * An explanation as a tree in a terminal, in one language: each point with the provisions behind it
 * as lawyers cite them, each provision's wording and in-force days, and its official text beside it
 * (once; later mentions say it was quoted above): Russian, and from 2026 also Kazakh.
 */
public final class ExplanationText {

    private ExplanationText() {}

    public static List<String> lines(Explanation explanation, Language language) {
        return lines(explanation, language, false);
    }

    /**
     * The explanation, the smallest change written as command-line options ({@code --consent senate})
     * when {@code asOptions}, else as the fields of a scenario file ({@code consents: [senate]}).
     */
    public static List<String> lines(Explanation explanation, Language language, boolean asOptions) {
        Words words = Words.in(language);
        Judgment judgment = explanation.judgment();
        List<String> lines = new ArrayList<>();
        lines.add(words.action(judgment.action()));
        lines.add(words.say("check.verdict", "verdict", words.verdict(judgment.verdict())));
        lines.add(words.say("check.law", "law", words.law(judgment)));
        lines.add("");
        lines.addAll(tree(explanation, "", words, asOptions));
        return lines;
    }

    /** The justification and the smallest change, without the heading lines: for feedback on an answer. */
    public static List<String> tree(Explanation explanation, String indent, Words words) {
        return tree(explanation, indent, words, false);
    }

    private static List<String> tree(Explanation explanation, String indent, Words words, boolean asOptions) {
        Set<Citation> quoted = new HashSet<>();
        List<String> lines = new ArrayList<>(TreeText.render(why(explanation, quoted, words), indent));
        explanation.smallestChange().ifPresent(change -> {
            lines.add("");
            lines.addAll(TreeText.render(change(change, explanation, quoted, words, asOptions), indent));
        });
        return lines;
    }

    private static Node why(Explanation explanation, Set<Citation> quoted, Words words) {
        Action action = explanation.judgment().action();
        List<Node> parts = new ArrayList<>();
        for (Branch branch : explanation.branches()) {
            List<Node> points = new ArrayList<>();
            for (Point point : branch.points()) {
                List<String> lines = new ArrayList<>();
                String text = words.reason(point.reason(), action);
                lines.add(words.say(point.decisive() ? "explain.point.decisive" : "explain.point", "effect", words.effect(point.effect()),
                        "text", text));
                for (Citation c : point.citations()) {
                    lines.addAll(cited(c, text, quoted, words));
                }
                points.add(new Node(lines, List.of()));
            }
            if (points.isEmpty()) {
                points.add(Node.leaf(branch.part().none(words, action)));
            }
            parts.add(new Node(List.of(branch.part().title(words)), points));
        }
        return new Node(List.of(words.say("explain.why")), parts);
    }

    /** A provision cited: as lawyers cite it, its wording and days, what the rule says, and the official text. */
    static List<String> cited(Citation c, String alreadySaid, Set<Citation> quoted, Words words) {
        List<String> lines = new ArrayList<>();
        lines.add(wording(c, words));
        String summary = words.summary(c);
        if (!summary.equals(alreadySaid)) {
            lines.add("  " + words.say("explain.says", "summary", summary));
        }
        if (quoted.add(c)) {
            List<String> texts = new ArrayList<>();
            texts.add(words.say("explain.quote", "quote", c.quote()));
            c.quoteKk().ifPresent(kk -> texts.add(words.language() == Language.KK ? 0 : 1, words.say("explain.quote.kk", "quote", kk)));
            texts.forEach(t -> lines.add("  " + t));
        } else {
            lines.add("  " + words.say("explain.quoted-above"));
        }
        return lines;
    }

    /** "Art. 87(4), Constitution of 1995, as worded by the Law of 8 June 2022, in force 8 June 2022 to 30 June 2026". */
    static String wording(Citation c, Words words) {
        // a wording of the text as adopted needs no "as worded by": the constitution is named in the reference
        if (c.edition() == kz.atazan.model.Edition.CONSTITUTION_OF_2026 || c.edition() == kz.atazan.model.Edition.TEXT_OF_1995) {
            return words.say("explain.cited.as-adopted", "reference", words.reference(c), "window", window(c, words));
        }
        return words.say("explain.cited", "reference", words.reference(c), "as", words.as(c.edition()), "window", window(c, words));
    }

    /** "in force 8 June 2022 to 30 June 2026", or "in force from 1 July 2026". */
    static String window(Citation c, Words words) {
        return words.days("explain.window", c.inForce());
    }

    private static Node change(SmallestChange change, Explanation explanation, Set<Citation> quoted, Words words, boolean asOptions) {
        List<Node> options = new ArrayList<>();
        Action action = explanation.judgment().action();
        for (Remedy remedy : change.sameDay()) {
            options.add(remedy(remedy, words.say(options.isEmpty() ? "change.on" : "change.or-on", "date", action.date()), words, asOptions));
        }
        if (change.sameDay().isEmpty()) {
            options.add(Node.leaf(words.say("change.nothing-on", "date", action.date())));
        }
        change.otherDate().ifPresent(other -> {
            String option = other.steps().isEmpty()
                    ? words.say("change.other.as-is", "when", other.when(words), "earlier", other.earlier(), "span", other.span(words))
                    : words.say("change.other.with-steps", "when", other.when(words), "earlier", other.earlier(), "span", other.span(words));
            String head = change.sameDay().isEmpty() ? option : words.say("change.or-other", "option", option);
            List<String> lines = new ArrayList<>(List.of(head));
            Node steps = remedy(new Remedy(other.steps(), other.judgment()), "", words, asOptions);
            List<Citation> grounds = other.judgment().decisiveReasons().stream().flatMap(r -> r.citation().stream()).distinct().toList();
            if (!grounds.isEmpty()) {
                lines.add(words.say("change.grounds"));
                grounds.forEach(c -> lines.addAll(cited(c, "", quoted, words).stream().map(l -> "  " + l).toList()));
            }
            options.add(new Node(lines, steps.children()));
        });
        change.ended().ifPresent(day -> options.add(Node.leaf(words.say("change.abolished", "date", day, "cause", causeOfEnd(change, words)))));
        change.none().ifPresent(none -> options.add(Node.leaf(words.say("change.none", "why", none(none, action, words)))));
        return new Node(List.of(words.say("change.title")), options);
    }

    static String none(SmallestChange.None none, Action action, Words words) {
        return none.why() == SmallestChange.None.Why.BARRED
                ? words.say("change.none.barred", "from", none.from())
                : words.say("change.none.no-power", "from", none.from(), "actor", action.actor(), "act", words.act(action, "inf"));
    }

    /** The smallest change in one line: "obtain the consent of ... (consents: [senate])", "act before 8 June 2022", or why none. */
    static String inOneLine(SmallestChange change, Action action, Words words) {
        if (!change.sameDay().isEmpty()) {
            return words.list(change.sameDay().get(0).steps().stream()
                    .map(s -> words.say("change.line.one", "step", s.change().instruction(words), "field", s.change().field())).toList());
        }
        if (change.otherDate().isPresent()) {
            SmallestChange.OtherDate other = change.otherDate().get();
            String line = words.say("change.line.other-date", "when", other.when(words), "steps", other.steps().isEmpty() ? ""
                    : words.say("change.line.other-date.steps", "steps", words.list(other.steps().stream().map(s -> s.change().instruction(words)).toList())));
            return change.ended().map(day -> words.say("change.line.abolished", "line", line, "date", day)).orElse(line);
        }
        return change.none().map(n -> words.say("change.line.none", "why", none(n, action, words))).orElse("");
    }

    private static String causeOfEnd(SmallestChange change, Words words) {
        return change.ended().map(day -> Amendments.effectiveOn(day).map(words::amendment)
                .orElse(words.say("change.abolished.cause", "date", day.minusDays(1)))).orElse("");
    }

    private static Node remedy(Remedy remedy, String head, Words words, boolean asOptions) {
        List<Node> steps = new ArrayList<>();
        for (Step step : remedy.steps()) {
            String written = asOptions ? step.change().option() : step.change().field();
            steps.add(Node.leaf(step.change().instruction(words), step.provisions().isEmpty() ? written
                    : words.say("change.step.provisions", "field", written, "provisions", words.references(step.provisions()))));
        }
        if (steps.size() == 1 && !head.isEmpty()) {
            Node only = steps.get(0);
            List<String> lines = new ArrayList<>();
            lines.add(words.say("change.one", "head", head, "step", only.lines().get(0)));
            lines.addAll(only.lines().subList(1, only.lines().size()));
            return new Node(lines, List.of());
        }
        return new Node(head.isEmpty() ? List.of() : List.of(words.say("change.all", "head", head)), steps);
    }
}
