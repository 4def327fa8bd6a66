package kz.atazan.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import kz.atazan.engine.Conclusion;
import kz.atazan.engine.Engine;
import kz.atazan.engine.Fired;
import kz.atazan.engine.Outcomes;
import kz.atazan.engine.RuleCatalogue;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Edition;
import kz.atazan.model.Judgment;
import kz.atazan.model.Period;

/**
 * The rules as a {@link Variant} edits them, judged without recompiling anything: from what the rules
 * as written conclude about an action on every day, keep the rules the variant's windows put in
 * force on the action's day and pass their findings through the variant. Where a rule that reads
 * other rules' findings takes part, a session is fired with the variant's windows instead, so that
 * such a rule sees only what the edited rules conclude.
 */
final class VariedRules {

    private final Engine engine;
    private final Variant variant;
    private final Period modelled;
    private final Map<Action, Outcomes> known;

    /** @param known what the rules as written conclude about actions, shared between variants and added to as needed */
    VariedRules(Engine engine, Variant variant, Map<Action, Outcomes> known) {
        this.engine = engine;
        this.variant = variant;
        this.known = known;
        this.modelled = modelled(engine, variant);
    }

    /** A cache of outcomes to share between the variants of one rule base. */
    static Map<Action, Outcomes> cache(Engine engine, List<Action> actions) {
        return new ConcurrentHashMap<>(engine.survey(actions.stream().map(VariedRules::undated).toList()));
    }

    Judgment judge(Action action) {
        List<Conclusion> conclusions = new ArrayList<>();
        conclude(action, outcomes(action), rule -> !variant.rewritten().contains(rule), conclusions);
        for (String rule : variant.rewritten()) {
            variant.seenBy(rule, action).ifPresent(seen -> conclude(seen, outcomes(seen), rule::equals, conclusions));
        }
        return Engine.weigh(action, conclusions, modelled);
    }

    private Outcomes outcomes(Action action) {
        Action undated = undated(action);
        Outcomes outcomes = known.get(undated);
        if (outcomes == null) {
            outcomes = engine.outcomes(undated);
            known.put(undated, outcomes);
        }
        return outcomes;
    }

    /** The action on no day in particular: outcomes answer for every day. */
    static Action undated(Action action) {
        return action.on(LocalDate.EPOCH);
    }

    private void conclude(Action action, Outcomes outcomes, Predicate<String> admitted, List<Conclusion> conclusions) {
        LocalDate day = action.date();
        List<Fired> fired = outcomes.readsOtherFindings()
                ? engine.fire(action, rule -> admitted.test(rule) && inForce(rule, engine.catalogue().citation(rule), day)).fired()
                : outcomes.fired().stream().filter(f -> admitted.test(f.rule()) && inForce(f.rule(), f.citation(), day)).toList();
        for (Fired f : fired) {
            for (int i = 0; i < f.findings().size(); i++) {
                variant.inserted(f.rule(), i, f.findings().get(i)).ifPresent(finding -> conclusions.add(new Conclusion(f.citation(), finding)));
            }
        }
    }

    private boolean inForce(String rule, Citation citation, LocalDate day) {
        return variant.window(rule, citation).map(w -> w.contains(day)).orElse(false);
    }

    /** The days every action is answered on ({@link RuleCatalogue#general}), with the windows as the variant has them. */
    private static Period modelled(Engine engine, Variant variant) {
        List<Map.Entry<Edition, Period>> windows = engine.catalogue().keyed().entrySet().stream()
                .flatMap(e -> variant.window(e.getKey(), e.getValue()).stream().map(w -> Map.entry(e.getValue().edition(), w))).toList();
        if (windows.isEmpty()) {
            // every rule dropped: the dates stay those of the rules as written, and nothing fires
            return engine.catalogue().modelled();
        }
        return RuleCatalogue.general(windows);
    }
}
