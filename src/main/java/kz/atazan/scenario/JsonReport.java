package kz.atazan.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kz.atazan.model.Citation;
import kz.atazan.model.Judgment;
import kz.atazan.model.Language;
import kz.atazan.model.Reason;
import kz.atazan.text.Messages;
import kz.atazan.text.Words;

/** A run, or one judgment, as JSON in the shape of the scenario contract (§2.1). */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String of(RunResult run, Language language) {
        Words words = Words.in(language);
        ObjectNode root = JSON.createObjectNode();
        root.put("language", language.code());
        root.put("passed", run.passed());
        root.put("failed", run.failed());
        root.put("filesWithErrors", run.filesWithErrors());
        ArrayNode errors = root.putArray("errors");
        for (InputError e : run.errors()) {
            errors.addObject().put("file", e.file()).put("line", e.line()).put("message", e.message().in(language));
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
            result.set("reasons", reasons(r.judgment(), words));
        }
        return write(root);
    }

    /** One judgment: stable English keys and codes, with the text in the language asked for beside them. */
    public static String of(Judgment judgment, Language language) {
        return write(judgment(judgment, Words.in(language)));
    }

    /**
     * One judgment and, when no provision speaks to it, the nearest questions the rules answer on its
     * date ({@code nearest}: actor, act and target as codes, the question and the verdict in words,
     * and the provisions that decide it).
     */
    public static String of(Judgment judgment, List<Judgment> nearest, Language language) {
        Words words = Words.in(language);
        ObjectNode root = judgment(judgment, words);
        ArrayNode near = root.putArray("nearest");
        for (Judgment j : nearest) {
            ObjectNode n = near.addObject()
                    .put("actor", j.action().actor().label())
                    .put("act", j.action().act().label())
                    .put("target", j.action().target().label())
                    .put("action", words.action(j.action()))
                    .put("verdict", j.verdict().label())
                    .put("verdictText", words.verdict(j.verdict()));
            ArrayNode provisions = n.putArray("provisions");
            j.decisiveReasons().stream().flatMap(r -> r.citation().stream()).distinct().forEach(c -> provisions.add(words.reference(c)));
        }
        return write(root);
    }

    private static ObjectNode judgment(Judgment judgment, Words words) {
        ObjectNode root = JSON.createObjectNode();
        root.put("language", words.language().code());
        root.put("action", words.action(judgment.action()));
        root.put("date", judgment.action().date().toString());
        root.put("verdict", judgment.verdict().label());
        root.put("verdictText", words.verdict(judgment.verdict()));
        root.put("law", words.law(judgment));
        root.set("reasons", reasons(judgment, words));
        return root;
    }

    private static ArrayNode reasons(Judgment judgment, Words words) {
        ArrayNode reasons = JSON.createArrayNode();
        for (Reason reason : judgment.reasons()) {
            ObjectNode node = reasons.addObject();
            node.put("id", reason.ruleId().orElse(null));
            node.put("provision", reason.provision().map(Object::toString).orElse(null));
            node.put("edition", reason.citation().map(c -> words.wording(c.edition())).orElse(null));
            node.put("editionCode", reason.citation().map(c -> Messages.keyOf(c.edition()).substring("edition.".length())).orElse(null));
            node.put("text", words.reason(reason, judgment.action()));
            node.put("effect", reason.effect().label());
            node.put("effectText", words.effect(reason.effect()));
            node.put("decisive", reason.decisive());
            reason.citation().ifPresent(c -> citation(node, c, words));
        }
        return reasons;
    }

    private static void citation(ObjectNode node, Citation c, Words words) {
        node.put("reference", words.reference(c));
        node.put("constitution", words.name(c.edition().constitution()));
        node.put("rule", words.summary(c));
        node.put("inForce", c.inForce().toString());
        node.put("quote", c.quote());
        c.quoteKk().ifPresent(kk -> node.put("quoteKk", kk));
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
