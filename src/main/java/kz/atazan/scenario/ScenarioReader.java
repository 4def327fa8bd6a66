package kz.atazan.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Appointee;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;
import kz.atazan.model.Cite;
import kz.atazan.model.Suggestions;
import kz.atazan.model.Tally;
import kz.atazan.model.Verdict;
import kz.atazan.scenario.Vocabulary.Role;

/**
 * Reads a scenario file in the format of the scenario contract (§1) and checks every field,
 * collecting every problem with its line. A scenario with a problem is left out and reported;
 * the file's other scenarios are still returned, so nothing valid is lost.
 */
public final class ScenarioReader {

    static final List<String> FILE_FIELDS = List.of("title", "scenarios");
    static final List<String> SCENARIO_FIELDS = List.of("id", "title", "action", "expect");
    static final List<String> ACTION_FIELDS = List.of("actor", "act", "target", "consents", "proposedBy", "consulted",
            "candidates", "appointee", "circumstances", "votes", "initiative", "opinions");
    static final List<String> APPOINTEE_FIELDS = List.of("closeRelativeOfPresident", "partyMember", "firstPresident",
            "termsInARow", "electedUnderOneTermRule", "heldThisOfficeBefore", "heldThisOfficeSince2026");
    static final List<String> TALLY_FIELDS = List.of("for", "of");
    static final List<String> CHECK_FIELDS = List.of("date", "verdict", "cites");

    /** Every field a scenario file may use, with its meaning, for 'atazan vocabulary'. */
    public static final Map<String, String> FIELDS = fields(
            "title", "(file, scenario) a sentence shown in reports",
            "scenarios", "(file) the list of scenarios",
            "id", "(scenario) kebab-case, unique within the file",
            "action", "(scenario) the exercise of power, as below",
            "expect", "(scenario) the checks: the verdict expected on each date",
            "actor", "(action) who acts: an organ, or an office holder acting in person",
            "act", "(action) what it does: one of the acts below",
            "target", "(action) the office filled or emptied, the body dissolved, the court applied to, ...",
            "consents", "(action) bodies whose consent was obtained",
            "proposedBy", "(action) who proposed or recommended the candidate",
            "consulted", "(action) bodies consulted before acting",
            "candidates", "(action) how many candidates were put forward (default 1)",
            "appointee", "(action) facts about the person: " + String.join(", ", APPOINTEE_FIELDS),
            "closeRelativeOfPresident", "(appointee) true if a close relative of the President",
            "partyMember", "(appointee) true if a member of a political party",
            "firstPresident", "(appointee) true if the First President of Kazakhstan",
            "termsInARow", "(appointee) presidential terms won in a row up to this election (default 0)",
            "electedUnderOneTermRule", "(appointee) true if elected President in an election after 17 September 2022",
            "heldThisOfficeBefore", "(appointee) true if the person has held the target office before",
            "heldThisOfficeSince2026", "(appointee) true if that was under the Constitution of 2026 (from 1 July 2026)",
            "circumstances", "(action) circumstances in force: one of those below",
            "votes", "(action) {for: N, of: M} for the actor, or {majilis: {for, of}, senate: {for, of}} per body",
            "initiative", "(action) {for: N, of: M}: how many deputies initiated the decision",
            "opinions", "(action) bodies whose opinion (заключение) was obtained",
            "date", "(check) the day of the action, YYYY-MM-DD",
            "verdict", "(check) constitutional, unconstitutional or undetermined",
            "cites", "(check) provisions the reasons must cite, e.g. [\"Art. 87(4)\"]");

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** What reading one file gave: its valid scenarios and every problem found. */
    public record Reading(ScenarioFile file, List<InputError> errors) {}

    private final String path;
    private final List<InputError> errors = new ArrayList<>();
    private LocatedYaml yaml;

    private ScenarioReader(String path) {
        this.path = path;
    }

