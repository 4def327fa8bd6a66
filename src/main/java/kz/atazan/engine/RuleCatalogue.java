package kz.atazan.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Edition;
import kz.atazan.model.Family;
import kz.atazan.model.OfficialText;
import kz.atazan.model.Period;
import kz.atazan.text.Sentence;
import org.kie.api.definition.rule.Rule;

/** Every loaded rule's citation, read from its metadata, by rule. */
public final class RuleCatalogue {

    private final Map<String, Citation> citations;
    private final Period modelled;
    private final List<Period> windows;

    private RuleCatalogue(Map<String, Citation> citations) {
        this.citations = citations;
        this.modelled = general(citations.values().stream().map(c -> Map.entry(c.edition(), c.inForce())).toList());
        this.windows = windows(citations.values());
    }

    /**
     * The days every action is answered on: from the first day a rule of the 2019 text or later
     * applies to the last day any rule applies. The wordings before 2019 answer only the actions of
     * a {@link Family}, from the first day of the Constitution of 1995 ({@link Family#span}).
     */
    public static Period general(Collection<Map.Entry<Edition, Period>> windows) {
        return new Period(
                windows.stream().filter(w -> !w.getKey().earlier()).map(w -> w.getValue().from()).min(Comparator.naturalOrder())
                        .orElseGet(() -> windows.stream().map(w -> w.getValue().from()).min(Comparator.naturalOrder()).orElseThrow()),
                windows.stream().map(w -> w.getValue().to()).max(Comparator.naturalOrder()).orElseThrow());
    }

    /** The spans between consecutive days on which some rule's window starts or ends, from the first such day. */
    private static List<Period> windows(Collection<Citation> citations) {
        java.util.TreeSet<LocalDate> starts = new java.util.TreeSet<>();
        for (Citation c : citations) {
            starts.add(c.inForce().from());
            if (!c.inForce().isOpen()) {
                starts.add(c.inForce().to().plusDays(1));
            }
        }
        List<Period> windows = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate start : starts) {
            if (previous != null) {
                windows.add(new Period(previous, start.minusDays(1)));
            }
            previous = start;
        }
        windows.add(new Period(previous, LocalDate.MAX));
        return List.copyOf(windows);
    }

    /** Reads the metadata of every rule of a rule model; fails if any rule lacks a valid citation. */
    static RuleCatalogue of(List<org.drools.model.Rule> rules) throws RuleProblems {
        Map<String, Citation> citations = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (org.drools.model.Rule rule : rules) {
            RuleMetadata.Reading reading = RuleMetadata.read(rule.getName(), rule.getMetaData());
            reading.problems().forEach(p -> problems.add(new RuleProblem("rules/" + rule.getPackage().replace('.', '/'), 0,
                    Sentence.of("tools.problem.rule", "rule", rule.getName(), "problem", p))));
            reading.citation().ifPresent(c -> citations.put(rule.getName(), c));
        }
        if (citations.isEmpty() && problems.isEmpty()) {
            // an empty rule base fails silently in several Drools set-ups (drools-notes §8, pitfall 6)
            problems.add(new RuleProblem("rules", 0, Sentence.of("tools.problem.empty-base")));
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
        return citation(key(rule));
    }

    /** The citation of the rule with this id. */
    public Citation citation(String rule) {
        Citation citation = citations.get(rule);
        if (citation == null) {
            throw new IllegalStateException("no citation for rule " + rule);
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
            public RuleProblem problem(Sentence message) {
                String[] parts = e.getKey().split("\\.");
                return new RuleProblem("rules/" + parts[0] + "/" + parts[1] + ".drl", 0,
                        Sentence.of("tools.problem.rule", "rule", e.getKey(), "problem", message));
            }
        }).toList();
    }

    /** Each provision's wordings follow each other with no day of two wordings and no day of none. */
    public List<RuleProblem> wordingProblems() {
        return CitationChecks.wordingsFollowEachOther(placed());
    }

    /** Why the build would refuse a rule's window: it starts before its edition took effect, or ends after its constitution. */
    /** The quote is missing from these stored texts, which show the text for part of the window. */
    public static Sentence quoteMissing(List<OfficialText> missing, Period window) {
        return CitationChecks.quoteMissing(missing, window);
    }

    public static List<Sentence> windowProblems(Citation citation) {
        return RuleMetadata.windowProblems(citation.edition(), citation.inForce());
    }

    /**
     * Why the build would refuse rules with these citations (an edit of their windows), by rule id:
     * a provision left with two wordings on one day, or none between two wordings.
     */
    public static List<RuleProblem> wordingProblems(Map<String, Citation> rules) {
        List<PlacedRule> placed = rules.entrySet().stream().<PlacedRule>map(e -> new PlacedRule() {
            @Override
            public Citation citation() {
                return e.getValue();
            }

            @Override
            public RuleProblem problem(Sentence message) {
                return new RuleProblem(e.getKey(), 0, message);
            }
        }).toList();
        return CitationChecks.wordingsFollowEachOther(placed);
    }

    public int size() {
        return citations.size();
    }

    /** The days every action is answered on ({@link #general}); a family's actions also earlier ({@link #modelled(Action)}). */
    public Period modelled() {
        return modelled;
    }

    /** The days the rules answer this action on. */
    public Period modelled(Action action) {
        return Family.span(action, modelled);
    }

    /**
     * The wording windows: the spans of days on which the same rules are in force, one after the
     * other from the first day any rule applies (the last one open, and empty of rules if every
     * rule's window is closed). Whatever the rules conclude about an action is the same on every
     * day of one window.
     */
    public List<Period> windows() {
        return windows;
    }

    /** The wording window holding a day, if the day is not before the first one. */
    public Optional<Period> windowOf(LocalDate day) {
        int low = 0;
        int high = windows.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Period window = windows.get(middle);
            if (day.isBefore(window.from())) {
                high = middle - 1;
            } else if (day.isAfter(window.to())) {
                low = middle + 1;
            } else {
                return Optional.of(window);
            }
        }
        return Optional.empty();
    }
}
