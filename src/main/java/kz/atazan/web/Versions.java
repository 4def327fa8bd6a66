package kz.atazan.web;

/** The versions of the parts the page loads from the jar (kept equal to the pom's by WebAssetsTest). */
final class Versions {

    static final String HTMX = "2.0.4";

    private Versions() {}
}
