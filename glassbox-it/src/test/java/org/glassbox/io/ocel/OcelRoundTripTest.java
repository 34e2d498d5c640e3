package org.glassbox.io.ocel;

import org.glassbox.io.EventLogs;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.glassbox.core.model.EventLog;
import org.glassbox.it.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write → read round trips of the shared OCEL 2.0 logs through all three formats. */
class OcelRoundTripTest {

    @TempDir
    Path dir;

    private static void assertSame(LogDigest back, LogDigest original, boolean sameOrder) {
        assertThat(back.events()).isEqualTo(original.events());
        assertThat(back.objects()).isEqualTo(original.objects());
        assertThat(back.eventTypes()).isEqualTo(original.eventTypes());
        assertThat(back.objectTypes()).isEqualTo(original.objectTypes());
        if (sameOrder) {
            assertThat(back.eventOrder()).isEqualTo(original.eventOrder());
        }
    }

    @Test
    void exampleThroughEveryFormat() throws IOException {
        for (String source : List.of("ocel20_example.jsonocel", "ocel20_example.xmlocel", "ocel20_example.sqlite")) {
            EventLog log = EventLogs.read(SharedData.log(source));
            LogDigest original = LogDigest.of(log);
            for (String ext : List.of("jsonocel", "xmlocel", "sqlite")) {
                Path out = dir.resolve("copy-of-" + source + "." + ext);
                List<String> warnings = EventLogs.write(log, out);
                assertThat(warnings).as(source + " → " + ext).isEmpty();
                EventLog back = EventLogs.read(out);
                assertSame(LogDigest.of(back), original, !ext.equals("sqlite"));
                assertThat(back.warnings()).isEqualTo(log.warnings());
            }
        }
    }

    @Test
    void p2pThroughEveryFormat() throws IOException {
        EventLog log = EventLogs.read(SharedData.log("ocel2-p2p.sqlite"));
        LogDigest original = LogDigest.of(log);
        for (String ext : List.of("sqlite", "jsonocel")) {
            Path out = dir.resolve("p2p." + ext);
            assertThat(EventLogs.write(log, out)).isEmpty();
            EventLog back = EventLogs.read(out);
            // SQLite keeps pm4py's order, so even the event order survives
            assertSame(LogDigest.of(back), original, true);
            assertThat(back.warnings()).isEqualTo(log.warnings());
        }
        // XML cannot hold dangling O2O (the XSD requires every target to exist): left out and reported
        Path xml = dir.resolve("p2p.xmlocel");
        assertThat(EventLogs.write(log, xml)).singleElement()
                .satisfies(w -> assertThat(w).startsWith("2,028 dangling object-to-object relations were left out"));
        LogDigest back = LogDigest.of(EventLogs.read(xml));
        assertThat(back.events()).isEqualTo(original.events());
        assertThat(back.eventOrder()).isEqualTo(original.eventOrder());
        assertThat(back.objects()).isEqualTo(LogDigest.of(log, false).objects());
    }

    @Test
    void writingReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        EventLog log = EventLogs.read(SharedData.log("ocel20_example.jsonocel"));
        Path out = dir.resolve("x.sqlite");
        Files.writeString(out, "old content");
        EventLogs.write(log, out);
        assertThat(EventLogs.read(out).events().size()).isEqualTo(13);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.sqlite");
        }
    }
}
