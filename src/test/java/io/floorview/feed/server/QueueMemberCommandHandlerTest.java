package io.floorview.feed.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.event.AgentState;
import io.floorview.feed.protocol.AgentCommand;
import io.floorview.feed.protocol.CommandType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seam for phone systems that pause and remove queue members (Asterisk AMI). */
class QueueMemberCommandHandlerTest {

    /** Records what it was asked and answers as told. */
    private static final class Pbx implements QueueMemberControl {
        final List<String> asked = new ArrayList<>();
        Outcome answer = Outcome.done();

        @Override
        public Outcome pause(String agent, String reason) {
            asked.add("QueuePause " + agent + " Paused=true Reason=" + reason);
            return answer;
        }

        @Override
        public Outcome unpause(String agent) {
            asked.add("QueuePause " + agent + " Paused=false");
            return answer;
        }

        @Override
        public Outcome remove(String agent) {
            asked.add("QueueRemove " + agent);
            return answer;
        }
    }

    private final Pbx pbx = new Pbx();
    private final Map<String, AgentState> states = Map.of("PJSIP/400", AgentState.READY,
            "PJSIP/401", AgentState.ON_CALL, "PJSIP/402", AgentState.LOGGED_OUT, "PJSIP/403", AgentState.NOT_READY);
    private final QueueMemberCommandHandler handler = new QueueMemberCommandHandler(pbx, states::get);

    private static AgentCommand command(CommandType type, String agent, String reason) {
        return new AgentCommand("k", type, agent, reason, "maria");
    }

    @Test
    void eachCommandBecomesThePhoneSystemsAction() {
        assertThat(handler.execute(command(CommandType.SET_NOT_READY, "PJSIP/400", "coaching")).isAccepted()).isTrue();
        assertThat(handler.execute(command(CommandType.SET_READY, "PJSIP/403", null)).isAccepted()).isTrue();
        assertThat(handler.execute(command(CommandType.LOG_OUT, "PJSIP/400", null)).isAccepted()).isTrue();
        assertThat(pbx.asked).containsExactly("QueuePause PJSIP/400 Paused=true Reason=coaching",
                "QueuePause PJSIP/403 Paused=false", "QueueRemove PJSIP/400");
    }

    @Test
    void whatTheSourceKnowsIsRefusedWithoutTroublingThePhoneSystem() {
        assertThat(handler.execute(command(CommandType.SET_NOT_READY, "PJSIP/401", "break")))
                .isEqualTo(CommandResult.conflict("agent PJSIP/401 is on a call; ask again once it is over"));
        assertThat(handler.execute(command(CommandType.SET_READY, "PJSIP/402", null)))
                .isEqualTo(CommandResult.conflict("agent PJSIP/402 is logged out"));
        assertThat(handler.execute(command(CommandType.SET_READY, "PJSIP/400", null)))
                .isEqualTo(CommandResult.conflict("agent PJSIP/400 is already ready"));
        assertThat(pbx.asked).isEmpty();
    }

    @Test
    void thePhoneSystemsAnswerIsPassedOnInItsWords() {
        pbx.answer = QueueMemberControl.Outcome.refused("Interface not found");
        assertThat(handler.execute(command(CommandType.LOG_OUT, "PJSIP/999", null)))
                .isEqualTo(CommandResult.invalid("the phone system refused: Interface not found"));
        pbx.answer = QueueMemberControl.Outcome.unreachable("not connected to the manager interface");
        assertThat(handler.execute(command(CommandType.SET_NOT_READY, "PJSIP/400", "break")))
                .isEqualTo(CommandResult.failed("the phone system could not be asked: not connected to the manager interface"));
    }
}
