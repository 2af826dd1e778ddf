package io.floorview.feed.sim;

import static io.floorview.feed.sim.SimRuns.BRUSSELS;
import static io.floorview.feed.sim.SimRuns.TUESDAY;
import static io.floorview.feed.sim.SimRuns.startOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.EventType;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import io.floorview.feed.protocol.AgentCommand;
import io.floorview.feed.protocol.CommandType;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.feed.server.CommandResult;
import io.floorview.feed.server.EventJournal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A supervisor's commands on the simulated floor: done at the simulated now, or refused with the reason. */
class SupervisorCommandsTest {

    private static final SimulatorConfig CONFIG = SimulatorConfig.defaults(42, BRUSSELS);
    private static final long START = startOf(TUESDAY, BRUSSELS);
    private static final long TEN_THIRTY = START + 10 * 3_600_000L + 30 * 60_000L;
    private static final long MINUTE = 60_000L;

    /** A simulator run to a time, with every event it gave so far. */
    private static final class Run {
        final CallCenterSimulator sim = new CallCenterSimulator(CONFIG, START);
        final List<FeedEvent> events = new ArrayList<>();

        Run to(long timeMs) {
            sim.advanceTo(timeMs, events::add);
            return this;
        }

        /** Carries out a command and returns it with the events it gave at once. */
        Done command(CommandType type, String agent, String reason, String id) {
            int before = events.size();
            CommandResult r = sim.execute(new AgentCommand(id, type, agent, reason, "maria"));
            to(sim.now());
            return new Done(r, List.copyOf(events.subList(before, events.size())));
        }

        /** Each logged-in agent's last state on the feed, and since when. */
        Map<String, FeedEvent> lastStateEvents() {
            Map<String, FeedEvent> last = new LinkedHashMap<>();
            for (FeedEvent e : events) {
                switch (e.type()) {
                    case AGENT_LOGGED_IN, AGENT_STATE -> last.put(e.agent(), e);
                    case AGENT_LOGGED_OUT -> last.remove(e.agent());
                    default -> { }
                }
            }
            return last;
        }

        /** An agent in {@code state} since before now, running on a minute at a time until there is one. */
        String agentIn(AgentState state) {
            for (int minutes = 0; minutes < 180; minutes++) {
                for (Map.Entry<String, FeedEvent> e : lastStateEvents().entrySet()) {
                    FeedEvent ev = e.getValue();
                    AgentState s = ev instanceof AgentStateChanged c ? c.state() : AgentState.READY;
                    if (s == state && ev.ts() < sim.now()) {
                        return e.getKey();
                    }
                }
                to(sim.now() + MINUTE);
            }
            throw new AssertionError("nobody was " + state + " for three hours");
        }

        List<FeedEvent> about(String agent, int fromIndex) {
            return events.subList(fromIndex, events.size()).stream().filter(e -> agent.equals(e.agent())).toList();
        }
    }

    private record Done(CommandResult result, List<FeedEvent> events) {
    }

    @Test
    void notReadyTakesEffectAtTheSimulatedNowAndLastsUntilASupervisorSaysReady() {
        Run run = new Run().to(TEN_THIRTY);
        String agent = run.agentIn(AgentState.READY);
        long now = run.sim.now();
        long seq = run.sim.lastSeq();

        Done done = run.command(CommandType.SET_NOT_READY, agent, "coaching", "k-1");

        assertThat(done.result()).isEqualTo(CommandResult.accepted());
        assertThat(done.events()).containsExactly(
                new AgentStateChanged(seq + 1, now, agent, AgentState.NOT_READY, "coaching", null, "k-1"));
        int mark = run.events.size();
        run.to(now + 20 * MINUTE);
        assertThat(run.about(agent, mark)).as("no call, no break, no change of their own").isEmpty();

        Done ready = run.command(CommandType.SET_READY, agent, null, "k-2");
        assertThat(ready.result().isAccepted()).isTrue();
        assertThat(ready.events()).first().isEqualTo(new AgentStateChanged(ready.events().get(0).seq(),
                now + 20 * MINUTE, agent, AgentState.READY, null, null, "k-2"));
        run.to(START + 86_400_000L - 1);
        assertThat(FeedChecker.check(run.events, CONFIG.lines())).isEmpty();
    }

    @Test
    void anAgentOnACallIsNotDisturbedAndTheRefusalSaysWhy() {
        Run run = new Run().to(TEN_THIRTY);
        String agent = run.agentIn(AgentState.ON_CALL);

        Done notReady = run.command(CommandType.SET_NOT_READY, agent, "coaching", "k-3");
        assertThat(notReady.result().kind()).isEqualTo(CommandResult.Kind.CONFLICT);
        assertThat(notReady.result().reason()).startsWith("agent " + agent + " is on a call (")
                .endsWith("); not ready can only follow the call");
        assertThat(run.command(CommandType.LOG_OUT, agent, null, "k-4").result().reason())
                .endsWith("they can be logged out once it is over");
        assertThat(run.command(CommandType.SET_READY, agent, null, "k-5").result().kind())
                .isEqualTo(CommandResult.Kind.CONFLICT);
        assertThat(notReady.events()).isEmpty();
        assertThat(run.sim.lastSeq()).isEqualTo(run.events.size());
    }

