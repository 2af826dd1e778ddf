package io.floorview.feed.asterisk.queuelog;

import static io.floorview.feed.asterisk.queuelog.QueueLogFixtures.ms;
import static io.floorview.feed.asterisk.queuelog.QueueLogFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.CallAbandoned;
import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEnded;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.CallOverflowed;
import io.floorview.domain.event.FeedEvent.CallTransferred;
import io.floorview.domain.event.FeedEvent.RingNoAnswer;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The call events of queue_log, each mapped as docs/asterisk-queue-log.md says, on the project's fixtures. */
class QueueLogMapperCallsTest {

    @Test
    void anAnsweredCallFromTheDoorToTheEndOfItsWrapUp() {
        // one-answered-call.queue_log: the call waits 18 s; PJSIP/201 rings 15 s without answering and is
        // auto-paused; PJSIP/202 answers (holdtime 18 s; CONNECT's ringtime, 3, is in seconds and not needed),
        // talks 212 s, and the caller hangs up.
        var r = read("one-answered-call.queue_log");
        String c = "1700000000.1";
        assertThat(r.events()).containsExactly(
                new CallEntered(1, ms(1700000000), c, "sales", "+390612345678", 1),
                new AgentLoggedIn(2, ms(1700000015), "PJSIP/201", null, null, List.of("sales")),
                new RingNoAnswer(3, ms(1700000015), c, "sales", "PJSIP/201", 15_000),
                new AgentStateChanged(4, ms(1700000015), "PJSIP/201", AgentState.NOT_READY, "Auto-Pause", null),
                new AgentLoggedIn(5, ms(1700000018), "PJSIP/202", null, null, List.of("sales")),
                new CallAnswered(6, ms(1700000018), c, "sales", "PJSIP/202", 18_000),
                new AgentStateChanged(7, ms(1700000018), "PJSIP/202", AgentState.ON_CALL, null, c),
                new CallEnded(8, ms(1700000230), c, "sales", "PJSIP/202", 212_000, 0, HangupParty.CALLER),
                new AgentStateChanged(9, ms(1700000230), "PJSIP/202", AgentState.WRAP_UP, null, c),
                new WrapUpEnded(10, ms(1700000230), c, "sales", "PJSIP/202", 0),
                new AgentStateChanged(11, ms(1700000230), "PJSIP/202", AgentState.READY, null, null));
        assertThat(r.summary().linesMapped()).isEqualTo(5);
        assertThat(r.summary().lastSeq()).isEqualTo(11);
    }

    @Test
    void abandonsAreAbandonsAndEveryExitIsAnOverflowWithItsTargetWhenTheCallGoesOn() {
        // abandon-and-exits.queue_log, by hand:
        //  .10 abandons in sales after 42 s at position 1, having entered at 2;
        //  .11 times out of sales after 120 s and enters support in the same second: overflow target support,
        //      answered there by PJSIP/301 after 10 s, 60 s of talk, the agent hangs up;
        //  .13 leaves billing empty after 30 s (nothing follows within 5 s: no target);
        //  .14 presses a key (data: key 5, position 2, entered at 3, 9 s);
        //  .15 is withdrawn after 60 s (routed elsewhere), the last line: no target.
        var r = read("abandon-and-exits.queue_log");
        assertThat(r.events()).containsExactly(
                new CallEntered(1, ms(1700001000), "1700001000.10", "sales", "3331000001", 2),
                new CallAbandoned(2, ms(1700001042), "1700001000.10", "sales", 42_000, 1, 2),
                new CallEntered(3, ms(1700001100), "1700001100.11", "sales", "3331000002", 1),
                new CallOverflowed(4, ms(1700001220), "1700001100.11", "sales", OverflowReason.TIMEOUT, 120_000, 1,
                        "support"),
                new CallEntered(5, ms(1700001220), "1700001100.11", "support", "3331000002", 1),
                new AgentLoggedIn(6, ms(1700001230), "PJSIP/301", null, null, List.of("support")),
                new CallAnswered(7, ms(1700001230), "1700001100.11", "support", "PJSIP/301", 10_000),
                new AgentStateChanged(8, ms(1700001230), "PJSIP/301", AgentState.ON_CALL, null, "1700001100.11"),
                new CallEnded(9, ms(1700001290), "1700001100.11", "support", "PJSIP/301", 60_000, 0,
                        HangupParty.AGENT),
                new AgentStateChanged(10, ms(1700001290), "PJSIP/301", AgentState.WRAP_UP, null, "1700001100.11"),
                new WrapUpEnded(11, ms(1700001290), "1700001100.11", "support", "PJSIP/301", 0),
                new AgentStateChanged(12, ms(1700001290), "PJSIP/301", AgentState.READY, null, null),
                new CallEntered(13, ms(1700001300), "1700001300.13", "billing", "3331000003", 1),
                new CallOverflowed(14, ms(1700001330), "1700001300.13", "billing", OverflowReason.EMPTY, 30_000, 1,
                        null),
                new CallEntered(15, ms(1700001331), "1700001331.14", "billing", "3331000004", 3),
                new CallOverflowed(16, ms(1700001340), "1700001331.14", "billing", OverflowReason.KEY, 9_000, 2, null),
                new CallEntered(17, ms(1700001400), "1700001400.15", "billing", "3331000005", 1),
                new CallOverflowed(18, ms(1700001460), "1700001400.15", "billing", OverflowReason.TRANSFERRED, 60_000,
                        1, null));
    }

