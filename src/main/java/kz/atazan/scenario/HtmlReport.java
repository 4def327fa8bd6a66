package kz.atazan.scenario;

import kz.atazan.text.Words;
import kz.atazan.model.Language;
import java.util.List;
import kz.atazan.model.Citation;
import kz.atazan.model.Reason;

/** A run as one self-contained HTML page: the count, the failures with their reasons, then every check. */
public final class HtmlReport {

    private HtmlReport() {}

    public static String of(RunResult run) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Atazan: scenario run</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:75em} table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}")
                .append(".pass{color:#176a2c}.fail{color:#a11}.quote{font-style:italic;color:#444}")
                .append("h2{margin-top:1.5em}\n</style></head><body>\n");
        html.append("<h1>Scenario run</h1>\n<p class=\"summary\"><strong>").append(run.passed()).append(" passed, ")
                .append(run.failed()).append(" failed</strong>")
                .append(run.errors().isEmpty() ? "" : ", " + run.errors().size() + " input error(s)").append("</p>\n");
        if (!run.errors().isEmpty()) {
            html.append("<h2>Input errors</h2>\n<ul class=\"errors\">\n");
            run.errors().forEach(e -> html.append("<li>").append(escape(e.toString())).append("</li>\n"));
            html.append("</ul>\n");
        }
        List<CheckResult> failed = run.results().stream().filter(r -> !r.passed()).toList();
        if (!failed.isEmpty()) {
            html.append("<h2>Failures</h2>\n");
            for (CheckResult r : failed) {
                html.append("<section class=\"failure\"><h3>").append(escape(r.file() + ":" + r.check().line() + " " + r.scenario().id()))
                        .append(" on ").append(r.check().date()).append("</h3>\n<p>").append(escape(JudgmentText.action(r.judgment().action(), Language.EN)))
                        .append("</p>\n<p class=\"fail\">").append(escape(r.failure())).append("</p>\n");
                reasons(html, r.judgment(), Words.in(Language.EN));
                html.append("</section>\n");
            }
        }
        html.append("<h2>Every check</h2>\n<table class=\"checks\"><thead><tr><th>file</th><th>scenario</th><th>date</th>")
                .append("<th>expected</th><th>actual</th><th>result</th></tr></thead><tbody>\n");
        for (CheckResult r : run.results()) {
            html.append("<tr><td>").append(escape(r.file() + ":" + r.check().line())).append("</td><td>")
                    .append(escape(r.scenario().title() == null ? r.scenario().id() : r.scenario().title())).append("</td><td>")
                    .append(r.check().date()).append("</td><td>").append(r.check().expected()).append("</td><td>")
                    .append(r.judgment().verdict()).append("</td><td class=\"").append(r.passed() ? "pass\">pass" : "fail\">FAIL")
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n<p>Atazan is for education; it is not legal advice.</p>\n</body></html>\n");
        return html.toString();
    }

    private static void reasons(StringBuilder html, kz.atazan.model.Judgment judgment, Words words) {
        html.append("<ul class=\"reasons\">\n");
        for (Reason reason : judgment.reasons()) {
            html.append("<li>").append(reason.decisive() ? "<strong>" : "")
                    .append(escape(reason.citation().map(words::reference).orElse("")))
                    .append(" (").append(escape(words.effect(reason.effect()))).append("): ").append(escape(words.reason(reason, judgment.action())))
                    .append(reason.decisive() ? "</strong>" : "");
            reason.citation().ifPresent(c -> html.append("<br><span class=\"quote\" lang=\"ru\">«").append(escape(c.quote()))
                    .append("»</span> (").append(escape(words.wording(c.edition()))).append(")"));
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
