package kz.atazan.model;

import java.time.LocalDate;

/**
 * The stored official texts (docs/sources/constitution/), each with the days whose wording it
 * shows. A rule's quote must appear in every text whose days meet the rule's in-force window.
 */
public enum OfficialText {
    RU_2019_03_23("ru-2019-03-23", LocalDate.of(2019, 3, 23), LocalDate.of(2022, 6, 7)),
    // The version of 17 September 2022 carries every change of the Law of 8 June 2022 in force from
    // 8 June 2022, so it shows those wordings from that day; the provisions the Law of 17 September
    // 2022 changed again are exactly the ones whose June wording is unknown (fact base, section 8.5).
    RU_2022_09_17("ru-2022-09-17", LocalDate.of(2022, 6, 8), LocalDate.of(2022, 12, 31)),
    RU_2023_01_01("ru-2023-01-01", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 6, 30)),
    // The 2026 Constitution in Russian, the text quotes are checked against. The Kazakh text
    // (kk-2026-03-15.md) prevails where they differ (its Art. 9(1)); it is kept beside it.
    RU_2026_03_15("ru-2026-03-15", LocalDate.of(2026, 7, 1), LocalDate.MAX);

    private final String file;
    private final Period shows;

    OfficialText(String file, LocalDate from, LocalDate to) {
        this.file = file;
        this.shows = new Period(from, to);
    }

    /** The file name without its {@code .md} extension. */
    public String file() {
        return file;
    }

    /** The days whose wording this text shows. */
    public Period shows() {
        return shows;
    }
}
