package kz.atazan.teaching;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.atazan.model.Citation;
import kz.atazan.model.Language;
import kz.atazan.text.Words;

/**
 * A power map as JSON, for the web page's graph and the API: stable English keys and codes (who,
 * what, whom, the verdict), with the text in the language asked for beside them.
 */
public final class PowerJson {

    private PowerJson() {}

    public static String of(PowerMap map, Language language) {
        Words words = Words.in(language);
        ObjectNode root = ExplanationJson.JSON.createObjectNode();
        root.put("language", language.code());
        root.put("date", map.date().toString());
        ArrayNode powers = root.putArray("powers");
        for (Power p : map.powers()) {
            ObjectNode node = powers.addObject()
                    .put("actor", p.actor().label()).put("act", p.act().label()).put("target", p.target().label())
                    .put("verdict", p.verdict().label())
                    .put("actorText", words.name(p.actor())).put("targetText", words.name(p.target()))
                    .put("text", words.act(p.actor(), p.act(), p.target(), "does"));
            ArrayNode terms = node.putArray("terms");
            p.termWords(words).forEach(terms::add);
            ArrayNode provisions = node.putArray("provisions");
            for (Citation c : p.citations()) {
                provisions.add(words.reference(c));
            }
        }
        return ExplanationJson.write(root);
    }

    /** What changed between two dates: each power gained, lost, changed or reworded, with its terms before and after and the amendment behind it. */
    public static String of(PowerDiff diff, Language language) {
        Words words = Words.in(language);
        ObjectNode root = ExplanationJson.JSON.createObjectNode();
        root.put("language", language.code());
        root.put("from", diff.from().toString());
        root.put("to", diff.to().toString());
        ArrayNode changes = root.putArray("changes");
        String none = words.say("powers.none");
        for (PowerChange c : diff.changes()) {
            changes.addObject()
                    .put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT)).put("kindText", c.kind().label(words))
                    .put("actor", c.actor().label()).put("act", c.act().label()).put("target", c.target().label())
                    .put("actorText", words.name(c.actor())).put("text", words.act(c.actor(), c.act(), c.target(), "does"))
                    .put("before", c.before().map(p -> PowerTerms.fields(p, words)).orElse(none))
                    .put("after", c.after().map(p -> PowerTerms.fields(p, words)).orElse(none))
                    .put("provisionsBefore", PowerTerms.provisionsBefore(c, words))
                    .put("provisionsAfter", PowerTerms.provisionsAfter(c, words))
                    .put("causedBy", Amendments.say(c.laws(), words));
        }
        return ExplanationJson.write(root);
    }
}
