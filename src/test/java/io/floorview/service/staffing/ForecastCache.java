package io.floorview.service.staffing;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedIn;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import io.floorview.domain.event.FeedEvent.CallAnswered;
import io.floorview.domain.event.FeedEvent.CallEnded;
import io.floorview.domain.event.FeedEvent.CallEntered;
import io.floorview.domain.event.FeedEvent.WrapUpEnded;
import io.floorview.domain.event.HangupParty;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.feed.protocol.EventCodec;
import io.floorview.service.live.LiveFloor;
import io.floorview.store.CachedEvent;
import io.floorview.store.Database;
import io.floorview.store.EventCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A real event cache filled with known calls through the live floor, as the console fills it: blocks of calls
 * answered at once by agents who log in for the block and out after it, so that the rollups hold exactly the
 * blocks (no agent time outside them).
 */
public final class ForecastCache implements AutoCloseable {

    public final Database db;
    private final EventCache cache;
    private final long feedId;
    private final LiveFloor floor;
    private final EventCodec codec = new EventCodec();
    private long seq;
    private int callNo;

    public ForecastCache(Path dir, CenterSettings settings, long startMs) {
        db = Database.open(dir.resolve("floorview.db"));
        cache = new EventCache(db);
        feedId = cache.feedId("test");
        floor = new LiveFloor(settings, startMs);
    }

    /**
     * {@code calls} calls into {@code queue} entering one second apart from {@code atMs}, each answered at once
     * by an agent of its own, talking {@code talkSec} and wrapping up {@code wrapSec}. Blocks go in time order.
     */
    public ForecastCache block(long atMs, String queue, int calls, int talkSec, int wrapSec) {
        List<FeedEvent> out = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String agent = "a" + i;
            String id = "c" + (++callNo);
            long t = atMs + i * 1000L;
            out.add(new AgentLoggedIn(0, atMs, agent, agent, "T", List.of(queue)));
            out.add(new CallEntered(0, t, id, queue, "+39" + callNo, 1));
            out.add(new CallAnswered(0, t, id, queue, agent, 0));
            out.add(new AgentStateChanged(0, t, agent, AgentState.ON_CALL, null, id, null));
            long end = t + talkSec * 1000L;
            out.add(new CallEnded(0, end, id, queue, agent, talkSec * 1000L, 0, HangupParty.CALLER));
            out.add(new AgentStateChanged(0, end, agent, AgentState.WRAP_UP, null, id, null));
            long free = end + wrapSec * 1000L;
            out.add(new WrapUpEnded(0, free, id, queue, agent, wrapSec * 1000L));
            out.add(new AgentStateChanged(0, free, agent, AgentState.READY, null, null, null));
            out.add(new AgentLoggedOut(0, free + 1000, agent, null));
        }
        out.sort(Comparator.comparingLong(FeedEvent::ts));
        List<FeedEvent> events = new ArrayList<>();
        List<CachedEvent> cached = new ArrayList<>();
        for (FeedEvent e : out) {
            FeedEvent s = e.withSeq(++seq);
            events.add(s);
            cached.add(new CachedEvent(s, codec.encode(s)));
        }
        floor.applyAndStore(events, (rollups, applied) -> cache.write(feedId, cached, List.of(), rollups, applied));
        return this;
    }

    @Override
    public void close() {
        cache.close();
    }
}
