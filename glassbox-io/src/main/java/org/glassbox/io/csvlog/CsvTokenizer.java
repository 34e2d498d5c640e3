package org.glassbox.io.csvlog;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.io.log.EventLogFormatException;

/** RFC 4180 record splitter over a reader, tracking lines for error positions. */
final class CsvTokenizer {
    private final Reader in;
    private final char sep;
    private final Path name;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private long recordLine;
    private final StringBuilder field = new StringBuilder(64);

    CsvTokenizer(Reader in, char sep, Path name) {
        this.in = in;
        this.sep = sep;
        this.name = name;
    }

    long recordLine() {
        return recordLine;
    }

    private int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    /** The next record's fields, or null at the end of input. */
    List<String> next() throws IOException {
        return next(null);
    }

    /**
     * The next record's fields, or null at the end of input; fields whose index is false in
     * {@code wanted} are parsed but not materialised (they come back as the empty string).
     */
    List<String> next(boolean[] wanted) throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        recordLine = line;
        List<String> out = new ArrayList<>(24);
        field.setLength(0);
        long col = 1;
        boolean keep = wanted == null || wanted.length == 0 || wanted[0];
        boolean atStart = true;
        while (true) {
            if (c == '"' && atStart) {
                long qLine = line;
                long qCol = col;
                while (true) {
                    c = read();
                    col++;
                    if (c < 0) {
                        throw new EventLogFormatException(name, qLine, qCol, "unterminated quoted field");
                    }
                    if (c == '"') {
                        c = read();
                        col++;
                        if (c == '"') {
                            if (keep) {
                                field.append('"');
                            }
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        line++;
                        col = 0;
                    }
                    if (keep) {
                        field.append((char) c);
                    }
                }
                if (c != sep && c != '\n' && c != '\r' && c >= 0) {
                    throw new EventLogFormatException(name, line, col, "unexpected character after a quoted field");
                }
            }
            if (c == sep) {
                out.add(keep ? field.toString() : "");
                field.setLength(0);
                keep = wanted == null || out.size() >= wanted.length || wanted[out.size()];
                atStart = true;
                c = read();
                col++;
                continue;
            } else if (c == '\n' || c < 0) {
                out.add(keep ? field.toString() : "");
                if (c == '\n') {
                    line++;
                }
                return out;
            } else if (c == '\r') {
                out.add(keep ? field.toString() : "");
                int d = read();
                if (d != '\n' && d >= 0) {
                    pos--;
                }
                line++;
                return out;
            } else {
                atStart = false;
                if (keep) {
                    field.append((char) c);
                }
                // fast path: the rest of an unquoted field that lies in the buffer
                int start = pos;
                while (pos < len) {
                    char ch = buf[pos];
                    if (ch == sep || ch == '\n' || ch == '\r') {
                        break;
                    }
                    pos++;
                }
                if (keep && pos > start) {
                    field.append(buf, start, pos - start);
                }
                col += pos - start;
            }
            c = read();
            col++;
        }
    }
}
