package kz.atazan.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import kz.atazan.scenario.JudgmentText;

/** A verdict diff as text, JSON or Markdown (for a review comment). */
public final class DiffReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiffReport() {}

    private static String summary(VerdictDiff.Report r, String base, String head) {
        return r.checks().size() + " scenario check(s) and " + r.space().stream().mapToInt(c -> c.dates().size()).sum()
                + " action-date(s) of the decision space (out of " + r.spaceSize() + ") change verdict from " + base + " to " + head
                + " (compared in " + r.millis() + " ms)";
    }

    public static String text(VerdictDiff.Report r, String base, String head) {
        StringBuilder s = new StringBuilder(summary(r, base, head)).append('\n');
        for (VerdictDiff.CheckChange c : r.checks()) {
            s.append("\nCHECK ").append(c.file()).append(':').append(c.line()).append("  ").append(c.scenario()).append(" on ").append(c.date())
                    .append(": ").append(c.base().verdict()).append(" -> ").append(c.head().verdict()).append(" (expected ").append(c.expected()).append(")\n");
            s.append("  before: ").append(String.join("; ", VerdictDiff.decidedBy(c.base()))).append('\n');
            s.append("  after:  ").append(String.join("; ", VerdictDiff.decidedBy(c.head()))).append('\n');
        }
        for (VerdictDiff.SpaceChange c : r.space()) {
            s.append("\nSPACE ").append(JudgmentText.codes(c.action())).append(" on ").append(dates(c.dates()))
                    .append(": ").append(c.base()).append(" -> ").append(c.head()).append('\n');
            s.append("  before: ").append(String.join("; ", c.baseRules())).append('\n');
            s.append("  after:  ").append(String.join("; ", c.headRules())).append('\n');
        }
        return s.toString();
    }

    public static String markdown(VerdictDiff.Report r, String base, String head) {
        StringBuilder s = new StringBuilder("### Verdicts changed by the rules in `").append(head).append("` against `").append(base).append("`\n\n")
                .append(summary(r, base, head)).append("\n");
        if (!r.checks().isEmpty()) {
            s.append("\n| scenario check | date | before | after | expected | decided by (after) |\n|---|---|---|---|---|---|\n");
            for (VerdictDiff.CheckChange c : r.checks()) {
                s.append("| `").append(c.file()).append(':').append(c.line()).append("` ").append(c.scenario()).append(" | ").append(c.date())
                        .append(" | ").append(c.base().verdict()).append(" | ").append(c.head().verdict()).append(" | ").append(c.expected())
                        .append(" | ").append(cell(VerdictDiff.decidedBy(c.head()))).append(" |\n");
            }
        }
        if (!r.space().isEmpty()) {
            s.append("\n| action | dates | before | after | decided by (before) | decided by (after) |\n|---|---|---|---|---|---|\n");
            for (VerdictDiff.SpaceChange c : r.space()) {
                s.append("| ").append(JudgmentText.codes(c.action())).append(" | ").append(dates(c.dates()))
                        .append(" | ").append(c.base()).append(" | ").append(c.head()).append(" | ").append(cell(c.baseRules()))
                        .append(" | ").append(cell(c.headRules())).append(" |\n");
            }
        }
        return s.toString();
    }

    public static String json(VerdictDiff.Report r, String base, String head) {
        ObjectNode root = JSON.createObjectNode().put("base", base).put("head", head).put("same", r.same())
                .put("spaceSize", r.spaceSize()).put("millis", r.millis());
        ArrayNode checks = root.putArray("checks");
        for (VerdictDiff.CheckChange c : r.checks()) {
            ObjectNode node = checks.addObject().put("file", c.file()).put("line", c.line()).put("id", c.scenario())
                    .put("date", c.date().toString()).put("expected", c.expected().label())
                    .put("before", c.base().verdict().label()).put("after", c.head().verdict().label());
            VerdictDiff.decidedBy(c.base()).forEach(node.putArray("decidedBefore")::add);
            VerdictDiff.decidedBy(c.head()).forEach(node.putArray("decidedAfter")::add);
        }
        ArrayNode space = root.putArray("space");
        for (VerdictDiff.SpaceChange c : r.space()) {
            ObjectNode node = space.addObject().put("action", JudgmentText.codes(c.action()))
                    .put("before", c.base().label()).put("after", c.head().label());
            c.dates().forEach(d -> node.withArray("dates").add(d.toString()));
            c.baseRules().forEach(node.putArray("decidedBefore")::add);
            c.headRules().forEach(node.putArray("decidedAfter")::add);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dates(List<LocalDate> dates) {
        return dates.size() <= 4 ? dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "))
                : dates.get(0) + " ... " + dates.get(dates.size() - 1) + " (" + dates.size() + " dates)";
    }

    private static String cell(List<String> rules) {
        return String.join("<br>", rules).replace("|", "\\|");
    }
}
