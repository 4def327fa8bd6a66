package kz.atazan.balance;

import java.time.LocalDate;
import java.util.List;
import kz.atazan.engine.Engine;
import kz.atazan.model.Period;

/** The scales over time: every period between transitions from {@code from} to {@code to}, scored. */
public record Balance(List<PeriodScores> periods) {

    public Balance {
        periods = List.copyOf(periods);
    }

    public static Balance of(Engine engine, LocalDate from, LocalDate to) {
        Asker asker = new Asker(engine);
        Scoring scoring = new Scoring(asker);
        List<Question> powers = OrganCounts.powers(asker);
        return new Balance(Periods.between(engine.catalogue(), from, to).stream()
                .map(p -> scored(asker, scoring, powers, p)).toList());
    }

    /** The period holding each day, in the order given (empty where a day is outside the modelled periods). */
    public static Balance onDays(Engine engine, List<LocalDate> days) {
        Asker asker = new Asker(engine);
        Scoring scoring = new Scoring(asker);
        List<Question> powers = OrganCounts.powers(asker);
        List<Period> periods = Periods.of(engine.catalogue());
        return new Balance(days.stream().flatMap(d -> periods.stream().filter(p -> p.contains(d)).findFirst().stream())
                .map(p -> scored(asker, scoring, powers, p)).toList());
    }

    private static PeriodScores scored(Asker asker, Scoring scoring, List<Question> powers, Period p) {
        return new PeriodScores(p, scoring.on(p.from()), Appointments.on(asker, p.from()), OrganCounts.on(asker, powers, p.from()));
    }

    /** Every period the rules model. */
    public static Balance of(Engine engine) {
        return of(engine, engine.catalogue().modelled().from(), LocalDate.MAX);
    }

    /** The period holding a day. */
    public PeriodScores on(LocalDate day) {
        return periods.stream().filter(p -> p.period().contains(day)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no period holds " + day));
    }
}
