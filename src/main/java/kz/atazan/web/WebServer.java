package kz.atazan.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's own HTTP server carrying the {@link Site}'s answers: no framework, a first answer
 * within a fraction of a second of start. Every answer gets the security headers (a
 * Content-Security-Policy allowing nothing but the site's own scripts and styles). A body is read
 * only from a POST (a scenario file sent to be run) and never beyond a scenario file's largest
 * size, and a slow request is cut off by the executor's bounded pool and the JDK server's own
 * timeouts.
 */
public final class WebServer implements AutoCloseable {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** A POST's body: a scenario file at its largest, as a form encodes it. */
    static final int MOST_BODY_BYTES = Query.MOST_FORM_CHARACTERS;

    private final HttpServer server;
    private final ExecutorService pool;

    private WebServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /** Starts serving the site on host:port (port 0: any free port). */
    public static WebServer start(Site site, String host, int port) throws IOException {
        // the JDK server's limits on a request's time and headers (seconds, and bytes)
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "30"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "60"));
        System.setProperty("sun.net.httpserver.maxReqHeaderSize", System.getProperty("sun.net.httpserver.maxReqHeaderSize", "16384"));
        // without it a kept-alive connection waits for the peer's delayed acknowledgement (about 40 ms)
        // before each answer's last segment leaves: a client asking one question after another gets
        // about 20 answers a second whatever the engine's speed
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 2), r -> {
            Thread t = new Thread(r, "atazan-web");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", exchange -> serve(site, exchange));
        server.start();
        return new WebServer(server, pool);
    }

    private static void serve(Site site, HttpExchange exchange) throws IOException {
        try (exchange) {
            Response response;
            try {
                byte[] body = exchange.getRequestMethod().equals("POST") ? exchange.getRequestBody().readNBytes(MOST_BODY_BYTES + 1) : new byte[0];
                boolean api = exchange.getRequestURI().getRawPath().startsWith("/api/");
                response = body.length > MOST_BODY_BYTES
                        ? Response.problem(413, api ? "application/json" : "text/plain", "body", "the body is larger than " + MOST_BODY_BYTES + " bytes", api)
                        : site.handle(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Accept-Language"),
                                exchange.getRequestHeaders().getFirst("Cookie"), body);
            } catch (RuntimeException e) {
                boolean api = exchange.getRequestURI().getRawPath().startsWith("/api/");
                response = Response.problem(500, "text/plain", "server", "internal error: " + e.getClass().getSimpleName(), api);
            }
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", response.contentType());
            headers.set("Content-Security-Policy", POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            for (List<String> header : response.headers()) {
                headers.add(header.get(0), header.get(1));
            }
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length == 0 ? -1 : response.body().length);
            if (!head && response.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    /** The port listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    public String host() {
        return server.getAddress().getHostString();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
