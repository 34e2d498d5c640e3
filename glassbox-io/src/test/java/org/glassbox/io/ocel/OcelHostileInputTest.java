package org.glassbox.io.ocel;

import org.glassbox.io.EventLogs;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Randomly damaged OCEL files (seeded) give a log or an OcelFormatException with a message, never another exception. */
class OcelHostileInputTest {

    private static final String PUNCTUATION = "{}[]<>\":,/&;09TZ -";

    @TempDir
    Path dir;

    private void damageAndRead(String name, byte[] original, long seed, int rounds) throws IOException {
        Random rnd = new Random(seed);
        int ok = 0;
        int refused = 0;
        for (int round = 0; round < rounds; round++) {
            byte[] b = original.clone();
            int edits = 1 + rnd.nextInt(4);
            for (int k = 0; k < edits; k++) {
                int at = rnd.nextInt(b.length);
                switch (rnd.nextInt(3)) {
                    case 0 -> b[at] = (byte) rnd.nextInt(256);
                    case 1 -> b[at] = (byte) PUNCTUATION.charAt(rnd.nextInt(PUNCTUATION.length()));
                    default -> b = java.util.Arrays.copyOf(b, Math.max(1, at));
                }
            }
            Path f = dir.resolve(name);
            Files.write(f, b);
            try {
                EventLogs.read(f);
                ok++;
            } catch (OcelFormatException e) {
                assertThat(e.getMessage()).isNotBlank();
                refused++;
            }
        }
        assertThat(ok + refused).isEqualTo(rounds);
        assertThat(refused).isPositive();
    }

    @Test
    void damagedJson() throws IOException {
        damageAndRead("d.jsonocel", Files.readAllBytes(sample("ocel20_example.jsonocel")), 11, 300);
    }

    @Test
    void damagedXml() throws IOException {
        damageAndRead("d.xmlocel", Files.readAllBytes(sample("ocel20_example.xmlocel")), 12, 300);
    }

    @Test
    void damagedSqlite() throws IOException {
        damageAndRead("d.sqlite", Files.readAllBytes(sample("ocel20_example.sqlite")), 13, 60);
    }

    private Path sample(String name) throws IOException {
        return SharedData.log(name);
    }
}
