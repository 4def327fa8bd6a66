package kz.atazan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private final Period june2022 = Period.parse("2022-06-08/2026-06-30");

    @Test
    void bothEndsAreInForce() {
        assertFalse(june2022.contains(LocalDate.of(2022, 6, 7)));
        assertTrue(june2022.contains(LocalDate.of(2022, 6, 8)));
        assertTrue(june2022.contains(LocalDate.of(2026, 6, 30)));
        assertFalse(june2022.contains(LocalDate.of(2026, 7, 1)));
    }

    @Test
    void adjacentWordingsDoNotOverlapButSharingADayDoes() {
        assertFalse(Period.parse("2019-03-23/2022-06-07").overlaps(june2022));
        assertTrue(Period.parse("2019-03-23/2022-06-08").overlaps(june2022));
    }

    @Test
    void badWindowsSayWhatWasExpected() {
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2022-06-08"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2022-06-08/2022-02-30"));
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class, () -> Period.parse("2023-01-01/2022-12-31"));
        assertEquals("a period cannot end (2022-12-31) before it starts (2023-01-01)", backwards.getMessage());
    }
}
