package org.glassbox.core.agreement.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.glassbox.core.agreement.AgreementException;
import org.glassbox.core.agreement.FieldAgreement;
import org.glassbox.core.agreement.Level;
import org.glassbox.core.agreement.ReliabilityData;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Event;
import org.glassbox.core.model.ObjectRef;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Precision;

/**
 * Compares two or more coders' versions of one case, event by event.
 *
 * <p><b>Matching.</b> (1) Events with the same id are the same event. (2) Where a version lacks an
 * id that others have, its events of no shared id are tried against that unit by the key date (as
 * written, precision kept) + initiators (as a set) + type; (3) the events of no shared id left in
 * the versions are grouped by that key, the k-th of each version in file order forming one unit.
 * (4) What is still alone is reported as unmatched and takes no part in the coefficients.
 *
 * <p><b>Fields</b>, each with the coefficients of {@link FieldAgreement}: {@code type},
 * {@code mechanism} (as resolved by each version's codebook: blank means the type's default) and
 * {@code date} (as written) nominal; {@code date_precision} ordinal (year &lt; month &lt; day);
 * {@code initiator}, {@code targets}, {@code participants}, {@code objects} as sets with the MASI
 * distance (a matched event with an empty list has the empty set); every extra column of events.csv
 * whose values are all numbers, interval. Units are the matched events.
 *
 * <p>O(Σ events + fields × (units × coders + bootstrap)).
 */
public final class CaseAgreement {
    private CaseAgreement() {
    }

    /**
     * @param coders   one name per version, distinct
     * @param versions the coders' versions of the case, at least two
     * @param seed     the bootstrap seed
     * @throws AgreementException naming the parameter when there are fewer than two versions or the
     *                            names do not fit them
     */
    public static CaseAgreementReport compare(List<String> coders, List<Case> versions, long seed) {
        if (versions.size() < 2) {
            throw new AgreementException("versions", "agreement needs at least two coders' versions, not " + versions.size());
        }
        if (coders.size() != versions.size()) {
            throw new AgreementException("coders", coders.size() + " coder names for " + versions.size() + " versions");
        }
        if (new HashSet<>(coders).size() != coders.size()) {
            throw new AgreementException("coders", "coder names must be distinct: " + coders);
        }
        Matched matching = match(coders, versions);
        List<FieldAgreement> fields = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        field("type", Level.NOMINAL, coders, versions, matching, (c, e) -> c.events().typeName(e), fields, disagreements, seed);
        field("mechanism", Level.NOMINAL, coders, versions, matching, (c, e) -> c.mechanism(e).word(), fields, disagreements, seed);
        field("date", Level.NOMINAL, coders, versions, matching, (c, e) -> {
            PartialDate d = c.events().date(e);
            return d == null ? null : d.toString();
        }, fields, disagreements, seed);
        field("date_precision", Level.ORDINAL, coders, versions, matching, (c, e) -> {
            PartialDate d = c.events().date(e);
            return d == null ? null : d.precision();
        }, fields, disagreements, seed);
        field("initiator", Level.MASI, coders, versions, matching, (c, e) -> set(c.events().event(e).initiators()),
                fields, disagreements, seed);
        field("targets", Level.MASI, coders, versions, matching, (c, e) -> set(c.events().event(e).targets()),
                fields, disagreements, seed);
        field("participants", Level.MASI, coders, versions, matching, (c, e) -> set(c.events().event(e).participants()),
                fields, disagreements, seed);
        field("objects", Level.MASI, coders, versions, matching, (c, e) -> {
            Set<String> s = new TreeSet<>();
            for (ObjectRef r : c.events().event(e).objects()) {
                s.add(r.toString());
            }
            return s;
        }, fields, disagreements, seed);
        for (String column : numericColumns(versions, matching)) {
            field(column, Level.INTERVAL, coders, versions, matching, (c, e) -> {
                String t = c.events().event(e).attributes().get(column);
                return t == null || t.isBlank() ? null : Double.parseDouble(t.strip());
            }, fields, disagreements, seed);
        }
        return new CaseAgreementReport(coders, matching.matching(), fields, disagreements);
    }

    private static Set<String> set(List<String> ids) {
        return new TreeSet<>(ids);
    }

    private static String key(Case c, int e) {
        Event ev = c.events().event(e);
        return (ev.date() == null ? "" : ev.date().toString()) + "\u0000" + ev.type() + "\u0000"
                + String.join(";", new TreeSet<>(ev.initiators()));
    }

    /** A matching with the event index of each unit in each version (-1 where absent). */
    record Matched(EventMatching matching, List<int[]> slots) {
    }

