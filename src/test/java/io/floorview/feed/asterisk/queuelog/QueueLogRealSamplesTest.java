package io.floorview.feed.asterisk.queuelog;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.CallAbandoned;
import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEnded;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.CallOverflowed;
import io.floorview.domain.event.FeedEvent.CallRejected;
import io.floorview.domain.event.FeedEvent.RingNoAnswer;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import io.floorview.domain.kpi.CallFigures;
import io.floorview.domain.kpi.FloorSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real queue_logs from real systems (../shared/data/queue_log, not part of the project), against counts made
 * by hand from their lines. Skipped where that folder is absent.
 */
class QueueLogRealSamplesTest {

    private static Path sample(String name) {
        String shared = System.getProperty("floorview.sharedData");
        Path p = shared == null ? null : Path.of(shared, "queue_log", name);
        Assumptions.assumeTrue(p != null && Files.isReadable(p),
                "the real samples are not here (set floorview.sharedData to the shared data folder)");
        return p;
    }

    private static <T extends FeedEvent> List<T> all(List<FeedEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /*
     * lab-pbx-2023.queue_log, by hand (85 lines, an Asterisk 20 lab PBX, epoch seconds):
     *   64 lines are no call event: 46 CONFIGRELOAD, 18 QUEUESTART; 1 RINGCANCELED (the caller of
     *   1675909448.3 hung up while PJSIP/400 rang: not the agent's miss) is set aside as no call event too.
     *   8 ENTERQUEUE: 7 into Support, 1 into sales (1677019488.11).
     *   2 answered (CONNECT), both by PJSIP/400: 1675555752.0 after 8 s, talk 5 s, the agent hung up;
     *     1675720966.3 after 5 s, talk 104 s, the caller hung up.
     *   5 abandoned (ABANDON): 1675720922.0 after 20 s, 1675909448.3 after 11 s, 1676171142.0 after 17 s,
     *     1677019360.7 after 20 s, 1677019488.11 (sales) after 9 s.
     *   1 timed out (EXITWITHTIMEOUT): 1677019401.9 after 20 s; nothing follows it, so it left the queues.
     *   2 missed rings (RINGNOANSWER) by PJSIP/400: 15000 ms and 13000 ms.
     *   One agent: PJSIP/400. Asterisk's own "Abandoned" counter would say 6 (it adds the timeout); Floorview 5.
     *   Events: 2 answered calls × 7 + 1 login + 5 × 2 abandoned + 2 missed rings + 2 for the timeout = 29.
     */
    @Test
    void theLabPbxLog() {
        var r = QueueLogFixtures.read(sample("lab-pbx-2023.queue_log"), QueueLogFixtures.UTC);
        var s = r.summary();
        assertThat(s.linesRead()).isEqualTo(85);
        assertThat(s.linesSetAside()).isZero();
        assertThat(s.ignoredByName()).isEqualTo(Map.of("CONFIGRELOAD", 46L, "QUEUESTART", 18L, "RINGCANCELED", 1L));
        assertThat(s.unknownByName()).isEmpty();
        assertThat(s.linesMapped()).isEqualTo(20);
        assertThat(s.eventsProduced()).isEqualTo(29);

        List<FeedEvent> ev = r.events();
        assertThat(all(ev, CallEntered.class)).extracting(CallEntered::queue)
                .containsExactly("Support", "Support", "Support", "Support", "Support", "Support", "Support", "sales");
        assertThat(all(ev, CallAnswered.class)).extracting(CallAnswered::callId, CallAnswered::agent, CallAnswered::waitMs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1675555752.0", "PJSIP/400", 8_000L),
                        org.assertj.core.groups.Tuple.tuple("1675720966.3", "PJSIP/400", 5_000L));
        assertThat(all(ev, CallAbandoned.class)).extracting(CallAbandoned::waitMs)
                .containsExactly(20_000L, 11_000L, 17_000L, 20_000L, 9_000L);
        assertThat(all(ev, CallOverflowed.class)).containsExactly(new CallOverflowed(27, 1_677_019_422_000L,
                "1677019401.9", "Support", OverflowReason.TIMEOUT, 20_000, 1, null));
        assertThat(all(ev, RingNoAnswer.class)).extracting(RingNoAnswer::ringMs).containsExactly(15_000L, 13_000L);
        assertThat(all(ev, CallEnded.class)).extracting(CallEnded::talkMs).containsExactly(5_000L, 104_000L);
        assertThat(ev.stream().map(FeedEvent::agent).filter(a -> a != null).distinct()).containsExactly("PJSIP/400");
    }

    @Test
    void theLabPbxsFirstCallFromTheDoorToTheEndOfItsWrapUp() {
        // 1675555753 ENTERQUEUE (caller 200, position 1); 1675555761 CONNECT by PJSIP/400, holdtime 8;
        // 1675555766 COMPLETEAGENT, calltime 5. No wrap-up in queue_log: it ends with the call.
        var r = QueueLogFixtures.read(sample("lab-pbx-2023.queue_log"), QueueLogFixtures.UTC);
        assertThat(r.json().subList(0, 8)).containsExactly(
                "{\"seq\":1,\"ts\":\"2023-02-05T00:09:13.000Z\",\"type\":\"call.entered\",\"callId\":\"1675555752.0\",\"queue\":\"Support\",\"caller\":\"200\",\"position\":1}",
                "{\"seq\":2,\"ts\":\"2023-02-05T00:09:21.000Z\",\"type\":\"agent.logged_in\",\"agent\":\"PJSIP/400\",\"queues\":[\"Support\"]}",
                "{\"seq\":3,\"ts\":\"2023-02-05T00:09:21.000Z\",\"type\":\"call.answered\",\"callId\":\"1675555752.0\",\"queue\":\"Support\",\"agent\":\"PJSIP/400\",\"waitMs\":8000}",
                "{\"seq\":4,\"ts\":\"2023-02-05T00:09:21.000Z\",\"type\":\"agent.state\",\"agent\":\"PJSIP/400\",\"state\":\"on_call\",\"callId\":\"1675555752.0\"}",
                "{\"seq\":5,\"ts\":\"2023-02-05T00:09:26.000Z\",\"type\":\"call.ended\",\"callId\":\"1675555752.0\",\"queue\":\"Support\",\"agent\":\"PJSIP/400\",\"talkMs\":5000,\"holdMs\":0,\"hungUpBy\":\"agent\"}",
                "{\"seq\":6,\"ts\":\"2023-02-05T00:09:26.000Z\",\"type\":\"agent.state\",\"agent\":\"PJSIP/400\",\"state\":\"wrap_up\",\"callId\":\"1675555752.0\"}",
                "{\"seq\":7,\"ts\":\"2023-02-05T00:09:26.000Z\",\"type\":\"call.wrapup_ended\",\"callId\":\"1675555752.0\",\"queue\":\"Support\",\"agent\":\"PJSIP/400\",\"wrapMs\":0}",
                "{\"seq\":8,\"ts\":\"2023-02-05T00:09:26.000Z\",\"type\":\"agent.state\",\"agent\":\"PJSIP/400\",\"state\":\"ready\"}");
    }

    @Test
    void theLabPbxsLastDayOnTheConsole() {
        // 2023-02-21 (UTC): 1677019360.7 abandons Support after 20 s, 1677019401.9 times out of Support after
        // 20 s, 1677019488.11 abandons sales after 9 s. Asterisk's Support "Abandoned" would be 2; ours is 1.
        var r = QueueLogFixtures.read(sample("lab-pbx-2023.queue_log"), QueueLogFixtures.UTC);
        FloorSnapshot f = QueueLogKpiTest.floor(r.events());
        assertThat(f.day()).isEqualTo(LocalDate.of(2023, 2, 21));
        CallFigures all = f.center().today();
        assertThat(Stream.of(all.offered(), all.answered(), all.abandoned(), all.overflowed()))
                .containsExactly(3L, 0L, 2L, 1L);
        CallFigures support = f.queue("Support").orElseThrow().today();
        assertThat(Stream.of(support.offered(), support.abandoned(), support.overflowByReason().get(OverflowReason.TIMEOUT)))
                .containsExactly(2L, 1L, 1L);
        assertThat(f.queue("sales").orElseThrow().today().abandoned()).isEqualTo(1);
        assertThat(f.center().waiting()).isZero();
    }

    /*
     * xivo-2012-samples.queue_log, by hand (XiVO/Wazo rows in the database form, in the doc's order, not
     * time order): 3 comment lines; 12 rows. Agent/3001 logs in (AGENTCALLBACKLOGIN), is unpaused in q2 and
     * q1 (it serves both), logs off. Call 1341401601.24: its CONNECT (holdtime 2 s) comes before its ENTERQUEUE,
     * which is therefore set aside (out of order): answered 1, entered 0. COMPLETEAGENT of 1341401851.34
     * (talk 12 s) belongs to a call whose start is not in the sample: it ends all the same. Refused at the
     * door: JOINEMPTY (1341401275.9), FULL (1341402016.44), CLOSED (1341402482.49). ABANDON of 1341402586.51
     * after 6 s at position 1. Events: 4 agent events before the calls, 3 rejections, 1 login + answered +
     * on_call, ended + wrap_up + wrapup_ended + ready, 1 abandon = 15.
     */
    @Test
    void theXivoDatabaseRows() {
        var r = QueueLogFixtures.read(sample("xivo-2012-samples.queue_log"), QueueLogFixtures.UTC);
        var s = r.summary();
        assertThat(s.linesRead()).isEqualTo(15);
        assertThat(s.linesSkipped()).isEqualTo(3);
        assertThat(s.linesMapped()).isEqualTo(11);
        assertThat(s.setAside()).singleElement().satisfies(b -> {
            assertThat(b.lineNumber()).isEqualTo(11);
            assertThat(b.reason()).contains("ENTERQUEUE of call 1341401601.24 comes after its CONNECT in q1");
        });
        assertThat(s.eventsProduced()).isEqualTo(15);
        List<FeedEvent> ev = r.events();
        assertThat(ev.get(0)).isEqualTo(new AgentLoggedIn(1, 1_341_329_243_896L, "Agent/3001", null, null, List.of()));
        assertThat(all(ev, AgentLoggedIn.class).get(2).queues()).containsExactly("q2", "q1");
        assertThat(all(ev, CallRejected.class)).extracting(CallRejected::reason)
                .containsExactly(RejectReason.JOIN_EMPTY, RejectReason.QUEUE_FULL, RejectReason.QUEUE_CLOSED);
        assertThat(all(ev, CallAnswered.class)).containsExactly(
                new CallAnswered(7, 1_341_387_203_085L, "1341401601.24", "q1", "Agent/3001", 2_000));
        assertThat(all(ev, CallEnded.class)).extracting(CallEnded::callId, CallEnded::talkMs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1341401851.34", 12_000L));
        assertThat(all(ev, CallAbandoned.class)).containsExactly(
                new CallAbandoned(15, 1_341_388_192_939L, "1341402586.51", "q1", 6_000, 1, 1));
        assertThat(all(ev, CallEntered.class)).isEmpty();
    }
}
