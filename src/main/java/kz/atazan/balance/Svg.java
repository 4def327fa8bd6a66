package kz.atazan.balance;

import java.util.Locale;

/** The few SVG pieces the charts need, with text escaped so that the document stays well-formed. */
final class Svg {

    private Svg() {}

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String open(int width, int height, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " "
                + height + "\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"" + escape(title) + "\">\n"
                + "<title>" + escape(title) + "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    }

    static String close() {
        return "</svg>\n";
    }

    static String text(double x, double y, String anchor, String text) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\">" + escape(text) + "</text>\n";
    }

    static String line(double x1, double y1, double x2, double y2, String stroke, String extra) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) + "\" stroke=\"" + stroke
                + "\"" + extra + "/>\n";
    }

    static String rect(double x, double y, double w, double h, String fill, String extra) {
        return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\" fill=\"" + fill + "\""
                + extra + "/>\n";
    }
}
