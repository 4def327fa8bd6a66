package kz.atazan.teaching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.atazan.model.Verdict;
import kz.atazan.scenario.InputError;
import kz.atazan.scenario.InputMessages;
import kz.atazan.scenario.Vocabulary;

/**
 * A student's answers: a small YAML (or JSON) map of question id to verdict, {@code q1: constitutional}.
 * A question left blank is unanswered (and wrong); a word that is no verdict is bad input.
 */
public final class Answers {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The answers read (empty for a blank one), or every problem found. */
    public record Reading(Map<String, Optional<Verdict>> answers, List<InputError> errors) {}

    private Answers() {}

    public static Reading read(String text, String shownAs, Sheet sheet) {
        List<InputError> errors = new ArrayList<>();
        Map<String, Optional<Verdict>> answers = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = text.isBlank() ? null : YAML.readTree(text);
        } catch (IOException e) {
            return new Reading(Map.of(), List.of(new InputError(shownAs, 0, InputMessages.answersNotYaml(e.getMessage().lines().findFirst().orElse("")))));
        }
        if (root == null || !root.isObject()) {
            return new Reading(Map.of(), List.of(new InputError(shownAs, 0, InputMessages.answersNotMap())));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String id = field.getKey();
            if (sheet.question(id).isEmpty()) {
                List<String> ids = sheet.questions().stream().map(Question::id).toList();
                // only a slip of case or spacing is suggested: q9 is no slip for q1, but Q1 is for q1
                Optional<String> meant = ids.stream().filter(q -> q.equalsIgnoreCase(id.strip())).findFirst();
                errors.add(new InputError(shownAs, lineOf(text, id),
                        meant.map(q -> InputMessages.noQuestion(id, q)).orElse(InputMessages.noQuestion(id, ids))));
                continue;
            }
            JsonNode value = field.getValue();
            if (value != null && value.isBoolean()) {
                // YAML reads yes, no, true, false, on and off as a yes or no
                errors.add(new InputError(shownAs, lineOf(text, id), InputMessages.yesOrNo(id, value.asText())));
                continue;
            }
            if (value == null || value.isNull() || value.asText().isBlank()) {
                answers.put(id, Optional.empty());
                continue;
            }
            Vocabulary.Lookup<Verdict> verdict = VerdictAnswer.parse(value.asText());
            if (verdict.value().isEmpty()) {
                errors.add(new InputError(shownAs, lineOf(text, id), InputMessages.ofQuestion(id, verdict.problem())));
            } else {
                answers.put(id, verdict.value());
            }
        }
        return new Reading(answers, errors);
    }

    /** The line (from 1) where the answer to a question is written, or 0 if it is not found at the start of a line. */
    private static int lineOf(String text, String id) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(id + ":") || line.startsWith("\"" + id + "\"") || line.startsWith("'" + id + "'")) {
                return i + 1;
            }
        }
        return 0;
    }
}
