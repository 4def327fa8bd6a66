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
        return of(run, Language.EN);
    }

    public static String of(RunResult run, Language language) {
        Words words = Words.in(language);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(words.say("run.html.title"))).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:75em} table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}")
                .append(".pass{color:#176a2c}.fail{color:#a11}.quote{font-style:italic;color:#444}")
                .append("h2{margin-top:1.5em}\n</style></head><body>\n");
        html.append("<h1>").append(escape(words.say("run.html.heading"))).append("</h1>\n<p class=\"summary\"><strong>")
                .append(escape(words.say("run.closing", "passed", run.passed(), "failed", run.failed()))).append("</strong>")
                .append(run.errors().isEmpty() ? "" : escape(words.say("run.html.input-errors.count", "n", run.errors().size()))).append("</p>\n");
        if (!run.errors().isEmpty()) {
            html.append("<h2>").append(escape(words.say("run.html.input-errors"))).append("</h2>\n<ul class=\"errors\">\n");
            run.errors().forEach(e -> html.append("<li>").append(escape(e.in(language))).append("</li>\n"));
            html.append("</ul>\n");
        }
        List<CheckResult> failed = run.results().stream().filter(r -> !r.passed()).toList();
        if (!failed.isEmpty()) {
            html.append("<h2>").append(escape(words.say("run.html.failures"))).append("</h2>\n");
            for (CheckResult r : failed) {
                html.append("<section class=\"failure\"><h3>").append(escape(r.file() + ":" + r.check().line() + " " + r.scenario().id()))
                        .append(", ").append(escape(words.date(r.check().date()))).append("</h3>\n<p>").append(escape(JudgmentText.action(r.judgment().action(), language)))
                        .append("</p>\n<p class=\"fail\">").append(escape(r.failure(words))).append("</p>\n");
                reasons(html, r.judgment(), words);
                html.append("</section>\n");
            }
        }
        html.append("<h2>").append(escape(words.say("run.html.every-check"))).append("</h2>\n<table class=\"checks\"><thead><tr>");
        for (String column : List.of("file", "scenario", "date", "expected", "actual", "result")) {
            html.append("<th>").append(escape(words.say("run.html.column." + column))).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (CheckResult r : run.results()) {
            html.append("<tr><td>").append(escape(r.file() + ":" + r.check().line())).append("</td><td>")
                    .append(escape(r.scenario().title() == null ? r.scenario().id() : r.scenario().title())).append("</td><td>")
                    .append(escape(words.date(r.check().date()))).append("</td><td>").append(escape(words.verdict(r.check().expected()))).append("</td><td>")
                    .append(escape(words.verdict(r.judgment().verdict()))).append("</td><td class=\"").append(r.passed() ? "pass\">" : "fail\">")
                    .append(escape(words.say(r.passed() ? "run.html.pass" : "run.html.fail")))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n<p>").append(escape(words.say("run.html.foot"))).append("</p>\n</body></html>\n");
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
