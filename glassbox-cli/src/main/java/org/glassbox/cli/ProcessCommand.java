package org.glassbox.cli;

import org.glassbox.cli.process.ProcessCompareCommand;
import org.glassbox.cli.process.ProcessDfgCommand;
import org.glassbox.cli.process.ProcessHandoverCommand;
import org.glassbox.cli.process.ProcessOcdfgCommand;
import org.glassbox.cli.process.ProcessStatsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code glassbox process stats|dfg|ocdfg|handover|compare LOG...}: process mining on event logs. */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Process mining on event logs (XES, CSV, OCEL 2.0): statistics, process maps, organisational networks, comparison.",
        subcommands = {ProcessStatsCommand.class, ProcessDfgCommand.class, ProcessOcdfgCommand.class,
                ProcessHandoverCommand.class, ProcessCompareCommand.class})
public final class ProcessCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
