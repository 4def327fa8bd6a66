package kz.atazan.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.atazan.model.Action;
import kz.atazan.model.Constitution;
import kz.atazan.model.Effect;
import kz.atazan.model.Finding;
import kz.atazan.model.Ground;
import kz.atazan.model.Judgment;
import kz.atazan.model.Period;
import kz.atazan.model.Reason;
import kz.atazan.model.Verdict;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Answers whether one action is constitutional on its date. The action's date is the only clock:
 * a rule fires only if the action's date lies in the rule's {@code @inForce} window, so each
 * wording of a provision answers exactly for the days it was in force.
 */
public final class Engine {

    private final RuleBase rules;
    private final Variant variant;
    private Period modelled;

    public Engine(RuleBase rules) {
        this(rules, Variant.NONE);
    }

    private Engine(RuleBase rules, Variant variant) {
        this.rules = rules;
        this.variant = variant;
    }

    /** The same compiled rules, behaving as the variant says (for mutation testing). */
    public Engine varied(Variant other) {
        return new Engine(rules, other);
    }

    public Judgment judge(Action action) {
        Period modelled = modelled();
        if (!modelled.contains(action.date())) {
            return new Judgment(action, Verdict.UNDETERMINED, List.of(outsideTheModel(action.date(), modelled)));
        }
        return Judge.decide(action, conclude(action));
    }

    public RuleCatalogue catalogue() {
        return rules.catalogue();
    }

    /** From the first day any rule applies to the last, with the windows as the variant has them. */
    private Period modelled() {
        if (modelled == null) {
            modelled = modelledWithVariant();
        }
        return modelled;
    }

    private Period modelledWithVariant() {
        if (variant == Variant.NONE) {
            return rules.catalogue().modelled();
        }
        List<Period> windows = rules.catalogue().keyed().entrySet().stream()
                .flatMap(e -> variant.window(e.getKey(), e.getValue()).stream()).toList();
        if (windows.isEmpty()) {
            // every rule dropped: the dates stay those of the rules as written, and nothing fires
            return rules.catalogue().modelled();
        }
        return new Period(windows.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow(),
                windows.stream().map(Period::to).max(LocalDate::compareTo).orElseThrow());
    }

    /**
     * What each rule in force on the action's date concludes about it, with the rule's citation:
     * the findings behind {@link #judge}'s reasons (a condition as the rules state it, the office
     * an absence is about), for callers that reason about what would change the verdict.
     */
    public List<Conclusion> conclude(Action action) {
        return trace(action).conclusions();
    }

    /**
     * What the rules concluded about an action, which rules fired, and which matched it but were
     * out of force on its date (a change of window would make them fire).
     */
    public record Trace(List<Conclusion> conclusions, Set<String> fired, Set<String> outOfForce) {}

    public Trace trace(Action action) {
        Trace main = run(action, key -> !variant.rewritten().contains(key));
        for (String key : variant.rewritten()) {
            variant.seenBy(key, action).ifPresent(seen -> {
                Trace apart = run(seen, key::equals);
                main.conclusions().addAll(apart.conclusions());
                main.fired().addAll(apart.fired());
            });
        }
        return main;
    }

    private Trace run(Action action, Predicate<String> admitted) {
        List<Conclusion> conclusions = new ArrayList<>();
        Set<String> fired = new HashSet<>();
        Set<String> outOfForce = new HashSet<>();
        RuleCatalogue catalogue = rules.catalogue();
        KieSession session = rules.kieBase().newKieSession();
        try {
            Recorder recorder = new Recorder((rule, finding) -> conclusions.add(new Conclusion(catalogue.citationOf(rule), finding)));
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
            session.insert(action);
            session.fireAllRules(match -> {
                String key = RuleCatalogue.key(match.getRule());
                if (!admitted.test(key)) {
                    return false;
                }
                if (!inForce(match.getRule(), action.date())) {
                    outOfForce.add(key);
                    return false;
                }
                fired.add(key);
                return true;
            });
        } finally {
            session.dispose();
        }
        return new Trace(conclusions, fired, outOfForce);
    }

    /**
     * The actions, among many, that some rule speaks to on any date, with a finding that counts:
     * one session for all and no windows, so a survey of the whole space takes seconds. Only for
     * finding what to enumerate: a rule that looks at other findings may see another action's,
     * so the answer can include a few too many.
     */
    public Set<Action> spokenTo(List<Action> actions, Predicate<Finding> counts) {
        Set<Action> spoken = new HashSet<>();
        KieSession session = rules.kieBase().newKieSession();
        try {
            // what a firing inserts is credited to the action its rule matched
            Action[] firing = new Action[1];
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    firing[0] = event.getMatch().getObjects().stream().filter(Action.class::isInstance).map(Action.class::cast)
                            .findFirst().orElse(null);
                }
            });
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (firing[0] != null && event.getObject() instanceof Finding f && counts.test(f)) {
                        spoken.add(firing[0]);
                    }
                }
            });
            actions.forEach(session::insert);
            session.fireAllRules(match -> variant.window(RuleCatalogue.key(match.getRule()), rules.catalogue().citationOf(match.getRule())).isPresent());
        } finally {
            session.dispose();
        }
        return spoken;
    }

    private boolean inForce(Rule rule, LocalDate date) {
        return variant.window(RuleCatalogue.key(rule), rules.catalogue().citationOf(rule)).map(p -> p.contains(date)).orElse(false);
    }

    /** Records what each firing inserts, through the variant. */
    private final class Recorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        private final java.util.function.BiConsumer<Rule, Finding> sink;
        private int inserted;

        Recorder(java.util.function.BiConsumer<Rule, Finding> sink) {
            this.sink = sink;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            inserted = 0;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getRule() != null && event.getObject() instanceof Finding finding) {
                variant.inserted(RuleCatalogue.key(event.getRule()), inserted++, finding).ifPresent(f -> sink.accept(event.getRule(), f));
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // rules never update facts
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            // rules never delete facts
        }
    }

    /** Why a date outside every modelled wording gets no answer. */
    static Reason outsideTheModel(LocalDate date, Period modelled) {
        Optional<Constitution> inForce = Constitution.on(date);
        Ground.Outside.Why why;
        if (inForce.isEmpty()) {
            why = Ground.Outside.Why.NO_CONSTITUTION;
        } else if (date.isBefore(modelled.from())) {
            why = Ground.Outside.Why.BEFORE_MODELLED;
        } else if (inForce.get() == Constitution.OF_2026 && modelled.to().isBefore(Constitution.OF_2026.firstDay())) {
            why = Ground.Outside.Why.CONSTITUTION_NOT_MODELLED;
        } else {
            why = Ground.Outside.Why.AFTER_MODELLED;
        }
        return Reason.uncited(Effect.NOT_MODELLED, new Ground.Outside(why, date, modelled, inForce));
    }
}
