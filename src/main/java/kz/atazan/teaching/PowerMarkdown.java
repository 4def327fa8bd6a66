package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.List;
import kz.atazan.model.Citation;
import kz.atazan.model.Entity;
import kz.atazan.model.Language;
import kz.atazan.text.Words;

/** A power map, or the difference between two, as Markdown: a table, then each provision quoted. */
public final class PowerMarkdown {

    private PowerMarkdown() {}

    public static String of(PowerMap map) {
        return of(map, Words.in(Language.EN));
    }

    public static String of(PowerMap map, Words words) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(words.say("powers.page.title", "date", map.date())).append("\n\n");
        md.append(words.say("powers.page.lead", "law", PowerText.constitution(map, words), "n", map.size(), "count", Integer.toString(map.size())))
                .append(' ').append(words.say("powers.page.codes")).append("\n\n");
        md.append("| ").append(words.say("powers.column.who")).append(" | ").append(words.say("powers.column.may")).append(" | ")
                .append(words.say("powers.column.whom")).append(" | ").append(words.say("powers.column.terms")).append(" | ")
                .append(words.say("powers.column.provisions")).append(" |\n|---|---|---|---|---|\n");
        List<Citation> cited = new ArrayList<>();
        for (Power p : map.powers()) {
            md.append("| ").append(name(p.actor(), words)).append(" | ").append(act(p.actor(), p.act(), p.target(), java.util.Optional.of(map.date()), words))
                    .append(" | ").append(name(p.target(), words)).append(" | ")
                    .append(cell(PowerTerms.words(p, words))).append(" | ").append(cell(words.references(p.citations()))).append(" |\n");
            cited.addAll(p.citations());
        }
        quotes(md, cited, words);
        return md.toString();
    }

    public static String of(PowerDiff diff) {
        return of(diff, Words.in(Language.EN));
    }

    public static String of(PowerDiff diff, Words words) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(words.say("powers.diff.title", "from", diff.from(), "to", diff.to())).append("\n\n");
        md.append(words.say("powers.diff.lead", "n", diff.changes().size(), "count", Integer.toString(diff.changes().size()),
                "before", diff.before().size(), "after", diff.after().size(), "from", diff.from(), "to", diff.to())).append("\n\n");
        md.append("| ").append(words.say("powers.column.change")).append(" | ").append(words.say("powers.column.who")).append(" | ")
                .append(words.say("powers.column.may")).append(" | ").append(words.say("powers.column.whom")).append(" | ")
                .append(words.say("powers.column.on", "date", diff.from())).append(" | ").append(words.say("powers.column.on", "date", diff.to()))
                .append(" | ").append(words.say("powers.column.caused-by")).append(" | ").append(words.say("powers.column.provisions"))
                .append(" |\n|---|---|---|---|---|---|---|---|\n");
        List<Citation> cited = new ArrayList<>();
        for (PowerChange c : diff.changes()) {
            md.append("| ").append(c.kind().label(words)).append(" | ").append(name(c.actor(), words))
                    .append(" | ").append(act(c.actor(), c.act(), c.target(), java.util.Optional.empty(), words)).append(" | ").append(name(c.target(), words))
                    .append(" | ").append(cell(c.before().map(p -> PowerTerms.words(p, words)).orElseGet(() -> PowerTerms.without(c.againstBefore(), words))))
                    .append(" | ").append(cell(c.after().map(p -> PowerTerms.words(p, words)).orElseGet(() -> PowerTerms.without(c.againstAfter(), words))))
                    .append(" | ").append(cell(Amendments.say(c.laws(), words)))
                    .append(" | ").append(cell(PowerTerms.provisionsBefore(c, words) + " → " + PowerTerms.provisionsAfter(c, words))).append(" |\n");
            c.before().ifPresent(p -> cited.addAll(p.citations()));
            c.after().ifPresent(p -> cited.addAll(p.citations()));
        }
        quotes(md, cited, words);
        return md.toString();
    }

    private static void quotes(StringBuilder md, List<Citation> cited, Words words) {
        md.append("\n## ").append(words.say("powers.quotes.title")).append("\n\n");
        for (Citation c : new QuotedProvisions(cited).all()) {
            md.append("- **").append(words.reference(c)).append("**, ").append(cell(ExplanationText.window(c, words))).append(", ")
                    .append(words.as(c.edition())).append(": ").append(cell(words.summary(c)))
                    .append("  \n  «").append(cell(c.quote())).append("»\n");
        }
    }

    /** The act in words, its target left to the next column, with its code ("назначить … `appoint`"). */
    private static String act(Entity actor, kz.atazan.model.Act act, Entity target, java.util.Optional<java.time.LocalDate> on, Words words) {
        return cell(Html.capitalised(words.actWithoutTarget(actor, act, target, on))) + " `" + act.label() + "`";
    }

    private static String name(Entity e, Words words) {
        return cell(Html.capitalised(words.name(e))) + " `" + e.label() + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
