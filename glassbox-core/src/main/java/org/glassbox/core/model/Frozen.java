package org.glassbox.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Order-keeping defensive copies for the records of the model and of the analyses (null becomes
 * empty): the one place their compact constructors copy collections.
 */
public final class Frozen {
    private Frozen() {
    }

    /** An unmodifiable copy in the map's iteration order; {@code Map.of()} for null or empty. */
    public static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** An unmodifiable copy ({@link List#copyOf}); {@code List.of()} for null. */
    public static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
