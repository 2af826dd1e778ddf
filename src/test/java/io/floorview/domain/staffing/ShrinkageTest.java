package io.floorview.domain.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Scheduled heads = ⌈N / (1 − shrinkage)⌉, exactly, on the published cases and the rounding traps. */
class ShrinkageTest {

    @ParameterizedTest(name = "{0}: {1} on the phones, {2} shrinkage → {3} scheduled")
    @CsvSource({
            "N2, 21,  0.30, 30",
            "S1, 14,  0.30, 20",
            "S2, 100, 0.40, 167",
            "S3, 10,  0.30, 15",
            "S3, 11,  0.30, 16",
            "E1, 14,  0.30, 20",
            "E2, 15,  0.30, 22",
            "--, 7,   0.30, 10",
            "--, 1,   0.3,  2",
            "--, 0,   0.30, 0",
            "--, 17,  0,    17",
            "--, 99,  0.01, 100",
            "--, 3,   0.999, 3000",
    })
    void scheduledHeads(String id, int agents, String shrinkage, int scheduled) {
        assertThat(new Shrinkage(new BigDecimal(shrinkage)).scheduled(agents)).isEqualTo(scheduled);
    }

    @Test
    void theTrapIsRealInBinaryDoubles() {
        assertThat(Math.ceil(21 / (1 - 0.3))).as("what a double computation gives").isEqualTo(31);
        assertThat(new Shrinkage(new BigDecimal("0.3")).scheduled(21)).isEqualTo(30);
    }

    @Test
    void everyWholeNumberOfAgentsAtThirtyPercentIsRightBesideAnExactFraction() {
        Shrinkage s = new Shrinkage(new BigDecimal("0.30"));
        for (int n = 0; n <= 10_000; n++) {
            int exact = (n * 10 + 6) / 7; // ⌈n / 0.7⌉ = ⌈10n / 7⌉ in integers
            assertThat(s.scheduled(n)).as("n = %d", n).isEqualTo(exact);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.5", "-0.1", "100"})
    void shrinkageOfAllThePaidTimeOrMoreIsRefused(String fraction) {
        assertThatThrownBy(() -> new Shrinkage(new BigDecimal(fraction)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shrinkage must be 0 or more and less than 1");
    }
}
