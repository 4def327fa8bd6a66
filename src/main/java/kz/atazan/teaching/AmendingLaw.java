package kz.atazan.teaching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kz.atazan.model.Citation;
import kz.atazan.model.Edition;

/** The law that gave a wording its force, named as a law student would say it. */
final class AmendingLaw {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private AmendingLaw() {}

    /** "the Law of 8 June 2022", "the Constitution of 2026", ... */
    static String of(Edition edition) {
        return switch (edition) {
            case TEXT_OF_1995 -> "the original text of 1995";
            case LAW_OF_7_OCTOBER_1998 -> "Law No. 284-I of 7 October 1998";
            case LAW_OF_21_MAY_2007 -> "Law No. 254-III of 21 May 2007";
            case LAW_OF_2_FEBRUARY_2011 -> "Law No. 403-IV of 2 February 2011";
            case LAW_OF_10_MARCH_2017 -> "Law No. 51-VI of 10 March 2017";
            case TEXT_OF_2019 -> "the text of 23 March 2019 (Law No. 238-VI)";
            case LAW_OF_8_JUNE_2022 -> "the Law of 8 June 2022";
            case LAW_OF_17_SEPTEMBER_2022 -> "Law No. 142-VII of 17 September 2022";
            case LAW_OF_8_JUNE_2022_FROM_2023 -> "the Law of 8 June 2022 in force from 1 January 2023";
            case LAW_OF_8_JUNE_2022_FROM_EIGHTH_MAJILIS ->
                    "the Law of 8 June 2022 as applied from the 8th-convocation Majilis elections (Art. 99(3)), from 19 January 2023";
            case CONSTITUTION_OF_2026 -> "the Constitution of 2026";
        };
    }

    /** "Art. 87(4), Constitution of 1995, as worded by the Law of 8 June 2022, in force 2022-06-08 to 2026-06-30". */
    static String wording(Citation c) {
        return c.reference() + ", " + phrase(c.edition()) + ", " + window(c);
    }

    /** "as worded by the Law of 8 June 2022", or "in the Constitution of 2026" for a text as a whole (1995, 2019, 2026). */
    static String phrase(Edition edition) {
        boolean wholeText = edition == Edition.TEXT_OF_1995 || edition == Edition.TEXT_OF_2019 || edition == Edition.CONSTITUTION_OF_2026;
        return (wholeText ? "in " : "as worded by ") + of(edition);
    }

    /** "in force 2022-06-08 to 2026-06-30", or "in force from 2026-07-01". */
    static String window(Citation c) {
        return c.inForce().isOpen() ? "in force from " + c.inForce().from() : "in force " + c.inForce().from() + " to " + c.inForce().to();
    }

    static String spelledOut(LocalDate date) {
        return LONG.format(date);
    }
}
