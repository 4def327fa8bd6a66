package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every power the rules give on a date, in the order of the vocabulary: who, then what, then whom. */
public record PowerMap(LocalDate date, List<Power> powers) {

    public PowerMap {
        powers = List.copyOf(powers);
    }

    Optional<Power> find(String key) {
        return powers.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public int size() {
        return powers.size();
    }
}
