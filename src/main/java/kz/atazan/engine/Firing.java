package kz.atazan.engine;

import java.util.List;
import java.util.Set;

/**
 * What one session did with one action: the rules that fired, and the rules that matched the action
 * but were not let fire (out of force on its day, say).
 */
public record Firing(List<Fired> fired, Set<String> refused) {

    public Firing {
        fired = Fired.inOrder(fired);
        refused = Set.copyOf(refused);
    }

    /** Each finding with the citation of the rule that concluded it. */
    public List<Conclusion> conclusions() {
        return Conclusion.of(fired);
    }
}
