package dev.principalprep.content.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * Text as a search box compares it: case, accents and typographic punctuation folded ({@code Café} and {@code cafe},
 * {@code company’s} and {@code company's}, {@code 60–80%} and {@code 60-80%}, a no-break space and a space), keeping
 * for each folded character where it came from, so a snippet can be cut from the text as written.
 */
final class TextFolding {

    private TextFolding() {
    }

    /** Folded text, and for each of its characters the index of the original character it came from. */
    record Folded(String text, int[] origin) {

        /** The index in the original text where the folded text's character at {@code at} came from. */
        int originOf(int at) {
            return origin[at];
        }
    }

    static Folded fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 4 + 1];
        int at = 0;
        while (at < text.length()) {
            int codePoint = text.codePointAt(at);
            String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
            for (int i = 0; i < decomposed.length(); i++) {
                char c = decomposed.charAt(i);
                if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    continue;
                }
                if (folded.length() == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[folded.length()] = at;
                folded.append(plain(c));
            }
            at += Character.charCount(codePoint);
        }
        return new Folded(folded.toString(), Arrays.copyOf(origin, folded.length()));
    }

    /** The words of a query, folded: each must appear in what is found, in any order. */
    static List<String> words(String query) {
        return Arrays.stream(fold(query).text().split(" +")).filter(word -> !word.isEmpty()).distinct().toList();
    }

    private static char plain(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '`' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : Character.toLowerCase(c);
        };
    }
}
