package kz.atazan.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.atazan.model.Act;
import kz.atazan.model.Entity;
import kz.atazan.model.Triple;

/**
 * Triples found by surveying the built-in rules, written by the build beside the compiled rules so
 * that a run reads them in milliseconds instead of asking Drools about every candidate again. A
 * file holds the fingerprint of the rules it was surveyed from on its first line, then one triple a
 * line; it is read only for an engine of those very rules.
 */
public final class SurveyedAtBuild {

    private SurveyedAtBuild() {}

    /** The triples the build wrote to the class-path resource {@code name}, if they are of this engine's rules. */
    public static Optional<List<Triple>> read(String name, Engine engine) {
        return read(name, engine.builtFrom());
    }

    /**
     * The triples the build wrote to the class-path resource {@code name}, if they are of the rules
     * with this fingerprint (empty for rules not compiled at build time).
     */
    public static Optional<List<Triple>> read(String name, Optional<String> builtFrom) {
        return lines(name, builtFrom).map(lines -> {
            // a plain loop: the web server's first page waits for these tens of thousands of lines, read before the JIT has warmed up
            List<Triple> triples = new ArrayList<>(lines.size());
            for (String line : lines) {
                int first = line.indexOf(' ');
                int second = line.indexOf(' ', first + 1);
                triples.add(new Triple(Entity.valueOf(line.substring(0, first)), Act.valueOf(line.substring(first + 1, second)),
                        Entity.valueOf(line.substring(second + 1))));
            }
            return List.copyOf(triples);
        });
    }

    /** The lines after the fingerprint the build wrote to the class-path resource {@code name}, if they are of this engine's rules. */
    public static Optional<List<String>> lines(String name, Engine engine) {
        return lines(name, engine.builtFrom());
    }

    private static Optional<List<String>> lines(String name, Optional<String> builtFrom) {
        if (builtFrom.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = SurveyedAtBuild.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            List<String> lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
            if (!lines.get(0).equals(builtFrom.get())) {
                return Optional.empty();
            }
            return Optional.of(lines.subList(1, lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text the build writes for triples surveyed from an engine of the rules it compiled. */
    public static String text(Engine engine, List<Triple> triples) {
        return textOf(engine, triples.stream().map(t -> t.actor().name() + " " + t.act().name() + " " + t.target().name()).toList());
    }

    /** The text the build writes for lines derived from an engine of the rules it compiled. */
    public static String textOf(Engine engine, List<String> lines) {
        StringBuilder text = new StringBuilder(engine.builtFrom().orElseThrow()).append('\n');
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }
}
