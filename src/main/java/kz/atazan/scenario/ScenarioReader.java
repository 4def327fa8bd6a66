package kz.atazan.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.atazan.model.Action;
import kz.atazan.model.ActionField;
import kz.atazan.model.Appointee;
import kz.atazan.model.Cite;
import kz.atazan.model.Entity;
import kz.atazan.model.NameList;
import kz.atazan.model.Named;
import kz.atazan.model.PersonField;
import kz.atazan.model.Suggestions;
import kz.atazan.model.Tally;
import kz.atazan.model.Verdict;
import kz.atazan.scenario.ScenarioField.Level;

/**
 * Reads a scenario file in the format of the scenario contract (§1) and checks every field,
 * collecting every problem with its line. A scenario with a problem is left out and reported;
 * the file's other scenarios are still returned, so nothing valid is lost: even where the YAML
 * itself is broken, each scenario of the list is read on its own. The action's fields are read
 * as the field table {@link ActionField} describes them; the limits are {@link InputLimits}.
 */
public final class ScenarioReader {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SCENARIOS_KEY = Pattern.compile("scenarios\\s*:\\s*(#.*)?\\r?");

    /** What reading one file gave: its valid scenarios and every problem found. */
    public record Reading(ScenarioFile file, List<InputError> errors) {}

    private final String path;
    private final List<InputError> errors = new ArrayList<>();
    private LocatedYaml yaml;
    /** Lines already reported for their indentation: other problems found on them say nothing more. */
    private final Set<Integer> oddLines = new java.util.HashSet<>();

    private ScenarioReader(String path) {
        this.path = path;
    }

    public static Reading read(Path file, String shownAs) {
        ScenarioReader reader = new ScenarioReader(shownAs);
        Optional<String> text = reader.bytes(file).flatMap(reader::text);
        ScenarioFile read = text.map(reader::file).orElseGet(() -> new ScenarioFile(shownAs, null, List.of()));
        return new Reading(read, List.copyOf(reader.errors));
    }

    /** Reads a file's bytes as {@link #read(Path, String)} does, once they are read from disk. */
    public static Reading read(byte[] bytes, String shownAs) {
        ScenarioReader reader = new ScenarioReader(shownAs);
        Optional<String> text = bytes.length > InputLimits.FILE_BYTES ? reader.tooLarge(bytes.length) : reader.text(bytes);
        ScenarioFile read = text.map(reader::file).orElseGet(() -> new ScenarioFile(shownAs, null, List.of()));
        return new Reading(read, List.copyOf(reader.errors));
    }

    private Optional<String> tooLarge(long size) {
        error(0, InputMessages.fileTooLarge(size));
        return Optional.empty();
    }

    public static Reading parse(String text, String shownAs) {
        ScenarioReader reader = new ScenarioReader(shownAs);
        ScenarioFile file = reader.file(text);
        return new Reading(file, List.copyOf(reader.errors));
    }

    /** What reading one action gave: the action, or every problem found. */
    public record ActionReading(Optional<Action> action, List<InputError> errors) {}

    /**
     * Reads one action map, with the fields of a scenario's {@code action} (§1.1, §3.1), from YAML
     * or JSON text, dated on {@code date}: how an exercise sheet keeps its questions.
     */
    public static ActionReading parseAction(String text, LocalDate date, String shownAs) {
        ScenarioReader reader = new ScenarioReader(shownAs);
        Optional<Action> action = reader.action(text, date);
        return reader.errors.isEmpty() ? new ActionReading(action, List.of()) : new ActionReading(Optional.empty(), List.copyOf(reader.errors));
    }

