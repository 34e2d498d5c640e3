package org.glassbox.io.caseformat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A case folder. Files are only ever opened for reading. */
final class FolderSource extends FileCaseSource {
    private final Path dir;
    private final Set<String> names = new HashSet<>();

    FolderSource(Path dir, ProblemLog log) throws IOException {
        this.dir = dir;
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(entries::add);
        }
        entries.sort(null);
        for (Path p : entries) {
            String n = p.getFileName().toString();
            if (CaseTables.FILES.contains(n) && Files.isRegularFile(p)) {
                names.add(n);
            }
        }
        for (Path p : entries) {
            String n = p.getFileName().toString();
            if (names.contains(n)) {
                continue;
            }
            if (n.equals("documents") && names.contains(CaseTables.DOCUMENTS) && Files.isDirectory(p)) {
                continue; // format 1.1: the document texts, read through documents.csv
            } else {
                log.note(Pos.of(display(n)), null, (Files.isDirectory(p) ? "a folder" : "a file")
                        + " that is not part of the case format; ignored" + hintFor(n));
            }
        }
    }

    @Override
    Set<String> names() {
        return names;
    }

    @Override
    InputStream open(String name) throws IOException {
        return Files.newInputStream(dir.resolve(name), StandardOpenOption.READ);
    }

    @Override
    public byte[] document(String path, long max) throws IOException {
        return DocumentFiles.read(dir, path, max);
    }

    @Override
    public String display(String name) {
        return dir.resolve(name).toString();
    }

    @Override
    public void close() {
        // nothing held open between files
    }
}
