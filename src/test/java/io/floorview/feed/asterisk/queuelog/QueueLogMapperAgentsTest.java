package io.floorview.feed.asterisk.queuelog;

import static io.floorview.feed.asterisk.queuelog.QueueLogFixtures.ms;
import static io.floorview.feed.asterisk.queuelog.QueueLogFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.CallRejected;
import io.floorview.domain.event.FeedEvent.RingNoAnswer;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import io.floorview.domain.event.RejectReason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agent events, rejections at the door, and the lines that are no call event at all. */
class QueueLogMapperAgentsTest {

    @Test
    void queuesAccumulatePerAgentAndPausesSayNotReadyWithTheirReasonOnce() {
        // agents.queue_log, by hand: PJSIP/401 is added to sales, support and billing (paused there), unpaused
        // in billing; PAUSEALL for lunch with the per-queue PAUSE lines Asterisk writes with it (one state
        // change), the same for UNPAUSEALL; removed from billing, then from the rest (logged out).
        // Agent/1002 logs in and off (app_agent_pool), Agent/1003 by the legacy callback login.
        var r = read("agents.queue_log");
        String a = "PJSIP/401";
        assertThat(r.events()).containsExactly(
                new AgentLoggedIn(1, ms(1700003000), a, null, null, List.of("sales")),
                new AgentLoggedIn(2, ms(1700003000), a, null, null, List.of("sales", "support")),
                new AgentLoggedIn(3, ms(1700003000), a, null, null, List.of("sales", "support", "billing")),
                new AgentStateChanged(4, ms(1700003000), a, AgentState.NOT_READY, null, null),
                new AgentStateChanged(5, ms(1700003060), a, AgentState.READY, null, null),
                new AgentStateChanged(6, ms(1700003100), a, AgentState.NOT_READY, "lunch", null),
                new AgentStateChanged(7, ms(1700003400), a, AgentState.READY, null, null),
                new AgentLoggedIn(8, ms(1700003500), a, null, null, List.of("sales", "support")),
                new AgentLoggedIn(9, ms(1700003600), "Agent/1002", null, null, List.of()),
                new AgentLoggedOut(10, ms(1700003700), "Agent/1002"),
                new AgentLoggedIn(11, ms(1700003800), "Agent/1003", null, null, List.of()),
                new AgentLoggedOut(12, ms(1700003900), "Agent/1003"),
                new AgentLoggedIn(13, ms(1700004000), a, null, null, List.of("support")),
                new AgentLoggedOut(14, ms(1700004000), a));
        assertThat(r.summary().linesMapped()).isEqualTo(19);
    }

