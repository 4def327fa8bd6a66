package kz.atazan.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
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
    record Reading(Optional<Citation> citation, List<String> problems) {}

    static Reading read(String id, Map<String, ?> metadata) {
        List<String> problems = new ArrayList<>();
        boolean wellFormed = isId(id);
        if (!wellFormed) {
            problems.add("the rule's name must be its id, <package>.<file>[.<what>].<edition tag> in lower-case words joined by"
                    + " hyphens, such as \"president.dismiss-akims.districts.2022\"");
        }
        for (String key : metadata.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add("unknown metadata @" + key + Suggestions.didYouMean(key, KEYS, k -> k).map(s -> "; did you mean @" + s + "?").orElse("")
                        + " (expected " + KEYS.stream().map(k -> "@" + k).collect(Collectors.joining(", ")) + ")");
            }
        }
        Provision provision = required(metadata, PROVISION, problems, "a provision as lawyers write it, such as \"Art. 87(4)\"",
                text -> Provision.parse(text).orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a provision such as \"Art. 87(4)\"")));
        Edition edition = required(metadata, EDITION, problems, "one of " + Arrays.toString(Edition.values()), RuleMetadata::edition);
        Period inForce = required(metadata, IN_FORCE, problems, "the in-force window FROM/TO, such as \"2022-06-08/2026-06-30\"", Period::parse);
        String quote = required(metadata, QUOTE, problems, "the words encoded, quoted from the official text", RuleMetadata::quote);
        Optional<String> quoteKk = Optional.ofNullable(metadata.get(QUOTE_KK)).map(v -> unquote(String.valueOf(v)));
        LocalDate checked = required(metadata, CHECKED, problems, "the ISO date the quote was last checked against the text", RuleMetadata::date);
        Map<Language, String> summaries = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Object summary = metadata.get(language.code());
            if (summary != null && !unquote(String.valueOf(summary)).isBlank()) {
                summaries.put(language, unquote(String.valueOf(summary)));
            } else {
                problems.add("missing @" + language.code() + ": expected one sentence in " + language.locale().getDisplayLanguage(Locale.ENGLISH)
                        + " saying what the rule decides");
            }
        }
        if (wellFormed && edition != null && !id.endsWith("." + edition.tag())) {
            problems.add("the id must end in \"." + edition.tag() + "\", the tag of @edition " + edition + ", so that its name and wording agree");
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
    static List<String> windowProblems(Edition edition, Period inForce) {
        List<String> problems = new ArrayList<>();
        if (inForce.from().isBefore(edition.effective())) {
            problems.add("@inForce starts on " + inForce.from() + ", before " + edition + " took effect on " + edition.effective());
        }
        Constitution constitution = edition.constitution();
        if (inForce.to().isAfter(constitution.lastDay())) {
            problems.add("@inForce ends on " + inForce.to() + ", after the last day of " + constitution.title() + ", " + constitution.lastDay());
        }
        return problems;
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T required(Map<String, ?> metadata, String key, List<String> problems, String expected, Parser<T> parser) {
        Object raw = metadata.get(key);
        if (raw == null) {
            problems.add("missing @" + key + ": expected " + expected);
            return null;
        }
        String text = unquote(String.valueOf(raw));
        if (text.isBlank()) {
            problems.add("empty @" + key + ": expected " + expected);
            return null;
        }
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add("bad @" + key + ": " + e.getMessage());
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
            throw new IllegalArgumentException("unknown edition '" + text + "'"
                    + Suggestions.didYouMean(text, names, n -> n).map(n -> "; did you mean " + n + "?").orElse(""));
        }
    }

    private static String quote(String text) {
        if (text.codePoints().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
            throw new IllegalArgumentException("the quote must be the words of the official Russian text, but has no Cyrillic letters");
        }
        return text;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO date YYYY-MM-DD");
        }
    }
}
