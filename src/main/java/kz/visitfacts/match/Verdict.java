package kz.visitfacts.match;

/** Why a question was answered or refused. */
enum Verdict {
    ANSWERED("the chance that the best fact is right reaches the threshold"),
    NO_WORDS("the question has no words to match"),
    NO_CANDIDATE("no fact shares a word with the question (or every one lacks a name or number it gives)"),
    TOO_LITTLE("the question shares too little with its best fact to name a figure"),
    UNLIKELY("the chance that the best fact is right is below the threshold"),
    TIED("the best fact's nearest rival explains the same words of the question nearly as well: a guess between two"),
    MISMATCH("the best fact's figure cannot be what the question asks for"),
    UNGROUNDED("read with the conversation, the best fact holds none of the follow-up's own words");

    final String why;

    Verdict(String why) {
        this.why = why;
    }

    /** The verdict's code, as tests and {@code ask --json} name it. */
    String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