    public static Reading read(Path file, String shownAs) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Reading(new ScenarioFile(shownAs, null, List.of()), List.of(new InputError(shownAs, 0, "cannot read the file: " + e.getMessage())));
        }
        return parse(text, shownAs);
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

    private Optional<Action> action(String text, LocalDate date) {
        try {
            yaml = LocatedYaml.parse(text);
        } catch (LocatedYaml.Unreadable e) {
            error(e.line(), e.getMessage());
            return Optional.empty();
        }
        if (!yaml.root().isObject()) {
            error(1, "expected an action: a map with actor, act and target");
            return Optional.empty();
        }
        return action(yaml.root(), 1, date);
    }

    private ScenarioFile file(String text) {
        try {
            yaml = LocatedYaml.parse(text);
        } catch (LocatedYaml.Unreadable e) {
            error(e.line(), e.getMessage());
            return new ScenarioFile(path, null, List.of());
        }
        JsonNode root = yaml.root();
        if (!root.isObject()) {
            error(1, "expected a map with a 'scenarios' list at the top of the file");
            return new ScenarioFile(path, null, List.of());
        }
        unknownFields(root, FILE_FIELDS, "the file");
        String title = optionalText(root, "title");
        JsonNode list = root.get("scenarios");
        List<Scenario> scenarios = new ArrayList<>();
        if (list == null) {
            error(1, "missing 'scenarios': expected a list of scenarios");
        } else if (!list.isArray() || list.isEmpty()) {
            error(yaml.lineOf(root, "scenarios"), "'scenarios' must be a non-empty list");
        } else {
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                scenario(list.get(i), yaml.lineOf(list, i), ids).ifPresent(scenarios::add);
            }
        }
        return new ScenarioFile(path, title, scenarios);
    }

    private Optional<Scenario> scenario(JsonNode node, int line, Map<String, Integer> ids) {
        int before = errors.size();
        if (!node.isObject()) {
            error(line, "expected a scenario: a map with id, action and expect");
            return Optional.empty();
        }
        unknownFields(node, SCENARIO_FIELDS, "a scenario");
        String id = requiredText(node, "id", line, "a kebab-case id unique within the file");
        if (id != null) {
            if (!KEBAB.matcher(id).matches()) {
                error(yaml.lineOf(node, "id"), "id '" + id + "' must be kebab-case: lower-case words joined by '-'");
            } else if (ids.containsKey(id)) {
                error(yaml.lineOf(node, "id"), "duplicate id '" + id + "' (first used on line " + ids.get(id) + ")");
            } else {
                ids.put(id, yaml.lineOf(node, "id"));
            }
        }
        String title = optionalText(node, "title");
        JsonNode actionNode = node.get("action");
        JsonNode expectNode = node.get("expect");
        List<Check> checks = new ArrayList<>();
        if (expectNode == null) {
            error(line, "missing 'expect': expected a list of {date, verdict}");
        } else if (!expectNode.isArray() || expectNode.isEmpty()) {
            error(yaml.lineOf(node, "expect"), "'expect' must be a non-empty list of {date, verdict}");
        } else {
            for (int i = 0; i < expectNode.size(); i++) {
                check(expectNode.get(i), yaml.lineOf(expectNode, i)).ifPresent(checks::add);
            }
        }
        Optional<Action> action = Optional.empty();
        if (actionNode == null) {
            error(line, "missing 'action': expected a map with actor, act and target");
        } else if (!actionNode.isObject()) {
            error(yaml.lineOf(node, "action"), "'action' must be a map with actor, act and target");
        } else if (!checks.isEmpty()) {
            action = action(actionNode, yaml.lineOf(node, "action"), checks.get(0).date());
        }
        if (errors.size() > before || action.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(id, title, action.get(), checks, line));
    }

    private Optional<Action> action(JsonNode node, int line, LocalDate firstDate) {
        unknownFields(node, ACTION_FIELDS, "an action");
        Entity actor = entity(node, "actor", Role.ACTOR, line);
        Act act = named(node, "act", line, Vocabulary::act);
        Entity target = entity(node, "target", Role.TARGET, line);
        Set<Entity> consents = entities(node, "consents", Role.CONSENT);
        Entity proposedBy = node.has("proposedBy") ? entity(node, "proposedBy", Role.PROPOSER, line) : null;
        Set<Entity> consulted = entities(node, "consulted", Role.CONSULTED);
        int candidates = candidates(node);
        Appointee appointee = appointee(node.get("appointee"), yaml.lineOf(node, "appointee"));
        Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
        for (JsonNode item : list(node, "circumstances")) {
            textOf(item, yaml.lineOf(node, "circumstances"), "a circumstance").ifPresent(text ->
                    report(Vocabulary.circumstance(text), yaml.lineOf(node, "circumstances")).ifPresent(circumstances::add));
        }
        Set<Entity> opinions = entities(node, "opinions", Role.OPINION);
        Tally initiative = node.has("initiative") ? tally(node.get("initiative"), yaml.lineOf(node, "initiative"), "initiative") : null;
        Map<Entity, Tally> votes = votes(node.get("votes"), yaml.lineOf(node, "votes"), actor);
        if (actor == null || act == null || target == null || candidates < 1 || votes == null
                || node.has("initiative") && initiative == null) {
            return Optional.empty();
        }
        return Optional.of(new Action(actor, act, target, firstDate, consents, proposedBy, consulted, candidates, appointee,
                circumstances, votes, initiative, opinions));
    }

    private Optional<Check> check(JsonNode node, int line) {
        if (!node.isObject()) {
            error(line, "expected a check: a map with date and verdict");
            return Optional.empty();
        }
        int before = errors.size();
        unknownFields(node, CHECK_FIELDS, "a check");
        LocalDate date = null;
        String dateText = requiredText(node, "date", line, "an ISO date YYYY-MM-DD");
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText.trim());
            } catch (DateTimeParseException e) {
                error(yaml.lineOf(node, "date"), "'" + dateText + "' is not a valid date: expected YYYY-MM-DD, such as 2023-05-01");
            }
        }
        Verdict verdict = named(node, "verdict", line, Vocabulary::verdict);
        List<Cite> cites = new ArrayList<>();
        for (JsonNode item : list(node, "cites")) {
            textOf(item, yaml.lineOf(node, "cites"), "a provision").ifPresent(text -> {
                Optional<Cite> cite = Cite.parse(text);
                if (cite.isEmpty()) {
                    error(yaml.lineOf(node, "cites"), "'" + text + "' is not a provision as lawyers write it, such as \"Art. 87(4)\","
                            + " \"Art. 56(1)(2)\" or \"Art. 89(4), Constitution of 2026\"");
                }
                cite.ifPresent(cites::add);
            });
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
        if (node == null) {
            return votes;
        }
        if (!node.isObject() || node.isEmpty()) {
            error(line, "'votes' must be {for: N, of: M} for the actor, or a map of bodies to {for: N, of: M}");
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
            Optional<Entity> body = report(Vocabulary.entity(Role.VOTER, name), at);
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
            error(line, "'" + field + "' must be {for: N, of: M}: how many voted for, out of how many members");
            return null;
        }
        unknownFields(node, TALLY_FIELDS, "'" + field + "'");
        JsonNode yes = node.get("for");
        JsonNode of = node.get("of");
        if (yes == null || of == null || !yes.isIntegralNumber() || !of.isIntegralNumber()) {
            error(line, "'" + field + "' must give whole numbers 'for' and 'of', such as {for: 70, of: 98}");
            return null;
        }
        try {
            return new Tally(yes.intValue(), of.intValue());
        } catch (IllegalArgumentException e) {
            error(line, "'" + field + "': " + e.getMessage());
            return null;
        }
    }

    private Appointee appointee(JsonNode node, int line) {
        if (node == null) {
            return Appointee.UNREMARKABLE;
        }
        if (!node.isObject()) {
            error(line, "'appointee' must be a map of facts about the person: " + String.join(", ", APPOINTEE_FIELDS));
            return Appointee.UNREMARKABLE;
        }
        unknownFields(node, APPOINTEE_FIELDS, "'appointee'");
        int termsInARow = 0;
        JsonNode terms = node.get("termsInARow");
        if (terms != null && (!terms.isIntegralNumber() || terms.asInt() < 0)) {
            error(yaml.lineOf(node, "termsInARow"), "'termsInARow' must be a whole number of at least 0, but is '" + terms.asText() + "'");
        } else if (terms != null) {
            termsInARow = terms.intValue();
        }
        return new Appointee(bool(node, "closeRelativeOfPresident"), bool(node, "partyMember"), bool(node, "firstPresident"),
                termsInARow, bool(node, "electedUnderOneTermRule"), bool(node, "heldThisOfficeBefore"),
                bool(node, "heldThisOfficeSince2026"));
    }

    private boolean bool(JsonNode map, String key) {
        JsonNode value = map.get(key);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            error(yaml.lineOf(map, key), "'" + key + "' must be true or false, but is '" + value.asText() + "'");
            return false;
        }
        return value.booleanValue();
    }

    private int candidates(JsonNode node) {
        JsonNode value = node.get("candidates");
        if (value == null) {
            return 1;
        }
        if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > Integer.MAX_VALUE) {
            error(yaml.lineOf(node, "candidates"), "'candidates' must be a whole number of at least 1, but is '" + value.asText() + "'");
            return 0;
        }
        return value.intValue();
    }

    private Entity entity(JsonNode map, String key, Role role, int mapLine) {
        JsonNode value = map.get(key);
        if (value == null) {
            error(mapLine, "missing '" + key + "': expected " + role.expected());
            return null;
        }
        return textOf(value, yaml.lineOf(map, key), "a name").flatMap(text -> report(Vocabulary.entity(role, text), yaml.lineOf(map, key))).orElse(null);
    }

    private Set<Entity> entities(JsonNode map, String key, Role role) {
        Set<Entity> found = new LinkedHashSet<>();
        for (JsonNode item : list(map, key)) {
            textOf(item, yaml.lineOf(map, key), "a name").ifPresent(text ->
                    report(Vocabulary.entity(role, text), yaml.lineOf(map, key)).ifPresent(found::add));
        }
        return found;
    }

    private interface Lookup<T> {
        Vocabulary.Lookup<T> of(String name);
    }

    private <T> T named(JsonNode map, String key, int mapLine, Lookup<T> lookup) {
        String text = requiredText(map, key, mapLine, "a name from 'atazan vocabulary'");
        return text == null ? null : report(lookup.of(text), yaml.lineOf(map, key)).orElse(null);
    }

    private <T> Optional<T> report(Vocabulary.Lookup<T> lookup, int line) {
        if (lookup.value().isEmpty()) {
            error(line, lookup.problem());
        }
        return lookup.value();
    }

    /** A list field: absent lists are empty (contract §1.1); a single name is accepted as a list of one. */
    private List<JsonNode> list(JsonNode map, String key) {
        JsonNode value = map.get(key);
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

    private String requiredText(JsonNode map, String key, int mapLine, String expected) {
        JsonNode value = map.get(key);
        if (value == null) {
            error(mapLine, "missing '" + key + "': expected " + expected);
            return null;
        }
        return textOf(value, yaml.lineOf(map, key), expected).orElse(null);
    }

    private String optionalText(JsonNode map, String key) {
        JsonNode value = map.get(key);
        return value == null ? null : textOf(value, yaml.lineOf(map, key), "text").orElse(null);
    }

    private Optional<String> textOf(JsonNode value, int line, String expected) {
        if (value.isTextual() && !value.asText().isBlank()) {
            return Optional.of(value.asText());
        }
        error(line, "expected " + expected + ", but found " + (value.isContainerNode() ? "a " + (value.isArray() ? "list" : "map") : "'" + value.asText() + "'"));
        return Optional.empty();
    }

    private void unknownFields(JsonNode map, List<String> known, String where) {
        for (Iterator<String> names = map.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String hint = Suggestions.didYouMean(name, known, k -> k).map(k -> "; did you mean '" + k + "'?")
                        .orElse("; expected one of: " + String.join(", ", known));
                error(yaml.lineOf(map, name), "unknown field '" + name + "' in " + where + hint);
            }
        }
    }

    private void error(int line, String message) {
        errors.add(new InputError(path, line, message));
    }
}
