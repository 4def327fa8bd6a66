package kz.atazan.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page that runs a scenario file pasted or opened in the browser: the text as sent (to correct
 * and send again) and its report, in the page's language.
 */
public record RunPage(String lang, Map<String, String> text, List<AskPage.Option> languages, String fileName, String scenario,
        Optional<Report> report) {

    /** The run: whether everything passed, the closing count, each problem of the file at its line, and the checks' report. */
    public record Report(boolean passed, String closingLine, List<Problem> problems, String checks) {}

    /** A problem of the file: its line (0 when it concerns the whole file) and what is wrong. */
    public record Problem(int line, String message) {}

    public String t(String key) {
        return text.getOrDefault(key, key);
    }
}
