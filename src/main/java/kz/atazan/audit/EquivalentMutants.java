package kz.atazan.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mutants recorded as equivalent, with the reason no scenario can tell each apart from the rules
 * as written: a YAML list of {mutant: ID, reason: TEXT}, where ID is as `atazan mutate` prints it.
 */
public final class EquivalentMutants {

    private EquivalentMutants() {}

    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> equivalent = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return equivalent;
        }
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        if (root == null || root.isNull()) {
            return equivalent;
        }
        if (!root.isArray()) {
            throw new IOException(file + ": expected a list of {mutant, reason}");
        }
        for (JsonNode entry : root) {
            JsonNode mutant = entry.get("mutant");
            JsonNode reason = entry.get("reason");
            if (mutant == null || reason == null || reason.asText().isBlank()) {
                throw new IOException(file + ": every entry needs a mutant and the reason it is equivalent: " + entry);
            }
            equivalent.put(mutant.asText(), reason.asText());
        }
        return equivalent;
    }
}
