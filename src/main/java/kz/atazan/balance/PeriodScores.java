package kz.atazan.balance;

import java.util.Arrays;
import java.util.List;
import kz.atazan.model.Period;

/** Every item scored for one period (on its first day), the scales' totals, the President's appointments and each organ's powers. */
public record PeriodScores(Period period, List<Score> scores, Appointments appointments, List<OrganCounts.Count> organs) {

    public PeriodScores {
        scores = List.copyOf(scores);
        organs = List.copyOf(organs);
    }

    public Total total(Scale scale) {
        return Total.of(scale, scores);
    }

    public List<Total> totals() {
        return Arrays.stream(Scale.values()).map(this::total).toList();
    }

    public Score score(Item item) {
        return scores.stream().filter(s -> s.item() == item).findFirst().orElseThrow();
    }
}
