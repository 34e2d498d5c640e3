package org.glassbox.cli.process;

import java.util.Locale;
import org.glassbox.cli.CommandFailure;
import picocli.CommandLine.Option;

/** {@code --engine embedded|spark} and {@code --master URL}: which engine computes a process command. */
public final class EngineOptions {
    @Option(names = "--engine", paramLabel = "embedded|spark",
            description = "embedded (default: in this process) or spark (the cluster engine, built with glassbox-spark; reads Parquet and CSV)")
    String engine = "embedded";

    @Option(names = "--master", paramLabel = "URL",
            description = "with --engine spark: the Spark master (default local[*]; e.g. spark://host:7077, yarn, k8s://https://host:443)")
    String master;

    /** Whether the cluster engine was asked for; a usage error for an unknown engine or a stray --master. */
    boolean cluster() {
        boolean spark = switch (engine.toLowerCase(Locale.ROOT)) {
            case "embedded" -> false;
            case "spark" -> true;
            default -> throw CommandFailure.usage("--engine must be embedded or spark, not " + engine);
        };
        if (!spark && master != null) {
            throw CommandFailure.usage("--master applies to --engine spark only");
        }
        return spark;
    }
}
