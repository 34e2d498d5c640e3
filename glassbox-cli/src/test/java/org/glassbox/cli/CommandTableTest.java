package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 12, item 17: the README's command table lists every command and subcommand Main has. */
class CommandTableTest {
    private static final Path README = Path.of("..", "README.md").toAbsolutePath().normalize();

    /** The first cells of the README's table whose header is "| command | what it does |". */
    private static List<String> commandCells() throws Exception {
        List<String> lines = Files.readAllLines(README);
        List<String> cells = new ArrayList<>();
        int at = lines.indexOf("| command | what it does |");
        assertThat(at).as("the README's command table").isNotNegative();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String row = lines.get(i).replace("\\|", "\u0000");
            cells.add(row.split("\\|")[1].replace('\u0000', '|').strip());
        }
        return cells;
    }

    @Test
    void everySubcommandOfMainHasARow() throws Exception {
        List<String> cells = commandCells();
        CommandLine main = Main.commandLine("--help");
        List<String> missing = new ArrayList<>();
        for (var e : main.getSubcommands().entrySet()) {
            String name = e.getKey();
            if (name.equals("help")) {
                continue;
            }
            List<String> rows = cells.stream().filter(c -> c.startsWith("`glassbox " + name + " ")
                    || c.equals("`glassbox " + name + "`") || c.contains(" or `glassbox " + name + " ")).toList();
            if (rows.isEmpty()) {
                missing.add(name);
                continue;
            }
            Set<String> words = rows.stream().flatMap(c -> Arrays.stream(c.split("[\\s|`\\[\\]]+")))
                    .collect(Collectors.toSet());
            for (var sub : e.getValue().getSubcommands().entrySet()) {
                // aliases (qca minimise) map to the same command under another key: its own name counts
                String own = sub.getValue().getCommandName();
                if (sub.getKey().equals(own) && !own.equals("help") && !words.contains(own)) {
                    missing.add(name + " " + own);
                }
            }
        }
        assertThat(missing).as("commands missing from the README's command table").isEmpty();
    }
}
