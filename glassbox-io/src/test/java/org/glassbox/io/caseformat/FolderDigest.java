package org.glassbox.io.caseformat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Content hash and modification time of every file of a folder, to show nothing was written. */
final class FolderDigest {
    private FolderDigest() {
    }

    static Map<String, String> of(Path dir) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] h = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                m.put(dir.relativize(p).toString(), HexFormat.of().formatHex(h) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return m;
    }
}
