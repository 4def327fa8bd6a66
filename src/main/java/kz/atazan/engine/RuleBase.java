package kz.atazan.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/** The loaded rules: a Drools rule base and the citation of each of its rules. */
public final class RuleBase {

    /** The index of the model classes the build writes (see {@link CompiledRules#writeTo}). */
    static final String MODEL_INDEX = "META-INF/kie/" + RuleCompiler.GROUP + "/" + RuleCompiler.ARTIFACT + "/drools-model";

    private final KieBase kieBase;
    private final RuleCatalogue catalogue;

    private RuleBase(KieBase kieBase) throws RuleProblems {
        this.kieBase = kieBase;
        this.catalogue = RuleCatalogue.of(kieBase);
    }

    /**
     * The rules compiled at build time into the executable model: the fast path, with no DRL
     * parsing or code generation at start-up. Built directly from the model classes, without a
     * kmodule.xml or KieContainer, which also keeps it safe inside a fat jar (drools-notes §7).
     */
    public static RuleBase builtIn() throws RuleProblems {
        ClassLoader loader = RuleBase.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new RuleProblems(List.of(new RuleProblem("rules", 0,
                        "no compiled rules on the class path (" + MODEL_INDEX + "): build the project with 'mvn package'")));
            }
            BufferedReader index = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = index.readLine(); line != null; line = index.readLine()) {
                String name = line.trim();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                    models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the compiled rule model is incomplete: " + e, e instanceof InvocationTargetException i ? i.getCause() : e);
        }
        return new RuleBase(KieBaseBuilder.createKieBaseFromModel(models));
    }

    /** Compiles the rules of a folder now: slower, for maintainers trying an edit or comparing versions. */
    public static RuleBase compile(Path folder, OfficialTexts texts) throws RuleProblems {
        return compile(new RuleCompiler(texts), folder);
    }

    static RuleBase compile(RuleCompiler compiler, Path folder) throws RuleProblems {
        return new RuleBase(compiler.compile(folder).kieBase());
    }

    KieBase kieBase() {
        return kieBase;
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }
}
