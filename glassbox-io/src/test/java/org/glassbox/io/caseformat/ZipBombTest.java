package org.glassbox.io.caseformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zip bombs built at test time ({@link ZipBombs}): refused a little past 1 MiB of inflated bytes, with a message,
 * whatever the entry's whole compressed size; and the zip's total bounded by the heap.
 */
class ZipBombTest {
    private static final long MB = 1_000_000;

    @TempDir
    Path tmp;

    /** The bytes of events.csv the case reader's guarded stream yields before it refuses the entry. */
    private static long inflatedBeforeRefusal(Path zip) throws IOException {
        ZipSource s = ZipSource.open(zip, new ProblemLog());
        assertThat(s).as("the zip opens").isNotNull();
        long read = 0;
        byte[] buf = new byte[8192];
        try (s; InputStream in = s.open(CaseTables.EVENTS)) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                read += n;
            }
        } catch (ZipGuard.Refused e) {
            assertThat(e).hasMessage("refused: events.csv expands more than 100 times its compressed size (a zip bomb?)");
            return read;
        }
        throw new AssertionError("not refused after " + read + " bytes");
    }

    @Test
    void aZippedCaseOf300MbOfRowsIsRefusedALittlePastOneMiB() throws Exception {
        Path z = ZipBombs.caseZip(tmp.resolve("bomb.zip"), 300 * MB);
        assertThat(Files.size(z)).isLessThan(2 * MB);
        long read = inflatedBeforeRefusal(z);
        // refused by the first read past the floor (the bytes counted are those before it, in 8 KiB reads)
        assertThat(read).isGreaterThan(ZipGuard.RATIO_FLOOR_BYTES - 8192).isLessThan(8L << 20);

        // the refusal is the file's only listed problem, first: the duplicate ids of the rows parsed before it are
        // counted, not listed, so that they do not bury it
        List<Problem> errors = Cases.validate(z).errors();
        List<Problem> events = errors.stream().filter(p -> p.file().equals(z + "!/events.csv")).toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).message()).isEqualTo("refused: events.csv expands more than 100 times its compressed size"
                + " (a zip bomb?)");
        assertThat(events.get(1).message()).matches("[1-9][0-9]* other problems of this file are not listed \\(of the part read"
                + " before it was refused\\)");
        assertThat(errors).noneMatch(p -> p.message().startsWith("a duplicate id"));
        assertThatThrownBy(() -> Cases.read(z)).isInstanceOf(CaseFormatException.class);
    }

    @Test
    void theRatioIsMeasuredOnTheCompressedBytesConsumedSoFar() throws Exception {
        // 200 MB of rows, then 2.4 MB of letters that do not compress: the entry's whole compressed size (about
        // 1.7 MB) times 100 is more than it expands to, so a ratio over the whole entry never refused it
        Path z = ZipBombs.caseZip(tmp.resolve("tail.zip"), 200 * MB, 2_400_000);
        long compressed;
        try (var f = org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(z).get()) {
            var e = f.getEntry(CaseTables.EVENTS);
            compressed = e.getCompressedSize();
            assertThat(e.getSize()).isLessThan(compressed * ZipGuard.MAX_RATIO);
        }
        assertThat(compressed).isGreaterThan(MB);
        assertThat(inflatedBeforeRefusal(z)).isLessThan(8L << 20);
    }

    @Test
    void aZipThatCompressesLikeTextIsReadAsBefore() throws Exception {
        Path z = ZipBombs.caseZip(tmp.resolve("plain.zip"), 0, 3_000_000);
        // 3 MB of letters: past the ratio floor, but a ratio under 2; refused only as CSV, never as a bomb
        assertThat(Cases.validate(z).errors()).noneSatisfy(p -> assertThat(p.message()).contains("zip bomb"));
    }

    @Test
    void theTotalIsBoundedByTheHeap() {
        assertThat(ZipGuard.forHeap(256L << 20).maxTotal()).isEqualTo(16L << 20);
        assertThat(ZipGuard.forHeap(4L << 30).maxTotal()).isEqualTo(256L << 20);
        assertThat(ZipGuard.forHeap(64L << 30).maxTotal()).isEqualTo(ZipGuard.MAX_TOTAL_BYTES);
    }

    @Test
    void passingTheHeapBoundSaysHowToGiveJavaMoreMemory() {
        ZipGuard g = ZipGuard.forHeap(256L << 20);
        InputStream in = g.guard(new ByteArrayInputStream(new byte[17 << 20]), "events.csv", 17 << 20);
        assertThatThrownBy(in::readAllBytes).isInstanceOf(ZipGuard.Refused.class)
                .hasMessage("refused: the zip expands to more than 16 MiB (a zip is read up to 1024 MiB expanded, and at"
                        + " most 1/16 of the Java heap of 256 MiB); for a larger case give Java more memory, e.g."
                        + " GLASSBOX_JAVA_OPTS=-Xmx2g");
        assertThat(g.total()).isGreaterThan(16L << 20).isLessThan(18L << 20);
    }
}
