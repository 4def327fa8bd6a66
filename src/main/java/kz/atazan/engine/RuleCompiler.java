package kz.atazan.engine;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.atazan.text.Sentence;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.DrlParser;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Reads every {@code .drl} file under a folder, checks each rule's citation metadata, and compiles
 * the rules into a Drools executable model. Every problem is reported with its file and line.
 * Used at build time (see {@link RuleBuild}) and at run time for {@code --rules DIR}.
 */
public final class RuleCompiler {

    /** Group and artifact of the compiled model; its resource path is derived from them. */
    static final String GROUP = "kz.atazan";
    static final String ARTIFACT = "rules";

    private static final AtomicInteger BUILDS = new AtomicInteger();
    /** Where Drools messages quote the DRL they could not compile. */
    private static final List<Pattern> QUOTED_DRL = List.of(
            Pattern.compile("Expression (.+?):?$", Pattern.MULTILINE),
            Pattern.compile("expression: (.+)$", Pattern.MULTILINE),
            Pattern.compile("Rule Compilation error.*?rule \"(.+?)\"", Pattern.DOTALL));

    private final OfficialTexts texts;
    private final boolean wordingsMustFollow;

    /** @param texts the official texts to check quotes against, or null to skip that check */
    public RuleCompiler(OfficialTexts texts) {
        this(texts, true);
    }

    /** Without the wording check, so that tests can show {@link Verification} finding a gap itself. */
    public RuleCompiler(OfficialTexts texts, boolean wordingsMustFollow) {
        this.texts = texts;
        this.wordingsMustFollow = wordingsMustFollow;
    }

