package kz.atazan.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Condition;
import kz.atazan.model.Entity;
import kz.atazan.model.Grant;
import kz.atazan.model.Kind;

/**
 * For each organ on a day: how many powers it holds alone, how many on another organ's consent,
 * proposal, consultation or opinion, and how many other organs' powers need its consent. The
 * powers are the actor-act-target triples some rule grants on some date, asked bare (a power that
 * exists only in a circumstance is not counted); votes and initiatives are the organ's own procedure.
 */
public final class OrganCounts {

    /** One organ's counts on a day. */
    public record Count(Entity organ, int alone, int shared, int consents) {}

    private OrganCounts() {}

    /** The triples some rule grants bare on some date, found once. */
    static List<Question> powers(Asker asker) {
        LocalDate any = asker.engine().catalogue().modelled().from();
        List<Action> bare = new ArrayList<>();
        for (Entity actor : Entity.values()) {
            if (!actor.is(Kind.ORGAN)) {
                continue;
            }
            for (Act act : Act.values()) {
                for (Entity target : Entity.values()) {
                    bare.add(Action.of(actor, act, target, any));
                }
            }
        }
        Set<Question> found = new LinkedHashSet<>();
        asker.engine().spokenTo(bare, f -> f instanceof Grant).forEach(a -> found.add(Question.of(a.actor(), a.act(), a.target())));
        return found.stream().sorted(Comparator.comparing(Question::actor).thenComparing(Question::act).thenComparing(Question::target)).toList();
    }

    static List<Count> on(Asker asker, List<Question> powers, LocalDate date) {
        Map<Entity, int[]> counts = new EnumMap<>(Entity.class);
        for (Question q : powers) {
            Answer a = asker.ask(q, date);
            if (!a.holds() || a.open()) {
                continue;
            }
            boolean needsOther = a.conditions().stream().anyMatch(c -> !(c instanceof Condition.Vote || c instanceof Condition.Initiative
                    || c instanceof Condition.Candidates) && c.party().filter(p -> p != q.actor()).isPresent());
            counts.computeIfAbsent(q.actor(), k -> new int[3])[needsOther ? 1 : 0]++;
            a.conditions().stream().filter(c -> c instanceof Condition.Consent).flatMap(c -> c.party().stream()).distinct()
                    .filter(p -> p != q.actor()).forEach(p -> counts.computeIfAbsent(p, k -> new int[3])[2]++);
        }
        return Arrays.stream(Entity.values()).filter(counts::containsKey)
                .map(e -> new Count(e, counts.get(e)[0], counts.get(e)[1], counts.get(e)[2])).toList();
    }
}
