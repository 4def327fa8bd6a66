package kz.atazan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.function.Supplier;
import kz.atazan.engine.Engine;
import kz.atazan.model.Action;
import kz.atazan.model.ActionField;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Condition;
import kz.atazan.model.Ground;
import kz.atazan.model.Judgment;
import kz.atazan.model.PersonField;
import kz.atazan.model.Reason;
import kz.atazan.model.Triple;

/**
 * The conditions that matter for an actor, act and target, on any of the days given (the days the
 * wordings change): each condition some rule tests (a consent, a proposal, a consultation, an
 * opinion, a vote, an initiative, a number of candidates) with the bodies it names, and each
 * circumstance and fact about the person whose presence changes what the rules conclude. What the
 * Ask form offers once the three are chosen: a student is not asked about consents no rule reads.
 * Each combination is worked out once and kept (the rules do not change while the site runs).
 */
final class ConditionsThatMatter {

    /** Per option name (as the command line writes it), the values that matter; empty when the field matters as a whole. */
    record Matter(Map<String, Set<String>> byOption) {

        Matter {
            Map<String, Set<String>> copy = new LinkedHashMap<>();
            byOption.forEach((option, values) -> copy.put(option, Set.copyOf(values)));
            byOption = Map.copyOf(copy);
        }

        boolean matters(String option) {
            return byOption.containsKey(option);
        }

        /** Whether this value of the option matters (any value does where the field matters as a whole). */
        boolean matters(String option, String value) {
            Set<String> values = byOption.get(option);
            return values != null && (values.isEmpty() || values.contains(value));
        }
    }

    private record Asked(Triple triple, List<LocalDate> days) {}

    private final Supplier<Engine> engine;
    private final Map<Asked, Matter> known = new ConcurrentHashMap<>();

    ConditionsThatMatter(Supplier<Engine> engine) {
        this.engine = engine;
    }

    Matter of(Triple triple, List<LocalDate> days) {
        return known.computeIfAbsent(new Asked(triple, List.copyOf(days)), t -> survey(t.triple(), t.days()));
    }

    private Matter survey(Triple t, List<LocalDate> days) {
        Map<String, Set<String>> matter = new LinkedHashMap<>();
        for (LocalDate day : days) {
            Action bare = Action.of(t.actor(), t.act(), t.target(), day);
            Judgment plain = engine.get().judge(bare);
            tested(plain, matter);
            // most days no fact matters at all: one judgment with every fact set tells, before each is tried alone
            Judgment everything = engine.get().judge(facts().stream().reduce(bare, (a, f) -> f.apply(a), (a, b) -> b));
            if (sameConclusions(plain, everything)) {
                continue;
            }
            tested(everything, matter);
            for (Circumstance c : Circumstance.values()) {
                Judgment with = engine.get().judge(bare.with(b -> b.circumstance(c, true)));
                if (!sameConclusions(plain, with)) {
                    matter.computeIfAbsent(CIRCUMSTANCE, k -> new LinkedHashSet<>()).add(c.label());
                    tested(with, matter);
                }
            }
            for (PersonField fact : PersonField.values()) {
                if (!sameConclusions(plain, engine.get().judge(bare.with(b -> b.appointee(fact.made(bare.appointee())))))) {
                    matter.putIfAbsent(fact.option(), new HashSet<>());
                }
            }
        }
        return new Matter(matter);
    }

    /** The option of the circumstances, as the field table names it. */
    private static final String CIRCUMSTANCE = ActionField.CIRCUMSTANCES.option();

    private static List<UnaryOperator<Action>> facts() {
        List<UnaryOperator<Action>> facts = new ArrayList<>();
        for (Circumstance c : Circumstance.values()) {
            facts.add(a -> a.with(b -> b.circumstance(c, true)));
        }
        for (PersonField fact : PersonField.values()) {
            facts.add(a -> a.with(b -> b.appointee(fact.made(a.appointee()))));
        }
        return facts;
    }

    /** Each condition the rules tested, under its option, with the body it names where the option takes names (not for a count or a tally). */
    private static void tested(Judgment judgment, Map<String, Set<String>> matter) {
        for (Reason r : judgment.reasons()) {
            if (r.ground() instanceof Ground.Tested tested) {
                Condition c = tested.condition();
                Set<String> values = matter.computeIfAbsent(c.field().option(), k -> new LinkedHashSet<>());
                ActionField.Shape shape = c.field().shape();
                if (shape == ActionField.Shape.NAMES || shape == ActionField.Shape.NAME) {
                    c.party().ifPresent(body -> values.add(body.label()));
                }
            }
        }
    }

    private static boolean sameConclusions(Judgment a, Judgment b) {
        return a.verdict() == b.verdict() && a.reasons().stream().map(ConditionsThatMatter::said).toList()
                .equals(b.reasons().stream().map(ConditionsThatMatter::said).toList());
    }

    /** A reason without what it says of the action's own values: which provision, to what effect, on what ground. */
    private static String said(Reason r) {
        return r.effect() + " " + r.citation().map(Object::toString).orElse("") + " " + r.decisive() + " " + r.ground().getClass().getSimpleName()
                + (r.ground() instanceof Ground.Tested t ? t.condition() + " " + t.met() : "");
    }
}
