package org.glassbox.io.caseformat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.model.Axis;
import org.glassbox.core.model.Code;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventType;
import org.glassbox.core.model.Mechanism;
import org.glassbox.core.model.Side;
import org.glassbox.core.model.TieType;

/**
 * The codebook as YAML: the schema of a case's {@code codebook.yaml} and of what
 * {@code glassbox codebook} prints.
 *
 * <pre>
 * event_types:                 # name: {category, mechanism, decision}
 *   hackathon: {category: collaborative, mechanism: collaborative, decision: false}
 * tie_types:                   # name: {axis, directed}
 *   mentoring: {axis: lateral, directed: true}
 * sectors:                     # name: side (government | enterprise | other)
 *   cooperative: enterprise
 * levels: [district]
 * thresholds:
 *   structure.matrix.dual_authority_min: 0.25
 * codes:                       # format 1.1: the codes passages are coded with, a hierarchy by parent
 *   - {name: diagnosis, description: the problem is examined before a solution}
 *   - {name: needs-survey, parent: diagnosis}
 * </pre>
 *
 * A case's file extends or overrides {@link Codebook#defaults()}: an entry it names replaces the
 * default one, and keys it leaves out of an entry keep the default's value (so
 * {@code directive: {mechanism: market}} changes only the mechanism).
 */
public final class CodebookYaml {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private static final ObjectMapper JSON = new ObjectMapper();

    static final Set<String> TOP_KEYS = Set.of("event_types", "tie_types", "sectors", "levels", "thresholds", "codes");
    /** The keys of one code (format 1.1). */
    static final Set<String> CODE_KEYS = Set.of("name", "parent", "description");

    private CodebookYaml() {
    }

    /** The whole codebook as YAML. */
    public static String write(Codebook codebook) {
        return toYaml(tree(codebook, null));
    }

    /**
     * The whole codebook as YAML followed (format 1.1) by the {@code codes} passages are coded
     * with, when there are any: what {@code glassbox codebook --case} prints.
     */
    public static String write(Codebook codebook, List<Code> codes) {
        return toYaml(fullTree(codebook, codes));
    }

