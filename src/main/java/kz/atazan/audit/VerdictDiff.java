package kz.atazan.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.atazan.engine.Conclusion;
import kz.atazan.engine.Engine;
import kz.atazan.engine.Outcomes;
import kz.atazan.model.Family;
import kz.atazan.model.Period;
import kz.atazan.scenario.Check;
import kz.atazan.scenario.Scenario;
import kz.atazan.scenario.ScenarioFile;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Judgment;
import kz.atazan.model.Reason;
import kz.atazan.model.Verdict;

/**
 * Every verdict two versions of the rules give differently: on the scenario checks, and over the
 * union of both versions' decision spaces. Each difference names the rules that decided it on
 * each side.
 */
public final class VerdictDiff {

    /** A scenario check whose verdict differs. */
    public record CheckChange(String file, int line, String scenario, LocalDate date, Verdict expected, Judgment base, Judgment head) {}

    /** An action of the decision space whose verdict differs, on the dates it does, with the reasons deciding it on each side. */
    public record SpaceChange(Action action, List<LocalDate> dates, Verdict base, Verdict head, List<Reason> baseReasons,
            List<Reason> headReasons) {}

    public record Report(List<CheckChange> checks, List<SpaceChange> space, long spaceSize, long millis) {
        public boolean same() {
            return checks.isEmpty() && space.isEmpty();
        }
    }

    private static final LocalDate UNDATED = LocalDate.of(2000, 1, 1);

    private VerdictDiff() {}

    public static Report of(Engine base, Engine head, List<ScenarioFile> files, boolean wholeSpace) {
        long start = System.nanoTime();
        record Case(ScenarioFile file, Scenario scenario, Check check) {}
        List<Case> cases = new ArrayList<>();
        for (ScenarioFile file : files) {
            for (Scenario scenario : file.scenarios()) {
                for (Check check : scenario.checks()) {
                    cases.add(new Case(file, scenario, check));
                }
            }
        }
        List<CheckChange> checks = cases.parallelStream().flatMap(c -> {
            Action action = c.scenario().actionOn(c.check().date());
            Judgment before = base.judge(action);
            Judgment after = head.judge(action);
            return before.verdict() == after.verdict() ? Stream.<CheckChange>empty()
                    : Stream.of(new CheckChange(c.file().path(), c.check().line(), c.scenario().id(), c.check().date(), c.check().expected(),
                            before, after));
        }).toList();
        List<SpaceChange> space = new ArrayList<>();
        long size = 0;
        if (wholeSpace) {
            DecisionSpace before = DecisionSpace.explore(base);
            DecisionSpace after = head == base ? before : DecisionSpace.explore(head);
            Set<Action> actions = new LinkedHashSet<>();
            before.actions().forEach(a -> actions.add(a.on(UNDATED)));
            after.actions().forEach(a -> actions.add(a.on(UNDATED)));
            Set<LocalDate> dates = new TreeSet<>(before.dates());
            dates.addAll(after.dates());
            size = (long) actions.size() * dates.size();
            Period baseDays = base.catalogue().modelled();
            Period headDays = head.catalogue().modelled();
            space = actions.parallelStream().flatMap(action -> changes(action, dates,
                    before.outcomesOf(action).orElseGet(() -> base.outcomes(action)), baseDays,
                    after.outcomesOf(action).orElseGet(() -> head.outcomes(action)), headDays).stream()).toList();
        }
        return new Report(checks, space, size, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The dates on which one action's verdict differs, grouped by the pair of verdicts and the rules
     * behind them: the verdicts are weighed from what each version's rules conclude on each date,
     * and the reasons written only where they differ.
     */
    private static List<SpaceChange> changes(Action action, Set<LocalDate> dates, Outcomes base, Period baseDays, Outcomes head,
            Period headDays) {
        Map<List<Object>, List<LocalDate>> grouped = new LinkedHashMap<>();
        List<LocalDate> inOrder = List.copyOf(dates);
        List<List<Conclusion>> wasOn = base.on(inOrder);
        List<List<Conclusion>> isOn = head.on(inOrder);
        // the days of one wording window share their conclusions, and the verdict on such a day
        // reads only them and the action (the day decides only whether the action is modelled on
        // it): each side's verdict is weighed once for each window, unless the day is outside
        Period baseModelled = Family.span(action, baseDays);
        Period headModelled = Family.span(action, headDays);
        Map<List<Conclusion>, Verdict> baseVerdicts = new IdentityHashMap<>();
        Map<List<Conclusion>, Verdict> headVerdicts = new IdentityHashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            LocalDate date = inOrder.get(i);
            Action dated = action.on(date);
            List<Conclusion> was = wasOn.get(i);
            List<Conclusion> is = isOn.get(i);
            Verdict wasJudged = baseModelled.contains(date)
                    ? baseVerdicts.computeIfAbsent(was, c -> Engine.verdict(dated, c, baseDays)) : Verdict.UNDETERMINED;
            Verdict isJudged = headModelled.contains(date)
                    ? headVerdicts.computeIfAbsent(is, c -> Engine.verdict(dated, c, headDays)) : Verdict.UNDETERMINED;
            if (wasJudged != isJudged) {
                Judgment before = Engine.weigh(dated, was, baseDays);
                Judgment after = Engine.weigh(dated, is, headDays);
                grouped.computeIfAbsent(List.of(before.verdict(), after.verdict(), decidedBy(before), decidedBy(after)), k -> new ArrayList<>())
                        .add(date);
            }
        }
        List<SpaceChange> changes = new ArrayList<>();
        grouped.forEach((key, days) -> {
            @SuppressWarnings("unchecked")
            List<Reason> baseReasons = (List<Reason>) key.get(2);
            @SuppressWarnings("unchecked")
            List<Reason> headReasons = (List<Reason>) key.get(3);
            changes.add(new SpaceChange(action, days, (Verdict) key.get(0), (Verdict) key.get(1), baseReasons, headReasons));
        });
        return changes;
    }

    /** The decisive reasons, each once. */
    public static List<Reason> decidedBy(Judgment judgment) {
        return judgment.decisiveReasons().stream().distinct().toList();
    }
}
