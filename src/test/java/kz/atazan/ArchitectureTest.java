package kz.atazan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import kz.atazan.text.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages depend in one direction: build -> cli -> web -> teaching or audit -> scenario -> engine -> model
 * (build, the steps the build and the launcher run, cli and web may skip layers). The maintainers' tools (audit) and the teaching commands do not use each other.
 * text, the words in three languages, stands beside them on top of model alone, and only the layers
 * that present results use it. The engine concludes data, never sentences: of text it may only choose
 * a {@link Sentence} for a problem in the rules, which the edge says in the reader's language.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.atazan");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("build").definedBy("kz.atazan.build..")
                .layer("cli").definedBy("kz.atazan.cli..")
                .layer("web").definedBy("kz.atazan.web..")
                .layer("teaching").definedBy("kz.atazan.teaching..")
                .layer("balance").definedBy("kz.atazan.balance..")
                .layer("audit").definedBy("kz.atazan.audit..")
                .layer("scenario").definedBy("kz.atazan.scenario..")
                .layer("engine").definedBy("kz.atazan.engine..")
                .layer("text").definedBy("kz.atazan.text..")
                .layer("model").definedBy("kz.atazan.model..")
                .whereLayer("build").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("build")
                .whereLayer("web").mayOnlyBeAccessedByLayers("build", "cli")
                .whereLayer("teaching").mayOnlyBeAccessedByLayers("build", "cli", "web")
                .whereLayer("balance").mayOnlyBeAccessedByLayers("cli", "web")
                .whereLayer("audit").mayOnlyBeAccessedByLayers("build", "cli", "web")
                .whereLayer("scenario").mayOnlyBeAccessedByLayers("teaching", "audit", "cli", "web")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("build", "teaching", "balance", "audit", "scenario", "cli", "web")
                .whereLayer("text").mayOnlyBeAccessedByLayers("engine", "scenario", "teaching", "balance", "audit", "cli", "web")
                .whereLayer("model").mayOnlyBeAccessedByLayers("build", "engine", "scenario", "teaching", "balance", "audit", "cli", "text", "web")
                .check(classes);
    }

    @Test
    void theEngineKeepsNoMutationHooks() {
        // mutants are judged by the maintainers' tools from what the engine concludes, not by the engine
        noClasses().that().resideInAPackage("kz.atazan.engine..")
                .should().dependOnClassesThat().haveSimpleNameContaining("Mutant")
                .orShould().dependOnClassesThat().haveSimpleNameContaining("Variant")
                .check(classes);
    }

    @Test
    void theEngineChoosesSentencesButNeverSaysThem() {
        noClasses().that().resideInAPackage("kz.atazan.engine..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("kz.atazan.text..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(Sentence.class))))
                .check(classes);
    }

    @Test
    void theWordsDependOnTheModelAlone() {
        noClasses().that().resideInAPackage("kz.atazan.text..")
                .should().dependOnClassesThat().resideInAnyPackage("kz.atazan.engine..", "kz.atazan.scenario..", "kz.atazan.teaching..",
                        "kz.atazan.cli..", "org.kie..", "org.drools..", "com.fasterxml..", "picocli..")
                .check(classes);
    }

    @Test
    void theModelIsPlainTypes() {
        noClasses().that().resideInAPackage("kz.atazan.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "com.fasterxml..", "picocli..")
                .check(classes);
    }

    @Test
    void onlyTheEngineKnowsDroolsAndOnlyTheCliKnowsPicocli() {
        noClasses().that().resideOutsideOfPackage("kz.atazan.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("kz.atazan.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }
}
