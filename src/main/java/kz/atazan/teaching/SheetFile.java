package kz.atazan.teaching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.atazan.scenario.ActionFields;
import kz.atazan.scenario.Dates;
import kz.atazan.scenario.InputError;
import kz.atazan.scenario.InputMessages;
import kz.atazan.scenario.ScenarioReader;
import kz.atazan.model.Language;
import kz.atazan.text.Words;

/**
 * An exercise sheet as a file a student reads (Markdown or HTML) that also carries its questions
 * for grading: each question's action, in the fields of a scenario file, as JSON hidden in the page
 * (an HTML comment in Markdown, a data script in HTML). Grading re-creates each action from it and
 * asks the engine; nothing a student reads or writes on the sheet is taken as an answer.
 */
public final class SheetFile {

    static final String FORMAT = "atazan-exercise-sheet/1";
    private static final String MD_START = "<!-- atazan-sheet";
    private static final String MD_END = "-->";
    private static final String HTML_START = "<script type=\"application/json\" id=\"atazan-sheet\">";
    private static final String HTML_END = "</script>";

    /** What reading a sheet gave: the sheet, or every problem found. */
    public record Reading(Optional<Sheet> sheet, List<InputError> errors) {}

    private SheetFile() {}

    public static String write(Sheet sheet, SheetFormat format) {
        return write(sheet, format, Words.in(Language.EN));
    }

    /** The sheet in a language; the answers a student writes stay the codes c, u, d or the verdicts' names. */
    public static String write(Sheet sheet, SheetFormat format, Words words) {
        return format == SheetFormat.HTML ? html(sheet, words) : markdown(sheet, words);
    }

    private static String markdown(Sheet sheet, Words words) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(sheet.title()).append("\n\n").append(sheet.about()).append("\n\n");
        md.append(words.say("sheet.how", "c", "**constitutional**", "u", "**unconstitutional**", "d", "**undetermined**")).append(' ')
                .append(QuestionText.defaults(words)).append("\n\n");
        md.append(words.say("sheet.hand-in")).append("\n\n```yaml\n");
        sheet.questions().stream().limit(2).forEach(q -> md.append(q.id()).append(": constitutional\n"));
        md.append("```\n");
        for (Question q : sheet.questions()) {
            md.append("\n## ").append(q.id()).append(" · ").append(words.date(q.action().date())).append("\n\n")
                    .append(QuestionText.of(q.action(), words)).append("\n\n`").append(QuestionText.fields(q.action())).append("`\n\n")
                    .append(words.say("sheet.answer")).append(" ______________________\n");
        }
        md.append("\n").append(MD_START).append("\n").append(data(sheet)).append("\n").append(MD_END).append("\n");
        return md.toString();
    }

    private static String html(Sheet sheet, Words words) {
        StringBuilder html = new StringBuilder(Html.head(sheet.title(), words));
        html.append("<h1>").append(Html.escape(sheet.title())).append("</h1>\n<p class=\"lead\">").append(Html.escape(sheet.about())).append("</p>\n");
        html.append("<p>").append(words.say("sheet.how", "c", "<b>constitutional</b>", "u", "<b>unconstitutional</b>", "d", "<b>undetermined</b>"))
                .append(' ').append(Html.escape(QuestionText.defaults(words))).append("</p>\n");
        for (Question q : sheet.questions()) {
            html.append("<div class=\"question\" id=\"").append(q.id()).append("\" data-date=\"").append(q.action().date()).append("\">\n")
                    .append("<h2>").append(q.id()).append(" · ").append(Html.escape(words.date(q.action().date()))).append("</h2>\n")
                    .append("<p class=\"text\">").append(Html.escape(QuestionText.of(q.action(), words))).append("</p>\n")
                    .append("<p><code>").append(Html.escape(QuestionText.fields(q.action()))).append("</code></p>\n")
                    .append("<p class=\"answer\">").append(Html.escape(words.say("sheet.answer"))).append(" ______________________</p>\n</div>\n");
        }
        html.append(HTML_START).append("\n").append(data(sheet)).append("\n").append(HTML_END).append("\n");
        return html.append(Html.foot(words)).toString();
    }

    /** The questions as JSON, safe inside an HTML comment or script ("--" and "</" never appear in it). */
    private static String data(Sheet sheet) {
        ObjectNode root = ExplanationJson.JSON.createObjectNode()
                .put("format", FORMAT).put("title", sheet.title()).put("about", sheet.about());
        ArrayNode questions = root.putArray("questions");
        for (Question q : sheet.questions()) {
            ObjectNode node = questions.addObject().put("id", q.id()).put("date", q.action().date().toString());
            node.set("action", ExplanationJson.JSON.valueToTree(ActionFields.of(q.action())));
        }
        // both only ever occur inside JSON strings, where these escapes read back as the same text
        return ExplanationJson.write(root).replace("--", "-\\u002d").replace("</", "<\\/");
    }

    public static Reading read(String text, String shownAs) {
        Optional<String> json = embedded(text);
        if (json.isEmpty()) {
            return failed(shownAs, InputMessages.notASheet());
        }
        JsonNode root;
        try {
            root = ExplanationJson.JSON.readTree(json.get());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return failed(shownAs, InputMessages.sheetUnreadable(e.getOriginalMessage()));
        }
        if (!root.isObject() || !FORMAT.equals(root.path("format").asText()) || !root.path("questions").isArray()) {
            return failed(shownAs, InputMessages.sheetFormat(FORMAT));
        }
        List<InputError> errors = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode q : root.get("questions")) {
            String id = q.path("id").asText("");
            if (id.isBlank() || !ids.add(id)) {
                errors.add(new InputError(shownAs, 0, id.isBlank() ? InputMessages.questionWithoutId() : InputMessages.questionIdTwice(id)));
                continue;
            }
            Dates.Reading reading = Dates.parse(q.path("date").asText(""));
            if (reading.date().isEmpty()) {
                errors.add(new InputError(shownAs, 0, InputMessages.sheetQuestion(id, reading.problem())));
                continue;
            }
            LocalDate date = reading.date().get();
            ScenarioReader.ActionReading action = ScenarioReader.parseAction(q.path("action").toString(), date, shownAs);
            // the question named in the sentence of the language, not glued in English to the file's name
            action.errors().forEach(e -> errors.add(new InputError(shownAs, 0, InputMessages.sheetQuestion(id, e.message()))));
            action.action().ifPresent(a -> questions.add(new Question(id, a)));
        }
        if (questions.isEmpty() && errors.isEmpty()) {
            errors.add(new InputError(shownAs, 0, InputMessages.sheetEmpty()));
        }
        if (!errors.isEmpty()) {
            return new Reading(Optional.empty(), errors);
        }
        return new Reading(Optional.of(new Sheet(root.path("title").asText(""), root.path("about").asText(""), questions)), List.of());
    }

    private static Optional<String> embedded(String text) {
        if (text.stripLeading().startsWith("{")) {
            return Optional.of(text);
        }
        for (String[] marks : List.of(new String[] {HTML_START, HTML_END}, new String[] {MD_START, MD_END})) {
            int start = text.lastIndexOf(marks[0]);
            if (start >= 0) {
                int from = start + marks[0].length();
                int end = text.indexOf(marks[1], from);
                if (end > 0) {
                    return Optional.of(text.substring(from, end));
                }
            }
        }
        return Optional.empty();
    }

    private static Reading failed(String shownAs, kz.atazan.text.Sentence message) {
        return new Reading(Optional.empty(), List.of(new InputError(shownAs, 0, message)));
    }
}
