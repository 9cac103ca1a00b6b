package kz.visitfacts.match;

/** One unit of meaning read from text, with how much it says and whether a fact must share it. */
record Term(String key, double weight, Type type) {
    enum Type {
        /** A named person, place, country or organisation other than the sources' subjects: must match. */
        ENTITY,
        /** China, Kazakhstan, Tokayev: behind every fact, so they weigh little and never have to match. */
        SUBJECT,
        /** A curated notion in any language (trade, investment, railway ...). */
        CONCEPT,
        /** A word: a Chinese word, or a stemmed Latin or Cyrillic one. */
        WORD,
        /** A character pair inside a longer Chinese word, so 贸易 finds 贸易额. */
        PART,
        /** A number typed in digits: must match. */
        NUMBER,
        /** A number spelled out (三倍, three, второй): helps, never required. */
        SOFT_NUMBER,
        /** A unit (usd, tonne, percent, times). */
        UNIT
    }

    /**
     * This term as said around the question rather than in it: weighing {@code factor} of itself, and no longer a
     * name or number a fact must share (the asker's own "investment fund" or "Delhi" is not what is asked).
     */
    Term inBackground(double factor) {
        Type demoted = type == Type.ENTITY ? Type.SUBJECT : type == Type.NUMBER ? Type.SOFT_NUMBER : type;
        return new Term(key, weight * factor, demoted);
    }

    boolean mustMatch() {
        return type == Type.ENTITY || type == Type.NUMBER;
    }
}
