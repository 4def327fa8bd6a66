package kz.atazan.web;

import java.util.List;
import java.util.Map;

/** What the power map page shows: the date, where the graph's data is, and the table, in the page's language. */
public record PowersPage(String lang, Map<String, String> text, List<AskPage.Option> languages, String date, String source, List<Row> rows) {

    /** One power: who, may do what to whom, on which terms, on which provisions. */
    public record Row(String actor, String text, String verdict, String terms, String provisions) {}

    public String t(String key) {
        return text.getOrDefault(key, key);
    }
}
