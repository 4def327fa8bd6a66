package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** atazan balance: its formats, its languages and its exit codes. */
class BalanceCommandTest {

    private record Run(int exit, String out, String err) {}

    private static Run atazan(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC(), null, Locale.ENGLISH);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theTableInEachLanguage() {
        Run en = atazan("balance", "--from", "2021-01-01", "--to", "2023-12-31");
        assertEquals(0, en.exit(), en.err());
        assertTrue(en.out().startsWith("The President's powers on the published scales"), en.out());
        assertTrue(en.out().contains("2019-03-23 – 2022-06-07  9 of 16, 2 undetermined"), en.out());
        Run ru = atazan("balance", "--on", "2027-03-01", "--lang", "ru");
        assertEquals(0, ru.exit(), ru.err());
        assertTrue(ru.out().startsWith("Полномочия Президента Республики по опубликованным шкалам"), ru.out());
        assertTrue(ru.out().contains("2027-01-01 –"), ru.out());
        Run kk = atazan("balance", "--on", "2021-05-01", "--lang", "kk");
        assertEquals(0, kk.exit(), kk.err());
        assertTrue(kk.out().contains("Сиарофф"), kk.out());
    }

    @Test
    void theDatasetAsCsvAndJson() throws Exception {
        Run csv = atazan("balance", "--on", "2023-05-01", "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(csv.out().startsWith("period_from,period_to,scale,item,score,max,basis,actor,act,target,"), csv.out());
        assertTrue(csv.out().contains("2023-01-19,2026-06-30,siaroff,veto,1,1,siaroff-veto.yes,president,return-law,law,"), csv.out());
        Run json = atazan("balance", "--on", "2027-03-01", "--format", "json");
        assertEquals(0, json.exit(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(10, root.get("periods").get(0).get("totals").get("shugart-carey-legislative").get("score").asInt());
    }

    @Test
    void thePageAndTheChart() {
        Run html = atazan("balance", "--format", "html");
        assertEquals(0, html.exit(), html.err());
        assertTrue(html.out().startsWith("<!DOCTYPE html>") && html.out().contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        Run svg = atazan("balance", "--on", "2021-05-01", "--on", "2027-03-01", "--format", "svg");
        assertEquals(0, svg.exit(), svg.err());
        assertTrue(svg.out().startsWith("<svg"), svg.out());
    }

    @Test
    void badInputExitsWithTwo() {
        assertEquals(2, atazan("balance", "--from", "2023-13-01").exit());
        assertEquals(2, atazan("balance", "--from", "2024-01-01", "--to", "2023-01-01").exit());
        assertEquals(2, atazan("balance", "--on", "2021-05-01", "--from", "2020-01-01").exit());
        assertEquals(2, atazan("balance", "--to", "2018-01-01").exit());
        assertEquals(2, atazan("balance", "--format", "pdf").exit());
        Run help = atazan("balance", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Exit codes:"), help.out());
    }
}
