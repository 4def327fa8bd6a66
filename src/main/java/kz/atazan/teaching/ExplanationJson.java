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
import kz.atazan.text.Words;

/** An explanation as one JSON document: the tree, the smallest change, each provision with its quote. */
public final class ExplanationJson {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExplanationJson() {}

    public static String of(Explanation explanation, Language language) {
        return write(node(explanation, Words.in(language)));
    }

    static ObjectNode node(Explanation explanation, Words words) {
        Judgment judgment = explanation.judgment();
        ObjectNode root = JSON.createObjectNode();
        root.put("language", words.language().code());
        root.put("action", words.action(judgment.action()));
        root.set("fields", JSON.valueToTree(ActionFields.of(judgment.action())));
        root.put("date", judgment.action().date().toString());
        root.put("verdict", judgment.verdict().label());
        root.put("verdictText", words.verdict(judgment.verdict()));
        root.put("law", words.law(judgment));
        ArrayNode tree = root.putArray("why");
        for (Branch branch : explanation.branches()) {
            ObjectNode part = tree.addObject().put("part", branch.part().code()).put("title", branch.part().title(words));
            ArrayNode points = part.putArray("points");
            for (Point point : branch.points()) {
                ObjectNode p = points.addObject()
                        .put("effect", point.effect().label())
                        .put("meaning", words.effect(point.effect()))
                        .put("text", words.reason(point.reason(), judgment.action()))
                        .put("decisive", point.decisive());
                p.set("provisions", citations(point.citations(), words));
            }
            if (branch.points().isEmpty()) {
                part.put("none", branch.part().none(words, judgment.action()));
            }
        }
        explanation.smallestChange().ifPresent(change -> root.set("smallestChange", change(change, judgment.action(), words)));
        return root;
    }

    private static ObjectNode change(SmallestChange change, kz.atazan.model.Action action, Words words) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode sameDay = node.putArray("sameDay");
        for (Remedy remedy : change.sameDay()) {
            ObjectNode r = sameDay.addObject();
            r.set("changes", steps(remedy.steps(), words));
            r.set("arguments", arguments(remedy.result().action()));
        }
        change.otherDate().ifPresentOrElse(other -> {
            ObjectNode o = node.putObject("otherDate")
                    .put("when", other.when(words))
                    .put("from", other.days().from().toString())
                    .put("to", other.days().isOpen() ? null : other.days().to().toString())
                    .put("earlier", other.earlier());
            o.set("changes", steps(other.steps(), words));
            o.set("arguments", arguments(other.judgment().action()));
            o.set("grounds", citations(other.judgment().decisiveReasons().stream().flatMap(r -> r.citation().stream()).distinct().toList(), words));
        }, () -> node.putNull("otherDate"));
        node.put("abolishedFrom", change.ended().map(Object::toString).orElse(null));
        node.put("none", change.none().map(n -> ExplanationText.none(n, action, words)).orElse(null));
        node.put("noneCode", change.none().map(n -> n.why().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).orElse(null));
        return node;
    }

    /** The changed action as the options of check (and the parameters of the web API) state it, its date among them. */
    private static ObjectNode arguments(kz.atazan.model.Action changed) {
        ObjectNode node = JSON.createObjectNode();
        kz.atazan.scenario.ActionArguments.of(changed).forEach((name, values) -> {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        });
        node.putArray("on").add(changed.date().toString());
        return node;
    }

    private static ArrayNode steps(List<Step> steps, Words words) {
        ArrayNode array = JSON.createArrayNode();
        for (Step step : steps) {
            ObjectNode s = array.addObject()
                    .put("instruction", step.change().instruction(words))
                    .put("field", step.change().field()).put("option", step.change().option());
            ArrayNode refs = s.putArray("provisions");
            step.provisions().forEach(c -> refs.add(words.reference(c)));
        }
        return array;
    }

    /** Each provision: its rule id, provision and edition codes, and in the language asked for its citation, wording and summary. */
    static ArrayNode citations(List<Citation> citations, Words words) {
        ArrayNode array = JSON.createArrayNode();
        for (Citation c : citations) {
            ObjectNode n = array.addObject()
                    .put("id", c.id())
                    .put("reference", words.reference(c))
                    .put("provision", c.provision().toString())
                    .put("constitution", words.name(c.edition().constitution()))
                    .put("editionCode", kz.atazan.text.Messages.keyOf(c.edition()).substring("edition.".length()))
                    .put("edition", words.wording(c.edition()))
                    .put("amendment", words.amendment(c.edition()))
                    .put("inForce", c.inForce().toString())
                    .put("rule", words.summary(c))
                    .put("quote", c.quote());
            c.quoteKk().ifPresent(kk -> n.put("quoteKk", kk));
            n.put("source", "docs/sources/constitution/" + c.edition().source().file() + ".md");
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
