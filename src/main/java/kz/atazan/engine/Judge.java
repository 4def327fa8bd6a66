package kz.atazan.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import kz.atazan.model.Absence;
import kz.atazan.model.Action;
import kz.atazan.model.Denial;
import kz.atazan.model.Effect;
import kz.atazan.model.Entity;
import kz.atazan.model.Finding;
import kz.atazan.model.Grant;
import kz.atazan.model.Ground;
import kz.atazan.model.Judgment;
import kz.atazan.model.OpenQuestion;
import kz.atazan.model.Prohibition;
import kz.atazan.model.Reason;
import kz.atazan.model.Requirement;
import kz.atazan.model.Seats;
import kz.atazan.model.Situation;
import kz.atazan.model.Verdict;

/**
 * Weighs the conclusions of all rules into one verdict, as the scenario contract (§1.4) defines it:
 * <ul>
 *   <li>unconstitutional when any provision in force withholds the power, finds the office
 *       absent, forbids the action or has a condition unmet: a certain defect decides, whatever
 *       else is open;
 *   <li>otherwise undetermined when a provision leaves the question open;
 *   <li>otherwise constitutional when a provision grants the power (its conditions all met);
 *   <li>otherwise undetermined: no provision modelled speaks to the action. Never constitutional by silence.
 * </ul>
 */
final class Judge {

    private Judge() {}

    static Judgment decide(Action action, List<Conclusion> conclusions) {
        Map<Entity, Integer> seats = new HashMap<>();
        for (Conclusion c : conclusions) {
            if (c.finding() instanceof Seats s) {
                seats.put(s.body(), s.count());
            }
        }
        Situation situation = new Situation(action, seats);
        List<Reason> reasons = new ArrayList<>();
        for (Conclusion c : conclusions) {
            reasons.add(reasonFor(situation, c));
        }
        // in the order of the text, not the order Drools happened to fire the rules
        reasons.sort(Comparator.comparing((Reason r) -> r.provision().orElseThrow()));
        if (reasons.stream().anyMatch(r -> r.effect().defeats())) {
            return judgment(action, Verdict.UNCONSTITUTIONAL, reasons, r -> r.effect().defeats());
        }
        if (reasons.stream().anyMatch(r -> r.effect() == Effect.LEAVES_OPEN)) {
            return judgment(action, Verdict.UNDETERMINED, reasons, r -> r.effect() == Effect.LEAVES_OPEN);
        }
        if (reasons.stream().anyMatch(r -> r.effect() == Effect.GRANTS)) {
            return judgment(action, Verdict.CONSTITUTIONAL, reasons,
                    r -> r.effect() == Effect.GRANTS || r.effect() == Effect.CONDITION_MET);
        }
        reasons.add(Reason.uncited(Effect.NOT_MODELLED, new Ground.Unspoken(action.actor(), action.act(), action.target())));
        return new Judgment(action, Verdict.UNDETERMINED, reasons);
    }

    /**
     * The verdict {@link #decide} gives, weighed the same way but without writing its reasons: for
     * the tools that compare verdicts over the whole decision space.
     */
    static Verdict verdict(Action action, List<Conclusion> conclusions) {
        Map<Entity, Integer> seats = new HashMap<>();
        for (Conclusion c : conclusions) {
            if (c.finding() instanceof Seats s) {
                seats.put(s.body(), s.count());
            }
        }
        Situation situation = new Situation(action, seats);
        boolean open = false;
        boolean granted = false;
        for (Conclusion c : conclusions) {
            Effect effect = c.finding() instanceof Requirement r
                    ? (r.condition().isMetBy(situation) ? Effect.CONDITION_MET : Effect.CONDITION_MISSING)
                    : c.finding() instanceof Absence ? Effect.OFFICE_ABSENT
                    : c.finding() instanceof Seats ? Effect.COUNTS_SEATS
                    : effectOf(c.finding());
            if (effect.defeats()) {
                return Verdict.UNCONSTITUTIONAL;
            }
            open |= effect == Effect.LEAVES_OPEN;
            granted |= effect == Effect.GRANTS;
        }
        return open ? Verdict.UNDETERMINED : granted ? Verdict.CONSTITUTIONAL : Verdict.UNDETERMINED;
    }

    private static Judgment judgment(Action action, Verdict verdict, List<Reason> reasons, Predicate<Reason> decisive) {
        return new Judgment(action, verdict, reasons.stream().map(r -> r.decisive(decisive.test(r))).toList());
    }

    private static Reason reasonFor(Situation situation, Conclusion c) {
        // Java 17 has no pattern matching for switch; Finding is sealed, so this chain is complete.
        if (c.finding() instanceof Requirement r) {
            boolean met = r.condition().isMetBy(situation);
            return Reason.of(met ? Effect.CONDITION_MET : Effect.CONDITION_MISSING, c.citation(),
                    new Ground.Tested(r.condition(), met, r.condition().count(situation)));
        }
        if (c.finding() instanceof Absence a) {
            return Reason.of(Effect.OFFICE_ABSENT, c.citation(), new Ground.Absent(a.institution(), situation.action().date()));
        }
        if (c.finding() instanceof Seats s) {
            return Reason.of(Effect.COUNTS_SEATS, c.citation(), new Ground.Size(s.body(), s.count()));
        }
        return Reason.of(effectOf(c.finding()), c.citation(), new Ground.Ruled());
    }

    private static Effect effectOf(Finding finding) {
        if (finding instanceof Grant) {
            return Effect.GRANTS;
        }
        if (finding instanceof Prohibition) {
            return Effect.PROHIBITS;
        }
        if (finding instanceof Denial) {
            return Effect.DENIES;
        }
        if (finding instanceof OpenQuestion) {
            return Effect.LEAVES_OPEN;
        }
        throw new IllegalArgumentException("unexpected finding " + finding);
    }

}
