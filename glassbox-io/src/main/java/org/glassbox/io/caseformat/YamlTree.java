package org.glassbox.io.caseformat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML file (UTF-8, with or without a byte-order mark, at most {@link #MAX_BYTES}) into
 * {@link YamlNode}s that keep line and column. Syntax errors, bad encoding and duplicate keys are
 * logged as problems; the result is null when the file cannot be read.
 */
final class YamlTree {
    static final int MAX_BYTES = 4 << 20;
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTree() {
    }

    static YamlNode read(InputStream in, String file, ProblemLog log) {
        byte[] bytes;
        try (in) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            log.error(Pos.of(file), null, null, null, "cannot read the file: " + e.getMessage());
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            log.error(Pos.of(file), null, "more than 4 MiB", "a YAML file of at most 4 MiB", "the file is too large");
            return null;
        }
        String text = decode(bytes, file, log);
        return text == null ? null : parse(text, file, log);
    }

    /** UTF-8 text without its byte-order mark, or null (logged) when the bytes are not UTF-8. */
    static String decode(byte[] bytes, String file, ProblemLog log) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            log.error(Pos.of(file), null, null, "UTF-8 (with or without a byte-order mark)",
                    "the file is UTF-16 (it starts with a UTF-16 byte-order mark)");
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            log.error(Pos.of(file), null, null, "UTF-8 (with or without a byte-order mark)",
                    "the file is not UTF-8: an invalid byte sequence" + CsvParser.gb18030Hint(bytes, 0, bytes.length));
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            log.error(Pos.of(file), null, null, "UTF-8 text",
                    "a NUL character: this is not UTF-8 text (UTF-16 or a binary file?)");
            return null;
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static YamlNode parse(String text, String file, ProblemLog log) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new YamlNode(null, Pos.at(file, 1, 1));
            }
            return value(p, file, log);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage();
            int nl = msg.indexOf('\n');
            log.error(l == null ? Pos.of(file) : Pos.at(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr())),
                    null, null, "valid YAML", "not valid YAML: " + (nl > 0 ? msg.substring(0, nl) : msg));
            return null;
        } catch (IOException | RuntimeException e) {
            log.error(Pos.of(file), null, null, "valid YAML", "not valid YAML: " + e.getMessage());
            return null;
        }
    }

    private static YamlNode value(JsonParser p, String file, ProblemLog log) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        Pos pos = Pos.at(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YamlNode> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    p.nextToken();
                    YamlNode v = value(p, file, log);
                    if (m.containsKey(key)) {
                        log.error(Pos.at(file, kl.getLineNr(), kl.getColumnNr()), key, key,
                                "each key once (first at line " + m.get(key).pos().line() + ")", "a duplicate key");
                    } else {
                        m.put(key, v);
                    }
                }
                return new YamlNode(m, pos);
            }
            case START_ARRAY -> {
                List<YamlNode> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p, file, log));
                }
                return new YamlNode(list, pos);
            }
            case VALUE_NULL -> {
                return new YamlNode(null, pos);
            }
            default -> {
                return new YamlNode(p.getText(), pos);
            }
        }
    }
}
