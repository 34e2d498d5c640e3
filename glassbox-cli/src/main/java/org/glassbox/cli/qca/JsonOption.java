package org.glassbox.cli.qca;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.glassbox.qca.json.QcaJson;
import picocli.CommandLine.Option;

/** --json FILE|-: write the result as JSON to a file, or to stdout instead of the text output. */
public final class JsonOption {
    @Option(names = "--json", paramLabel = "FILE|-", description = "write the result as JSON to FILE, or to stdout with -")
    String json;

    boolean toStdout() {
        return "-".equals(json);
    }

    void write(JsonNode value, PrintWriter out) throws IOException {
        if (json == null) return;
        if (toStdout()) {
            QcaJson.write(value, out);
            out.println();
        } else {
            QcaJson.write(value, Path.of(json));
        }
    }
}
