package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.Language;
import kz.visitfacts.facts.LexiconTerm;

/**
 * Reads a message typed in Kazakh with Latin letters as Cyrillic, so its words meet the fact base's Kazakh ones, and
 * leaves every other message as it is. A message is Kazakh when more of its Latin words are Kazakh than English: a
 * word is Kazakh when it has a letter only Kazakh uses (ä ñ ū ǵ ń ý) or when, read as Cyrillic, it is a Kazakh word
 * or begins with one (ortalygy → орталығы, Almatydagy → Алматыдағы; see {@link KazakhWords}); English when it is
 * an English word (SCOWL's common words, see {@code scripts/word-lists.py}, and the fact base's). A word that is
 * both (bar, men, on: an English word whose reading is a Kazakh word) counts for neither.
 */
final class LatinKazakh {
    /** A question as read: its text, with its Latin Kazakh words in Cyrillic when {@code latin}. */
    record Reading(String text, boolean latin) {
    }

    /** Letters no other language of the bot's readers writes (Turkish names have ş ğ ı ö ü ç, Spanish ones á ó ú í). */
    private static final String KAZAKH_ONLY = "äñūǵńý";

    // The shipped list is read on first use (or by the start's warm-up), not with the fact base.
    private static final class Shipped {
        static final WordList ENGLISH = WordList.read("english-words.txt.gz");
    }

    /** Whether a folded word is in the shipped English word list (common words, no misspellings). */
    static boolean englishWord(String folded) {
        return Shipped.ENGLISH.contains(folded);
    }

    /** The fact base's Kazakh and English texts, cut into words at the first message in Latin letters. */
    private final java.util.function.Supplier<List<List<String>>> texts;
    private KazakhWords kazakh;
    private WordList english;

    private LatinKazakh(java.util.function.Supplier<List<List<String>>> texts) {
        this.texts = texts;
    }

    /** The reader for a fact base: its Kazakh and English words join the shipped lists. */
    static LatinKazakh of(FactBase base) {
        return new LatinKazakh(() -> {
            List<String> kk = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (Fact f : base.facts()) {
                kk.addAll(texts(f, Language.KK));
                en.addAll(texts(f, Language.EN));
            }
            for (LexiconTerm t : base.lexicon()) {
                kk.addAll(t.aliases().getOrDefault(Language.KK, List.of()));
            }
            return List.of(kk, en);
        });
    }

    /** The reader with the words of these Kazakh and English texts beside the shipped lists. */
    static LatinKazakh of(List<String> kazakhTexts, List<String> englishTexts) {
        return new LatinKazakh(() -> List.of(kazakhTexts, englishTexts));
    }

    /** Cuts the fact base's texts into words once, on the first message that needs them (a Chinese one never does). */
    private synchronized void vocabulary() {
        if (kazakh == null) {
            List<List<String>> t = texts.get();
            List<String> kk = new ArrayList<>();
            List<String> en = new ArrayList<>();
            t.get(0).forEach(text -> words(TextNormalizer.withoutKazakhLetters(text.toLowerCase(Locale.ROOT)), 'а', 'ӿ', kk));
            t.get(1).forEach(text -> words(text.toLowerCase(Locale.ROOT), 'a', 'z', en));
            english = WordList.of(en);
            kazakh = new KazakhWords(WordList.of(kk));
        }
    }

    private static List<String> texts(Fact f, Language l) {
        List<String> texts = new ArrayList<>();
        if (f.statement().has(l)) {
            texts.add(f.statement().in(l));
        }
        if (f.label().has(l)) {
            texts.add(f.label().in(l));
        }
        texts.addAll(f.keywords().getOrDefault(l, List.of()));
        texts.addAll(f.questions().getOrDefault(l, List.of()));
        return texts;
    }

