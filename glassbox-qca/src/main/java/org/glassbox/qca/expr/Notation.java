package org.glassbox.qca.expr;

import java.util.List;
import java.util.StringJoiner;

/**
 * Prints terms the way the reference does: {@code A}, {@code ~A} for crisp and fuzzy sets,
 * {@code A[v]} for every condition once any condition is multi-value; literals joined by
 * {@code *} in condition order; sums joined by {@code " + "}. The empty term prints as {@code 1}.
 */
public record Notation(List<String> conditions, boolean multivalue) {
    public Notation {
        conditions = List.copyOf(conditions);
    }

    public String term(Implicant t) {
        StringJoiner sj = new StringJoiner("*");
        for (int j = 0; j < t.size(); j++) {
            int c = t.code(j);
            if (c == 0) continue;
            sj.add(literal(j, c - 1));
        }
        String s = sj.toString();
        return s.isEmpty() ? "1" : s;
    }

    public String literal(int j, int level) {
        String name = conditions.get(j);
        if (multivalue) return name + "[" + level + "]";
        return level == 1 ? name : "~" + name;
    }

    public String sum(List<Implicant> terms) {
        StringJoiner sj = new StringJoiner(" + ");
        for (Implicant t : terms) sj.add(term(t));
        return sj.toString();
    }
}
