package io.floorview.feed.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SimulatorConfigTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    @Test
    void defaultsAreAMediumCenter() {
        SimulatorConfig c = SimulatorConfig.defaults(7, ZONE);
        assertThat(c.seed()).isEqualTo(7);
        assertThat(c.queues()).isEqualTo(3);
        assertThat(c.agents()).isEqualTo(36);
        assertThat(c.lines()).isEqualTo(30);
        assertThat(c.callRate()).isEqualTo(1.0);
        assertThat(c.recordedShare()).isEqualTo(0.2);
        assertThat(c.zone()).isEqualTo(ZONE);
        assertThat(c.site()).isEqualTo("Floorview demo center");
    }

    @Test
    void withersChangeOneThing() {
        SimulatorConfig c = SimulatorConfig.defaults(7, ZONE).withLines(2).withCallRate(3).withAgents(50)
                .withQueues(5).withRecordedShare(1).withSeed(9);
        assertThat(c).isEqualTo(new SimulatorConfig(9, 5, 50, 2, 3, 1, ZONE, "Floorview demo center"));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new Object[] {0, 36, 30, 1.0, 0.2, ZONE, "x"}, "queues must be 1..26, not 0"),
                Arguments.of(new Object[] {27, 36, 30, 1.0, 0.2, ZONE, "x"}, "queues must be 1..26, not 27"),
                Arguments.of(new Object[] {3, 2, 30, 1.0, 0.2, ZONE, "x"},
                        "agents must be at least the number of queues (3)"),
                Arguments.of(new Object[] {3, 10_001, 30, 1.0, 0.2, ZONE, "x"}, "agents must be at most 10000"),
                Arguments.of(new Object[] {3, 36, 0, 1.0, 0.2, ZONE, "x"}, "lines must be at least 1, not 0"),
                Arguments.of(new Object[] {3, 36, 30, 0.0, 0.2, ZONE, "x"}, "callRate must be above 0"),
                Arguments.of(new Object[] {3, 36, 30, Double.NaN, 0.2, ZONE, "x"}, "callRate must be above 0"),
                Arguments.of(new Object[] {3, 36, 30, 51.0, 0.2, ZONE, "x"}, "at most 50.0"),
                Arguments.of(new Object[] {3, 36, 30, 1.0, -0.1, ZONE, "x"}, "recordedShare must be between 0 and 1"),
                Arguments.of(new Object[] {3, 36, 30, 1.0, 1.5, ZONE, "x"}, "recordedShare must be between 0 and 1"),
                Arguments.of(new Object[] {3, 36, 30, 1.0, 0.2, null, "x"}, "zone is required"),
                Arguments.of(new Object[] {3, 36, 30, 1.0, 0.2, ZONE, " "}, "site name is required"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void refusesNonsenseWithAClearMessage(Object[] v, String message) {
        assertThatThrownBy(() -> new SimulatorConfig(1, (int) v[0], (int) v[1], (int) v[2], (double) v[3],
                (double) v[4], (ZoneId) v[5], (String) v[6]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void acceptsTheEdges() {
        new SimulatorConfig(1, 1, 1, 1, 0.01, 0, ZONE, "x");
        new SimulatorConfig(1, 26, 26, 1, 50, 1, ZONE, "x");
    }
}
