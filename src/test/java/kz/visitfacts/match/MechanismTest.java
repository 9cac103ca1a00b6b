package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each mechanism earns its place (FOLLOW_UPS and NAME_SWAPS, which need conversations, in {@code FollowUpTest}; EVIDENCE_FLOOR, below every question of the tables, in {@code EvidenceFloorTest}; STATED_UNITS, which changes the figure a fact answers with, not the fact, in {@code SentenceValuesTest}; AMOUNTS_NOT_RATIOS and TIES, hard refusals the model mostly agrees with, by their reason in {@code RefusalReasonTest}; HYPHEN_ENDINGS, which drops a word the model has learnt to weigh little, by the terms read in {@code HyphenEndingsTest}; NAMED_BY_ITS_FACT, whose wrong answers the claim checks now refuse too, by the ranking in {@code NamedByItsFactTest}; MISTYPED_FIRST, whose two readings today name the same fact, by the reading in {@code MistypedFirstTest}): switched off, some question of the project's tables that is answered right
 * with it is no longer (refused, or answered with another fact), or an out-of-scope one is answered.
 */
class MechanismTest {
    /** The seed, as the tables were written for it: a source a curator adds to facts/ changes nothing measured here. */
    private static final kz.visitfacts.facts.FactBase TABLES_BASE = TestFacts.base();
    private static final Matcher ALL_ON = Matcher.build(TABLES_BASE, Set.of());
    /** The seed article with the test sources a curator might add, for added-sources.tsv: questions across them. */
    private static final kz.visitfacts.facts.FactBase ADDED_BASE = TestFacts.loadedWith(TestFacts.ADDED_SOURCES.toArray(String[]::new));
    private static final Matcher ADDED_ALL_ON = Matcher.build(ADDED_BASE, Set.of());

    private static String answer(Matcher m, String question) {
        Match match = m.match(question);
        // A claim the fact does not make is not answered with it (its fact is shown as what the source does say).
        return match.confident() && !match.premiseUnsupported() ? match.candidates().get(0).fact().id() : "NONE";
    }

    @ParameterizedTest
    @EnumSource(value = Mechanism.class, names = {"FOLLOW_UPS", "NAME_SWAPS", "EVIDENCE_FLOOR", "STATED_UNITS", "WORD_ENDINGS_KAZAKH", "AMOUNTS_NOT_RATIOS", "TIES", "HYPHEN_ENDINGS", "NAMED_BY_ITS_FACT", "MISTYPED_FIRST"}, mode = EnumSource.Mode.EXCLUDE)
    void switchingAMechanismOffLosesARightAnswer(Mechanism mechanism) {
        Matcher without = Matcher.build(TABLES_BASE, Set.of(mechanism));
        List<String> lost = new ArrayList<>();
        for (TestFacts.TableRow r : TestFacts.tableRows()) {
            if (r.expected().contains(answer(ALL_ON, r.question())) && !r.expected().contains(answer(without, r.question()))) {
                lost.add(r.question());
            }
        }
        // Some mechanisms matter once several sources compete for a question: the tables' questions and those
        // across the sources, asked with the test sources added.
        Matcher addedWithout = Matcher.build(ADDED_BASE, Set.of(mechanism));
        List<TestFacts.TableRow> acrossSources = new ArrayList<>(TestFacts.tableRows());
        for (String table : List.of("added-sources.tsv", "amounts-and-ratios.tsv", "where-questions.tsv", "counted-things.tsv",
                "stated-numbers.tsv", "named-actors.tsv", "plans-not-now.tsv", "next-not-this.tsv", "why-not.tsv",
                "sentence-values.tsv")) {
            acrossSources.addAll(TestFacts.tableRows(Path.of("src/test/resources", table)));
        }
        for (TestFacts.TableRow r : acrossSources) {
            if (r.expected().contains(answer(ADDED_ALL_ON, r.question())) && !r.expected().contains(answer(addedWithout, r.question()))) {
                lost.add(r.question() + " (with the added sources)");
            }
        }
        assertFalse(lost.isEmpty(), mechanism + " changes no answer of the tables: it does nothing or its table rows are missing");
        System.out.println(mechanism + " off loses " + lost.size() + ": " + lost.subList(0, Math.min(5, lost.size())));
    }
}
