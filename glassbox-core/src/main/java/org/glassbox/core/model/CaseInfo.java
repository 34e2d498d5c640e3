package org.glassbox.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What case.yaml says of the case.
 *
 * @param periodStart first year of the period, or null (then taken from the events)
 * @param periodEnd   last year of the period, or null
 * @param extra       unknown keys, kept as text; nested ones as dotted keys ({@code generated.process}),
 *                    list items as {@code key.0}, {@code key.1} — what the analyses and the simulation read
 * @param extraShape  the same unknown keys as case.yaml wrote them: each top-level key's value as text, a
 *                    list or a map (of the same), in file order — what the writers write back, so a list stays a
 *                    list and a map stays nested. Empty when the info was not read from YAML (a workbook, OCEL
 *                    2.0, a case built in code): then {@code extra} is written nested where its dotted keys allow
 *                    ({@link #extraToWrite}). It is form, not content: {@link #equals} ignores it.
 */
public record CaseInfo(String id, String name, String nameZh, String level, String parent,
                       Integer periodStart, Integer periodEnd, List<Phase> phases, String description,
                       Map<String, String> extra, Map<String, Object> extraShape) {
    public CaseInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        phases = Frozen.list(phases);
        extra = Frozen.map(extra);
        extraShape = extraShape == null || extraShape.isEmpty() ? Map.of() : frozenMap(extraShape);
    }

    /** An info whose unknown keys are only the flat {@code extra} (written back as flat dotted keys). */
    public CaseInfo(String id, String name, String nameZh, String level, String parent,
                    Integer periodStart, Integer periodEnd, List<Phase> phases, String description,
                    Map<String, String> extra) {
        this(id, name, nameZh, level, parent, periodStart, periodEnd, phases, description, extra, Map.of());
    }

    public CaseInfo(String id, String name) {
        this(id, name, null, null, null, null, null, List.of(), null, Map.of());
    }

    /**
     * The flat view of shaped values: maps and lists flattened to dotted keys ({@code key.sub},
     * {@code key.0}), nulls left out — the {@code extra} that {@code shape} stands for.
     */
    public static Map<String, String> flatten(Map<String, Object> shape) {
        Map<String, String> out = new LinkedHashMap<>();
        shape.forEach((k, v) -> flatten(k, v, out));
        return out;
    }

    private static void flatten(String key, Object v, Map<String, String> into) {
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, w) -> flatten(key + "." + k, w, into));
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                flatten(key + "." + i, l.get(i), into);
            }
        } else if (v != null) {
            into.put(key, v.toString());
        }
    }

    /**
     * The unknown keys to write: {@code extraShape} when it stands for exactly {@code extra} (the info was read
     * and its extras not changed since); else {@code extra} nested by its dotted keys ({@code a.b} under {@code a},
     * {@code k.0}, {@code k.1}, … a list), which reads back as the same {@code extra}; else (a key that is both a
     * value and a prefix, an empty part) {@code extra} itself, flat.
     */
    public Map<String, Object> extraToWrite() {
        if (!extraShape.isEmpty() && flatten(extraShape).equals(extra)) {
            return extraShape;
        }
        Map<String, Object> nested = nest(extra);
        if (nested != null && flatten(nested).equals(extra)) {
            return nested;
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** The dotted keys as nested maps, maps keyed 0, 1, … as lists; null when the keys do not nest. */
    private static Map<String, Object> nest(Map<String, String> flat) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : flat.entrySet()) {
            String[] parts = e.getKey().split("\\.", -1);
            Map<String, Object> at = root;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                Object there = at.get(parts[i]);
                if (i == parts.length - 1) {
                    if (there != null) {
                        return null;
                    }
                    at.put(parts[i], e.getValue());
                } else if (there == null) {
                    Map<String, Object> next = new LinkedHashMap<>();
                    at.put(parts[i], next);
                    at = next;
                } else if (there instanceof Map<?, ?>) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> next = (Map<String, Object>) there;
                    at = next;
                } else {
                    return null;
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        root.forEach((k, v) -> out.put(k, listed(v)));
        return out;
    }

    private static Object listed(Object v) {
        if (!(v instanceof Map<?, ?> m)) {
            return v;
        }
        boolean list = !m.isEmpty();
        int i = 0;
        for (Object k : m.keySet()) {
            list &= k.equals(Integer.toString(i++));
        }
        if (list) {
            List<Object> out = new ArrayList<>();
            m.values().forEach(x -> out.add(listed(x)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, x) -> out.put(String.valueOf(k), listed(x)));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseInfo c && id.equals(c.id) && name.equals(c.name) && Objects.equals(nameZh, c.nameZh)
                && Objects.equals(level, c.level) && Objects.equals(parent, c.parent)
                && Objects.equals(periodStart, c.periodStart) && Objects.equals(periodEnd, c.periodEnd)
                && phases.equals(c.phases) && Objects.equals(description, c.description) && extra.equals(c.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, nameZh, level, parent, periodStart, periodEnd, phases, description, extra);
    }

    private static Map<String, Object> frozenMap(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), frozen(v)));
        return Collections.unmodifiableMap(out);
    }

    private static Object frozen(Object v) {
        if (v instanceof Map<?, ?> m) {
            return frozenMap(m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(frozen(x)));
            return Collections.unmodifiableList(out);
        }
        return v == null ? null : v.toString();
    }
}
