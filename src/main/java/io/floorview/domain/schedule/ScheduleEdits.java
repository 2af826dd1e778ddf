package io.floorview.domain.schedule;

import io.floorview.domain.schedule.EditRefused.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks a batch of changes against the blocks as stored and works out what each changed block becomes. A
 * batch is saved whole or not at all: the first change that cannot be made refuses the batch, with its reason.
 *
 * <p>A change is refused when its agent or activity code is unknown, when a new block's id is taken, when the
 * block it changes is no longer as the editor saw it (someone else changed it), or when a block is longer than
 * its layer allows (a shift 16 hours, an activity 12, time off a week), or when a block handed to another agent
 * would overlap one of theirs of the same layer (a shift given to someone already working then). Everything else
 * that looks wrong (an overlap made on the agent's own row, a break outside the shift, too little rest, too many
 * hours) is a warning: see {@link ScheduleRules}.
 */
public final class ScheduleEdits {

    static final long HOUR = 3_600_000L;

    private ScheduleEdits() {
    }

    /** The longest a block of {@code layer} may last. */
    public static long maxMs(Layer layer) {
        return switch (layer) {
            case SHIFT -> 16 * HOUR;
            case ACTIVITY -> 12 * HOUR;
            case TIME_OFF -> 7 * 24 * HOUR;
        };
    }

    /**
     * Applies {@code changes} in order over the stored blocks.
     *
     * @param stored      the stored block of an id, or empty
     * @param codes       the center's activity codes
     * @param agentExists whether an agent id is on the roster
     * @return each changed block's id with what it becomes (an empty Optional: deleted), in order of first change
     * @throws EditRefused for the first change that cannot be made
     */
    public static Map<String, Optional<ScheduleItem>> apply(Function<String, Optional<ScheduleItem>> stored,
                                                            ActivityCodes codes, Predicate<String> agentExists,
                                                            List<ItemChange> changes) {
        Map<String, Optional<ScheduleItem>> result = new LinkedHashMap<>();
        for (ItemChange c : changes) {
            String id = c.itemId();
            Optional<ScheduleItem> now = result.containsKey(id) ? result.get(id) : stored.apply(id);
            if (c.before() == null) {
                if (now.isPresent()) {
                    throw new EditRefused(Reason.DUPLICATE_ID, id, id);
                }
            } else if (now.isEmpty() || !now.get().equals(c.before())) {
                throw new EditRefused(Reason.STALE, id, id);
            }
            if (c.after() != null) {
                check(c.after(), codes, agentExists);
            }
            result.put(id, Optional.ofNullable(c.after()));
        }
        return result;
    }

    /** The stored blocks of an agent that cover any part of {@code [fromMs, toMs)}. */
    @FunctionalInterface
    public interface AgentBlocks {
        List<ScheduleItem> between(String agent, long fromMs, long toMs);
    }

    /**
     * As {@link #apply(Function, ActivityCodes, Predicate, List)}, and a block that changes agent must not overlap
     * a block of the same layer of its new agent, as the batch leaves them.
     *
     * @param agentBlocks the stored blocks of an agent over a range
     * @throws EditRefused {@link Reason#AGENT_BUSY} for the first block handed over into such an overlap
     */
    public static Map<String, Optional<ScheduleItem>> apply(Function<String, Optional<ScheduleItem>> stored,
                                                            AgentBlocks agentBlocks, ActivityCodes codes,
                                                            Predicate<String> agentExists, List<ItemChange> changes) {
        Map<String, Optional<ScheduleItem>> result = apply(stored, codes, agentExists, changes);
        for (ItemChange c : changes) {
            if (c.kind() != ItemChange.Kind.UPDATE || c.before().agent().equals(c.after().agent())) {
                continue;
            }
            Optional<ScheduleItem> handed = result.get(c.itemId());
            if (handed.isPresent() && !handed.get().agent().equals(c.before().agent())) {
                checkFree(handed.get(), agentBlocks, codes, result);
            }
        }
        return result;
    }

    private static void checkFree(ScheduleItem handed, AgentBlocks agentBlocks, ActivityCodes codes,
                                  Map<String, Optional<ScheduleItem>> result) {
        String agent = handed.agent();
        Layer layer = codes.require(handed.code()).layer();
        List<ScheduleItem> theirs = new ArrayList<>();
        for (ScheduleItem i : agentBlocks.between(agent, handed.startMs(), handed.endMs())) {
            if (!result.containsKey(i.id())) {
                theirs.add(i);
            }
        }
        result.values().forEach(o -> o.filter(i -> i.agent().equals(agent)).ifPresent(theirs::add));
        for (ScheduleItem i : theirs) {
            if (!i.id().equals(handed.id()) && i.overlaps(handed) && codes.require(i.code()).layer() == layer) {
                throw new EditRefused(Reason.AGENT_BUSY, handed.id(), agent, codes.require(i.code()).name(),
                        Long.toString(i.startMs()), Long.toString(i.endMs()));
            }
        }
    }

    /** Whether one block can be stored at all. */
    public static void check(ScheduleItem item, ActivityCodes codes, Predicate<String> agentExists) {
        if (!agentExists.test(item.agent())) {
            throw new EditRefused(Reason.UNKNOWN_AGENT, item.id(), item.agent());
        }
        ActivityCode code = codes.get(item.code())
                .orElseThrow(() -> new EditRefused(Reason.UNKNOWN_CODE, item.id(), item.code()));
        long max = maxMs(code.layer());
        if (item.durationMs() > max) {
            throw new EditRefused(Reason.TOO_LONG, item.id(), code.name(), Long.toString(max / HOUR));
        }
    }
}
