package kz.atazan.model;

import java.time.LocalDate;

/**
 * The amendment that gave a provision the wording a rule encodes, with the day that wording took
 * effect (from the footnotes of the official text) and the stored text it was checked against.
 * The transition days from 2019 are the days the amendments of 2019 and 2022 and the Constitution of
 * 2026 took effect, by the footnotes and notes of the official texts. The earlier ones are the dates of the
 * amending laws, which the footnotes put in force on their (first official) publication; the stored
 * texts do not give the day of publication, so the law's own date, the first day its wording can
 * have applied, is used (docs/legal-decisions.md, "Thirty years of the Constitution";
 * docs/wording-history.md).
 */
public enum Edition {
    TEXT_OF_1995("1995", "the original text adopted at the referendum of 30 August 1995",
            LocalDate.of(1995, 8, 30), OfficialText.RU_1995_08_30),
    LAW_OF_7_OCTOBER_1998("1998", "as amended by Law No. 284-I of 7 October 1998, in force from its publication",
            LocalDate.of(1998, 10, 7), OfficialText.RU_1998_10_07),
    LAW_OF_21_MAY_2007("2007", "as amended by Law No. 254-III of 21 May 2007, in force from its official publication",
            LocalDate.of(2007, 5, 21), OfficialText.RU_2007_05_21),
    LAW_OF_2_FEBRUARY_2011("2011", "as amended by Law No. 403-IV of 2 February 2011, in force from its first official publication",
            LocalDate.of(2011, 2, 2), OfficialText.RU_2011_02_02),
    // No stored edition of its own: its wordings are read in the text of 23 March 2019, the ones it
    // replaced in the 2011 edition (README of the sources, "The 2017 amendments").
    LAW_OF_10_MARCH_2017("2017", "as amended by Law No. 51-VI of 10 March 2017, in force from its first official publication",
            LocalDate.of(2017, 3, 10), OfficialText.RU_2019_03_23),
    TEXT_OF_2019("2019", "the text in force on 23 March 2019 (last amended by Law No. 238-VI of 23 March 2019)",
            LocalDate.of(2019, 3, 23), OfficialText.RU_2019_03_23),
    LAW_OF_8_JUNE_2022("2022", "as amended by the Law of 8 June 2022 (referendum of 5 June 2022), in force from 8 June 2022",
            LocalDate.of(2022, 6, 8), OfficialText.RU_2022_09_17),
    LAW_OF_17_SEPTEMBER_2022("2022-09", "as amended by Law No. 142-VII of 17 September 2022, in force from its publication",
            LocalDate.of(2022, 9, 17), OfficialText.RU_2022_09_17),
    LAW_OF_8_JUNE_2022_FROM_2023("2023", "as amended by the Law of 8 June 2022, in force from 1 January 2023",
            LocalDate.of(2023, 1, 1), OfficialText.RU_2023_01_01),
    LAW_OF_8_JUNE_2022_FROM_EIGHTH_MAJILIS("2023-01",
            "as amended by the Law of 8 June 2022, applied from the elections of the 8th-convocation Majilis"
                    + " (Art. 99(3)), called on 19 January 2023",
            LocalDate.of(2023, 1, 19), OfficialText.RU_2023_01_01),
    CONSTITUTION_OF_2026("2026", "the Constitution adopted at the referendum of 15 March 2026, in force from 1 July 2026",
            LocalDate.of(2026, 7, 1), OfficialText.RU_2026_03_15);

    private final String tag;
    private final String description;
    private final LocalDate effective;
    private final OfficialText source;

    Edition(String tag, String description, LocalDate effective, OfficialText source) {
        this.tag = tag;
        this.description = description;
        this.effective = effective;
        this.source = source;
    }

    /** The last part of the id of every rule in this wording: {@code president.dismiss-akims.districts.2022}. */
    public String tag() {
        return tag;
    }

    public String description() {
        return description;
    }

    /** The constitution this wording belongs to: article numbers mean different things in each. */
    public Constitution constitution() {
        return this == CONSTITUTION_OF_2026 ? Constitution.OF_2026 : Constitution.OF_1995;
    }

    /** The first day this wording applied. */
    public LocalDate effective() {
        return effective;
    }

    /**
     * Whether this wording is older than the text of 2019: such wordings are modelled only for the
     * actions of a {@link Family}, and the days before 2019 answer no other action.
     */
    public boolean earlier() {
        return effective.isBefore(TEXT_OF_2019.effective);
    }

    /** The stored official text this wording was read in. */
    public OfficialText source() {
        return source;
    }
}
