package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.atazan.model.Act;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Entity;
import kz.atazan.model.Language;
import kz.atazan.model.Verdict;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The reviewed outputs of one check, one explain, one compare, one exercise sheet and one error
 * message, in each language (src/test/resources/golden/LANG/NAME.txt). A change of wording shows
 * up here line by line; regenerate with {@code -Dgolden.write=true} and review the diff. In Russian
 * and Kazakh no English word may appear, only codes (akim-of-district, consents: [senate]) and the
 * official texts.
 */
class GoldenOutputTest {

    private static final Path FOLDER = Path.of("src/test/resources/golden");
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    /** name, arguments (without --lang) */
    private static final List<List<String>> CASES = List.of(
            List.of("check", "check --actor president --act dismiss --target akim-of-district --on 2023-05-01"),
            List.of("check-2026", "check --actor president --act appoint --target chair-of-constitutional-court --on 2027-03-01"),
            List.of("explain", "explain --actor president --act appoint --target chair-of-national-bank --on 2023-05-01"),
            List.of("compare", "compare --actor president --act appoint --target chair-of-constitutional-court --on 2021-05-01 --on 2024-05-01"
                    + " --on 2027-03-01"));

    private record Output(int exit, String text) {}

    private static Output atazan(Language language, String args) {
        List<String> all = new ArrayList<>(Arrays.asList(args.split(" ")));
        all.addAll(List.of("--lang", language.code()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(all.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), DAY, null, Locale.ENGLISH);
        return new Output(exit, out.toString(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> eachOutputIsTheReviewedOne() {
        boolean write = Boolean.getBoolean("golden.write");
        return CASES.stream().flatMap(c -> Arrays.stream(Language.values()).map(language -> DynamicTest.dynamicTest(
                c.get(0) + " in " + language.code(), () -> {
                    Path file = FOLDER.resolve(language.code()).resolve(c.get(0) + ".txt");
                    String text = atazan(language, c.get(1)).text();
                    if (write) {
                        Files.createDirectories(file.getParent());
                        Files.writeString(file, text);
                    }
                    assertEquals(Files.readString(file), text, file + " (regenerate with -Dgolden.write=true and review the diff)");
                    assertTrue(!text.contains("{") && !text.contains("}"), "a placeholder left unfilled in " + file);
                })));
    }

    @TestFactory
    Stream<DynamicTest> russianAndKazakhOutputHasNoEnglishWord() {
        return CASES.stream().flatMap(c -> Stream.of(Language.RU, Language.KK).map(language -> DynamicTest.dynamicTest(
                c.get(0) + " in " + language.code(), () -> {
                    Set<String> english = englishWords(atazan(language, c.get(1)).text());
                    assertTrue(english.isEmpty(), "English in the " + language.code() + " output of " + c.get(0) + ": " + english);
                })));
    }

    /** Codes a user types (names of the vocabulary, fields of a scenario) and the numbers of laws are not English. */
    private static final Set<String> CODES = codes();

    private static Set<String> codes() {
        Set<String> codes = new TreeSet<>(List.of("atazan", "consents", "proposedBy", "consulted", "opinions", "votes", "initiative", "candidates",
                "circumstances", "appointee", "for", "of", "true", "false", "I", "II", "III", "IV", "VI", "VII", "YYYY", "MM", "DD"));
        Stream.of(Entity.values()).map(Entity::label).forEach(codes::add);
        Stream.of(Act.values()).map(Act::label).forEach(codes::add);
        Stream.of(Circumstance.values()).map(Circumstance::label).forEach(codes::add);
        Stream.of(Verdict.values()).map(Verdict::label).forEach(codes::add);
        Stream.of("--actor", "--act", "--target", "--on", "--lang", "--help", "--consent").forEach(codes::add);
        return codes;
    }

    static Set<String> englishWords(String text) {
        String withoutQuotes = text.replaceAll("«[^»]*»", "").replaceAll("'[^' ]*'", "");
        Set<String> found = new TreeSet<>();
        Matcher token = Pattern.compile("[-A-Za-z0-9]*[A-Za-z][-A-Za-z0-9]*").matcher(withoutQuotes.replaceAll("\\d+-[IVX]+", ""));
        while (token.find()) {
            String t = token.group();
            if (!CODES.contains(t) && !CODES.contains(t.replaceAll("^-+|-+$", ""))) {
                found.add(t);
            }
        }
        return found;
    }
}
