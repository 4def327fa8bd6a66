package kz.atazan.scenario;

import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Every sentence Atazan says about input it cannot read (scenario files, dates, names), in one
 * place, each a whole sentence whose parameters are named by the method's: the sentences move
 * to the message bundles as they stand. Values written by the user are quoted through
 * {@link #quoted}, shortened and with control characters made visible.
 */
public final class InputMessages {

    private InputMessages() {}

    /** A value the user wrote, as a message quotes it: at most {@link InputLimits#QUOTED} characters, control characters shown. */
    public static String quoted(String value) {
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
        return "'" + s + (length > InputLimits.QUOTED ? "…' (" + length + " characters)" : "'");
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n).replace('\u00a0', ',');
    }

    // --- the file as bytes and characters

    public static String cannotRead(String reason) {
        return "cannot read the file: " + reason;
    }

    public static String fileTooLarge(long bytes) {
        return "the file is " + count(bytes) + " bytes; a scenario file may be at most " + count(InputLimits.FILE_BYTES)
                + " bytes (1 MiB): split it into several files";
    }

    public static String notUtf8(int line, int bite) {
        return String.format("the file is not UTF-8 text: the byte 0x%02X on line %d is not a UTF-8 character; save the file as UTF-8", bite, line);
    }

    public static String utf16(String encoding) {
        return "the file is " + encoding + " text; save it as UTF-8";
    }

    public static String binary() {
        return "the file contains NUL bytes: it is not a text file (is it a binary file renamed .yaml?)";
    }

    public static String controlCharacter(int codePoint) {
        return String.format("the file contains the control character U+%04X, which YAML does not allow in a text file", codePoint);
    }

    // --- YAML

    public static String empty() {
        return "the file is empty; expected a map with a 'scenarios' list";
    }

    public static String tab() {
        return "a tab character: YAML indents with spaces only; replace the tab with spaces";
    }

    public static String colonInValue() {
        return "a ':' where YAML expected no new key: the line is indented wrongly, or a value contains ': ' (put such a value in quotes)";
    }

    public static String indentation() {
        return "the indentation does not match the lines above: the keys of one map must start in the same column";
    }

    public static String listItemExpected() {
        return "expected another list item ('- ' in the same column as the items above) or the end of the list: check the indentation";
    }

    public static String listItemNotHere() {
        return "a list item ('- ') where YAML expected none: check the indentation of this line and the one above";
    }

    public static String missingColon() {
        return "expected 'key: value' here: a ':' is missing, or the line is indented wrongly";
    }

    public static String unclosedFlow(char closing) {
        return "a " + (closing == ']' ? "list in [ ]" : "map in { }") + " is not closed: expected ',' or '" + closing + "'";
    }

    public static String unclosedQuote() {
        return "a quoted value is not closed: the closing quote is missing";
    }

    public static String badEscape(String escape) {
        return "unknown escape '\\" + escape + "' in a double-quoted value (write \\\\ for a backslash, or use single quotes)";
    }

    public static String cannotStartValue(String character) {
        return "'" + character + "' cannot start a value: put the value in quotes";
    }

    public static String valueExpected() {
        return "expected a value here, but the text ends or a bracket closes first";
    }

    public static String badAnchor() {
        return "an anchor (&name) or alias (*name) needs a name of letters, digits, '-' or '_'";
    }

    public static String yamlOther(String problem) {
        return "this is not valid YAML: " + problem;
    }

    public static String atColumn(int column, String message) {
        return "column " + column + ": " + message;
    }

    public static String complexKey() {
        return "a key that is a list or a map ('? ...'): the keys of a scenario file are plain names";
    }

    public static String oddSpace(int codePoint) {
        return String.format("the line is indented with the character U+%04X (a non-breaking or other special space); YAML indents with plain spaces", codePoint);
    }

    public static String duplicateKey(String key, int firstLine) {
        return "duplicate key " + quoted(key) + " (first given on line " + firstLine + ")";
    }

    public static String tag(String tag) {
        return "YAML tags such as " + quoted(tag) + " are not read: a scenario file holds plain data; remove the tag";
    }

    public static String mergeKey() {
        return "merge keys ('<<') are not read: write the fields out";
    }

    public static String undefinedAlias(String name) {
        return "the alias *" + name + " names no anchor &" + name + " of a map or list above it (an alias of a single value is not read: write the value out)";
    }

    public static String tooManyAliases() {
        return "more than " + InputLimits.ALIASES + " aliases (*name): a scenario file may use at most " + InputLimits.ALIASES;
    }

    public static String tooManyValues() {
        return "the file holds more than " + count(InputLimits.VALUES) + " values (aliases counted as often as they are used): split it";
    }

    public static String tooDeep() {
        return "maps and lists are nested more than " + InputLimits.NESTING + " levels deep; a scenario needs at most seven";
    }

    public static String secondDocument() {
        return "a second YAML document ('---') begins here; a scenario file holds one document, so this one is not read";
    }

    // --- the content

    public static String expectedFileMap() {
        return "expected a map with a 'scenarios' list at the top of the file";
    }

    public static String missingScenarios() {
        return "missing 'scenarios': expected a list of scenarios";
    }

    public static String scenariosNotList() {
        return "'scenarios' must be a non-empty list";
    }

    public static String tooManyScenarios(int given) {
        return "the file has " + given + " scenarios; a file may have at most " + InputLimits.SCENARIOS + ": split it; the first "
                + InputLimits.SCENARIOS + " are read";
    }

    public static String expectedScenario() {
        return "expected a scenario: a map with id, action and expect";
    }

    public static String missing(String key, String expected) {
        return "missing '" + key + "': expected " + expected;
    }

    public static String notKebab(String id) {
        return "id " + quoted(id) + " must be kebab-case: lower-case words joined by '-'";
    }

    public static String duplicateId(String id, int firstLine) {
        return "duplicate id " + quoted(id) + " (first used on line " + firstLine + ")";
    }

    public static String expectNotList() {
        return "'expect' must be a non-empty list of {date, verdict}";
    }

    public static String tooManyChecks(int given) {
        return "the scenario has " + given + " checks; a scenario may have at most " + InputLimits.CHECKS + ": split it";
    }

    public static String actionNotMap() {
        return "'action' must be a map with actor, act and target";
    }

    public static String expectedCheck() {
        return "expected a check: a map with date and verdict";
    }

    public static String expected(String what, String found) {
        return "expected " + what + ", but found " + found;
    }

    /** How a value that is not what was expected is described: "a list", "a map", or the value quoted. */
    public static String found(boolean list, boolean map, boolean empty, String text) {
        return list ? "a list" : map ? "a map" : empty ? "nothing" : quoted(text);
    }

    public static String unknownField(String name, String where, String closest, List<String> known) {
        return "unknown field " + quoted(name) + " in " + where
                + (closest != null ? "; did you mean '" + closest + "'?" : "; expected one of: " + String.join(", ", known));
    }

    public static String notAProvision(String text) {
        return quoted(text) + " is not a provision as lawyers write it, such as \"Art. 87(4)\", \"Art. 56(1)(2)\" or"
                + " \"Art. 89(4), Constitution of 2026\"";
    }

    public static String votesShape() {
        return "'votes' must be {for: N, of: M} for the actor, or a map of bodies to {for: N, of: M}";
    }

    public static String tallyShape(String field) {
        return "'" + field + "' must be {for: N, of: M}: how many voted for, out of how many members";
    }

    public static String tallyNumbers(String field) {
        return "'" + field + "' must give whole numbers 'for' and 'of', such as {for: 70, of: 98}";
    }

    public static String impossibleTally(String field, long yes, long of) {
        return "'" + field + "': a vote of " + yes + " out of " + of + " is impossible: expected 0 <= for <= of and of >= 1";
    }

    public static String tooManyMembers(String field, long of) {
        return "'" + field + "': " + count(of) + " members is more than any body has; at most " + count(kz.atazan.model.ActionField.MOST_MEMBERS);
    }

    public static String personShape(List<String> keys) {
        return "'appointee' must be a map of facts about the person: " + String.join(", ", keys);
    }

    public static String notBoolean(String key, String found) {
        return "'" + key + "' must be true or false, but is " + found;
    }

    public static String missingArgument(String name) {
        return "'" + name + "' is required";
    }

    public static String notTruth(String found) {
        return "expected true or false, but found " + found;
    }

    public static String notCount(String key, long least, long most, String found) {
        return "'" + key + "' must be a whole number from " + least + " to " + count(most) + ", but is " + found;
    }

    public static String actorVotesWithoutActor() {
        return "'votes' {for, of} counts the actor's vote, but the actor is not valid";
    }

    // --- names

    /** The most names a message lists; beyond them it sends the reader to 'atazan vocabulary'. */
    private static final int LISTED = 12;

    public static String unknownName(String noun, String given, List<String> closest, List<String> valid) {
        String start = "unknown " + noun + " " + quoted(given);
        if (!closest.isEmpty()) {
            List<String> names = closest.stream().map(c -> "'" + c + "'").toList();
            String offered = names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
            return start + "; did you mean " + offered + "?";
        }
        return valid.size() <= LISTED ? start + "; expected one of: " + String.join(", ", valid)
                : start + "; 'atazan vocabulary WORD' searches the " + valid.size() + " names it may be, in English, Russian and Kazakh";
    }

    public static String otherKind(String given, String name, String kind, String noun) {
        return quoted(given) + " names the " + kind + " '" + name + "', which cannot be the " + noun
                + " ('atazan vocabulary WORD' searches the names)";
    }

    public static String wrongRole(String given, String meaning, String noun, String expected) {
        return quoted(given) + " is " + meaning + ", which cannot be the " + noun + " (expected " + expected
                + "; 'atazan vocabulary' lists them)";
    }

    // --- dates

    public static String notADate(String written) {
        return quoted(written) + " is not a date: write YYYY-MM-DD or DD.MM.YYYY, such as 2023-05-01 or 01.05.2023";
    }

    public static String dateOutOfRange(String written) {
        return quoted(written) + " is outside the dates Atazan reads, " + InputLimits.FIRST_DAY + " to " + InputLimits.LAST_DAY;
    }

    public static String noSuchMonth(String written, int month) {
        return quoted(written) + " is not a date: there is no month " + month + " (months run from 1 to 12)";
    }

    public static String noSuchDay(String written, int year, int day, Month month) {
        String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (day >= 1 && day <= 31) {
            return quoted(written) + " is not a date: " + year + " has no " + day + " " + name;
        }
        return quoted(written) + " is not a date: days run from 1 to 31 at most, not " + day;
    }
}
