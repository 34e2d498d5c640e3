package org.glassbox.io.documents;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A .txt or .md file's bytes as text. UTF-8 (a byte-order mark dropped) is tried first, strictly; UTF-16 is
 * read when a byte-order mark says so. Bytes that are not UTF-8 are read as GB18030 (which includes GBK and
 * GB2312) when they decode strictly and look like Chinese — at least two Han characters, and Han characters
 * and CJK punctuation at least half of the non-ASCII characters — with a note; anything else is refused at
 * the byte offset where UTF-8 broke.
 */
final class PlainText {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private PlainText() {
    }

    /** The decoded text and a note for each choice a reader should know of. */
    record Decoded(String text, List<String> notes) {
    }

    static Decoded decode(Path file, byte[] bytes) throws DocumentImportException {
        List<String> notes = new ArrayList<>();
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(utf8(file, bytes, 3), notes);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            Charset cs = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            String text = strict(cs, bytes, 2, file);
            notes.add("decoded as " + cs.name() + " (byte-order mark); stored as UTF-8");
            return new Decoded(text, notes);
        }
        long offset = firstError(StandardCharsets.UTF_8, bytes, 0);
        if (offset < 0) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), notes);
        }
        String gb = tryGb18030(bytes);
        if (gb != null) {
            notes.add("decoded as GB18030 (not UTF-8 from byte " + offset + "); stored as UTF-8");
            return new Decoded(gb, notes);
        }
        throw new DocumentImportException(file, DocumentImportException.Reason.UNDECODABLE, 0, offset,
                String.format("not UTF-8 (byte 0x%02X) and not GB18030 Chinese text; save it as UTF-8", bytes[(int) offset] & 0xFF),
                null);
    }

    private static String utf8(Path file, byte[] bytes, int from) throws DocumentImportException {
        long offset = firstError(StandardCharsets.UTF_8, bytes, from);
        if (offset >= 0) {
            throw new DocumentImportException(file, DocumentImportException.Reason.UNDECODABLE, 0, offset,
                    String.format("a UTF-8 byte-order mark, but byte 0x%02X is not UTF-8", bytes[(int) offset] & 0xFF), null);
        }
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }

    private static String strict(Charset cs, byte[] bytes, int from, Path file) throws DocumentImportException {
        long offset = firstError(cs, bytes, from);
        if (offset >= 0) {
            throw new DocumentImportException(file, DocumentImportException.Reason.UNDECODABLE, 0, offset,
                    "a " + cs.name() + " byte-order mark, but the bytes here are not " + cs.name(), null);
        }
        return new String(bytes, from, bytes.length - from, cs);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code bytes} are strict UTF-8 throughout. */
    static boolean isUtf8(byte[] bytes) {
        return firstError(StandardCharsets.UTF_8, bytes, 0) < 0;
    }

    /** GB18030 text when the bytes decode strictly and look Chinese, else null. */
    static String tryGb18030(byte[] bytes) {
        String text;
        try {
            text = GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        long nonAscii = 0;
        long chinese = 0;
        long han = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                continue;
            }
            nonAscii++;
            Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
                chinese++;
            } else if (b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
                chinese++;
            }
        }
        return han >= 2 && chinese * 2 >= nonAscii ? text : null;
    }

    /** The offset of the first malformed or unmappable sequence of {@code bytes} from {@code from}, or -1. */
    private static long firstError(Charset cs, byte[] bytes, int from) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult r;
        do {
            out.clear();
            r = d.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
        } while (r.isOverflow());
        do {
            out.clear();
            r = d.flush(out);
        } while (r.isOverflow());
        return -1;
    }
}
