package kz.atazan.teaching;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.atazan.model.Judgment;
import kz.atazan.scenario.ActionFields;
import kz.atazan.scenario.JudgmentText;

/** A comparison as one JSON document. */
public final class ComparisonJson {

    private ComparisonJson() {}

    public static String of(Comparison comparison) {
        ObjectNode root = ExplanationJson.JSON.createObjectNode();
        Judgment first = comparison.judgments().get(0);
        root.put("action", JudgmentText.action(first.action()).replaceFirst(" on " + first.action().date(), ""));
        root.set("fields", ExplanationJson.JSON.valueToTree(ActionFields.of(first.action())));
        ArrayNode dates = root.putArray("dates");
        for (Judgment j : comparison.judgments()) {
            ObjectNode d = dates.addObject().put("date", j.action().date().toString()).put("verdict", j.verdict().label())
                    .put("law", JudgmentText.lawApplied(j));
            d.set("decisive", ExplanationJson.citations(Comparison.decisive(j)));
        }
        ArrayNode steps = root.putArray("changes");
        for (Transition t : comparison.transitions()) {
            ObjectNode s = steps.addObject()
                    .put("from", t.before().action().date().toString())
                    .put("to", t.after().action().date().toString())
                    .put("verdictBefore", t.before().verdict().label())
                    .put("verdictAfter", t.after().verdict().label())
                    .put("verdictChanged", t.verdictChanged());
            ArrayNode laws = s.putArray("causedBy");
            t.laws().forEach(laws::add);
            ArrayNode between = s.putArray("verdictChangedOn");
            t.between().forEach(v -> {
                ObjectNode b = between.addObject().put("date", v.day().toString()).put("from", v.from().label()).put("to", v.to().label());
                ArrayNode l = b.putArray("causedBy");
                v.laws().forEach(l::add);
            });
            ArrayNode wordings = s.putArray("provisions");
            for (WordingChange w : t.wordings()) {
                ObjectNode n = wordings.addObject().put("provision", w.provision()).put("change", w.kind());
                n.set("before", ExplanationJson.citations(w.before()));
                n.set("after", ExplanationJson.citations(w.after()));
            }
        }
        return ExplanationJson.write(root);
    }
}
