package org.glassbox.report;

import java.util.HashMap;
import java.util.Map;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseObject;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Phase;

/**
 * The name of each thing of a case in the report's language (case format 1.1, "Bilingual names"):
 * a Chinese report uses {@code name_zh} / {@code title_zh} and falls back to the English field, an
 * English report the other way round, and each name is one of the two, never both joined.
 */
final class BilingualNames {
    /** The events.csv column of the Chinese title (case format 1.1). */
    static final String TITLE_ZH = "title_zh";

    private final Case kase;
    private final boolean zh;
    private final Map<String, Phase> phases = new HashMap<>();

    BilingualNames(Case kase, Language language) {
        this.kase = kase;
        this.zh = language == Language.ZH;
        for (Phase p : kase.info().phases()) {
            phases.put(p.id(), p);
        }
    }

    /** {@code preferred} when given, else {@code other}. */
    private static String pick(String preferred, String other) {
        return preferred != null && !preferred.isBlank() ? preferred : other;
    }

    String caseName() {
        return zh ? pick(kase.info().nameZh(), kase.info().name()) : pick(kase.info().name(), kase.info().nameZh());
    }

    String actor(Actor a) {
        return zh ? pick(a.nameZh(), a.name()) : pick(a.name(), a.nameZh());
    }

    /**
     * A period's name: a coded phase (matched by id and its English name) in the report's language,
     * any other period (a detected phase, a year) as the analysis named it.
     */
    String period(String id, String name) {
        Phase p = phases.get(id);
        if (p == null || !(name == null ? p.name() == null : name.equals(p.name()))) {
            return name;
        }
        String en = p.name() == null ? p.id() : p.name();
        return zh ? pick(p.nameZh(), en) : pick(p.name(), pick(p.nameZh(), p.id()));
    }

    /**
     * How the report names object {@code key} ({@code kind:id}): objects.csv's {@code name_zh} in a
     * Chinese report and {@code name} in an English one, each falling back to the other, and the
     * {@code kind:id} itself when objects.csv does not name it (issue 12, item 7).
     */
    String object(String key) {
        CaseObject o = kase.object(key);
        return o == null ? key : o.displayName(zh);
    }

    /** The title of event {@code i}, or null when it has none in either language. */
    String title(int i) {
        EventStore ev = kase.events();
        String en = text(ev, EventStore.TITLE, i);
        String cn = text(ev, TITLE_ZH, i);
        return zh ? pick(cn, en) : pick(en, cn);
    }

    private static String text(EventStore ev, String column, int i) {
        var c = ev.attribute(column);
        if (c == null || !c.isPresent(i)) {
            return null;
        }
        String s = c.text(i);
        return s == null || s.isBlank() ? null : s;
    }
}