    @Test
    void aHeldOverflowKeepsTheEventsOfOtherCallsBehindIt() {
        // The exit of .13 at 1330 waits for its fate; the entry of .14 one second later must not overtake it.
        var r = read("abandon-and-exits.queue_log");
        List<String> order = r.events().stream().map(e -> e.type().wire() + " " + e.callId()).toList();
        assertThat(order.indexOf("call.overflowed 1700001300.13"))
                .isLessThan(order.indexOf("call.entered 1700001331.14"));
        for (int i = 0; i < r.events().size(); i++) {
            assertThat(r.events().get(i).seq()).isEqualTo(i + 1);
        }
    }

    @Test
    void transfersEndTheAgentsLegAndSayWhereTheCallWent() {
        // transfers.queue_log: five calls of support answered by Agent/1001, each transferred after 95–99 s of
        // talk; the first is blind-transferred to 2000@from-internal and then enters sales, where it abandons.
        var r = read("transfers.queue_log");
        List<CallTransferred> transfers = r.events().stream().filter(CallTransferred.class::isInstance)
                .map(CallTransferred.class::cast).toList();
        assertThat(transfers).extracting(CallTransferred::target, CallTransferred::attended).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2000@from-internal", false),
                org.assertj.core.groups.Tuple.tuple("bridge 8d3f7c2a-1b2c-4d5e-9f00-112233445566", true),
                org.assertj.core.groups.Tuple.tuple("PJSIP/2001-00000013", true),
                org.assertj.core.groups.Tuple.tuple("app Queue", true),
                org.assertj.core.groups.Tuple.tuple("3000@default", false));
        assertThat(transfers).allSatisfy(t -> {
            assertThat(t.queue()).isEqualTo("support");
            assertThat(t.agent()).isEqualTo("Agent/1001");
        });
        List<CallEnded> ended = r.events().stream().filter(CallEnded.class::isInstance).map(CallEnded.class::cast)
                .toList();
        assertThat(ended).extracting(CallEnded::talkMs).containsExactly(95_000L, 98_000L, 97_000L, 99_000L, 96_000L);
        assertThat(ended).allSatisfy(e -> assertThat(e.hungUpBy()).isEqualTo(HangupParty.AGENT));
        assertThat(r.events().stream().filter(WrapUpEnded.class::isInstance)).hasSize(5);
        // the transferred caller enters sales afterwards (the same uniqueid) and is a new entry there
        assertThat(r.events()).contains(
                new CallEntered(10, ms(1700002101), "1700002000.20", "sales", "3332000001", 1),
                new CallAbandoned(11, ms(1700002110), "1700002000.20", "sales", 9_000, 1, 1));
        int transferredAt = r.events().indexOf(transfers.get(0));
        assertThat(r.events().get(transferredAt + 1)).isInstanceOf(CallEnded.class);
        assertThat(r.summary().linesSetAside()).isZero();
    }

    @Test
    void aRestartOfAsteriskClosesTheCallsItHadAsOfTheLastLineBeforeIt() {
        // restart.queue_log: .1 is talking to PJSIP/601 since 6006 and .2 waiting since 6005 when Asterisk
        // restarts (QUEUESTART at 6300); the last line before it was written at 6040.
        var r = read("restart.queue_log");
        assertThat(r.events()).contains(
                new CallEnded(6, ms(1700006040), "1700006000.1", "sales", "PJSIP/601", 34_000, 0, HangupParty.UNKNOWN),
                new CallOverflowed(10, ms(1700006040), "1700006005.2", "sales", OverflowReason.TRANSFERRED, 35_000, 0,
                        null),
                new CallEntered(11, ms(1700006360), "1700006360.4", "sales", "333", 1));
        assertThat(r.summary().ignoredByName()).containsEntry("QUEUESTART", 1L).containsEntry("CONFIGRELOAD", 1L);
    }

    @Test
    void aConnectWithoutHoldtimeTakesTheWaitFromTheEntryAndOneWithoutAnEntryIsSetAside() {
        var r = QueueLogFixtures.text("""
                1700008000|1700008000.1|sales|NONE|ENTERQUEUE||1|1
                1700008007|1700008000.1|sales|PJSIP/1|CONNECT
                1700008010|1700008009.2|sales|PJSIP/2|CONNECT||1700008009.3|
                """);
        assertThat(r.events()).contains(new CallAnswered(3, ms(1700008007), "1700008000.1", "sales", "PJSIP/1", 7_000));
        assertThat(r.summary().setAside()).singleElement().satisfies(s -> {
            assertThat(s.lineNumber()).isEqualTo(3);
            assertThat(s.reason()).contains("CONNECT gives no wait time", "ENTERQUEUE in sales was not seen");
        });
    }

    @Test
    void linesOfACallThatContradictWhatCameBeforeAreSetAsideAndChangeNothing() {
        var r = QueueLogFixtures.text("""
                1700008100|1700008100.1|sales|NONE|ENTERQUEUE||1|1
                1700008100|1700008100.1|sales|NONE|ENTERQUEUE||1|1
                1700008105|1700008100.1|sales|PJSIP/1|CONNECT|5|x|1
                1700008106|1700008100.1|sales|PJSIP/2|CONNECT|6|x|1
                1700008150|1700008100.1|sales|PJSIP/1|COMPLETEAGENT|5|45|1
                1700008150|1700008100.1|sales|PJSIP/1|COMPLETEAGENT|5|45|1
                1700008160|1700008100.1|sales|NONE|ABANDON|1|1|60
                """);
        assertThat(r.summary().setAside()).extracting(QueueLogSummary.SetAside::lineNumber).containsExactly(2L, 4L, 6L, 7L);
        assertThat(r.summary().setAside().get(0).reason()).contains("already waiting in sales");
        assertThat(r.summary().setAside().get(1).reason()).contains("a second CONNECT", "already answered by PJSIP/1");
        assertThat(r.summary().setAside().get(2).reason()).contains("already left sales", "repeated or late line");
        assertThat(r.events().stream().filter(CallEnded.class::isInstance)).hasSize(1);
        assertThat(r.events().stream().filter(CallAbandoned.class::isInstance)).isEmpty();
    }

    @Test
    void aCompleteWhoseConnectIsMissingStillSaysTheCallWasAnsweredAndAfterWhatWait() {
        var r = QueueLogFixtures.text("""
                1700008200|1700008200.1|sales|NONE|ENTERQUEUE||1|1
                1700008300|1700008200.1|sales|PJSIP/7|COMPLETECALLER|12|88|1
                """);
        assertThat(r.events()).contains(
                new CallAnswered(2, ms(1700008212), "1700008200.1", "sales", "PJSIP/7", 12_000),
                new CallEnded(3, ms(1700008300), "1700008200.1", "sales", "PJSIP/7", 88_000, 0, HangupParty.CALLER));
    }

    @Test
    void aCallThatMovesOnWithoutItsExitLineLeavesTheFirstQueueTowardsTheNext() {
        // QueueMetrics warns of ENTERQUEUE without an exit line: the first wait ends where the next begins
        var r = QueueLogFixtures.text("""
                1700008400|1700008400.1|sales|NONE|ENTERQUEUE||1|1
                1700008460|1700008400.1|support|NONE|ENTERQUEUE||1|1
                """);
        assertThat(r.events()).containsExactly(
                new CallEntered(1, ms(1700008400), "1700008400.1", "sales", "1", 1),
                new CallOverflowed(2, ms(1700008460), "1700008400.1", "sales", OverflowReason.TRANSFERRED, 60_000, 0,
                        "support"),
                new CallEntered(3, ms(1700008460), "1700008400.1", "support", "1", 1));
    }

    @Test
    void anExitFollowedByAnEntryAfterTheWindowHasNoTarget() {
        var r = QueueLogFixtures.text("""
                1700008500|1700008500.1|sales|NONE|ENTERQUEUE||1|1
                1700008560|1700008500.1|sales|NONE|EXITWITHTIMEOUT|1|1|60
                1700008566|1700008500.1|support|NONE|ENTERQUEUE||1|1
                """);
        FeedEvent overflow = r.events().get(1);
        assertThat(overflow).isEqualTo(new CallOverflowed(2, ms(1700008560), "1700008500.1", "sales",
                OverflowReason.TIMEOUT, 60_000, 1, null));
    }

    @Test
    void aLogWhoseClockJumpedBackDoesNotKeepEverythingAfterAnExitInMemory() throws Exception {
        List<FeedEvent> out = new java.util.ArrayList<>();
        QueueLogMapper mapper = new QueueLogMapper(QueueLogFixtures.UTC, out::add);
        QueueLogParser parser = new QueueLogParser(java.time.ZoneOffset.UTC);
        mapper.map(parser.parse("1700009000|x.1|sales|NONE|ENTERQUEUE||1|1", 1));
        mapper.map(parser.parse("1700009999|x.1|sales|NONE|EXITWITHTIMEOUT|1|1|999", 2));
        // every later line is older than the exit: the log time never passes the window
        for (int i = 0; i < EventOutput.MAX_HELD - 1; i++) {
            mapper.map(parser.parse("1700000000|y." + i + "|sales|NONE|ENTERQUEUE||1|1", 3 + i));
        }
        assertThat(out).hasSize(1);
        assertThat(mapper.holding()).isTrue();
        mapper.map(parser.parse("1700000000|z|sales|NONE|ENTERQUEUE||1|1", 20_000));
        assertThat(mapper.holding()).isFalse();
        assertThat(out).hasSize(EventOutput.MAX_HELD + 2);
        assertThat(out.get(1)).isEqualTo(new CallOverflowed(2, ms(1700009999), "x.1", "sales", OverflowReason.TIMEOUT,
                999_000, 1, null));
    }
}
