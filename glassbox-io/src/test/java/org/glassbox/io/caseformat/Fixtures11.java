package org.glassbox.io.caseformat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hand-made case of {@link Fixtures} with every addition of format 1.1: coders, codes, objects
 * with name_zh and audience, exemptions, two Chinese documents (one with 𠀀, outside the BMP) and
 * passages whose offsets are computed here in code points, so the fixture is right by construction.
 */
final class Fixtures11 {
    private Fixtures11() {
    }

    static final String CASE_YAML = Fixtures.CASE_YAML + """
            format: 1.1
            coders:
              - {id: lw, name: Li Wei}
              - {id: zm, name: 张敏}
            """;

    static final String CODEBOOK = """
            codes:
              - {name: diagnosis, description: the problem is examined before a solution is chosen}
              - {name: needs-survey, parent: diagnosis}
              - {name: platform-building}
            """;

    static final String EVENTS = """
            id,date,type,mechanism,initiator,targets,participants,objects,title,source,from_jurisdiction,stage,title_zh,exempt,coding_note
            e1,2015-03,plan,,gov,bigdata;tax,,project:cloud,"Digital plan, phase one",s1,,early,数字城市规划,,
            e2,2015-06-01,procurement,,gov,ent:cloud,,platform:gov-app;project:cloud,采购云平台,s2,,,,,
            e3,2016,org-founded,,gov,bigdata,,,Big data bureau founded,,,,,,
            e4,2017-05-20,joint-venture-founded,market,gov;ent:cloud,jv,,,"JV ""Digital"" founded",,,,,,
            e5,2018-02,co-design,,jv,tax,ent:cloud;public,platform:gov-app,"line one
            line two",,,late,,,
            e6,2018-02,model-adopted,,bigdata,,,platform:one-window,Adopted one-window model,,Hangzhou,,,copy-without-diagnosis,"the bureau surveyed needs in 2017, see d2"
            e7,2019,assessment,administrative,gov,bigdata,,,,,,,,,
            """;

    static final String OBJECTS = """
            id,name,name_zh,audience,launched_by,note
            platform:gov-app,Government app,政务App,public,gov,
            project:cloud,Cloud project,云项目,infrastructure,,"shared, with the province"
            platform:one-window,One-window service,一窗受理,enterprise,bigdata,
            """;

    static final String D1 = "X市人民政府关于印发《数字政府建设方案》的通知\n"
            + "一、建设统一的政务云平台，推进𠀀数据共享。\n"
            + "二、由大数据局统筹，各部门配合。\n";
    static final String D2 = "大数据局需求调研报告\n企业和群众反映办事需要多次跑腿。\n";

    static final String DOCUMENTS = """
            id,source,text,original,language,access,pages
            d1,s1,documents/d1.txt,documents/d1.pdf,zh,open,3
            d2,s2,documents/d2.txt,,zh,restricted,
            """;

    /** The code-point span {@code start,end,quote} of the first {@code quote} in {@code text}. */
    static String span(String text, String quote) {
        int at = text.indexOf(quote);
        if (at < 0) {
            throw new IllegalArgumentException(quote + " not in the text");
        }
        int start = text.codePointCount(0, at);
        return start + "," + (start + quote.codePointCount(0, quote.length())) + "," + quote;
    }

    static String segments() {
        return "id,document,start,end,quote,coder,links,codes,memo,confidence\n"
                + "g1,d1," + span(D1, "数字政府建设方案") + ",lw,event:e1;object:project:cloud,platform-building,,high\n"
                + "g2,d1," + span(D1, "推进𠀀数据共享") + ",zm,tie:t1;actor:bigdata,,\"beyond the BMP, 𠀀\",\n"
                + "g3,d2," + span(D2, "企业和群众反映办事需要多次跑腿") + ",lw,event:e6;indicator:processing_days,"
                + "diagnosis;needs-survey,,\n"
                + "g4,d1," + span(D1, "由大数据局统筹") + ",lw,object:platform:one-window;tie:tie@3,,,\n";
    }

    /** The files of the 1.1 case (document texts under documents/). */
    static Map<String, String> files() {
        Map<String, String> m = new LinkedHashMap<>(Fixtures.files());
        m.put("case.yaml", CASE_YAML);
        m.put("codebook.yaml", CODEBOOK);
        m.put("events.csv", EVENTS);
        m.put("objects.csv", OBJECTS);
        m.put("documents.csv", DOCUMENTS);
        m.put("segments.csv", segments());
        m.put("documents/d1.txt", D1);
        m.put("documents/d2.txt", D2);
        return m;
    }

    static Path write(Path dir) throws IOException {
        return write(dir, files());
    }

    static Path write(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir.resolve("documents"));
        for (Map.Entry<String, String> e : files.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return dir;
    }

    /** The 1.1 case with one file replaced (null: removed). */
    static Path writeWith(Path dir, String file, String text) throws IOException {
        Map<String, String> m = files();
        if (text == null) {
            m.remove(file);
        } else {
            m.put(file, text);
        }
        return write(dir, m);
    }
}