    /**
     * The same as {@link #write(Codebook, List)}, as JSON (an object with the same keys; thresholds as
     * numbers, decision and directed as booleans): what {@code glassbox codebook --json} prints.
     */
    public static String writeJson(Codebook codebook, List<Code> codes) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fullTree(codebook, codes));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> fullTree(Codebook codebook, List<Code> codes) {
        Map<String, Object> root = tree(codebook, null);
        if (!codes.isEmpty()) {
            root.put("codes", codeList(codes));
        }
        return root;
    }

    /** Only what {@code codebook} adds to or changes in the defaults, as a case's codebook.yaml. */
    public static String writeExtension(Codebook codebook) {
        return toYaml(tree(codebook, Codebook.defaults()));
    }

    /**
     * A case's codebook.yaml: what {@code codebook} changes in the defaults and (format 1.1) the
     * {@code codes} passages are coded with; null when there is neither (the case keeps the defaults).
     */
    public static String writeExtension(Codebook codebook, List<Code> codes) {
        if (codes.isEmpty()) {
            return codebook.equals(Codebook.defaults()) ? null : writeExtension(codebook);
        }
        Map<String, Object> root = tree(codebook, Codebook.defaults());
        if (codebook.equals(Codebook.defaults())) {
            root.remove("levels");
        }
        root.put("codes", codeList(codes));
        return toYaml(root);
    }

    private static List<Map<String, Object>> codeList(List<Code> codes) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Code c : codes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            if (c.parent() != null) {
                m.put("parent", c.parent());
            }
            if (c.description() != null) {
                m.put("description", c.description());
            }
            list.add(m);
        }
        return list;
    }

    /**
     * The {@code codes} of a codebook.yaml's text (format 1.1), checked as a case's are.
     *
     * @throws CaseFormatException with every problem, when the text or its codes are not valid
     */
    public static List<Code> readCodes(String yaml, String file) throws CaseFormatException {
        ProblemLog log = new ProblemLog();
        YamlNode node = YamlTree.parse(yaml, file, log);
        List<Code> out = node == null ? List.of() : codes(node, log);
        if (log.hasErrors()) {
            throw new CaseFormatException(log.problems());
        }
        return out;
    }

    /**
     * The {@code codes} section of a codebook.yaml (format 1.1): a list of {@code {name, parent,
     * description}}; names are identifiers, unique; a parent names a code of the list (before or
     * after); the parents form no cycle. Every problem is logged at its line.
     */
    static List<Code> codes(YamlNode root, ProblemLog log) {
        if (root == null || !root.isMap() || root.map().get("codes") == null || root.map().get("codes").isNull()) {
            return List.of();
        }
        YamlNode node = root.map().get("codes");
        if (!node.isList()) {
            log.error(node.pos(), "codes", node.describe(), "a list of {name, parent, description}", "codes is not a list");
            return List.of();
        }
        int before = log.errorCount();
        List<Code> out = new ArrayList<>();
        List<YamlNode> at = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (YamlNode c : node.list()) {
            if (!c.isMap()) {
                log.error(c.pos(), "codes", c.describe(), "{name, parent, description}", "a code is not a mapping");
                continue;
            }
            Map<String, YamlNode> m = c.map();
            for (String k : m.keySet()) {
                if (!CODE_KEYS.contains(k)) {
                    log.error(m.get(k).pos(), "codes." + k, k, "name, parent and description", "an unknown key of a code");
                }
            }
            String name = text(m.get("name"));
            if (name == null || name.isEmpty()) {
                log.error(c.pos(), "codes.name", null, "a name for the code", "a code without a name");
                continue;
            }
            if (!CaseLoader.isIdentifier(name)) {
                log.error(m.get("name").pos(), "codes.name", name, "a non-blank name without ';'", "a bad code name");
                continue;
            }
            if (seen.containsKey(name)) {
                log.error(m.get("name").pos(), "codes.name", name, "code names unique (first at line " + seen.get(name)
                        + ")", "a duplicate code");
                continue;
            }
            seen.put(name, m.get("name").pos().line());
            String parent = text(m.get("parent"));
            out.add(new Code(name, parent == null || parent.isEmpty() ? null : parent, text(m.get("description"))));
            at.add(c);
        }
        Map<String, String> parentOf = new LinkedHashMap<>();
        for (Code c : out) {
            parentOf.put(c.name(), c.parent());
        }
        for (int i = 0; i < out.size(); i++) {
            Code c = out.get(i);
            if (c.parent() == null) {
                continue;
            }
            YamlNode pn = at.get(i).map().get("parent");
            if (!parentOf.containsKey(c.parent())) {
                log.error(pn.pos(), "codes.parent", c.parent(), "the name of another code of the list",
                        "an unknown parent code" + Suggestions.hint(c.parent(), parentOf.keySet()));
                continue;
            }
            List<String> path = new ArrayList<>(List.of(c.name()));
            for (String p = c.parent(); p != null && parentOf.containsKey(p); p = parentOf.get(p)) {
                if (p.equals(c.name())) {
                    path.add(p);
                    log.error(pn.pos(), "codes.parent", c.parent(), "a hierarchy without cycles",
                            "the parents of code '" + c.name() + "' form a cycle: " + String.join(" → ", path));
                    break;
                }
                if (path.contains(p)) {
                    break; // a cycle above this code, reported at its own members
                }
                path.add(p);
            }
        }
        return log.errorCount() > before ? List.of() : out;
    }

    /** Reads a codebook.yaml: the defaults extended by the file. */
    public static Codebook read(Path file) throws CaseFormatException {
        ProblemLog log = new ProblemLog();
        Codebook ext;
        try {
            YamlNode node = YamlTree.read(Files.newInputStream(file), file.toString(), log);
            ext = node == null ? Codebook.empty() : extension(node, Codebook.defaults(), log);
        } catch (IOException e) {
            throw new CaseFormatException(List.of(new Problem(file.toString(), 0, 0, null, null, null, null,
                    "cannot read the file: " + e.getMessage(), Problem.Severity.ERROR)));
        }
        if (log.hasErrors()) {
            throw new CaseFormatException(log.problems());
        }
        return Codebook.defaults().extend(ext);
    }

    private static String toYaml(Map<String, Object> tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> tree(Codebook cb, Codebook base) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> events = new LinkedHashMap<>();
        cb.eventTypes().forEach((name, t) -> {
            if (base == null || !t.equals(base.eventType(name))) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("category", t.category());
                m.put("mechanism", t.defaultMechanism().word());
                m.put("decision", t.decision());
                events.put(name, m);
            }
        });
        Map<String, Object> ties = new LinkedHashMap<>();
        cb.tieTypes().forEach((name, t) -> {
            if (base == null || !t.equals(base.tieType(name))) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("axis", t.axis().word());
                m.put("directed", t.directed());
                ties.put(name, m);
            }
        });
        Map<String, Object> sectors = new LinkedHashMap<>();
        cb.sectors().forEach((name, side) -> {
            if (base == null || side != base.sectors().get(name)) {
                sectors.put(name, side.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        List<String> levels = new ArrayList<>();
        for (String l : cb.levels()) {
            if (base == null || !base.levels().contains(l)) {
                levels.add(l);
            }
        }
        Map<String, Object> thresholds = new LinkedHashMap<>();
        cb.thresholds().forEach((name, v) -> {
            if (base == null || !v.equals(base.thresholds().get(name))) {
                thresholds.put(name, v);
            }
        });
        putIfAny(root, "event_types", events);
        putIfAny(root, "tie_types", ties);
        putIfAny(root, "sectors", sectors);
        if (!levels.isEmpty() || base == null) {
            root.put("levels", levels);
        }
        putIfAny(root, "thresholds", thresholds);
        return root;
    }

    private static void putIfAny(Map<String, Object> root, String key, Map<String, Object> m) {
        if (!m.isEmpty()) {
            root.put(key, m);
        }
    }

    /**
     * The entries a codebook.yaml defines (to {@linkplain Codebook#extend extend} {@code base} with),
     * every problem logged with its line.
     */
    static Codebook extension(YamlNode root, Codebook base, ProblemLog log) {
        Map<String, EventType> events = new LinkedHashMap<>();
        Map<String, TieType> ties = new LinkedHashMap<>();
        Map<String, Side> sectors = new LinkedHashMap<>();
        Set<String> levels = new LinkedHashSet<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        if (root.isNull()) {
            return Codebook.empty();
        }
        if (!root.isMap()) {
            log.error(root.pos(), null, root.describe(), "a mapping with keys " + String.join(", ", sorted(TOP_KEYS)),
                    "the codebook is not a mapping");
            return Codebook.empty();
        }
        root.map().forEach((key, node) -> {
            if (!TOP_KEYS.contains(key)) {
                log.error(node.pos(), key, key, "one of " + String.join(", ", sorted(TOP_KEYS)), "an unknown codebook key");
                return;
            }
            if (node.isNull() || key.equals("codes")) { // codes: read by codes(), not part of the vocabulary
                return;
            }
            switch (key) {
                case "event_types" -> entries(node, key, log).forEach((name, n) -> {
                    EventType t = eventType(name, n, base.eventType(name), log);
                    if (t != null) {
                        events.put(name, t);
                    }
                });
                case "tie_types" -> entries(node, key, log).forEach((name, n) -> {
                    TieType t = tieType(name, n, base.tieType(name), log);
                    if (t != null) {
                        ties.put(name, t);
                    }
                });
                case "sectors" -> entries(node, key, log).forEach((name, n) -> {
                    Side s = side(n, log);
                    if (s != null) {
                        sectors.put(name, s);
                    }
                });
                case "levels" -> {
                    if (!node.isList()) {
                        log.error(node.pos(), key, node.describe(), "a list of level names", "levels is not a list");
                        return;
                    }
                    for (YamlNode l : node.list()) {
                        if (l.text() == null || l.text().isBlank()) {
                            log.error(l.pos(), key, l.describe(), "a level name", "a level must be a name");
                        } else {
                            levels.add(l.text().strip());
                        }
                    }
                }
                default -> entries(node, key, log).forEach((name, n) -> {
                    Double v = number(n);
                    if (v == null) {
                        log.error(n.pos(), name, n.describe(), "a number", "a threshold must be a number");
                    } else {
                        if (!base.thresholds().containsKey(name)) {
                            log.note(n.pos(), name, "threshold " + name + " is not one the analyses read; kept");
                        }
                        thresholds.put(name, v);
                    }
                });
            }
        });
        return new Codebook(events, ties, sectors, levels, thresholds);
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static Map<String, YamlNode> entries(YamlNode node, String key, ProblemLog log) {
        if (!node.isMap()) {
            log.error(node.pos(), key, node.describe(), "a mapping of names to entries", key + " is not a mapping");
            return Map.of();
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        node.map().forEach((name, n) -> {
            if (!CaseLoader.isIdentifier(name)) {
                log.error(n.pos(), key, name, "a non-blank name without ';' or surrounding spaces", "a bad name");
            } else {
                out.put(name, n);
            }
        });
        return out;
    }

    private static EventType eventType(String name, YamlNode n, EventType base, ProblemLog log) {
        if (!n.isMap()) {
            log.error(n.pos(), name, n.describe(), "{category: …, mechanism: …, decision: true|false}",
                    "an event type must be a mapping");
            return null;
        }
        Map<String, YamlNode> m = n.map();
        for (String k : m.keySet()) {
            if (!Set.of("category", "mechanism", "decision").contains(k)) {
                log.error(m.get(k).pos(), k, k, "category, mechanism or decision", "an unknown key of event type " + name);
            }
        }
        String category = text(m.get("category"));
        if (category == null) {
            category = base == null ? null : base.category();
        }
        if (category == null) {
            log.error(n.pos(), "category", null, "a category (structure, administrative, market, …)",
                    "event type " + name + " has no category");
        }
        Mechanism mech = base == null ? Mechanism.NONE : base.defaultMechanism();
        YamlNode mn = m.get("mechanism");
        if (mn != null && !mn.isNull()) {
            mech = Mechanism.ofWord(text(mn) == null ? "" : text(mn));
            if (mech == null) {
                log.error(mn.pos(), "mechanism", mn.describe(), "administrative, market, collaborative or none",
                        "an unknown mechanism");
            }
        }
        boolean decision = base != null && base.decision();
        YamlNode dn = m.get("decision");
        if (dn != null && !dn.isNull()) {
            Boolean b = bool(dn);
            if (b == null) {
                log.error(dn.pos(), "decision", dn.describe(), "true or false", "decision must be true or false");
            } else {
                decision = b;
            }
        }
        return category == null || mech == null ? null : new EventType(name, category, mech, decision);
    }

    private static TieType tieType(String name, YamlNode n, TieType base, ProblemLog log) {
        if (!n.isMap()) {
            log.error(n.pos(), name, n.describe(), "{axis: …, directed: true|false}", "a tie type must be a mapping");
            return null;
        }
        Map<String, YamlNode> m = n.map();
        for (String k : m.keySet()) {
            if (!Set.of("axis", "directed").contains(k)) {
                log.error(m.get(k).pos(), k, k, "axis or directed", "an unknown key of tie type " + name);
            }
        }
        Axis axis = base == null ? null : base.axis();
        YamlNode an = m.get("axis");
        if (an != null && !an.isNull()) {
            axis = Axis.ofWord(text(an) == null ? "" : text(an));
            if (axis == null) {
                log.error(an.pos(), "axis", an.describe(), axisWords(), "an unknown axis");
                return null;
            }
        }
        if (axis == null) {
            log.error(n.pos(), "axis", null, axisWords(), "tie type " + name + " has no axis");
            return null;
        }
        boolean directed = base == null || base.directed();
        YamlNode dn = m.get("directed");
        if (dn != null && !dn.isNull()) {
            Boolean b = bool(dn);
            if (b == null) {
                log.error(dn.pos(), "directed", dn.describe(), "true or false", "directed must be true or false");
            } else {
                directed = b;
            }
        }
        return new TieType(name, axis, directed);
    }

    static String axisWords() {
        List<String> w = new ArrayList<>();
        for (Axis a : Axis.values()) {
            w.add(a.word());
        }
        return String.join(", ", w);
    }

    private static Side side(YamlNode n, ProblemLog log) {
        String t = text(n);
        if (t != null) {
            switch (t) {
                case "government" -> {
                    return Side.GOVERNMENT;
                }
                case "enterprise" -> {
                    return Side.ENTERPRISE;
                }
                case "other" -> {
                    return Side.OTHER;
                }
                default -> {
                }
            }
        }
        log.error(n.pos(), "sectors", n.describe(), "government, enterprise or other", "an unknown side for a sector");
        return null;
    }

    private static String text(YamlNode n) {
        return n == null || n.text() == null ? null : n.text().strip();
    }

    private static Boolean bool(YamlNode n) {
        String t = text(n);
        if ("true".equals(t)) {
            return true;
        }
        if ("false".equals(t)) {
            return false;
        }
        return null;
    }

    private static Double number(YamlNode n) {
        String t = text(n);
        if (t == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
