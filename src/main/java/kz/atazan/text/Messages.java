package kz.atazan.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import kz.atazan.model.Citation;
import kz.atazan.model.Edition;
import kz.atazan.model.Language;
import kz.atazan.model.Provision;

/**
 * Every sentence Atazan says, in one language: the UTF-8 bundles {@code messages_xx.properties}
 * (whole sentences with named placeholders, {@link MessagePattern}) and {@code names_xx.properties}
 * (the names of organs, offices, acts, circumstances, wordings and months, in the forms sentences
 * need), {@code input_xx.properties} (what is said about input that cannot be read), {@code
 * reports_xx.properties} (the summaries of the tools that survey rules and scenarios) and {@code
 * tools_xx.properties} (their findings: verify, coverage, diff, mutate). There is no fallback to
 * another language: a key missing in a language fails loudly, as does a placeholder with no value.
 *
 * <p>Values a placeholder may take: a {@link Term}; an enum of the model ({@code Entity.SENATE} is
 * the name {@code entity.senate}); a {@link LocalDate} (as legal texts write dates); a {@link
 * Citation} (its provision with its constitution; {@link #cite} without it); a number; a
 * {@link String} already said in this language (a sentence, a code); a {@link Sentence}, said in
 * this language.
 */
public final class Messages {

    private static final String FOLDER = "/kz/atazan/text/";
    /** The bundles, by base name. */
    static final List<String> BUNDLES = List.of("messages", "names", "input", "reports", "tools");
    private static final Map<Language, Messages> LOADED = new ConcurrentHashMap<>();

    private final Language language;
    private final Map<String, String> texts;
    private final Map<String, MessagePattern> patterns = new ConcurrentHashMap<>();

