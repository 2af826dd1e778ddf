package io.floorview.service.actions;

import io.floorview.domain.kpi.CenterSettings;
import io.floorview.store.ActionLogEntry;
import io.floorview.store.ActionLogRepository;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who did what to which agent, when, and how it ended: each supervisor's action goes to the cache's
 * {@code supervisor_action} table (one transaction) and to the log. Today's actions can be read back for the
 * screens. Any thread; reading and writing touch SQLite, so not on the FX thread.
 */
public final class ActionLog {

    private static final Logger LOG = LoggerFactory.getLogger(ActionLog.class);

    private final ActionLogRepository repository;
    private final Supplier<CenterSettings> settings;
    private final LongSupplier wallClock;

    /** @param settings the center's zone and day start, which say when "today" began */
    public ActionLog(ActionLogRepository repository, Supplier<CenterSettings> settings, LongSupplier wallClock) {
        this.repository = repository;
        this.settings = settings;
        this.wallClock = wallClock;
    }

    /** Records an action that has ended. */
    public void record(LoggedAction a) {
        ActionOutcome o = a.outcome();
        AgentAction act = o.action();
        String line = act.supervisor() + ": " + Describe.asked(act) + " → " + o.status() + " (" + o.message() + ")";
        if (o.status() == ActionOutcome.Status.CONFIRMED || o.status() == ActionOutcome.Status.REFUSED) {
            LOG.info("{} [command {}, feed {}]", line, a.commandId(), a.feed());
        } else {
            LOG.warn("{} [command {}, feed {}]", line, a.commandId(), a.feed());
        }
        repository.append(new ActionLogEntry(a.commandId(), a.requestedMs(), a.completedMs(), act.supervisor(),
                act.agent(), wire(act.kind()), act.reason(), o.status().name().toLowerCase(Locale.ROOT), o.message(),
                o.confirmingSeq(), a.feed()));
    }

    /** The actions asked during the center's business day so far, oldest first. */
    public List<LoggedAction> today() {
        return repository.today(settings.get(), wallClock.getAsLong()).stream().map(ActionLog::fromEntry).toList();
    }

    private static LoggedAction fromEntry(ActionLogEntry e) {
        AgentAction action = new AgentAction(e.agent(), kind(e.action()), e.reason(), e.supervisor());
        ActionOutcome outcome = new ActionOutcome(action,
                ActionOutcome.Status.valueOf(e.outcome().toUpperCase(Locale.ROOT)), e.message(), e.confirmingSeq());
        return new LoggedAction(e.commandId(), e.requestedMs(), e.completedMs(), e.feed(), outcome);
    }

    static String wire(AgentAction.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static AgentAction.Kind kind(String wire) {
        return AgentAction.Kind.valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
