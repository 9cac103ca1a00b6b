package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.visitfacts.facts.FactKind;

/**
 * Reads a question: reads Kazakh typed in Latin letters as Cyrillic, folds it, reads colloquial spellings as standard ones, drops the phrases that only frame it,
 * corrects typos on request, and cuts it into terms. In a message of several sentences the sentences that ask lead
 * and the rest (who the asker is, why they ask) is background of little weight.
 */
final class QuestionReader {
    /** What a word of a sentence that does not ask weighs, against the same word in the question itself. */
    static final double BACKGROUND = 0.3;

    private final FactIndex.Analysis analysis;
    private final ChineseTypos chineseTypos;
    private final FunctionWordTypos functionWordTypos;
    private final FactWordTypos factWordTypos;
    /** Reads Kazakh typed in Latin letters as Cyrillic. */
    private final LatinKazakh latinKazakh;
    private final Set<Mechanism> off;
    /** "Last year" in a question counts from the newest source's year. */
    private final int referenceYear;

    QuestionReader(FactIndex.Analysis analysis, ChineseTypos chineseTypos, FunctionWordTypos functionWordTypos,
                   FactWordTypos factWordTypos, LatinKazakh latinKazakh, Set<Mechanism> off, int referenceYear) {
        this.analysis = analysis;
        this.chineseTypos = chineseTypos;
        this.functionWordTypos = functionWordTypos;
        this.factWordTypos = factWordTypos;
        this.latinKazakh = latinKazakh;
        this.off = off;
        this.referenceYear = referenceYear;
    }