    private Messages(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The messages of a language, loaded once. */
    public static Messages of(Language language) {
        return LOADED.computeIfAbsent(language, Messages::load);
    }

    private static Messages load(Language language) {
        Map<String, String> texts = new HashMap<>();
        for (String base : BUNDLES) {
            ResourceBundle bundle = bundle(base, language);
            for (String key : Collections.list(bundle.getKeys())) {
                if (texts.put(key, bundle.getString(key)) != null) {
                    throw new IllegalStateException("the key " + key + " is in two bundles of " + language);
                }
            }
        }
        return new Messages(language, texts);
    }

    /**
     * One bundle of one language, read as UTF-8, with no parent: a key it lacks is missing, never
     * taken from another language.
     */
    public static ResourceBundle bundle(String base, Language language) {
        String path = FOLDER + base + "_" + language.code() + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new MissingResourceException("no bundle " + path, Messages.class.getName(), base);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public Language language() {
        return language;
    }

    /** Whether the key exists in this language (every key should exist in all three). */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** Every key, sorted. */
    public Set<String> keys() {
        return new TreeSet<>(texts.keySet());
    }

    /** The raw text of a key; a missing key fails, naming the language. */
    String raw(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new MissingResourceException("no message '" + key + "' in the " + language.code() + " bundles",
                    Messages.class.getName(), key);
        }
        return text;
    }

    MessagePattern pattern(String key) {
        return patterns.computeIfAbsent(key, k -> MessagePattern.parse(k, raw(k)));
    }

    /** The sentence of {@code key} with its placeholders filled: {@code format("k", "body", Entity.SENATE, "date", day)}. */
    public String format(String key, Object... namesAndValues) {
        return format(key, arguments(namesAndValues));
    }

    public String format(String key, Map<String, ?> arguments) {
        return new Formatter(this, key, arguments).format(pattern(key).nodes());
    }

    /** A pattern not in the bundles, filled like a message (for tests of the pattern language). */
    String formatPattern(String pattern, Object... namesAndValues) {
        return new Formatter(this, "(pattern)", arguments(namesAndValues)).format(MessagePattern.parse("(pattern)", pattern).nodes());
    }

    /** The name a table entry gives, in all its forms: an entry of names_xx.properties. */
    public Term term(String key, Object... namesAndValues) {
        Map<String, Object> arguments = arguments(namesAndValues);
        String gender = texts.getOrDefault(key + ".gender", "");
        List<String> forms = new ArrayList<>();
        for (String part : raw(key).split("\\|", -1)) {
            forms.add(new Formatter(this, key, arguments).format(MessagePattern.parse(key, part.trim()).nodes()));
        }
        return new Term(language, forms, gender);
    }

    /** The name of a constant of the model: {@code entity.senate}, {@code circumstance.martial-law}. */
    public Term name(Enum<?> constant) {
        return term(keyOf(constant));
    }

    /** The key of a constant's name: its type and its label, {@code entity.akim-of-region}. */
    public static String keyOf(Enum<?> constant) {
        return label(constant.getDeclaringClass().getSimpleName()) + "." + constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String label(String className) {
        return className.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** A date as legal texts write it: "1 May 2023", "1 мая 2023 года", "2023 жылғы 1 мамыр" (with the Kazakh case forms). */
    public Term date(LocalDate date) {
        Term month = term("month." + date.getMonthValue());
        List<String> forms = new ArrayList<>();
        for (String form : Forms.of(language)) {
            forms.add(format("date", "day", date.getDayOfMonth(), "month", month.form(form), "year", Integer.toString(date.getYear())));
        }
        return new Term(language, forms, "");
    }

    /**
     * A provision as this language cites it, without naming its constitution (the wording's text
     * tells whether "Art. 44(4)" is a paragraph or a subitem): "Art. 87(4)", "пункт 4 статьи 87",
     * "87-баптың 4-тармағы".
     */
    public Term cite(Provision provision, Edition edition) {
        return citation(provision, edition, false);
    }

    /** A provision with its constitution: "Art. 87(4), Constitution of 1995", "пункт 4 статьи 87 Конституции 1995 года". */
    public Term reference(Provision provision, Edition edition) {
        return citation(provision, edition, true);
    }

    public Term cite(Citation citation) {
        return cite(citation.provision(), citation.edition());
    }

    public Term reference(Citation citation) {
        return reference(citation.provision(), citation.edition());
    }

    private Term citation(Provision p, Edition edition, boolean named) {
        List<Object> args = new ArrayList<>(List.of("article", p.article()));
        String level;
        if (p.paragraph() == null) {
            level = "article";
        } else if (p.subparagraph() != null) {
            level = "subparagraph";
            args.addAll(List.of("paragraph", p.paragraph(), "subparagraph", p.subparagraph()));
        } else if (edition.source().listsItems(p.article())) {
            level = "item";
            args.addAll(List.of("item", p.paragraph()));
        } else {
            level = "paragraph";
            args.addAll(List.of("paragraph", p.paragraph()));
        }
        if (named) {
            args.addAll(List.of("year", Integer.toString(edition.constitution().year())));
        }
        return term("cite." + level + (named ? ".in" : ""), args.toArray());
    }

    private static Map<String, Object> arguments(Object[] namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected name, value pairs, got " + Arrays.toString(namesAndValues));
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return arguments;
    }

    /** Fills one message's placeholders. */
    private static final class Formatter {
        private final Messages messages;
        private final String key;
        private final Map<String, ?> arguments;
        private final List<Object> numbers = new ArrayList<>();

        Formatter(Messages messages, String key, Map<String, ?> arguments) {
            this.messages = messages;
            this.key = key;
            this.arguments = arguments;
        }

        String format(List<MessagePattern.Node> nodes) {
            StringBuilder s = new StringBuilder();
            for (MessagePattern.Node node : nodes) {
                if (node instanceof MessagePattern.Text t) {
                    s.append(t.text());
                } else if (node instanceof MessagePattern.Number) {
                    s.append(render(numbers.get(numbers.size() - 1), null));
                } else if (node instanceof MessagePattern.Placeholder p) {
                    s.append(placeholder(p));
                }
            }
            return s.toString();
        }

        private String placeholder(MessagePattern.Placeholder p) {
            if (!arguments.containsKey(p.name()) || arguments.get(p.name()) == null) {
                throw new IllegalArgumentException("message " + key + " (" + messages.language.code() + ") needs a value for {"
                        + p.name() + "}; given " + arguments.keySet());
            }
            Object value = arguments.get(p.name());
            if (p.type() == null) {
                return render(value, p.form());
            }
            if (p.type().equals("plural")) {
                long count;
                if (value instanceof java.lang.Number n) {
                    count = n.longValue();
                } else if (value instanceof Sentence.Grouped g) {
                    count = g.value();
                } else {
                    throw new IllegalArgumentException("message " + key + ": {" + p.name() + ", plural} needs a number, not " + value);
                }
                List<MessagePattern.Node> branch = p.branches().get("=" + count);
                if (branch == null) {
                    branch = p.branches().getOrDefault(Plural.of(messages.language, count).keyword(), p.branches().get("other"));
                }
                numbers.add(value);
                try {
                    return format(branch);
                } finally {
                    numbers.remove(numbers.size() - 1);
                }
            }
            String selector = selector(value);
            return format(p.branches().getOrDefault(selector, p.branches().get("other")));
        }

        private String selector(Object value) {
            if (value instanceof Term t) {
                return t.gender();
            }
            if (value instanceof Enum<?> e && !(value instanceof Language)) {
                String gender = messages.texts.get(keyOf(e) + ".gender");
                return gender != null ? gender : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return String.valueOf(value);
        }

        private String render(Object value, String form) {
            if (value instanceof Term t) {
                return t.form(form);
            }
            if (value instanceof Enum<?> e) {
                return messages.name(e).form(form);
            }
            if (value instanceof LocalDate d) {
                return messages.date(d).form(form);
            }
            if (value instanceof Citation c) {
                return messages.reference(c).form(form);
            }
            if (value instanceof Sentence s) {
                return messages.format(s.key(), s.values());
            }
            if (value instanceof Sentence.Name name) {
                return messages.term(name.key()).form(form);
            }
            if (value instanceof Sentence.Meaning meaning) {
                return meaning.in(messages);
            }
            if (value instanceof Sentence.Grouped g) {
                return g.in(messages.language);
            }
            if (value instanceof CharSequence || value instanceof java.lang.Number) {
                return Term.fixed(messages.language, value.toString()).form(form);
            }
            throw new IllegalArgumentException("message " + key + ": cannot say a " + value.getClass().getSimpleName() + " (" + value + ")");
        }
    }

    /** For tests: all languages' messages. */
    static Map<Language, Messages> all() {
        Map<Language, Messages> all = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            all.put(l, of(l));
        }
        return all;
    }
}
