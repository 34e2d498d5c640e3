package org.glassbox.cli;

import org.glassbox.cli.qca.CalibrateCommand;
import org.glassbox.cli.qca.FitCommand;
import org.glassbox.cli.qca.MinimizeCommand;
import org.glassbox.cli.qca.NecessityCommand;
import org.glassbox.cli.qca.TruthCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code glassbox qca truth|minimize|necessity|fit|calibrate DATA.csv ...}: Qualitative Comparative
 * Analysis with output laid out like the R package QCA's. Exit codes: 0 ok, 1 bad input, 2 usage.
 */
@Command(name = "qca", mixinStandardHelpOptions = true,
        description = "Qualitative Comparative Analysis: truth tables, Boolean minimisation, necessity, calibration.",
        subcommands = {TruthCommand.class, MinimizeCommand.class, NecessityCommand.class, FitCommand.class, CalibrateCommand.class})
public final class QcaCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
