package kz.atazan.scenario;

import kz.atazan.model.Language;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.atazan.model.Citation;
import kz.atazan.model.Judgment;
import kz.atazan.model.Reason;

/** A run, or one judgment, as JSON in the shape of the scenario contract (§2.1). */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String of(RunResult run) {
        ObjectNode root = JSON.createObjectNode();
        root.put("passed", run.passed());
        root.put("failed", run.failed());
        root.put("filesWithErrors", run.filesWithErrors());
        ArrayNode errors = root.putArray("errors");
        for (InputError e : run.errors()) {
            errors.addObject().put("file", e.file()).put("line", e.line()).put("message", e.message());
        }
        ArrayNode results = root.putArray("results");
        for (CheckResult r : run.results()) {
            ObjectNode result = results.addObject()
                    .put("file", r.file())
                    .put("line", r.check().line())
                    .put("id", r.scenario().id())
                    .put("title", r.scenario().title())
                    .put("date", r.check().date().toString())
                    .put("expected", r.check().expected().label())
                    .put("actual", r.judgment().verdict().label())
                    .put("passed", r.passed());
            ArrayNode missing = result.putArray("missingCites");
            r.missingCites().forEach(p -> missing.add(p.toString()));
            result.set("reasons", reasons(r.judgment()));
        }
        return write(root);
    }

    public static String of(Judgment judgment) {
        ObjectNode root = JSON.createObjectNode();
        root.put("action", JudgmentText.action(judgment.action()));
        root.put("date", judgment.action().date().toString());
        root.put("verdict", judgment.verdict().label());
        root.put("law", JudgmentText.lawApplied(judgment));
        root.set("reasons", reasons(judgment));
        return write(root);
    }

    private static ArrayNode reasons(Judgment judgment) {
        ArrayNode reasons = JSON.createArrayNode();
        for (Reason reason : judgment.reasons()) {
            ObjectNode node = reasons.addObject();
            node.put("provision", reason.provision().map(Object::toString).orElse(null));
            node.put("edition", reason.citation().map(c -> c.edition().description()).orElse(null));
            node.put("text", reason.explanation());
            node.put("effect", reason.effect().label());
            node.put("decisive", reason.decisive());
            reason.citation().ifPresent(c -> citation(node, c));
        }
        return reasons;
    }

    private static void citation(ObjectNode node, Citation c) {
        node.put("reference", c.reference());
        node.put("constitution", c.edition().constitution().title());
        node.put("rule", c.summary(Language.EN));
        node.put("inForce", c.inForce().toString());
        node.put("quote", c.quote());
        node.put("source", "docs/sources/constitution/" + c.edition().source().file() + ".md");
        node.put("checked", c.checked().toString());
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
