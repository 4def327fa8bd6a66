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
        List<Row> rows = new ArrayList<>();
        for (Question q : sheet.questions()) {
            rows.add(row(q, explainer.explain(q.action())));
        }
        return format == SheetFormat.HTML ? html(sheet, rows) : markdown(sheet, rows);
    }

    private record Row(String id, String answer, String grounds, String because, String change) {}

    private static Row row(Question q, Explanation e) {
        Words words = Words.in(Language.EN);
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

    private static String markdown(Sheet sheet, List<Row> rows) {
        StringBuilder md = new StringBuilder("# Answer key: ").append(sheet.title()).append("\n\n").append(sheet.about())
                .append(" The answers are the engine's; `atazan exercises grade` grades against the engine, not this key.\n\n");
        md.append("| question | answer | decisive provisions | because | smallest change to make it constitutional |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(r.id()).append(" | **").append(r.answer()).append("** | ").append(cell(r.grounds())).append(" | ")
                    .append(cell(r.because())).append(" | ").append(cell(r.change())).append(" |\n");
        }
        return md.toString();
    }

    private static String html(Sheet sheet, List<Row> rows) {
        StringBuilder html = new StringBuilder(Html.head("Answer key: " + sheet.title()));
        html.append("<h1>Answer key: ").append(Html.escape(sheet.title())).append("</h1>\n<p class=\"lead\">").append(Html.escape(sheet.about()))
                .append(" The answers are the engine's; <code>atazan exercises grade</code> grades against the engine, not this key.</p>\n");
        html.append("<table id=\"key\">\n<thead><tr><th>question</th><th>answer</th><th>decisive provisions</th><th>because</th>"
                + "<th>smallest change to make it constitutional</th></tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            html.append("<tr data-question=\"").append(r.id()).append("\"><td>").append(r.id()).append("</td><td class=\"answer\"><b>")
                    .append(r.answer()).append("</b></td><td>").append(Html.escape(r.grounds())).append("</td><td>").append(Html.escape(r.because()))
                    .append("</td><td>").append(Html.escape(r.change())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return html.append(Html.foot()).toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
