package org.glassbox.io.qdpx;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * The GUIDs a case's rows get in a project: name-based UUIDs (RFC 4122 version 5, SHA-1) of
 * {@code caseId/kind/rowId} in a namespace of Glassbox's own, so the same case always gets the same GUIDs
 * and a re-export is byte-identical.
 */
final class Guids {
    /** RFC 4122's URL namespace. */
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    /** Glassbox's namespace: the version 5 UUID of {@code urn:glassbox:qdpx} in the URL namespace. */
    private static final UUID NAMESPACE = nameBased(URL_NAMESPACE, "urn:glassbox:qdpx");

    private final String caseId;

    Guids(String caseId) {
        this.caseId = caseId;
    }

    /** The GUID of row {@code id} of kind {@code kind} (coder, code, document, segment, actor, …) of this case. */
    String of(String kind, String id) {
        return nameBased(NAMESPACE, caseId + "/" + kind + "/" + id).toString();
    }

    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        h[6] = (byte) ((h[6] & 0x0f) | 0x50); // version 5
        h[8] = (byte) ((h[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    /** A GUID as projects write it ({@code {…}} braces and upper case allowed), in one comparable form. */
    static String normal(String guid) {
        if (guid == null) {
            return null;
        }
        String g = guid.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        return g.toLowerCase(Locale.ROOT);
    }
}
