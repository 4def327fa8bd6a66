package kz.atazan.teaching;

/** How a sheet, or its key, is written: Markdown to print or edit, or a self-contained HTML page. */
public enum SheetFormat {
    MARKDOWN("md"), HTML("html");

    private final String extension;

    SheetFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
