package kz.atazan.balance;

import java.util.Arrays;
import java.util.List;
import kz.atazan.model.Period;

/** Every item scored for one period (on its first day), the scales' totals and the President's appointments. */
public record PeriodScores(Period period, List<Score> scores, Appointments appointments) {

    public PeriodScores {
        scores = List.copyOf(scores);
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
