package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.List;

/**
 * The Kazakh words a Latin spelling is read against: Debian's hunspell-kk dictionary (shipped, folded, with verb
 * stems; see {@code scripts/word-lists.py}) and the fact base's own, all folded as the matcher folds text.
 */
final class KazakhWords {
    /**
     * The shortest Kazakh word a longer one may begin with and still count as Kazakh; it must be half the longer at
     * least. The endings after a stem are many (ортал-ық-тар-ы-ның), but a short stem begins many foreign words too.
     */
    private static final int MIN_STEM = 3;
    /** At most this many readings of a word's beginning are followed at once, the usual ones first. */
    private static final int BEAM = 8;

    private static final class Shipped {
        static final WordList WORDS = WordList.read("kazakh-words.txt.gz");
    }

    private final WordList own;

    KazakhWords(WordList own) {
        this.own = own;
    }

    /** Reads the shipped dictionary now, so the first question does not. */
    static void warmUp() {
        Shipped.WORDS.size();
    }

    /** Whether a folded word is in the shipped Kazakh dictionary. */
    static boolean inDictionary(String folded) {
        return Shipped.WORDS.contains(folded);
    }

    boolean isWord(String folded) {
        return Shipped.WORDS.contains(folded) || own.contains(folded);
    }

    /** Whether a folded reading is a Kazakh word or begins with one that is most of it (орталығы: орталық). */
    boolean isKazakh(String folded) {
        if (isWord(folded)) {
            return true;
        }
        // A stem that begins the reading begins some word as far as it goes, so no stem is longer than that.
        int longest = Math.min(folded.length() - 1, shared(folded) + 1);
        for (int n = longest; n >= MIN_STEM && 2 * n >= folded.length(); n--) {
            String stem = folded.substring(0, n);
            if (isWord(stem) || isWord(devoiced(stem))) {
                return true;
            }
        }
        return false;
    }

    /** A stem as its word ends before a consonant: an ending after a vowel voices its last к and п (орталығы, кітабы). */
    private static String devoiced(String stem) {
        char last = stem.charAt(stem.length() - 1);
        String rest = stem.substring(0, stem.length() - 1);
        return last == 'г' ? rest + "к" : last == 'б' ? rest + "п" : stem;
    }

    /** How far a folded text begins like some Kazakh word. */
    private int shared(String folded) {
        return Math.max(Shipped.WORDS.sharedBeginning(folded), own.sharedBeginning(folded));
    }

    /** A reading of a word's first parts: as read, folded, how many parts it has read and how many otherwise than usual. */
    private record Partial(String cyrillic, String folded, int parts, int unusual) {
    }

    /**
     * The reading of a word's parts (see {@link KazakhLatin#segments}) the Kazakh words explain best: a word, else a
     * beginning of one, else the reading whose beginning goes furthest into one; each part read otherwise than usual
     * must explain one more letter, and of equals the most usual wins. Readings are followed part by part while they
     * still begin some word, so a word's few ambiguous letters cost a few look-ups, not every combination.
     */
    String reading(List<String[]> segments) {
        List<Partial> live = List.of(new Partial("", "", 0, 0));
        Partial best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int s = 0; s < segments.size() && !live.isEmpty(); s++) {
            List<Partial> next = new ArrayList<>(BEAM);
            String[] options = segments.get(s);
            for (Partial p : live) {
                for (int o = 0; o < options.length; o++) {
                    String folded = p.folded() + TextNormalizer.withoutKazakhLetters(options[o]);
                    Partial q = new Partial(p.cyrillic() + options[o], folded, s + 1, p.unusual() + (o == 0 ? 0 : 1));
                    int shared = shared(folded);
                    if (shared == folded.length() && next.size() < BEAM) {
                        next.add(q);
                    } else if (better(shared - q.unusual(), q, bestScore, best)) {
                        // It has left every word: what it shares with one is all it will ever score.
                        best = q;
                        bestScore = shared - q.unusual();
                    }
                }
            }
            live = next;
        }
        for (Partial p : live) {
            // A whole reading that still begins some word; one that is a word scores above its length.
            int score = p.folded().length() + (isWord(p.folded()) ? 1 : 0) - p.unusual();
            if (better(score, p, bestScore, best)) {
                best = p;
                bestScore = score;
            }
        }
        StringBuilder reading = new StringBuilder(best.cyrillic());
        for (int s = best.parts(); s < segments.size(); s++) {
            reading.append(segments.get(s)[0]);
        }
        return reading.toString();
    }

    private static boolean better(int score, Partial p, int bestScore, Partial best) {
        return best == null || score > bestScore || score == bestScore && p.unusual() < best.unusual();
    }
}
