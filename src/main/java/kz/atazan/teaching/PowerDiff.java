package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.List;

/** What changed in the power map between two dates: each power gained, lost, given new terms or reworded. */
public record PowerDiff(LocalDate from, LocalDate to, PowerMap before, PowerMap after, List<PowerChange> changes) {

    public PowerDiff {
        changes = List.copyOf(changes);
    }
}
