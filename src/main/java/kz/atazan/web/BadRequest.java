package kz.atazan.web;

import java.util.List;

/**
 * A request the site cannot answer as asked: each problem names where it is (the parameter, or
 * the path) and what is wrong, with the closest valid name where there is one. Answered with HTTP
 * 400 and every problem, never with a stack trace.
 */
final class BadRequest extends Exception {

    /** One problem: {@code where} is the parameter's name (or "path", "query"), {@code what} the message. */
    record Problem(String where, String what) {}

    private final transient List<Problem> problems;

    BadRequest(List<Problem> problems) {
        super(problems.isEmpty() ? "bad request" : problems.get(0).where() + ": " + problems.get(0).what());
        this.problems = List.copyOf(problems);
    }

    BadRequest(String where, String what) {
        this(List.of(new Problem(where, what)));
    }

    List<Problem> problems() {
        return problems;
    }
}
