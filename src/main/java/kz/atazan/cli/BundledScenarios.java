package kz.atazan.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's scenario files as built into Atazan (the folder {@code scenarios} of the jar, or of
 * the classes when run from a build): what 'exercises' and 'serve' draw from outside the repository.
 */
final class BundledScenarios {

    private BundledScenarios() {}

    /** The paths given, or else the folder scenarios of the working folder, or failing it the scenarios built in. */
    static List<Path> orDefault(List<Path> given) {
        if (given != null) {
            return given;
        }
        Path here = Path.of("scenarios");
        return List.of(Files.isDirectory(here) ? here : root().orElse(here));
    }

    /** The folder of the scenarios built in, if the build carries them. */
    static Optional<Path> root() {
        URL url = BundledScenarios.class.getResource("/scenarios");
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Optional.of(Path.of(uri));
            }
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            return Optional.of(jar.getPath("/scenarios"));
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
