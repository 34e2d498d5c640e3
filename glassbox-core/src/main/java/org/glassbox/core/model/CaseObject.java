package org.glassbox.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * One row of objects.csv (case format 1.1): a thing events act upon, described. Events name it as
 * {@code kind:id}; this record is that reference with its names, its audience and who launched it.
 *
 * @param id         {@code kind:id}, as events use it
 * @param audience   who the object is for: {@code public}, {@code enterprise}, {@code government}
 *                   (internal) or {@code infrastructure}; null when not coded
 * @param launchedBy an actor id, or null
 * @param attributes extra columns, kept as text
 */
public record CaseObject(String id, String name, String nameZh, String audience, String launchedBy,
                         Map<String, String> attributes) {
    /** The values {@code audience} may take. */
    public static final java.util.List<String> AUDIENCES = java.util.List.of("public", "enterprise", "government",
            "infrastructure");

    public CaseObject {
        Objects.requireNonNull(id, "id");
        attributes = Frozen.map(attributes);
    }

    /** The {@code kind:id} reference this object answers to. */
    public ObjectRef ref() {
        return ObjectRef.parse(id);
    }

    /** The name a reader of language {@code zh} or {@code en} sees: that language's, else the other, else the id. */
    public String displayName(boolean chinese) {
        String first = chinese ? nameZh : name;
        String second = chinese ? name : nameZh;
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : id;
    }
}
