package org.glassbox.io.qdpx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hand-written .qdpx files for the tests, in the shapes other tools write (built from Project.xsd, not
 * downloaded): a template's {@code G(name)} becomes a GUID made from the name, so the XML stays readable.
 */
final class ProjectFiles {
    private static final Pattern GUID = Pattern.compile("G\\(([^)]*)\\)");

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    static String guid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** {@code G(x)} replaced by {@link #guid}; {@code GB(x)} by the same GUID in braces and upper case (ATLAS.ti). */
    static String expand(String template) {
        Matcher b = Pattern.compile("GB\\(([^)]*)\\)").matcher(template);
        String t = b.replaceAll(m -> "{" + guid(m.group(1)).toUpperCase() + "}");
        return GUID.matcher(t).replaceAll(m -> guid(m.group(1)));
    }

    ProjectFiles project(String xmlTemplate) {
        return entry("project.qde", expand(xmlTemplate));
    }

    ProjectFiles source(String name, String text) {
        return entry("Sources/" + guid(name) + ".txt", text);
    }

    ProjectFiles entry(String name, String text) {
        return entry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    ProjectFiles entry(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }
}
