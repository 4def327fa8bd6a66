package kz.atazan.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The constitutions of the Republic, with the days they applied. */
public enum Constitution {
    OF_1995("the Constitution of 1995", "adopted at the referendum of 30 August 1995",
            LocalDate.of(1995, 8, 30), LocalDate.of(2026, 6, 30), Set.of("44", "53", "55", "57", "66", "67")),
    OF_2026("the Constitution of 2026", "adopted at the referendum of 15 March 2026",
            LocalDate.of(2026, 7, 1), LocalDate.MAX, Set.of("46", "56", "65", "66", "71"));

    private final String title;
    private final String adoption;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Set<String> articlesOfItems;

    Constitution(String title, String adoption, LocalDate firstDay, LocalDate lastDay, Set<String> articlesOfItems) {
        this.title = title;
        this.adoption = adoption;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.articlesOfItems = articlesOfItems;
    }

    /**
     * Whether the article lists subitems ("1) ... 2) ...") with no numbered paragraphs above them,
     * as Art. 44 of 1995 does: its {@code Art. 44(4)} is then "подпункт 4) статьи 44", not "пункт 4"
     * (checked against the official texts by a test).
     */
    public boolean listsItems(String article) {
        return articlesOfItems.contains(article);
    }

    /** The year that names it: 1995, 2026. */
    public int year() {
        return firstDay.getYear();
    }

    /** "the Constitution of 1995", for use within a sentence. */
    public String title() {
        return title;
    }

    /** "Constitution of 1995", as it follows an article in a citation. */
    public String properName() {
        return title.substring("the ".length());
    }

    public String adoption() {
        return adoption;
    }

    /**
     * The first day this constitution can apply: for 1995, the day of the referendum that adopted it.
     * Its own Art. 90(1) puts it in force "со дня официального опубликования результатов
     * референдума", a day the stored texts do not give (docs/legal-decisions.md, "Thirty years of
     * the Constitution"); the 2026 Constitution names its first day itself (Art. 94(1)).
     */
    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    /** The constitution in force on a day, if any. */
    public static Optional<Constitution> on(LocalDate day) {
        return Arrays.stream(values()).filter(c -> c.appliesOn(day)).findFirst();
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
