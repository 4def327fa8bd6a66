package kz.atazan.teaching;

import kz.atazan.model.Language;

import java.util.ArrayList;
import java.util.List;
import kz.atazan.model.Citation;

/**
 * A power map, or the difference between two, as a self-contained page a teacher can project: a
 * diagram of who appoints whom, a table, and each provision quoted from the official Russian text.
 */
public final class PowerHtml {

    private PowerHtml() {}

    public static String of(PowerMap map) {
        List<Citation> cited = new ArrayList<>();
        map.powers().forEach(p -> cited.addAll(p.citations()));
        QuotedProvisions quoted = new QuotedProvisions(cited);
        String title = "Who may do what on " + AmendingLaw.spelledOut(map.date());
        StringBuilder html = new StringBuilder(Html.head(title));
        html.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"lead\">Under ").append(Html.escape(PowerText.constitution(map)))
                .append(": <span id=\"count\">").append(map.size()).append("</span> powers. Names in <code>code</code> are those of the scenario vocabulary.</p>\n");
        html.append(AppointmentDiagram.of(map));
        html.append("<table id=\"powers\">\n<thead><tr><th>who</th><th>may</th><th>whom</th><th>on these terms</th><th>provisions</th></tr></thead>\n<tbody>\n");
        for (Power p : map.powers()) {
            html.append("<tr data-actor=\"").append(p.actor().label()).append("\" data-act=\"").append(p.act().label())
                    .append("\" data-target=\"").append(p.target().label()).append("\">")
                    .append("<td>").append(Html.named(p.actor().meaning(), p.actor().label())).append("</td>")
                    .append("<td>").append(p.act().label()).append("</td>")
                    .append("<td>").append(Html.named(p.target().meaning(), p.target().label())).append("</td>")
                    .append("<td class=\"terms\">").append(Html.escape(PowerTerms.words(p))).append("</td>")
                    .append("<td class=\"provisions\">").append(links(p.citations(), quoted)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        quotes(html, quoted);
        return html.append(Html.foot()).toString();
    }

    public static String of(PowerDiff diff) {
        List<Citation> cited = new ArrayList<>();
        diff.changes().forEach(c -> {
            c.before().ifPresent(p -> cited.addAll(p.citations()));
            c.after().ifPresent(p -> cited.addAll(p.citations()));
        });
        QuotedProvisions quoted = new QuotedProvisions(cited);
        String title = "What changed in the powers from " + AmendingLaw.spelledOut(diff.from()) + " to " + AmendingLaw.spelledOut(diff.to());
        StringBuilder html = new StringBuilder(Html.head(title));
        html.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"lead\"><span id=\"count\">").append(diff.changes().size())
                .append("</span> changes, each with the amendment that made it (").append(diff.before().size()).append(" powers on ")
                .append(diff.from()).append(", ").append(diff.after().size()).append(" on ").append(diff.to()).append(").</p>\n");
        html.append("<table id=\"changes\">\n<thead><tr><th>change</th><th>who</th><th>may</th><th>whom</th><th>on ").append(diff.from())
                .append("</th><th>on ").append(diff.to()).append("</th><th>caused by</th></tr></thead>\n<tbody>\n");
        for (PowerChange c : diff.changes()) {
            html.append("<tr class=\"").append(c.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\" data-actor=\"").append(c.actor().label())
                    .append("\" data-act=\"").append(c.act().label()).append("\" data-target=\"").append(c.target().label()).append("\">")
                    .append("<td>").append(Html.escape(c.kind().label())).append("</td>")
                    .append("<td>").append(Html.named(c.actor().meaning(), c.actor().label())).append("</td>")
                    .append("<td>").append(c.act().label()).append("</td>")
                    .append("<td>").append(Html.named(c.target().meaning(), c.target().label())).append("</td>")
                    .append("<td class=\"before\">").append(side(c.before().map(PowerTerms::words).orElse("no such power"),
                            c.before().map(p -> links(p.citations(), quoted)).orElse(Html.escape(c.reasonsBefore()))))
                    .append("</td><td class=\"after\">").append(side(c.after().map(PowerTerms::words).orElse("no such power"),
                            c.after().map(p -> links(p.citations(), quoted)).orElse(Html.escape(c.reasonsAfter()))))
                    .append("</td><td class=\"cause\">").append(Html.escape(Amendments.say(c.laws(), kz.atazan.text.Words.in(kz.atazan.model.Language.EN)))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        quotes(html, quoted);
        return html.append(Html.foot()).toString();
    }

    private static String side(String words, String provisions) {
        return Html.escape(words) + (provisions.isEmpty() ? "" : "<br><small>" + provisions + "</small>");
    }

    private static String links(List<Citation> citations, QuotedProvisions quoted) {
        List<String> links = new ArrayList<>();
        for (Citation c : citations) {
            links.add("<a class=\"provision\" href=\"#" + quoted.anchor(c) + "\" title=\"" + Html.escape(c.quote()) + "\">"
                    + Html.escape(c.reference()) + "</a>");
        }
        return String.join(", ", links.stream().distinct().toList());
    }

    private static void quotes(StringBuilder html, QuotedProvisions quoted) {
        html.append("<h2>The provisions, quoted from the official Russian text</h2>\n<table id=\"quotes\">\n<thead><tr><th>provision</th>"
                + "<th>wording and days in force</th><th>what it says</th><th>official Russian text</th></tr></thead>\n<tbody>\n");
        for (Citation c : quoted.all()) {
            html.append("<tr id=\"").append(quoted.anchor(c)).append("\"><td>").append(Html.escape(c.reference())).append("</td><td>")
                    .append(Html.escape(AmendingLaw.phrase(c.edition()) + ", " + AmendingLaw.window(c))).append("</td><td>")
                    .append(Html.escape(c.summary(Language.EN))).append("</td><td class=\"ru\" lang=\"ru\">").append(Html.escape(c.quote()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }
}
