package org.glassbox.io.xes;

import org.glassbox.io.log.EventLogFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;

/**
 * A small, strict XML tokenizer for UTF-8 XES files, several times faster than StAX because XES
 * needs only elements and attributes: it reads bytes, decodes only attribute values, and reuses
 * the strings of element names, attribute names and attribute keys.
 *
 * <p>Supported: the XML declaration and processing instructions (skipped), comments, CDATA and
 * character data between elements (ignored), start/end/empty-element tags with single- or
 * double-quoted attributes, the five predefined entities and numeric character references,
 * attribute-value whitespace normalisation. Refused with a positioned
 * {@link EventLogFormatException}: DTDs ({@code <!DOCTYPE}), other entity references, {@code <} in
 * an attribute value, unquoted attributes, mismatched or unclosed tags, content after the root,
 * tags longer than 16 MB. Files declaring an encoding other than UTF-8/ASCII go to StAX instead
 * (the reader checks the declaration first). Not thread-safe; O(bytes).
 */
final class XesScanner implements XmlSource {
    private static final int MAX_TAG = 16 << 20;

    private final InputStream in;
    private final Path name;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private long base; // absolute offset of buf[0]
    private long line = 1;
    private long lineStart; // absolute offset of the current line's first byte
    private boolean eof;

    // current element
    private String local;
    private int attrs;
    private String[] attrName = new String[8];
    private String[] attrValue = new String[8];
    private boolean pendingEnd;
    private String[] stack = new String[32];
    private int depth;
    private boolean rootClosed;
    private long tagLine;
    private long tagColumn;

    private final String[] nameCache = new String[1024];
    private final byte[][] nameBytes = new byte[1024][];
    private final StringBuilder text = new StringBuilder(128);

    XesScanner(InputStream in, Path name) {
        this.in = in;
        this.name = name;
    }

    private EventLogFormatException error(String problem) {
        return new EventLogFormatException(name, tagLine, tagColumn, "malformed XES: " + problem);
    }

