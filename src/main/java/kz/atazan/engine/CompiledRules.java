package kz.atazan.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.builder.ReleaseId;

/** Rules compiled into an executable model, ready to load or to write out as classes. */
public record CompiledRules(ReleaseId release, InternalKieModule module, List<DeclaredRule> declared) {

    /** The list of the generated files written by the last build, so that the next one removes them. */
    static final String WRITTEN = "META-INF/atazan/generated-files";

    /**
     * Writes the generated classes and the model index into a class folder, replacing those of the
     * previous build so that no class of a deleted rule lingers.
     */
    void writeTo(Path classes) throws IOException {
        Path manifest = classes.resolve(WRITTEN);
        if (Files.exists(manifest)) {
            for (String old : Files.readAllLines(manifest)) {
                Files.deleteIfExists(classes.resolve(old));
            }
        }
        List<String> written = new ArrayList<>();
        for (String name : module.getFileNames()) {
            if (isModel(name)) {
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
                written.add(name);
            }
        }
        Files.createDirectories(manifest.getParent());
        Files.write(manifest, written);
    }

    /** The generated rule classes and the model index; not the pom, kmodule or project classes the loader does not use. */
    private static boolean isModel(String name) {
        return name.endsWith(".class") && !name.startsWith("org/drools/project/")
                || name.equals(RuleBase.MODEL_INDEX);
    }
}
