package kz.atazan.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A range of days, both ends included: the in-force window of a wording. A window still open (a
 * wording in force today, with no known end) ends on {@link LocalDate#MAX}, written {@code ..}.
 */
public record Period(LocalDate from, LocalDate to) {

    private static final String OPEN = "..";

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    // written out, by the same formula as the record's own (see Action.hashCode): the surveys
    // look windows up in hash maps for every action on every date that matters
    @Override
    public int hashCode() {
        return 31 * from.hashCode() + to.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Period p && from.equals(p.from) && to.equals(p.to);
    }

    /** Reads the ISO 8601 interval form {@code 2022-06-08/2026-06-30}, or {@code 2026-07-01/..} for an open end. */
    public static Period parse(String text) {
        String[] ends = text.trim().split("/", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException("expected FROM/TO, for example 2022-06-08/2026-06-30 or 2026-07-01/.., but got '" + text + "'");
        }
        try {
            LocalDate to = ends[1].trim().equals(OPEN) ? LocalDate.MAX : LocalDate.parse(ends[1].trim());
            return new Period(LocalDate.parse(ends[0].trim()), to);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO date in '" + text + "': " + e.getParsedString(), e);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean overlaps(Period other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    public boolean isOpen() {
        return to.equals(LocalDate.MAX);
    }

    @Override
    public String toString() {
        return from + "/" + (isOpen() ? OPEN : to.toString());
    }
}
