package org.glassbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces glassbox-core's module-info: no other module of the build (their main and test
 * sources, read from the project root, {@code glassbox.root} = {@code ${maven.multiModuleProjectDirectory}})
 * may use a class of a core package that module-info does not export — the other modules run on
 * the class path, where the JVM would not stop them.
 */
class ModuleBoundaryTest {
    /** A reference to a core class: the package (lower-case segments) and the class (first capitalised segment). */
    private static final Pattern CORE_REF = Pattern.compile("\\borg\\.glassbox\\.core((?:\\.[a-z][a-z0-9_]*)*)\\.([A-Z]\\w*)");

    static Set<String> exported() throws IOException {
        Path classes;
        try {
            classes = Path.of(org.glassbox.core.analysis.Glassbox.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path info = Files.isDirectory(classes) ? classes.resolve("module-info.class") : null;
        assertThat(info).as("glassbox-core's compiled module-info.class beside " + classes).isNotNull().exists();
        try (InputStream in = Files.newInputStream(info)) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            assertThat(d.name()).isEqualTo("org.glassbox.core");
            return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Each use of a core class in {@code source} whose package is not in {@code exported}, as "line N: package.Class". */
    static List<String> violations(String source, Set<String> exported) {
        List<String> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = CORE_REF.matcher(lines[i]);
            while (m.find()) {
                String pkg = "org.glassbox.core" + m.group(1);
                if (!exported.contains(pkg)) {
                    out.add("line " + (i + 1) + ": " + pkg + "." + m.group(2));
                }
            }
        }
        return out;
    }

    static Path root() {
        String r = System.getProperty("glassbox.root");
        Path p = r == null || r.isBlank() ? Path.of("..") : Path.of(r);
        return p.toAbsolutePath().normalize();
    }

    @Test
    void theScannerFindsAClassOfAnUnexportedPackage() {
        Set<String> exported = Set.of("org.glassbox.core.analysis", "org.glassbox.core.model");
        String src = "import org.glassbox.core.analysis.Glassbox;\nimport org.glassbox.core.analysis.facts.CaseFacts;\n"
                + "class X { org.glassbox.core.model.Case c; org.glassbox.core.hidden.Thing t; }\n";
        assertThat(violations(src, exported)).containsExactly("line 2: org.glassbox.core.analysis.facts.CaseFacts",
                "line 3: org.glassbox.core.hidden.Thing");
    }

    @Test
    void theInternalsAreNotExported() throws IOException {
        Set<String> exported = exported();
        assertThat(exported).contains("org.glassbox.core.analysis", "org.glassbox.core.model", "org.glassbox.core.process")
                .doesNotContain("org.glassbox.core.analysis.facts");
    }

    @Test
    void noOtherModuleUsesAClassCoreDoesNotExport() throws IOException {
        Set<String> exported = exported();
        Path root = root();
        List<Path> modules;
        try (Stream<Path> s = Files.list(root)) {
            modules = s.filter(p -> p.getFileName().toString().startsWith("glassbox-"))
                    .filter(p -> !p.getFileName().toString().equals("glassbox-core"))
                    .filter(p -> Files.isDirectory(p.resolve("src"))).sorted().toList();
        }
        assertThat(modules).as("modules beside glassbox-core under " + root).isNotEmpty();
        List<String> problems = new ArrayList<>();
        int files = 0;
        int refs = 0;
        for (Path m : modules) {
            List<Path> sources;
            try (Stream<Path> s = Files.walk(m.resolve("src"))) {
                sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            }
            for (Path f : sources) {
                files++;
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher count = CORE_REF.matcher(text);
                while (count.find()) {
                    refs++;
                }
                for (String v : violations(text, exported)) {
                    problems.add(root.relativize(f) + " " + v);
                }
            }
        }
        assertThat(files).isPositive();
        assertThat(refs).as("uses of core classes found").isPositive();
        assertThat(problems).as("uses of classes in packages glassbox-core does not export (exported: " + exported + ")")
                .isEmpty();
    }
}
