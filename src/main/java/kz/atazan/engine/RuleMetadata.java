package kz.atazan.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.atazan.model.Citation;
import kz.atazan.model.Constitution;
import kz.atazan.model.Edition;
import kz.atazan.model.Language;
import kz.atazan.model.Period;
import kz.atazan.model.Provision;
import kz.atazan.model.Suggestions;
import kz.atazan.text.Sentence;

/**
 * The citation every rule must carry as DRL metadata, read the same way from a parsed DRL file
 * (build time, with line numbers) and from a loaded rule base (run time):
 *
 * <pre>
 * rule "president.dismiss-akims.oblasts-cities-republican.2022"
 *     &#64;provision("Art. 87(4)")
 *     &#64;edition("LAW_OF_8_JUNE_2022")
 *     &#64;inForce("2022-06-08/2026-06-30")
 *     &#64;quote("Президент Республики вправе по своему усмотрению освобождать ...")
 *     &#64;checked("2026-11-27")
 *     &#64;en("The President may dismiss the akims of oblasts, ... at his discretion")
 *     &#64;ru("...")
 *     &#64;kk("...")
 * </pre>
 *
 * The rule's name is its stable id: {@code <package>.<file>[.<what>].<edition tag>}, where "what" tells
 * apart the rules of one file and wording.
 */
final class RuleMetadata {

    static final String PROVISION = "provision";
    static final String EDITION = "edition";
    static final String IN_FORCE = "inForce";
    static final String QUOTE = "quote";
    static final String QUOTE_KK = "quoteKk";
    static final String CHECKED = "checked";
    static final List<String> KEYS = List.of(PROVISION, EDITION, IN_FORCE, QUOTE, QUOTE_KK, CHECKED,
            Language.EN.code(), Language.RU.code(), Language.KK.code());
    /** Lower-case words joined by hyphens, in at least three parts joined by dots. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*){2,}");

    private RuleMetadata() {}

    /** Whether a rule's name has the form of an id (it says nothing of the id's package, file or tag). */
    static boolean isId(String name) {
        return ID.matcher(name).matches();
    }

    /** A rule's citation, or what is wrong with its metadata. */
    record Reading(Optional<Citation> citation, List<Sentence> problems) {}

    static Reading read(String id, Map<String, ?> metadata) {
        List<Sentence> problems = new ArrayList<>();
        boolean wellFormed = isId(id);
        if (!wellFormed) {
            problems.add(Sentence.of("tools.problem.not-an-id"));
        }
        String keys = KEYS.stream().map(k -> "@" + k).collect(Collectors.joining(", "));
        for (String key : metadata.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(Suggestions.didYouMean(key, KEYS, k -> k)
                        .map(near -> Sentence.of("tools.problem.unknown-key.near", "key", key, "near", near, "keys", keys))
                        .orElseGet(() -> Sentence.of("tools.problem.unknown-key", "key", key, "keys", keys)));
            }
        }
        Provision provision = required(metadata, PROVISION, problems, Sentence.of("tools.problem.expected.provision"),
                text -> Provision.parse(text).orElseThrow(() -> new Refused(Sentence.of("tools.problem.not-a-provision", "text", text))));
        Edition edition = required(metadata, EDITION, problems, Sentence.of("tools.problem.expected.edition", "editions",
                Arrays.stream(Edition.values()).map(Enum::name).collect(Collectors.joining(", "))), RuleMetadata::edition);
        Period inForce = required(metadata, IN_FORCE, problems, Sentence.of("tools.problem.expected.in-force"), RuleMetadata::window);
        String quote = required(metadata, QUOTE, problems, Sentence.of("tools.problem.expected.quote"), RuleMetadata::quote);
        Optional<String> quoteKk = Optional.ofNullable(metadata.get(QUOTE_KK)).map(v -> unquote(String.valueOf(v)));
        LocalDate checked = required(metadata, CHECKED, problems, Sentence.of("tools.problem.expected.checked"), RuleMetadata::date);
        Map<Language, String> summaries = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Object summary = metadata.get(language.code());
            if (summary != null && !unquote(String.valueOf(summary)).isBlank()) {
                summaries.put(language, unquote(String.valueOf(summary)));
            } else {
                problems.add(Sentence.of("tools.problem.missing-summary", "key", language.code()));
            }
        }
        if (wellFormed && edition != null && !id.endsWith("." + edition.tag())) {
            problems.add(Sentence.of("tools.problem.id-tag", "tag", edition.tag(), "edition", edition.name()));
        }
        if (edition != null && inForce != null) {
            problems.addAll(windowProblems(edition, inForce));
        }
        if (!problems.isEmpty()) {
            return new Reading(Optional.empty(), problems);
        }
        return new Reading(Optional.of(new Citation(id, summaries, provision, edition, inForce, quote, quoteKk, checked)), List.of());
    }

    /** A window must start no earlier than its amendment took effect and end within its constitution. */
    static List<Sentence> windowProblems(Edition edition, Period inForce) {
        List<Sentence> problems = new ArrayList<>();
        if (inForce.from().isBefore(edition.effective())) {
            problems.add(Sentence.of("tools.problem.window-start", "from", inForce.from(), "edition", edition, "effective", edition.effective()));
        }
        Constitution constitution = edition.constitution();
        if (inForce.to().isAfter(constitution.lastDay())) {
            problems.add(Sentence.of("tools.problem.window-end", "to", inForce.to(), "constitution", constitution, "last", constitution.lastDay()));
        }
        return problems;
    }

    private interface Parser<T> {
        T parse(String text);
    }

    /** A value of the metadata refused, with the sentence saying why. */
    private static final class Refused extends RuntimeException {
        private final transient Sentence why;

        Refused(Sentence why) {
            super(why.toString(), null, false, false);
            this.why = why;
        }
    }

    private static <T> T required(Map<String, ?> metadata, String key, List<Sentence> problems, Sentence expected, Parser<T> parser) {
        Object raw = metadata.get(key);
        if (raw == null) {
            problems.add(Sentence.of("tools.problem.missing", "key", key, "expected", expected));
            return null;
        }
        String text = unquote(String.valueOf(raw));
        if (text.isBlank()) {
            problems.add(Sentence.of("tools.problem.empty", "key", key, "expected", expected));
            return null;
        }
        try {
            return parser.parse(text);
        } catch (Refused e) {
            problems.add(Sentence.of("tools.problem.bad", "key", key, "detail", e.why));
            return null;
        }
    }

    /** Values keep their quotes when the executable model is compiled at run time (drools-notes §3). */
    static String unquote(String value) {
        String v = value.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static Edition edition(String text) {
        try {
            return Edition.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            Set<String> names = Arrays.stream(Edition.values()).map(Enum::name).collect(Collectors.toSet());
            throw new Refused(Suggestions.didYouMean(text, names, n -> n)
                    .map(near -> Sentence.of("tools.problem.unknown-edition.near", "text", text, "near", near))
                    .orElseGet(() -> Sentence.of("tools.problem.unknown-edition", "text", text)));
        }
    }

    private static Period window(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new Refused(Sentence.of("tools.problem.not-a-window", "text", text));
        }
    }

    private static String quote(String text) {
        if (text.codePoints().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
            throw new Refused(Sentence.of("tools.problem.not-cyrillic"));
        }
        return text;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new Refused(Sentence.of("tools.problem.not-a-date", "text", text));
        }
    }
}
