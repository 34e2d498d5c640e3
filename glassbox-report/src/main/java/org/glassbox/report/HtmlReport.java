package org.glassbox.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.core.analysis.Difference;

/**
 * The self-contained HTML report of one case or a comparison: one file that opens offline, with
 * the chart library (ECharts 5.3.1, from its WebJar), the styles and the script inlined and the
 * data embedded as one JSON blob. It makes no network request and loads no web font (the CSS font
 * stack falls back to the system's CJK fonts). Every label and generated sentence comes from the
 * message bundle of the chosen {@link Language}.
 *
 * <pre>{@code
 * String html = HtmlReport.render(ReportInput.of(kase, analysis), ReportOptions.defaults("0.1.0"));
 * HtmlReport.write(ReportInput.of(cases, comparison), opts.withLanguage(Language.ZH), Path.of("report.html"));
 * }</pre>
 */
public final class HtmlReport {
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String RES = "org/glassbox/report/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlReport() {
    }

    /** The report as one HTML document. */
    public static String render(ReportInput in, ReportOptions opts) {
        Messages msg = Messages.of(opts.language());
        return page(data(in, opts, msg), opts, msg);
    }

    private static String page(ObjectNode data, ReportOptions opts, Messages msg) {
        String title = data.get("title").asText();
        Map<String, String> parts = Map.of(
                "lang", opts.language() == Language.ZH ? "zh-CN" : "en",
                "title", escapeHtml(title),
                "css", resource(RES + "report.css"),
                "noscript", escapeHtml(msg.get("noscript")),
                "data", jsonSafe(json(data)),
                "echarts", scriptSafe(resource(ECHARTS)),
                "app", scriptSafe(resource(RES + "report.js")));
        return fill(resource(RES + "report.html"), parts);
    }

    /** Replaces each {@code {{name}}} of the template once, in one pass (inserted text is not rescanned). */
    static String fill(String template, Map<String, String> parts) {
        StringBuilder sb = new StringBuilder(template.length() + 1_200_000);
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            if (open < 0) {
                break;
            }
            int close = template.indexOf("}}", open);
            String value = close < 0 ? null : parts.get(template.substring(open + 2, close));
            if (value == null) {
                sb.append(template, at, open + 2);
                at = open + 2;
                continue;
            }
            sb.append(template, at, open).append(value);
            at = close + 2;
        }
        return sb.append(template, at, template.length()).toString();
    }

    /**
     * The process map of event logs as one self-contained page: per log its directly-follows graph
     * (activities with frequencies, start and end, edges with frequencies and durations when computed),
     * drawn left to right from the start activities, with a frequency filter and the full edge list.
     *
     * @param logs log name → its graph, in the order shown
     */
    public static String renderProcessMap(Map<String, org.glassbox.core.process.DirectlyFollowsGraph> logs,
                                          ReportOptions opts) {
        Messages msg = Messages.of(opts.language());
        List<ProcessMapPage.Log> l = new ArrayList<>();
        logs.forEach((k, v) -> l.add(new ProcessMapPage.Log(k, v)));
        ObjectNode data = ProcessMapPage.data(l, opts, msg);
        return page(data, opts, msg);
    }

    /** Writes {@link #renderProcessMap} to {@code file} (UTF-8), creating its parent folders. */
    public static void writeProcessMap(Map<String, org.glassbox.core.process.DirectlyFollowsGraph> logs,
                                       ReportOptions opts, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, renderProcessMap(logs, opts), StandardCharsets.UTF_8);
    }

    /** Writes the report to {@code file} (UTF-8), creating its parent folders. */
    public static void write(ReportInput in, ReportOptions opts, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(in, opts), StandardCharsets.UTF_8);
    }

    /** The JSON the report embeds (for tests and for tools that want the data without the page). */
    static ObjectNode data(ReportInput in, ReportOptions opts, Messages msg) {
        ObjectNode root = JSON.createObjectNode();
        root.put("lang", opts.language().code());
        root.put("version", opts.glassboxVersion());
        List<String> names = new ArrayList<>();
        ArrayNode cases = root.putArray("cases");
        for (int i = 0; i < in.cases().size(); i++) {
            ReportInput.Entry e = in.cases().get(i);
            CaseData v = new CaseData(e.kase(), e.analysis(), opts, msg);
            cases.add(v.build(i));
            names.add(v.caseName());
        }
        root.put("title", in.cases().size() == 1 ? msg.format("title.case", names.get(0))
                : msg.format("title.comparison", String.join(msg.get("list.sep"), names)));
        root.set("comparison", in.comparison() == null ? null : comparison(in.comparison(), msg, names));
        ObjectNode labels = root.putObject("labels");
        msg.all().forEach(labels::put);
        return root;
    }

    private static ObjectNode comparison(Comparison c, Messages msg, List<String> names) {
        ObjectNode o = JSON.createObjectNode();
        boolean english = opts(msg);
        ArrayNode diffs = o.putArray("differences");
        for (Difference d : c.differences()) {
            if (english) {
                diffs.add(humanNames(d.aspect(), d.statement()));
            } else {
                List<String> parts = new ArrayList<>();
                int k = 0;
                for (Map.Entry<String, String> v : d.values().entrySet()) {
                    String who = k < names.size() ? names.get(k) : v.getKey();
                    parts.add(msg.format("difference.value", who, msg.value(v.getValue())));
                    k++;
                }
                diffs.add(msg.format("difference.generated", msg.aspect(d.aspect()),
                        String.join(msg.get("list.sep"), parts)));
            }
        }
        ArrayNode agree = o.putArray("agreements");
        if (english) {
            c.agreements().forEach(s -> agree.add(humanNames("", s)));
        }
        return o;
    }

    /**
     * A comparison's sentence as core writes it (the JSON keeps it) with the names the report uses:
     * "lack of people-centredness", and "market-based" for the model value {@code market}.
     */
    static String humanNames(String aspect, String s) {
        String out = s.replace("'people-centredness' score", "'lack of people-centredness' score");
        return aspect.equals("model.verdict") || aspect.isEmpty()
                ? out.replaceAll("construction model is market(?=[;.,]|$)", "construction model is market-based") : out;
    }

    private static boolean opts(Messages msg) {
        return msg.get("lang").equals("en");
    }

    private static String json(ObjectNode data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report data is not serialisable", e);
        }
    }

    /**
     * JSON that can sit inside a {@code <script>} element: every {@code <} (which JSON has only
     * inside strings) written as {@code \u003c}, so no {@code </script>} or {@code <!--} can close
     * or confuse the element, and the line separators escaped as well.
     */
    static String jsonSafe(String json) {
        return json.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /**
     * Script text to inline: it must not contain {@code </script} or {@code <!--} (ECharts 5.3.1 and
     * the report's script do not); checked rather than rewritten, because rewriting code is unsafe.
     */
    static String scriptSafe(String code) {
        String lower = code.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("</script") || code.contains("<!--")) {
            throw new IllegalStateException("script text contains </script or <!-- and cannot be inlined");
        }
        return code;
    }

    static String escapeHtml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final java.util.concurrent.ConcurrentMap<String, String> RESOURCES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A UTF-8 text resource of the classpath, read once. */
    static String resource(String name) {
        return RESOURCES.computeIfAbsent(name, HtmlReport::read);
    }

    private static String read(String name) {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
