package kz.visitfacts.match;

import java.math.BigDecimal;

/**
 * A number read from text, with its unit when one is written (usd, tonne, percent, times) and whether it
 * was typed in digits (or as a large Chinese numeral): a typed number must match, a spelled-out one only helps.
 */
record Quantity(BigDecimal value, String unit, int start, int end, boolean digits) {
    String key() {
        return "n:" + value.stripTrailingZeros().toPlainString();
    }
}
