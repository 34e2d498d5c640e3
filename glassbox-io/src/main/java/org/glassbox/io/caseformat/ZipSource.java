package org.glassbox.io.caseformat;

import org.glassbox.io.guard.EntryNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A zipped case folder: the files at the zip's root or inside one top-level folder. Hostile zips
 * are refused before anything is read: more than {@link ZipGuard#MAX_ENTRIES} entries, an entry
 * whose name escapes the folder ({@code ..}, an absolute path, a drive letter), a symbolic link;
 * while reading, {@link ZipGuard} stops a zip bomb. Nothing is extracted to disk.
 */
final class ZipSource extends FileCaseSource {
    private final Path zip;
    private final ZipFile file;
    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();
    /** Format 1.1: the entries under documents/, by their path inside the case folder. */
    private final Map<String, ZipArchiveEntry> documents = new HashMap<>();
    private final ZipGuard guard = new ZipGuard();
    private String prefix = "";

    private ZipSource(Path zip, ZipFile file) {
        this.zip = zip;
        this.file = file;
    }

    /** Opens and checks the zip; null (logged) when it is unreadable or hostile. */
    static ZipSource open(Path zip, ProblemLog log) {
        ZipFile f;
        try {
            f = ZipFile.builder().setPath(zip).get();
        } catch (IOException | RuntimeException e) {
            log.error(Pos.of(zip.toString()), null, null, "a zip archive", "not a readable zip: " + e.getMessage());
            return null;
        }
        ZipSource s = new ZipSource(zip, f);
        if (!s.check(log)) {
            s.close();
            return null;
        }
        return s;
    }

    private boolean check(ProblemLog log) {
        List<ZipArchiveEntry> all = new ArrayList<>();
        Enumeration<ZipArchiveEntry> en = file.getEntries();
        boolean ok = true;
        while (en.hasMoreElements()) {
            ZipArchiveEntry e = en.nextElement();
            all.add(e);
            if (all.size() > ZipGuard.MAX_ENTRIES) {
                log.error(Pos.of(zip.toString()), null, "more than " + ZipGuard.MAX_ENTRIES + " entries",
                        "a zip of one case folder", "refused: too many entries");
                return false;
            }
            String name = e.getName();
            if (EntryNames.escapes(name)) {
                log.error(Pos.of(entry(name)), null, name, "paths inside the case folder",
                        "refused: a zip entry escaping its folder");
                ok = false;
            } else if (e.isUnixSymlink()) {
                log.error(Pos.of(entry(name)), null, name, "plain files", "refused: a symbolic link in the zip");
                ok = false;
            }
        }
        if (!ok) {
            return false;
        }
        Set<String> files = new LinkedHashSet<>();
        for (ZipArchiveEntry e : all) {
            if (!e.isDirectory() && !e.getName().startsWith("__MACOSX/")) {
                files.add(e.getName());
            }
        }
        if (!files.contains(CaseTables.CASE)) {
            Set<String> tops = new LinkedHashSet<>();
            for (String n : files) {
                int slash = n.indexOf('/');
                tops.add(slash < 0 ? "" : n.substring(0, slash + 1));
            }
            if (tops.size() == 1 && !tops.contains("")) {
                prefix = tops.iterator().next();
            }
        }
        boolean hasDocuments = files.contains(prefix + CaseTables.DOCUMENTS);
        for (ZipArchiveEntry e : all) {
            String n = e.getName();
            if (e.isDirectory()) {
                continue;
            }
            String rel = n.startsWith(prefix) ? n.substring(prefix.length()) : null;
            if (rel != null && hasDocuments && rel.startsWith(CaseTables.DOCUMENTS_DIR)) {
                documents.put(rel, e);
            } else if (rel != null && CaseTables.FILES.contains(rel)) {
                if (!file.canReadEntryData(e)) {
                    log.error(Pos.of(entry(n)), null, null, "deflated or stored entries",
                            "the zip entry uses a compression method that cannot be read");
                    ok = false;
                }
                entries.put(rel, e);
            } else {
                log.note(Pos.of(entry(n)), null, "a file that is not part of the case format; ignored"
                        + (rel == null ? "" : hintFor(rel.substring(rel.lastIndexOf('/') + 1))));
            }
        }
        return ok;
    }

    private String entry(String entryName) {
        return zip + "!/" + entryName;
    }


    @Override
    Set<String> names() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    @Override
    InputStream open(String name) throws IOException {
        ZipArchiveEntry e = entries.get(name);
        return guard.guard(file.getInputStream(e), e.getName(), e.getCompressedSize());
    }

    @Override
    public byte[] document(String path, long max) throws IOException {
        ZipArchiveEntry e = documents.get(path);
        if (e == null) {
            return null;
        }
        if (e.getSize() > max) {
            throw new DocumentFiles.TooLarge(max);
        }
        if (!file.canReadEntryData(e)) {
            throw new IOException("the zip entry uses a compression method that cannot be read");
        }
        try (InputStream in = guard.guard(file.getInputStream(e), e.getName(), e.getCompressedSize())) {
            return DocumentFiles.limited(in, max);
        }
    }

    @Override
    public String displayDocument(String path) {
        return zip + "!/" + prefix + path;
    }

    @Override
    public String display(String name) {
        ZipArchiveEntry e = entries.get(name);
        return zip + "!/" + (e != null ? e.getName() : prefix + name);
    }

    @Override
    public void close() {
        ZipFile.closeQuietly(file);
    }
}
