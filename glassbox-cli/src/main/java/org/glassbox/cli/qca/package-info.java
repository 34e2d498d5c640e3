/** The {@code glassbox qca} subcommands: thin layers over {@link org.glassbox.qca.Qca} that parse options and print. */
package org.glassbox.cli.qca;