    /**
     * Whether a reading as typed holds a word the typo reading would replace with the frequency tables' backing: a
     * mistyped word of the facts or a question word, Latin or Cyrillic (not a word the index only finds one edit away).
     */
    boolean mistyped(Reading asTyped) {
        if (off.contains(Mechanism.MISTYPED_FIRST)) {
            return false;
        }
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher m = FactWordTypos.WORD.matcher(asTyped.text());
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!off.contains(Mechanism.FACT_WORD_TYPOS) && factWordTypos.meant(w) != null
                    || !off.contains(Mechanism.FUNCTION_WORD_TYPOS) && functionWordTypos.meant(w, i == 0 ? null : words.get(i - 1),
                            i + 1 < words.size() ? words.get(i + 1) : null) != null) {
                return true;
            }
        }
        return false;
    }

    Reading read(String question, boolean typos) {
        String q = question == null ? "" : question;
        LatinKazakh.Reading latin = off.contains(Mechanism.LATIN_KAZAKH) ? new LatinKazakh.Reading(q, false) : latinKazakh.read(q);
        String raw = off.contains(Mechanism.HYPHEN_ENDINGS) ? latin.text() : HyphenEndings.dropped(latin.text());
        TextNormalizer.Folded folded = TextNormalizer.fold(raw);
        QuestionWords words = analysis.words();
        String text = analysis.prepare(folded.text());
        if (!off.contains(Mechanism.FRAMING)) {
            text = words.withoutFraming(text);
        }
        List<ChineseTypos.Correction> corrections = new ArrayList<>();
        if (typos) {
            text = chineseTypos.correct(text, corrections);
            if (!off.contains(Mechanism.FUNCTION_WORD_TYPOS)) {
                text = functionWordTypos.correct(text, corrections);
            }
            if (!off.contains(Mechanism.FACT_WORD_TYPOS)) {
                text = factWordTypos.correct(text, corrections);
            }
        }
        List<String> sentences = off.contains(Mechanism.ASKING_SENTENCES) ? List.of(text) : Sentences.of(text);
        if (!off.contains(Mechanism.ASKERS_CLAUSES)) {
            sentences = Sentences.withAskersClausesApart(sentences, words::speaksOfTheAsker);
        }
        List<Term> terms;
        String asking;
        // What kind of figure is asked: where a sentence is marked as a question, its cues, not those of a sentence that
        // only tells of something asked ("I'd like to cite what Tokayev proposed. … which year did he name?").
        String askingMarked;
        if (sentences.size() <= 1) {
            asking = text;
            askingMarked = text;
            terms = terms(text);
        } else {
            List<String> asks = sentences.stream().filter(words::asks).toList();
            List<String> leading = asks.isEmpty() ? List.of(sentences.get(sentences.size() - 1)) : asks;
            asking = String.join(" ", leading);
            List<String> marked = off.contains(Mechanism.MARKED_QUESTIONS) ? List.of()
                    : leading.stream().filter(QuestionWords::marked).toList();
            askingMarked = marked.isEmpty() ? asking : String.join(" ", marked);
            terms = weighted(sentences, leading);
        }
        // What a question states is not what it asks: "120亿美元 is of which year?" asks for a year, not for dollars. Its
        // unit still tells which figure is meant where nothing else is asked for so plainly ("10 million tonnes: what of?").
        String cues = askingMarked;
        QuestionWords.Cued cued = words.cued(askingMarked);
        Set<FactKind> asked = cued.asked();
        // Only a question with a number (its terms say) has a figure of its own to set aside.
        boolean statesNumbers = terms.stream().anyMatch(t -> t.type() == Term.Type.NUMBER || t.type() == Term.Type.SOFT_NUMBER);
        if (statesNumbers) {
            String unstated = withoutStatedFigures(askingMarked);
            cued = unstated.equals(askingMarked) ? cued : words.cued(unstated);
            if (!off.contains(Mechanism.STATED_UNITS) && !cued.asked().equals(asked) && SentenceValues.sortAsked(cued.asked()).isPresent()) {
                cues = unstated;
                asked = cued.asked();
            }
        }
        Set<String> askedMeasures = off.contains(Mechanism.MEASURES) ? Set.of()
                : words.askedMeasures(cues, !off.contains(Mechanism.CHINESE_MEASURES_APART));
        if (!off.contains(Mechanism.SHARE_HAS_NO_UNIT) && asked.equals(EnumSet.of(FactKind.PERCENT))) {
            // Only a share is asked: "how high" of it (占比有多高) is its size, not a height in metres.
            askedMeasures = Set.of();
        }
        if (!off.contains(Mechanism.COUNTED_OVER_MONEY) && !askedMeasures.isEmpty()
                && words.countedThings().containsAll(askedMeasures) && !asked.contains(FactKind.COUNT)
                && cued.cued().contains(FactKind.COUNT)) {
            // "қытайлық ақша салынған … қанша фирма": the thing counted after "how many" says what is asked, not a word
            // of money that only describes it.
            asked = EnumSet.copyOf(cued.cued());
            asked.retainAll(EnumSet.of(FactKind.COUNT, FactKind.QUANTITY));
        }
        // Whether an amount is asked beside the time or place asked (the figures it states aside).
        boolean cuesAnAmount = cued.cued().stream().anyMatch(Ranking.NUMERIC::contains);
        return new Reading(folded, text, asking, corrections, terms, asked, askedMeasures, typos,
                latin.latin(), statedNumbers(terms, asking), cuesAnAmount);
    }

    /** The text with every number blanked out, with its multiplier and unit (44 млрд долларов, 85%, five trillion dollars). */
    static String withoutStatedFigures(String text) {
        StringBuilder s = null;
        for (Quantity q : NumberReader.read(text, true)) {
            s = s == null ? new StringBuilder(text) : s;
            for (int i = q.start(); i < NumberReader.tailEnd(text, q.end()); i++) {
                s.setCharAt(i, ' ');
            }
        }
        return s == null ? text : s.toString();
    }

    /** What the previous question's terms weigh in a follow-up with no words of its own ("and where?"). */
    static final double CARRIED = 0.8;
    /** What they weigh beside a follow-up's own words: the frame it keeps ("那投资呢？" keeps 2024 and China–Kazakhstan). */
    static final double CARRIED_BESIDE_OWN = 0.5;
    /**
     * What they weigh beside the follow-up's own terms of the same sort, which replace them: "那投资呢？" swaps trade for
     * investment; "а CNPC?" swaps the company and keeps the question about regions.
     */
    static final double CARRIED_REPLACED = 0.25;
    /** The most the carried terms weigh together, as a share of the follow-up's own words. */
    static final double CARRIED_SHARE = 0.5;

    /** The sorts of term a follow-up may swap: a name, a number, or a word or notion. */
    private enum Sort { NAME, NUMBER, WORD, OTHER }

    private static Sort sort(Term t) {
        return switch (t.type()) {
            case ENTITY -> Sort.NAME;
            case NUMBER, SOFT_NUMBER, UNIT -> Sort.NUMBER;
            case WORD, CONCEPT, PART -> Sort.WORD;
            default -> Sort.OTHER;
        };
    }

    /**
     * A follow-up read with what the conversation was just asked: the previous question's terms join at a lower
     * weight, and never as names or numbers a fact must share; the kind of figure and the measure asked are the new
     * message's own when it asks for one ("а в каком году?"), else the previous question's.
     */
    Reading withContext(Reading own, Context c) {
        Set<Sort> ownSorts = java.util.EnumSet.noneOf(Sort.class);
        contentTerms(own).forEach(t -> ownSorts.add(sort(t)));
        Map<String, Term> merged = new LinkedHashMap<>();
        own.terms().forEach(t -> merged.put(t.key(), t));
        List<Term> carried = new ArrayList<>();
        for (Term t : c.terms) {
            double factor = ownSorts.contains(sort(t)) ? CARRIED_REPLACED : ownSorts.isEmpty() ? CARRIED : CARRIED_BESIDE_OWN;
            // A carried term never outweighs a word of the follow-up: a number's extra weight stays with its own question.
            carried.add(new Term(t.key(), Math.min(1, t.weight()), t.type()).inBackground(factor));
        }
        // Beside the follow-up's own words (a new topic: "那投资呢？"), what is carried weighs at most a share of them,
        // however much it was; a follow-up that only swaps a name or a number ("а CNPC?") keeps the whole frame.
        double ownWeight = contentTerms(own).stream().mapToDouble(Term::weight).sum();
        double carriedWeight = carried.stream().mapToDouble(Term::weight).sum();
        double scale = !ownSorts.contains(Sort.WORD) || carriedWeight <= CARRIED_SHARE * ownWeight ? 1
                : CARRIED_SHARE * ownWeight / carriedWeight;
        for (Term t : carried) {
            Term w = new Term(t.key(), t.weight() * scale, t.type());
            merged.merge(w.key(), w, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        boolean ownKind = !own.asked().isEmpty();
        return new Reading(own.folded(), own.text(), own.asking() + " " + c.asking, own.corrections(),
                List.copyOf(merged.values()), ownKind ? own.asked() : c.asked,
                !own.askedMeasures().isEmpty() ? own.askedMeasures() : ownKind ? Set.of() : c.askedMeasures, own.typos(),
                own.latinKazakh(), own.statedNumbers(), own.cuesAnAmount());
    }

    /**
     * Whether a follow-up only names another of what the frame named ("а CNPC?" after Sinopec's region): names of its
     * own and nothing else, beside a frame that named one.
     */
    static boolean swapsAName(Reading own, Context c) {
        List<Term> content = contentTerms(own);
        return !content.isEmpty() && content.stream().allMatch(t -> sort(t) == Sort.NAME)
                && c.terms.stream().anyMatch(t -> sort(t) == Sort.NAME || t.type() == Term.Type.SUBJECT && t.weight() >= 1);
    }

    /**
     * A follow-up that swaps a name, read as the frame's question about the new name: its own terms, asking for what the
     * frame asked, and none of the frame's words, which are the old name's fact's words ("which region will ... invest
     * in" is how Sinopec's fact is worded, not CNPC's).
     */
    static Reading withKindsOf(Reading own, Context c) {
        boolean ownKind = !own.asked().isEmpty();
        return new Reading(own.folded(), own.text(), own.asking(), own.corrections(), own.terms(),
                ownKind ? own.asked() : c.asked, ownKind ? own.askedMeasures() : c.askedMeasures, own.typos(),
                own.latinKazakh(), own.statedNumbers(), own.cuesAnAmount());
    }

    /**
     * The numbers an asking sentence states: said around the question, a number weighs less than any stated one; a
     * span of years ("in about eight years", за двадцать лет, 八年) measures time from now, and is no claim either.
     */
    private static Set<String> statedNumbers(List<Term> terms, String asking) {
        if (terms.stream().noneMatch(QuestionReader::statesANumber)) {
            return Set.of();
        }
        Set<String> spans = new java.util.HashSet<>();
        for (Quantity q : NumberReader.read(asking)) {
            boolean yearsSpan = q.value().compareTo(java.math.BigDecimal.valueOf(1000)) < 0
                    && YEARS_AFTER.matcher(asking).region(q.end(), asking.length()).lookingAt();
            // "Two" in words is mostly the two of what is asked about (two countries, leaders, days, sides); an amount in
            // words ("он бес миллиард") is read word by word, so its parts are no figure.
            boolean wordsOnly = !q.digits() && (q.value().intValue() == 2 && !asking.startsWith("第", q.start())
                    || AMOUNT_AFTER.matcher(asking).region(q.end(), asking.length()).lookingAt()
                    || AMOUNT_AFTER.matcher(asking).region(q.start(), q.end()).find());
            if (yearsSpan || wordsOnly) {
                spans.add(q.key());
            }
        }
        Set<String> keys = new java.util.HashSet<>();
        for (Term t : terms) {
            if (statesANumber(t) && !spans.contains(t.key())) {
                keys.add(t.key());
            }
        }
        return keys;
    }

    /** A number term of an asking sentence; "first" is no claim: it is as often the first day of what is asked. */
    private static boolean statesANumber(Term t) {
        // The bare number only: 30多位 is the 30 of 30余名, whatever its counter.
        return (t.type() == Term.Type.NUMBER || t.type() == Term.Type.SOFT_NUMBER) && t.weight() > STATED_NUMBER_WEIGHT
                && BARE.matcher(t.key()).matches() && !t.key().equals("n:1");
    }

    private static final java.util.regex.Pattern BARE = java.util.regex.Pattern.compile("n:[0-9.]+");
    /** A number word before "million", "миллиард", "мың": part of an amount written in words. */
    private static final java.util.regex.Pattern AMOUNT_AFTER = java.util.regex.Pattern.compile(
            "(?:\\s+\\p{L}+)?\\s+(?:thousand|million|billion|trillion|тысяч\\p{L}*|миллион\\p{L}*|миллиард\\p{L}*|триллион\\p{L}*"
                    + "|мың|млн|млрд|трлн)(?!\\p{L})");

    private static final java.util.regex.Pattern YEARS_AFTER =
            java.util.regex.Pattern.compile("\\s*(?:years?\\b|лет\\b|год\\p{L}*|жыл\\p{L}*|年)");

    /** Above the weight of a typed number said around the question (1.5 × {@link #BACKGROUND}), below a spelled one's. */
    private static final double STATED_NUMBER_WEIGHT = 0.5;

    /**
     * The terms of a reading that say what it is about: words, notions, names and numbers, not the subjects' names nor
     * a lone Chinese character (州, 年), which is too weak to stand for a topic of its own.
     */
    static List<Term> contentTerms(Reading r) {
        return r.terms().stream().filter(t -> t.weight() >= TextAnalyzer.VERB_WEIGHT && (t.type() == Term.Type.WORD
                || t.type() == Term.Type.CONCEPT || t.type() == Term.Type.ENTITY || t.type() == Term.Type.NUMBER
                || t.type() == Term.Type.SOFT_NUMBER)).toList();
    }

    /** The most a word common in its language ("want", "говорит", "ал") is marked down, against a rare one. */
    static final double COMMON_WORD_DISCOUNT = 0.8;
    /** Words up to this Zipf value (a few per 100,000 words) keep their weight; from 2 more, the full discount. */
    static final double RARE_ZIPF = 4.0;

    /**
     * A sentence's terms, each word weighed by how telling it is in its language: the words people frame any
     * question with ("put together", "want", "говорит", "нені") weigh less than a rare one, whether or not a fact has
     * them. Names, notions and numbers keep their weight.
     */
    private List<Term> terms(String sentence) {
        List<Term> terms = analysis.analyzer().terms(sentence, referenceYear);
        if (off.contains(Mechanism.COMMON_WORDS)) {
            return terms;
        }
        WordFrequencies frequencies = WordFrequencies.shipped();
        List<Term> weighed = new ArrayList<>(terms.size());
        for (Term t : terms) {
            if (t.type() != Term.Type.WORD) {
                weighed.add(t);
                continue;
            }
            String word = t.key().substring(2);
            java.util.OptionalDouble zipf = t.key().startsWith("z:") ? frequencies.zipf(kz.visitfacts.facts.Language.ZH, word)
                    : frequencies.stemZipf(word);
            double common = zipf.isPresent() ? Math.max(0, Math.min(1, (zipf.getAsDouble() - RARE_ZIPF) / 2)) : 0;
            weighed.add(new Term(t.key(), t.weight() * (1 - COMMON_WORD_DISCOUNT * common), t.type()));
        }
        return weighed;
    }

    /** The terms of every sentence, those of the leading ones at full weight, each key once at its largest weight. */
    private List<Term> weighted(List<String> sentences, List<String> leading) {
        Map<String, Term> merged = new LinkedHashMap<>();
        for (String s : sentences) {
            boolean leads = leading.contains(s);
            for (Term t : terms(s)) {
                Term w = leads ? t : t.inBackground(BACKGROUND);
                merged.merge(w.key(), w, (a, b) -> a.weight() >= b.weight() ? a : b);
            }
        }
        return List.copyOf(merged.values());
    }
}