    /** The runs of letters from {@code first} to {@code last} (Cyrillic, or a to z) in a text in lower case. */
    private static void words(String text, char first, char last, List<String> out) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && text.charAt(i) >= first && text.charAt(i) <= last;
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
        }
    }

    /** Reads the shipped word lists now, on the caller's thread, so the first question does not. */
    static void warmUp() {
        KazakhWords.warmUp();
        Shipped.ENGLISH.size();
    }

    /** A message with its Latin Kazakh words in Cyrillic, or as it is when it is not Kazakh in Latin letters. */
    Reading read(String message) {
        if (!onlyLatin(message)) {
            return new Reading(message, false);
        }
        String text = java.text.Normalizer.normalize(message, java.text.Normalizer.Form.NFC);
        KazakhLatin.Spelling spelling = KazakhLatin.spelling(text);
        List<Word> words = new ArrayList<>();
        boolean sentenceStart = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (KazakhLatin.isLatin(cp)) {
                int end = wordEnd(text, i, spelling);
                words.add(new Word(text.substring(i, end), i, end, spelling, !sentenceStart && Character.isUpperCase(cp)));
                sentenceStart = false;
                i = end;
            } else if (cp == '.' || cp == '!' || cp == '?' || cp == '\n') {
                sentenceStart = true;
                i++;
            } else {
                i += Character.charCount(cp);
            }
        }
        vocabulary();
        if (!kazakh(words)) {
            return new Reading(message, false);
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Word w : words) {
            // An English word that is no Kazakh one is a name the facts may hold as it is (China Daily).
            out.append(text, at, w.start).append(w.english() && !w.alsoKazakh() ? w.latin : cased(w.latin, w.cyrillic()));
            at = w.end;
        }
        return new Reading(out.append(text, at, text.length()).toString(), true);
    }

    /**
     * Whether more of the words are Kazakh than English, a word of both counting for neither, nor a name (a capital
     * inside a sentence: "China Power International" in a Kazakh sentence) unless it has a letter only Kazakh uses.
     * The English words are looked at as Kazakh only when the others leave it open, for most messages are English
     * and decided without.
     */
    private boolean kazakh(List<Word> words) {
        int kazakhOnly = 0;
        List<Word> inEnglish = new ArrayList<>();
        for (Word w : words) {
            if (w.name && !w.kazakhLetters()) {
                continue;
            }
            if (w.english()) {
                inEnglish.add(w);
            } else if (w.kazakh()) {
                kazakhOnly++;
            }
        }
        int englishOnly = inEnglish.size();
        for (int i = 0; i < inEnglish.size() && kazakhOnly > 0; i++) {
            if (kazakhOnly > englishOnly || kazakhOnly <= englishOnly - (inEnglish.size() - i)) {
                break;
            }
            englishOnly -= inEnglish.get(i).alsoKazakh() ? 1 : 0;
        }
        return kazakhOnly > englishOnly;
    }

    /** One Latin word of a message, where it stands; what it is and how it reads in Cyrillic are found when asked. */
    private final class Word {
        final String latin;
        final int start;
        final int end;
        /** Capitalised inside a sentence. */
        final boolean name;
        private final KazakhLatin.Spelling spelling;
        private String cyrillic;
        private Boolean isKazakh;
        private Boolean isEnglish;

        Word(String latin, int start, int end, KazakhLatin.Spelling spelling, boolean name) {
            this.latin = latin;
            this.start = start;
            this.end = end;
            this.spelling = spelling;
            this.name = name;
        }

        boolean kazakhLetters() {
            return latin.toLowerCase(Locale.ROOT).chars().anyMatch(c -> KAZAKH_ONLY.indexOf(c) >= 0);
        }

        String cyrillic() {
            if (cyrillic == null) {
                cyrillic = kazakh.reading(KazakhLatin.segments(latin, spelling));
            }
            return cyrillic;
        }

        boolean kazakh() {
            if (isKazakh == null) {
                isKazakh = kazakhLetters() || kazakh.isKazakh(TextNormalizer.withoutKazakhLetters(cyrillic()));
            }
            return isKazakh;
        }

        /**
         * Whether an English word is a Kazakh one too (men, bar, on): its reading must be a Kazakh word itself, not
         * only begin with one, for a short stem begins many English words (tell: тел).
         */
        boolean alsoKazakh() {
            return kazakhLetters() || kazakh.isWord(TextNormalizer.withoutKazakhLetters(cyrillic()));
        }

        boolean english() {
            if (isEnglish == null) {
                isEnglish = isEnglish(latin);
            }
            return isEnglish;
        }
    }

    /**
     * Whether a message is written in Latin letters only: one with Chinese or Cyrillic words beside its Latin ones
     * ("Luban workshop 第二和第三个分别在哪个 city?") is Chinese or Russian with names, never Kazakh in Latin letters.
     */
    private static boolean onlyLatin(String text) {
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (KazakhLatin.isLatin(cp)) {
                latin = true;
            } else if (Character.isLetter(cp)) {
                return false;
            }
        }
        return latin;
    }

    /**
     * Where a Latin word ends: letters and accents, and an apostrophe that is a letter's in the 2017 spelling (g', n')
     * or stands between letters (don't); one that closes a quotation ('15 milliard dollar') is left to the text.
     */
    private static int wordEnd(String text, int start, KazakhLatin.Spelling spelling) {
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean letter = KazakhLatin.isLatin(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
            boolean apostrophe = KazakhLatin.isApostrophe((char) cp) && i > start
                    && (i + 1 < text.length() && KazakhLatin.isLatin(text.codePointAt(i + 1))
                    || spelling == KazakhLatin.Spelling.APOSTROPHE_2017 && "agnoucsiyAGNOUCSIY".indexOf(text.charAt(i - 1)) >= 0);
            if (!letter && !apostrophe) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private boolean isEnglish(String latin) {
        String w = latin.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return Shipped.ENGLISH.contains(w) || english.contains(w);
    }

    /** A reading in the case of the word it reads: ŞYŪ → ШЫҰ, Almaty → Алматы. */
    private static String cased(String latin, String cyrillic) {
        if (cyrillic.isEmpty() || !Character.isUpperCase(latin.codePointAt(0))) {
            return cyrillic;
        }
        boolean allCaps = latin.codePoints().filter(Character::isLetter).count() > 1
                && latin.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return allCaps ? cyrillic.toUpperCase(Locale.ROOT)
                : cyrillic.substring(0, 1).toUpperCase(Locale.ROOT) + cyrillic.substring(1);
    }
}
