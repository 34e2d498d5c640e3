package org.glassbox.io.caseformat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small streaming RFC 4180 parser over UTF-8 bytes (a leading byte-order mark is skipped).
 * Rows are separated by CRLF, LF or CR; fields by commas; a field may be quoted with {@code "}
 * and then hold commas, line breaks and doubled quotes. Lines are counted physically, so a row is
 * reported at the line where it starts even when a quoted field spans lines; columns are 1-based
 * field positions.
 *
 * <p>Hostile input is refused with a {@link CsvException}, never by running out of memory: a field
 * longer than {@link #MAX_FIELD_CHARS}, a row with more than {@link #MAX_COLUMNS} fields or
 * longer than {@link #MAX_ROW_CHARS}, bytes that are not UTF-8, NUL characters, and a quoted field
 * left open at the end of the file. A quote in the wrong place (inside an unquoted field, or text
 * after a closing quote) is recoverable: it is reported through {@link Listener} and kept as text.
 *
 * <p>Memory is O(longest row); time is O(bytes). Decoding runs over 64 KiB buffers.
 */
final class CsvParser {
    static final int MAX_FIELD_CHARS = 1 << 20;
    static final int MAX_COLUMNS = 10_000;
    static final int MAX_ROW_CHARS = 1 << 24;

    /** Receives recoverable problems. */
    interface Listener {
        void malformed(int line, int column, String message, String found, String expected);
    }

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final Listener listener;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bb;
    private final char[] buf;
    private final CharBuffer cb;
    private int pos;
    private int limit;
    private boolean bytesDone;
    private boolean charsDone;
    private boolean started;
    private int firstByte = -1;
    private int secondByte = -1;
    private CoderResult pendingError;
    private boolean bomSeen;

    private int line = 1;
    private boolean lastCr;
    private int rowLine;

    private String[] fields = new String[16];
    private int count;
    private char[] field = new char[256];
    private int flen;
    private int rowChars;

    CsvParser(InputStream in, Listener listener) {
        this.in = in;
        this.listener = listener;
        int size = bufferFor(in);
        bb = ByteBuffer.allocate(size);
        buf = new char[size];
        cb = CharBuffer.wrap(buf);
        bb.flip();
    }

    /**
     * The buffer for this stream: as large as the whole of a small input whose size is known (the store
     * validates a case from in-memory tables after every write, and 64 KiB buffers per table were most of
     * that work), else 64 KiB. A stream that cannot say ({@code available()} 0 or 1, e.g. a zip entry) gets
     * the full buffer.
     */
    private static int bufferFor(InputStream in) {
        try {
            int known = in.available();
            return known > 1 && known < BUFFER - 16 ? Math.max(1024, known + 16) : BUFFER;
        } catch (IOException e) {
            return BUFFER;
        }
    }

    /** Line where the current row starts (1-based). */
    int rowLine() {
        return rowLine;
    }

    /** Number of fields of the current row. */
    int size() {
        return count;
    }

    String field(int i) {
        return fields[i];
    }

    /** The current row's fields as a fresh array. */
    String[] row() {
        return Arrays.copyOf(fields, count);
    }

    /**
     * Reads the next row.
     *
     * @return false at the end of the input
     */
    boolean next() throws CsvException, IOException {
        count = 0;
        rowChars = 0;
        int startLine = line;
        int c = read();
        if (c < 0) {
            return false;
        }
        rowLine = startLine;
        for (;;) {
            flen = 0;
            if (c == '"') {
                c = quoted();
            } else {
                c = unquoted(c);
            }
            endField();
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                if (peek() == '\n') {
                    read();
                }
            }
            return true; // \n, \r or end of input
        }
    }

    /** Reads an unquoted field starting with c; returns the delimiter that ended it. */
    private int unquoted(int c) throws CsvException, IOException {
        for (;;) {
            if (c < 0 || c == ',' || c == '\n' || c == '\r') {
                return c;
            }
            if (c == '"') {
                listener.malformed(line, count + 1, "a quote inside an unquoted field", null,
                        "the whole field in quotes, with inner quotes doubled");
            }
            append((char) c);
            c = read();
        }
    }

    /** Reads a quoted field (the opening quote consumed); returns the delimiter after it. */
    private int quoted() throws CsvException, IOException {
        for (;;) {
            int c = read();
            if (c < 0) {
                throw new CsvException(rowLine, count + 1, "a quoted field is never closed", null,
                        "a closing quote before the end of the file");
            }
            if (c == '"') {
                int d = read();
                if (d == '"') {
                    append('"');
                    continue;
                }
                if (d < 0 || d == ',' || d == '\n' || d == '\r') {
                    return d;
                }
                listener.malformed(line, count + 1, "text after a closing quote", String.valueOf((char) d),
                        "a comma or the end of the line after a quoted field");
                return unquoted(d);
            }
            append((char) c);
        }
    }

    private void append(char ch) throws CsvException {
        if (flen == field.length) {
            if (flen >= MAX_FIELD_CHARS) {
                throw new CsvException(rowLine, count + 1, "a field longer than " + (MAX_FIELD_CHARS >> 20)
                        + " MiB characters; refusing to read on", null, "fields of at most 1 MiB");
            }
            field = Arrays.copyOf(field, Math.min(MAX_FIELD_CHARS, flen * 2));
        }
        field[flen++] = ch;
    }

    private void endField() throws CsvException {
        if (count == MAX_COLUMNS) {
            throw new CsvException(rowLine, count + 1, "a row with more than " + MAX_COLUMNS + " columns; refusing to read on",
                    null, "at most " + MAX_COLUMNS + " columns");
        }
        rowChars += flen;
        if (rowChars > MAX_ROW_CHARS) {
            throw new CsvException(rowLine, count + 1, "a row longer than " + (MAX_ROW_CHARS >> 20)
                    + " Mi characters; refusing to read on", null, "rows of at most 16 Mi characters");
        }
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = flen == 0 ? "" : new String(field, 0, flen);
    }

    private int read() throws CsvException, IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        char ch = buf[pos++];
        if (ch == '\n') {
            if (!lastCr) {
                line++;
            }
            lastCr = false;
        } else if (ch == '\r') {
            line++;
            lastCr = true;
        } else {
            lastCr = false;
        }
        return ch;
    }

    private int peek() throws CsvException, IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private boolean fill() throws CsvException, IOException {
        if (charsDone) {
            return false;
        }
        if (pendingError != null) {
            throw encodingError();
        }
        cb.clear();
        for (;;) {
            CoderResult r = decoder.decode(bb, cb, bytesDone);
            if (r.isError()) {
                pendingError = r;
                if (cb.position() == 0) {
                    throw encodingError();
                }
                break;
            }
            if (r.isOverflow()) {
                break;
            }
            if (bytesDone) {
                decoder.flush(cb);
                if (cb.position() == 0) {
                    charsDone = true;
                    return false;
                }
                break;
            }
            if (cb.position() > 0) {
                break;
            }
            bb.compact();
            int n = in.read(bb.array(), bb.position(), bb.remaining());
            if (n < 0) {
                bytesDone = true;
            } else {
                bb.position(bb.position() + n);
            }
            bb.flip();
            if (!started && (bb.remaining() >= 2 || bytesDone)) {
                started = true;
                firstByte = bb.remaining() > 0 ? bb.get(0) & 0xff : -1;
                secondByte = bb.remaining() > 1 ? bb.get(1) & 0xff : -1;
            }
        }
        pos = 0;
        limit = cb.position();
        for (int i = 0; i < limit; i++) {
            if (buf[i] == 0) {
                throw new CsvException(line, 0, "a NUL character: this is not UTF-8 text (UTF-16 or a binary file?)",
                        null, "UTF-8 text");
            }
        }
        if (!bomSeen) {
            bomSeen = true;
            if (limit > 0 && buf[0] == '\uFEFF') {
                pos = 1;
            }
        }
        return pos < limit || fill();
    }

    private CsvException encodingError() {
        if ((firstByte == 0xFE && secondByte == 0xFF) || (firstByte == 0xFF && secondByte == 0xFE)) {
            return new CsvException(0, 0, "the file is UTF-16 (it starts with a UTF-16 byte-order mark)", null,
                    "UTF-8 (with or without a byte-order mark)");
        }
        return new CsvException(line, 0, "the file is not UTF-8: an invalid byte sequence", null,
                "UTF-8 (with or without a byte-order mark)");
    }
}
