package io.floorview.domain.forecast;

import java.math.BigDecimal;

/**
 * What a user typed over one interval's forecast: its calls and its AHT in seconds, as decimals; a null field
 * follows the forecast from history.
 */
public record ForecastEdit(BigDecimal calls, BigDecimal ahtSec) {

    /** No figure typed: the interval follows history. */
    public boolean isEmpty() {
        return calls == null && ahtSec == null;
    }
}
