package kz.atazan.teaching;

import kz.atazan.model.Language;
import kz.atazan.text.Words;
import java.util.ArrayList;
import java.util.List;
import kz.atazan.model.Citation;

/** The key to a sheet, from the engine: each answer, the provisions it rests on, why, and what would change it. */
public final class AnswerKey {

    private AnswerKey() {}

    public static String write(Sheet sheet, Explainer explainer, SheetFormat format) {
        return write(sheet, explainer, format, Words.in(Language.EN));
    }

    public static String write(Sheet sheet, Explainer explainer, SheetFormat format, Words words) {
        List<Row> rows = new ArrayList<>();
        for (Question q : sheet.questions()) {
            rows.add(row(q, explainer.explain(q.action()), words));
        }
        return format == SheetFormat.HTML ? html(sheet, rows, words) : markdown(sheet, rows, words);
    }

    private record Row(String id, String answer, String grounds, String because, String change) {}

    private static Row row(Question q, Explanation e, Words words) {
        List<Citation> decisive = Comparison.decisive(e.judgment());
        String grounds = decisive.isEmpty() ? "-" : String.join("; ", decisive.stream().map(c -> ExplanationText.wording(c, words)).distinct().toList());
        List<String> because = new ArrayList<>();
        e.branches().forEach(b -> b.points().stream().filter(Point::decisive).forEach(p -> because.add(words.reason(p.reason(), e.judgment().action()))));
        if (because.isEmpty()) {
            e.judgment().reasons().forEach(r -> because.add(words.reason(r, e.judgment().action())));
        }
        return new Row(q.id(), e.judgment().verdict().label(), grounds, String.join("; ", because),
                e.smallestChange().map(c -> ExplanationText.inOneLine(c, e.judgment().action(), words)).orElse(""));
    }

    private static final List<String> COLUMNS = List.of("question", "answer", "provisions", "because", "change");

    private static String markdown(Sheet sheet, List<Row> rows, Words words) {
        StringBuilder md = new StringBuilder("# ").append(words.say("key.title", "title", sheet.title())).append("\n\n").append(sheet.about())
                .append(' ').append(words.say("key.engine", "command", "`atazan exercises grade`")).append("\n\n|");
        COLUMNS.forEach(c -> md.append(' ').append(words.say("key.column." + c)).append(" |"));
        md.append("\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(r.id()).append(" | **").append(r.answer()).append("** | ").append(cell(r.grounds())).append(" | ")
                    .append(cell(r.because())).append(" | ").append(cell(r.change())).append(" |\n");
        }
        return md.toString();
    }

    private static String html(Sheet sheet, List<Row> rows, Words words) {
        String title = words.say("key.title", "title", sheet.title());
        StringBuilder html = new StringBuilder(Html.head(title, words));
        html.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"lead\">").append(Html.escape(sheet.about()))
                .append(' ').append(words.say("key.engine", "command", "<code>atazan exercises grade</code>")).append("</p>\n");
        html.append("<table id=\"key\">\n<thead><tr>");
        COLUMNS.forEach(c -> html.append("<th>").append(Html.escape(words.say("key.column." + c))).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            html.append("<tr data-question=\"").append(r.id()).append("\"><td>").append(r.id()).append("</td><td class=\"answer\"><b>")
                    .append(r.answer()).append("</b></td><td>").append(Html.escape(r.grounds())).append("</td><td>").append(Html.escape(r.because()))
                    .append("</td><td>").append(Html.escape(r.change())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return html.append(Html.foot(words)).toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
