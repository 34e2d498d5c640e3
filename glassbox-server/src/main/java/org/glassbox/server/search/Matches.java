package org.glassbox.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the terms of a search stand in one text, found with the same analyses the index used
 * (so a hit always has its marks), as char (UTF-16) ranges sorted by start.
 */
final class Matches {
    private enum Field { BIGRAM, UNIGRAM }

    private Matches() {
    }

    /** A char range {@code [start, end)} of the text. */
    record CharSpan(int start, int end) {
    }

    static List<CharSpan> find(Terms terms, String text, int max) {
        Map<Field, List<Analyzers.Token>> analysed = new EnumMap<>(Field.class);
        List<CharSpan> out = new ArrayList<>();
        for (Terms.Phrase p : terms.phrases()) {
            Field f = p.field().equals(Terms.BIGRAM_FIELD) ? Field.BIGRAM : Field.UNIGRAM;
            List<Analyzers.Token> toks = analysed.computeIfAbsent(f,
                    k -> Analyzers.tokens(k == Field.BIGRAM ? Analyzers.BIGRAMS : Analyzers.UNIGRAMS, text));
            List<String> want = p.tokens();
            for (int i = 0; i + want.size() <= toks.size() && out.size() < max; i++) {
                boolean all = true;
                for (int k = 0; k < want.size() && all; k++) {
                    Analyzers.Token t = toks.get(i + k);
                    all = t.term().equals(want.get(k)) && t.position() == toks.get(i).position() + p.positions().get(k);
                }
                if (all) {
                    out.add(new CharSpan(toks.get(i).startChar(), toks.get(i + want.size() - 1).endChar()));
                }
            }
        }
        out.sort(Comparator.comparingInt(CharSpan::start).thenComparingInt(CharSpan::end));
        return out;
    }
}
