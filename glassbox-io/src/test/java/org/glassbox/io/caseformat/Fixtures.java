package org.glassbox.io.caseformat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small valid hand-made case folder (Chinese text, colons in ids, quotes, commas, line breaks, a BOM). */
final class Fixtures {
    private Fixtures() {
    }

    static final String CASE_YAML = """
            id: city-x
            name: City X
            name_zh: X市
            level: prefectural
            parent: province-y
            period: {start: 2015, end: 2021}
            phases:
              - {id: p1, name: Launch, start: 2015-01, end: 2017-12}
              - {id: p2, name: 深化, start: 2018, end: 2021}
            description: "A hand-made case: with a colon"
            coder: Li Wei
            generated:
              process: market
            """;

    static final String ACTORS = """
            id,name,name_zh,sector,level,function,joined,left,note
            gov,City Government,市政府,government,prefectural,leadership,2015,,
            bigdata,Big Data Bureau,大数据局,government,prefectural,data-agency,2016-03,,"created by merger, see ""Plan""\"
            tax,Tax Office,税务局,government,prefectural,line-department,,,
            ent:cloud,Cloud Co.,云公司,private-enterprise,none,vendor,2015-06-01,2020-12-31,
            jv,Digital JV,数字合资公司,joint-venture,,operator,2017,,"multi
            line note"
            public,Citizens,市民,public,,citizens,,,
            """;

    static final String TIES = """
            id,from,to,type,start,end,source,weight
            t1,gov,bigdata,command,2016-03,,s1,1
            ,gov,tax,command,,,,
            t3,bigdata,tax,guidance,2016,2019-06,,
            t4,gov,ent:cloud,contract,2015-06,2018,s1;s2,0.5
            t5,gov,jv,equity,2017,,,
            t6,ent:cloud,jv,equity,2017,,,
            t7,jv,tax,coordination,2018,,,
            """;

    static final String EVENTS = """
            id,date,type,mechanism,initiator,targets,participants,objects,title,source,from_jurisdiction,stage
            e1,2015-03,plan,,gov,bigdata;tax,,project:cloud,"Digital plan, phase one",s1,,early
            e2,2015-06-01,procurement,,gov,ent:cloud,,platform:gov-app;project:cloud,采购云平台,s2,,
            e3,2016,org-founded,,gov,bigdata,,,Big data bureau founded,,,
            e4,2017-05-20,joint-venture-founded,market,gov;ent:cloud,jv,,,"JV ""Digital"" founded",,,
            e5,2018-02,co-design,,jv,tax,ent:cloud;public,platform:gov-app,"line one
            line two",,,late
            e6,2018-02,model-adopted,,bigdata,,,platform:one-window,Adopted one-window model,,Hangzhou,
            e7,2019,assessment,administrative,gov,bigdata,,,,,,
            """;

    static final String INDICATORS = """
            date,indicator,value,unit,source
            2016,services_online,0.35,share,s3
            2019,services_online,0.8,share,s3
            2019-06,processing_days,12,days,
            """;

    static final String SOURCES = "id,title,kind,date,url,quote\n"
            + "s1,City digital plan 2015,document,2015-03,http://example.org/plan,\"\u201cbuild a digital city\u201d, it said\"\n"
            + "s2,Interview with the bureau,interview,2020-11,,\n"
            + "s3,Statistical yearbook,statistic,2020,,\n";

    /**
     * The notes of {@code r} other than the one the fixture carries on purpose: e1 (2015-03) targets
     * bigdata, which joined in 2016-03, a note at events.csv line 2.
     */
    static java.util.List<Problem> otherNotes(ValidationReport r) {
        return r.notes().stream().filter(p -> !p.message().contains(" takes part on ")).toList();
    }

    /** The files of the valid case, in writing order. */
    static Map<String, String> files() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("case.yaml", CASE_YAML);
        m.put("actors.csv", ACTORS);
        m.put("ties.csv", TIES);
        m.put("events.csv", EVENTS);
        m.put("indicators.csv", INDICATORS);
        m.put("sources.csv", SOURCES);
        return m;
    }

    /** Writes the valid case into {@code dir}; events.csv with a byte-order mark, as Excel writes it. */
    static Path write(Path dir) throws IOException {
        return write(dir, files());
    }

    static Path write(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : files.entrySet()) {
            String text = e.getValue();
            if (e.getKey().equals("events.csv")) {
                text = "\uFEFF" + text;
            }
            Files.write(dir.resolve(e.getKey()), text.getBytes(StandardCharsets.UTF_8));
        }
        return dir;
    }

    /** The valid case with one file replaced. */
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
