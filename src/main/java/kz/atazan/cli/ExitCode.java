package kz.atazan.cli;

/** Every exit code the command line uses, in one place (scenario contract §2). */
public final class ExitCode {

    /** All checks passed, or the question was answered. */
    public static final int OK = 0;
    /** A scenario check failed. */
    public static final int CHECK_FAILED = 1;
    /** A graded sheet has a wrong or missing answer. */
    public static final int SOME_ANSWERS_WRONG = 1;
    /** A scenario file, a path or an option was invalid; the rest still ran. */
    public static final int BAD_INPUT = 2;
    /** The rules could not be loaded: a DRL error or a rule without its citation. */
    public static final int RULES_BROKEN = 3;

    private ExitCode() {}
}
