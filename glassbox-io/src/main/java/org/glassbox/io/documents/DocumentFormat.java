package org.glassbox.io.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The kinds of source document {@link DocumentImport} reads, known by the file name's extension. */
public enum DocumentFormat {
    /** Plain text: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or GB18030 Chinese. */
    TEXT("txt", "text"),
    /** Markdown, kept as the text it is (decoded as {@link #TEXT}). */
    MARKDOWN("md", "markdown"),
    /** HTML: the page's visible text with its blocks on their own lines. */
    HTML("html", "htm", "xhtml"),
    /** PDF: the text layer in reading order, pages apart by a blank line. */
    PDF("pdf"),
    /** Word (Office Open XML): paragraphs, and tables row by row. */
    DOCX("docx");

    private final List<String> extensions;

    DocumentFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The extensions (lower case, without the dot) that name this format; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    /** The usual extension, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    /** The format {@code file}'s extension names (case-insensitive), or null when none does. */
    public static DocumentFormat of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return null;
        }
        String n = name.toString();
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = n.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DocumentFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return f;
            }
        }
        return null;
    }

    /** Every extension read, with its dot, e.g. {@code .txt, .text, .md, …}. */
    public static List<String> allExtensions() {
        List<String> all = new ArrayList<>();
        for (DocumentFormat f : values()) {
            f.extensions.forEach(e -> all.add("." + e));
        }
        return List.copyOf(all);
    }
}
