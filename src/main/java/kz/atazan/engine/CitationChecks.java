package kz.atazan.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.atazan.model.Constitution;
import kz.atazan.model.Edition;
import kz.atazan.model.Family;
import kz.atazan.model.Language;
import java.util.Arrays;
import kz.atazan.model.OfficialText;
import kz.atazan.model.Period;
import kz.atazan.model.Provision;
import kz.atazan.model.Citation;
import kz.atazan.text.Sentence;

/**
 * Checks that look at all rules together: the wordings of one provision follow each other without
 * gap or overlap, and every quote stands in the official text on every day its rule applies.
 */
final class CitationChecks {

    private CitationChecks() {}

    static List<RuleProblem> check(List<DeclaredRule> rules, OfficialTexts texts, boolean wordings) {
        List<RuleProblem> problems = new ArrayList<>(wordings ? wordingsFollowEachOther(rules) : List.of());
        problems.addAll(idsAreUnique(rules));
        if (texts != null) {
            for (DeclaredRule rule : rules) {
                List<OfficialText> missing = texts.textsMissing(rule.citation());
                if (rule.citation().quoteKk().isPresent() && Arrays.stream(OfficialText.values())
                        .noneMatch(t -> t.language() == Language.KK && t.shows().overlaps(rule.citation().inForce()))) {
                    problems.add(rule.problem(Sentence.of("tools.problem.quote-kk-no-text", "window", rule.citation().inForce().toString())));
                }
                if (!missing.isEmpty()) {
                    problems.add(rule.problem(quoteMissing(missing, rule.citation().inForce())));
                }
            }
        }
        return problems;
    }

    /** Reports, diffs and recorded mutants name a rule by its id: two rules may not share one. */
    static List<RuleProblem> idsAreUnique(List<DeclaredRule> rules) {
        Map<String, DeclaredRule> first = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (DeclaredRule rule : rules) {
            DeclaredRule earlier = first.putIfAbsent(rule.citation().id(), rule);
            if (earlier != null) {
                problems.add(rule.problem(Sentence.of("tools.problem.id-taken", "place", earlier.file() + ":" + earlier.line())));
            }
        }
        return problems;
    }

    /**
     * One provision has exactly one wording on any day of its life: the spans of its editions (from
     * the first day any of its rules applies to the last) neither overlap nor leave a gap. A gap is
     * allowed where a rule citing the whole article covers it, as when the wording of the article
     * in force on those days is not in the sources and the rule leaves the question open. A
     * provision with a wording before 2019 must be one a {@link Family} declares, and its wordings
     * start on the day the family declares (the first day of the Constitution of 1995, or of the
     * amendment that made the provision); any other provision's wordings start where its first rule
     * does, from 2019.
     */
    static List<RuleProblem> wordingsFollowEachOther(List<? extends PlacedRule> rules) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Map<Edition, List<PlacedRule>>> byProvision = new TreeMap<>();
        Map<String, Citation> cited = new TreeMap<>();
        for (PlacedRule rule : rules) {
            // "Art. 44" of 1995 and "Art. 44" of 2026 are different provisions
            cited.putIfAbsent(rule.citation().reference(), rule.citation());
            byProvision.computeIfAbsent(rule.citation().reference(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(rule.citation().edition(), e -> new ArrayList<>())
                    .add(rule);
        }
        byProvision.forEach((reference, editions) -> {
            // a citation of the provision: said, it names the provision and its constitution
            Citation provision = cited.get(reference);
            List<Map.Entry<Edition, Period>> spans = editions.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), span(e.getValue())))
                    .sorted(Comparator.comparing(e -> e.getValue().from()))
                    .toList();
            PlacedRule first = editions.get(spans.get(0).getKey()).get(0);
            Optional<Edition> declared = first.citation().edition().constitution() == Constitution.OF_1995
                    ? Family.firstWording(first.citation().provision().toString())
                    : Optional.empty();
            boolean before2019 = editions.keySet().stream().anyMatch(Edition::earlier);
            if (before2019 && declared.isPresent() && !spans.get(0).getValue().from().equals(declared.get().effective())) {
                // a family answers from the first day of 1995: each of its provisions has a wording on every day from its first
                problems.add(first.problem(Sentence.of("tools.problem.family-gap", "provision", provision, "from", declared.get().effective(),
                        "edition", declared.get(), "to", spans.get(0).getValue().from().minusDays(1))));
            }
            if (before2019 && declared.isEmpty()) {
                editions.keySet().stream().filter(Edition::earlier).findFirst().ifPresent(e -> problems.add(editions.get(e).get(0).problem(
                        Sentence.of("tools.problem.no-family", "provision", provision, "edition", e))));
            }
            for (int i = 1; i < spans.size(); i++) {
                Map.Entry<Edition, Period> earlier = spans.get(i - 1);
                Map.Entry<Edition, Period> later = spans.get(i);
                PlacedRule witness = editions.get(later.getKey()).get(0);
                if (earlier.getValue().overlaps(later.getValue())) {
                    problems.add(witness.problem(Sentence.of("tools.problem.overlap", "provision", provision,
                            "earlier", earlier.getKey(), "earlierWindow", earlier.getValue().toString(),
                            "later", later.getKey(), "laterWindow", later.getValue().toString())));
                } else if (earlier.getValue().to().plusDays(1).isBefore(later.getValue().from())
                        && !coveredByTheWholeArticle(witness.citation().edition().constitution(), witness.citation().provision(),
                                earlier.getValue().to().plusDays(1),
                                later.getValue().from().minusDays(1), rules)) {
                    problems.add(witness.problem(Sentence.of("tools.problem.gap", "provision", provision,
                            "earlier", earlier.getKey(), "to", earlier.getValue().to(), "later", later.getKey(), "from", later.getValue().from())));
                }
            }
        });
        return problems;
    }

    /** The quote is missing from these stored texts, which show the text for part of the window. */
    static Sentence quoteMissing(List<OfficialText> missing, Period window) {
        return Sentence.of("tools.problem.quote-missing", "files",
                missing.stream().map(t -> "docs/sources/constitution/" + t.file() + ".md").collect(Collectors.joining(", ")),
                "window", window.toString());
    }

    private static boolean coveredByTheWholeArticle(Constitution constitution, Provision provision, LocalDate from, LocalDate to,
            List<? extends PlacedRule> rules) {
        List<Period> wider = rules.stream()
                .filter(r -> r.citation().edition().constitution() == constitution && r.citation().provision().contains(provision))
                .map(r -> r.citation().inForce())
                .toList();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            if (wider.stream().noneMatch(p -> p.contains(d))) {
                return false;
            }
        }
        return true;
    }

    private static Period span(List<PlacedRule> rules) {
        return new Period(
                rules.stream().map(r -> r.citation().inForce().from()).min(Comparator.naturalOrder()).orElseThrow(),
                rules.stream().map(r -> r.citation().inForce().to()).max(Comparator.naturalOrder()).orElseThrow());
    }
}
