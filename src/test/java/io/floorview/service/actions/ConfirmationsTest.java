package io.floorview.service.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.AgentState;
import io.floorview.domain.event.FeedEvent;
import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.domain.event.FeedEvent.AgentStateChanged;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which feed event confirms which command, whatever the order in which the event and the answer come. */
class ConfirmationsTest {

    private final Confirmations confirmations = new Confirmations();
    private final List<FeedEvent> confirmed = new ArrayList<>();

    private Confirmations.Pending expectNotReady(String id, String reason) {
        return confirmations.expect(id, "a1", AgentState.NOT_READY, reason, confirmed::add);
    }

    private static AgentStateChanged notReady(long seq, String reason, String commandId) {
        return new AgentStateChanged(seq, 0, "a1", AgentState.NOT_READY, reason, null, commandId);
    }

    @Test
    void theEventNamingTheCommandConfirmsItEvenWhenItComesBeforeTheServersAnswer() {
        Confirmations.Pending p = expectNotReady("k-1", "coaching");
        confirmations.onStored(List.of(notReady(41, "coaching", "k-1")));
        assertThat(confirmed).isEmpty();
        confirmations.accepted(p, 40);
        assertThat(confirmed).containsExactly(notReady(41, "coaching", "k-1"));
        assertThat(confirmations.watching()).isZero();
    }

    @Test
    void anEventWithoutIdConfirmsOnlyWhenItShowsTheStateAfterTheAcceptance() {
        Confirmations.Pending p = expectNotReady("k-2", "coaching");
        confirmations.onStored(List.of(notReady(10, "coaching", null))); // before the command reached the source
        confirmations.accepted(p, 10);
        assertThat(confirmed).isEmpty();
        confirmations.onStored(List.of(notReady(11, "break", null), notReady(12, "coaching", "someone-else"),
                new AgentStateChanged(13, 0, "a2", AgentState.NOT_READY, "coaching", null, null)));
        assertThat(confirmed).as("another reason, another command, another agent").isEmpty();
        confirmations.onStored(List.of(notReady(14, "coaching", null)));
        assertThat(confirmed).extracting(FeedEvent::seq).containsExactly(14L);
    }

    @Test
    void aLogoutIsConfirmedByTheLogoutEventAndACancelledCommandByNothing() {
        Confirmations.Pending out = confirmations.expect("k-3", "a1", AgentState.LOGGED_OUT, null, confirmed::add);
        Confirmations.Pending refused = expectNotReady("k-4", "break");
        confirmations.accepted(out, 5);
        confirmations.cancel(refused);
        confirmations.onStored(List.of(notReady(6, "break", "k-4"), new AgentLoggedOut(7, 0, "a1", "k-3")));
        assertThat(confirmed).containsExactly(new AgentLoggedOut(7, 0, "a1", "k-3"));
        assertThat(confirmations.watching()).isZero();
    }
}
