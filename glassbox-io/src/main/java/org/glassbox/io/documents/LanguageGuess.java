package org.glassbox.io.documents;

import java.util.Locale;
import java.util.Set;

/**
 * A guess of a text's language from the scripts of its letters, good enough to pre-fill documents.csv's
 * {@code language} and never more: letters of Han, kana and Hangul together at least 20 % of all letters
 * give {@code ja} when kana are at least 10 % of them, {@code ko} when Hangul are the most, else {@code zh};
 * otherwise, letters mostly Latin and at least 3 words and 8 % of the words among the most frequent English
 * function words give {@code en}; anything else is null (no guess between other Latin-script languages).
 */
final class LanguageGuess {
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with",
            "on", "are", "by", "this", "be", "as", "it", "was", "from", "at", "or", "an", "which", "its");

    private LanguageGuess() {
    }

    static String of(String text) {
        long letters = 0;
        long han = 0;
        long kana = 0;
        long hangul = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            switch (s) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case LATIN -> latin++;
                default -> { }
            }
        }
        if (letters == 0) {
            return null;
        }
        long cjk = han + kana + hangul;
        if (cjk * 5 >= letters) {
            if (kana * 10 >= cjk) {
                return "ja";
            }
            return hangul > han ? "ko" : "zh";
        }
        if (latin * 2 < letters) {
            return null;
        }
        long words = 0;
        long function = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (ENGLISH.contains(w)) {
                function++;
            }
        }
        return function >= 3 && function * 100 >= words * 8 ? "en" : null;
    }
}
