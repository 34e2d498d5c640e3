package org.glassbox.server.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A search string read as terms, every one of which must match: words separated by white space
 * (the ideographic space too), or a {@code "quoted phrase"}. A term is found where its tokens stand
 * in a row. It is looked up in the bigram field when its analysis gives only bigrams and words, and
 * otherwise (a one-character Chinese term such as 局, or 省a) in the unigram field.
 */
final class Terms {
    static final String BIGRAM_FIELD = "text";
    static final String UNIGRAM_FIELD = "text1";

    /** One term: the field it is looked up in, its tokens' texts in order and their positions relative to the first. */
    record Phrase(String field, List<String> tokens, List<Integer> positions) {
        Phrase {
            tokens = List.copyOf(tokens);
            positions = List.copyOf(positions);
        }

        static Phrase of(String field, List<Analyzers.Token> toks) {
            int first = toks.get(0).position();
            return new Phrase(field, toks.stream().map(Analyzers.Token::term).toList(),
                    toks.stream().map(t -> t.position() - first).toList());
        }

        Query query() {
            if (tokens.size() == 1) {
                return new TermQuery(new Term(field, tokens.get(0)));
            }
            PhraseQuery.Builder b = new PhraseQuery.Builder();
            for (int i = 0; i < tokens.size(); i++) {
                b.add(new Term(field, tokens.get(i)), positions.get(i));
            }
            return b.build();
        }
    }

    private final List<Phrase> phrases;

    private Terms(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** Reads {@code q}; IllegalArgumentException naming {@code q} when it has no word to search for. */
    static Terms parse(String q) {
        if (q == null) {
            throw new IllegalArgumentException("q: a search string is needed");
        }
        String s = Normalizer.normalize(q, Normalizer.Form.NFC);
        List<String> raw = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                flush(raw, cur);
                quoted = !quoted;
            } else if (!quoted && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                flush(raw, cur);
            } else {
                cur.append(c);
            }
        }
        flush(raw, cur);
        List<Phrase> out = new ArrayList<>();
        for (String r : raw) {
            List<Analyzers.Token> bi = Analyzers.tokens(Analyzers.BIGRAMS, r);
            if (bi.isEmpty()) {
                continue;
            }
            boolean lone = bi.stream().anyMatch(t -> t.type().equals(CJKBigramFilter.SINGLE_TYPE));
            if (lone) {
                out.add(Phrase.of(UNIGRAM_FIELD, Analyzers.tokens(Analyzers.UNIGRAMS, r)));
            } else {
                out.add(Phrase.of(BIGRAM_FIELD, bi));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("q: no word to search for in '" + q + "'");
        }
        return new Terms(out);
    }

    private static void flush(List<String> raw, StringBuilder cur) {
        if (!cur.isEmpty()) {
            raw.add(cur.toString());
            cur.setLength(0);
        }
    }

    List<Phrase> phrases() {
        return phrases;
    }

    /** Every term must match. */
    BooleanQuery.Builder query() {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Phrase p : phrases) {
            b.add(p.query(), BooleanClause.Occur.MUST);
        }
        return b;
    }
}
