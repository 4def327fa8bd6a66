package kz.atazan.balance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kz.atazan.model.Act;
import kz.atazan.model.Entity;
import kz.atazan.model.Kind;

/**
 * The President's appointments on a day, office by office: made alone (no other organ's consent,
 * proposal, vote or initiative; consultations and opinions aside), made on another organ's terms,
 * or left open by the text on that day.
 */
public record Appointments(LocalDate date, List<Answer> alone, List<Answer> shared, List<Answer> open) {

    public Appointments {
        alone = List.copyOf(alone);
        shared = List.copyOf(shared);
        open = List.copyOf(open);
    }

    /** Every office of the vocabulary. */
    static final List<Entity> OFFICES = Arrays.stream(Entity.values()).filter(e -> e.is(Kind.OFFICE)).toList();

    static Appointments on(Asker asker, LocalDate date) {
        List<Answer> held = OFFICES.stream().map(o -> asker.ask(Question.of(Entity.PRESIDENT, Act.APPOINT, o), date))
                .filter(a -> a.holds() || a.open()).toList();
        return new Appointments(date,
                held.stream().filter(a -> !a.open() && !a.needsAnotherOrgan()).toList(),
                held.stream().filter(a -> !a.open() && a.needsAnotherOrgan()).toList(),
                held.stream().filter(Answer::open).toList());
    }
}
