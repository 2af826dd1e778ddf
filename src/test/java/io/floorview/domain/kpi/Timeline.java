package io.floorview.domain.kpi;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.CallAbandoned;
import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEnded;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.CallOverflowed;
import io.floorview.domain.event.FeedEvent.CallRejected;
import io.floorview.domain.event.FeedEvent.CallTransferred;
import io.floorview.domain.event.FeedEvent.QueueConfigured;
import io.floorview.domain.event.FeedEvent.RingNoAnswer;
import io.floorview.domain.event.FeedEvent.SiteConfigured;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.event.OverflowReason;
import io.floorview.domain.event.RejectReason;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small story of the floor told in the center's local time: {@code at("09:00:12")} moves the clock, each
 * event method stamps an event with the next seq at that clock time and hands it to the engine.
 *
 * <p>Waits are not given by hand: the timeline remembers when each call entered each queue, so a call
 * answered at 09:00:12 that entered at 09:00:00 reports {@code waitMs = 12_000}. Clock strings are
 * {@code HH:mm[:ss[.SSS]]} on the current date, or a full {@code yyyy-MM-ddTHH:mm[:ss[.SSS]]} that also moves
 * the date; a local time that happens twice (autumn daylight-saving change) is its first occurrence unless
 * the string carries its offset, e.g. {@code 2026-10-25T02:40+01:00}.
 */
final class Timeline {

    private final ZoneId zone;
    private ZonedDateTime clock;
    private long seq;
    private KpiEngine engine;
    /** When a call entered a queue, by call and queue. */
    private final Map<String, Long> enteredAt = new HashMap<>();
    /** Where a call waits now. */
    private final Map<String, String> queueOf = new HashMap<>();
    private final Map<String, Integer> positionOf = new HashMap<>();

    private Timeline(ZoneId zone, ZonedDateTime start) {
        this.zone = zone;
        this.clock = start;
    }

    /** A timeline in {@code zone} whose clock stands at the start of {@code date} (local midnight). */
    static Timeline on(String date, String zone) {
        ZoneId z = ZoneId.of(zone);
        return new Timeline(z, LocalDate.parse(date).atStartOfDay(z));
    }

    static Timeline utc(String date) {
        return on(date, "UTC");
    }

    /** Starts an engine with {@code settings} at the current clock time and feeds it from now on. */
    KpiEngine start(CenterSettings settings) {
        engine = new KpiEngine(settings, now());
        return engine;
    }

    /** Starts an engine with the default settings in this timeline's zone. */
    KpiEngine start() {
        return start(CenterSettings.defaults(zone));
    }

    KpiEngine engine() {
        return engine;
    }

    Timeline at(String time) {
        clock = parse(time);
        return this;
    }

    /** The current clock as epoch milliseconds. */
    long now() {
        return clock.toInstant().toEpochMilli();
    }

    /** Epoch milliseconds of a clock string, without moving the clock. */
    long ms(String time) {
        return parse(time).toInstant().toEpochMilli();
    }

    FloorSnapshot snapshot() {
        return engine.snapshot(now());
    }

    FloorSnapshot snapshotAt(String time) {
        return at(time).snapshot();
    }

    private ZonedDateTime parse(String time) {
        if (time.matches(".*T.*([+-]\\d\\d:\\d\\d|Z)")) {
            return OffsetDateTime.parse(time).atZoneSameInstant(zone);
        }
        if (time.contains("T")) {
            return LocalDateTime.parse(time).atZone(zone);
        }
        return clock.toLocalDate().atTime(LocalTime.parse(time)).atZone(zone);
    }

    Timeline apply(FeedEvent e) {
        engine.apply(e);
        return this;
    }

    long nextSeq() {
        return ++seq;
    }

    private long waited(String call, String queue) {
        Long since = enteredAt.remove(call + "@" + queue);
        if (since == null) {
            throw new IllegalStateException("the story never put " + call + " in " + queue);
        }
        queueOf.remove(call);
        return now() - since;
    }

    // ---- calls ----

    Timeline entered(String call, String queue) {
        int position = 1 + (int) queueOf.values().stream().filter(queue::equals).count();
        return entered(call, queue, position);
    }

