package kz.atazan.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * The stored official texts (docs/sources/constitution/), each with the days whose wording it
 * shows. A rule's quote in a language must appear in every text of that language whose days meet the
 * rule's in-force window.
 */
public enum OfficialText {
    // The original text of 1995. The Constitution took effect "со дня официального опубликования
    // результатов референдума" (its Art. 90(1)), a day the stored texts do not give; the text is
    // shown from the day of the referendum, the first day it can have applied
    // (docs/legal-decisions.md, "Thirty years of the Constitution").
    RU_1995_08_30("ru-1995-08-30", Language.RU, LocalDate.of(1995, 8, 30), LocalDate.of(1998, 10, 6)),
    // As amended by Law No. 284-I of 7 October 1998 ("вводится в действие со дня его опубликования";
    // the mirror dates the version 06.10.1998, the day before the law, so the law's own date is used).
    RU_1998_10_07("ru-1998-10-07", Language.RU, LocalDate.of(1998, 10, 7), LocalDate.of(2007, 5, 20)),
    // As amended by Law No. 254-III of 21 May 2007 (in force from its official publication; the
    // mirror's version date is the law's date, 21.05.2007).
    RU_2007_05_21("ru-2007-05-21", Language.RU, LocalDate.of(2007, 5, 21), LocalDate.of(2011, 2, 1)),
    // The same edition of 2007 in Kazakh, the prevailing text; no rule quotes it yet.
    KK_2007_05_21("kk-2007-05-21", Language.KK, LocalDate.of(2007, 5, 21), LocalDate.of(2011, 2, 1)),
    // As amended by Law No. 403-IV of 2 February 2011 (in force from its first official publication;
    // the mirror's version date is the law's date, 02.02.2011). The last text before Law No. 51-VI
    // of 10 March 2017, which has no stored edition of its own.
    RU_2011_02_02("ru-2011-02-02", Language.RU, LocalDate.of(2011, 2, 2), LocalDate.of(2017, 3, 9)),
    // The text of 23 March 2019 shows the wordings of Law No. 51-VI of 10 March 2017 from that day:
    // between the two laws only Art. 2 changed (Law No. 238-VI, the capital's name), and no rule
    // quotes Art. 2 (README of the sources, "The 2017 amendments").
    RU_2019_03_23("ru-2019-03-23", Language.RU, LocalDate.of(2017, 3, 10), LocalDate.of(2022, 6, 7)),
    // The version of 17 September 2022 carries every change of the Law of 8 June 2022 in force from
    // 8 June 2022, so it shows those wordings from that day; the provisions the Law of 17 September
    // 2022 changed again are exactly the ones whose June wording is unknown.
    RU_2022_09_17("ru-2022-09-17", Language.RU, LocalDate.of(2022, 6, 8), LocalDate.of(2022, 12, 31)),
    RU_2023_01_01("ru-2023-01-01", Language.RU, LocalDate.of(2023, 1, 1), LocalDate.of(2026, 6, 30)),
    // The Constitution of 2026 in Russian and in Kazakh. The Kazakh text prevails where they differ
    // (its Art. 9(1)); the rules of 2026 quote both.
    RU_2026_03_15("ru-2026-03-15", Language.RU, LocalDate.of(2026, 7, 1), LocalDate.MAX),
    KK_2026_03_15("kk-2026-03-15", Language.KK, LocalDate.of(2026, 7, 1), LocalDate.MAX);

    private final String file;
    private final Language language;
    private final Period shows;

    OfficialText(String file, Language language, LocalDate from, LocalDate to) {
        this.file = file;
        this.language = language;
        this.shows = new Period(from, to);
    }

    /** The file name without its {@code .md} extension. */
    public String file() {
        return file;
    }

    public Language language() {
        return language;
    }

    /** The days whose wording this text shows. */
    public Period shows() {
        return shows;
    }

    /**
     * Whether the article lists subitems ("1) ... 2) ...") with no numbered paragraphs above them,
     * as Art. 44 of 1995 does: its {@code Art. 44(4)} is then "подпункт 4) статьи 44", not "пункт 4"
     * (a test reads it in each text).
     */
    public boolean listsItems(String article) {
        Set<String> articles = switch (this) {
            case RU_1995_08_30 -> Set.of("44", "53", "54", "55", "56", "57", "66", "67");
            case RU_1998_10_07 -> Set.of("44", "53", "54", "55", "56", "57", "66", "67");
            case RU_2007_05_21, KK_2007_05_21, RU_2011_02_02, RU_2019_03_23, RU_2022_09_17, RU_2023_01_01 -> Set.of("44", "53", "55", "57", "66", "67");
            case RU_2026_03_15, KK_2026_03_15 -> Set.of("46", "56", "65", "66", "71");
        };
        return articles.contains(article);
    }
}
