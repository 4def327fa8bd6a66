package kz.atazan.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** An answer to a request: status, content type, body, and any headers of its own. */
public record Response(int status, String contentType, byte[] body, List<List<String>> headers) {

    public Response {
        headers = List.copyOf(headers);
    }

    static Response html(int status, String page) {
        return new Response(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), List.of());
    }

    static Response json(int status, String document) {
        return new Response(status, "application/json; charset=utf-8", document.getBytes(StandardCharsets.UTF_8), List.of());
    }

    /** A dataset to save: CSV, offered as a file of this name. */
    static Response csv(String filename, String document) {
        return new Response(200, "text/csv; charset=utf-8", document.getBytes(StandardCharsets.UTF_8),
                List.of(List.of("Content-Disposition", "attachment; filename=\"" + filename + "\"")));
    }

    Response withCookie(String cookie) {
        List<List<String>> more = new ArrayList<>(headers);
        more.add(List.of("Set-Cookie", cookie));
        return new Response(status, contentType, body, more);
    }

    /** A 400 listing each problem with where it is: JSON for the API, plain text otherwise. */
    static Response badRequest(BadRequest e, boolean json) {
        if (json) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("error", "bad-request");
            ArrayNode problems = root.putArray("problems");
            e.problems().forEach(p -> problems.addObject().put("parameter", p.where()).put("message", p.what()));
            return json(400, Site.write(root));
        }
        StringBuilder text = new StringBuilder("400 Bad Request\n");
        e.problems().forEach(p -> text.append(p.where()).append(": ").append(p.what()).append('\n'));
        return new Response(400, "text/plain; charset=utf-8", text.toString().getBytes(StandardCharsets.UTF_8), List.of());
    }

    /** Another error (404, 405, 413, 500), in the same shape as a 400. */
    static Response problem(int status, String type, String where, String what, boolean json) {
        if (json) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("error", switch (status) {
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 413 -> "too-large";
                default -> "internal-error";
            });
            root.putArray("problems").addObject().put("parameter", where).put("message", what);
            return json(status, Site.write(root));
        }
        String text = status + "\n" + where + ": " + what + "\n";
        return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), List.of());
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
