package kz.atazan.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.atazan.model.Action;
import kz.atazan.model.Constitution;
import kz.atazan.model.Effect;
import kz.atazan.model.Family;
import kz.atazan.model.Finding;
import kz.atazan.model.Ground;
import kz.atazan.model.Judgment;
import kz.atazan.model.Period;
import kz.atazan.model.Reason;
import kz.atazan.model.Verdict;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Answers whether one action is constitutional on its date. The action's date is the only clock:
 * a rule fires only if the action's date lies in the rule's {@code @inForce} window, so each
 * wording of a provision answers exactly for the days it was in force.
 *
 * <p>One question is one Drools session ({@link #evaluate}). The tools that survey many actions
 * ask instead what the rules conclude about an action on every day at once ({@link #survey}): the
 * rules read the action, not the day, so one firing of every rule that matches it, whatever its
 * window, answers for every day, and only the day's wording window is left to apply.
 */
public final class Engine {

    /** Actions per session when many are fired together (a session slows as its agenda grows: drools-notes §2c). */
    private static final int BATCH = 1000;

    /** Actions tried together at first for the rules that read more than one action (see {@link #onWhichMoreFires}). */
    private static final int GROUP = 64;

    private final RuleBase rules;
    /** Sessions kept for reuse, by rule base: Drools resets one when it is disposed. */
    private final Map<KieBase, KieSessionsPool> pools = new ConcurrentHashMap<>();

    public Engine(RuleBase rules) {
        this.rules = rules;
    }

    public RuleCatalogue catalogue() {
        return rules.catalogue();
    }

    /** The fingerprint of the rules' files when they are the ones compiled at build time (see {@link RuleBase#builtFrom}). */
    public Optional<String> builtFrom() {
        return rules.builtFrom();
    }

    /** The judgment of one action with the conclusions behind it: one session, of the rules in force on its day. */
    public Evaluation evaluate(Action action) {
        Period modelled = catalogue().modelled(action);
        if (!modelled.contains(action.date())) {
            return new Evaluation(new Judgment(action, Verdict.UNDETERMINED, List.of(outsideTheModel(action.date(), modelled))), List.of());
        }
        List<Conclusion> conclusions = fire(rules.kieBaseOn(action.date()), action, inForceOn(action.date())).conclusions();
        return new Evaluation(Judge.decide(action, conclusions), conclusions);
    }

    public Judgment judge(Action action) {
        return evaluate(action).judgment();
    }

    /** The rules in force on a day, by id. */
    public Predicate<String> inForceOn(LocalDate day) {
        RuleCatalogue catalogue = catalogue();
        return rule -> catalogue.citation(rule).inForce().contains(day);
    }

    /**
     * One session of every rule on one action, in which only the admitted rules fire (the rule's id
     * decides): what they concluded, and which other rules matched the action.
     */
    public Firing fire(Action action, Predicate<String> admitted) {
        return fire(rules.kieBase(), action, admitted);
    }

    private Firing fire(KieBase kieBase, Action action, Predicate<String> admitted) {
        return new Worker(pooled(kieBase)).fire(List.of(action), admitted);
    }

    /** A session of a rule base from its pool: disposing of it resets it and gives it back, which costs far less than a new one. */
    private KieSession pooled(KieBase kieBase) {
        return pools.computeIfAbsent(kieBase, k -> k.newKieSessionsPool(2)).newKieSession();
    }

    /** The judgment the engine gives an action on the conclusions of some rules, outside its modelled days undetermined. */
    public static Judgment weigh(Action action, List<Conclusion> conclusions, Period general) {
        Period modelled = Family.span(action, general);
        if (!modelled.contains(action.date())) {
            return new Judgment(action, Verdict.UNDETERMINED, List.of(outsideTheModel(action.date(), modelled)));
        }
        return Judge.decide(action, conclusions);
    }

    /** The verdict {@link #weigh} would give, without its reasons: for comparing many verdicts fast. */
    public static Verdict verdict(Action action, List<Conclusion> conclusions, Period general) {
        return Family.span(action, general).contains(action.date()) ? Judge.verdict(action, conclusions) : Verdict.UNDETERMINED;
    }

    /** What the rules conclude about one action on every day (the action's own date does not matter). */
    public Outcomes outcomes(Action action) {
        return survey(List.of(action)).get(action);
    }

    /**
     * {@link #outcomes} of many actions, each distinct action once. The rules that read one action
     * and nothing else fire for a thousand actions in one session, each firing naming its action;
     * the few that read more (what other rules found, or any action at all) fire in a session of
     * their own for each action, with what the others found on any day.
     */
    public Map<Action, Outcomes> survey(Collection<Action> actions) {
        // neighbours in the vocabulary's order share a session: the few rules that read more than
        // one action then fire in few sessions, and only their actions need one of their own
        List<Action> distinct = new LinkedHashSet<>(actions).stream()
                .sorted(Comparator.comparing(Action::actor).thenComparing(Action::act).thenComparing(Action::target)).toList();
        Map<Action, List<Fired>> oneAction = new ConcurrentHashMap<>();
        Set<Action> readMore = ConcurrentHashMap.newKeySet();
        if (distinct.size() < BATCH / 10) {
            // too few to share a session worth its making: each in a session from the pool
            distinct.forEach(a -> oneAction.put(a, fire(rules.kieBase(), a, rule -> rules.shape(rule) == RuleShape.ONE_ACTION).fired()));
            readMore.addAll(distinct);
        } else {
            batches(distinct).parallelStream().forEach(batch -> fireTogether(batch, oneAction, readMore));
            if (rules.readingMoreIsPositive() && rules.judgedDayByDay().isEmpty()) {
                List<Action> marked = distinct.stream().filter(readMore::contains).toList();
                readMore.clear();
                readMore.addAll(onWhichMoreFires(marked, oneAction));
            }
        }
        RuleCatalogue catalogue = catalogue();
        return distinct.parallelStream().collect(Collectors.toConcurrentMap(a -> a, a -> readMore.contains(a)
                ? complete(a, oneAction.getOrDefault(a, List.of()))
                : new Outcomes(oneAction.getOrDefault(a, List.of()), Map.of(), catalogue)));
    }

    private static List<List<Action>> batches(List<Action> actions) {
        return batches(actions, BATCH);
    }

    private static List<List<Action>> batches(List<Action> actions, int size) {
        List<List<Action>> batches = new ArrayList<>();
        for (int i = 0; i < actions.size(); i += size) {
            batches.add(actions.subList(i, Math.min(actions.size(), i + size)));
        }
        return batches;
    }

    /**
     * Of the actions marked for a session of their own, those on which a rule reading more than
     * one action may fire. A batch marks all of its actions when such a rule reads an action
     * unbound (one fires in nearly every batch), though it fires for few of them alone. Those rules
     * are then fired on a group of marked actions with what the other rules found about each, on
     * any day: where none fires, none fires for any of the group alone (they hold no negation, so
     * fewer facts cannot make one fire), and where one does, each half of the group is tried
     * again, down to single actions, which then get their session. Neighbours in the vocabulary's
     * order are grouped, since the actions these rules speak to lie together.
     */
    private Set<Action> onWhichMoreFires(List<Action> marked, Map<Action, List<Fired>> oneAction) {
        Set<Action> fires = ConcurrentHashMap.newKeySet();
        batches(marked, GROUP).parallelStream().forEach(group -> narrow(group, oneAction, fires));
        return fires;
    }

    private void narrow(List<Action> group, Map<Action, List<Fired>> oneAction, Set<Action> fires) {
        if (group.size() == 1) {
            // its own session, in which what fires is also kept, is the one that tells
            fires.addAll(group);
            return;
        }
        List<Object> facts = new ArrayList<>();
        for (Action action : group) {
            facts.add(action);
            oneAction.getOrDefault(action, List.of()).forEach(f -> addRead(facts, f));
        }
        if (!readingMore(facts, rule -> true).fired().isEmpty()) {
            int half = group.size() / 2;
            narrow(group.subList(0, half), oneAction, fires);
            narrow(group.subList(half, group.size()), oneAction, fires);
        }
    }

    /**
     * Fires every rule on many actions in one session. Each firing of a rule that reads one action
     * only is credited to its action. A rule reading more may fire here on what several actions
     * found together; where none does, none would for any action alone (they hold no negation), and
     * where one does, the actions it could concern are marked for a session of their own.
     */
    private void fireTogether(List<Action> batch, Map<Action, List<Fired>> sink, Set<Action> readMore) {
        if (!rules.readingMoreIsPositive()) {
            readMore.addAll(batch);
        }
        KieSession session = rules.kieBase().newKieSession();
        try {
            RuleCatalogue catalogue = catalogue();
            Action[] action = new Action[1];
            List<List<Finding>> current = new ArrayList<>(1);
            current.add(null);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    List<Action> bound = event.getMatch().getObjects().stream().filter(Action.class::isInstance).map(Action.class::cast).toList();
                    if (rules.shape(event.getMatch().getRule().getName()) == RuleShape.ONE_ACTION) {
                        action[0] = bound.get(0);
                        current.set(0, new ArrayList<>());
                    } else if (!bound.isEmpty()) {
                        // a rule holding no negation fires for an action alone only with that action bound
                        readMore.addAll(bound);
                    } else {
                        readMore.addAll(batch);
                    }
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    if (current.get(0) != null) {
                        sink.computeIfAbsent(action[0], a -> new ArrayList<>())
                                .add(new Fired(catalogue.citation(event.getMatch().getRule().getName()), current.get(0)));
                    }
                    current.set(0, null);
                }
            });
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (current.get(0) != null && event.getObject() instanceof Finding finding) {
                        current.get(0).add(finding);
                    }
                }
            });
            batch.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /** A session of the rules that read more than one action, on an action and what other rules found about it. */
    private Firing readingMore(List<Object> facts, Predicate<String> admitted) {
        return new Worker(pooled(rules.readingMore())).fire(facts, admitted);
    }

    /** Adds the findings of a firing that the rules reading more than one action may read. */
    private void addRead(List<Object> facts, Fired fired) {
        for (Finding finding : fired.findings()) {
            if (rules.readByReadingMore(finding)) {
                facts.add(finding);
            }
        }
    }

    /** Adds what the rules that read more than one action conclude, by wording window where it can depend on the day. */
    private Outcomes complete(Action action, List<Fired> oneAction) {
        RuleCatalogue catalogue = catalogue();
        if (!rules.someRuleReadsMore()) {
            return new Outcomes(oneAction, Map.of(), catalogue);
        }
        // the action with what the other rules found on any day: more findings can only make a rule
        // reading them fire, so one that does not fire here fires on no day
        List<Object> facts = new ArrayList<>();
        facts.add(action);
        oneAction.forEach(f -> addRead(facts, f));
        Firing more = readingMore(facts, rule -> true);
        List<Fired> fired = new ArrayList<>(oneAction);
        fired.addAll(more.fired());
        List<String> readingFindings = more.fired().stream().map(Fired::rule).filter(rule -> !rules.shape(rule).readsOnlyTheAction()).toList();
        List<String> daily = rules.judgedDayByDay();
        if (readingFindings.isEmpty() && daily.isEmpty()) {
            return new Outcomes(fired, Map.of(), catalogue);
        }
        // such a rule fires on a day only if the rules whose findings it reads are in force that day:
        // where one is in force, the rules reading more fire again on what that day's rules found
        // (once for each distinct such day), or where a rule is in force that could read anything,
        // a session of the day's rules is fired
        Map<Period, List<Fired>> byWindow = new HashMap<>();
        Map<List<String>, List<Fired>> byInput = new HashMap<>();
        for (Period window : catalogue.windows()) {
            LocalDate day = window.from();
            Predicate<String> inForce = inForceOn(day);
            if (daily.stream().anyMatch(inForce)) {
                byWindow.put(window, fire(action.on(day), inForce).fired());
            } else if (readingFindings.stream().anyMatch(inForce)) {
                List<Fired> plain = oneAction.stream().filter(f -> inForce.test(f.rule())).toList();
                List<String> input = new ArrayList<>(plain.stream().map(Fired::rule).sorted().toList());
                input.add("|");
                rules.readingMoreRules().stream().filter(inForce).forEach(input::add);
                List<Fired> extra = byInput.computeIfAbsent(input, k -> {
                    List<Object> known = new ArrayList<>();
                    known.add(action.on(day));
                    plain.forEach(f -> addRead(known, f));
                    return readingMore(known, inForce).fired();
                });
                List<Fired> onDay = new ArrayList<>(plain);
                onDay.addAll(extra);
                byWindow.put(window, onDay);
            }
        }
        return new Outcomes(fired, byWindow, catalogue);
    }

    /**
     * The actions, among many, that some rule speaks to on any date with a finding that counts,
     * fired together in sessions of a thousand: only for finding what to enumerate. Only the rules
     * that read one action and nothing else take part (each of their firings names its action); a
     * rule that reads other findings, or quantifies over actions, can add to what an action gets
     * but is not asked which actions it speaks to.
     */
    public Set<Action> spokenTo(List<Action> actions, Predicate<Finding> counts) {
        Set<Action> spoken = ConcurrentHashMap.newKeySet();
        batches(actions).parallelStream().forEach(batch -> spokenTo(batch, counts, spoken));
        return spoken;
    }

    private void spokenTo(List<Action> batch, Predicate<Finding> counts, Set<Action> spoken) {
        KieSession session = pooled(rules.oneAction());
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
            batch.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /** One question in a session from the pool: insert the action, fire, record what fired, give the session back. */
    private final class Worker extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        private final KieSession session;
        private final RuleCatalogue catalogue = catalogue();
        private List<Fired> fired;
        private Set<String> refused;
        private List<Finding> current;

        Worker(KieSession session) {
            this.session = session;
            session.addEventListener((AgendaEventListener) this);
            session.addEventListener((RuleRuntimeEventListener) this);
        }

        Firing fire(List<Object> facts, Predicate<String> admitted) {
            fired = new ArrayList<>();
            refused = new HashSet<>();
            try {
                facts.forEach(session::insert);
                session.fireAllRules(match -> {
                    String rule = match.getRule().getName();
                    if (admitted.test(rule)) {
                        return true;
                    }
                    refused.add(rule);
                    return false;
                });
                return new Firing(fired, refused);
            } finally {
                session.dispose();
            }
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            current = new ArrayList<>();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            fired.add(new Fired(catalogue.citation(event.getMatch().getRule().getName()), current));
            current = null;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (current != null && event.getRule() != null && event.getObject() instanceof Finding finding) {
                current.add(finding);
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // rules never update facts
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            // only the engine deletes, to empty the session
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
