package kz.atazan.web;

import java.util.List;
import java.util.Map;

/**
 * What the power map page shows: the date, where the graph's data is, the table, and when an
 * earlier day is given, what changed since, in the page's language.
 */
public record PowersPage(String lang, Map<String, String> text, List<AskPage.Option> languages, String date, String source, List<Row> rows,
        String from, List<Change> changes) {

    /** One power gained, lost, changed or reworded since the earlier day: its terms before and after, and the amendment behind it. */
    public record Change(String kind, String kindText, String actor, String text, String before, String after, String causedBy) {}

    /** One power: who, may do what to whom, on which terms, on which provisions. */
    public record Row(String actor, String text, String verdict, String terms, String provisions) {}

    public String t(String key) {
        return text.getOrDefault(key, key);
    }
}
