package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordListTest {
    @ParameterizedTest
    @ValueSource(strings = {"kazakh-words.txt.gz", "english-words.txt.gz"})
    void aShippedListIsInTheOrderItIsSearchedIn(String table) {
        WordList list = WordList.read(table);
        assertTrue(list.size() > 30_000, table + ": " + list.size());
        for (int i = 1; i < list.size(); i++) {
            assertTrue(list.word(i - 1).compareTo(list.word(i)) < 0, table + ": " + list.word(i - 1) + " before " + list.word(i));
        }
    }

    @Test
    void findsAWordAndHowFarATextBeginsLikeOne() {
        WordList list = WordList.of(List.of("орталык", "ортак", "кала", "ашу"));
        assertTrue(list.contains("кала"));
        assertFalse(list.contains("кал"));
        assertEquals(6, list.sharedBeginning("орталыгы"), "орталы(к)");
        assertEquals(3, list.sharedBeginning("кал"));
        assertEquals(0, list.sharedBeginning("якорь"));
        assertEquals(2, list.sharedBeginning("аштык"));
    }
}
