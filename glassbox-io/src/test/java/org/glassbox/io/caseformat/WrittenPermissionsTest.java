package org.glassbox.io.caseformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.glassbox.core.model.Case;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 16: what the writers leave has the umask's ordinary permissions, not a temp file's 0600. */
class WrittenPermissionsTest {
    @TempDir
    Path tmp;

    @Test
    void everyFormOfACaseGetsTheOrdinaryPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Case c = Cases.read(Fixtures.write(tmp.resolve("in")));
        Path out = Files.createDirectory(tmp.resolve("out"));
        Set<PosixFilePermission> file = Files.getPosixFilePermissions(Files.createFile(out.resolve("plain-file")));
        Set<PosixFilePermission> folder = Files.getPosixFilePermissions(Files.createDirectory(out.resolve("plain-folder")));
        for (String name : new String[] {"c.jsonocel", "c.xmlocel", "c.sqlite", "c.zip"}) {
            Cases.write(c, out.resolve(name), false);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(name))))
                    .as(name).isEqualTo(PosixFilePermissions.toString(file));
        }
        Cases.write(c, out.resolve("folder"), false);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("folder"))))
                .isEqualTo(PosixFilePermissions.toString(folder));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("folder/events.csv"))))
                .isEqualTo(PosixFilePermissions.toString(file));
        // nothing of the writers' part files is left behind
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }
}
