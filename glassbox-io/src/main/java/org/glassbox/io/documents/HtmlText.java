package org.glassbox.io.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page's visible text, by jsoup: the encoding from the byte-order mark or the page's
 * {@code <meta charset>}, else UTF-8 — or GB18030, with a note, when the bytes are not UTF-8 but are
 * GB18030 Chinese by {@link PlainText}'s test; scripts, styles, templates, embedded objects and {@code hidden}
 * elements dropped; the body's text with its structure kept — a heading or paragraph is a line with a blank
 * line after it, a list item, definition, caption or table row is a line of its own (a row's cells apart by
 * a tab), {@code <br>} breaks a line, {@code <pre>} keeps its white space; elsewhere white space runs are
 * one space, as a browser shows them.
 */
final class HtmlText {
    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, svg, math,"
            + " canvas, [hidden]";
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "table", "ul", "ol", "dl", "figure", "hr", "address");
    private static final Set<String> LINES = Set.of("li", "dt", "dd", "tr", "caption", "figcaption", "div",
            "section", "article", "header", "footer", "nav", "aside", "main", "form", "fieldset", "legend",
            "details", "summary", "thead", "tbody", "tfoot", "option", "center");

    private HtmlText() {
    }

    /** The page's text and the notes. */
    record Page(String text, List<String> notes) {
    }

    static Page read(Path file, byte[] bytes) throws DocumentImportException {
        List<String> notes = new ArrayList<>();
        Document doc = parse(file, bytes, null);
        if (doc.charset().equals(StandardCharsets.UTF_8) && !PlainText.isUtf8(bytes)
                && PlainText.tryGb18030(bytes) != null) {
            // no charset declared (else jsoup would have taken it), not UTF-8, but GB18030 Chinese: an old page
            doc = parse(file, bytes, "GB18030");
            notes.add("decoded as GB18030 (no charset declared, not UTF-8); stored as UTF-8");
        }
        doc.select(DROPPED).remove();
        Element body = doc.body();
        Lines out = new Lines();
        NodeTraversor.traverse(out, body);
        return new Page(out.sb.toString(), notes);
    }

    private static Document parse(Path file, byte[] bytes, String charset) throws DocumentImportException {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
        } catch (IOException | RuntimeException e) {
            throw new DocumentImportException(file, DocumentImportException.Reason.MALFORMED,
                    "cannot be read as HTML: " + DocumentImport.describe(e), e);
        }
    }

    /** Writes the text of the nodes it visits, breaking lines at the block elements. */
    private static final class Lines implements NodeVisitor {
        private final StringBuilder sb = new StringBuilder();
        private int pre;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t.getWholeText());
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("pre")) {
                    pre++;
                }
                if (name.equals("br")) {
                    sb.append('\n');
                } else if (PARAGRAPHS.contains(name)) {
                    blankLine();
                } else if (LINES.contains(name)) {
                    lineBreak();
                } else if ((name.equals("td") || name.equals("th")) && e.elementSiblingIndex() > 0) {
                    trimTrailingSpace();
                    sb.append('\t');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("pre")) {
                    pre--;
                }
                if (PARAGRAPHS.contains(name)) {
                    blankLine();
                } else if (LINES.contains(name)) {
                    lineBreak();
                }
            }
        }

        private void text(String s) {
            if (pre > 0) {
                sb.append(s);
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    if (sb.length() > 0 && !atBlank()) {
                        sb.append(' ');
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        /** At the start of a line, after a space or after a tab: no further space belongs there. */
        private boolean atBlank() {
            char last = sb.charAt(sb.length() - 1);
            return last == ' ' || last == '\n' || last == '\t';
        }

        private void trimTrailingSpace() {
            while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                sb.setLength(sb.length() - 1);
            }
        }

        private void lineBreak() {
            trimTrailingSpace();
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
        }

        private void blankLine() {
            lineBreak();
            if (sb.length() > 0 && (sb.length() < 2 || sb.charAt(sb.length() - 2) != '\n')) {
                sb.append('\n');
            }
        }
    }
}
