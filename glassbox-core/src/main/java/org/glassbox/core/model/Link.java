package org.glassbox.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * What a coded passage is evidence for (segments.csv {@code links}, case format 1.1):
 * {@code event:ID}, {@code tie:ID}, {@code actor:ID}, {@code indicator:NAME} or
 * {@code object:KIND:ID} (then {@code target} is {@code KIND:ID}).
 */
public record Link(Kind kind, String target) {
    /** The kinds of row a passage may be linked to. */
    public enum Kind {
        EVENT, TIE, ACTOR, INDICATOR, OBJECT;

        /** The word the file writes, e.g. {@code event}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Link {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        if (target.isEmpty()) {
            throw new IllegalArgumentException("a link names its target: " + kind.word() + ":ID");
        }
    }

    /**
     * Parses {@code kind:target}; throws {@link IllegalArgumentException} with a message naming the
     * accepted forms when the text is none of them.
     */
    public static Link parse(String text) {
        int colon = text.indexOf(':');
        Kind kind = null;
        if (colon > 0) {
            String word = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            for (Kind k : Kind.values()) {
                if (k.word().equals(word)) {
                    kind = k;
                }
            }
        }
        String target = colon < 0 ? "" : text.substring(colon + 1).trim();
        if (kind == null || target.isEmpty() || (kind == Kind.OBJECT && target.indexOf(':') <= 0)) {
            throw new IllegalArgumentException("'" + text + "' is not a link: write event:ID, tie:ID, actor:ID, "
                    + "indicator:NAME or object:KIND:ID");
        }
        return new Link(kind, target);
    }

    @Override
    public String toString() {
        return kind.word() + ":" + target;
    }
}
