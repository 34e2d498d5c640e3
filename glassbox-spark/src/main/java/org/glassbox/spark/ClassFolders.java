package org.glassbox.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A folder of compiled classes packed into a jar, for {@code spark.jars}: a cluster's executors
 * fetch jars from the driver, never folders. The jar lies in a temporary folder deleted when the
 * JVM exits; entries are written in name order, so the same folder gives the same jar.
 */
final class ClassFolders {
    private ClassFolders() {
    }

    /** The jar of every file under {@code folder}, named after the folder's module (the folder above {@code target}). */
    static Path jar(Path folder) throws IOException {
        Path base = folder.toAbsolutePath().normalize();
        Path module = base.getParent() != null && base.getParent().getParent() != null ? base.getParent().getParent() : base;
        Path tmp = Files.createTempDirectory("glassbox-spark-jars-");
        Path jar = tmp.resolve(module.getFileName() + ".jar");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(base)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream o = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(o)) {
            for (Path f : files) {
                j.putNextEntry(new JarEntry(base.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
                Files.copy(f, j);
                j.closeEntry();
            }
        }
        tmp.toFile().deleteOnExit(); // deleted in reverse order: the jar first, then its folder
        jar.toFile().deleteOnExit();
        return jar;
    }
}
