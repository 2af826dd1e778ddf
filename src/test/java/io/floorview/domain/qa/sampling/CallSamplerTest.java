package io.floorview.domain.qa.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Fair samples: spread over the period, never a scored call, the same again for the same seed. */
class CallSamplerTest {

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z"); // 30 days
    private static final SamplingPlan PLAN = new SamplingPlan(5, FROM, TO, 42);

    /** {@code n} calls of {@code agent} evenly over November, call ids agent-0 … agent-(n−1). */
    private static List<RecordedCall> evenly(String agent, int n) {
        List<RecordedCall> out = new ArrayList<>();
        long span = Duration.between(FROM, TO).toMillis();
        for (int i = 0; i < n; i++) {
            out.add(new RecordedCall(agent + "-" + i, agent, FROM.plusMillis(span * i / n + 1)));
        }
        return out;
    }

    private static List<RecordedCall> floor() {
        List<RecordedCall> calls = new ArrayList<>();
        calls.addAll(evenly("a1", 120));
        calls.addAll(evenly("a2", 300));
        calls.addAll(evenly("a3", 45));
        return calls;
    }

    @Test
    void oneCallFromEachSubPeriodWhenEverySubPeriodHasCalls() {
        List<AgentSample> sample = CallSampler.sample(PLAN, floor(), Set.of());
        assertThat(sample).extracting(AgentSample::agentId).containsExactly("a1", "a2", "a3");
        for (AgentSample s : sample) {
            assertThat(s.calls()).hasSize(5);
            assertThat(s.shortfall()).isZero();
            // 30 days in 5 sub-periods of 6 days: one call in each
            assertThat(s.calls().stream().map(c -> PLAN.stratum(c.at())).toList()).containsExactly(0, 1, 2, 3, 4);
            assertThat(s.calls()).allSatisfy(c -> assertThat(c.agentId()).isEqualTo(s.agentId()));
        }
    }

    @Test
    void theSameSeedDrawsTheSameCallsWhateverOrderTheyComeIn() {
        List<RecordedCall> calls = floor();
        List<AgentSample> first = CallSampler.sample(PLAN, calls, Set.of());
        List<RecordedCall> shuffled = new ArrayList<>(calls);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(CallSampler.sample(PLAN, shuffled, Set.of())).isEqualTo(first);
        List<AgentSample> other = CallSampler.sample(new SamplingPlan(5, FROM, TO, 43), calls, Set.of());
        assertThat(other).as("another seed draws other calls").isNotEqualTo(first);
    }

    @Test
    void anAgentsSampleDoesNotMoveWhenAnotherAgentsCallsChange() {
        List<AgentSample> before = CallSampler.sample(PLAN, floor(), Set.of());
        List<RecordedCall> more = new ArrayList<>(floor());
        more.addAll(evenly("a0", 17));
        more.removeIf(c -> c.agentId().equals("a2") && c.callId().endsWith("7"));
        List<AgentSample> after = CallSampler.sample(PLAN, more, Set.of());
        assertThat(after.stream().filter(s -> s.agentId().equals("a1")).findFirst().orElseThrow())
                .isEqualTo(before.get(0));
    }

    @Test
    void callsAlreadyScoredAreNeverDrawnAgain() {
        List<RecordedCall> calls = floor();
        Set<String> scored = calls.stream().filter(c -> c.callId().hashCode() % 2 == 0).map(RecordedCall::callId)
                .collect(Collectors.toSet());
        List<AgentSample> sample = CallSampler.sample(PLAN, calls, scored);
        assertThat(sample).flatExtracting(AgentSample::calls).extracting(RecordedCall::callId).doesNotContainAnyElementsOf(scored)
                .hasSize(15);
        long a1Open = calls.stream().filter(c -> c.agentId().equals("a1") && !scored.contains(c.callId())).count();
        assertThat(sample.get(0).eligible()).isEqualTo((int) a1Open);
    }

    @Test
    void anAgentWithTooFewCallsGetsAllOfThemAndTheShortfallIsShown() {
        List<RecordedCall> calls = new ArrayList<>(evenly("a1", 2));
        calls.add(new RecordedCall("scored", "a1", FROM.plusSeconds(10)));
        calls.add(new RecordedCall("late", "a1", TO)); // the period ends before TO
        calls.add(new RecordedCall("early", "a1", FROM.minusMillis(1)));
        AgentSample s = CallSampler.sample(PLAN, calls, Set.of("scored")).get(0);
        assertThat(s.calls()).extracting(RecordedCall::callId).containsExactly("a1-0", "a1-1");
        assertThat(s.eligible()).isEqualTo(2);
        assertThat(s.shortfall()).isEqualTo(3);
        // an agent whose every call is scored is still listed, with nothing to draw
        AgentSample none = CallSampler.sample(PLAN, List.of(new RecordedCall("x", "a9", FROM)), Set.of("x")).get(0);
        assertThat(none.calls()).isEmpty();
        assertThat(none.shortfall()).isEqualTo(5);
    }

    @Test
    void emptySubPeriodsAreMadeUpFromTheOthers() {
        // all 20 calls in the first 6 days: one sub-period has them all, the rest is drawn from it too
        List<RecordedCall> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(new RecordedCall("c" + i, "a1", FROM.plus(Duration.ofHours(6L * i))));
        }
        AgentSample s = CallSampler.sample(PLAN, calls, Set.of()).get(0);
        assertThat(s.calls()).hasSize(5);
        assertThat(new HashSet<>(s.calls())).hasSize(5);
        assertThat(s.calls()).isSortedAccordingTo(java.util.Comparator.comparing(RecordedCall::at));
    }

    @Test
    void aPlanSaysWhatIsWrongWithIt() {
        assertThatThrownBy(() -> new SamplingPlan(0, FROM, TO, 1)).hasMessage("calls per agent must be 1..1000, not 0");
        assertThatThrownBy(() -> new SamplingPlan(3, TO, FROM, 1))
                .hasMessage("the period must end after it starts (2026-12-01T00:00:00Z – 2026-11-01T00:00:00Z)");
    }
}
