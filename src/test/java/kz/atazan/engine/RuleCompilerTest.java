package kz.atazan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Entity;
import kz.atazan.model.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rule, or a rule without its citation, is reported with its file and line. */
class RuleCompilerTest {

    private static final String HEADER = "package president;\n\nimport kz.atazan.model.*;\n\n";
    private static final String CITATION = """
                @provision("Art. 87(4)")
                @edition("LAW_OF_8_JUNE_2022")
                @inForce("2022-06-08/2026-06-30")
                @quote("Президент Республики вправе по своему усмотрению освобождать от должностей акимов областей")
                @checked("2026-11-27")
                @en("The President may dismiss the akims of oblasts at his discretion")
                @ru("Президент вправе по своему усмотрению освобождать от должностей акимов областей")
                @kk("Президент облыс әкімдерін өз қалауы бойынша қызметтерінен босатуға құқылы")
            """;

    @TempDir
    Path rules;

    private Path write(String name, String text) throws IOException {
        Path file = rules.resolve("president").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<RuleProblem> problems() {
        RuleProblems thrown = assertThrows(RuleProblems.class,
                () -> new RuleCompiler(OfficialTexts.load(OfficialTexts.DEFAULT_FOLDER)).compile(rules));
        return thrown.problems();
    }

    @Test
    void aValidRuleCompilesAndAnswers() throws Exception {
        write("dismiss.drl", HEADER + "rule \"president.dismiss.oblast-akims.2022\"\n" + CITATION
                + "when\n    Action(actor == Entity.PRESIDENT, act == Act.DISMISS, target == Entity.AKIM_OF_REGION)\n"
                + "then\n    insert(new Grant());\nend\n");
        Engine engine = new Engine(RuleBase.compile(rules, OfficialTexts.load(OfficialTexts.DEFAULT_FOLDER)));
        Action action = Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_REGION, LocalDate.of(2023, 5, 1));
        assertEquals(Verdict.CONSTITUTIONAL, engine.judge(action).verdict());
        assertEquals(Verdict.UNDETERMINED, engine.judge(action.on(LocalDate.of(2022, 6, 7))).verdict(),
                "before the rule's window nothing speaks, so nothing is constitutional by silence");
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() throws Exception {
        write("broken.drl", HEADER + "rule \"president.broken.rule.2022\"\n" + CITATION + "when\n    Action(actor == Entity.PRESIDENT\nthen\nend\n");
        RuleProblem problem = problems().get(0);
        assertTrue(problem.file().endsWith("president/broken.drl"), problem.toString());
        assertEquals(16, problem.line(), "the parser stops at the 'then' after the unclosed pattern: " + problem);
    }

    @Test
    void aConstraintOnAnUnknownFieldNamesTheLineOfTheConstraint() throws Exception {
        write("field.drl", HEADER + "rule \"president.field.rule.2022\"\n" + CITATION + "when\n    Action(actr == Entity.PRESIDENT)\nthen\nend\n");
        RuleProblem problem = problems().get(0);
        assertTrue(problem.file().endsWith("president/field.drl"), problem.toString());
        assertEquals(15, problem.line(), "the executable model reports line -1; the compiler finds the line: " + problem);
    }

    @Test
    void aRuleWithoutItsCitationIsRejectedWithItsLineAndWhatIsMissing() throws Exception {
        write("bare.drl", HEADER + "\nrule \"president.bare.rule.2022\"\n    @provision(\"Art. 87(4)\")\nwhen\n    Action()\nthen\nend\n");
        List<RuleProblem> problems = problems();
        assertEquals(6, problems.get(0).line());
        String all = problems.toString();
        assertTrue(all.contains("missing @edition") && all.contains("missing @inForce") && all.contains("missing @quote")
                && all.contains("missing @checked") && all.contains("missing @en"), all);
    }

    @Test
    void aRuleWithoutItsSummaryInOneLanguageIsRejectedWithItsFileAndLine() throws Exception {
        write("untranslated.drl", HEADER + "\nrule \"president.untranslated.rule.2022\"\n" + CITATION.replaceAll("(?m)^ *@kk\\(.*\\)\n", "")
                + "when\n    Action()\nthen\nend\n");
        List<RuleProblem> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).file().endsWith("president/untranslated.drl"), problems.toString());
        assertEquals(6, problems.get(0).line());
        assertTrue(problems.get(0).toString().contains("missing @kk"), problems.toString());
    }

    @Test
    void aMisspeltMetadataKeyIsNamedWithTheRightOne() throws Exception {
        write("typo.drl", HEADER + "rule \"president.typo.rule.2022\"\n" + CITATION.replace("@checked", "@chekced") + "when\n    Action()\nthen\nend\n");
        assertTrue(problems().toString().contains("unknown metadata @chekced; did you mean @checked?"));
    }

    @Test
    void aQuoteThatIsNotInTheOfficialTextIsRejected() throws Exception {
        write("misquote.drl", HEADER + "rule \"president.misquote.rule.2022\"\n" + CITATION.replace("по своему усмотрению", "по собственному усмотрению")
                + "when\n    Action()\nthen\nend\n");
        String problem = problems().toString();
        assertTrue(problem.contains("does not stand in docs/sources/constitution/ru-2022-09-17.md"), problem);
    }

    @Test
    void twoWordingsOfOneProvisionInForceOnTheSameDayAreRejected() throws Exception {
        String older = CITATION.replace("LAW_OF_8_JUNE_2022", "TEXT_OF_2019").replace("2022-06-08/2026-06-30", "2019-03-23/2022-06-08")
                .replace("освобождать от должностей акимов областей", "освобождать акимов от должностей");
        write("overlap.drl", HEADER + "rule \"president.overlap.older.2019\"\n" + older + "when\n    Action()\nthen\nend\n\n"
                + "rule \"president.overlap.newer.2022\"\n" + CITATION + "when\n    Action()\nthen\nend\n");
        String problem = problems().toString();
        assertTrue(problem.contains("two wordings in force at once"), problem);
    }

    @Test
    void aWordingBefore2019OfAProvisionNoFamilyDeclaresIsRejected() throws Exception {
        String older = CITATION.replace("Art. 87(4)", "Art. 87(6)").replace("LAW_OF_8_JUNE_2022", "LAW_OF_21_MAY_2007")
                .replace("2022-06-08/2026-06-30", "2007-05-21/2017-03-09")
                .replace("освобождать от должностей акимов областей", "освобождать акимов от должностей");
        write("older.drl", HEADER + "rule \"president.older.akims.2007\"\n" + older + "when\n    Action()\nthen\nend\n");
        String problem = problems().toString();
        assertTrue(problem.contains("Art. 87(6), Constitution of 1995 has a wording of Law No. 254-III of 21 May 2007, before 2019, but no family"), problem);
    }

    @Test
    void aDeclaredProvisionWhoseWordingsBefore2019StartLateIsRejected() throws Exception {
        String older = CITATION.replace("LAW_OF_8_JUNE_2022", "LAW_OF_21_MAY_2007").replace("2022-06-08/2026-06-30", "2007-05-21/2022-06-07")
                .replace("освобождать от должностей акимов областей", "освобождать акимов от должностей");
        write("older.drl", HEADER + "rule \"president.older.akims.2007\"\n" + older + "when\n    Action()\nthen\nend\n\n"
                + "rule \"president.older.oblasts.2022\"\n" + CITATION + "when\n    Action()\nthen\nend\n");
        String problem = problems().toString();
        assertTrue(problem.contains("Art. 87(4), Constitution of 1995 has no wording in force from 30 August 1995 (the original text of 1995, as its family declares)"), problem);
    }

    @Test
    void aFileMustDeclareThePackageOfItsFolder() throws Exception {
        write("package.drl", "package senate;\n\nimport kz.atazan.model.*;\n\nrule \"senate.package.rule.2022\"\n" + CITATION
                + "when\n    Action()\nthen\nend\n");
        assertTrue(problems().toString().contains("must declare 'package president;'"));
    }

    @Test
    void aRuleIsNamedByAnIdOfItsPackageFileAndEdition() throws Exception {
        write("ids.drl", HEADER + "rule \"The President dismisses an oblast akim\"\n" + CITATION + "when\n    Action()\nthen\nend\n\n"
                + "rule \"president.other-file.oblast-akims.2022\"\n" + CITATION + "when\n    Action()\nthen\nend\n\n"
                + "rule \"president.ids.oblast-akims.2019\"\n" + CITATION + "when\n    Action()\nthen\nend\n");
        List<RuleProblem> problems = problems();
        assertEquals(3, problems.size(), "one problem for each rule, and no more: " + problems);
        String all = problems.toString();
        assertTrue(all.contains("ids.drl:5: rule \"The President dismisses an oblast akim\": the rule's name must be its id"), all);
        assertTrue(all.contains("ids.drl:19: rule \"president.other-file.oblast-akims.2022\": the id must start with \"president.ids.\""), all);
        assertTrue(all.contains("ids.drl:33: rule \"president.ids.oblast-akims.2019\": the id must end in \".2022\", the tag of @edition"), all);
    }

    @Test
    void twoRulesMayNotShareAnId() throws Exception {
        String rule = "rule \"president.twice.oblast-akims.2022\"\n" + CITATION + "when\n    Action()\nthen\nend\n";
        write("twice.drl", HEADER + rule);
        Files.createDirectories(rules.resolve("senate"));
        Files.writeString(rules.resolve("senate/twice.drl"), "package senate;\n\nimport kz.atazan.model.*;\n\n"
                + rule.replace("president.twice", "senate.twice"), StandardCharsets.UTF_8);
        write("again.drl", HEADER + rule.replace("president.twice", "president.again") + "\n" + rule.replace("president.twice", "president.again"));
        String all = problems().toString();
        assertTrue(all.contains("the id is already the name of the rule at") || all.contains("Duplicate rule name"), all);
    }

    @Test
    void aKazakhQuoteIsCheckedAgainstTheKazakhText() throws Exception {
        String of2026 = CITATION.replace("LAW_OF_8_JUNE_2022", "CONSTITUTION_OF_2026").replace("2022-06-08/2026-06-30", "2026-07-01/..")
                .replace("Президент Республики вправе по своему усмотрению освобождать от должностей акимов областей",
                        "Президент Республики Казахстан вправе по своему усмотрению освобождать от должностей акимов столицы");
        // typed in Cyrillic throughout, where the stored text mixes in the Latin look-alikes "ə" and "i"
        String kazakh = "Қазақстан Республикасының Президенті өз ұйғаруымен астана, облыс, республикалық маңызы бар қала әкімдерін лауазымынан босатуға құқылы.";
        write("kk.drl", HEADER + "rule \"president.kk.right.2026\"\n" + of2026.replace("@checked", "@quoteKk(\"" + kazakh + "\")\n    @checked")
                + "when\n    Action()\nthen\nend\n\n"
                + "rule \"president.kk.wrong.2026\"\n" + of2026.replace("@checked", "@quoteKk(\"" + kazakh.replace("өз ұйғаруымен", "өз қалауымен")
                        + "\")\n    @checked") + "when\n    Action()\nthen\nend\n");
        List<RuleProblem> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).toString().contains("president.kk.wrong.2026\": the quote does not stand in docs/sources/constitution/kk-2026-03-15.md"),
                problems.toString());
    }
}
