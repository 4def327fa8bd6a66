package kz.atazan.balance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One item scored on one day: the value (empty where the modelled rules cannot decide it), the
 * level of the published scale the answers matched (its key in the codebook and the message
 * bundles: {@code balance.basis.<basis>}), and the engine's answers it rests on.
 */
public record Score(Item item, LocalDate date, Optional<Integer> value, String basis, List<Answer> evidence) {

    /** The basis of an item undetermined because the text leaves one of its questions open on the day. */
    public static final String OPEN = "open-on-this-day";

    public Score {
        evidence = List.copyOf(evidence);
        if (value.isPresent() && !item.allowed().contains(value.get())) {
            throw new IllegalArgumentException(item + " has no value " + value.get());
        }
    }

    static Score of(Item item, LocalDate date, int value, String basis, List<Answer> evidence) {
        return new Score(item, date, Optional.of(value), basis, evidence);
    }

    static Score undetermined(Item item, LocalDate date, String basis, List<Answer> evidence) {
        return new Score(item, date, Optional.empty(), basis, evidence);
    }

    /** Undetermined because the engine leaves one of the answers open on this day. */
    static Optional<Score> openIn(Item item, LocalDate date, List<Answer> evidence) {
        return evidence.stream().anyMatch(Answer::open)
                ? Optional.of(undetermined(item, date, OPEN, evidence)) : Optional.empty();
    }

    public boolean determined() {
        return value.isPresent();
    }
}
