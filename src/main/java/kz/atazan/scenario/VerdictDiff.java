package kz.atazan.scenario;

import kz.atazan.text.Words;
import kz.atazan.model.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.atazan.engine.DecisionSpace;
import kz.atazan.engine.Engine;
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

    /** An action of the decision space whose verdict differs, on the dates it does. */
    public record SpaceChange(Action action, List<LocalDate> dates, Verdict base, Verdict head, List<String> baseRules,
            List<String> headRules) {}

    public record Report(List<CheckChange> checks, List<SpaceChange> space, long spaceSize, long millis) {
        public boolean same() {
            return checks.isEmpty() && space.isEmpty();
        }
    }

    private static final LocalDate UNDATED = LocalDate.of(2000, 1, 1);

    private VerdictDiff() {}

    public static Report of(Engine base, Engine head, List<ScenarioFile> files, boolean wholeSpace) {
        long start = System.nanoTime();
        List<CheckChange> checks = new ArrayList<>();
        for (ScenarioFile file : files) {
            for (Scenario scenario : file.scenarios()) {
                for (Check check : scenario.checks()) {
                    Action action = scenario.actionOn(check.date());
                    Judgment before = base.judge(action);
                    Judgment after = head.judge(action);
                    if (before.verdict() != after.verdict()) {
                        checks.add(new CheckChange(file.path(), check.line(), scenario.id(), check.date(), check.expected(), before, after));
                    }
                }
            }
        }
        List<SpaceChange> space = new ArrayList<>();
        long size = 0;
        if (wholeSpace) {
            DecisionSpace before = DecisionSpace.explore(base);
            DecisionSpace after = DecisionSpace.explore(head);
            Set<Action> actions = new LinkedHashSet<>();
            before.actions().forEach(a -> actions.add(a.on(UNDATED)));
            after.actions().forEach(a -> actions.add(a.on(UNDATED)));
            Set<LocalDate> dates = new TreeSet<>(before.dates());
            dates.addAll(after.dates());
            size = (long) actions.size() * dates.size();
            space = actions.parallelStream().flatMap(action -> changes(base, head, action, dates).stream()).toList();
        }
        return new Report(checks, space, size, (System.nanoTime() - start) / 1_000_000);
    }

    /** The dates on which one action's verdict differs, grouped by the pair of verdicts and the rules behind them. */
    private static List<SpaceChange> changes(Engine base, Engine head, Action action, Set<LocalDate> dates) {
        Map<List<Object>, List<LocalDate>> grouped = new LinkedHashMap<>();
        for (LocalDate date : dates) {
            Judgment before = base.judge(action.on(date));
            Judgment after = head.judge(action.on(date));
            if (before.verdict() != after.verdict()) {
                grouped.computeIfAbsent(List.of(before.verdict(), after.verdict(), decidedBy(before), decidedBy(after)), k -> new ArrayList<>())
                        .add(date);
            }
        }
        List<SpaceChange> changes = new ArrayList<>();
        grouped.forEach((key, days) -> {
            @SuppressWarnings("unchecked")
            List<String> baseRules = (List<String>) key.get(2);
            @SuppressWarnings("unchecked")
            List<String> headRules = (List<String>) key.get(3);
            changes.add(new SpaceChange(action, days, (Verdict) key.get(0), (Verdict) key.get(1), baseRules, headRules));
        });
        return changes;
    }

    /** The decisive reasons, as "Art. 87(4), Constitution of 1995: rule name" or the engine's own reason. */
    public static List<String> decidedBy(Judgment judgment) {
        return judgment.decisiveReasons().stream().map(r -> describe(r, judgment)).distinct().toList();
    }

    private static String describe(Reason reason, Judgment judgment) {
        Words words = Words.in(Language.EN);
        String said = words.reason(reason, judgment.action());
        return reason.citation().map(words::reference).map(r -> r + ": " + said).orElse(said);
    }
}
