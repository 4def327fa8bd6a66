package kz.atazan.engine;

import java.nio.file.Path;

/** How paths are shown to users: as they would type them, relative to the working folder. */
public final class Workspace {

    private Workspace() {}

    /** The path relative to the working folder when it lies under it, with forward slashes. */
    public static String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
