package io.floorview.service.schedule;

import io.floorview.domain.schedule.ActivityCode;
import io.floorview.domain.schedule.ActivityCodes;
import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.EditRefused;
import io.floorview.domain.schedule.ItemChange;
import io.floorview.domain.schedule.RuleLimits;
import io.floorview.domain.schedule.RuleWarning;
import io.floorview.domain.schedule.Schedule;
import io.floorview.domain.schedule.ScheduleItem;
import io.floorview.domain.schedule.ScheduleRules;
import io.floorview.domain.schedule.ScheduleChange;
import io.floorview.store.schedule.ScheduleRepository;
import io.floorview.store.schedule.ScheduleRepository.Copy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Agent schedules as the editor, adherence and staffing use them: the roster and activity codes, the draft
 * being edited and the published schedule, saves (one transaction each, checked, with history), publication,
 * restore from the history. Blocks on the database: call it off the FX thread. Thread-safe.
 */
public final class ScheduleService {

    private final ScheduleRepository repo;
    private final ZoneId zone;
    private final RuleLimits limits;
    private final LongSupplier clock;

    public ScheduleService(ScheduleRepository repo, ZoneId zone, RuleLimits limits, LongSupplier clock) {
        this.repo = repo;
        this.zone = zone;
        this.limits = limits;
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public RuleLimits limits() {
        return limits;
    }

    /** The published schedule's blocks that cover any part of {@code [from, to)}, with the activity codes. */
    public Schedule publishedSchedule(Instant from, Instant to) {
        return new Schedule(repo.codes(), repo.items(Copy.PUBLISHED, from.toEpochMilli(), to.toEpochMilli()));
    }

    /** The draft's blocks that cover any part of {@code [from, to)}. */
    public Schedule draftSchedule(Instant from, Instant to) {
        return new Schedule(repo.codes(), repo.items(Copy.DRAFT, from.toEpochMilli(), to.toEpochMilli()));
    }

    public List<Agent> agents() {
        return repo.agents();
    }

    public void saveAgents(List<Agent> agents, String source) {
        repo.saveAgents(agents, source);
    }

    public ActivityCodes activityCodes() {
        return repo.codes();
    }

    public void saveActivityCode(ActivityCode code) {
        ActivityCode old = repo.codes().get(code.code()).orElse(null);
        if (old != null && old.layer() != code.layer()) {
            throw new IllegalArgumentException("the layer of activity " + code.code() + " cannot change");
        }
        repo.saveCode(code);
    }

    /**
     * Saves the editor's changes to the draft, whole or not at all, and returns the rule warnings of the agents
     * concerned, over the week around the changes.
     *
     * @throws EditRefused when any change cannot be made; nothing is saved then
     */
    public List<RuleWarning> save(String author, List<ItemChange> changes) {
        return save(author, changes, null, null);
    }

    List<RuleWarning> save(String author, List<ItemChange> changes, String action, String note) {
        if (changes.isEmpty()) {
            return List.of();
        }
        Set<String> agents = repo.save(author, clock.getAsLong(), changes, action, note);
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (ItemChange c : changes) {
            for (ScheduleItem i : new ScheduleItem[] {c.before(), c.after()}) {
                if (i != null) {
                    from = Math.min(from, i.startMs());
                    to = Math.max(to, i.endMs());
                }
            }
        }
        long week = 7 * 86_400_000L;
        return warnings(Instant.ofEpochMilli(from - week), Instant.ofEpochMilli(to + week), agents);
    }

    /** The rule warnings of the draft's blocks of {@code agents} (all agents when empty) over the range. */
    public List<RuleWarning> warnings(Instant from, Instant to, Set<String> agents) {
        Schedule s = draftSchedule(from, to);
        ScheduleRules rules = new ScheduleRules(limits, zone);
        List<RuleWarning> out = new ArrayList<>();
        for (String a : agents.isEmpty() ? s.agents() : agents) {
            out.addAll(rules.check(s, a));
        }
        return out;
    }

    /** Makes the draft the published schedule; returns how many blocks are published. */
    public int publish(String author) {
        return repo.publish(author, clock.getAsLong());
    }

    public boolean hasUnpublishedChanges() {
        return repo.hasUnpublishedChanges();
    }

    public Optional<ScheduleChange> lastPublication() {
        return repo.lastPublication();
    }

    /** The agent's changes, newest first. */
    public List<ScheduleChange> history(String agent) {
        return repo.history(agent, 500);
    }

    /**
     * Puts the block a history entry is about back to how it was before that change (deleting it when the change
     * created it), as a new change of its own.
     *
     * @throws EditRefused when that cannot be done (the block's id is taken by a block of another shape)
     */
    public List<RuleWarning> restore(String author, long changeId) {
        ScheduleChange ch = repo.change(changeId)
                .orElseThrow(() -> new IllegalArgumentException("no change " + changeId));
        if (ch.itemId() == null) {
            return List.of();
        }
        Optional<ScheduleItem> now = repo.draftItem(ch.itemId());
        ScheduleItem target = ch.before();
        if (now.isEmpty() && target == null) {
            return List.of();
        }
        ItemChange change = new ItemChange(now.orElse(null), target);
        return save(author, List.of(change), "restore", "change " + changeId);
    }

    /** Writes the draft's blocks of {@code agents} that start in {@code [from, to)} as CSV ({@link ScheduleCsv}). */
    public void exportCsv(Instant from, Instant to, Set<String> agents, java.io.Writer out) throws java.io.IOException {
        List<ScheduleItem> items = draftSchedule(from, to).items().stream()
                .filter(i -> agents.contains(i.agent()) && i.startMs() >= from.toEpochMilli()
                        && i.startMs() < to.toEpochMilli())
                .toList();
        ScheduleCsv.write(items, zone, out);
    }

    /**
     * Reads a CSV file into the draft: for each agent and day in the file, the agent's blocks that start that day
     * are replaced by the file's. Any bad row means nothing is imported; the bad rows are returned.
     */
    public ScheduleCsv.Parsed importCsv(String author, java.io.Reader in) throws java.io.IOException {
        Set<String> known = new java.util.HashSet<>();
        agents().forEach(a -> known.add(a.id()));
        ScheduleCsv.Parsed parsed = ScheduleCsv.read(in, activityCodes(), known);
        if (!parsed.errors().isEmpty() || parsed.items().isEmpty()) {
            return parsed;
        }
        java.util.Map<String, java.util.Set<java.time.LocalDate>> days = new java.util.HashMap<>();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (ScheduleItem i : parsed.items()) {
            days.computeIfAbsent(i.agent(), k -> new java.util.HashSet<>())
                    .add(Instant.ofEpochMilli(i.startMs()).atZone(zone).toLocalDate());
            from = Math.min(from, i.startMs());
            to = Math.max(to, i.endMs());
        }
        Schedule draft = draftSchedule(Instant.ofEpochMilli(from - 86_400_000L), Instant.ofEpochMilli(to + 86_400_000L));
        List<ItemChange> changes = new ArrayList<>();
        for (var e : days.entrySet()) {
            for (java.time.LocalDate d : e.getValue()) {
                io.floorview.domain.schedule.ScheduleCopy.startingIn(draft, e.getKey(), d, 1, zone)
                        .forEach(i -> changes.add(ItemChange.delete(i)));
            }
        }
        parsed.items().forEach(i -> changes.add(ItemChange.insert(i)));
        save(author, changes, "import", null);
        return parsed;
    }

    /** Whether nothing has been scheduled yet, draft or published. */
    public boolean isEmpty() {
        return repo.isEmpty();
    }

    /** Stores a new set of blocks as a labelled action (import, sample) in one transaction. */
    public void saveAll(String author, List<ItemChange> changes, String action, String note) {
        if (!changes.isEmpty()) {
            repo.save(author, clock.getAsLong(), changes, action, note);
        }
    }
}
