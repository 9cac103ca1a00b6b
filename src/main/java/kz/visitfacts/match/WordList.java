package kz.visitfacts.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.zip.GZIPInputStream;

/**
 * Words in sorted order, asked whether they hold a word and how far a text begins like one of them. The words stay
 * one string, one word a line, found by where each line starts: reading a list of 50,000 words then costs one
 * decoding, not 50,000 strings.
 */
final class WordList {
    private final String lines;
    private final int[] starts;

    private WordList(String lines) {
        this.lines = lines;
        int[] found = new int[Math.max(16, lines.length() / 8)];
        int n = 0;
        for (int start = 0, end = lines.indexOf('\n'); end >= 0; start = end + 1, end = lines.indexOf('\n', start)) {
            if (n == found.length) {
                found = java.util.Arrays.copyOf(found, n * 2);
            }
            found[n++] = start;
        }
        starts = java.util.Arrays.copyOf(found, n);
    }

    static WordList of(Collection<String> words) {
        // Each word once before sorting: a fact base says its few hundred words thousands of times.
        String[] sorted = new java.util.HashSet<>(words).toArray(String[]::new);
        java.util.Arrays.sort(sorted);
        StringBuilder sb = new StringBuilder(sorted.length * 8);
        for (String w : sorted) {
            sb.append(w).append('\n');
        }
        return new WordList(sb.toString());
    }

    /**
     * A gzipped table of this package: a header of lines starting with #, then one word a line in the order of
     * {@link String#compareTo} (a test holds the shipped tables to it).
     */
    static WordList read(String table) {
        try (InputStream in = WordList.class.getResourceAsStream("tables/" + table)) {
            if (in == null) {
                throw new IllegalStateException("tables/" + table + " is missing from the class path");
            }
            String text = new String(new GZIPInputStream(in, 1 << 16).readAllBytes(), StandardCharsets.UTF_8);
            int body = 0;
            while (body < text.length() && text.charAt(body) == '#') {
                body = text.indexOf('\n', body) + 1;
            }
            return new WordList(text.substring(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return starts.length;
    }

    String word(int i) {
        return lines.substring(starts[i], end(i));
    }

    private int end(int i) {
        return i + 1 < starts.length ? starts[i + 1] - 1 : lines.length() - 1;
    }

    boolean contains(String word) {
        return search(word) >= 0;
    }

    /** The length of the longest beginning of {@code text} that some word of the list begins with. */
    int sharedBeginning(String text) {
        int at = search(text);
        if (at >= 0) {
            return text.length();
        }
        int insert = -at - 1;
        // The words sharing the longest beginning with a text sit on either side of where it would be.
        return Math.max(insert > 0 ? common(text, insert - 1) : 0, insert < starts.length ? common(text, insert) : 0);
    }

    /** As {@link java.util.Arrays#binarySearch}: the word's index, or -(where it would be) - 1. */
    private int search(String text) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, text);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private int compare(int word, String text) {
        int from = starts[word];
        int len = end(word) - from;
        int n = Math.min(len, text.length());
        for (int i = 0; i < n; i++) {
            int d = lines.charAt(from + i) - text.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return len - text.length();
    }

    private int common(String text, int word) {
        int from = starts[word];
        int n = Math.min(end(word) - from, text.length());
        int i = 0;
        while (i < n && lines.charAt(from + i) == text.charAt(i)) {
            i++;
        }
        return i;
    }
}
