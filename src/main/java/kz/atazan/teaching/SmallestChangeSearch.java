package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.atazan.engine.Engine;
import kz.atazan.model.Action;
import kz.atazan.model.Verdict;

/**
 * Finds the smallest change that makes an unconstitutional action constitutional: on its own date
 * ({@link RemedySearch}), or on the nearest date among the days the rules change (every rule's
 * window start and end) on which the same action is constitutional; or says that none exists.
 */
final class SmallestChangeSearch {

    private final Engine engine;
    private final RemedySearch remedies;

    SmallestChangeSearch(Engine engine) {
        this.engine = engine;
        this.remedies = new RemedySearch(engine);
    }

    SmallestChange find(Evaluation start) {
        Action action = start.action();
        LocalDate date = action.date();
        List<Remedy> sameDay = remedies.smallest(start);
        Timeline timeline = Timeline.of(engine, action);
        List<Timeline.Stretch> others = timeline.stretches().stream().filter(s -> !s.days().contains(date))
                .sorted(Comparator.comparingLong((Timeline.Stretch s) -> s.distanceTo(date))).toList();
        Optional<SmallestChange.OtherDate> asGiven = others.stream().filter(s -> s.verdict() == Verdict.CONSTITUTIONAL).findFirst()
                .map(s -> new SmallestChange.OtherDate(timeline.runOf(s), s.days().to().isBefore(date), List.of(), s.evaluation().judgment()));
        // the changes that work on each other stretch, nearest first, computed only as far as needed
        Map<Timeline.Stretch, List<Remedy>> changed = new LinkedHashMap<>();
        Optional<SmallestChange.OtherDate> otherDate = asGiven;
        if (otherDate.isEmpty() && sameDay.isEmpty()) {
            for (Timeline.Stretch s : others) {
                List<Remedy> found = changed.computeIfAbsent(s, this::remediesOn);
                if (!found.isEmpty()) {
                    otherDate = Optional.of(new SmallestChange.OtherDate(s.days(), s.days().to().isBefore(date), found.get(0).steps(), found.get(0).result()));
                    break;
                }
            }
        }
        Optional<LocalDate> ended = Optional.empty();
        if (sameDay.isEmpty() && otherDate.isPresent() && otherDate.get().earlier()) {
            boolean laterWorks = others.stream().filter(s -> s.days().from().isAfter(date))
                    .anyMatch(s -> !changed.computeIfAbsent(s, this::remediesOn).isEmpty());
            if (!laterWorks) {
                LocalDate lastGood = timeline.stretches().stream().filter(s -> s.days().to().isBefore(date))
                        .filter(s -> !changed.computeIfAbsent(s, this::remediesOn).isEmpty())
                        .map(s -> s.days().to()).max(Comparator.naturalOrder()).orElseThrow();
                ended = Optional.of(lastGood.plusDays(1));
            }
        }
        Optional<SmallestChange.None> none = Optional.empty();
        if (sameDay.isEmpty() && otherDate.isEmpty()) {
            boolean everGranted = start.granted() || timeline.stretches().stream().anyMatch(s -> s.evaluation().granted());
            none = Optional.of(new SmallestChange.None(everGranted ? SmallestChange.None.Why.BARRED : SmallestChange.None.Why.NO_POWER,
                    engine.catalogue().modelled().from()));
        }
        return new SmallestChange(sameDay, otherDate, ended, none);
    }

    private List<Remedy> remediesOn(Timeline.Stretch stretch) {
        return remedies.inTheActorsHands(stretch.evaluation());
    }
}
