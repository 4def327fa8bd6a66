package kz.atazan.teaching;

import kz.atazan.model.Language;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kz.atazan.model.Citation;
import kz.atazan.model.Judgment;
import kz.atazan.scenario.ActionFields;
import kz.atazan.scenario.JudgmentText;

/** An explanation as one JSON document: the tree, the smallest change, each provision with its quote. */
public final class ExplanationJson {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExplanationJson() {}

    public static String of(Explanation explanation) {
        return write(node(explanation));
    }

    static ObjectNode node(Explanation explanation) {
        Judgment judgment = explanation.judgment();
        ObjectNode root = JSON.createObjectNode();
        root.put("action", JudgmentText.action(judgment.action()));
        root.set("fields", JSON.valueToTree(ActionFields.of(judgment.action())));
        root.put("date", judgment.action().date().toString());
        root.put("verdict", judgment.verdict().label());
        root.put("law", JudgmentText.lawApplied(judgment));
        ArrayNode tree = root.putArray("why");
        for (Branch branch : explanation.branches()) {
            ObjectNode part = tree.addObject().put("part", branch.part().title());
            ArrayNode points = part.putArray("points");
            for (Point point : branch.points()) {
                ObjectNode p = points.addObject()
                        .put("effect", point.effect().label())
                        .put("meaning", point.effect().meaning())
                        .put("text", point.text())
                        .put("decisive", point.decisive());
                p.set("provisions", citations(point.citations()));
            }
            if (branch.points().isEmpty()) {
                part.put("none", branch.none());
            }
        }
        explanation.smallestChange().ifPresent(change -> root.set("smallestChange", change(change)));
        return root;
    }

    private static ObjectNode change(SmallestChange change) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode sameDay = node.putArray("sameDay");
        for (Remedy remedy : change.sameDay()) {
            sameDay.addObject().set("changes", steps(remedy.steps()));
        }
        change.otherDate().ifPresentOrElse(other -> {
            ObjectNode o = node.putObject("otherDate")
                    .put("when", other.when())
                    .put("from", other.days().from().toString())
                    .put("to", other.days().isOpen() ? null : other.days().to().toString())
                    .put("earlier", other.earlier());
            o.set("changes", steps(other.steps()));
            o.set("grounds", citations(other.judgment().decisiveReasons().stream().flatMap(r -> r.citation().stream()).distinct().toList()));
        }, () -> node.putNull("otherDate"));
        node.put("abolishedFrom", change.ended().map(Object::toString).orElse(null));
        node.put("none", change.none().orElse(null));
        return node;
    }

    private static ArrayNode steps(List<Step> steps) {
        ArrayNode array = JSON.createArrayNode();
        for (Step step : steps) {
            ObjectNode s = array.addObject()
                    .put("instruction", step.change().instruction())
                    .put("field", step.change().field());
            ArrayNode refs = s.putArray("provisions");
            step.provisions().forEach(c -> refs.add(c.reference()));
        }
        return array;
    }

    static ArrayNode citations(List<Citation> citations) {
        ArrayNode array = JSON.createArrayNode();
        for (Citation c : citations) {
            array.addObject()
                    .put("reference", c.reference())
                    .put("provision", c.provision().toString())
                    .put("constitution", c.edition().constitution().title())
                    .put("edition", c.edition().description())
                    .put("amendment", AmendingLaw.of(c.edition()))
                    .put("inForce", c.inForce().toString())
                    .put("rule", c.summary(Language.EN))
                    .put("quote", c.quote())
                    .put("source", "docs/sources/constitution/" + c.edition().source().file() + ".md");
        }
        return array;
    }

    static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
