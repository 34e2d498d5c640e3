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
import java.util.function.BiPredicate;
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
 * (4) What is still alone is reported as unmatched and takes no part in the coefficients: whether an
 * event exists at all is a disagreement on unitizing, counted apart ({@link EventMatching#unitizingDisagreements()}).
 * A value is missing where a unit has no event of a coder, and α takes only pairable values
 * (Krippendorff 2019, <i>Content Analysis</i>, 4th ed., ch. 12): entering such an event as a
 * value-against-nothing would change no α and only make κ inapplicable.
 *
 * <p><b>The matching key is not scored.</b> A version's event matched by date + initiators + type
 * agrees with its unit on those fields by construction, so they are no evidence of agreement there
 * (the matching key of a unit cannot be a variable coded on it; Krippendorff 2019, ch. 12, unitizing
 * apart from coding). Such an event's values of {@code type}, {@code date}, {@code date_precision}
 * (part of the date as written), {@code initiator}, and {@code mechanism} where its cell is blank
 * (then the codebook's default for the type) are left out; a unit that keeps fewer than two values of
 * the field is left out of that field ({@link LeftOut}). Units matched by id throughout are unaffected.
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
        List<LeftOut> leftOut = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        Fields out = new Fields(coders, versions, matching, fields, leftOut, disagreements, seed);
        out.field("type", Level.NOMINAL, KEY, (c, e) -> c.events().typeName(e));
        out.field("mechanism", Level.NOMINAL, (c, e) -> c.events().codedMechanism(e) == null,
                (c, e) -> c.mechanism(e).word());
        out.field("date", Level.NOMINAL, KEY, (c, e) -> {
            PartialDate d = c.events().date(e);
            return d == null ? null : d.toString();
        });
        out.field("date_precision", Level.ORDINAL, KEY, (c, e) -> {
            PartialDate d = c.events().date(e);
            return d == null ? null : d.precision();
        });
        out.field("initiator", Level.MASI, KEY, (c, e) -> set(c.events().event(e).initiators()));
        out.field("targets", Level.MASI, NOT_KEY, (c, e) -> set(c.events().event(e).targets()));
        out.field("participants", Level.MASI, NOT_KEY, (c, e) -> set(c.events().event(e).participants()));
        out.field("objects", Level.MASI, NOT_KEY, (c, e) -> {
            Set<String> s = new TreeSet<>();
            for (ObjectRef r : c.events().event(e).objects()) {
                s.add(r.toString());
            }
            return s;
        });
        for (String column : numericColumns(versions, matching)) {
            out.field(column, Level.INTERVAL, NOT_KEY, (c, e) -> {
                String t = c.events().event(e).attributes().get(column);
                return t == null || t.isBlank() ? null : Double.parseDouble(t.strip());
            });
        }
        return new CaseAgreementReport(coders, matching.matching(), fields, disagreements, leftOut);
    }

    /** The field is part of the matching key: date, initiators, type. */
    private static final BiPredicate<Case, Integer> KEY = (c, e) -> true;
    /** The field is coded independently of the matching key. */
    private static final BiPredicate<Case, Integer> NOT_KEY = (c, e) -> false;

    private static Set<String> set(List<String> ids) {
        return new TreeSet<>(ids);
    }

    private static String key(Case c, int e) {
        Event ev = c.events().event(e);
        return (ev.date() == null ? "" : ev.date().toString()) + "\u0000" + ev.type() + "\u0000"
                + String.join(";", new TreeSet<>(ev.initiators()));
    }

    /**
     * A matching with the event index of each unit in each version (-1 where absent) and, per unit and
     * version, whether that version's event was matched by date + initiators + type.
     */
    record Matched(EventMatching matching, List<int[]> slots, List<boolean[]> byKey) {
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
        List<boolean[]> keyed = new ArrayList<>();
        for (String id : ids) {
            if (idCount.get(id) >= 2) {
                int[] slots = new int[m];
                for (int v = 0; v < m; v++) {
                    slots[v] = byId.get(v).getOrDefault(id, -1);
                }
                units.add(slots);
                keyed.add(new boolean[m]);
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
                    keyed.get(u)[v] = true;
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
                boolean[] all = new boolean[m];
                for (int v = 0; v < m; v++) {
                    all[v] = slots[v] >= 0;
                }
                keyed.add(all);
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
            boolean byKey = false;
            for (boolean k : keyed.get(u)) {
                byKey |= k;
            }
            matched.add(new MatchedEvent(String.join("=", distinct), byKey ? MatchMethod.DATE_INITIATOR_TYPE : MatchMethod.ID, evIds));
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
        return new Matched(new EventMatching(matched, unmatched), units, keyed);
    }

    /** The coefficients, left-out counts and disagreements of the fields, in the order they are added. */
    private record Fields(List<String> coders, List<Case> versions, Matched matching, List<FieldAgreement> out,
                          List<LeftOut> leftOut, List<Disagreement> disagreements, long seed) {

        /**
         * One field. {@code fromKey}: whether a version's value is determined by the matching key, so
         * left out where that version's event was matched by date + initiators + type.
         */
        <V> void field(String name, Level level, BiPredicate<Case, Integer> fromKey, BiFunction<Case, Integer, V> value) {
            List<String> units = new ArrayList<>();
            List<List<V>> rows = new ArrayList<>();
            int unitsLeftOut = 0;
            int valuesLeftOut = 0;
            for (int u = 0; u < matching.slots().size(); u++) {
                int[] s = matching.slots().get(u);
                boolean[] keyed = matching.byKey().get(u);
                String unit = matching.matching().matched().get(u).unit();
                List<V> row = new ArrayList<>();
                List<V> scored = new ArrayList<>();
                int kept = 0;
                int dropped = 0;
                for (int v = 0; v < s.length; v++) {
                    V x = s[v] < 0 ? null : value.apply(versions.get(v), s[v]);
                    row.add(x);
                    if (x != null && keyed[v] && fromKey.test(versions.get(v), s[v])) {
                        scored.add(null);
                        dropped++;
                    } else {
                        scored.add(x);
                        kept += x == null ? 0 : 1;
                    }
                }
                if (dropped > 0 && kept < 2) {
                    unitsLeftOut++;
                } else {
                    valuesLeftOut += dropped;
                    units.add(unit);
                    rows.add(scored);
                }
                // the adjudicator sees every value that differs, scored or not
                if (differ(row)) {
                    List<String> shown = new ArrayList<>();
                    for (V x : row) {
                        shown.add(text(x));
                    }
                    disagreements.add(new Disagreement(unit, name, shown));
                }
            }
            out.add(FieldAgreement.of(name, level, new ReliabilityData<>(coders, units, rows), seed));
            leftOut.add(new LeftOut(name, unitsLeftOut, valuesLeftOut));
        }
    }

    private static boolean differ(List<?> row) {
        Object first = null;
        for (Object x : row) {
            if (x == null) {
                continue;
            }
            if (first == null) {
                first = x;
            } else if (!first.equals(x)) {
                return true;
            }
        }
        return false;
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
