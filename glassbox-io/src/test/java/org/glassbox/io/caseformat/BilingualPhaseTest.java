package org.glassbox.io.caseformat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Phase;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case format 1.1 "Bilingual names": a phase's {@code name_zh} is read (it was an unknown key, an
 * error), kept through the folder, the workbook and OCEL 2.0; {@code title_zh} of events.csv is kept
 * as the events' attribute the report reads.
 */
class BilingualPhaseTest {

    @Test
    void phaseNameZhAndTitleZhAreReadAndSurviveEveryWriter(@TempDir Path tmp) throws Exception {
        Path src = Path.of(System.getProperty("glassbox.examples", "../examples")).resolve("province-a");
        Path kase = tmp.resolve("in");
        Files.createDirectories(kase);
        try (Stream<Path> s = Files.list(src)) {
            for (Path f : s.toList()) {
                Files.copy(f, kase.resolve(f.getFileName()));
            }
        }
        String yaml = Files.readString(kase.resolve("case.yaml"), StandardCharsets.UTF_8)
                .replace("{id: p1, name: \"Exploration and platform cooperation\",",
                        "{id: p1, name: \"Exploration and platform cooperation\", name_zh: 探索与平台合作,");
        Files.writeString(kase.resolve("case.yaml"), yaml, StandardCharsets.UTF_8);
        var lines = Files.readAllLines(kase.resolve("events.csv"), StandardCharsets.UTF_8);
        for (int k = 0; k < lines.size(); k++) {
            lines.set(k, lines.get(k) + (k == 0 ? ",title_zh" : k == 1 ? ",省电子政务建设规划" : ","));
        }
        Files.write(kase.resolve("events.csv"), lines, StandardCharsets.UTF_8);

        Case c = Cases.read(kase);
        Phase p1 = c.info().phases().get(0);
        assertThat(p1.nameZh()).isEqualTo("探索与平台合作");
        assertThat(c.info().phases().get(1).nameZh()).isNull();
        assertThat(c.events().attribute("title_zh").text(0)).isEqualTo("省电子政务建设规划");
        for (String out : new String[] {"folder", "case.xlsx", "case.jsonocel"}) {
            Path o = tmp.resolve(out);
            if (out.endsWith(".xlsx")) {
                WorkbookWriter.write(c, o);
            } else {
                Cases.write(c, o, false);
            }
            Case back = Cases.read(o);
            assertThat(back.info().phases().get(0).nameZh()).as(out).isEqualTo("探索与平台合作");
            assertThat(back.info().phases().get(1).nameZh()).as(out).isNull();
            assertThat(back.events().attribute("title_zh").text(0)).as(out).isEqualTo("省电子政务建设规划");
        }
    }
}