    Timeline entered(String call, String queue, int position) {
        enteredAt.put(call + "@" + queue, now());
        queueOf.put(call, queue);
        positionOf.put(call, position);
        apply(new CallEntered(nextSeq(), now(), call, queue, "+3902" + Math.abs(call.hashCode() % 10_000),
                position));
        return this;
    }

    Timeline rejected(String call, String queue, RejectReason reason) {
        apply(new CallRejected(nextSeq(), now(), call, queue, null, reason));
        return this;
    }

    Timeline answered(String call, String queue, String agent) {
        apply(new CallAnswered(nextSeq(), now(), call, queue, agent, waited(call, queue)));
        return this;
    }

    Timeline abandoned(String call, String queue) {
        int position = positionOf.getOrDefault(call, 1);
        apply(new CallAbandoned(nextSeq(), now(), call, queue, waited(call, queue), position, position));
        return this;
    }

    /** The call left {@code queue} for {@code target}, or for outside the center's queues when it is null. */
    Timeline overflowed(String call, String queue, OverflowReason reason, String target) {
        int position = positionOf.getOrDefault(call, 1);
        apply(new CallOverflowed(nextSeq(), now(), call, queue, reason, waited(call, queue), position, target));
        return this;
    }

    Timeline transferred(String call, String queue, String agent, String target) {
        apply(new CallTransferred(nextSeq(), now(), call, queue, agent, target, false));
        return this;
    }

    Timeline ended(String call, String queue, String agent, long talkMs, long holdMs) {
        apply(new CallEnded(nextSeq(), now(), call, queue, agent, talkMs, holdMs, HangupParty.CALLER));
        return this;
    }

    Timeline wrapUpEnded(String call, String queue, String agent, long wrapMs) {
        apply(new WrapUpEnded(nextSeq(), now(), call, queue, agent, wrapMs));
        return this;
    }

    Timeline ringNoAnswer(String call, String queue, String agent, long ringMs) {
        apply(new RingNoAnswer(nextSeq(), now(), call, queue, agent, ringMs));
        return this;
    }

    // ---- agents ----

    Timeline loggedIn(String agent, String name, String... queues) {
        apply(new AgentLoggedIn(nextSeq(), now(), agent, name, "team", List.of(queues)));
        return this;
    }

    Timeline loggedOut(String agent) {
        apply(new AgentLoggedOut(nextSeq(), now(), agent));
        return this;
    }

    Timeline state(String agent, AgentState state) {
        return state(agent, state, null, null);
    }

    Timeline notReady(String agent, String reason) {
        return state(agent, AgentState.NOT_READY, reason, null);
    }

    Timeline state(String agent, AgentState state, String reason, String call) {
        apply(new AgentStateChanged(nextSeq(), now(), agent, state, reason, call));
        return this;
    }

    // ---- configuration ----

    Timeline configured(String queue, String name, int thresholdSec, double targetPercent) {
        apply(new QueueConfigured(nextSeq(), now(), queue, name, thresholdSec, targetPercent));
        return this;
    }

    Timeline site(String site, int lines) {
        apply(new SiteConfigured(nextSeq(), now(), site, lines, zone.getId()));
        return this;
    }

    // ---- short stories used by several tests ----

    /** {@code call} enters {@code queue} now and is answered by {@code agent} {@code waitMs} later; time moves on. */
    Timeline answeredAfter(String call, String queue, String agent, long waitMs) {
        entered(call, queue);
        clock = clock.plusNanos(waitMs * 1_000_000);
        answered(call, queue, agent);
        return this;
    }

    /** {@code call} enters {@code queue} now and hangs up {@code waitMs} later; the clock moves on. */
    Timeline abandonedAfter(String call, String queue, long waitMs) {
        entered(call, queue);
        clock = clock.plusNanos(waitMs * 1_000_000);
        abandoned(call, queue);
        return this;
    }

    /** {@code call} enters {@code queue} now and leaves the center for {@code reason} {@code waitMs} later. */
    Timeline overflowedAfter(String call, String queue, OverflowReason reason, long waitMs) {
        entered(call, queue);
        clock = clock.plusNanos(waitMs * 1_000_000);
        overflowed(call, queue, reason, null);
        return this;
    }
}