    public CompiledRules compile(Path folder) throws RuleProblems {
        List<RuleProblem> problems = new ArrayList<>();
        Map<Path, String> sources = readSources(folder, problems);
        List<DeclaredRule> declared = new ArrayList<>();
        boolean parsed = true;
        for (Map.Entry<Path, String> source : sources.entrySet()) {
            parsed &= declare(folder, source.getKey(), source.getValue(), declared, problems);
        }
        problems.addAll(CitationChecks.check(declared, texts, wordingsMustFollow));
        if (!parsed || sources.isEmpty()) {
            // Drools would only repeat the syntax errors; report the citation problems found so far with them
            throw new RuleProblems(problems);
        }

        KieServices kie = KieServices.get();
        ReleaseId release = kie.newReleaseId(GROUP, ARTIFACT, "1." + BUILDS.incrementAndGet());
        KieFileSystem files = kie.newKieFileSystem().generateAndWritePomXML(release);
        sources.forEach((file, text) -> files.write("src/main/resources/" + unixPath(folder.relativize(file)), text));
        KieBuilder builder = kie.newKieBuilder(files);
        try {
            builder.buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // the executable model sometimes throws instead of reporting (drools-notes §3)
            problems.add(new RuleProblem(Workspace.shown(folder), 0, Sentence.of("tools.problem.drools-failed", "detail", String.valueOf(e.getMessage()))));
        }
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(locate(folder, message, sources));
        }
        if (!problems.isEmpty()) {
            throw new RuleProblems(problems);
        }
        return new CompiledRules(release, (InternalKieModule) builder.getKieModule(), declared);
    }

    /** A rule's source: its id, file and line, and the DRL text of its conditions and consequence. */
    public record SourceRule(String key, String file, int line, String conditions, String consequence) {}

    /** Every rule of a folder as written, for the tools that read the DRL itself (mutation testing). */
    public static List<SourceRule> sources(Path folder) throws RuleProblems {
        List<RuleProblem> problems = new ArrayList<>();
        List<SourceRule> rules = new ArrayList<>();
        readSources(folder, problems).forEach((file, text) -> {
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            try {
                PackageDescr descr = parser.parse(false, new StringReader(text));
                if (descr == null || parser.hasErrors()) {
                    problems.add(new RuleProblem(Workspace.shown(file), 0, Sentence.of("tools.problem.unparsable", "detail", parser.getErrors().toString())));
                    return;
                }
                for (RuleDescr rule : descr.getRules()) {
                    String source = text.substring(rule.getStartCharacter(), Math.min(text.length(), rule.getEndCharacter() + 1));
                    int when = source.indexOf("\nwhen");
                    int then = source.lastIndexOf("\nthen");
                    String conditions = when >= 0 && then > when ? source.substring(when, then) : source;
                    rules.add(new SourceRule(rule.getName(), Workspace.shown(file), rule.getLine(),
                            conditions, String.valueOf(rule.getConsequence())));
                }
            } catch (DroolsParserException e) {
                problems.add(new RuleProblem(Workspace.shown(file), e.getLineNumber(), drools(e.getMessage())));
            }
        });
        if (!problems.isEmpty()) {
            throw new RuleProblems(problems);
        }
        return rules;
    }

    private static Map<Path, String> readSources(Path folder, List<RuleProblem> problems) {
        Map<Path, String> sources = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            problems.add(new RuleProblem(Workspace.shown(folder), 0, Sentence.of("tools.problem.not-a-folder")));
            return sources;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                sources.put(file, Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules under " + folder, e);
        }
        if (sources.isEmpty()) {
            problems.add(new RuleProblem(Workspace.shown(folder), 0, Sentence.of("tools.problem.no-files")));
        }
        return sources;
    }

    /** Parses one file and reads the citation of each of its rules; false if the file does not parse. */
    private static boolean declare(Path folder, Path file, String text, List<DeclaredRule> declared, List<RuleProblem> problems) {
        String shown = Workspace.shown(file);
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr descr;
        try {
            descr = parser.parse(false, new StringReader(text));
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(shown, Math.max(0, e.getLineNumber()), drools(e.getMessage())));
            return false;
        }
        if (parser.hasErrors() || descr == null) {
            for (DroolsError error : parser.getErrors()) {
                int[] lines = error.getLines();
                problems.add(new RuleProblem(shown, lines.length > 0 ? lines[0] : 0, drools(error.getMessage())));
            }
            return false;
        }
        String expectedPackage = expectedPackage(folder, file);
        if (!expectedPackage.equals(descr.getName())) {
            problems.add(new RuleProblem(shown, 1, Sentence.of("tools.problem.package", "declared", descr.getName(), "expected", expectedPackage)));
        }
        for (RuleDescr rule : descr.getRules()) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            for (AnnotationDescr annotation : rule.getAnnotations()) {
                if (annotation.isDuplicated()) {
                    problems.add(new RuleProblem(shown, annotation.getLine(), ofRule(rule.getName(),
                            Sentence.of("tools.problem.given-twice", "key", annotation.getName()))));
                }
                metadata.put(annotation.getName(), annotation.getValue());
            }
            String idPrefix = descr.getName() + "." + fileStem(file) + ".";
            if (RuleMetadata.isId(rule.getName()) && !rule.getName().startsWith(idPrefix)) {
                problems.add(new RuleProblem(shown, rule.getLine(), ofRule(rule.getName(), Sentence.of("tools.problem.id-prefix", "prefix", idPrefix))));
            }
            RuleMetadata.Reading reading = RuleMetadata.read(rule.getName(), metadata);
            reading.problems().forEach(p -> problems.add(new RuleProblem(shown, rule.getLine(), ofRule(rule.getName(), p))));
            reading.citation().ifPresent(c -> declared.add(new DeclaredRule(shown, rule.getLine(), descr.getName(), rule.getName(), c)));
        }
        return true;
    }

    /** What Drools itself reported, in its own words. */
    private static Sentence drools(String message) {
        return Sentence.of("tools.problem.drools", "detail", String.valueOf(message));
    }

    private static Sentence ofRule(String rule, Sentence problem) {
        return Sentence.of("tools.problem.rule", "rule", rule, "problem", problem);
    }

    private static String fileStem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".drl".length());
    }

    private static String expectedPackage(Path folder, Path file) {
        Path parent = folder.relativize(file).getParent();
        return parent == null ? "" : unixPath(parent).replace('/', '.');
    }

    /**
     * Maps a Drools message back to the DRL file. The executable model gives line -1 for errors in
     * constraints (drools-notes §3, pitfall 9): then the line holding the quoted expression is used.
     */
    private static RuleProblem locate(Path folder, Message message, Map<Path, String> sources) {
        String path = Optional.ofNullable(message.getPath()).orElse("");
        Path file = folder.resolve(path);
        String text = sources.get(file);
        int line = message.getLine();
        if (line <= 0 && text != null) {
            line = lineOf(text, message.getText());
        }
        return new RuleProblem(text == null ? Workspace.shown(folder) + "/" + path : Workspace.shown(file), line, drools(message.getText().strip()));
    }

    private static int lineOf(String text, String message) {
        String[] lines = text.split("\n", -1);
        for (Pattern quoted : QUOTED_DRL) {
            Matcher m = quoted.matcher(message);
            if (m.find()) {
                String fragment = m.group(1).trim();
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].contains(fragment)) {
                        return i + 1;
                    }
                }
            }
        }
        return 0;
    }

    private static String unixPath(Path path) {
        return path.toString().replace('\\', '/');
    }
}
