package kz.atazan.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.atazan.model.Period;

/**
 * What the rules conclude about one action on every day at once, from one firing of every rule
 * that matches it whatever its window: on a day, the conclusions are those of the rules in force
 * that day. Where a rule that reads other rules' findings fired, a day's conclusions can depend on
 * which other rules are in force; for the wording windows where such a rule is in force, what a
 * session on that window concluded is kept instead.
 *
 * @param fired every rule that matched the action, on whatever day it is in force
 * @param byWindow the firings of a session on each wording window where a rule reading other
 *     findings is in force (empty when none fired)
 */
public record Outcomes(List<Fired> fired, Map<Period, List<Fired>> byWindow, RuleCatalogue catalogue) {

    public Outcomes {
        fired = Fired.inOrder(fired);
        Map<Period, List<Fired>> ordered = new HashMap<>();
        byWindow.forEach((window, firings) -> ordered.put(window, Fired.inOrder(firings)));
        byWindow = Map.copyOf(ordered);
    }

    /** Whether what the rules conclude on some day depends on more than which rules are in force that day. */
    public boolean readsOtherFindings() {
        return !byWindow.isEmpty();
    }

    /** The rules that fire on that day, with their findings. */
    public List<Fired> firedOn(LocalDate day) {
        Optional<Period> window = byWindow.isEmpty() ? Optional.empty() : catalogue.windowOf(day);
        if (window.isPresent() && byWindow.containsKey(window.get())) {
            return byWindow.get(window.get());
        }
        List<Fired> inForce = new ArrayList<>();
        for (Fired f : fired) {
            if (f.citation().inForce().contains(day)) {
                inForce.add(f);
            }
        }
        return inForce;
    }

    /** What the rules conclude on that day. */
    public List<Conclusion> on(LocalDate day) {
        return Conclusion.of(firedOn(day));
    }

    /**
     * What the rules conclude on each of the days, in their order. The days of one wording window
     * share one list: which rules are in force, the only thing the day decides, is the same on
     * every day of it (no rule's window starts or ends inside another's).
     */
    public List<List<Conclusion>> on(List<LocalDate> days) {
        Map<Optional<Period>, List<Conclusion>> byDayWindow = new HashMap<>();
        List<List<Conclusion>> conclusions = new ArrayList<>(days.size());
        for (LocalDate day : days) {
            conclusions.add(byDayWindow.computeIfAbsent(catalogue.windowOf(day), w -> on(day)));
        }
        return conclusions;
    }
}
