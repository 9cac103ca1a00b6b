package kz.visitfacts.match;

/**
 * The matcher's mechanisms that can be switched off one at a time, so a test can show what each one does:
 * with it off, a question it exists for is no longer answered (or a wrong answer is no longer refused).
 */
enum Mechanism {
    /** An unknown Cyrillic word found by its beginning: Kazakh endings (орталығын → орталық). */
    WORD_ENDINGS,
    /** Of Cyrillic words, only a tail that may begin a Kazakh ending is cut: not the ч of законч (закончился), read as закон. */
    WORD_ENDINGS_KAZAKH,
    /** A question for one kind of number marks down figures of another kind. */
    KIND_PENALTY,
    /** Curated names inside a longer Chinese word (天津宣言 → 天津). */
    INNER_CONCEPTS,
    /** A fact also holds the words of its paragraph's neighbour, its section and its source's title. */
    CONTEXT,
    /** One wrong letter (Levenshtein) or a Chinese homophone (same pinyin) where the exact word matches nothing. */
    TYPOS,
    /** A mistyped question word ("wich", "hwo many") read as the stop word one edit away that is far more common. */
    FUNCTION_WORD_TYPOS,
    /** A mistyped word of the facts read as that word before analysis, so its concept and the measure it asks for count. */
    FACT_WORD_TYPOS,
    /** A question with a word the frequency tables say was mistyped is read corrected first, even where as typed it is answered. */
    MISTYPED_FIRST,
    /** A Kazakh case ending after a hyphen (ШЫҰ-ның, China Daily-дегі) is dropped, not read as a word of its own. */
    HYPHEN_ENDINGS,
    /** Colloquial and dialect spellings read as standard ones (language.json's rewrites). */
    REWRITES,
    /** Numbers spelled out in words, in every language the bot speaks (ICU's spell-out rules). */
    SPELLED_NUMBERS,
    /** A fact's curated alternate questions count as its own words. */
    ALTERNATE_QUESTIONS,
    /** A question asking for a unit or a counted thing (km, tenge, people) is answered only by a figure of that measure. */
    MEASURES,
    /** A question about a flow one way between the subject countries is not answered by the flow the other way. */
    DIRECTION,
    /** A word that ends like a verb (построят, жасалды, opened) weighs half a noun's weight (language.json's verbEndings). */
    VERBS,
    /**
     * A question for a unit or a counted thing ranks only the figures of that measure, when any fact has one: "how
     * many agreements" is not outranked by their value in dollars (which would be refused, not answered).
     */
    MEASURE_FIRST,
    /** "How many" (a count or an amount) is never answered with a share or a multiple: not by the growth of a number of tourists. */
    AMOUNTS_NOT_RATIOS,
    /** "How many" is never answered with the number in an event's name or date (the 80th anniversary, a month). */
    EVENTS_NOT_AMOUNTS,
    /** "Where" is never answered with a number, even when the number's sentence names the place. */
    PLACES_NOT_NUMBERS,
    /** Nor with a name (an organisation, a title) that holds no place, unless its sentence names one (VALUES_IN_SENTENCE). */
    PLACES_NOT_NAMES,
    /** "When" is never answered with a sum, a count or a share, whatever its sentence says (but see VALUES_IN_SENTENCE). */
    TIMES_NOT_NUMBERS,
    /** "How long" (多长时间, на какой срок) is answered by a claim or a title only where its figure tells a period. */
    PERIODS_TOLD,
    /** "Which day?" (какого числа, 几号, қай күні) is not answered with a month or a year: the source does not say the day. */
    DAYS_NOT_MONTHS,
    /** A clause in which the asker speaks of themselves ("我住在西安，…") is background: its city is not asked about. */
    ASKERS_CLAUSES,
    /** Chinese "how many" and the counted thing apart: a name between (多少中国游客), or the thing first (中国游客有多少). */
    CHINESE_MEASURES_APART,
    /** A count without a Chinese counter counts what the words after its number name: "N workers" counts people. */
    COUNTED_BY_WORDS,
    /** In a message of several sentences, those that ask lead; the rest is background of little weight. */
    ASKING_SENTENCES,
    /** Of those, the sentences marked with a question mark lead, where some are: a question word alone may only tell of one. */
    MARKED_QUESTIONS,
    /** Phrases that only frame a question ("in the article", "в статье") are not matched against facts. */
    FRAMING,
    /** A question claiming what its best fact does not say (refused, cancelled, absent) is not answered as if true. */
    PREMISES,
    /** Asking why something did not happen ("why … not", 为什么…没, почему … не, неге … -майды) claims it did not. */
    WHY_NOT,
    /**
     * A question stating a number its best fact does not hold (five leaders of three), or a year other than the year that
     * is its figure, is not answered as if true.
     */
    STATED_NUMBERS,
    /**
     * A question naming who acts, an organisation or a person ("why is Huawei investing in Atyrau?"), where its best
     * fact states another of that sort and not that one, is not answered as if true.
     */
    NAMED_ACTORS,
    /** A question asking how things are now, of a fact that tells of a plan, is not answered as if it were done. */
    PLANS_NOT_NOW,
    /** A question about the next one ("the next summit"), of a fact that tells of no plan, is not answered with this one. */
    NEXT_NOT_THIS,
    /** "How much barley" is not answered with a fact about wheat: an amount of a word the best fact does not hold. */
    AMOUNT_OF_ANOTHER_THING,
    /**
     * "Where" or "when" of a fact whose figure is another kind is answered with the one place or time of its sentence
     * the question does not name ("where was the business council?" of its attendees: Beijing).
     */
    VALUES_IN_SENTENCE,
    /** A thing counted after "how many" (қанша фирма) asks a count, though a word of money describes it (ақша салынған). */
    COUNTED_OVER_MONEY,
    /** A share asked "how high" (占比有多高) asks its size, not a height in metres: a share has no unit. */
    SHARE_HAS_NO_UNIT,
    /** A number typed with its unit is what a question states, not what it asks: "120亿美元 is of which year?" asks a year. */
    STATED_UNITS,
    /**
     * A name the question asks about belongs, among the facts of one sentence, to those that state it ("which region
     * will CNPC invest in?" is not about the region of another company named in the same sentence).
     */
    NAMED_BY_ITS_FACT,
    /** A message of a conversation may be read with what was just asked ("那投资呢？", "and where?"). */
    FOLLOW_UPS,
    /**
     * A follow-up that only names another of what was asked about ("а CNPC?" after Sinopec's region) is the same
     * question about the new name: its name with the kind asked before, without the old fact's words.
     */
    NAME_SWAPS,
    /** A best fact whose rival holds the same words of the question as firmly, scored within a tenth, is refused: a guess. */
    TIES,
    /** A question sharing too little with its best fact (one common word) is refused, whatever the model's chance. */
    EVIDENCE_FLOOR,
    /** A word common in its language (word-frequency tables) weighs less in a question than a rare one. */
    COMMON_WORDS,
    /** A question typed in Kazakh with Latin letters (2021, 2018, 2017 or plain ASCII) is read in Cyrillic. */
    LATIN_KAZAKH
}