    /** The file's bytes, if it can be read and is within the size limit; otherwise why not. */
    private Optional<byte[]> bytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > InputLimits.FILE_BYTES) {
                error(0, InputMessages.fileTooLarge(size));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            error(0, InputMessages.cannotRead(InputMessages.doesNotExist()));
            return Optional.empty();
        } catch (java.nio.file.AccessDeniedException e) {
            error(0, InputMessages.cannotRead(InputMessages.permissionDenied()));
            return Optional.empty();
        } catch (IOException e) {
            error(0, InputMessages.cannotRead(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    /** The bytes as text, if they are UTF-8 text; otherwise why not. */
    private Optional<String> text(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            error(1, InputMessages.utf16(bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0 ? "UTF-32" : "UTF-16"));
            return Optional.empty();
        }
        if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF) {
            error(1, InputMessages.utf16("UTF-32"));
            return Optional.empty();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                error(lineOfByte(bytes, i), InputMessages.binary());
                return Optional.empty();
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            error(lineOfByte(bytes, in.position()), InputMessages.notUtf8(lineOfByte(bytes, in.position()), bytes[in.position()] & 0xFF));
            return Optional.empty();
        }
        utf8.flush(out);
        return Optional.of(out.flip().toString());
    }

    private static int lineOfByte(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private Optional<Action> action(String text, LocalDate date) {
        try {
            yaml = LocatedYaml.parse(withoutBom(text));
        } catch (LocatedYaml.Unreadable e) {
            error(e.line(), e.problem());
            return Optional.empty();
        }
        reportYamlProblems();
        if (!yaml.root().isObject()) {
            error(1, InputMessages.actionNotMap());
            return Optional.empty();
        }
        return action(yaml.root(), 1, date);
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private ScenarioFile file(String written) {
        String text = withoutBom(written);
        if (text.length() > InputLimits.FILE_BYTES) {
            error(0, InputMessages.fileTooLarge(text.getBytes(StandardCharsets.UTF_8).length));
            return new ScenarioFile(path, null, List.of());
        }
        oddIndentation(text);
        try {
            yaml = LocatedYaml.parse(text);
        } catch (LocatedYaml.Unreadable e) {
            return recover(text, e);
        }
        reportYamlProblems();
        JsonNode root = yaml.root();
        if (!root.isObject()) {
            error(1, InputMessages.expectedFileMap());
            return new ScenarioFile(path, null, List.of());
        }
        unknownFields(root, ScenarioField.keys(Level.FILE), InputMessages.Place.FILE);
        String title = optionalText(root, "title");
        JsonNode list = root.get("scenarios");
        List<Scenario> scenarios = new ArrayList<>();
        if (list == null) {
            error(1, InputMessages.missingScenarios());
        } else if (!list.isArray() || list.isEmpty()) {
            error(yaml.lineOf(root, "scenarios"), InputMessages.scenariosNotList());
        } else {
            scenarios(list, new HashMap<>(), scenarios);
        }
        return new ScenarioFile(path, title, scenarios);
    }

    /** Lines indented with a space YAML does not count as one (U+00A0 and the like): YAML reads them as text. */
    private void oddIndentation(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int at = 0;
            while (at < line.length() && line.charAt(at) == ' ') {
                at++;
            }
            if (at < line.length() && Character.isSpaceChar(line.charAt(at)) && line.charAt(at) != ' ') {
                errors.add(new InputError(path, i + 1, InputMessages.oddSpace(line.charAt(at))));
                oddLines.add(i + 1);
            }
        }
    }

    /** Reads the items of a 'scenarios' list, leaving out each one with a problem on its lines. */
    private void scenarios(JsonNode list, Map<String, Integer> ids, List<Scenario> into) {
        if (list.size() > InputLimits.SCENARIOS) {
            error(yaml.lineOf(list, InputLimits.SCENARIOS), InputMessages.tooManyScenarios(list.size()));
        }
        int count = Math.min(list.size(), InputLimits.SCENARIOS);
        for (int i = 0; i < count; i++) {
            int first = yaml.lineOf(list, i);
            int end = list.get(i).isContainerNode() ? Math.max(first, yaml.lastLine(list.get(i))) : first;
            int last = i + 1 < list.size() ? Math.min(end, yaml.lineOf(list, i + 1) - 1) : end;
            boolean broken = yaml.problemLines().stream().anyMatch(l -> l >= first && l <= last);
            Optional<Scenario> scenario = scenario(list.get(i), first, ids);
            if (!broken) {
                scenario.ifPresent(into::add);
            }
        }
    }

    /**
     * Where the YAML of the file cannot be read, each item of its 'scenarios' list is read on its
     * own (the other lines blanked, so that every line keeps its number): a broken scenario
     * costs only itself. The error is reported where it lies.
     */
    private ScenarioFile recover(String text, LocatedYaml.Unreadable failure) {
        String[] lines = text.split("\n", -1);
        int header = -1;
        for (int i = 0; i < lines.length && header < 0; i++) {
            if (SCENARIOS_KEY.matcher(lines[i]).matches()) {
                header = i;
            }
        }
        List<Integer> starts = new ArrayList<>();
        int end = lines.length;
        int indent = -1;
        for (int i = header + 1; header >= 0 && i < lines.length; i++) {
            String line = lines[i];
            int lead = 0;
            while (lead < line.length() && (Character.isSpaceChar(line.charAt(lead)) || line.charAt(lead) == '\t')) {
                lead++;
            }
            String content = line.substring(lead).strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            boolean item = content.equals("-") || content.startsWith("- ");
            if (lead == 0 && !item) {
                end = i;
                break;
            }
            if (item && (indent < 0 || lead == indent)) {
                indent = lead;
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            error(failure.line(), failure.problem());
            return new ScenarioFile(path, null, List.of());
        }
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        boolean anyFailed = false;
        int before = errors.size();
        for (int k = 0; k < starts.size() && k < InputLimits.SCENARIOS; k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : end;
            // the item alone, under its 'scenarios:' key, numbered as in the file
            StringBuilder alone = new StringBuilder(lines[header]).append('\n');
            for (int j = from; j < to; j++) {
                alone.append(lines[j]).append('\n');
            }
            try {
                yaml = LocatedYaml.parse(alone.toString(), from - 1);
            } catch (LocatedYaml.Unreadable e) {
                error(e.line(), e.problem());
                anyFailed = true;
                continue;
            }
            reportYamlProblems();
            JsonNode list = yaml.root().path("scenarios");
            if (list.isArray()) {
                scenarios(list, ids, scenarios);
            }
        }
        if (failure.limit()) {
            // the scenarios read alone lack the anchors above them: the limit is the file's one problem
            errors.subList(before, errors.size()).clear();
            errors.add(new InputError(path, failure.line(), failure.problem()));
        } else if (!anyFailed) {
            error(failure.line(), failure.problem());
        }
        return new ScenarioFile(path, null, scenarios);
    }

    private Optional<Scenario> scenario(JsonNode node, int line, Map<String, Integer> ids) {
        int before = errors.size();
        if (!node.isObject()) {
            error(line, InputMessages.expectedScenario());
            return Optional.empty();
        }
        unknownFields(node, ScenarioField.keys(Level.SCENARIO), InputMessages.Place.SCENARIO);
        String id = requiredText(node, "id", line, InputMessages.Expected.ID);
        if (id != null) {
            if (!KEBAB.matcher(id).matches()) {
                error(yaml.lineOf(node, "id"), InputMessages.notKebab(id));
            } else if (ids.containsKey(id)) {
                error(yaml.lineOf(node, "id"), InputMessages.duplicateId(id, ids.get(id)));
            } else {
                ids.put(id, yaml.lineOf(node, "id"));
            }
        }
        String title = optionalText(node, "title");
        JsonNode actionNode = node.get("action");
        JsonNode expectNode = node.get("expect");
        List<Check> checks = new ArrayList<>();
        if (expectNode == null) {
            error(line, InputMessages.missing("expect", InputMessages.Expected.CHECKS));
        } else if (!expectNode.isArray() || expectNode.isEmpty()) {
            error(yaml.lineOf(node, "expect"), InputMessages.expectNotList());
        } else if (expectNode.size() > InputLimits.CHECKS) {
            error(yaml.lineOf(node, "expect"), InputMessages.tooManyChecks(expectNode.size()));
        } else {
            for (int i = 0; i < expectNode.size(); i++) {
                check(expectNode.get(i), yaml.lineOf(expectNode, i)).ifPresent(checks::add);
            }
        }
        Optional<Action> action = Optional.empty();
        if (actionNode == null) {
            error(line, InputMessages.missing("action", InputMessages.Expected.ACTION));
        } else if (!actionNode.isObject()) {
            error(yaml.lineOf(node, "action"), InputMessages.actionNotMap());
        } else {
            action = action(actionNode, yaml.lineOf(node, "action"), checks.isEmpty() ? InputLimits.FIRST_DAY : checks.get(0).date());
        }
        if (errors.size() > before || action.isEmpty() || checks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(id, title, action.get(), checks, line));
    }

    /** The action, read field by field as the field table describes each one. */
    private Optional<Action> action(JsonNode node, int line, LocalDate firstDate) {
        unknownFields(node, ActionField.keys(), InputMessages.Place.ACTION);
        Action.Builder builder = new Action.Builder().date(firstDate);
        boolean valid = true;
        Entity actor = null;
        for (ActionField field : ActionField.values()) {
            JsonNode value = node.get(field.key());
            if (value == null) {
                if (field.required()) {
                    error(line, InputMessages.missing(field.key(), field.names()));
                    valid = false;
                }
                continue;
            }
            Optional<Object> read = value(field, value, yaml.lineOf(node, field.key()), actor);
            if (read.isEmpty()) {
                valid = false;
            } else {
                field.setIn(builder, read.get());
                if (field == ActionField.ACTOR) {
                    actor = (Entity) read.get();
                }
            }
        }
        return valid ? Optional.of(builder.build()) : Optional.empty();
    }

    /** One field's value, of the type the field table gives; empty after reporting why not. */
    private Optional<Object> value(ActionField field, JsonNode value, int line, Entity actor) {
        return switch (field.shape()) {
            case NAME -> textOf(value, line, InputMessages.Expected.NAME).flatMap(text -> report(Vocabulary.name(field.names(), text), line)).map(v -> v);
            case NAMES -> {
                Set<Object> names = new LinkedHashSet<>();
                boolean valid = true;
                for (JsonNode item : list(value)) {
                    Optional<Named> named = textOf(item, line, InputMessages.Expected.NAME).flatMap(text -> report(Vocabulary.name(field.names(), text), line));
                    named.ifPresent(names::add);
                    valid &= named.isPresent();
                }
                yield valid ? Optional.of(names) : Optional.empty();
            }
            case COUNT -> count(value, line, field.key(), 1, ActionField.MOST_CANDIDATES).map(v -> v);
            case TALLY -> Optional.<Object>ofNullable(tally(value, line, field.key()));
            case VOTES -> Optional.<Object>ofNullable(votes(value, line, actor));
            case PERSON -> appointee(value, line).map(v -> v);
        };
    }

    private Optional<Check> check(JsonNode node, int line) {
        if (!node.isObject()) {
            error(line, InputMessages.expectedCheck());
            return Optional.empty();
        }
        int before = errors.size();
        unknownFields(node, ScenarioField.keys(Level.CHECK), InputMessages.Place.CHECK);
        LocalDate date = null;
        JsonNode dateNode = node.get("date");
        if (dateNode == null) {
            error(line, InputMessages.missing("date", InputMessages.Expected.DATE));
        } else {
            int at = yaml.lineOf(node, "date");
            Optional<String> text = dateNode.isNumber() ? Optional.of(dateNode.asText()) : textOf(dateNode, at, InputMessages.Expected.DATE);
            if (text.isPresent()) {
                Dates.Reading reading = Dates.parse(text.get());
                if (reading.date().isEmpty()) {
                    error(at, reading.problem());
                }
                date = reading.date().orElse(null);
            }
        }
        Verdict verdict = null;
        JsonNode verdictNode = node.get("verdict");
        if (verdictNode == null) {
            error(line, InputMessages.missing("verdict", NameList.VERDICTS));
        } else {
            int at = yaml.lineOf(node, "verdict");
            verdict = textOf(verdictNode, at, NameList.VERDICTS)
                    .flatMap(text -> report(Vocabulary.verdict(text), at)).orElse(null);
        }
        List<Cite> cites = new ArrayList<>();
        JsonNode citesNode = node.get("cites");
        if (citesNode != null) {
            int at = yaml.lineOf(node, "cites");
            for (JsonNode item : list(citesNode)) {
                textOf(item, at, InputMessages.Expected.PROVISION).ifPresent(text -> {
                    Optional<Cite> cite = Cite.parse(text);
                    if (cite.isEmpty()) {
                        error(at, InputMessages.notAProvision(text));
                    }
                    cite.ifPresent(cites::add);
                });
            }
        }
        if (errors.size() > before || date == null || verdict == null) {
            return Optional.empty();
        }
        return Optional.of(new Check(date, verdict, cites, line));
    }

    /**
     * {@code votes: {for: 70, of: 98}} is the actor's vote; {@code votes: {majilis: {for: .., of: ..},
     * senate: {..}}} gives each Chamber's, for decisions of Parliament. Null when invalid.
     */
    private Map<Entity, Tally> votes(JsonNode node, int line, Entity actor) {
        Map<Entity, Tally> votes = new LinkedHashMap<>();
        if (!node.isObject() || node.isEmpty()) {
            error(line, InputMessages.votesShape());
            return null;
        }
        if (node.has("for") || node.has("of")) {
            Tally tally = tally(node, line, "votes");
            if (tally == null || actor == null) {
                return null;
            }
            votes.put(actor, tally);
            return votes;
        }
        boolean valid = true;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            int at = yaml.lineOf(node, name);
            Optional<Entity> body = report(Vocabulary.entity(NameList.VOTING_BODIES, name), at);
            Tally tally = tally(node.get(name), at, "votes of " + name);
            if (body.isEmpty() || tally == null) {
                valid = false;
            } else {
                votes.put(body.get(), tally);
            }
        }
        return valid ? votes : null;
    }

    private Tally tally(JsonNode node, int line, String field) {
        if (node == null || !node.isObject()) {
            error(line, InputMessages.tallyShape(field));
            return null;
        }
        unknownFields(node, ScenarioField.keys(Level.TALLY), field);
        JsonNode yes = node.get("for");
        JsonNode of = node.get("of");
        if (yes == null || of == null || !yes.isIntegralNumber() || !of.isIntegralNumber()) {
            error(line, InputMessages.tallyNumbers(field));
            return null;
        }
        if (!of.canConvertToLong() || of.longValue() > ActionField.mostInTally(field)) {
            error(line, InputMessages.tooManyMembers(field, of.canConvertToLong() ? of.longValue() : Long.MAX_VALUE));
            return null;
        }
        if (!yes.canConvertToLong() || yes.longValue() < 0 || yes.longValue() > of.longValue() || of.longValue() < 1) {
            error(line, InputMessages.impossibleTally(field, yes.canConvertToLong() ? yes.longValue() : Long.MAX_VALUE, of.longValue()));
            return null;
        }
        return new Tally(yes.intValue(), of.intValue());
    }

    private Optional<Appointee> appointee(JsonNode node, int line) {
        List<String> keys = java.util.Arrays.stream(PersonField.values()).map(PersonField::key).toList();
        if (!node.isObject()) {
            error(line, InputMessages.personShape(keys));
            return Optional.empty();
        }
        int before = errors.size();
        unknownFields(node, keys, "appointee");
        Appointee person = Appointee.UNREMARKABLE;
        for (PersonField field : PersonField.values()) {
            JsonNode value = node.get(field.key());
            if (value == null) {
                continue;
            }
            int at = yaml.lineOf(node, field.key());
            if (field.isCount()) {
                Optional<Integer> terms = count(value, at, field.key(), 0, PersonField.MOST_TERMS);
                if (terms.isPresent()) {
                    person = field.setIn(person, terms.get());
                }
            } else if (!value.isBoolean()) {
                error(at, InputMessages.notBoolean(field.key(), found(value)));
            } else {
                person = field.setIn(person, value.booleanValue());
            }
        }
        return errors.size() > before ? Optional.empty() : Optional.of(person);
    }

    private Optional<Integer> count(JsonNode value, int line, String key, int least, int most) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < least || value.intValue() > most) {
            error(line, InputMessages.notCount(key, least, most, found(value)));
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    private <T> Optional<T> report(Vocabulary.Lookup<T> lookup, int line) {
        if (lookup.value().isEmpty()) {
            error(line, lookup.problem());
        }
        return lookup.value();
    }

    /** A list field: absent lists are empty (contract §1.1); a single name is accepted as a list of one. */
    private static List<JsonNode> list(JsonNode value) {
        List<JsonNode> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        return items;
    }

    private String requiredText(JsonNode map, String key, int mapLine, Enum<?> expected) {
        JsonNode value = map.get(key);
        if (value == null) {
            error(mapLine, InputMessages.missing(key, expected));
            return null;
        }
        return textOf(value, yaml.lineOf(map, key), expected).orElse(null);
    }

    private String optionalText(JsonNode map, String key) {
        JsonNode value = map.get(key);
        return value == null ? null : textOf(value, yaml.lineOf(map, key), InputMessages.Expected.TEXT).orElse(null);
    }

    private Optional<String> textOf(JsonNode value, int line, Enum<?> expected) {
        if (value.isTextual() && !value.asText().isBlank()) {
            return Optional.of(value.asText());
        }
        error(line, InputMessages.expected(expected, found(value)));
        return Optional.empty();
    }

    private static kz.atazan.text.Sentence found(JsonNode value) {
        return InputMessages.found(value.isArray(), value.isObject(), value.isNull() || value.isTextual() && value.asText().isBlank(),
                value.asText());
    }

    private void unknownFields(JsonNode map, List<String> known, Object where) {
        for (Iterator<String> names = map.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String closest = name.length() > 80 ? null : Suggestions.didYouMean(name, known, k -> k).orElse(null);
                error(yaml.lineOf(map, name), InputMessages.unknownField(name, where, closest, known));
            }
        }
    }

    private void reportYamlProblems() {
        yaml.problems().forEach(p -> errors.add(new InputError(path, p.line(), p.message())));
    }

    /** A problem of the content; one already reported by the YAML on the same line says enough. */
    private void error(int line, kz.atazan.text.Sentence message) {
        if (yaml != null && yaml.problemLines().contains(line) || oddLines.contains(line)) {
            return;
        }
        errors.add(new InputError(path, line, message));
    }
}
