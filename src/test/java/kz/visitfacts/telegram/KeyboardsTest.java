package kz.visitfacts.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.Language;
import kz.visitfacts.facts.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** /topics with several sources: their sections source by source, each button naming its source's date. */
class KeyboardsTest {
    @TempDir
    Path tmp;

    @Test
    void topicsListTheSectionsOfEverySourceSourceBySource() throws Exception {
        FactBase base = TestFacts.baseWith(tmp.resolve("facts"), "second-source-en");
        InlineKeyboardMarkup k = Keyboards.sections(base.sources(), Language.EN);
        List<InlineKeyboardRow> rows = k.getKeyboard();
        int i = 0;
        for (Source s : base.sources()) {
            for (int n = 0; n < s.sections().size(); n++, i++) {
                assertTrue(rows.get(i).get(0).getText().startsWith(s.date() + " · "), rows.get(i).get(0).getText());
                assertEquals("s|en|" + i, rows.get(i).get(0).getCallbackData());
            }
        }
        assertEquals(i, rows.size());
        // One source: no dates, as before.
        assertTrue(!Keyboards.sections(TestFacts.base().sources().subList(0, 1), Language.EN).getKeyboard().get(0).get(0).getText()
                .startsWith("2025-"));
    }
}
