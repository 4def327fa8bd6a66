package kz.atazan.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule says about itself: its stable id, what it decides in each language, the provision it
 * encodes, in which wording, in force when, the words it encodes (quoted from the official Russian
 * text, and for the Constitution of 2026 also from the Kazakh text) and when that was last checked.
 *
 * @param id the rule's stable identity ({@code president.dismiss-akims.capital-oblasts-cities.2026}):
 *     reports, diffs and mutants key on it, and it never changes when a summary is reworded
 * @param summaries one sentence per language saying what the provision decides
 * @param quoteKk the same words in the Kazakh text, where the rule's wording has one
 */
public record Citation(
        String id,
        Map<Language, String> summaries,
        Provision provision,
        Edition edition,
        Period inForce,
        String quote,
        Optional<String> quoteKk,
        LocalDate checked) {

    public Citation {
        summaries = summaries.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(summaries));
    }

    /** What the rule decides, in that language. */
    public String summary(Language language) {
        String summary = summaries.get(language);
        if (summary == null) {
            throw new IllegalStateException("rule " + id + " has no summary in " + language);
        }
        return summary;
    }

    /** The same rule with another in-force window (what a mutant of the window sees). */
    public Citation inForce(Period window) {
        return new Citation(id, summaries, provision, edition, window, quote, quoteKk, checked);
    }

    /** The provision and the constitution it belongs to: "Art. 87(4), Constitution of 1995". */
    public String reference() {
        return provision + ", " + edition.constitution().properName();
    }
}
