package kz.atazan.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.atazan.model.Language;
import kz.atazan.text.Words;

/**
 * A mutation run said in one language. Each mutant is named by its id, a fixed English code (the key
 * of the record of equivalent mutants), and its edit is said in the language from the edit's data.
 */
public final class MutationText {

    private MutationText() {}

    public static List<String> lines(MutationTesting.Report report, List<Mutants.Mutant> mutants, int rules, Language language) {
        Words words = Words.in(language);
        Map<Mutants.Kind, Integer> byKind = new TreeMap<>();
        mutants.forEach(m -> byKind.merge(m.kind(), 1, Integer::sum));
        String kinds = byKind.entrySet().stream()
                .map(k -> words.say("tools.mutate.kind", "kind", words.say("tools.mutant.kind." + k.getKey().label()), "n", k.getValue()))
                .collect(Collectors.joining(", "));
        List<String> lines = new ArrayList<>();
        lines.add(words.say("tools.mutate.header", "mutants", mutants.size(), "rules", rules, "kinds", kinds, "checks", report.checks(),
                "millis", report.millis()));
        for (MutationTesting.Outcome o : report.survivors()) {
            lines.add(words.say("tools.mutate.survived", "id", o.mutant().id()));
            lines.add("  " + edit(words, o.mutant()));
        }
        for (MutationTesting.Outcome o : report.wronglyRecorded()) {
            lines.add(words.say("tools.mutate.wrongly-recorded", "id", o.mutant().id()));
            lines.add("  " + o.killedBy().map(r -> words.say("tools.mutate.killed-by-check", "place", r.file() + ":" + r.check().line()))
                    .orElseGet(() -> words.say("tools.mutate.killed-by-build", "problem", o.refusedByTheBuild().orElseThrow())));
        }
        lines.add(words.say("tools.mutate.score", "killed", report.killed(), "refused", report.refusedByTheBuild(),
                "byScenario", report.killed() - report.refusedByTheBuild(), "equivalent", report.equivalent().size(),
                "surviving", report.survivors().size(), "score", String.format(language.locale(), "%.1f", 100 * report.score())));
        return lines;
    }

    /** The mutant's edit as a sentence: which rule (its provision and what it decides) and what was changed in it. */
    static String edit(Words words, Mutants.Mutant mutant) {
        Map<String, Object> values = new LinkedHashMap<>(mutant.edit());
        values.put("rule", VerificationText.rule(words, mutant.citation()));
        return words.messages().format("tools.mutant." + mutant.kind().label(), values);
    }
}