    /** The matching of events across versions (see the class comment). */
    static Matched match(List<String> coders, List<Case> versions) {
        int m = versions.size();
        List<Map<String, Integer>> byId = new ArrayList<>();
        Map<String, Integer> idCount = new HashMap<>();
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (Case c : versions) {
            Map<String, Integer> idx = new HashMap<>();
            for (int i = 0; i < c.events().size(); i++) {
                String id = c.events().id(i);
                idx.put(id, i);
                ids.add(id);
                idCount.merge(id, 1, Integer::sum);
            }
            byId.add(idx);
        }
        // (1) shared ids
        List<int[]> units = new ArrayList<>();
        List<Boolean> byKey = new ArrayList<>();
        for (String id : ids) {
            if (idCount.get(id) >= 2) {
                int[] slots = new int[m];
                for (int v = 0; v < m; v++) {
                    slots[v] = byId.get(v).getOrDefault(id, -1);
                }
                units.add(slots);
                byKey.add(false);
            }
        }
        // leftovers per version, by key, in file order
        List<Map<String, List<Integer>>> left = new ArrayList<>();
        for (int v = 0; v < m; v++) {
            Map<String, List<Integer>> k = new LinkedHashMap<>();
            Case c = versions.get(v);
            for (int i = 0; i < c.events().size(); i++) {
                if (idCount.get(c.events().id(i)) == 1) {
                    k.computeIfAbsent(key(c, i), x -> new ArrayList<>()).add(i);
                }
            }
            left.add(k);
        }
        // (2) fill a shared-id unit's empty slots by key
        for (int u = 0; u < units.size(); u++) {
            int[] slots = units.get(u);
            String k = null;
            for (int v = 0; v < m && k == null; v++) {
                if (slots[v] >= 0) {
                    k = key(versions.get(v), slots[v]);
                }
            }
            for (int v = 0; v < m; v++) {
                List<Integer> cand = left.get(v).get(k);
                if (slots[v] < 0 && cand != null && !cand.isEmpty()) {
                    slots[v] = cand.remove(0);
                    byKey.set(u, true);
                }
            }
        }
        // (3) group the remaining leftovers by key
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (Map<String, List<Integer>> l : left) {
            keys.addAll(l.keySet());
        }
        for (String k : keys) {
            while (true) {
                int[] slots = new int[m];
                Arrays.fill(slots, -1);
                int present = 0;
                for (int v = 0; v < m; v++) {
                    List<Integer> cand = left.get(v).get(k);
                    if (cand != null && !cand.isEmpty()) {
                        slots[v] = cand.get(0);
                        present++;
                    }
                }
                if (present < 2) {
                    break;
                }
                for (int v = 0; v < m; v++) {
                    if (slots[v] >= 0) {
                        left.get(v).get(k).remove(0);
                    }
                }
                units.add(slots);
                byKey.add(true);
            }
        }
        List<MatchedEvent> matched = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            int[] slots = units.get(u);
            List<String> evIds = new ArrayList<>();
            LinkedHashSet<String> distinct = new LinkedHashSet<>();
            for (int v = 0; v < m; v++) {
                String id = slots[v] < 0 ? null : versions.get(v).events().id(slots[v]);
                evIds.add(id);
                if (id != null) {
                    distinct.add(id);
                }
            }
            matched.add(new MatchedEvent(String.join("=", distinct), byKey.get(u) ? MatchMethod.DATE_INITIATOR_TYPE : MatchMethod.ID, evIds));
        }
        // (4) the rest
        List<UnmatchedEvent> unmatched = new ArrayList<>();
        for (int v = 0; v < m; v++) {
            Case c = versions.get(v);
            Set<Integer> rest = new TreeSet<>();
            left.get(v).values().forEach(rest::addAll);
            for (int i : rest) {
                Event ev = c.events().event(i);
                unmatched.add(new UnmatchedEvent(coders.get(v), ev.id(), ev.date() == null ? "" : ev.date().toString(),
                        ev.type(), String.join(";", ev.initiators())));
            }
        }
        return new Matched(new EventMatching(matched, unmatched), units);
    }

    private static <V> void field(String name, Level level, List<String> coders, List<Case> versions, Matched matching,
                                  BiFunction<Case, Integer, V> value, List<FieldAgreement> out,
                                  List<Disagreement> disagreements, long seed) {
        List<String> units = new ArrayList<>();
        List<List<V>> rows = new ArrayList<>();
        for (int u = 0; u < matching.slots().size(); u++) {
            int[] s = matching.slots().get(u);
            List<V> row = new ArrayList<>();
            for (int v = 0; v < s.length; v++) {
                row.add(s[v] < 0 ? null : value.apply(versions.get(v), s[v]));
            }
            units.add(matching.matching().matched().get(u).unit());
            rows.add(row);
            Object first = null;
            boolean differ = false;
            for (V x : row) {
                if (x == null) {
                    continue;
                }
                if (first == null) {
                    first = x;
                } else if (!first.equals(x)) {
                    differ = true;
                }
            }
            if (differ) {
                List<String> shown = new ArrayList<>();
                for (V x : row) {
                    shown.add(text(x));
                }
                disagreements.add(new Disagreement(units.get(u), name, shown));
            }
        }
        out.add(FieldAgreement.of(name, level, new ReliabilityData<>(coders, units, rows), seed));
    }

    private static String text(Object x) {
        if (x == null) {
            return null;
        }
        if (x instanceof Set<?> s) {
            List<String> parts = new ArrayList<>();
            s.forEach(o -> parts.add(String.valueOf(o)));
            parts.sort(null);
            return String.join(";", parts);
        }
        if (x instanceof Precision p) {
            return p.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (x instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return x.toString();
    }

    /** Extra event columns whose every non-blank value, in the matched events, is a number. */
    private static List<String> numericColumns(List<Case> versions, Matched matching) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Case c : versions) {
            c.events().attributes().keySet().forEach(names::add);
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            boolean any = false;
            boolean numeric = true;
            for (int u = 0; u < matching.slots().size() && numeric; u++) {
                int[] s = matching.slots().get(u);
                for (int v = 0; v < s.length && numeric; v++) {
                    if (s[v] < 0) {
                        continue;
                    }
                    String t = versions.get(v).events().event(s[v]).attributes().get(n);
                    if (t == null || t.isBlank()) {
                        continue;
                    }
                    any = true;
                    numeric = isNumber(t.strip());
                }
            }
            if (any && numeric) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean isNumber(String t) {
        try {
            return Double.isFinite(Double.parseDouble(t)) && !t.endsWith("d") && !t.endsWith("f")
                    && !t.endsWith("D") && !t.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
