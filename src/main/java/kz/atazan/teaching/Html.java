package kz.atazan.teaching;

/** Writing text into an HTML page safely. */
final class Html {

    private Html() {}

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** The head of a self-contained page: its title and a style sheet that also prints and projects well. */
    static String head(String title) {
        return head(title, kz.atazan.text.Words.in(kz.atazan.model.Language.EN));
    }

    /** The head of a page in a language: its {@code lang} and title. */
    static String head(String title, kz.atazan.text.Words words) {
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 2rem; color: #111; font-size: 17px; }
                h1 { font-size: 1.6rem; margin-bottom: .2rem; }
                p.lead { color: #444; margin-top: 0; }
                table { border-collapse: collapse; width: 100%%; margin: 1rem 0 2rem; }
                th, td { border: 1px solid #bbb; padding: .35rem .55rem; text-align: left; vertical-align: top; }
                th { background: #e8eef6; }
                tr:nth-child(even) td { background: #f7f9fc; }
                code { font-size: .8em; color: #555; }
                .ru { font-family: Georgia, serif; }
                tr.gained td:first-child { color: #0a6b2d; font-weight: bold; }
                tr.lost td:first-child { color: #a3141b; font-weight: bold; }
                tr.changed td:first-child, tr.reworded td:first-child { color: #7a5200; font-weight: bold; }
                .question { border: 1px solid #bbb; border-radius: 6px; padding: .6rem 1rem; margin: 1rem 0; page-break-inside: avoid; }
                .answer { margin-top: .6rem; }
                figure { margin: 1rem 0; }
                figcaption { color: #444; }
                @media print { body { margin: 1cm; font-size: 12pt; } }
                </style>
                </head>
                <body>
                """.formatted(words.language().code(), escape(title));
    }

    static String foot() {
        return foot(kz.atazan.text.Words.in(kz.atazan.model.Language.EN));
    }

    static String foot(kz.atazan.text.Words words) {
        return "<p class=\"lead\">" + escape(words.say("page.foot")) + "</p>\n</body>\n</html>\n";
    }

    /** "the Senate of Parliament", capitalised, with its vocabulary name beneath: how a page names an entity. */
    static String named(String meaning, String label) {
        return escape(capitalised(meaning)) + "<br><code>" + escape(label) + "</code>";
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
