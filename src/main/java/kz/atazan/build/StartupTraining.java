package kz.atazan.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import kz.atazan.cli.Main;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.RuleProblems;
import kz.atazan.web.Site;
import kz.atazan.web.WebServer;

/**
 * The training run the launcher records its start-up cache from (class-data sharing, or the
 * ahead-of-time cache on Java 25 and later): the classes loaded here are mapped from the cache on
 * every later run instead of being loaded from the jar. It does what the common short runs do: one
 * question answered as {@code check} answers it, a power map on a date and between two as
 * {@code powers} draws them, and the web workbench's first page and one API answer served over
 * loopback as {@code serve} serves them.
 */
public final class StartupTraining {

    private static final String[] QUESTION = {"--actor", "president", "--act", "appoint", "--target", "chair-of-national-bank",
        "--consent", "senate", "--on", "2023-05-01"};

    private StartupTraining() {}

    public static void main(String[] args) throws IOException, RuleProblems {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        String[] check = new String[QUESTION.length + 3];
        check[0] = "check";
        check[1] = "--format";
        check[2] = "json";
        System.arraycopy(QUESTION, 0, check, 3, QUESTION.length);
        Main.run(check, nowhere, nowhere);
        // the power map is a short command too: a map is some thousand questions, most of the
        // engine's paths, which a cold run would otherwise load and interpret first
        Main.run(new String[] {"powers", "--on", "2023-05-01"}, nowhere, nowhere);
        Main.run(new String[] {"powers", "--diff", "2021-05-01", "2023-05-01"}, nowhere, nowhere);

        Engine engine = new Engine(RuleBase.builtIn());
        Site site = Site.onBuiltInRules(() -> engine, Clock.systemDefaultZone(), List.of());
        try (WebServer server = WebServer.start(site, InetAddress.getLoopbackAddress().getHostAddress(), 0)) {
            get(server, "/?lang=ru");
            get(server, "/api/check?actor=president&act=appoint&target=chair-of-national-bank&consent=senate&on=2023-05-01&lang=kk");
        }
    }

    private static void get(WebServer server, String target) throws IOException {
        try (Socket socket = new Socket(server.host(), server.port())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try (InputStream answer = socket.getInputStream()) {
                answer.transferTo(OutputStream.nullOutputStream());
            }
        }
    }
}
