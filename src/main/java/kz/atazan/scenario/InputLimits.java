package kz.atazan.scenario;

import java.time.LocalDate;

/**
 * The limits on what Atazan reads, stated once: beyond them a file or an option is refused with a
 * message, never half-read, so that no input can make a run slow, large or wrong. The README and
 * the JSON Schema quote them from here.
 */
public final class InputLimits {

    /** The largest scenario file, in bytes (1 MiB: the largest project file is about 30 KB). */
    public static final int FILE_BYTES = 1 << 20;
    /** The deepest nesting of maps and lists (a scenario file needs seven levels). */
    public static final int NESTING = 20;
    /** The most aliases (*name) a file may use. */
    public static final int ALIASES = 100;
    /** The most values (map entries and list items, aliases counted expanded) a file may hold. */
    public static final int VALUES = 100_000;
    /** The most scenarios in one file, and checks in one scenario. */
    public static final int SCENARIOS = 1_000;
    public static final int CHECKS = 200;
    /** The first and last day a date may name: no constitution before, and nothing written for after. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    /** The most characters of a value that a message quotes back. */
    public static final int QUOTED = 60;

    private InputLimits() {}
}
