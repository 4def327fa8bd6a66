package kz.atazan.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import kz.atazan.model.Action;
import kz.atazan.model.Language;
import kz.atazan.model.Reason;
import kz.atazan.scenario.JudgmentText;
import kz.atazan.text.Sentence;
import kz.atazan.text.Words;

/**
 * A verdict diff as text or Markdown (for a review comment), in one language, or as JSON, whose keys,
 * codes and rule ids are stable and whose sentences are English.
 */
public final class DiffReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffReport() {}

    private static String summary(VerdictDiff.Report r, String base, String head, Words words) {
        return words.say("tools.diff.summary", "checks", r.checks().size(), "dates", r.space().stream().mapToInt(c -> c.dates().size()).sum(),
                "size", new Sentence.Grouped(r.spaceSize()), "base", base, "head", head, "millis", r.millis());
    }

    public static String text(VerdictDiff.Report r, String base, String head, Language language) {
        Words words = Words.in(language);
        StringBuilder s = new StringBuilder(summary(r, base, head, words)).append('\n');
        for (VerdictDiff.CheckChange c : r.checks()) {
            s.append('\n').append(words.say("tools.diff.check", "place", c.file() + ":" + c.line(), "scenario", c.scenario(), "date", c.date(),
                    "before", words.verdict(c.base().verdict()), "after", words.verdict(c.head().verdict()),
                    "expected", words.verdict(c.expected()))).append('\n');
            decided(s, words, "tools.diff.before", VerdictDiff.decidedBy(c.base()), c.base().action());
            decided(s, words, "tools.diff.after", VerdictDiff.decidedBy(c.head()), c.head().action());
        }
        for (VerdictDiff.SpaceChange c : r.space()) {
            s.append('\n').append(words.say("tools.diff.space", "action", words.actionOnAnyDay(c.action()), "dates", dates(c.dates(), words),
                    "before", words.verdict(c.base()), "after", words.verdict(c.head()))).append('\n');
            decided(s, words, "tools.diff.before", c.baseReasons(), dated(c));
            decided(s, words, "tools.diff.after", c.headReasons(), dated(c));
        }
        return s.toString();
    }

    private static void decided(StringBuilder s, Words words, String side, List<Reason> reasons, Action action) {
        reasons.forEach(r -> s.append("  ").append(words.say(side, "reason", reason(words, r, action))).append('\n'));
    }

    public static String markdown(VerdictDiff.Report r, String base, String head, Language language) {
        Words words = Words.in(language);
        StringBuilder s = new StringBuilder(words.say("tools.diff.md.title", "base", base, "head", head)).append("\n\n")
                .append(summary(r, base, head, words)).append("\n");
        if (!r.checks().isEmpty()) {
            s.append('\n').append(words.say("tools.diff.md.checks")).append("\n|---|---|---|---|---|---|\n");
            for (VerdictDiff.CheckChange c : r.checks()) {
                s.append("| `").append(c.file()).append(':').append(c.line()).append("` ").append(c.scenario()).append(" | ").append(c.date())
                        .append(" | ").append(words.verdict(c.base().verdict())).append(" | ").append(words.verdict(c.head().verdict()))
                        .append(" | ").append(words.verdict(c.expected()))
                        .append(" | ").append(cell(words, VerdictDiff.decidedBy(c.head()), c.head().action())).append(" |\n");
            }
        }
        if (!r.space().isEmpty()) {
            s.append('\n').append(words.say("tools.diff.md.space")).append("\n|---|---|---|---|---|---|\n");
            for (VerdictDiff.SpaceChange c : r.space()) {
                s.append("| ").append(words.actionOnAnyDay(c.action())).append(" | ").append(dates(c.dates(), words))
                        .append(" | ").append(words.verdict(c.base())).append(" | ").append(words.verdict(c.head()))
                        .append(" | ").append(cell(words, c.baseReasons(), dated(c)))
                        .append(" | ").append(cell(words, c.headReasons(), dated(c))).append(" |\n");
            }
        }
        return s.toString();
    }

    public static String json(VerdictDiff.Report r, String base, String head) {
        Words english = Words.in(Language.EN);
        ObjectNode root = JSON.createObjectNode().put("base", base).put("head", head).put("same", r.same())
                .put("spaceSize", r.spaceSize()).put("millis", r.millis());
        ArrayNode checks = root.putArray("checks");
        for (VerdictDiff.CheckChange c : r.checks()) {
            ObjectNode node = checks.addObject().put("file", c.file()).put("line", c.line()).put("id", c.scenario())
                    .put("date", c.date().toString()).put("expected", c.expected().label())
                    .put("before", c.base().verdict().label()).put("after", c.head().verdict().label());
            reasons(node, "Before", english, VerdictDiff.decidedBy(c.base()), c.base().action());
            reasons(node, "After", english, VerdictDiff.decidedBy(c.head()), c.head().action());
        }
        ArrayNode space = root.putArray("space");
        for (VerdictDiff.SpaceChange c : r.space()) {
            ObjectNode node = space.addObject().put("action", JudgmentText.codes(c.action()))
                    .put("before", c.base().label()).put("after", c.head().label());
            c.dates().forEach(d -> node.withArray("dates").add(d.toString()));
            reasons(node, "Before", english, c.baseReasons(), dated(c));
            reasons(node, "After", english, c.headReasons(), dated(c));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** decidedBefore (the sentences) and rulesBefore (the ids of the rules among them), or After. */
    private static void reasons(ObjectNode node, String side, Words english, List<Reason> reasons, Action action) {
        ArrayNode said = node.putArray("decided" + side);
        ArrayNode rules = node.putArray("rules" + side);
        for (Reason r : reasons) {
            said.add(reason(english, r, action));
            r.ruleId().ifPresent(rules::add);
        }
    }

    /** A decisive reason: the provision, what it does, the rule's id and what it rests on; or the engine's own reason. */
    static String reason(Words words, Reason reason, Action action) {
        String said = words.reason(reason, action);
        return reason.citation().map(c -> words.say("tools.reason", "reference", words.reference(c), "effect", words.effect(reason.effect()),
                "id", c.id(), "reason", said)).orElse(said);
    }

    /** The action of a change on the first day it differs: the reasons are the same on each of its days. */
    private static Action dated(VerdictDiff.SpaceChange c) {
        return c.action().on(c.dates().get(0));
    }

    private static String dates(List<LocalDate> dates, Words words) {
        return dates.size() <= 4 ? dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "))
                : words.say("tools.diff.dates", "first", dates.get(0).toString(), "last", dates.get(dates.size() - 1).toString(), "n", dates.size());
    }

    private static String cell(Words words, List<Reason> reasons, Action action) {
        return reasons.stream().map(r -> reason(words, r, action)).collect(Collectors.joining("<br>")).replace("|", "\\|");
    }
}
