package kz.atazan.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.atazan.model.Act;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;
import kz.atazan.model.Language;
import kz.atazan.model.Named;
import kz.atazan.text.Words;

/**
 * The other names people use for the vocabulary's names, in English, Russian and Kazakh: the table
 * {@code aliases.yaml} beside this class, and the official Russian and Kazakh name of every organ
 * and office from the name tables. Each spelling resolves to one canonical name of its kind (an
 * entity, an act, a circumstance); a spelling naming two things of one kind is a collision,
 * reported by {@link #collisions()} (a test keeps the table free of them; the first name read wins).
 */
public final class Aliases {

    private static final String TABLE = "/kz/atazan/scenario/aliases.yaml";
    private static final Aliases LOADED = load();

    /** A name as someone may write it, its language, and whether it is the official name (from the name tables). */
    public record Alias(String written, Language language, boolean official) {}

    private final Map<Class<?>, Map<String, Named>> byKind = new LinkedHashMap<>();
    private final Map<Named, List<Alias>> ofName = new LinkedHashMap<>();
    private final List<String> collisions = new ArrayList<>();

    private Aliases() {}

    public static Aliases table() {
        return LOADED;
    }

    /**
     * A written name as the vocabulary compares it: lower case, ё as е, and each run of spaces,
     * hyphens, dashes and underscores as one hyphen.
     */
    public static String normal(String written) {
        String lower = written.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        return lower.replaceAll("[\\s_\\-\u2010-\u2015]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The name of {@code type} (Entity, Act, Circumstance) that {@code given} is another name for. */
    public Optional<Named> find(Class<?> type, String given) {
        Map<String, Named> names = byKind.get(type);
        return names == null ? Optional.empty() : Optional.ofNullable(names.get(normal(given)));
    }

    /** Every other name of {@code name}: the table's, then the official ones. */
    public List<Alias> of(Named name) {
        return ofName.getOrDefault(name, List.of());
    }

    /** Every spelling that names two things of one kind, or an unknown name in the table; none in a sound table. */
    public List<String> collisions() {
        return Collections.unmodifiableList(collisions);
    }

    private static Aliases load() {
        Aliases aliases = new Aliases();
        for (Entity e : Entity.values()) {
            aliases.add(Entity.class, e, e.label(), null, false);
        }
        for (Act a : Act.values()) {
            aliases.add(Act.class, a, a.label(), null, false);
        }
        for (Circumstance c : Circumstance.values()) {
            aliases.add(Circumstance.class, c, c.label(), null, false);
        }
        JsonNode root;
        try (InputStream in = Aliases.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("no alias table " + TABLE);
            }
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        aliases.read(root.path("entities"), Entity.class, Entity.values());
        aliases.read(root.path("acts"), Act.class, Act.values());
        aliases.read(root.path("circumstances"), Circumstance.class, Circumstance.values());
        for (Language language : List.of(Language.RU, Language.KK)) {
            Words words = Words.in(language);
            for (Entity e : Entity.values()) {
                aliases.add(Entity.class, e, words.name(e), language, true);
            }
        }
        return aliases;
    }

    private void read(JsonNode section, Class<?> type, Named[] names) {
        Iterator<Map.Entry<String, JsonNode>> entries = section.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            Optional<Named> named = java.util.Arrays.stream(names).filter(n -> n.label().equals(entry.getKey())).findFirst();
            if (named.isEmpty()) {
                collisions.add(TABLE + ": '" + entry.getKey() + "' is no name of the vocabulary");
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> languages = entry.getValue().fields();
            while (languages.hasNext()) {
                Map.Entry<String, JsonNode> spellings = languages.next();
                Language language = Language.ofCode(spellings.getKey()).orElse(null);
                if (language == null) {
                    collisions.add(TABLE + ": '" + spellings.getKey() + "' under '" + entry.getKey() + "' is no language");
                    continue;
                }
                for (JsonNode spelling : spellings.getValue()) {
                    add(type, named.get(), spelling.asText(), language, false);
                }
            }
        }
    }

    private void add(Class<?> type, Named name, String written, Language language, boolean official) {
        String key = normal(written);
        Map<String, Named> names = byKind.computeIfAbsent(type, t -> new LinkedHashMap<>());
        Named before = names.putIfAbsent(key, name);
        if (before != null && before != name) {
            collisions.add("'" + written + "' names both " + before.label() + " and " + name.label());
        }
        if (language != null && !key.equals(name.label())
                && of(name).stream().noneMatch(a -> normal(a.written()).equals(key))) {
            ofName.computeIfAbsent(name, n -> new ArrayList<>()).add(new Alias(written.strip(), language, official));
        }
    }
}
