package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A zip bomb and a heap too small at the command boundary: exit 1 with one line, never an OutOfMemoryError's stack
 * trace. The bomb is built at test time: a zipped case whose events.csv is 300 MB of one repeated row (0.3 MB zipped),
 * streamed through the deflater to a temporary file.
 */
class OutOfMemoryTest {
    private static final String BOMB = "expands more than 100 times its compressed size (a zip bomb?)";

    @TempDir
    Path tmp;

    static Path bomb(Path file, long eventBytes) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry("case.yaml"));
            z.write("id: t\nname: T\n".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("actors.csv"));
            z.write("id,name,sector\ngov,Gov,government\n".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("events.csv"));
            z.write("id,date,type,initiator\n".getBytes(StandardCharsets.UTF_8));
            byte[] row = "e1,2019-03,plan,gov\n".getBytes(StandardCharsets.UTF_8);
            byte[] block = new byte[row.length * ((1 << 20) / row.length)];
            for (int i = 0; i < block.length; i += row.length) {
                System.arraycopy(row, 0, block, i, row.length);
            }
            for (long n = 0; n < eventBytes; n += block.length) {
                z.write(block);
            }
            z.closeEntry();
        }
        return file;
    }

    private static void noStackTrace(String text) {
        assertThat(text).doesNotContain("OutOfMemoryError").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("at org.");
    }

    @Test
    void validateRefusesTheBombWithExitOne() throws Exception {
        Path z = bomb(tmp.resolve("bomb.zip"), 300_000_000L);
        assertThat(Files.size(z)).isLessThan(2_000_000L);
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("validate", z.toString())).isEqualTo(1);
        assertThat(cli.out()).contains(z + "!/events.csv: refused: events.csv " + BOMB);
        noStackTrace(cli.out() + cli.err());
    }

    @Test
    void analyzeRefusesTheBombWithExitOne() throws Exception {
        Path z = bomb(tmp.resolve("bomb.zip"), 300_000_000L);
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("analyze", z.toString())).isEqualTo(1);
        assertThat(cli.err()).contains(z + "!/events.csv: refused: events.csv " + BOMB)
                .contains(z + ": cannot be analysed (");
        noStackTrace(cli.out() + cli.err());
    }

    /** A command that runs out of memory, here or in another thread. */
    @CommandLine.Command(name = "hungry")
    static final class Hungry implements Callable<Integer> {
        @CommandLine.Parameters
        List<Path> inputs;

        @CommandLine.Option(names = "--elsewhere")
        boolean elsewhere;

        @Override
        public Integer call() throws Exception {
            if (elsewhere) {
                CompletableFuture.runAsync(() -> {
                    throw new OutOfMemoryError("Java heap space");
                }).get(10, TimeUnit.SECONDS);
            }
            throw new OutOfMemoryError("Java heap space");
        }
    }

    private static String run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.addSubcommand(new Hungry());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute(args)).isEqualTo(Failures.BAD_INPUT);
        return err.toString();
    }

    @Test
    void runningOutOfMemoryIsOneLineNamingTheInputAndTheVariable() {
        String heap = org.glassbox.io.guard.Inflation.mib(Runtime.getRuntime().maxMemory());
        String more = org.glassbox.io.guard.Inflation.largerHeap(Runtime.getRuntime().maxMemory());
        String line = "glassbox hungry: out of memory with a.zip, b (a Java heap of " + heap + "): give Java more memory,"
                + " e.g. GLASSBOX_JAVA_OPTS=-Xmx" + more + System.lineSeparator();
        assertThat(run("hungry", "a.zip", "b")).isEqualTo(line);
        assertThat(run("hungry", "--elsewhere", "a.zip", "b")).isEqualTo(line);
    }

    @Test
    void theVariableNamedIsTheOneTheLauncherPasses() throws IOException {
        // the tests run in glassbox-cli/; the launcher is at the root of the checkout
        assertThat(Files.readString(Path.of("..", "glassbox")))
                .contains("exec java ").contains(" ${" + Failures.LAUNCHER_JAVA_OPTS + ":-} ");
    }

    /**
     * The real CLI in a JVM of 256 MiB (C1 only, as the launcher runs short commands): the bomb is refused, exit 1,
     * and no OutOfMemoryError. Before the fix this JVM ran out of memory parsing tens of MB of rows.
     */
    @Test
    void theBombIsRefusedInAJvmOf256MiB() throws Exception {
        Path z = bomb(tmp.resolve("bomb.zip"), 300_000_000L);
        Child c = child(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), "analyze", z.toString());
        assertThat(c.exit).as(c.err).isEqualTo(1);
        assertThat(c.err).contains(z + "!/events.csv: refused: events.csv " + BOMB).contains(z + ": cannot be analysed (");
        noStackTrace(c.out + c.err);
    }

    /**
     * A real OutOfMemoryError in a real JVM: a case folder (no zip guard) of 16 MB of short indicator rows, which
     * takes about 16 bytes of heap per byte to read (250 MiB), validated in a heap of 64 MiB.
     */
    @Test
    void aCaseTooLargeForTheHeapIsOneLineInAJvmOf64MiB() throws Exception {
        Path c = ValidateCommandTest.writeCase(tmp.resolve("large"), "id,name,sector\ngov,Gov,government\n");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(c.resolve("indicators.csv")), 1 << 16)) {
            os.write("date,indicator,value\n".getBytes(StandardCharsets.UTF_8));
            byte[] row = "2014,x,1\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 16_000_000 / row.length; i++) {
                os.write(row);
            }
        }
        Child r = child(List.of("-Xmx64m", "-XX:TieredStopAtLevel=1"), "validate", c.toString());
        assertThat(r.exit).as(r.err).isEqualTo(1);
        assertThat(r.err).isEqualTo("glassbox validate: out of memory with " + c + " (a Java heap of 64 MiB): give Java"
                + " more memory, e.g. GLASSBOX_JAVA_OPTS=-Xmx2g" + System.lineSeparator());
    }

    record Child(int exit, String out, String err) {
    }

    static Child child(List<String> jvm, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("glassbox-child-", ".out");
        Path err = Files.createTempFile("glassbox-child-", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the child JVM did not end in 60 s: " + cmd);
            }
            return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
