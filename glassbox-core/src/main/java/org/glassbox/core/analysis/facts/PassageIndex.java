package org.glassbox.core.analysis.facts;

import java.util.ArrayList;
import java.util.List;
import org.glassbox.core.analysis.DocumentationCoverage;
import org.glassbox.core.analysis.Passage;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;

/**
 * The case's coded passages looked up by the event and tie ids evidence cites, resolved once per
 * analysis from {@link Coding#segmentsFor}. A case without documents or passages answers empty
 * lists and no coverage, at no cost.
 */
final class PassageIndex {
    private final Coding coding;
    private final boolean documented;

    PassageIndex(Coding coding) {
        this.coding = coding;
        this.documented = !coding.documents().isEmpty();
    }

    boolean documented() {
        return documented;
    }

    /** The passages for each event id, then each tie id, in the order given; a passage once per id it is coded for. */
    List<Passage> passages(List<String> eventIds, List<String> tieIds) {
        if (coding.segments().isEmpty()) {
            return List.of();
        }
        List<Passage> out = new ArrayList<>();
        add(out, Link.Kind.EVENT, eventIds);
        add(out, Link.Kind.TIE, tieIds);
        return out;
    }

    private void add(List<Passage> out, Link.Kind kind, List<String> ids) {
        for (String id : ids) {
            Link l = new Link(kind, id);
            for (Segment s : coding.segmentsFor(l)) {
                out.add(new Passage(s.id(), s.document(), s.start(), s.end(), s.quote(), s.coder(), l));
            }
        }
    }

    /** The documentation coverage of a slice, or null when the case has no documents. */
    DocumentationCoverage coverage(CaseFacts f, PeriodSlice s) {
        if (!documented) {
            return null;
        }
        int ev = 0;
        for (int i : s.events()) {
            if (!coding.segmentsFor(new Link(Link.Kind.EVENT, f.events().id(i))).isEmpty()) {
                ev++;
            }
        }
        int ti = 0;
        for (int i : s.ties()) {
            if (!coding.segmentsFor(new Link(Link.Kind.TIE, f.ties().id(i))).isEmpty()) {
                ti++;
            }
        }
        return new DocumentationCoverage(s.events().length, ev, s.ties().length, ti);
    }
}
