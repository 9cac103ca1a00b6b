package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.visitfacts.TestFacts;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * {@link ChineseWords} calls smartcn's segmenter without the analyzer around it: it must cut every run
 * as the analyzer does, rare characters (which the segmenter names by a placeholder) included.
 */
class ChineseWordsTest {
    private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);

    @Test
    void everyCharacterAloneIsCutAsTheAnalyzerCutsIt() throws IOException {
        List<String> differing = new ArrayList<>();
        for (int cp = 0x3400; cp <= 0x9FFF; cp++) {
            String run = Character.toString(cp);
            if (Han.is(cp) && !ChineseWords.cut(run).equals(analyzed(run))) {
                differing.add(run);
            }
        }
        assertEquals(0, differing.size(), "cut otherwise: " + differing.subList(0, Math.min(10, differing.size())) + "…");
    }

    @Test
    void everyRunOfTheSourcesIsCutAsTheAnalyzerCutsIt() throws IOException {
        List<String> runs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestFacts.DIR.resolve("sources"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                runs.addAll(hanRuns(Files.readString(f)));
            }
        }
        // Rare characters and a rare one inside common words, as a user may paste them.
        runs.addAll(List.of("㐀㐁", "哈萨克斯坦㐀贸易", "𠀀中国"));
        assertEquals(true, runs.size() > 100, "runs: " + runs.size());
        for (String run : runs) {
            assertEquals(analyzed(run), ChineseWords.cut(run), run);
        }
    }

    private static List<String> hanRuns(String text) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Han.is(cp) && start < 0) {
                start = i;
            } else if (!Han.is(cp) && start >= 0) {
                runs.add(text.substring(start, i));
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return runs;
    }

    private List<String> analyzed(String run) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", run)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        }
        return words;
    }
}
