package kz.atazan.balance;

import java.time.LocalDate;
import java.util.List;
import kz.atazan.engine.Engine;

/** The scales over time: every period between transitions from {@code from} to {@code to}, scored. */
public record Balance(List<PeriodScores> periods) {

    public Balance {
        periods = List.copyOf(periods);
    }

    public static Balance of(Engine engine, LocalDate from, LocalDate to) {
        Asker asker = new Asker(engine);
        Scoring scoring = new Scoring(asker);
        return new Balance(Periods.between(engine.catalogue(), from, to).stream()
                .map(p -> new PeriodScores(p, scoring.on(p.from()), Appointments.on(asker, p.from()))).toList());
    }

    /** The period holding each day, in the order given (empty where a day is outside the modelled periods). */
    public static Balance onDays(Engine engine, List<LocalDate> days) {
        Asker asker = new Asker(engine);
        Scoring scoring = new Scoring(asker);
        List<kz.atazan.model.Period> periods = Periods.of(engine.catalogue());
        return new Balance(days.stream().flatMap(d -> periods.stream().filter(p -> p.contains(d)).findFirst().stream())
                .map(p -> new PeriodScores(p, scoring.on(p.from()), Appointments.on(asker, p.from()))).toList());
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
