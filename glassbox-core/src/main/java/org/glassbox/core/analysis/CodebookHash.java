package org.glassbox.core.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventType;
import org.glassbox.core.model.Side;
import org.glassbox.core.model.TieType;

/**
 * SHA-256 of a codebook's canonical rendering: one line per entry, sorted, UTF-8, {@code \n}
 * separated — {@code event-type NAME CATEGORY MECHANISM decision|-}, {@code tie-type NAME AXIS
 * directed|undirected}, {@code sector NAME SIDE}, {@code level NAME}, {@code threshold NAME VALUE}
 * (value via {@link Double#toString}). Two codebooks that mean the same thing hash the same
 * whatever their order.
 */
public final class CodebookHash {
    private CodebookHash() {
    }

    /** The canonical rendering that is hashed. */
    public static String canonical(Codebook c) {
        List<String> lines = new ArrayList<>();
        for (EventType t : c.eventTypes().values()) {
            lines.add("event-type " + t.name() + " " + t.category() + " " + t.defaultMechanism().word() + " "
                    + (t.decision() ? "decision" : "-"));
        }
        for (TieType t : c.tieTypes().values()) {
            lines.add("tie-type " + t.name() + " " + t.axis().word() + " " + (t.directed() ? "directed" : "undirected"));
        }
        for (Map.Entry<String, Side> s : c.sectors().entrySet()) {
            lines.add("sector " + s.getKey() + " " + s.getValue().name().toLowerCase(java.util.Locale.ROOT));
        }
        for (String l : c.levels()) {
            lines.add("level " + l);
        }
        for (Map.Entry<String, Double> t : c.thresholds().entrySet()) {
            lines.add("threshold " + t.getKey() + " " + t.getValue());
        }
        Collections.sort(lines);
        return String.join("\n", lines) + "\n";
    }

    /** Lower-case hex SHA-256 of {@link #canonical(Codebook)}. */
    public static String sha256(Codebook c) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonical(c).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
