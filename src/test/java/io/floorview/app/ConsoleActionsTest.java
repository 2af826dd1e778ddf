package io.floorview.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.app.cli.FloorviewCommand;
import io.floorview.app.wiring.ConsoleConfig;
import io.floorview.app.wiring.ConsoleContext;
import io.floorview.domain.event.AgentState;
import io.floorview.domain.kpi.AgentView;
import io.floorview.feed.sim.SimulatorConfig;
import io.floorview.service.actions.ActionOutcome;
import io.floorview.service.actions.AgentAction;
import io.floorview.service.actions.LoggedAction;
import io.floorview.service.ingest.FeedStatus;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console as wired for a supervisor: actions on the embedded simulator's agents, confirmed and logged. */
class ConsoleActionsTest {

    @TempDir
    Path data;

    @Test
    void aSupervisorsActionReachesTheEmbeddedSimulatorAndIsLoggedUnderTheirName() throws Exception {
        ConsoleConfig config = new ConsoleConfig(data, null, null, ZoneOffset.UTC, LocalTime.MIDNIGHT,
                SimulatorConfig.defaults(3, ZoneOffset.UTC), 1, "maria");
        try (ConsoleContext console = ConsoleContext.open(config)) {
            console.start();
            assertThat(console.supervisor()).isEqualTo("maria");
            long deadline = System.currentTimeMillis() + 60_000;
            while (console.ingest().status().state() != FeedStatus.State.LIVE && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(console.ingest().status().state()).isEqualTo(FeedStatus.State.LIVE);

            // agents change state by themselves meanwhile (the simulator runs in real time), so an action may find
            // its agent taken by a call: it is then refused with the reason; sooner or later one is confirmed
            List<ActionOutcome> outcomes = new ArrayList<>();
            while (outcomes.stream().noneMatch(o -> o.status() == ActionOutcome.Status.CONFIRMED)
                    && outcomes.size() < 20 && System.currentTimeMillis() < deadline) {
                AgentView agent = console.floor().snapshot(System.currentTimeMillis()).agents().stream()
                        .filter(a -> a.state() != AgentState.ON_CALL && a.state() != AgentState.LOGGED_OUT)
                        .findFirst().orElse(null);
                if (agent == null) {
                    Thread.sleep(200);
                    continue;
                }
                AgentAction action = agent.state() == AgentState.NOT_READY
                        ? new AgentAction(agent.id(), AgentAction.Kind.READY, null, console.supervisor())
                        : new AgentAction(agent.id(), AgentAction.Kind.NOT_READY, "coaching", console.supervisor());
                outcomes.add(console.supervisorActions().request(action).toCompletableFuture().get(30, TimeUnit.SECONDS));
            }

            assertThat(outcomes).extracting(ActionOutcome::status)
                    .contains(ActionOutcome.Status.CONFIRMED)
                    .isSubsetOf(ActionOutcome.Status.CONFIRMED, ActionOutcome.Status.REFUSED);
            assertThat(console.actionLog().today()).extracting(LoggedAction::outcome).containsExactlyElementsOf(outcomes);
            assertThat(console.actionLog().today()).allSatisfy(l -> {
                assertThat(l.outcome().action().supervisor()).isEqualTo("maria");
                assertThat(l.feed()).isEqualTo(console.sourceDescription());
            });
        }
    }

    @Test
    void theConsoleIsToldWhoUsesIt() {
        assertThat(FloorviewCommand.commandLine().getUsageMessage()).contains("--supervisor=NAME");
        assertThat(new ConsoleConfig(data, null, null, ZoneOffset.UTC, LocalTime.MIDNIGHT,
                SimulatorConfig.defaults(3, ZoneOffset.UTC), 1).supervisor())
                .isEqualTo(System.getProperty("user.name"));
    }
}
