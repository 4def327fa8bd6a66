package kz.atazan.scenario;

import java.util.ArrayList;
import java.util.List;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Judgment;
import kz.atazan.model.Language;
import kz.atazan.model.Reason;
import kz.atazan.text.Words;

/** A judgment as a reader sees it in a terminal, in one language: the action, the verdict, then its reasons. */
public final class JudgmentText {

    private JudgmentText() {}

    /** One line: who does what to whom (in the codes of the command line), on which date, with the facts stated. */
    public static String action(Action a, Language language) {
        return Words.in(language).action(a);
    }

    /** Who does what to whom, in the codes of the command line: "president dismiss akim-of-district". */
    public static String codes(Action a) {
        return a.actor().label() + " " + a.act().label() + " " + a.target().label();
    }

    /** Which constitution, as in force that day, and the wordings of the decisive provisions. */
    public static String lawApplied(Judgment judgment, Language language) {
        return Words.in(language).law(judgment);
    }

    /** The action, the verdict, the law and the reasons: what {@code check} prints. */
    public static List<String> lines(Judgment judgment, Language language, boolean today) {
        Words words = Words.in(language);
        List<String> lines = new ArrayList<>();
        String action = words.action(judgment.action());
        lines.add(today ? words.say("check.today", "line", action) : action);
        lines.add(words.say("check.verdict", "verdict", words.verdict(judgment.verdict())));
        lines.add(words.say("check.law", "law", words.law(judgment)));
        lines.addAll(reasons(judgment, "", language));
        return lines;
    }

    /** The reasons, decisive ones first, each indented by {@code indent}. */
    public static List<String> reasons(Judgment judgment, String indent, Language language) {
        Words words = Words.in(language);
        List<String> lines = new ArrayList<>();
        List<Reason> decisive = judgment.reasons().stream().filter(Reason::decisive).toList();
        List<Reason> other = judgment.reasons().stream().filter(r -> !r.decisive()).toList();
        lines.add(indent + words.say("check.because"));
        decisive.forEach(r -> lines.addAll(reason(r, judgment.action(), indent + "  ", words)));
        if (!other.isEmpty()) {
            lines.add(indent + words.say("check.also"));
            other.forEach(r -> lines.addAll(reason(r, judgment.action(), indent + "  ", words)));
        }
        return lines;
    }

    static List<String> reason(Reason r, Action action, String indent, Words words) {
        List<String> lines = new ArrayList<>();
        String text = words.reason(r, action);
        if (r.citation().isEmpty()) {
            lines.add(indent + words.say("reason.line.uncited", "text", text));
            return lines;
        }
        Citation c = r.citation().get();
        lines.add(indent + words.say("reason.line", "reference", words.reference(c), "effect", words.effect(r.effect()), "text", text));
        String summary = words.summary(c);
        if (!text.equals(summary)) {
            lines.add(indent + "    " + words.say("reason.rule", "summary", summary));
        }
        lines.add(indent + "    " + words.say("reason.wording", "wording", words.wording(c.edition()), "window", words.window(c)));
        words.quotes(c).forEach(q -> lines.add(indent + "    " + q));
        return lines;
    }
}
