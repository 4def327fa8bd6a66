package kz.atazan.scenario;

import java.time.Month;
import java.util.List;
import kz.atazan.model.Named;
import kz.atazan.model.NameList;
import kz.atazan.text.Sentence;

/**
 * Every sentence Atazan says about input it cannot read (scenario files, dates, names), chosen
 * here and said at the edge in the user's language: each method names a message of the bundle
 * {@code input_xx.properties} and fills its placeholders. Values written by the user are quoted
 * through {@link #quoted}, shortened and with control characters made visible.
 */
public final class InputMessages {

    private InputMessages() {}

    /** What a value should have been, where no list of names says it ({@code expected.id}). */
    public enum Expected { ID, CHECKS, ACTION, NAME, DATE, PROVISION, TEXT }

    /** A value the user wrote, as a message quotes it: at most {@link InputLimits#QUOTED} characters, control characters shown. */
    public static Sentence quoted(String value) {
        StringBuilder s = new StringBuilder();
        value.codePoints().limit(InputLimits.QUOTED).forEach(c -> {
            if (c == '\t') {
                s.append("\\t");
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == 0xFFFD) {
                s.append(String.format("\\u%04X", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        long length = value.codePoints().count();
        return length > InputLimits.QUOTED ? Sentence.of("input.quoted.long", "text", s.toString(), "n", length)
                : Sentence.of("input.quoted", "text", s.toString());
    }

    private static Sentence.Grouped count(long n) {
        return new Sentence.Grouped(n);
    }

    private static String hex(int n, int digits) {
        return String.format("%0" + digits + "X", n);
    }

    // --- the files and folders named

    public static Sentence noSuchPath() {
        return Sentence.of("input.no-such-path");
    }

    public static Sentence noScenarioFiles() {
        return Sentence.of("input.no-scenario-files");
    }

    // --- answers to an exercise sheet, and the sheet itself

    public static Sentence answersNotYaml(String problem) {
        return Sentence.of("input.answers.not-yaml", "problem", problem);
    }

    public static Sentence answersNotMap() {
        return Sentence.of("input.answers.not-map");
    }

    public static Sentence noQuestion(String id, String closest) {
        return Sentence.of("input.answers.no-question.closest", "id", id, "closest", code(closest));
    }

    public static Sentence noQuestion(String id, List<String> ids) {
        return Sentence.of("input.answers.no-question", "id", id, "ids", String.join(", ", ids));
    }

    public static Sentence yesOrNo(String id, String read) {
        return Sentence.of("input.answers.yes-no", "id", id, "read", read);
    }

    public static Sentence ofQuestion(String id, Sentence problem) {
        return Sentence.of("input.answers.problem", "id", id, "problem", problem);
    }

    public static Sentence notASheet() {
        return Sentence.of("input.sheet.not-a-sheet");
    }

    public static Sentence sheetUnreadable(String problem) {
        return Sentence.of("input.sheet.unreadable", "problem", problem);
    }

    public static Sentence sheetFormat(String format) {
        return Sentence.of("input.sheet.format", "format", format);
    }

    public static Sentence questionWithoutId() {
        return Sentence.of("input.sheet.no-id");
    }

    public static Sentence questionIdTwice(String id) {
        return Sentence.of("input.sheet.same-id", "id", id);
    }

    public static Sentence sheetQuestion(String id, Sentence problem) {
        return Sentence.of("input.sheet.question", "id", id, "problem", problem);
    }

    public static Sentence sheetEmpty() {
        return Sentence.of("input.sheet.empty");
    }

    // --- the file as bytes and characters

    public static Sentence cannotRead(Object reason) {
        return Sentence.of("input.cannot-read", "reason", reason);
    }

    public static Sentence doesNotExist() {
        return Sentence.of("input.does-not-exist");
    }

    public static Sentence permissionDenied() {
        return Sentence.of("input.permission-denied");
    }

    public static Sentence fileTooLarge(long bytes) {
        return Sentence.of("input.file-too-large", "bytes", count(bytes), "most", count(InputLimits.FILE_BYTES));
    }

    public static Sentence notUtf8(int line, int bite) {
        return Sentence.of("input.not-utf8", "byte", hex(bite, 2), "line", line);
    }

    public static Sentence utf16(String encoding) {
        return Sentence.of("input.utf16", "encoding", encoding);
    }

    public static Sentence binary() {
        return Sentence.of("input.binary");
    }

    public static Sentence controlCharacter(int codePoint) {
        return Sentence.of("input.control-character", "code", hex(codePoint, 4));
    }

    // --- YAML

    public static Sentence empty() {
        return Sentence.of("input.empty");
    }

    public static Sentence tab() {
        return Sentence.of("input.tab");
    }

    public static Sentence colonInValue() {
        return Sentence.of("input.colon-in-value");
    }

    public static Sentence indentation() {
        return Sentence.of("input.indentation");
    }

    public static Sentence listItemExpected() {
        return Sentence.of("input.list-item-expected");
    }

    public static Sentence listItemNotHere() {
        return Sentence.of("input.list-item-not-here");
    }

    public static Sentence missingColon() {
        return Sentence.of("input.missing-colon");
    }

    public static Sentence unclosedFlow(char closing) {
        return Sentence.of(closing == ']' ? "input.unclosed-list" : "input.unclosed-map", "brackets", closing == ']' ? "[ ]" : "{ }",
                "closing", String.valueOf(closing));
    }

    public static Sentence unclosedQuote() {
        return Sentence.of("input.unclosed-quote");
    }

    public static Sentence badEscape(String escape) {
        return Sentence.of("input.bad-escape", "escape", "\\" + escape);
    }

    public static Sentence cannotStartValue(String character) {
        return Sentence.of("input.cannot-start-value", "character", character);
    }

    public static Sentence valueExpected() {
        return Sentence.of("input.value-expected");
    }

    public static Sentence badAnchor() {
        return Sentence.of("input.bad-anchor");
    }

    /** A problem the YAML parser found that no message of its own names; its words are the parser's (English). */
    public static Sentence yamlOther(String problem) {
        return Sentence.of("input.yaml-other", "problem", problem);
    }

    /** A problem with the value of an option or parameter, named first: "--consent: ...". */
    public static Sentence atOption(String option, Sentence problem) {
        return Sentence.of("input.at-option", "option", option, "problem", problem);
    }

    public static Sentence atColumn(int column, Sentence message) {
        return Sentence.of("input.at-column", "column", column, "message", message);
    }

    public static Sentence complexKey() {
        return Sentence.of("input.complex-key");
    }

    public static Sentence oddSpace(int codePoint) {
        return Sentence.of("input.odd-space", "code", hex(codePoint, 4));
    }

    public static Sentence duplicateKey(String key, int firstLine) {
        return Sentence.of("input.duplicate-key", "key", quoted(key), "line", firstLine);
    }

    public static Sentence tag(String tag) {
        return Sentence.of("input.tag", "tag", quoted(tag));
    }

    public static Sentence mergeKey() {
        return Sentence.of("input.merge-key");
    }

    public static Sentence undefinedAlias(String name) {
        return Sentence.of("input.undefined-alias", "name", name);
    }

    public static Sentence tooManyAliases() {
        return Sentence.of("input.too-many-aliases", "most", InputLimits.ALIASES);
    }

    public static Sentence tooManyValues() {
        return Sentence.of("input.too-many-values", "most", count(InputLimits.VALUES));
    }

    public static Sentence tooDeep() {
        return Sentence.of("input.too-deep", "most", InputLimits.NESTING);
    }

    public static Sentence secondDocument() {
        return Sentence.of("input.second-document");
    }

    // --- the content

    public static Sentence expectedFileMap() {
        return Sentence.of("input.expected-file-map");
    }

    public static Sentence missingScenarios() {
        return Sentence.of("input.missing-scenarios");
    }

    public static Sentence scenariosNotList() {
        return Sentence.of("input.scenarios-not-list");
    }

    public static Sentence tooManyScenarios(int given) {
        return Sentence.of("input.too-many-scenarios", "given", given, "most", InputLimits.SCENARIOS);
    }

    public static Sentence expectedScenario() {
        return Sentence.of("input.expected-scenario");
    }

    /** A required key is missing; {@code expected} is an {@link Expected} or the {@link NameList} the value is on. */
    public static Sentence missing(String key, Enum<?> expected) {
        return Sentence.of("input.missing", "key", key, "expected", what(expected));
    }

    public static Sentence notKebab(String id) {
        return Sentence.of("input.not-kebab", "id", quoted(id));
    }

    public static Sentence duplicateId(String id, int firstLine) {
        return Sentence.of("input.duplicate-id", "id", quoted(id), "line", firstLine);
    }

    public static Sentence expectNotList() {
        return Sentence.of("input.expect-not-list", "shape", "{date, verdict}");
    }

    public static Sentence tooManyChecks(int given) {
        return Sentence.of("input.too-many-checks", "given", given, "most", InputLimits.CHECKS);
    }

    public static Sentence actionNotMap() {
        return Sentence.of("input.action-not-map");
    }

    public static Sentence expectedCheck() {
        return Sentence.of("input.expected-check");
    }

    /** {@code what}: an {@link Expected} or the {@link NameList} the value is on. */
    public static Sentence expected(Enum<?> what, Sentence found) {
        return Sentence.of("input.expected", "what", what(what), "found", found);
    }

    /** What a value should be, in words: {@code input.what.date}, {@code input.what.actors} (a list of names). */
    private static Sentence what(Enum<?> expected) {
        return Sentence.of("input.what." + expected.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), "shape", "{date, verdict}");
    }

    /** How a value that is not what was expected is described: "a list", "a map", or the value quoted. */
    public static Sentence found(boolean list, boolean map, boolean empty, String text) {
        return list ? Sentence.of("input.found.list") : map ? Sentence.of("input.found.map") : empty ? Sentence.of("input.found.nothing")
                : quoted(text);
    }

    /** Where a field stands: the file, a scenario, an action, a check, or a map named by its key. */
    public enum Place { FILE, SCENARIO, ACTION, CHECK }

    public static Sentence unknownField(String name, Object where, String closest, List<String> known) {
        Object place = where instanceof Place p ? Sentence.of("input.place." + p.name().toLowerCase(java.util.Locale.ROOT))
                : Sentence.of("input.place.key", "key", where);
        return closest != null ? Sentence.of("input.unknown-field.closest", "name", quoted(name), "where", place, "closest", code(closest))
                : Sentence.of("input.unknown-field", "name", quoted(name), "where", place, "known", String.join(", ", known));
    }

    public static Sentence notAProvision(String text) {
        return Sentence.of("input.not-a-provision", "text", quoted(text));
    }

    public static Sentence votesShape() {
        return Sentence.of("input.votes-shape", "shape", "{for: N, of: M}");
    }

    public static Sentence tallyShape(String field) {
        return Sentence.of("input.tally-shape", "field", field, "shape", "{for: N, of: M}");
    }

    public static Sentence tallyNumbers(String field) {
        return Sentence.of("input.tally-numbers", "field", field, "example", "{for: 70, of: 98}");
    }

    public static Sentence impossibleTally(String field, long yes, long of) {
        return Sentence.of("input.impossible-tally", "field", field, "yes", count(yes), "of", count(of));
    }

    public static Sentence tooManyMembers(String field, long of) {
        if (kz.atazan.model.ActionField.TURNOUT.key().equals(field)) {
            return Sentence.of("input.too-many-citizens", "field", field, "of", count(of), "most", count(kz.atazan.model.ActionField.MOST_CITIZENS));
        }
        return Sentence.of("input.too-many-members", "field", field, "of", count(of), "most", count(kz.atazan.model.ActionField.MOST_MEMBERS));
    }

    public static Sentence personShape(List<String> keys) {
        return Sentence.of("input.person-shape", "keys", String.join(", ", keys));
    }

    public static Sentence notBoolean(String key, Sentence found) {
        return Sentence.of("input.not-boolean", "key", key, "found", found);
    }

    public static Sentence missingArgument(String name) {
        return Sentence.of("input.missing-argument", "name", name);
    }

    public static Sentence notTruth(Sentence found) {
        return Sentence.of("input.not-truth", "found", found);
    }

    public static Sentence notTally(String text) {
        return Sentence.of("input.not-tally", "text", quoted(text));
    }

    public static Sentence notCount(String key, long least, long most, Sentence found) {
        return Sentence.of("input.not-count", "key", key, "least", least, "most", count(most), "found", found);
    }

    public static Sentence actorVotesWithoutActor() {
        return Sentence.of("input.actor-votes-without-actor", "shape", "{for, of}");
    }

    // --- names

    /** The most names a message lists; beyond them it sends the reader to 'atazan vocabulary'. */
    private static final int LISTED = 12;

    public static Sentence unknownName(NameList list, String given, List<String> closest, List<String> valid) {
        Sentence noun = noun(list);
        if (!closest.isEmpty()) {
            List<Sentence> names = closest.stream().map(InputMessages::code).toList();
            Sentence offered = names.get(0);
            for (int i = 1; i < names.size(); i++) {
                offered = Sentence.of(i == names.size() - 1 ? "input.names.or" : "input.names.comma", "first", offered, "last", names.get(i));
            }
            return Sentence.of("input.unknown-name.closest", "noun", noun, "given", quoted(given), "closest", offered);
        }
        return valid.size() <= LISTED ? Sentence.of("input.unknown-name.listed", "noun", noun, "given", quoted(given), "valid", String.join(", ", valid))
                : Sentence.of("input.unknown-name.search", "noun", noun, "given", quoted(given), "n", valid.size());
    }

    /** A name of the vocabulary or a key, quoted as each language quotes a code: 'president', «president». */
    public static Sentence code(String name) {
        return Sentence.of("input.code", "code", name);
    }

    /** Names or arguments as a list, each quoted as a code: 'a', 'b', 'c'. */
    public static Sentence codes(List<String> names) {
        Sentence list = code(names.get(0));
        for (int i = 1; i < names.size(); i++) {
            list = Sentence.of("input.names.comma", "first", list, "last", code(names.get(i)));
        }
        return list;
    }

    /** What one name on the list is called: "actor", "consenting body", "act". */
    public static Sentence noun(NameList list) {
        return Sentence.of("input.noun." + list.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** {@code kind}: the list the name was found on (any list of entities is "organ, office or instrument"). */
    public static Sentence otherKind(String given, String name, NameList kind, NameList list) {
        Sentence said = kind.ofEntities() ? Sentence.of("input.kind.entity") : noun(kind);
        return Sentence.of("input.other-kind", "given", quoted(given), "name", name, "kind", said, "noun", noun(list));
    }

    public static Sentence wrongRole(String given, Named meaning, NameList list) {
        return Sentence.of("input.wrong-role", "given", quoted(given), "meaning", new Sentence.Meaning(meaning), "noun", noun(list),
                "expected", what(list));
    }

    // --- dates

    public static Sentence notADate(String written) {
        return Sentence.of("input.not-a-date", "written", quoted(written));
    }

    public static Sentence dateOutOfRange(String written) {
        return Sentence.of("input.date-out-of-range", "written", quoted(written), "first", InputLimits.FIRST_DAY.toString(),
                "last", InputLimits.LAST_DAY.toString());
    }

    public static Sentence noSuchMonth(String written, int month) {
        return Sentence.of("input.no-such-month", "written", quoted(written), "month", month);
    }

    public static Sentence noSuchDay(String written, int year, int day, Month month) {
        if (day >= 1 && day <= 31) {
            return Sentence.of("input.no-such-day", "written", quoted(written), "year", Integer.toString(year), "day", day,
                    "month", new Sentence.Name("month." + month.getValue()));
        }
        return Sentence.of("input.no-such-day.beyond", "written", quoted(written), "day", day);
    }
}