    @Test
    void aWrapUpIsCutShortAndReportedAsEndedBeforeTheNewState() {
        Run run = new Run().to(TEN_THIRTY);
        String agent = run.agentIn(AgentState.WRAP_UP);
        long wrapSince = run.lastStateEvents().get(agent).ts();

        Done done = run.command(CommandType.SET_NOT_READY, agent, "meeting", "k-6");

        assertThat(done.result().isAccepted()).isTrue();
        assertThat(done.events()).extracting(FeedEvent::type)
                .containsExactly(EventType.WRAPUP_ENDED, EventType.AGENT_STATE);
        assertThat(((WrapUpEnded) done.events().get(0)).wrapMs()).isEqualTo(run.sim.now() - wrapSince);
        assertThat(done.events().get(1).commandId()).isEqualTo("k-6");
        run.to(run.sim.now() + 60 * MINUTE);
        assertThat(FeedChecker.check(run.events, CONFIG.lines())).isEmpty();
    }

    @Test
    void aLoggedOutAgentStaysOutAndFurtherCommandsSaySo() {
        Run run = new Run().to(TEN_THIRTY);
        String agent = run.agentIn(AgentState.NOT_READY);

        Done out = run.command(CommandType.LOG_OUT, agent, null, "k-7");
        assertThat(out.result().isAccepted()).isTrue();
        assertThat(out.events()).containsExactly(
                new AgentLoggedOut(out.events().get(0).seq(), run.sim.now(), agent, "k-7"));

        int mark = run.events.size();
        run.to(run.sim.now() + 30 * MINUTE);
        assertThat(run.about(agent, mark)).isEmpty();
        assertThat(run.command(CommandType.LOG_OUT, agent, null, "k-8").result())
                .isEqualTo(CommandResult.conflict("agent " + agent + " is already logged out"));
        assertThat(run.command(CommandType.SET_READY, agent, null, "k-9").result())
                .isEqualTo(CommandResult.conflict("agent " + agent + " is logged out"));
        assertThat(FeedChecker.check(run.events, CONFIG.lines())).isEmpty();
    }

    @Test
    void whatIsAlreadySoOrUnknownIsRefusedWithTheReason() {
        Run run = new Run().to(TEN_THIRTY);
        String ready = run.agentIn(AgentState.READY);
        assertThat(run.command(CommandType.SET_READY, ready, null, "k-10").result())
                .isEqualTo(CommandResult.conflict("agent " + ready + " is already ready"));
        assertThat(run.command(CommandType.SET_NOT_READY, ready, "break", "k-11").result().isAccepted()).isTrue();
        assertThat(run.command(CommandType.SET_NOT_READY, ready, "break", "k-12").result())
                .isEqualTo(CommandResult.conflict("agent " + ready + " is already not ready (break)"));
        assertThat(run.command(CommandType.SET_NOT_READY, ready, "lunch", "k-13").events())
                .singleElement().satisfies(e -> assertThat(((AgentStateChanged) e).reason()).isEqualTo("lunch"));
        assertThat(run.command(CommandType.LOG_OUT, "a9999", null, "k-14").result())
                .isEqualTo(CommandResult.invalid("no agent a9999 on this floor"));
    }

    @Test
    void theSameCommandsAtTheSameTimesGiveTheSameDay() {
        List<FeedEvent> a = withCommands(7);
        List<FeedEvent> b = withCommands(7);
        assertThat(b).isEqualTo(a);
        assertThat(a.stream().filter(e -> e.commandId() != null)).hasSizeGreaterThan(20);
    }

    @Test
    void theFloorStaysConsistentWhateverSupervisorsAsk() {
        assertThat(FeedChecker.check(withCommands(11), CONFIG.lines())).isEmpty();
    }

    /** A day with a supervisor's command every five minutes, on agents and in states drawn at random. */
    private static List<FeedEvent> withCommands(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] reasons = {"break", "coaching", "meeting", "training"};
        Run run = new Run();
        for (long t = START + 7 * 3_600_000L; t < START + 20 * 3_600_000L; t += 5 * MINUTE) {
            run.to(t);
            List<String> on = new ArrayList<>(run.lastStateEvents().keySet());
            if (on.isEmpty()) {
                continue;
            }
            CommandType type = CommandType.values()[r.nextInt(3)];
            run.command(type, on.get(r.nextInt(on.size())),
                    type == CommandType.SET_NOT_READY ? reasons[r.nextInt(reasons.length)] : null, "k" + t);
        }
        return run.to(START + 86_400_000L - 1).events;
    }

    @Test
    void theSimulatorFeedPublishesTheResultBeforeItAnswers() throws Exception {
        EventJournal journal = new EventJournal(new EventCodec(), 1_000_000);
        Run reference = new Run().to(TEN_THIRTY);
        String agent = reference.agentIn(AgentState.READY);
        long now = reference.sim.now();
        try (SimulatorFeed feed = new SimulatorFeed(CONFIG, START, 1, journal, () -> now)) {

            CommandResult r = feed.execute(new AgentCommand("k-15", CommandType.SET_NOT_READY, agent, "coaching", "maria"));

            assertThat(r.isAccepted()).isTrue();
            assertThat(journal.lastSeq()).isEqualTo(reference.sim.lastSeq() + 1);
            String line = new String(journal.after(journal.lastSeq() - 1, 1, 0).get(0), StandardCharsets.UTF_8);
            assertThat(line).contains("\"agent\":\"" + agent + "\"", "\"state\":\"not_ready\"", "\"reason\":\"coaching\"",
                    "\"commandId\":\"k-15\"", "\"ts\":\"" + io.floorview.feed.protocol.IsoTime.format(now) + "\"");
        }
    }
}