    @Test
    void aPauseDuringACallShowsAfterTheCall() {
        var r = QueueLogFixtures.text("""
                1700009000|1700009000.1|sales|NONE|ENTERQUEUE||1|1
                1700009002|1700009000.1|sales|PJSIP/9|CONNECT|2|x|2
                1700009030|NONE|sales|PJSIP/9|PAUSE|break
                1700009060|1700009000.1|sales|PJSIP/9|COMPLETECALLER|2|58|1
                1700009300|NONE|sales|PJSIP/9|UNPAUSE|
                """);
        List<AgentStateChanged> states = r.events().stream().filter(AgentStateChanged.class::isInstance)
                .map(AgentStateChanged.class::cast).toList();
        assertThat(states).extracting(AgentStateChanged::state, AgentStateChanged::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AgentState.ON_CALL, null),
                org.assertj.core.groups.Tuple.tuple(AgentState.WRAP_UP, null),
                org.assertj.core.groups.Tuple.tuple(AgentState.NOT_READY, "break"),
                org.assertj.core.groups.Tuple.tuple(AgentState.READY, null));
    }

    @Test
    void aConfiguredWrapUpEndsAtItsTimeBeforeTheFirstLaterLineOrWhenTheNextCallComesSooner() {
        QueueLogOptions wrap30 = QueueLogFixtures.UTC.withWrapUpMs(30_000);
        var r = QueueLogFixtures.text("""
                1700009400|1700009400.1|sales|NONE|ENTERQUEUE||1|1
                1700009401|1700009400.1|sales|PJSIP/9|CONNECT|1|x|1
                1700009500|1700009400.1|sales|PJSIP/9|COMPLETEAGENT|1|99|1
                1700009510|1700009510.2|sales|NONE|ENTERQUEUE||2|1
                1700009540|1700009540.3|sales|NONE|ENTERQUEUE||3|2
                1700009541|1700009510.2|sales|PJSIP/9|CONNECT|31|x|1
                1700009600|1700009510.2|sales|PJSIP/9|COMPLETEAGENT|31|59|1
                1700009612|1700009540.3|sales|PJSIP/9|CONNECT|72|x|1
                """, wrap30);
        List<WrapUpEnded> wraps = r.events().stream().filter(WrapUpEnded.class::isInstance)
                .map(WrapUpEnded.class::cast).toList();
        // the first wrap-up ends at 9530, before the line of 9540; the second is cut short by the CONNECT at 9612
        assertThat(wraps).containsExactly(
                new WrapUpEnded(wraps.get(0).seq(), ms(1700009530), "1700009400.1", "sales", "PJSIP/9", 30_000),
                new WrapUpEnded(wraps.get(1).seq(), ms(1700009612), "1700009510.2", "sales", "PJSIP/9", 12_000));
        int firstWrapEnd = r.events().indexOf(wraps.get(0));
        assertThat(r.events().get(firstWrapEnd + 2)).isEqualTo(
                new FeedEvent.CallEntered(firstWrapEnd + 3, ms(1700009540), "1700009540.3", "sales", "3", 2));
    }

    @Test
    void wazoRefusalsAreRejectionsAndNoiseIsCountedByNameNotSetAside() {
        // rejections-and-noise.queue_log, by hand: FULL, JOINEMPTY, CLOSED and the two DIVERT_* refuse calls at
        // the door; a call enters and abandons after 4 s (RINGCANCELED and SYSCOMPAT before its ABANDON are not
        // the agent's doing); AGENTDUMP is the agent dropping an offered call (a missed ring, 0 ms).
        // Ignored (no call event): QUEUESTART, CONFIGRELOAD, DID, INFO, RINGCANCELED, SYSCOMPAT, PENALTY,
        // RINGINUSE = 8; unknown: OUTDIAL, OUTANSWER, OUTCALL, PAUSEREASON = 4; mapped 8; 20 lines.
        var r = read("rejections-and-noise.queue_log");
        assertThat(r.events().stream().filter(CallRejected.class::isInstance).map(CallRejected.class::cast))
                .extracting(CallRejected::reason).containsExactly(RejectReason.QUEUE_FULL, RejectReason.JOIN_EMPTY,
                        RejectReason.QUEUE_CLOSED, RejectReason.QUEUE_FULL, RejectReason.QUEUE_FULL);
        assertThat(r.events()).contains(new RingNoAnswer(9, ms(1700005080), "1700005080.8", "q1", "PJSIP/501", 0));
        assertThat(r.events()).hasSize(9);
        var s = r.summary();
        assertThat(s.linesRead()).isEqualTo(20);
        assertThat(s.linesMapped()).isEqualTo(8);
        assertThat(s.linesSetAside()).isZero();
        assertThat(s.ignoredByName()).isEqualTo(Map.of("QUEUESTART", 1L, "CONFIGRELOAD", 1L, "DID", 1L, "INFO", 1L,
                "RINGCANCELED", 1L, "SYSCOMPAT", 1L, "PENALTY", 1L, "RINGINUSE", 1L));
        assertThat(s.unknownByName()).isEqualTo(Map.of("OUTDIAL", 1L, "OUTANSWER", 1L, "OUTCALL", 1L,
                "PAUSEREASON", 1L));
        assertThat(s.linesNotMapped()).isEqualTo(12);
    }

    @Test
    void everyEventOfTheFormatNotesIsMappedOrCountedNeverSetAside() {
        // the fixtures together hold every event FORMAT.md lists (and Wazo's and PBXware's)
        List<String> listed = List.of("ENTERQUEUE", "RINGNOANSWER", "RINGCANCELED", "CONNECT", "COMPLETECALLER",
                "COMPLETEAGENT", "BLINDTRANSFER", "ATTENDEDTRANSFER", "TRANSFER", "ABANDON", "EXITWITHTIMEOUT",
                "EXITWITHKEY", "EXITEMPTY", "WITHDRAW", "AGENTDUMP", "SYSCOMPAT", "ADDMEMBER", "REMOVEMEMBER", "PAUSE",
                "UNPAUSE", "PAUSEALL", "UNPAUSEALL", "PENALTY", "RINGINUSE", "AGENTLOGIN", "AGENTLOGOFF",
                "AGENTCALLBACKLOGIN", "AGENTCALLBACKLOGOFF", "QUEUESTART", "CONFIGRELOAD", "OUTCALL", "DID", "INFO",
                "FULL", "CLOSED", "JOINEMPTY", "DIVERT_CA_RATIO", "DIVERT_HOLDTIME", "OUTDIAL", "OUTANSWER");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String f : List.of("one-answered-call.queue_log", "abandon-and-exits.queue_log", "transfers.queue_log",
                "agents.queue_log", "rejections-and-noise.queue_log", "restart.queue_log")) {
            var r = read(f);
            assertThat(r.summary().linesSetAside()).as(f).isZero();
            try {
                for (String line : java.nio.file.Files.readAllLines(QueueLogFixtures.resource(f))) {
                    seen.add(line.split("\\|")[4]);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(seen).containsAll(listed);
    }
}
