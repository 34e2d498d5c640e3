package org.glassbox.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysis's English sentences (evidence claims and the rules that fired) in the report's
 * language, carrying the same reasoning: the same numbers, each comparison with its threshold and
 * its operator, "who initiates" and the other questions in words. Each sentence core writes has a
 * pattern here and a template {@code claim.NAME} in the bundle whose {@code {i}} are the pattern's
 * groups; a rule inside a claim is translated in turn. Metric identifiers ({@code unityOfCommandRatio})
 * become their labels in both languages; a sentence no pattern knows keeps its numbers and comparisons
 * with the metric names translated ({@link #rule}).
 */
final class ClaimText {
    /** A sentence kind: its pattern, its template key, and which groups are rules / verdict words. */
    private record Kind(Pattern pattern, String key, String groups) {
    }

    private static final String N = "(-?[0-9]+(?:\\.[0-9]+)?)";
    private static final String W = "([A-Za-z0-9_-]+)";
    /** The phase the trajectory ends in, when core names it: {@code  (p3)}. */
    private static final String END = "(?: \\(([A-Za-z0-9_-]+)\\))?";
    /** Phases the trajectory skipped for too little evidence: {@code ; skipped as insufficient: p2 (9 … < 10)}. */
    private static final String SKIPPED = "(?:; skipped as insufficient: (.*))?";
    /** The standing arrangements core adds to "which ties bind" (issue 11, item 3). */
    private static final String STANDING = "(?:; standing arrangements: (" + N + " contract, equity or secondment ties weigh as "
            + N + " event-equivalents, " + N + " of them by contract))?";
    private static final Pattern STANDING_PARTS = Pattern.compile(N + " contract, equity or secondment ties weigh as "
            + N + " event-equivalents, " + N + " of them by contract");
    /** Who creates the dual authority, when core names the coordinators (issue 11, item 4). */
    private static final String COORDINATED = "(?:; dual authority created by: (.*; coordinator shares government " + N + ", enterprise "
            + N + ", other " + N + "))?";
    private static final Pattern COORDINATED_PARTS = Pattern.compile("(.*); coordinator shares government " + N + ", enterprise "
            + N + ", other " + N);
    private static final Pattern COORDINATOR = Pattern.compile("([^ ,]+) \\(([a-z-]+)\\)");
    /** Group markers: k = coordinators, a = standing arrangements, r = a rule (translated in turn), w = a verdict word, m = a model, c = a mechanism, n = kept as it is. */
    private static final List<Kind> CLAIMS = List.of(
            kind("in " + W + " the structure is " + W + " \\((.*)\\): " + N + " of " + N
                    + " actors under authority hold dual authority, " + N + " answer to a single superior" + COORDINATED, "structure", "nwrnnnk"),
            kind("who initiates: enterprises initiate towards government in " + N + " events, government towards enterprises in "
                    + N + " \\(reciprocity " + N + "\\)", "initiates", "nnn"),
            kind("who co-decides: enterprises initiate or take part in " + N + " of " + N + " decision events \\(co-decision "
                    + N + "\\)", "codecides", "nnn"),
            kind("which ties bind: " + N + " of " + N + " government–enterprise events run under a contract or equity tie with no"
                    + " command, guidance or supervision tie \\(contract strength " + N + "\\)" + STANDING, "bind", "nnna"),
            kind("who is only a target: in " + N + " of " + N + " government–enterprise events government initiates and"
                    + " enterprises only execute \\(administrative dominance " + N + "\\)", "target", "nnn"),
            kind("embedding trajectory " + W + ": (.*)", "trajectory", "wr"),
            kind("context, not scored: the coded mechanism mix of " + W + " is dominated by " + W + " \\(labels feed the mix only\\)",
                    "context", "nc"),
            kind("construction model " + W + "(?: on ([A-Za-z0-9_-]+))?: (.*)", "model", "wor"),
            kind("(de-embedded|inter-embedded|embedded|never-embedded): (.*)", "trajectoryType", "wr"));
    private static final List<Kind> RULES = List.of(
            kind("index falls " + N + " ≥ " + N + " from its peak " + N + " in " + W + " to " + N + END
                    + " while administrative dominance rises " + N + " → " + N + SKIPPED, "rule.falls", "nnnnnpnns"),
            kind("index ends at " + N + END + " ≥ " + N + ", not below its start " + N + ", with contract strength " + N + " ≥ " + N
                    + SKIPPED, "rule.ends", "npnnnns"),
            kind("peak index " + N + " < " + N + SKIPPED, "rule.never", "nns"),
            kind("no other rule fired: peak " + N + ", end " + N + ", start " + N + ", contract strength " + N
                    + ", dominance " + N + " → " + N + SKIPPED, "rule.embedded", "nnnnnns"),
            kind("(market|administrative) " + N + " − (market|administrative) " + N + " ≥ " + N, "rule.margin", "mnmnn"),
            kind("\\|market " + N + " − administrative " + N + "\\| < " + N + ", but every voting figure that points anywhere points "
                    + "(market|administrative) \\(" + N + " of " + N + " voting\\)", "rule.unanimous", "nnnmnn"),
            kind("\\|market " + N + " − administrative " + N + "\\| < " + N, "rule.hybrid", "nnn"));
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern SKIPPED_PHASE = Pattern.compile(W + " \\(" + N
            + " (government–enterprise events|government↔enterprise initiations|decision events|government–enterprise dyads) < " + N + "\\)");
    /** The index's parts, as the trajectory names them, to their message keys. */
    private static final java.util.Map<String, String> PARTS = java.util.Map.of("government–enterprise events", "events",
            "government↔enterprise initiations", "initiations", "decision events", "decisions", "government–enterprise dyads", "dyads");
    private static final Pattern METRIC = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");

    private static Kind kind(String regex, String key, String groups) {
        return new Kind(Pattern.compile("^" + regex + "$"), key, groups);
    }

    private final Messages msg;
    private final boolean english;

    ClaimText(Messages msg) {
        this.msg = msg;
        this.english = msg.get("lang").equals("en");
    }

    /**
     * An evidence claim in the report's language (in English: as written, metric names as labels), or
     * null when no pattern knows it and it cannot be given in the report's language without English words.
     */
    String claim(String text) {
        if (text == null) {
            return "";
        }
        if (english) {
            return metrics(text);
        }
        String s = apply(CLAIMS, text);
        return s != null ? s : rule(text);
    }

    /**
     * A rule that fired (a comparison or several) in the report's language, or null when it cannot be
     * given in that language without English words.
     */
    String rule(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (english) {
            return metrics(text);
        }
        String s = apply(RULES, text);
        if (s != null) {
            return s;
        }
        s = tests(text);
        if (s != null) {
            return s;
        }
        // comparisons joined by words: the words from the bundle, the metrics as labels
        String out = text;
        for (String phrase : List.of("no rule fired: ", " with ", " and ", ", ")) {
            out = out.replace(phrase, msg.get("rule.word." + key(phrase)));
        }
        out = metrics(out);
        return ENGLISH_WORD.matcher(out).find() ? null : out;
    }

    /** What the model's process-tracing tests decided ({@code ModelTests}), joined to a rule by "; ". */
    private static final List<Kind> TEST_OUTCOMES = List.of(
            kind("smoking gun of " + W + ": (.*)", "test.outcome.gun", "mt"),
            kind("the smoking gun of " + W + " contradicts the scores' " + W + ": (.*)", "test.outcome.contradicts", "mmt"),
            kind("smoking guns of " + W + " and " + W + " both pass", "test.outcome.guns", "mm"),
            kind(W + " ruled out: hoop test failed: (.*)", "test.outcome.hoopFailed", "mt"),
            kind(W + " not issued: its hoop test is not assessable: (.*) \\(not assessable: n " + N + " < " + N
                    + " (initiations|decision events)\\)", "test.outcome.notAssessable", "mtnnp"),
            kind("the hoop tests of " + W + " hold", "test.outcome.hoops", "m"));
    /** The English conditions of the tests ({@code test.*} of the English bundle), as patterns with their keys. */
    private static final Map<Pattern, String> CONDITIONS = conditions();

    private static Map<Pattern, String> conditions() {
        Map<Pattern, String> out = new java.util.LinkedHashMap<>();
        Messages en = Messages.of(Language.EN);
        en.all().forEach((key, template) -> {
            if (key.startsWith("test.model.") || key.startsWith("test.structure.") || key.startsWith("test.trajectory.")) {
                StringBuilder re = new StringBuilder("^");
                Matcher m = Pattern.compile("\\{\\d+}").matcher(template);
                int at = 0;
                while (m.find()) {
                    re.append(Pattern.quote(template.substring(at, m.start()))).append("(.+?)");
                    at = m.end();
                }
                re.append(Pattern.quote(template.substring(at))).append("$");
                out.put(Pattern.compile(re.toString()), key);
            }
        });
        return out;
    }

    /**
     * A rule followed by what the process-tracing tests decided ("market 0.78 − administrative 0.28 ≥ 0.20;
     * smoking gun of market: …"), each part in the report's language, or null when a part cannot be.
     */
    private String tests(String text) {
        List<String> out = new ArrayList<>();
        boolean any = false;
        for (String part : text.split("; ")) {
            String t = outcome(part);
            any |= t != null;
            if (t == null) {
                t = part.equals(text) ? null : rule(part);
            }
            if (t == null) {
                return null;
            }
            out.add(t);
        }
        return any ? String.join(msg.get("rule.word.semicolon"), out) : null;
    }

    private String outcome(String part) {
        for (Kind k : TEST_OUTCOMES) {
            Matcher m = k.pattern().matcher(part);
            if (m.matches()) {
                List<Object> args = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    String v = m.group(g);
                    char kind = k.groups().charAt(g - 1);
                    if (kind == 'm') {
                        args.add(msg.label("model", v));
                    } else if (kind == 'n') {
                        args.add(v);
                    } else if (kind == 'p') {
                        args.add(msg.get("claim.skippedPart." + (v.equals("initiations") ? "initiations" : "decisions")));
                    } else {
                        String c = condition(v);
                        if (c == null) {
                            return null;
                        }
                        args.add(c);
                    }
                }
                return msg.format(k.key(), args.toArray());
            }
        }
        return null;
    }

    /** A test's English condition in the report's language, by the template it was written from. */
    private String condition(String english) {
        for (Map.Entry<Pattern, String> e : CONDITIONS.entrySet()) {
            Matcher m = e.getKey().matcher(english);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int g = 1; g <= m.groupCount(); g++) {
                    args[g - 1] = m.group(g);
                }
                return msg.format(e.getValue(), args);
            }
        }
        return null;
    }

    private static String key(String phrase) {
        return switch (phrase) {
            case "no rule fired: " -> "none";
            case " with " -> "with";
            case " and " -> "and";
            default -> "comma";
        };
    }

    private String apply(List<Kind> kinds, String text) {
        for (Kind k : kinds) {
            Matcher m = k.pattern().matcher(text);
            if (m.matches()) {
                List<String> args = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    String v = m.group(g);
                    char type = g - 1 < k.groups().length() ? k.groups().charAt(g - 1) : 'n';
                    if (v == null) {
                        args.add("");
                        continue;
                    }
                    args.add(switch (type) {
                        case 'a' -> standing(v);
                        case 'k' -> coordinated(v);
                        case 'p' -> msg.format("claim.endPhase", v);
                        case 'o' -> msg.format("claim.onPhase", v);
                        case 's' -> msg.format("claim.skipped", skipped(v));
                        case 'r' -> orNumbers(rule(v), v);
                        case 'w' -> msg.value(v);
                        case 'm' -> msg.label("model", v);
                        case 'c' -> msg.label("mechanism", v);
                        default -> v;
                    });
                }
                return msg.format("claim." + k.key(), args.toArray());
            }
        }
        return null;
    }

    /** The coordinators of a structure claim in the report's language, their sectors as labels. */
    private String coordinated(String v) {
        Matcher m = COORDINATED_PARTS.matcher(v);
        if (!m.matches()) {
            return "";
        }
        Matcher c = COORDINATOR.matcher(m.group(1));
        List<String> names = new ArrayList<>();
        while (c.find()) {
            names.add(msg.format("claim.coordinator", c.group(1), msg.label("sector", c.group(2))));
        }
        return msg.format("claim.coordinated", String.join(msg.get("list.sep"), names), m.group(2), m.group(3), m.group(4));
    }

    /** The standing arrangements of a "which ties bind" claim in the report's language. */
    private String standing(String v) {
        Matcher m = STANDING_PARTS.matcher(v);
        return m.matches() ? msg.format("claim.standing", m.group(1), m.group(2), m.group(3)) : "";
    }

    /** {@code p2 (9 government–enterprise events < 10), …} in the report's language. */
    private String skipped(String list) {
        Matcher m = SKIPPED_PHASE.matcher(list);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(msg.format("claim.skippedPhase", m.group(1), m.group(2), m.group(4), msg.get("claim.skippedPart." + PARTS.get(m.group(3))))));
        }
        m.appendTail(sb);
        return sb.toString().replace(", ", msg.get("list.sep"));
    }

    /** A rule that has no translation: its comparisons alone ({@code 0.47 ≥ 0.15}), so that no number is lost. */
    private String orNumbers(String translated, String original) {
        if (translated != null) {
            return translated;
        }
        Matcher m = COMPARISON.matcher(original);
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            parts.add(m.group());
        }
        return String.join(msg.get("list.sep"), parts);
    }

    private static final Pattern COMPARISON = Pattern.compile(N + " (?:≥|≤|<|>|=|→) " + N);

    /** Every metric identifier that has a label replaced by it. */
    private String metrics(String text) {
        Matcher m = METRIC.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String id = m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(msg.has("metric." + id) ? msg.get("metric." + id) : id));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A threshold's name in the report's language ({@code structure.matrix.dual_authority_min} is never shown raw). */
    String threshold(String key) {
        return msg.has("threshold." + key) ? msg.get("threshold." + key) : key.replace('_', ' ');
    }
}
