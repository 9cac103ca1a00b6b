package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.LexiconTerm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text → which way it says something goes between the subject countries (CN>KZ, KZ>CN, or - when it does not say). */
class DirectionTest {
    /** Built as the matcher builds it: the seed lexicon's subject countries by all their names. */
    private static final Direction DIRECTION = new Direction(TestFacts.base().lexicon().stream()
            .filter(t -> t.subject() && t.type() == LexiconTerm.TermType.COUNTRY)
            .map(t -> new Direction.Subject(t.id(), t.aliases().values().stream().flatMap(List::stream)
                    .map(a -> TextNormalizer.foldSimplified(a).strip()).toList())).toList());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // Names side by side around 对/向/在, as before.
        "中国对哈投资累计270亿美元#CN>KZ",
        "哈萨克斯坦对中国的出口#KZ>CN",
        // A full name, a few characters of its clause, then 对/向/在/到/赴 and the other.
        "中国每年将向哈萨克斯坦学生提供奖学金#CN>KZ",
        "有超过1.5万名哈萨克斯坦学生在中国高校学习#KZ>CN",
        "有多少中国学生在哈萨克斯坦留学#CN>KZ",
        // 在华 names China, so 对华 does too.
        "哈萨克斯坦学生在华学习#KZ>CN",
        "哈萨克斯坦对华出口多少小麦#KZ>CN",
        // Not across a clause, and not from a one-character abbreviation (中 of 其中, 中心).
        "中国的企业很多，在哈萨克斯坦也有#-",
        "其中心在哈萨克斯坦#-",
        // Latin and Cyrillic: the first country, then the other after in/into/to/at/в, or in the Kazakh dative.
        "How many Chinese students study in Kazakhstan?#CN>KZ",
        "More than 15,000 Kazakh students are studying at Chinese universities.#KZ>CN",
        "How many scholarships does Kazakhstan give to Chinese students?#KZ>CN",
        "Сколько китайских студентов учится в Казахстане?#CN>KZ",
        "Қытай Қазақстанға қанша инвестиция салды?#CN>KZ",
        "China will offer scholarships to students from Kazakhstan.#-",
        "trade between China and Kazakhstan#-",
    })
    void readsWhichWayAFlowGoes(String text, String expected) {
        String got = DIRECTION.of(TextNormalizer.foldSimplified(text));
        assertEquals(expected, got == null ? "-" : got.replace("country:", ""));
    }
}
