package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 8 through the real reader: a case folder of format 1.1 whose objects.csv codes the
 * platforms' audiences and whose events.csv marks an exemption with its coding note.
 */
class FormalismCoverageTest {

    static Path write(Path dir) throws Exception {
        Files.writeString(dir.resolve("case.yaml"), "id: county-x\nname: County X\nformat: 1.1\nperiod: {start: 2018, end: 2020}\n");
        Files.writeString(dir.resolve("actors.csv"), "id,name,sector\ng,County government,government\n"
                + "d,Data bureau,government\np,Residents,public\nv,Vendor,private-enterprise\n");
        Files.writeString(dir.resolve("events.csv"), "id,date,type,initiator,targets,participants,objects,exempt,coding_note\n"
                + "e1,2018-03-10,platform-launch,g,,,platform:app,,\n"
                + "e2,2018-04-10,platform-launch,d,,,platform:staff,,\n"
                + "e3,2018-05-10,platform-launch,d,,,platform:pilot,platform-proliferation,a pilot closed on schedule in 2019\n"
                + "e4,2018-06,platform-launch,g,,,platform:uncoded,,\n"
                + "e5,2018-09,feedback,p,g,,platform:app,,\n"
                + "e6,2019-02,directive,g,d,,platform:staff,,\n"
                + "e7,2019-06-20,assessment,g,d,,,,\n"
                + "e8,2019-06-10,upgrade,v,g,,platform:app,,\n"
                + "e9,2020-02-01,upgrade,v,g,,platform:app,,\n");
        Files.writeString(dir.resolve("objects.csv"), "id,name,audience\nplatform:app,County app,public\n"
                + "platform:staff,Staff portal,government\nplatform:pilot,Pilot,public\nplatform:uncoded,Something,\n");
        return dir;
    }

    @Test
    void theAnalysisJudgesOnlyWhatTheCaseCodesAndHonoursTheExemption(@TempDir Path tmp) throws Exception {
        Path c = write(tmp);
        CapturedCli cli = new CapturedCli();
        int code = cli.run("analyze", c.toString(), "--json", "-");
        assertThat(code).as(cli.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(cli.out());
        JsonNode pp = j.at("/formalism/diagnostics/1");
        assertThat(pp.path("id").asText()).isEqualTo("platform-proliferation");
        assertThat(pp.path("status").asText()).isEqualTo("assessed");
        // app is used by the public (e5); the staff portal only ordered (e6), not used; the pilot is exempt; one audience uncoded
        assertThat(pp.path("flagged").toString()).isEqualTo("[\"e2\"]");
        assertThat(pp.path("score").asDouble()).isEqualTo(0.5);
        assertThat(pp.path("coverage").toString())
                .isEqualTo("{\"unit\":\"platforms\",\"candidates\":4,\"judged\":2,\"exempt\":1,\"uncertain\":1}");
        assertThat(pp.at("/exemptions/0/reason").asText()).isEqualTo("a pilot closed on schedule in 2019");
        assertThat(j.at("/formalism/exemptions/0/event").asText()).isEqualTo("e3");
        JsonNode bursts = j.at("/formalism/diagnostics/2");
        assertThat(bursts.path("flagged").toString()).isEqualTo("[\"e8\"]");
        // e4 (June 2018) is a month-precise delivery, still wholly outside the window: judged
        assertThat(bursts.at("/coverage/judged").asInt()).isEqualTo(bursts.at("/coverage/candidates").asInt());

        CapturedCli text = new CapturedCli();
        assertThat(text.run("analyze", c.toString())).as(text.err()).isZero();
        assertThat(text.out()).contains("judged 2 of 4 platforms, 1 exempt", "exempt: e3 from platform-proliferation — a pilot closed on schedule in 2019");
    }
}
