package kz.atazan.model;

import java.time.LocalDate;

/**
 * The stored official texts (docs/sources/constitution/), each with the days whose wording it
 * shows. A rule's quote in a language must appear in every text of that language whose days meet the
 * rule's in-force window.
 */
public enum OfficialText {
    RU_2019_03_23("ru-2019-03-23", Language.RU, LocalDate.of(2019, 3, 23), LocalDate.of(2022, 6, 7)),
    // The version of 17 September 2022 carries every change of the Law of 8 June 2022 in force from
    // 8 June 2022, so it shows those wordings from that day; the provisions the Law of 17 September
    // 2022 changed again are exactly the ones whose June wording is unknown (fact base, section 8.5).
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
}
