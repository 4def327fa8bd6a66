package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.atazan.engine.Engine;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Judgment;
import kz.atazan.model.Reason;

/** One action on several dates, side by side, with what changed from each date to the next and why. */
public record Comparison(List<Judgment> judgments, List<Transition> transitions) {

    public Comparison {
        judgments = List.copyOf(judgments);
        transitions = List.copyOf(transitions);
    }

    /** The action judged on each date (in date order), and each step from one date to the next explained. */
    public static Comparison of(Engine engine, Action action, List<LocalDate> dates) {
        List<LocalDate> sorted = dates.stream().distinct().sorted().toList();
        List<Judgment> judgments = sorted.stream().map(d -> engine.judge(action.on(d))).toList();
        Timeline timeline = Timeline.of(engine, action);
        List<Transition> transitions = new ArrayList<>();
        for (int i = 1; i < judgments.size(); i++) {
            Judgment before = judgments.get(i - 1);
            Judgment after = judgments.get(i);
            List<Transition.VerdictChange> between = new ArrayList<>();
            for (Timeline.Stretch s : timeline.verdictChangesBetween(before.action().date(), after.action().date())) {
                Timeline.Stretch previous = timeline.before(s);
                between.add(new Transition.VerdictChange(s.days().from(), previous.verdict(), s.verdict(),
                        Amendments.behind(decisive(previous.evaluation().judgment()), decisive(s.evaluation().judgment()))));
            }
            // a verdict changed by the amendment from which it has stood; provisions changed by every wording that arrived
            List<Cause> laws = before.verdict() != after.verdict() ? verdictChangedBy(timeline, before, after)
                    : !decisive(before).equals(decisive(after)) ? Amendments.behind(decisive(before), decisive(after))
                    : Amendments.behind(cited(before), cited(after));
            if (cited(before).equals(cited(after))) {
                laws = List.of();
            }
            transitions.add(new Transition(before, after, laws, wordings(before, after), between));
        }
        return new Comparison(judgments, transitions);
    }

    /**
     * The laws behind a verdict that differs on two dates: those of the day from which the verdict has
     * stood as on the later date, not those of a later amendment that merely reworded the provisions.
     */
    private static List<Cause> verdictChangedBy(Timeline timeline, Judgment before, Judgment after) {
        return timeline.sinceWhenAsOn(before.action().date(), after.action().date(), Timeline.Stretch::verdict)
                .map(s -> Amendments.on(s.days().from(), decisive(timeline.before(s).evaluation().judgment()), decisive(s.evaluation().judgment())))
                // a date outside the days the rules model: the two dates themselves
                .orElseGet(() -> Amendments.behind(decisive(before), decisive(after)));
    }

    static List<Citation> decisive(Judgment j) {
        return j.reasons().stream().filter(Reason::decisive).flatMap(r -> r.citation().stream()).distinct().toList();
    }

    static List<Citation> cited(Judgment j) {
        return j.reasons().stream().flatMap(r -> r.citation().stream()).distinct().toList();
    }

    /** Each provision cited on either date whose citations differ, in the order of the text. */
    private static List<WordingChange> wordings(Judgment before, Judgment after) {
        Map<String, List<Citation>> was = byProvision(cited(before));
        Map<String, List<Citation>> is = byProvision(cited(after));
        List<String> provisions = new ArrayList<>(was.keySet());
        is.keySet().stream().filter(p -> !was.containsKey(p)).forEach(provisions::add);
        List<WordingChange> changes = new ArrayList<>();
        for (String p : provisions) {
            List<Citation> b = was.getOrDefault(p, List.of());
            List<Citation> a = is.getOrDefault(p, List.of());
            if (!b.equals(a)) {
                changes.add(new WordingChange(p, b, a));
            }
        }
        return changes;
    }

    private static Map<String, List<Citation>> byProvision(List<Citation> citations) {
        Map<String, List<Citation>> by = new LinkedHashMap<>();
        citations.stream().sorted(java.util.Comparator.comparing((Citation c) -> c.edition().constitution()).thenComparing(Citation::provision))
                .forEach(c -> by.computeIfAbsent(c.reference(), k -> new ArrayList<>()).add(c));
        return by;
    }
}
