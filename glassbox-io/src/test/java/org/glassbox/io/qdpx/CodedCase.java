package org.glassbox.io.qdpx;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Code;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.glassbox.io.Cases;

/**
 * The demo case Province A with a qualitative layer made in code: two coders, a two-level code hierarchy, two
 * Chinese documents (one with 𠀀, a character outside the Basic Multilingual Plane, so code points and UTF-16
 * units differ) and passages linked to actors, events and ties, one with a memo.
 */
final class CodedCase {
    static final String PLAN = "《省电子政务建设规划》由省人民政府印发。\n𠀀字之后：省信息中心负责建设电子政务外网。\n";
    static final String NEWS = "Provincial cloud contract: 省大数据发展管理局 signs with the operator.";

    private CodedCase() {
    }

    static Path examples() {
        Path ex = Path.of(System.getProperty("glassbox.examples", "../examples"));
        assumeTrue(Files.isDirectory(ex.resolve("province-a")), "examples not found at " + ex.toAbsolutePath()
                + "; skipping");
        return ex;
    }

    static Case provinceA() throws Exception {
        return Cases.read(examples().resolve("province-a"));
    }

    /** Province A with documents, coders, codes and passages. */
    static Case coded() throws Exception {
        Case c = provinceA();
        Document plan = new Document("d01", "s01", "documents/d01.txt", null, "zh", false, PLAN, Map.of());
        Document news = new Document("d02", "s02", "documents/d02.txt", null, "en", true, NEWS, Map.of());
        List<Code> codes = List.of(
                new Code("mechanism", null, "how actors are brought to act"),
                new Code("administrative", "mechanism", "by directive, plan or assessment"),
                new Code("market", "mechanism", null),
                new Code("platform", null, null));
        String q1 = plan.slice(0, 21);
        int s2 = PLAN.codePointCount(0, PLAN.indexOf("省信息中心"));
        int e2 = s2 + "省信息中心负责建设电子政务外网".length();
        List<Segment> segments = List.of(
                new Segment("g1", "d01", 0, 21, q1, "li", List.of(Link.parse("event:e001"), Link.parse("actor:pg")),
                        List.of("administrative"), "the plan, as the government issued it", Map.of()),
                new Segment("g2", "d01", s2, e2, plan.slice(s2, e2), "li",
                        List.of(Link.parse("actor:info"), Link.parse("tie:t01")), List.of("platform", "administrative"),
                        null, Map.of()),
                new Segment("g3", "d01", s2, e2, plan.slice(s2, e2), "wang", List.of(Link.parse("actor:info")),
                        List.of("platform"), null, Map.of()),
                new Segment("g4", "d02", 0, 26, news.slice(0, 26), "wang", List.of(Link.parse("event:e004")),
                        List.of("market"), null, Map.of()));
        return c.withCoding(Coding.of(List.of(new Coder("li", "Li Wei"), new Coder("wang", "王芳")), codes,
                List.of(plan, news), segments));
    }
}
