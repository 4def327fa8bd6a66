package kz.atazan.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A version of the rules to compare: a folder of DRL files, or the rules/ folder of the repository
 * at a git revision (extracted with git archive into a temporary folder). A version that is neither
 * fails with an {@link IOException} whose message is what git or tar said, if anything.
 */
public final class RuleVersion {

    private RuleVersion() {}

    /** The folder holding this version's rules. */
    public static Path resolve(String revisionOrFolder) throws IOException {
        Path folder = Path.of(revisionOrFolder);
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path extracted = Files.createTempDirectory("atazan-rules-");
        Path archive = extracted.resolve("rules.tar");
        run(List.of("git", "archive", "--format=tar", "--output=" + archive, revisionOrFolder, "rules"));
        run(List.of("tar", "-xf", archive.toString(), "-C", extracted.toString()));
        Files.delete(archive);
        return extracted.resolve("rules");
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (process.waitFor() != 0) {
                throw new IOException(output.lines().findFirst().orElse(command.get(0) + " exited with " + process.exitValue()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted", e);
        }
    }
}
