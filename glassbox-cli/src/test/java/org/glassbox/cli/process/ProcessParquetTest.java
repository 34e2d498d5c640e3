package org.glassbox.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.cli.CapturedCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process commands read .parquet files and partitioned folders, and --export-parquet writes them. */
class ProcessParquetTest {
    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path xes() throws Exception {
        Path p = tmp.resolve("small.xes");
        Files.writeString(p, ProcessCommandTest.XES);
        return p;
    }

    private JsonNode dfg(String log) throws Exception {
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("process", "dfg", log, "--performance", "--json", "-")).as(cli.err()).isZero();
        return JSON.readTree(cli.out());
    }

    @Test
    void exportedParquetGivesTheSameDfgAsTheXes() throws Exception {
        Path pq = tmp.resolve("small.parquet");
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("process", "stats", xes().toString(), "--no-phases", "--export-parquet", pq.toString())).as(cli.err()).isZero();
        assertThat(cli.err()).contains("wrote " + pq);
        JsonNode fromXes = dfg(xes().toString());
        JsonNode fromParquet = dfg(pq.toString());
        assertThat(fromParquet.get("edges")).isEqualTo(fromXes.get("edges"));
        assertThat(fromParquet.get("edges").size()).isEqualTo(2); // a -> b twice, b -> c once
        assertThat(fromParquet.get("start_activities")).isEqualTo(fromXes.get("start_activities"));

        // a folder of Parquet files (a partitioned dataset) reads as one log: the same cases under
        // other ids in the second partition, so every count doubles
        Path ds = Files.createDirectories(tmp.resolve("dataset/year=2015"));
        Files.copy(pq, ds.resolve("part-0.parquet"));
        Path other = tmp.resolve("other.xes");
        Files.writeString(other, ProcessCommandTest.XES.replace("value=\"c1\"", "value=\"d1\"").replace("value=\"c2\"", "value=\"d2\""));
        Path part2 = Files.createDirectories(tmp.resolve("dataset/year=2016")).resolve("part-0.parquet");
        assertThat(new CapturedCli().run("process", "stats", other.toString(), "--no-phases", "--export-parquet", part2.toString())).isZero();
        JsonNode both = dfg(tmp.resolve("dataset").toString());
        for (int i = 0; i < both.get("edges").size(); i++) {
            assertThat(both.get("edges").get(i).get("count").asInt()).isEqualTo(2 * fromXes.get("edges").get(i).get("count").asInt());
        }
    }

    @Test
    void convertTurnsAnXesLogIntoParquetAndBack() throws Exception {
        Path pq = tmp.resolve("conv.parquet");
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("convert", xes().toString(), pq.toString())).as(cli.err()).isZero();
        assertThat(dfg(pq.toString()).get("edges")).isEqualTo(dfg(xes().toString()).get("edges"));
        Path back = tmp.resolve("back.xes");
        CapturedCli again = new CapturedCli();
        assertThat(again.run("convert", pq.toString(), back.toString())).as(again.err()).isZero();
        assertThat(dfg(back.toString()).get("edges")).isEqualTo(dfg(xes().toString()).get("edges"));
    }

    @Test
    void aMissingMappedColumnIsBadInputWithTheColumnNamed() throws Exception {
        Path pq = tmp.resolve("small.parquet");
        assertThat(new CapturedCli().run("process", "stats", xes().toString(), "--no-phases", "--export-parquet", pq.toString())).isZero();
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("process", "dfg", pq.toString(), "--case", "caseid")).isEqualTo(1);
        assertThat(cli.err()).contains("small.parquet").contains("'caseid'").doesNotContain("Exception");
    }
}
