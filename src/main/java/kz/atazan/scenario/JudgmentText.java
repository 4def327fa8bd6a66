package kz.atazan.scenario;

import kz.atazan.model.Language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.stream.Collectors;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Constitution;
import kz.atazan.model.Entity;
import kz.atazan.model.Judgment;
import kz.atazan.model.Reason;

/** A judgment as a reader sees it in a terminal: the action, the verdict, then its reasons. */
public final class JudgmentText {

    private JudgmentText() {}

    /** One line: who does what to whom, on which date, with which conditions met. */
    public static String action(Action a) {
        StringBuilder s = new StringBuilder()
                .append(a.actor().label()).append(' ').append(a.act().label()).append(' ').append(a.target().label())
                .append(" on ").append(a.date());
        List<String> facts = ActionFields.stated(a);
        if (!facts.isEmpty()) {
            s.append(" (").append(String.join("; ", facts)).append(')');
        }
        return s.toString();
    }

    /** Which constitution, and which wordings, answered: "the Constitution of 1995, wordings of ...". */
    public static String lawApplied(Judgment judgment) {
        LocalDate date = judgment.action().date();
        Optional<Constitution> constitution = Constitution.on(date);
        if (constitution.isEmpty()) {
            return "no constitution was in force on " + date;
        }
        List<String> wordings = judgment.reasons().stream().flatMap(r -> r.citation().stream())
                .map(c -> c.edition().description()).distinct().toList();
        return constitution.get().title() + " as in force on " + date
                + (wordings.isEmpty() ? "" : ": " + String.join("; ", wordings));
    }

    /** The reasons, decisive ones first, each indented by {@code indent}. */
    public static List<String> reasons(Judgment judgment, String indent) {
        List<String> lines = new ArrayList<>();
        List<Reason> decisive = judgment.reasons().stream().filter(Reason::decisive).toList();
        List<Reason> other = judgment.reasons().stream().filter(r -> !r.decisive()).toList();
        lines.add(indent + "because:");
        decisive.forEach(r -> lines.addAll(reason(r, indent + "  ")));
        if (!other.isEmpty()) {
            lines.add(indent + "also considered:");
            other.forEach(r -> lines.addAll(reason(r, indent + "  ")));
        }
        return lines;
    }

    static List<String> reason(Reason r, String indent) {
        List<String> lines = new ArrayList<>();
        if (r.citation().isEmpty()) {
            lines.add(indent + "- " + r.explanation());
            return lines;
        }
        Citation c = r.citation().get();
        lines.add(indent + "- " + c.reference() + " (" + r.effect().meaning() + "): " + r.explanation());
        if (!r.explanation().equals(c.summary(Language.EN))) {
            lines.add(indent + "    rule: " + c.summary(Language.EN));
        }
        String applies = c.inForce().isOpen() ? "applies from " + c.inForce().from() : "applies " + c.inForce().from() + " to " + c.inForce().to();
        lines.add(indent + "    wording: " + c.edition().description() + "; " + applies);
        lines.add(indent + "    text: \"" + c.quote() + "\"");
        return lines;
    }
}
