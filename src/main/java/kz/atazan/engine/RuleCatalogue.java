package kz.atazan.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.atazan.model.Citation;
import kz.atazan.model.Period;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** Every loaded rule's citation, read from its metadata, by rule. */
public final class RuleCatalogue {

    private final Map<String, Citation> citations;
    private final Period modelled;

    private RuleCatalogue(Map<String, Citation> citations) {
        this.citations = citations;
        this.modelled = new Period(
                citations.values().stream().map(c -> c.inForce().from()).min(Comparator.naturalOrder()).orElseThrow(),
                citations.values().stream().map(c -> c.inForce().to()).max(Comparator.naturalOrder()).orElseThrow());
    }

    /** Reads the metadata of every rule of a rule base; fails if any rule lacks a valid citation. */
    static RuleCatalogue of(KieBase kieBase) throws RuleProblems {
        Map<String, Citation> citations = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleMetadata.Reading reading = RuleMetadata.read(rule.getName(), rule.getMetaData());
                reading.problems().forEach(p -> problems.add(new RuleProblem("rules/" + rule.getPackageName().replace('.', '/'), 0,
                        "rule \"" + rule.getName() + "\": " + p)));
                reading.citation().ifPresent(c -> citations.put(key(rule), c));
            }
        }
        if (citations.isEmpty() && problems.isEmpty()) {
            // an empty rule base fails silently in several Drools set-ups (drools-notes §8, pitfall 6)
            problems.add(new RuleProblem("rules", 0, "the rule base holds no rules"));
        }
        if (!problems.isEmpty()) {
            throw new RuleProblems(problems);
        }
        return new RuleCatalogue(citations);
    }

    /** A rule's key is its id, which is its name (unique across packages: the build checks it). */
    static String key(Rule rule) {
        return rule.getName();
    }

    Citation citationOf(Rule rule) {
        Citation citation = citations.get(key(rule));
        if (citation == null) {
            throw new IllegalStateException("no citation for rule " + key(rule));
        }
        return citation;
    }

    public Collection<Citation> citations() {
        return citations.values();
    }

    /** Each rule's citation by its id. */
    public Map<String, Citation> keyed() {
        return java.util.Collections.unmodifiableMap(citations);
    }

    /** The loaded rules with where each comes from: its DRL package (the build checked its file and line). */
    List<PlacedRule> placed() {
        return citations.entrySet().stream().<PlacedRule>map(e -> new PlacedRule() {
            @Override
            public Citation citation() {
                return e.getValue();
            }

            @Override
            public RuleProblem problem(String message) {
                String[] parts = e.getKey().split("\\.");
                return new RuleProblem("rules/" + parts[0] + "/" + parts[1] + ".drl", 0, "rule \"" + e.getKey() + "\": " + message);
            }
        }).toList();
    }

    public int size() {
        return citations.size();
    }

    /** From the first day any rule applies to the last. */
    public Period modelled() {
        return modelled;
    }
}
