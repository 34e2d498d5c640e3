package org.glassbox.server.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The two analyses of a text. Both split with Unicode word rules (UAX #29, {@link StandardTokenizer}),
 * fold full-width Latin and half-width kana ({@link CJKWidthFilter}) and lower-case, keeping no stop
 * words (every word can be searched). {@link #BIGRAMS} then joins adjacent Han, kana and Hangul
 * characters into overlapping pairs (大数据 → 大数 数据: the standard CJK bigram indexing; a lone
 * character stays a unigram); {@link #UNIGRAMS} keeps each such character on its own, so that a
 * one-character term, or a term whose CJK part is one character, can be found too.
 */
final class Analyzers {
    static final Analyzer BIGRAMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer t = new StandardTokenizer();
            TokenStream s = new LowerCaseFilter(new CJKWidthFilter(t));
            return new TokenStreamComponents(t, new Gaps(new CJKBigramFilter(s,
                    CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, false)));
        }
    };
    static final Analyzer UNIGRAMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer t = new StandardTokenizer();
            return new TokenStreamComponents(t, new Gaps(new LowerCaseFilter(new CJKWidthFilter(t))));
        }
    };

    private Analyzers() {
    }

    /**
     * Leaves one empty position between two tokens that do not touch in the text (a space, a line end
     * or punctuation between them) when either is CJK, so that a term is never found across it:
     * 据据\n据数 holds no 据据据数, 数据。The no 数据the. Latin words keep consecutive positions
     * (e-government is the phrase e government), as in any Lucene index.
     */
    static final class Gaps extends TokenFilter {
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute off = addAttribute(OffsetAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private int lastEnd = -1;
        private boolean lastCjk;

        Gaps(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            boolean cjk = cjk(type.type());
            if ((cjk || lastCjk) && lastEnd >= 0 && off.startOffset() > lastEnd) {
                inc.setPositionIncrement(inc.getPositionIncrement() + 1);
            }
            lastCjk = cjk;
            lastEnd = off.endOffset();
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            lastEnd = -1;
            lastCjk = false;
        }

        private static boolean cjk(String t) {
            return t.equals(CJKBigramFilter.DOUBLE_TYPE) || t.equals(CJKBigramFilter.SINGLE_TYPE)
                    || t.equals(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC])
                    || t.equals(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA])
                    || t.equals(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA])
                    || t.equals(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL]);
        }
    }

    /** One token: its text, absolute position, type, and char (UTF-16) offsets in the analysed string. */
    record Token(String term, int position, String type, int startChar, int endChar) {
    }

    static List<Token> tokens(Analyzer a, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Token(term.toString(), pos, type.type(), off.startOffset(), off.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }
}
