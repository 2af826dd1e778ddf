package io.floorview.ui.schedule;

import io.floorview.domain.schedule.ActivityCode;
import io.floorview.domain.schedule.ActivityCodes;
import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.EditRefused;
import io.floorview.domain.schedule.HandOver;
import io.floorview.domain.schedule.ItemChange;
import io.floorview.domain.schedule.Layer;
import io.floorview.domain.schedule.RuleWarning;
import io.floorview.domain.schedule.Schedule;
import io.floorview.domain.schedule.ScheduleCopy;
import io.floorview.domain.schedule.ScheduleItem;
import io.floorview.domain.schedule.ShiftTemplate;
import io.floorview.service.schedule.ScheduleService;
import io.floorview.domain.schedule.ScheduleChange;
import io.floorview.ui.common.UiExecutor;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The schedule editor's state and verbs, on the FX thread, with no nodes: the day or week shown, the team filter,
 * the draft's blocks and their rule warnings, the selection, undo/redo, publish. Every edit is one batch of
 * changes saved through the {@link UiExecutor}; a refused batch leaves the schedule as it was and says why in
 * {@link #statusProperty()}.
 */
public final class ScheduleViewModel {

    /** How much the timeline shows. */
    public enum Span { DAY, WEEK }

    /** How the status line reads. */
    public enum Level { INFO, OK, WARNING, ERROR }

    private static final long MINUTE = 60_000L;
    private static final long DAY_MS = 86_400_000L;

    private final ScheduleService service;
    private final UiExecutor executor;
    private final ScheduleTexts texts;
    private final String author;
    private final ZoneId zone;
    private final UndoStack undo = new UndoStack();
    private final ScheduleFiles files;
    private Supplier<String> ids = () -> UUID.randomUUID().toString();

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<Span> span = new SimpleObjectProperty<>(Span.DAY);
    private final StringProperty team = new SimpleStringProperty("");
    private final IntegerProperty snapMinutes = new SimpleIntegerProperty(15);
    private final ObjectProperty<String> insertCode = new SimpleObjectProperty<>("break");
    private final ObjectProperty<String> selectedItem = new SimpleObjectProperty<>();
    private final ObjectProperty<String> selectedAgent = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Schedule> draft = new ReadOnlyObjectWrapper<>(
            new Schedule(ActivityCodes.defaults(), List.of()));
    private final ReadOnlyObjectWrapper<ActivityCodes> codes = new ReadOnlyObjectWrapper<>(ActivityCodes.defaults());
    private final ReadOnlyObjectWrapper<Map<String, List<RuleWarning>>> warnings = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObservableList<RuleWarning> warningList = FXCollections.observableArrayList();
    private final ObservableList<Agent> agents = FXCollections.observableArrayList();
    private final ObservableList<String> teams = FXCollections.observableArrayList();
    private final ObservableList<ScheduleChange> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Level> statusLevel = new ReadOnlyObjectWrapper<>(Level.INFO);
    private final ReadOnlyBooleanWrapper unpublished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper published = new ReadOnlyStringWrapper("");
    private List<Agent> roster = List.of();

    public ScheduleViewModel(ScheduleService service, UiExecutor executor, ScheduleTexts texts, String author,
                             LocalDate today) {
        this.service = service;
        this.executor = executor;
        this.texts = texts;
        this.author = author;
        this.zone = service.zone();
        this.files = new ScheduleFiles(service, executor, this, author);
        day.set(today);
        day.addListener((o, a, b) -> {
            if (b == null) {
                day.set(a); // a cleared date field keeps the day shown
            } else {
                reload();
            }
        });
        span.addListener((o, a, b) -> reload());
        team.addListener((o, a, b) -> filterAgents());
        selectedAgent.addListener((o, a, b) -> loadHistory());
    }

    /** For tests: new blocks get ids from {@code ids}. */
    void setIds(Supplier<String> ids) {
        this.ids = ids;
    }

    // --- range

    public long fromMs() {
        LocalDate first = span.get() == Span.DAY ? day.get()
                : day.get().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return first.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    public long toMs() {
        LocalDate first = Instant.ofEpochMilli(fromMs()).atZone(zone).toLocalDate();
        return first.plusDays(span.get() == Span.DAY ? 1 : 7).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    public ZoneId zone() {
        return zone;
    }

    // --- loading

    /** Reads roster, codes, the draft of the range shown (and a week around it, for the rules) and its warnings. */
    public void reload() {
        long from = fromMs();
        long to = toMs();
        executor.submit(() -> {
            Instant a = Instant.ofEpochMilli(from - 8 * DAY_MS);
            Instant b = Instant.ofEpochMilli(to + 8 * DAY_MS);
            return new Loaded(service.agents(), service.activityCodes(), service.draftSchedule(a, b),
                    service.warnings(a, b, Set.of()), service.hasUnpublishedChanges(),
                    service.lastPublication().orElse(null));
        }, this::loaded, this::failed);
    }

    private record Loaded(List<Agent> agents, ActivityCodes codes, Schedule draft, List<RuleWarning> warnings,
                          boolean unpublished, ScheduleChange published) {
    }

    private void loaded(Loaded l) {
        roster = l.agents();
        codes.set(l.codes());
        draft.set(l.draft());
        Map<String, List<RuleWarning>> byItem = new HashMap<>();
        List<RuleWarning> shown = new ArrayList<>();
        for (RuleWarning w : l.warnings()) {
            byItem.computeIfAbsent(w.itemId(), k -> new ArrayList<>()).add(w);
            l.draft().items(w.agent()).stream().filter(i -> i.id().equals(w.itemId())).findFirst()
                    .filter(i -> i.startMs() < toMs() && i.endMs() > fromMs()).ifPresent(i -> shown.add(w));
        }
        warnings.set(Map.copyOf(byItem));
        warningList.setAll(shown);
        unpublished.set(l.unpublished());
        published.set(l.published() == null ? texts.get("schedule.published.never")
                : texts.get("schedule.published.at", texts.dateTime(l.published().atMs()), l.published().author()));
        List<String> t = new ArrayList<>(new LinkedHashSet<>(roster.stream().map(Agent::team)
                .filter(s -> !s.isEmpty()).sorted().toList()));
        if (!teams.equals(t)) {
            teams.setAll(t);
        }
        filterAgents();
        loadHistory();
    }

    private void filterAgents() {
        String t = team.get();
        List<Agent> shown = roster.stream().filter(a -> t == null || t.isEmpty() || t.equals(a.team()))
                .sorted(java.util.Comparator.comparing(Agent::team).thenComparing(Agent::name)).toList();
        if (!agents.equals(shown)) {
            agents.setAll(shown);
        }
    }

    private void loadHistory() {
        String a = selectedAgent.get();
        if (a == null) {
            history.clear();
            return;
        }
        executor.submit(() -> service.history(a), history::setAll, this::failed);
    }

    void failed(Throwable t) {
        busy.set(false);
        if (t instanceof EditRefused r) {
            say(Level.ERROR, texts.get("schedule.status.refused", texts.refusal(r, this::agentName)));
            if (r.reason() == EditRefused.Reason.STALE) {
                reload(); // show what is stored now
            }
        } else {
            say(Level.ERROR, texts.get("schedule.status.failed", String.valueOf(t.getMessage())));
        }
    }

    void say(Level level, String text) {
        statusLevel.set(level);
        status.set(text);
    }

    // --- edits

    public Optional<ScheduleItem> item(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return draft.get().items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** {@code ms} rounded to the nearest snap step. */
    public long snap(long ms) {
        long step = snapMinutes.get() * MINUTE;
        return Math.round((double) ms / step) * step;
    }

    /** Moves a block to start at {@code startMs} (snapped). */
    public void move(String id, long startMs) {
        item(id).ifPresent(i -> {
            long s = snap(startMs);
            if (s != i.startMs()) {
                edit(List.of(ItemChange.update(i, i.movedTo(s))), "schedule.status.moved");
            }
        });
    }

    /** Gives a block new edges (snapped); an edge dragged past the other is refused with the reason. */
    public void resize(String id, long startMs, long endMs) {
        item(id).ifPresent(i -> {
            long s = snap(startMs);
            long e = snap(endMs);
            if (e <= s) {
                say(Level.ERROR, texts.get("schedule.status.refused",
                        texts.get("schedule.refused.empty", i.id())));
                return;
            }
            if (s != i.startMs() || e != i.endMs()) {
                edit(List.of(ItemChange.update(i, i.resized(s, e))), "schedule.status.resized");
            }
        });
    }

    /**
     * Moves a block to {@code agent}'s row, starting at {@code startMs} (snapped): a shift takes the activities
     * that start within it along (see {@link HandOver}). Refused, with the reason, when it would overlap a block
     * of the same layer of that agent; on their own row it is an ordinary {@link #move}.
     */
    public void moveToAgent(String id, String agent, long startMs) {
        item(id).ifPresent(i -> {
            if (agent.equals(i.agent())) {
                move(id, startMs);
                return;
            }
            List<ItemChange> changes = HandOver.changes(draft.get(), i, agent, snap(startMs));
            editSaying(changes, texts.get("schedule.status.movedTo", agentName(agent), changes.size()), () -> {
                selectedAgent.set(agent);
                selectedItem.set(id);
            });
        });
    }

    /** The agents a block can be moved to: the roster but its own agent, by team and name. */
    public List<Agent> moveTargets(String id) {
        String own = item(id).map(ScheduleItem::agent).orElse(null);
        return roster.stream().filter(a -> !a.id().equals(own))
                .sorted(java.util.Comparator.comparing(Agent::team).thenComparing(Agent::name)).toList();
    }

    /** The roster name of an agent id (the id when not on the roster). */
    String agentName(String id) {
        return roster.stream().filter(a -> a.id().equals(id)).map(Agent::name).findFirst().orElse(id);
    }

    /** Moves the selected block by {@code steps} snap steps (arrow keys). */
    public void nudgeSelected(int steps) {
        item(selectedItem.get()).ifPresent(i -> move(i.id(), i.startMs() + steps * snapMinutes.get() * MINUTE));
    }

    /** Inserts a block of the chosen code for {@code agent} at {@code startMs} (snapped), of its usual length. */
    public void insert(String agent, String code, long startMs) {
        long s = snap(startMs);
        ScheduleItem i = new ScheduleItem(ids.get(), agent, code, s, defaultMinutes(code) * MINUTE);
        edit(List.of(ItemChange.insert(i)), "schedule.status.inserted", () -> selectedItem.set(i.id()));
    }

    /** Insert key: a block of the insert code for the selected agent, after the selected block or at 09:00. */
    public void insertAtSelection() {
        String agent = selectedAgent.get();
        if (agent == null) {
            say(Level.WARNING, texts.get("schedule.status.selectAgent"));
            return;
        }
        long at = item(selectedItem.get()).filter(i -> i.agent().equals(agent))
                .map(i -> codes.get().require(i.code()).layer() == Layer.SHIFT ? i.startMs() + 2 * 60 * MINUTE
                        : i.endMs())
                .orElse(fromMs() + 9 * 60 * MINUTE);
        insert(agent, insertCode.get(), at);
    }

    int defaultMinutes(String code) {
        Layer layer = codes.get().get(code).map(ActivityCode::layer).orElse(Layer.ACTIVITY);
        return switch (layer) {
            case SHIFT -> 510;
            case TIME_OFF -> 510;
            case ACTIVITY -> switch (code) {
                case "break" -> 15;
                case "lunch", "meeting", "coaching" -> 30;
                default -> 60;
            };
        };
    }

    public void deleteSelected() {
        item(selectedItem.get()).ifPresent(i -> edit(List.of(ItemChange.delete(i)), "schedule.status.deleted",
                () -> selectedItem.set(null)));
    }

    /** Copies the shown agents' blocks of the day (or week) shown to the day (or week) that starts {@code to}. */
    public void copyTo(LocalDate to) {
        LocalDate from = Instant.ofEpochMilli(fromMs()).atZone(zone).toLocalDate();
        int days = span.get() == Span.DAY ? 1 : 7;
        LocalDate target = span.get() == Span.DAY ? to : to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (target.equals(from)) {
            return;
        }
        List<String> who = agents.stream().map(Agent::id).toList();
        executor.submit(() -> {
            long a = Math.min(from.atStartOfDay(zone).toInstant().toEpochMilli(),
                    target.atStartOfDay(zone).toInstant().toEpochMilli()) - DAY_MS;
            long b = Math.max(from.plusDays(days).atStartOfDay(zone).toInstant().toEpochMilli(),
                    target.plusDays(days).atStartOfDay(zone).toInstant().toEpochMilli()) + DAY_MS;
            return ScheduleCopy.copyDays(service.draftSchedule(Instant.ofEpochMilli(a), Instant.ofEpochMilli(b)),
                    who, from, target, days, zone, ids);
        }, changes -> edit(changes, "schedule.status.copied"), this::failed);
    }

    /** Applies a shift template to {@code agentIds} on {@code weekdays} of the week shown. */
    public void applyTemplate(ShiftTemplate template, Set<DayOfWeek> weekdays, List<String> agentIds) {
        LocalDate monday = day.get().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        executor.submit(() -> {
            long a = monday.atStartOfDay(zone).toInstant().toEpochMilli() - DAY_MS;
            long b = monday.plusDays(8).atStartOfDay(zone).toInstant().toEpochMilli();
            return ScheduleCopy.applyPattern(service.draftSchedule(Instant.ofEpochMilli(a), Instant.ofEpochMilli(b)),
                    agentIds, template, monday, weekdays, zone, ids);
        }, changes -> edit(changes, "schedule.status.templated"), this::failed);
    }

    private void edit(List<ItemChange> changes, String doneKey) {
        edit(changes, doneKey, () -> { });
    }

    private void edit(List<ItemChange> changes, String doneKey, Runnable after) {
        if (!changes.isEmpty()) {
            editSaying(changes, texts.get(doneKey, changes.size()), after);
        }
    }

    /** Saves one user action's changes as one batch; {@code done} is what the status line then says. */
    private void editSaying(List<ItemChange> changes, String done, Runnable after) {
        if (changes.isEmpty()) {
            return;
        }
        save(changes, () -> {
            undo.done(changes);
            after.run();
        }, done);
    }

    private void save(List<ItemChange> changes, Runnable onSaved, String done) {
        busy.set(true);
        executor.submit(() -> service.save(author, changes), w -> {
            busy.set(false);
            onSaved.run();
            updateUndo();
            if (w.isEmpty()) {
                say(Level.OK, done);
            } else {
                say(Level.WARNING, texts.get("schedule.status.savedWithWarnings", done, w.size(),
                        texts.warning(w.get(0))));
            }
            reload();
        }, this::failed);
    }

    public void undo() {
        if (undo.canUndo()) {
            save(undo.peekUndo(), undo::undone, texts.get("schedule.status.undone"));
        }
    }

    public void redo() {
        if (undo.canRedo()) {
            save(undo.peekRedo(), undo::redone, texts.get("schedule.status.redone"));
        }
    }

    private void updateUndo() {
        canUndo.set(undo.canUndo());
        canRedo.set(undo.canRedo());
    }

    public void publish() {
        executor.submit(() -> service.publish(author), n -> {
            say(Level.OK, texts.get("schedule.status.publishedBlocks", n));
            reload();
        }, this::failed);
    }

    public void restore(long changeId) {
        executor.submit(() -> service.restore(author, changeId), w -> {
            say(Level.OK, texts.get("schedule.status.restored"));
            reload();
        }, this::failed);
    }

    public void saveCode(ActivityCode code) {
        executor.submit(() -> {
            service.saveActivityCode(code);
            return code;
        }, c -> {
            say(Level.OK, texts.get("schedule.status.codeSaved", c.name()));
            reload();
        }, this::failed);
    }

    /** Writes the draft of the agents and range shown to a CSV file. */
    public void exportCsv(java.nio.file.Path file) {
        files.export(file, fromMs(), toMs(), new java.util.HashSet<>(agents.stream().map(Agent::id).toList()));
    }

    /** Imports a CSV file whole, or reports every bad row (with its line) and imports nothing. */
    public void importCsv(java.nio.file.Path file) {
        files.importFile(file);
    }

    // --- properties

    public ObjectProperty<LocalDate> dayProperty() { return day; }
    public ObjectProperty<Span> spanProperty() { return span; }
    public StringProperty teamProperty() { return team; }
    public IntegerProperty snapMinutesProperty() { return snapMinutes; }
    public ObjectProperty<String> insertCodeProperty() { return insertCode; }
    public ObjectProperty<String> selectedItemProperty() { return selectedItem; }
    public ObjectProperty<String> selectedAgentProperty() { return selectedAgent; }
    public ReadOnlyObjectProperty<Schedule> draftProperty() { return draft.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ActivityCodes> codesProperty() { return codes.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Map<String, List<RuleWarning>>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }
    public ObservableList<RuleWarning> warningList() { return warningList; }
    public ObservableList<Agent> agents() { return agents; }
    public ObservableList<String> teams() { return teams; }
    public ObservableList<ScheduleChange> history() { return history; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Level> statusLevelProperty() { return statusLevel.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty unpublishedProperty() { return unpublished.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty publishedProperty() { return published.getReadOnlyProperty(); }
    public BooleanProperty busyProperty() { return busy; }
    ScheduleTexts texts() { return texts; }
}
