package kz.atazan.engine;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import kz.atazan.model.Period;
import kz.atazan.text.Sentence;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * The loaded rules: the executable model of every rule with its citation, and the Drools rule
 * bases built from it as they are needed: of every rule, of the rules in force in one wording
 * window (a question about one day needs no other), and of the rules that read more than one action.
 */
public final class RuleBase {

    /** The index of the model classes the build writes (see {@link CompiledRules#writeTo}). */
    static final String MODEL_INDEX = "META-INF/kie/" + RuleCompiler.GROUP + "/" + RuleCompiler.ARTIFACT + "/drools-model";

    /** The fingerprint of the DRL files the built-in model was compiled from (see {@link #fingerprint}). */
    static final String FINGERPRINT = "META-INF/kie/" + RuleCompiler.GROUP + "/" + RuleCompiler.ARTIFACT + "/rules.sha256";

    private final List<Rule> rules;
    private final RuleCatalogue catalogue;
    private final Optional<String> builtFrom;
    private volatile KieBase whole;
    private volatile Map<String, RuleShape> shapes;
    private volatile List<String> readingMoreRules;
    private volatile List<String> judgedDayByDay;
    private volatile boolean readingMoreIsPositive;
    private volatile Optional<Set<Class<?>>> readByReadingMore;
    private volatile KieBase readingMore;
    /** {@link #readByReadingMore(Object)} by the fact's class. */
    private final Map<Class<?>, Boolean> readByClass = new ConcurrentHashMap<>();
    private final Map<Period, KieBase> byWindow = new ConcurrentHashMap<>();

    private RuleBase(List<Rule> rules, Optional<String> builtFrom) throws RuleProblems {
        this.rules = List.copyOf(rules);
        this.catalogue = RuleCatalogue.of(this.rules);
        this.builtFrom = builtFrom;
    }

    /**
     * The fingerprint of the DRL files these rules were compiled from at build time; empty for
     * rules compiled now. What the build derived from the same rules holds for these ones.
     */
    public Optional<String> builtFrom() {
        return builtFrom;
    }