    /** Ensures buf[pos + n - 1] is readable; false at end of input. Compacts and grows the buffer. */
    private boolean ensure(int n) throws IOException {
        while (len - pos < n) {
            if (eof) {
                return false;
            }
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, len - pos);
                base += pos;
                len -= pos;
                pos = 0;
            }
            if (len == buf.length) {
                if (buf.length >= MAX_TAG) {
                    throw error("a tag longer than " + MAX_TAG + " bytes");
                }
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int r = in.read(buf, len, buf.length - len);
            if (r < 0) {
                eof = true;
            } else {
                len += r;
            }
        }
        return true;
    }

    @Override
    public int next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            return end(local);
        }
        // skip character data up to the next '<'
        while (true) {
            if (pos == len && !ensure(1)) {
                if (depth > 0) {
                    tagLine = line;
                    tagColumn = base + pos - lineStart + 1;
                    throw error("unexpected end of file: <" + stack[depth - 1] + "> is not closed");
                }
                return XMLStreamConstants.END_DOCUMENT;
            }
            byte b = buf[pos];
            if (b == '<') {
                break;
            }
            if (b == '\n') {
                line++;
                lineStart = base + pos + 1;
            } else if (b == '&' || (rootClosed && b > ' ')) {
                tagLine = line;
                tagColumn = base + pos - lineStart + 1;
                throw error(b == '&' ? "entity reference in character data" : "content after the root element");
            }
            pos++;
        }
        tagLine = line;
        tagColumn = base + pos - lineStart + 1;
        if (!ensure(2)) {
            throw error("unexpected end of file in a tag");
        }
        byte c = buf[pos + 1];
        if (c == '?') {
            skipPast("?>");
            return XMLStreamConstants.PROCESSING_INSTRUCTION;
        }
        if (c == '!') {
            if (startsWith("<!--")) {
                skipPast("-->");
                return XMLStreamConstants.COMMENT;
            }
            if (startsWith("<![CDATA[")) {
                skipPast("]]>");
                return XMLStreamConstants.CDATA;
            }
            if (startsWith("<!DOCTYPE")) {
                return XMLStreamConstants.DTD;
            }
            throw error("unexpected markup '<!'");
        }
        if (c == '/') {
            pos += 2;
            String n = name();
            skipSpace();
            expect('>');
            return end(n);
        }
        pos++;
        return start();
    }

    private int end(String n) throws EventLogFormatException {
        if (depth == 0 || !stack[depth - 1].equals(n)) {
            throw error("end tag </" + n + "> does not match " + (depth == 0 ? "any open element" : "<" + stack[depth - 1] + ">"));
        }
        depth--;
        if (depth == 0) {
            rootClosed = true;
        }
        local = n;
        return XMLStreamConstants.END_ELEMENT;
    }

    private int start() throws IOException {
        if (rootClosed) {
            throw error("content after the root element");
        }
        local = name();
        attrs = 0;
        while (true) {
            boolean space = skipSpace();
            if (!ensure(1)) {
                throw error("unexpected end of file in <" + local + ">");
            }
            byte b = buf[pos];
            if (b == '>') {
                pos++;
                push(local);
                return XMLStreamConstants.START_ELEMENT;
            }
            if (b == '/') {
                pos++;
                expect('>');
                push(local);
                pendingEnd = true;
                return XMLStreamConstants.START_ELEMENT;
            }
            if (!space) {
                throw error("expected whitespace, '>' or '/>' in <" + local + ">");
            }
            String an = name();
            skipSpace();
            expect('=');
            skipSpace();
            if (!ensure(1)) {
                throw error("unexpected end of file in <" + local + ">");
            }
            byte q = buf[pos];
            if (q != '"' && q != '\'') {
                throw error("attribute " + an + " of <" + local + "> is not quoted");
            }
            pos++;
            String v = value(q, "key".equals(an));
            if (attrs == attrName.length) {
                attrName = Arrays.copyOf(attrName, attrs * 2);
                attrValue = Arrays.copyOf(attrValue, attrs * 2);
            }
            attrName[attrs] = an;
            attrValue[attrs++] = v;
        }
    }

    private void push(String n) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = n;
    }

    private boolean skipSpace() throws IOException {
        boolean any = false;
        while (ensure(1)) {
            byte b = buf[pos];
            if (b == ' ' || b == '\t' || b == '\r') {
                pos++;
            } else if (b == '\n') {
                line++;
                lineStart = base + pos + 1;
                pos++;
            } else {
                break;
            }
            any = true;
        }
        return any;
    }

    private void expect(char c) throws IOException {
        if (!ensure(1) || buf[pos] != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private boolean startsWith(String s) throws IOException {
        if (!ensure(s.length())) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void skipPast(String end) throws IOException {
        byte first = (byte) end.charAt(0);
        while (true) {
            if (!ensure(end.length())) {
                throw error("unexpected end of file: '" + end + "' missing");
            }
            byte b = buf[pos];
            if (b == first && startsWith(end)) {
                pos += end.length();
                return;
            }
            if (b == '\n') {
                line++;
                lineStart = base + pos + 1;
            }
            pos++;
        }
    }

    /** An XML name (ASCII fast path; other bytes allowed as in UTF-8 names), shared strings. */
    private String name() throws IOException {
        int start = pos;
        int h = 0;
        while (true) {
            if (pos == len) {
                int off = pos - start;
                pos = start;
                if (!ensure(off + 1)) {
                    throw error("unexpected end of file in a name");
                }
                start = pos;
                pos = start + off;
            }
            byte b = buf[pos];
            if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '>' || b == '/' || b == '=' || b == '"'
                    || b == '\'' || b == '<' || b == '&') {
                break;
            }
            h = 31 * h + b;
            pos++;
        }
        if (pos == start) {
            throw error("a name was expected");
        }
        return cached(start, pos - start, h);
    }

    private String cached(int start, int n, int h) {
        int slot = (h ^ (h >>> 10)) & (nameCache.length - 1);
        byte[] b = nameBytes[slot];
        if (b != null && Arrays.equals(b, 0, b.length, buf, start, start + n)) {
            return nameCache[slot];
        }
        String s = new String(buf, start, n, StandardCharsets.UTF_8);
        nameCache[slot] = s;
        nameBytes[slot] = Arrays.copyOfRange(buf, start, start + n);
        return s;
    }

    /** An attribute value up to the closing quote, decoded, entities resolved, whitespace normalised. */
    private String value(byte quote, boolean cache) throws IOException {
        int start = pos;
        int h = 0;
        boolean simple = true;
        while (true) {
            if (pos == len) {
                int off = pos - start;
                pos = start;
                if (!ensure(off + 1)) {
                    throw error("unexpected end of file in an attribute value");
                }
                start = pos;
                pos = start + off;
            }
            byte b = buf[pos];
            if (b == quote) {
                break;
            }
            if (b == '<') {
                throw error("'<' in an attribute value");
            }
            if (b == '&' || b == '\n' || b == '\t' || b == '\r') {
                simple = false;
                if (b == '\n') {
                    line++;
                    lineStart = base + pos + 1;
                }
            }
            h = 31 * h + b;
            pos++;
        }
        int n = pos - start;
        pos++; // closing quote
        if (simple) {
            return cache ? cached(start, n, h) : new String(buf, start, n, StandardCharsets.UTF_8);
        }
        return decode(start, n);
    }

    private String decode(int start, int n) throws EventLogFormatException {
        String raw = new String(buf, start, n, StandardCharsets.UTF_8);
        text.setLength(0);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\t' || c == '\r') {
                text.append(' ');
            } else if (c == '&') {
                int semi = raw.indexOf(';', i);
                if (semi < 0) {
                    throw error("unterminated entity reference in an attribute value");
                }
                String ent = raw.substring(i + 1, semi);
                switch (ent) {
                    case "lt" -> text.append('<');
                    case "gt" -> text.append('>');
                    case "amp" -> text.append('&');
                    case "quot" -> text.append('"');
                    case "apos" -> text.append('\'');
                    default -> {
                        if (ent.startsWith("#")) {
                            int cp;
                            try {
                                cp = ent.startsWith("#x") ? Integer.parseInt(ent.substring(2), 16) : Integer.parseInt(ent.substring(1));
                            } catch (NumberFormatException e) {
                                throw error("bad character reference &" + ent + ";");
                            }
                            if (!Character.isValidCodePoint(cp) || cp == 0) {
                                throw error("bad character reference &" + ent + ";");
                            }
                            text.appendCodePoint(cp);
                        } else {
                            throw error("undeclared entity &" + ent + "; (DTDs and entities are not allowed)");
                        }
                    }
                }
                i = semi;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    @Override
    public String localName() {
        return local;
    }

    @Override
    public int attributeCount() {
        return attrs;
    }

    @Override
    public String attributeName(int i) {
        return attrName[i];
    }

    @Override
    public String attributeValue(int i) {
        return attrValue[i];
    }

    @Override
    public String attributeValue(String n) {
        for (int i = 0; i < attrs; i++) {
            if (attrName[i].equals(n)) {
                return attrValue[i];
            }
        }
        return null;
    }

    @Override
    public long line() {
        return tagLine;
    }

    @Override
    public long column() {
        return tagColumn;
    }

    @Override
    public void close() {
        // the caller closes the stream
    }
}
