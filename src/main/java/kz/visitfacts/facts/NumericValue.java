package kz.visitfacts.facts;

import java.math.BigDecimal;
import java.util.Objects;

/** The number a figure states and its unit (USD, tonnes, percent, times, year, count, ...). */
public record NumericValue(BigDecimal number, String unit) {
    public NumericValue {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(unit, "unit");
    }
}
