package org.glassbox.io.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Source;
import org.glassbox.io.Cases;
import org.glassbox.io.FileFormat;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.Suggestions;
import org.glassbox.io.guard.PartFiles;

/**
 * Adds a source document to a case folder (case format 1.1): the file's text by {@link DocumentImport}, the
 * original kept beside it under {@code documents/}, a documents.csv row — through the case reader and
 * writer, so the case is read whole, gains the document, and is written back whole or not at all.
 */
public final class CaseDocuments {
    /** The documents folder of a case, with its slash. */
    static final String DIR = "documents/";
    private static final Pattern SAFE_ID = Pattern.compile("[\\p{L}\\p{N}_-]+");
    private static final Pattern UNSAFE_RUN = Pattern.compile("[^\\p{L}\\p{N}_-]+");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final int MAX_ID_CODE_POINTS = 64;
    private static final int KNOWN_NAMED = 10;
    /** The largest text file the case reader reads (50 MiB): a longer text would leave a case that cannot be read. */
    static final long MAX_TEXT_BYTES = 50L << 20;

    private CaseDocuments() {
    }

    /**
     * What to add.
     *
     * @param source     the sources.csv id the document is a copy of
     * @param id         the document's id, or null for the file's base name made safe (letters, digits,
     *                   {@code _} and {@code -}; any other run of characters one {@code -}) and unique
     * @param language   a BCP 47 tag, or null for {@link DocumentImport}'s guess (which may be null)
     * @param restricted whether only owners and assigned coders may see it ({@code access = restricted})
     */
    public record Request(String source, String id, String language, boolean restricted) {
        public Request {
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("source must be a sources.csv id");
            }
        }
    }

    /**
     * What was added.
     *
     * @param textPath        the text file's path in the case, {@code documents/ID.txt}
     * @param originalPath    the original's path in the case, or null when the text file is the original
     *                        byte for byte
     * @param codePoints      the text's length in code points
     * @param pages           the number of pages, 0 for a format without pages
     * @param languageGuessed whether {@code language} is the import's guess rather than the one asked for
     */
    public record Added(String id, String textPath, String originalPath, DocumentFormat format, int codePoints,
                        int pages, String language, boolean languageGuessed, List<String> notes) {
        public Added {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Adds {@code file} to the case folder {@code casePath}.
     *
     * @throws DocumentImportException when the file cannot be read as text
     * @throws CaseFormatException     when the case cannot be read
     * @throws CaseDocumentException   when the request does not fit the case (unknown source, id taken or
     *                                 unsafe, a language that is no tag, a case that is no folder)
     */
    public static Added add(Path casePath, Path file, Request request) throws IOException, CaseFormatException {
        if (Files.exists(casePath) && FileFormat.ofInput(casePath) != FileFormat.CASE_FOLDER) {
            throw new CaseDocumentException(casePath, null, null, "documents are added to a case folder, where the"
                    + " original is kept beside its text; convert the case to a folder first (glassbox convert "
                    + casePath.getFileName() + " FOLDER), add, and convert back", List.of());
        }
        if (request.language() != null && !LANGUAGE.matcher(request.language()).matches()) {
            throw new CaseDocumentException(casePath, "language", request.language(),
                    "not a BCP 47 language tag (e.g. zh, en, zh-Hant)", List.of());
        }
        ExtractedText text = DocumentImport.extract(file);
        long textBytes = text.text().getBytes(StandardCharsets.UTF_8).length;
        if (textBytes > MAX_TEXT_BYTES) {
            throw new CaseDocumentException(casePath, "text", file.getFileName().toString(), "the text is " + textBytes
                    + " bytes, more than the " + (MAX_TEXT_BYTES >> 20) + " MiB a case's document may hold; split the document",
                    List.of());
        }
        Case c = Cases.read(casePath);
        List<String> sources = c.sources().stream().map(Source::id).toList();
        if (!sources.contains(request.source())) {
            List<String> near = Suggestions.nearest(request.source(), sources);
            List<String> named = near.isEmpty() ? sources.subList(0, Math.min(KNOWN_NAMED, sources.size())) : near;
            String hint = sources.isEmpty() ? "the case has no sources; add the document's record to sources.csv first"
                    : (near.isEmpty() ? "the known ids are " : "the nearest known ids are ") + String.join(", ", named)
                    + (near.isEmpty() && sources.size() > named.size() ? ", …" : "");
            throw new CaseDocumentException(casePath, "source", request.source(), "not a sources.csv id; " + hint, named);
        }
        Coding coding = c.coding();
        Path dir = casePath.resolve(DIR);
        Set<String> taken = new HashSet<>();
        for (Document d : coding.documents()) {
            taken.add(d.id().toLowerCase(Locale.ROOT));
        }
        DocumentFormat format = text.format();
        String ext = extension(file);
        String id = request.id() != null ? checkedId(casePath, request.id(), taken, dir, ext)
                : uniqueId(safeId(file), taken, dir, ext);
        String textPath = DIR + id + ".txt";
        byte[] originalBytes = Files.readAllBytes(file);
        boolean textIsOriginal = format == DocumentFormat.TEXT
                && Arrays.equals(originalBytes, text.text().getBytes(StandardCharsets.UTF_8));
        String originalPath = textIsOriginal ? null : DIR + id + (format == DocumentFormat.TEXT ? ".original." : ".") + ext;
        boolean guessed = request.language() == null;
        String language = guessed ? text.language() : request.language();
        Document doc = new Document(id, request.source(), textPath, originalPath, language, request.restricted(),
                text.text(), Map.of());
        List<Document> documents = new ArrayList<>(coding.documents());
        documents.add(doc);
        Case updated = c.withCoding(Coding.of(coding.coders(), coding.codes(), documents, coding.segments()));
        write(casePath, updated, originalPath, originalBytes);
        return new Added(id, textPath, originalPath, format, text.codePoints(), text.pages(), language,
                guessed && language != null, text.notes());
    }

    /** The original first, then the case; when the case cannot be written, the original goes again. */
    private static void write(Path casePath, Case updated, String originalPath, byte[] originalBytes) throws IOException {
        Path dir = casePath.resolve(DIR);
        boolean madeDir = !Files.isDirectory(dir);
        Path original = originalPath == null ? null : casePath.resolve(originalPath);
        try {
            if (original != null) {
                Files.createDirectories(dir);
                Path part = PartFiles.file(dir, original.getFileName().toString());
                try {
                    Files.write(part, originalBytes);
                    Files.move(part, original, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            Cases.write(updated, casePath, true);
        } catch (IOException | RuntimeException e) {
            if (original != null) {
                Files.deleteIfExists(original);
            }
            if (madeDir && Files.isDirectory(dir)) {
                try (var s = Files.list(dir)) {
                    if (s.findAny().isEmpty()) {
                        Files.delete(dir);
                    }
                }
            }
            throw e;
        }
    }

    private static String checkedId(Path casePath, String id, Set<String> taken, Path dir, String ext)
            throws CaseDocumentException {
        if (!SAFE_ID.matcher(id).matches() || id.codePointCount(0, id.length()) > MAX_ID_CODE_POINTS) {
            throw new CaseDocumentException(casePath, "id", id, "an id names the document's files: letters, digits,"
                    + " '_' and '-' only, at most " + MAX_ID_CODE_POINTS + " characters", List.of());
        }
        if (!free(id, taken, dir, ext)) {
            throw new CaseDocumentException(casePath, "id", id, "already a document of the case (or a file under "
                    + DIR + "); choose another id", List.of());
        }
        return id;
    }

    /** The file's base name, NFC, with every run of characters other than letters, digits, '_' and '-' one '-'. */
    static String safeId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = Normalizer.normalize(dot > 0 ? name.substring(0, dot) : name, Normalizer.Form.NFC);
        String safe = UNSAFE_RUN.matcher(base).replaceAll("-").replaceAll("^-+|-+$", "");
        if (safe.codePointCount(0, safe.length()) > MAX_ID_CODE_POINTS) {
            safe = safe.substring(0, safe.offsetByCodePoints(0, MAX_ID_CODE_POINTS));
        }
        return safe.isEmpty() ? "document" : safe;
    }

    private static String uniqueId(String base, Set<String> taken, Path dir, String ext) {
        String id = base;
        for (int n = 2; !free(id, taken, dir, ext); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Not an id of the case (in any letter case: file systems may not tell them apart), and no file of it yet. */
    private static boolean free(String id, Set<String> taken, Path dir, String ext) {
        return !taken.contains(id.toLowerCase(Locale.ROOT))
                && !Files.exists(dir.resolve(id + ".txt"))
                && !Files.exists(dir.resolve(id + "." + ext))
                && !Files.exists(dir.resolve(id + ".original." + ext));
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        return n.substring(n.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
