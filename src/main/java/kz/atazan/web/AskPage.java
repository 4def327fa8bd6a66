package kz.atazan.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Ask page shows, every value already a string in the page's language: the templates
 * only lay it out (and jte escapes every value it writes).
 */
public record AskPage(
        String lang,
        boolean narrowed,
        Map<String, String> text,
        List<Option> languages,
        List<Option> actors,
        List<Option> acts,
        List<Option> targets,
        String date,
        List<Field> conditions,
        List<String> problems,
        Optional<Answer> answer,
        Optional<Timeline> timeline) {

    /** One choice of a select or check box list. */
    public record Option(String value, String label, boolean selected) {}

    /**
     * One condition of the action: {@code kind} is "names" (check boxes), "name" (a select),
     * "text" (a number or tally written in a box) or "flag" (one check box, a fact about the person).
     */
    public record Field(String name, String label, String hint, String kind, List<Option> options, String value) {}

    /**
     * The answer: the verdict, the law applied, each reason with the article it cites, and for an
     * unconstitutional verdict the smallest changes that would make it constitutional (or why none
     * would).
     */
    public record Answer(String verdict, String verdictLabel, String question, String law, List<Reason> reasons, List<Fix> fixes,
            String noFix, String nearestHeading, List<Near> nearest, String apiLink) {}

    /** A question the rules answer, near one no provision speaks to: its words, verdict, provisions, and the page asking it. */
    public record Near(String question, String verdict, String verdictLabel, String provisions, String link) {}

    /** One way to make the action constitutional: when (empty for the same day), the changes, and the page asking it so changed. */
    public record Fix(String when, List<String> changes, String link) {}

    public record Reason(String effect, String text, boolean decisive, String provision, String rule, List<Article> articles) {}

    /** An article of an official text: its title, and each paragraph as pieces, plain and marked by turns. */
    public record Article(String lang, String title, List<List<String>> paragraphs) {}

    /**
     * The same action on the day each wording took effect, and on the day asked: {@code slider*}
     * are epoch days, for the slider that moves the answer through time.
     */
    public record Timeline(List<Point> points, long sliderMin, long sliderMax, long sliderValue) {}

    /** One day of the timeline: its verdict, and the amendments that changed it since the day before in the list. */
    public record Point(String date, String verdict, String verdictText, String law, String causedBy, boolean changed, boolean asked, String link) {}

    public String t(String key) {
        return text.getOrDefault(key, key);
    }
}
