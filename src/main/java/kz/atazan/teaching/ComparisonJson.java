package kz.atazan.teaching;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.atazan.model.Citation;
import kz.atazan.model.Judgment;
import kz.atazan.model.Language;
import kz.atazan.scenario.ActionFields;
import kz.atazan.text.Words;

/** A comparison as JSON: stable English keys and codes, with the text in the language asked for beside them. */
public final class ComparisonJson {

    private ComparisonJson() {}

    public static String of(Comparison comparison, Language language) {
        Words words = Words.in(language);
        ObjectNode root = ExplanationJson.JSON.createObjectNode();
        root.put("language", language.code());
        Judgment first = comparison.judgments().get(0);
        root.put("action", first.action().actor().label() + " " + first.action().act().label() + " " + first.action().target().label());
        root.set("fields", ExplanationJson.JSON.valueToTree(ActionFields.of(first.action())));
        ArrayNode dates = root.putArray("dates");
        for (Judgment j : comparison.judgments()) {
            ObjectNode d = dates.addObject().put("date", j.action().date().toString()).put("verdict", j.verdict().label())
                    .put("verdictText", words.verdict(j.verdict())).put("law", words.law(j));
            d.set("decisive", ExplanationJson.citations(Comparison.decisive(j), words));
        }
        ArrayNode steps = root.putArray("changes");
        for (Transition t : comparison.transitions()) {
            ObjectNode s = steps.addObject()
                    .put("from", t.before().action().date().toString())
                    .put("to", t.after().action().date().toString())
                    .put("verdictBefore", t.before().verdict().label())
                    .put("verdictAfter", t.after().verdict().label())
                    .put("verdictChanged", t.verdictChanged());
            causes(s, t.laws(), words);
            ArrayNode between = s.putArray("verdictChangedOn");
            t.between().forEach(v -> causes(between.addObject().put("date", v.day().toString()).put("from", v.from().label())
                    .put("to", v.to().label()), v.laws(), words));
            ArrayNode wordings = s.putArray("provisions");
            for (WordingChange w : t.wordings()) {
                Citation any = w.before().isEmpty() ? w.after().get(0) : w.before().get(0);
                ObjectNode n = wordings.addObject().put("provision", w.provision()).put("reference", words.reference(any))
                        .put("change", w.kind()).put("changeText", words.say("wording." + w.kind()));
                n.set("before", ExplanationJson.citations(w.before(), words));
                n.set("after", ExplanationJson.citations(w.after(), words));
            }
        }
        return ExplanationJson.write(root);
    }

    /** "causedBy": the laws said; "causedByEditions": their codes. */
    private static void causes(ObjectNode node, java.util.List<Cause> causes, Words words) {
        ArrayNode said = node.putArray("causedBy");
        ArrayNode codes = node.putArray("causedByEditions");
        for (Cause c : causes) {
            said.add(c.say(words));
            codes.add(kz.atazan.text.Messages.keyOf(c.edition()).substring("edition.".length()));
        }
    }
}
