package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Test;

/** The terminal summary's documentation line (issue 14, item 2): only when the case has documents. */
class DocumentationLineTest {

    private static String summary(CaseAnalysis a) {
        StringWriter w = new StringWriter();
        CaseSummary.print(a, new PrintWriter(w, true));
        return w.toString();
    }

    @Test
    void countsThePhasesEventsAndTiesWithoutAPassage() throws Exception {
        Case plain = Cases.read(AnalyzeCommandTest.EXAMPLES.resolve("province-a"));
        String text = "The provincial government commands the big data bureau.";
        List<Segment> segs = new ArrayList<>();
        // every third event and the first tie get a passage
        for (int i = 0; i < plain.events().size(); i += 3) {
            segs.add(new Segment("g" + i, "d1", 0, 4, "The ", "ann", List.of(new Link(Link.Kind.EVENT, plain.events().id(i))),
                    List.of(), null, Map.of()));
        }
        segs.add(new Segment("gt", "d1", 4, 14, "provincial", "ann", List.of(new Link(Link.Kind.TIE, plain.ties().id(0))),
                List.of(), null, Map.of()));
        Case coded = plain.withCoding(Coding.of(List.of(new Coder("ann", null)), List.of(),
                List.of(new Document("d1", "s01", "documents/d1.txt", null, "en", false, text, Map.of())), segs));
        CaseAnalysis a = Glassbox.analyze(coded);
        String out = summary(a);
        String line = out.lines().filter(l -> l.startsWith("Documentation")).findFirst().orElseThrow();
        int without = 0;
        for (PeriodAnalysis p : a.phases()) {
            String part = p.period().id() + " " + p.coverage().eventsWithoutPassage() + " of " + p.period().events() + " events, "
                    + p.coverage().tiesWithoutPassage() + " of " + p.coverage().ties() + " ties";
            assertThat(line).contains(part);
            without += p.coverage().eventsWithoutPassage();
        }
        int coded3 = (plain.events().size() + 2) / 3;
        assertThat(without).isEqualTo(plain.events().size() - coded3);
        assertThat(out.lines().filter(l -> l.startsWith("Documentation")).count()).isEqualTo(1);

        assertThat(summary(Glassbox.analyze(plain))).doesNotContain("Documentation");
    }
}
