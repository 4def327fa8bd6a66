package kz.atazan.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.atazan.model.Suggestions;

/**
 * The parameters of a request's query string, read as data only: decoded as UTF-8, each name with
 * the values given for it in order. Bounded: a longer query, too many parameters or a malformed
 * escape is a {@link BadRequest}, and so is a name the page does not take (with the closest one).
 */
final class Query {

    /** The longest query string read, in characters, and the most parameters. */
    static final int MOST_CHARACTERS = 8_192;
    /** A scenario file's largest size, each byte written as three characters at worst (%XX). */
    static final int MOST_FORM_CHARACTERS = 3 * kz.atazan.scenario.InputLimits.FILE_BYTES;
    static final int MOST_PARAMETERS = 100;

    private final Map<String, List<String>> values;

    private Query(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parameters already read (a part of another query's). */
    static Query of(Map<String, List<String>> values) {
        return new Query(new LinkedHashMap<>(values));
    }

    static Query empty() {
        return new Query(Map.of());
    }

    /** The raw (still encoded) query string, or null; every name must be among {@code accepted}. */
    static Query parse(String raw, Collection<String> accepted) throws BadRequest {
        return parse(raw, accepted, MOST_CHARACTERS);
    }

    /** A form's body, encoded as a query string is (a pasted scenario file makes it longer than a query). */
    static Query parseForm(String raw, Collection<String> accepted) throws BadRequest {
        return parse(raw, accepted, MOST_FORM_CHARACTERS);
    }

    private static Query parse(String raw, Collection<String> accepted, int most) throws BadRequest {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return new Query(values);
        }
        if (raw.length() > most) {
            throw new BadRequest("query", "the query is longer than " + most + " characters");
        }
        String[] pairs = raw.split("&", -1);
        if (pairs.length > MOST_PARAMETERS) {
            throw new BadRequest("query", "more than " + MOST_PARAMETERS + " parameters");
        }
        List<BadRequest.Problem> problems = new ArrayList<>();
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = decode(equals < 0 ? pair : pair.substring(0, equals));
                value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            } catch (IllegalArgumentException e) {
                problems.add(new BadRequest.Problem("query", "a malformed %-escape in '" + shortened(pair) + "'"));
                continue;
            }
            if (!accepted.contains(name)) {
                Optional<String> closest = name.length() > 80 ? Optional.empty()
                        : Suggestions.didYouMean(name, accepted, s -> s);
                problems.add(new BadRequest.Problem(shortened(name), "unknown parameter"
                        + closest.map(c -> "; did you mean '" + c + "'?").orElse("; the parameters are " + String.join(", ", accepted))));
                continue;
            }
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        return new Query(values);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** The last value given for the name, stripped; empty when absent or blank. */
    Optional<String> one(String name) {
        List<String> given = values.get(name);
        if (given == null || given.isEmpty()) {
            return Optional.empty();
        }
        String value = given.get(given.size() - 1).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** Every parameter with its values, in the order given. */
    Map<String, List<String>> all() {
        return values;
    }
}
