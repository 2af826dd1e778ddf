package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.floorview.testing.CommandRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code floorview staffing} as an analyst runs it: one JSON line or a table out, one line of reason on bad input. */
class StaffingCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int code, String out, String err) {

        JsonNode json() throws Exception {
            assertThat(out.strip().lines()).as("one JSON line").hasSize(1);
            return JSON.readTree(out);
        }
    }

    private static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("staffing"));
        all.addAll(List.of(args));
        return floorview(all.toArray(String[]::new));
    }

    private static Run floorview(String... args) {
        CommandRun r = CommandRun.of(args);
        return new Run(r.code(), r.out(), r.err());
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void e1RequiredAgentsAsOneJsonLine() throws Exception {
        Run r = run("--calls", "100", "--period", "30m", "--aht", "180", "--target", "80/20", "--shrinkage", "0.30");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode j = r.json();
        assertThat(fields(j)).containsExactly("model", "traffic", "agents", "probabilityOfWaiting", "serviceLevel", "asa",
                "occupancy", "scheduledAgents");
        assertThat(j.get("model").asText()).isEqualTo("erlang-c");
        assertThat(j.get("traffic").isNumber()).isTrue();
        assertThat(j.get("traffic").asDouble()).isEqualTo(10);
        assertThat(j.get("agents").asInt()).isEqualTo(14);
        assertThat(j.get("probabilityOfWaiting").asDouble()).isCloseTo(0.1741319, within(5e-8));
        assertThat(j.get("serviceLevel").asDouble()).isCloseTo(0.88835, within(5e-6));
        assertThat(j.get("asa").asDouble()).isCloseTo(7.8359, within(5e-5));
        assertThat(j.get("occupancy").asDouble()).isCloseTo(0.7142857, within(5e-8));
        assertThat(j.get("scheduledAgents").asInt()).isEqualTo(20);
    }

    @Test
    void e2TheOccupancyCapAndShrinkageGiveFifteenAndTwentyTwo() throws Exception {
        JsonNode j = run("--calls", "100", "--period", "30m", "--aht", "180", "--target", "80/19.8",
                "--max-occupancy", "0.70", "--shrinkage", "30%").json();

        assertThat(j.get("agents").asInt()).isEqualTo(15);
        assertThat(j.get("scheduledAgents").asInt()).isEqualTo(22);
        assertThat(j.get("serviceLevel").asDouble()).isCloseTo(0.941, within(5e-4));
    }

    @Test
    void withoutShrinkageScheduledEqualsAgents() throws Exception {
        JsonNode j = run("--calls", "6", "--period", "30m", "--aht", "60").json();

        assertThat(j.get("agents").asInt()).isEqualTo(1);
        assertThat(j.get("scheduledAgents").asInt()).isEqualTo(1);
        assertThat(j.get("serviceLevel").asDouble()).isCloseTo(0.847, within(5e-4));
    }

    @Test
    void patienceSwitchesToErlangAAndAddsTheAbandonRate() throws Exception {
        JsonNode j = run("--calls", "100", "--period", "30m", "--aht", "180", "--patience", "60").json();

        assertThat(j.get("model").asText()).isEqualTo("erlang-a");
        assertThat(fields(j)).containsExactly("model", "traffic", "agents", "probabilityOfWaiting", "serviceLevel", "asa",
                "occupancy", "probabilityOfAbandon", "scheduledAgents");
        assertThat(j.get("agents").asInt()).isEqualTo(12);
        assertThat(j.get("probabilityOfAbandon").asDouble()).isBetween(0.0, 0.1);
        assertThat(j.get("serviceLevel").asDouble()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void anUnstableErlangCQueueHasNoAsaAndNoServiceLevel() throws Exception {
        JsonNode j = run("--calls", "100", "--period", "30m", "--aht", "180", "--agents", "9").json();

        assertThat(j.get("agents").asInt()).isEqualTo(9);
        assertThat(j.get("asa").isNull()).isTrue();
        assertThat(j.get("serviceLevel").asDouble()).isZero();
        assertThat(j.get("probabilityOfWaiting").asDouble()).isEqualTo(1);
        JsonNode a = run("--calls", "100", "--period", "30m", "--aht", "180", "--agents", "9", "--patience", "60").json();
        assertThat(a.get("asa").isNumber()).as("Erlang A has an answer with too few agents").isTrue();
    }

    @Test
    void givenAgentsAreEvaluatedNotSearched() throws Exception {
        JsonNode j = run("--calls", "100", "--period", "30m", "--aht", "180", "--agents", "12", "--shrinkage", "0.3")
                .json();

        assertThat(j.get("agents").asInt()).isEqualTo(12);
        assertThat(j.get("serviceLevel").asDouble()).isCloseTo(0.640158, within(5e-7));
        assertThat(j.get("scheduledAgents").asInt()).isEqualTo(18);
    }

    @ParameterizedTest(name = "{0} calls in {1}")
    @CsvSource({"50, 15m", "100, 30m", "200, 1h", "200, 3600s", "200, 60min", "300, 1.5h"})
    void periodsInMinutesHoursOrSecondsGiveTheSameTraffic(String calls, String period) throws Exception {
        JsonNode j = run("--calls", calls, "--period", period, "--aht", "180").json();

        assertThat(j.get("traffic").asDouble()).isCloseTo(10, within(1e-12));
    }

    @Test
    void theTextFormatIsATableForAPerson() {
        Run r = run("--calls", "100", "--period", "30m", "--aht", "180", "--shrinkage", "0.30", "--format", "text");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Erlang C: 100 calls in 30 min, AHT 180 s = 10.00 Erlangs")
                .contains("agents on the phones", "14", "agents to schedule (30 % shrinkage)", "20",
                        "service level in 20 s", "88.8 %", "target 80 %", "average speed of answer", "7.8 s",
                        "occupancy", "71.4 %");
        Run unstable = run("--calls", "100", "--period", "30m", "--aht", "180", "--agents", "9", "--format", "text");
        assertThat(unstable.out()).contains("none: the queue grows without bound");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "--calls -5 --period 30m --aht 180                     | calls must be 0 or more, not -5",
            "--calls 100 --period 30m --aht 0                      | average handle time must be more than 0 s",
            "--calls 100 --period 30m --aht 180 --shrinkage 1      | shrinkage must be 0 or more and less than 1",
            "--calls 100 --period 30m --aht 180 --shrinkage 1.2    | shrinkage must be 0 or more and less than 1",
            "--calls 100 --period 30m --aht 180 --target 120/20    | target must be 0 to 100 %, not 120 %",
            "--calls 100 --period 30m --aht 180 --target -1/20     | target must be 0 to 100 %",
            "--calls 100 --period 30m --aht 180 --target 80/-3     | '-3' is negative",
            "--calls 100 --period 30m --aht 180 --target 80        | is not PERCENT/SECONDS, such as 80/20",
            "--calls 100 --period 30m --aht 180 --target 100/20    | 100 % is never reached",
            "--calls 100 --period 30 --aht 180                     | --period: '30' has no unit",
            "--calls 100 --period 0m --aht 180                     | the interval must be longer than 0 s",
            "--calls 100 --period soon --aht 180                   | --period: 'soon' is not a length of time",
            "--calls many --period 30m --aht 180                   | --calls: 'many' is not a number",
            "--period 30m --aht 180                                | --calls is missing",
            "--calls 100 --aht 180                                 | --period is missing",
            "--calls 100 --period 30m                              | --aht is missing",
            "--calls 100 --period 30m --aht 180 --agents 0         | --agents: 0 agents; give 1 or more",
            "--calls 100 --period 30m --aht 180 --agents 2.5       | --agents: '2.5' is not a whole number",
            "--calls 100 --period 30m --aht 180 --max-occupancy 0  | occupancy cap must be more than 0 and at most 1",
            "--calls 100 --period 30m --aht 180 --max-occupancy 95 | occupancy cap must be more than 0 and at most 1",
            "--calls 100 --period 30m --aht 180 --patience 0       | caller patience must be more than 0 s",
            "--calls 100 --period 30m --aht 180 --asa 0            | average-speed-of-answer target must be more than 0 s",
            "--calls 100 --period 30m --aht 180 --format xml       | --format: 'xml' is not json or text",
    })
    void badInputExitsTwoWithOneLineOfReason(String args, String reason) {
        Run r = run(args.trim().split("\\s+"));

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("floorview staffing: ").contains(reason);
    }

    @Test
    void helpNamesTheCommandAndExplainsTheUnstableCase() {
        Run top = floorview("--help");
        assertThat(top.out()).contains("staffing");
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--calls", "--period", "--aht", "--target", "--max-occupancy", "--shrinkage",
                "--patience", "--asa", "--agents", "--format", "asa is null, serviceLevel 0");
    }
}
