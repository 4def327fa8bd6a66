package kz.atazan.web;

import java.util.List;
import java.util.Map;

/**
 * What the balance page shows, in the page's language: the chart and tables the balance command
 * writes (already escaped HTML), and where the dataset is.
 */
public record BalancePage(String lang, Map<String, String> text, List<AskPage.Option> languages, String title, String body) {

    public String t(String key) {
        return text.getOrDefault(key, key);
    }
}
