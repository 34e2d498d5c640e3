package org.glassbox.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;

/** What a workspace's first start does (workspace.md): the admin account, and with --demo the demo project. */
public final class FirstStart {
    /** The project the demo cases go into. */
    public static final String DEMO = "demo";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private FirstStart() {
    }

    /**
     * On a workspace with no user, creates {@code admin} with the password in {@code passwordFile}
     * (its first line) or a generated one, which is returned (null when users existed or the password came from the file).
     */
    public static String admin(Workspace ws, Path passwordFile) throws IOException {
        if (ws.accounts().count() > 0) {
            return null;
        }
        if (passwordFile != null) {
            String pw = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            ws.accounts().add("admin", pw.toCharArray(), true);
            return null;
        }
        String pw = generatedPassword(new SecureRandom());
        ws.accounts().add("admin", pw.toCharArray(), true);
        return pw;
    }

    /** 20 characters from a 56-letter alphabet without look-alikes (about 116 bits). */
    static String generatedPassword(SecureRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /**
     * The demo's cases: the study's two (the folders of {@code glassbox demo}) and the coded example of case format
     * 1.1 (documents, passages by two coders, objects), which the store keeps whole.
     */
    static final List<String> DEMO_CASES = List.of("city-b", "county-c-coded", "province-a");

    /** Imports the demo's case folders under {@code examples} into project {@code demo} (owned by admin) when that project does not exist; the ids imported. */
    public static List<String> demo(Workspace ws, Path examples) throws IOException, CaseFormatException {
        List<String> out = new ArrayList<>();
        if (ws.projects().exists(DEMO)) {
            return out;
        }
        User admin = ws.accounts().get("admin");
        List<Path> dirs = new ArrayList<>();
        try (var s = Files.list(examples)) {
            s.filter(d -> DEMO_CASES.contains(d.getFileName().toString()) && Files.isRegularFile(d.resolve("case.yaml")))
                    .sorted().forEach(dirs::add);
        }
        List<org.glassbox.core.model.Case> cases = new ArrayList<>();
        for (Path d : dirs) {
            cases.add(org.glassbox.io.Cases.read(d));
        }
        ws.projects().create(DEMO, "Demo: Province A, City B and County C (coded)", admin.name());
        for (var c : cases) {
            ws.cases().importCase(DEMO, c, admin.name());
            out.add(c.id());
        }
        return out;
    }
}
