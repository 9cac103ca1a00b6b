package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.cn.smart.hhmm.SegTokenFilter;

/**
 * A run of Chinese characters cut into words as SmartChineseAnalyzer cuts it, by its segmenter called itself: the
 * analyzer around it would cut the run into sentences, copy each word into attributes and try an English stemmer on
 * it, for the same words. A class of its own so that the segmenter's dictionaries load on the first Chinese cut (or
 * the warm-up's), not when any text is first cut into words.
 */
final class ChineseWords {
    /** Keeps no state between calls; its dictionaries are shared and only read. */
    private static final HHMMSegmenter SEGMENTER = new HHMMSegmenter();
    private static final SegTokenFilter TOKEN_FOLD = new SegTokenFilter();

    private ChineseWords() {
    }

    static List<String> cut(String run) {
        List<SegToken> tokens = SEGMENTER.process(run);
        List<String> words = new ArrayList<>(tokens.size());
        // The first and last tokens mark the sentence's start and end.
        for (int k = 1; k < tokens.size() - 1; k++) {
            words.add(word(tokens.get(k), run));
        }
        return words;
    }

    /**
     * A segmenter token's text as the analyzer gives it: a character the segmenter's dictionary does not know (a rare
     * one, 㐀) comes back as a placeholder and is taken from the text, then folded as the analyzer folds it.
     */
    private static String word(SegToken token, String text) {
        switch (token.wordType) {
            case WordType.STRING, WordType.NUMBER, WordType.FULLWIDTH_STRING, WordType.FULLWIDTH_NUMBER ->
                    token.charArray = text.substring(token.startOffset, token.endOffset).toCharArray();
            default -> { }
        }
        return new String(TOKEN_FOLD.filter(token).charArray);
    }
}
