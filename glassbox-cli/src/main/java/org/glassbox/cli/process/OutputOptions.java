package org.glassbox.cli.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.glassbox.core.model.EventLog;
import org.glassbox.io.csvlog.CsvLogWriter;
import org.glassbox.io.json.ProcessJson;
import org.glassbox.io.xes.XesWriter;
import picocli.CommandLine.Option;

/** --json FILE|-, and export of the (filtered) log. */
public final class OutputOptions {
    @Option(names = "--json", paramLabel = "FILE|-", description = "write the result as JSON to FILE, or to stdout with -")
    String json;
    @Option(names = "--export-xes", paramLabel = "FILE", description = "write the (filtered) log as XES (.xes or .xes.gz)")
    Path exportXes;
    @Option(names = "--export-csv", paramLabel = "FILE", description = "write the (filtered) log as CSV")
    Path exportCsv;
    @Option(names = "--export-parquet", paramLabel = "FILE", description = "write the (filtered) log as Parquet (pm4py's four columns)")
    Path exportParquet;

    /** Whether the JSON goes to stdout (then no text output is printed). */
    boolean jsonToStdout() {
        return "-".equals(json);
    }

    /** Whether JSON was asked for: the commands build their JSON trees only then (Jackson's set-up costs start-up time). */
    boolean wantsJson() {
        return json != null;
    }

    void writeJson(JsonNode value, PrintWriter out) throws IOException {
        if (json == null) {
            return;
        }
        if (jsonToStdout()) {
            ProcessJson.write(value, out);
            out.println();
            out.flush();
        } else {
            ProcessJson.write(value, Path.of(json));
        }
    }

    void export(EventLog log, PrintWriter err) throws IOException {
        if (exportXes != null) {
            XesWriter.write(log, exportXes);
            err.println("wrote " + exportXes);
        }
        if (exportCsv != null) {
            CsvLogWriter.write(log, exportCsv);
            err.println("wrote " + exportCsv);
        }
        if (exportParquet != null) {
            org.glassbox.io.parquet.ParquetLogWriter.write(log, exportParquet);
            err.println("wrote " + exportParquet);
        }
    }
}
