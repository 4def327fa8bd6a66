package kz.atazan.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.atazan.model.Action;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.rule.Rule;

/**
 * What a rule's conditions read, which says how it may be evaluated. Most rules look at the action
 * alone: what they conclude depends on the action and not on the day (the day only decides whether
 * the rule is in force), so one firing answers for every day, and many actions can share a session.
 * A few also read what other rules concluded ({@code exists Grant()}): what they conclude on a day
 * depends on which other rules are in force that day.
 */
enum RuleShape {

    /** One action, bound: the rule can be fired for many actions in one session, each firing naming its action. */
    ONE_ACTION,
    /** Only the action, but unbound or quantified ({@code exists Action(...)}): one action per session. */
    ACTION_ONLY,
    /** Also what other rules concluded, positively ({@code exists Grant()}): more findings can only make it fire. */
    FINDINGS,
    /** Anything else (a negated finding, an accumulate, an eval): judged day by day. */
    OTHER;

    /** Whether what the rule concludes about one action is the same on every day it is in force. */
    boolean readsOnlyTheAction() {
        return this == ONE_ACTION || this == ACTION_ONLY;
    }

    static RuleShape of(Rule rule) {
        if (!(rule instanceof RuleImpl impl)) {
            return OTHER;
        }
        GroupElement lhs = impl.getLhs();
        Reading reading = new Reading();
        read(lhs, false, false, reading);
        if (reading.other || reading.negatedFindings) {
            return OTHER;
        }
        if (reading.findings) {
            return FINDINGS;
        }
        return oneAction(lhs) ? ONE_ACTION : ACTION_ONLY;
    }

    /**
     * Whether the rule's conditions hold no negation (no {@code not}, {@code forall} or anything but
     * patterns joined by and, or and exists): more facts can then only make it fire. Among many
     * actions in one session, such a rule fires if it would for any one of them alone.
     */
    static boolean positive(Rule rule) {
        if (!(rule instanceof RuleImpl impl)) {
            return false;
        }
        Reading reading = new Reading();
        read(impl.getLhs(), false, false, reading);
        return !reading.other && !reading.negation;
    }

    /**
     * The classes of the facts the rule's conditions read, or empty when it may read facts of any
     * class (a pattern on something other than a class, or taking its facts from elsewhere).
     */
    static Optional<Set<Class<?>>> classesRead(Rule rule) {
        Set<Class<?>> classes = new HashSet<>();
        return rule instanceof RuleImpl impl && classesRead(impl.getLhs(), classes) ? Optional.of(classes) : Optional.empty();
    }

    private static boolean classesRead(RuleConditionElement element, Set<Class<?>> classes) {
        if (element instanceof GroupElement group) {
            return group.getChildren().stream().allMatch(child -> classesRead(child, classes));
        }
        if (element instanceof Pattern pattern && pattern.getSource() == null && pattern.getObjectType() instanceof ClassObjectType type) {
            classes.add(type.getClassType());
            return true;
        }
        return false;
    }

    private static final class Reading {
        boolean findings;
        boolean negatedFindings;
        boolean negation;
        boolean other;
    }

    private static void read(RuleConditionElement element, boolean negated, boolean quantified, Reading reading) {
        if (element instanceof GroupElement group) {
            boolean not = group.isNot();
            boolean exists = group.isExists();
            reading.negation |= not;
            if (!group.isAnd() && !group.isOr() && !not && !exists) {
                reading.other = true; // forall and whatever else
            }
            for (RuleConditionElement child : group.getChildren()) {
                read(child, negated ^ not, quantified || not || exists, reading);
            }
        } else if (element instanceof Pattern pattern) {
            if (pattern.getSource() != null || !(pattern.getObjectType() instanceof ClassObjectType type)) {
                reading.other = true;
                return;
            }
            if (type.getClassType() != Action.class) {
                reading.findings = true;
                reading.negatedFindings |= negated;
            }
        } else {
            reading.other = true;
        }
    }

    /** Each alternative of the conditions is exactly one bound, unquantified Action pattern. */
    private static boolean oneAction(RuleConditionElement element) {
        if (element instanceof Pattern pattern) {
            return pattern.getSource() == null && pattern.getObjectType() instanceof ClassObjectType type && type.getClassType() == Action.class;
        }
        if (element instanceof GroupElement group) {
            List<RuleConditionElement> children = group.getChildren();
            if (group.isOr()) {
                return !children.isEmpty() && children.stream().allMatch(RuleShape::oneAction);
            }
            if (group.isAnd()) {
                return children.size() == 1 && oneAction(children.get(0));
            }
        }
        return false;
    }
}
