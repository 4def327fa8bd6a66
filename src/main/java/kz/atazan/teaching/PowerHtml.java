package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.List;
import kz.atazan.model.Citation;
import kz.atazan.model.Entity;
import kz.atazan.model.Language;
import kz.atazan.text.Words;

/**
 * A power map, or the difference between two, as a self-contained page a teacher can project: a
 * diagram of who appoints whom, a table, and each provision quoted from the official Russian text.
 */
public final class PowerHtml {

    private PowerHtml() {}

    public static String of(PowerMap map) {
        return of(map, Words.in(Language.EN));
    }

    public static String of(PowerMap map, Words words) {
        List<Citation> cited = new ArrayList<>();
        map.powers().forEach(p -> cited.addAll(p.citations()));
        QuotedProvisions quoted = new QuotedProvisions(cited);
        String title = words.say("powers.page.title", "date", map.date());
        StringBuilder html = new StringBuilder(Html.head(title, words));
        html.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"lead\">")
                .append(words.say("powers.page.lead", "law", Html.escape(PowerText.constitution(map, words)), "n", map.size(),
                        "count", "<span id=\"count\">" + map.size() + "</span>"))
                .append(' ').append(Html.escape(words.say("powers.page.codes"))).append("</p>\n");
        html.append(AppointmentDiagram.of(map, words));
        html.append("<table id=\"powers\">\n<thead><tr>").append(th(words, "who", "may", "whom", "terms", "provisions"))
                .append("</tr></thead>\n<tbody>\n");
        for (Power p : map.powers()) {
            html.append("<tr data-actor=\"").append(p.actor().label()).append("\" data-act=\"").append(p.act().label())
                    .append("\" data-target=\"").append(p.target().label()).append("\">")
                    .append("<td>").append(named(p.actor(), words)).append("</td>")
                    .append("<td>").append(Html.named(words.actWithoutTarget(p.actor(), p.act(), p.target(), java.util.Optional.of(map.date())), p.act().label())).append("</td>")
                    .append("<td>").append(named(p.target(), words)).append("</td>")
                    .append("<td class=\"terms\">").append(Html.escape(PowerTerms.words(p, words))).append("</td>")
                    .append("<td class=\"provisions\">").append(links(p.citations(), quoted, words)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        quotes(html, quoted, words);
        return html.append(Html.foot(words)).toString();
    }

    public static String of(PowerDiff diff) {
        return of(diff, Words.in(Language.EN));
    }

    public static String of(PowerDiff diff, Words words) {
        List<Citation> cited = new ArrayList<>();
        diff.changes().forEach(c -> {
            c.before().ifPresent(p -> cited.addAll(p.citations()));
            c.after().ifPresent(p -> cited.addAll(p.citations()));
        });
        QuotedProvisions quoted = new QuotedProvisions(cited);
        String title = words.say("powers.diff.title", "from", diff.from(), "to", diff.to());
        StringBuilder html = new StringBuilder(Html.head(title, words));
        html.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"lead\">")
                .append(words.say("powers.diff.lead", "n", diff.changes().size(), "count", "<span id=\"count\">" + diff.changes().size() + "</span>",
                        "before", diff.before().size(), "after", diff.after().size(), "from", diff.from(), "to", diff.to()))
                .append("</p>\n");
        html.append("<table id=\"changes\">\n<thead><tr>").append(th(words, "change", "who", "may", "whom"))
                .append("<th>").append(Html.escape(words.say("powers.column.on", "date", diff.from()))).append("</th>")
                .append("<th>").append(Html.escape(words.say("powers.column.on", "date", diff.to()))).append("</th>")
                .append(th(words, "caused-by")).append("</tr></thead>\n<tbody>\n");
        for (PowerChange c : diff.changes()) {
            html.append("<tr class=\"").append(c.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\" data-actor=\"").append(c.actor().label())
                    .append("\" data-act=\"").append(c.act().label()).append("\" data-target=\"").append(c.target().label()).append("\">")
                    .append("<td>").append(Html.escape(c.kind().label(words))).append("</td>")
                    .append("<td>").append(named(c.actor(), words)).append("</td>")
                    .append("<td>").append(Html.named(words.actWithoutTarget(c.actor(), c.act(), c.target(), java.util.Optional.empty()), c.act().label())).append("</td>")
                    .append("<td>").append(named(c.target(), words)).append("</td>")
                    .append("<td class=\"before\">").append(side(c.before().map(p -> PowerTerms.words(p, words)).orElseGet(() -> PowerTerms.without(c.againstBefore(), words)),
                            c.before().map(p -> links(p.citations(), quoted, words)).orElse(Html.escape(PowerTerms.against(c.againstBefore(), words)))))
                    .append("</td><td class=\"after\">").append(side(c.after().map(p -> PowerTerms.words(p, words)).orElseGet(() -> PowerTerms.without(c.againstAfter(), words)),
                            c.after().map(p -> links(p.citations(), quoted, words)).orElse(Html.escape(PowerTerms.against(c.againstAfter(), words)))))
                    .append("</td><td class=\"cause\">").append(Html.escape(Amendments.say(c.laws(), words))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        quotes(html, quoted, words);
        return html.append(Html.foot(words)).toString();
    }

    private static String th(Words words, String... columns) {
        StringBuilder s = new StringBuilder();
        for (String column : columns) {
            s.append("<th>").append(Html.escape(words.say("powers.column." + column))).append("</th>");
        }
        return s.toString();
    }

    private static String named(Entity e, Words words) {
        return Html.named(words.name(e), e.label());
    }

    private static String side(String words, String provisions) {
        return Html.escape(words) + (provisions.isEmpty() ? "" : "<br><small>" + provisions + "</small>");
    }

    private static String links(List<Citation> citations, QuotedProvisions quoted, Words words) {
        List<String> links = new ArrayList<>();
        for (Citation c : citations) {
            links.add("<a class=\"provision\" href=\"#" + quoted.anchor(c) + "\" title=\"" + Html.escape(c.quote()) + "\">"
                    + Html.escape(words.reference(c)) + "</a>");
        }
        return String.join(", ", links.stream().distinct().toList());
    }

    private static void quotes(StringBuilder html, QuotedProvisions quoted, Words words) {
        html.append("<h2>").append(Html.escape(words.say("powers.quotes.title"))).append("</h2>\n<table id=\"quotes\">\n<thead><tr>")
                .append(th(words, "provision", "wording", "says", "text")).append("</tr></thead>\n<tbody>\n");
        for (Citation c : quoted.all()) {
            html.append("<tr id=\"").append(quoted.anchor(c)).append("\"><td>").append(Html.escape(words.reference(c))).append("</td><td>")
                    .append(Html.escape(words.as(c.edition()) + ", " + ExplanationText.window(c, words))).append("</td><td>")
                    .append(Html.escape(words.summary(c))).append("</td><td class=\"ru\" lang=\"ru\">").append(Html.escape(c.quote()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }
}
