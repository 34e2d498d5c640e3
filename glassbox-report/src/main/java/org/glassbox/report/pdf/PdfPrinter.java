package org.glassbox.report.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prints an HTML report to PDF with headless Chromium ({@code --print-to-pdf}, no header or footer),
 * so the report's {@code @media print} stylesheet lays out the document: every section in full, tables
 * with repeated headers and rows never split across pages. The page is opened as
 * {@code file://…#print}, which the report's script reads to open every folded part and draw every
 * phase's network before printing. The browser runs with a fresh temporary profile that is deleted
 * afterwards; its standard error is captured and quoted when it fails.
 *
 * <pre>{@code
 * PdfPrinter.defaults().print(Path.of("report.html"), Path.of("report.pdf"));
 * }</pre>
 *
 * @param chromium the browser binary (Debian's {@code /usr/bin/chromium} by default)
 * @param timeout  how long one print may take before the browser is stopped
 */
public record PdfPrinter(Path chromium, Duration timeout) {
    /** Debian's chromium. */
    public static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");

    public PdfPrinter {
        Objects.requireNonNull(chromium, "chromium");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** The system property naming another browser binary (tests use it to stand for a machine without one). */
    public static final String BINARY_PROPERTY = "glassbox.chromium";

    /** {@code /usr/bin/chromium} (or the binary the system property {@value #BINARY_PROPERTY} names), two minutes. */
    public static PdfPrinter defaults() {
        String other = System.getProperty(BINARY_PROPERTY);
        return new PdfPrinter(other == null || other.isBlank() ? DEFAULT_CHROMIUM : Path.of(other), Duration.ofMinutes(2));
    }

    /** Whether the browser binary is there and executable. */
    public boolean available() {
        return Files.isExecutable(chromium);
    }

    /**
     * Checks that the browser is there before any work is done for {@code pdf}.
     *
     * @throws PdfException naming the Debian package {@code chromium} when it is not
     */
    public void requireAvailable(Path pdf) throws PdfException {
        if (!available()) {
            throw new PdfException("cannot write the PDF " + pdf + ": Chromium is not installed at " + chromium
                    + " (install the Debian package chromium: apt-get install chromium)");
        }
    }

    /**
     * Prints {@code html} to {@code pdf}; the PDF appears only when complete (written beside it, then moved).
     *
     * @throws PdfException when Chromium is missing (naming the Debian package {@code chromium}), exits
     *                      with an error, writes no PDF, or takes longer than the timeout
     */
    public void print(Path html, Path pdf) throws IOException {
        requireAvailable(pdf);
        if (!Files.isRegularFile(html)) {
            throw new PdfException("cannot write the PDF " + pdf + ": no HTML report at " + html);
        }
        Path target = pdf.toAbsolutePath().normalize();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path partial = dir.resolve("." + target.getFileName() + ".partial");
        Path profile = Files.createTempDirectory("glassbox-pdf-");
        Path stderr = profile.resolve("stderr.txt");
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile.resolve("profile"), "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--run-all-compositor-stages-before-draw",
                "--virtual-time-budget=15000", "--print-to-pdf=" + partial, "--no-pdf-header-footer",
                html.toAbsolutePath().normalize().toUri() + "#print"));
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(stderr.toFile()).start();
            boolean done;
            try {
                done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
                throw new PdfException("interrupted while printing " + pdf, e);
            }
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new PdfException("cannot write the PDF " + pdf + ": Chromium did not finish within "
                        + timeout.toSeconds() + " s" + tail(stderr));
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(partial) || Files.size(partial) == 0) {
                throw new PdfException("cannot write the PDF " + pdf + ": Chromium exited with " + p.exitValue()
                        + " and wrote no PDF" + tail(stderr));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
            delete(profile);
        }
    }

    /** The last lines of what the browser printed on standard error, to quote in a failure. */
    private static String tail(Path stderr) {
        try {
            List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
            List<String> last = lines.subList(Math.max(0, lines.size() - 8), lines.size());
            return last.isEmpty() ? "" : "; it said:\n  " + String.join("\n  ", last);
        } catch (IOException e) {
            return "";
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
