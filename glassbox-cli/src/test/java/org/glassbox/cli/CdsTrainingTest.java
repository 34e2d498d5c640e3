package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's training run: every command it runs succeeds on its inputs, so none of their classes is left out. */
class CdsTrainingTest {
    @Test
    void everyTrainingCommandSucceeds() throws IOException {
        assertThat(CdsTraining.train(AnalyzeCommandTest.EXAMPLES.getParent())).isZero();
    }

    @Test
    void theTrainingInputsReadAsTheyShould(@TempDir Path dir) throws IOException {
        Path qca = Files.writeString(dir.resolve("q.csv"), CdsTraining.qcaData());
        StringWriter out = new StringWriter();
        picocli.CommandLine cl = Main.commandLine("qca", "minimize", qca.toString(), "--outcome", "Y", "--include", "?");
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("qca", "minimize", qca.toString(), "--outcome", "Y", "--include", "?")).isZero();
        assertThat(out.toString()).contains("A*B").contains("~C*D");

        Path csv = Files.writeString(dir.resolve("l.csv"), CdsTraining.csvLog());
        StringWriter dfg = new StringWriter();
        cl = Main.commandLine("process", "dfg", csv.toString());
        cl.setOut(new PrintWriter(dfg));
        assertThat(cl.execute("process", "dfg", csv.toString())).isZero();
        assertThat(dfg.toString()).contains("20 cases").contains("80 events");
    }
}