    /**
     * The rules compiled at build time into the executable model: the fast path, with no DRL
     * parsing or code generation at start-up. Built directly from the model classes, without a
     * kmodule.xml or KieContainer, which also keeps it safe inside a fat jar (drools-notes §7).
     */
    public static RuleBase builtIn() throws RuleProblems {
        ClassLoader loader = RuleBase.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new RuleProblems(List.of(new RuleProblem("rules", 0, Sentence.of("tools.problem.not-built", "index", MODEL_INDEX))));
            }
            return new RuleBase(rulesOf(in, loader), builtInFingerprint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fingerprint of the DRL files the rules compiled into the build were compiled from, read without loading them. */
    public static Optional<String> builtInFingerprint() {
        try (InputStream f = RuleBase.class.getClassLoader().getResourceAsStream(FINGERPRINT)) {
            return f == null ? Optional.empty() : Optional.of(new String(f.readAllBytes(), StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles the rules of a folder now: slower, for maintainers trying an edit or comparing versions. */
    public static RuleBase compile(Path folder, OfficialTexts texts) throws RuleProblems {
        return compile(new RuleCompiler(texts), folder);
    }

    public static RuleBase compile(RuleCompiler compiler, Path folder) throws RuleProblems {
        InternalKieModule module = compiler.compile(folder).module();
        ClassLoader loader = new ModuleClassLoader(module, RuleBase.class.getClassLoader());
        try {
            return new RuleBase(rulesOf(new ByteArrayInputStream(module.getBytes(MODEL_INDEX)), loader), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rules of a folder: the built-in ones if they were compiled from the very same files (as
     * when the folder is the repository's rules/ and the jar was built from it), else compiled now.
     * Compiling takes many seconds; comparing the files' fingerprint takes milliseconds.
     */
    public static RuleBase of(Path folder) throws RuleProblems {
        try {
            Optional<String> built = builtInFingerprint();
            if (built.isPresent() && built.get().equals(fingerprint(folder))) {
                return builtIn();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compile(folder, null);
    }

    /** A digest of every DRL file under a folder, by its path in the folder and its bytes. */
    public static String fingerprint(Path folder) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path file : files) {
            digest.update(folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every rule of the model classes an index lists. */
    private static List<Rule> rulesOf(InputStream index, ClassLoader loader) throws IOException {
        List<Rule> rules = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                try {
                    rules.addAll(((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance()).getRules());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("the compiled rule model is incomplete: " + e,
                            e instanceof InvocationTargetException i ? i.getCause() : e);
                }
            }
        }
        return rules;
    }

    /** The classes a rule build generated, loaded from its bytes before any class of the same name elsewhere. */
    private static final class ModuleClassLoader extends ClassLoader {
        private final InternalKieModule module;

        ModuleClassLoader(InternalKieModule module, ClassLoader parent) {
            super(parent);
            this.module = module;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    byte[] bytes = module.getBytes(name.replace('.', '/') + ".class");
                    loaded = bytes != null ? defineClass(name, bytes, 0, bytes.length) : super.loadClass(name, false);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] bytes = module.getBytes(name);
            return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
        }
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    /** A Drools rule base of every rule. */
    KieBase kieBase() {
        KieBase kieBase = whole;
        if (kieBase == null) {
            synchronized (this) {
                if (whole == null) {
                    whole = kieBaseOf(rule -> true);
                }
                kieBase = whole;
            }
        }
        return kieBase;
    }

    /** A Drools rule base of the rules in force on a day (and on every day of its wording window). */
    KieBase kieBaseOn(LocalDate day) {
        Period window = catalogue.windowOf(day).orElse(null);
        if (window == null) {
            return kieBaseOf(rule -> false);
        }
        return byWindow.computeIfAbsent(window, w -> kieBaseOf(rule -> catalogue.citation(rule).inForce().contains(w.from())));
    }

    /** A Drools rule base of the rules that read more than the one action they match, or read it unbound. */
    KieBase readingMore() {
        KieBase kieBase = readingMore;
        if (kieBase == null) {
            synchronized (this) {
                if (readingMore == null) {
                    readingMore = kieBaseOf(rule -> shape(rule) != RuleShape.ONE_ACTION);
                }
                kieBase = readingMore;
            }
        }
        return kieBase;
    }

    private volatile KieBase oneAction;

    /** A Drools rule base of the rules that read the one action they match and nothing else. */
    KieBase oneAction() {
        KieBase kieBase = oneAction;
        if (kieBase == null) {
            synchronized (this) {
                if (oneAction == null) {
                    oneAction = kieBaseOf(rule -> shape(rule) == RuleShape.ONE_ACTION);
                }
                kieBase = oneAction;
            }
        }
        return kieBase;
    }

    private KieBase kieBaseOf(Predicate<String> chosen) {
        return KieBaseBuilder.createKieBaseFromModel(List.of(new ModelImpl().withRules(rules.stream().filter(r -> chosen.test(r.getName())).toList())));
    }

    /** What the rule's conditions read. */
    RuleShape shape(String rule) {
        RuleShape shape = shapes().get(rule);
        if (shape == null) {
            throw new IllegalStateException("no rule " + rule);
        }
        return shape;
    }

    private synchronized Map<String, RuleShape> shapes() {
        Map<String, RuleShape> known = shapes;
        if (known == null) {
            known = new HashMap<>();
            for (KiePackage kiePackage : kieBase().getKiePackages()) {
                for (org.kie.api.definition.rule.Rule rule : kiePackage.getRules()) {
                    known.put(rule.getName(), RuleShape.of(rule));
                }
            }
            boolean positive = true;
            for (KiePackage kiePackage : kieBase().getKiePackages()) {
                for (org.kie.api.definition.rule.Rule rule : kiePackage.getRules()) {
                    positive &= known.get(rule.getName()) == RuleShape.ONE_ACTION || RuleShape.positive(rule);
                }
            }
            readingMoreIsPositive = positive;
            Set<Class<?>> read = new HashSet<>();
            boolean everyClassKnown = true;
            for (KiePackage kiePackage : kieBase().getKiePackages()) {
                for (org.kie.api.definition.rule.Rule rule : kiePackage.getRules()) {
                    if (known.get(rule.getName()) != RuleShape.ONE_ACTION) {
                        Optional<Set<Class<?>>> classes = RuleShape.classesRead(rule);
                        classes.ifPresent(read::addAll);
                        everyClassKnown &= classes.isPresent();
                    }
                }
            }
            readByReadingMore = everyClassKnown ? Optional.of(Set.copyOf(read)) : Optional.empty();
            readingMoreRules = known.entrySet().stream().filter(e -> e.getValue() != RuleShape.ONE_ACTION).map(Map.Entry::getKey).sorted().toList();
            judgedDayByDay = known.entrySet().stream().filter(e -> e.getValue() == RuleShape.OTHER).map(Map.Entry::getKey).sorted().toList();
            shapes = known;
        }
        return known;
    }

    /**
     * Whether some rule that reads more than one action may read the fact: a finding of a class none
     * of them reads cannot make one fire, and need not be put before them.
     */
    boolean readByReadingMore(Object fact) {
        shapes();
        // asked of every finding of every action surveyed: the answer for its class is kept
        return readByReadingMore.isEmpty()
                || readByClass.computeIfAbsent(fact.getClass(), k -> readByReadingMore.get().stream().anyMatch(c -> c.isAssignableFrom(k)));
    }

    /** Whether some rule reads more than the one action it matches. */
    boolean someRuleReadsMore() {
        return !readingMoreRules().isEmpty();
    }

    /** The rules that read more than the one action they match, or read it unbound. */
    List<String> readingMoreRules() {
        shapes();
        return readingMoreRules;
    }

    /**
     * Whether every rule that reads more than one action holds no negation: among many actions in
     * one session, such a rule then fires if it would for any one of them alone.
     */
    boolean readingMoreIsPositive() {
        shapes();
        return readingMoreIsPositive;
    }

    /** The rules whose conclusions on a day can depend on more than the action and the rules in force (none, as written). */
    List<String> judgedDayByDay() {
        shapes();
        return judgedDayByDay;
    }
}
