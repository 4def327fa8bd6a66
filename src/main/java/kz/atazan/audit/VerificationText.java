package kz.atazan.audit;

import java.util.ArrayList;
import java.util.List;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Language;
import kz.atazan.text.Sentence;
import kz.atazan.text.Words;

/** What {@code verify} found, said in one language: each finding a sentence built from its data. */
public final class VerificationText {

    private VerificationText() {}

    public static List<String> lines(Verification.Report report, Language language) {
        Words words = Words.in(language);
        List<String> lines = new ArrayList<>();
        lines.add(words.say("reports.verify.space", "triples", new Sentence.Grouped(report.triples()), "actions", new Sentence.Grouped(report.actionsChecked()), "dates", report.dates(),
                "millis", report.millis()));
        for (Verification.Conflict c : report.conflicts()) {
            lines.add(words.say("tools.verify.conflict", "action", words.action(c.action())));
            c.granting().forEach(rule -> lines.add("  " + words.say("tools.verify.grants", "rule", rule(words, rule))));
            c.denying().forEach(rule -> lines.add("  " + words.say("tools.verify.denies", "rule", rule(words, rule))));
        }
        report.wordingProblems().forEach(p -> lines.add(words.say("tools.verify.wording", "problem", p.in(language))));
        for (EvenReadings.Uneven u : report.uneven()) {
            lines.add(words.say("tools.verify.uneven", "body", u.body(), "constitution", u.constitution(),
                    "closed", words.references(u.closed()), "n", u.silent().size()));
            for (Action silent : u.silent()) {
                lines.add("  " + words.action(silent));
            }
        }
        EarlierWordings.Unanswered before = report.unansweredBefore();
        if (!before.actions().isEmpty()) {
            lines.add(words.say("tools.verify.unanswered-before", "from", before.from(), "n", before.actions().size()));
            before.actions().forEach(a -> lines.add("  " + words.actionOnAnyDay(a)));
        }
        lines.add(words.say("reports.verify.summary", "conflicts", report.conflicts().size(), "wordings", report.wordingProblems().size(),
                "uneven", report.uneven().size(), "unanswered", before.actions().size(), "from", before.from()));
        return lines;
    }

    /** A rule as the tools name it: its provision, its id and what it decides. */
    static String rule(Words words, Citation c) {
        return words.say("tools.rule", "reference", words.reference(c), "id", c.id(), "summary", words.summary(c));
    }
}
