package io.floorview.domain.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shortcuts for long rising products and reciprocal sums agree with summing every term. */
class RisingTest {

    @ParameterizedTest(name = "x = {0}, j = {1}")
    @CsvSource({"0, 1", "0.001, 10", "0.5, 63", "0.5, 64", "0.5, 1000", "3.7, 5000", "19.5, 200", "25, 65",
            "1000, 100000", "123456.78, 300000", "1e7, 1000", "4.1e7, 2000000"})
    void logRisingIsTheSumOfTheLogs(double x, long j) {
        double direct = 0;
        for (long i = 1; i <= j; i++) {
            direct += Math.log(x + i);
        }
        assertThat(Rising.logRising(x, j)).isCloseTo(direct, within(1e-12 * Math.max(1, Math.abs(direct))));
    }

    @ParameterizedTest(name = "x = {0}, n = {1}")
    @CsvSource({"0, 1", "0.001, 10", "0.5, 63", "0.5, 64", "0.5, 1000", "3.7, 5000", "19.5, 200", "25, 65",
            "1000, 100000", "123456.78, 300000", "1e7, 1000", "4.1e7, 2000000"})
    void harmonicIsTheSumOfTheReciprocals(double x, long n) {
        double direct = 0;
        for (long m = n; m >= 1; m--) {
            direct += 1 / (x + m);
        }
        assertThat(Rising.harmonic(x, n)).isCloseTo(direct, within(1e-12 * direct));
    }

    @ParameterizedTest(name = "x = {0}")
    @CsvSource({"0", "0.25", "7"})
    void emptyRunsAreZero(double x) {
        assertThat(Rising.logRising(x, 0)).isZero();
        assertThat(Rising.harmonic(x, 0)).isZero();
    }
}
