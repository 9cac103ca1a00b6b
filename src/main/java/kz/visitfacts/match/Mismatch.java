package kz.visitfacts.match;

/**
 * Why the best fact's figure cannot be what a question asks for, however well its words match: it is of another
 * kind, another measure, or a flow the other way. Not a matter of degree, so not for the decision model to weigh.
 */
enum Mismatch {
    NOT_A_NUMBER("the question asks for a number and the best fact has none"),
    NOT_A_TIME("the question asks when and the best fact gives no time"),
    NOT_A_DAY("the question asks which day and the best fact gives only a month or a year"),
    NOT_A_NAME("the question asks who or which and the best fact's figure is a number"),
    NOT_A_PLACE("the question asks where and the best fact's figure is no place"),
    NOT_AN_AMOUNT("the question asks how many and the best fact's figure is a share or a multiple"),
    WRONG_MEASURE("the question asks for a unit or a counted thing the best fact's figure is not"),
    ANOTHER_THING("the question asks how much of a thing the best fact does not speak of"),
    REVERSED("the question asks about a flow the other way between the two countries");

    final String why;

    Mismatch(String why) {
        this.why = why;
    }

    /** Whether the figure is of another kind than asked (a number for "where"), not another measure or direction. */
    boolean ofKind() {
        return this == NOT_A_NUMBER || this == NOT_A_TIME || this == NOT_A_DAY || this == NOT_A_NAME || this == NOT_A_PLACE;
    }

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
