package io.floorview.domain.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.testing.QaSamples;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An evaluation from draft to acknowledged or resolved, with who did what and when. */
class EvaluationFlowTest {

    private static final Scorecard SC = QaSamples.inboundCare();
    private static final Instant T = QaSamples.T0.plusSeconds(7200);

    /** Every required question answered; name "no" (A 50 %), the rest best: overall 90 %. */
    private static Evaluation answered() {
        Evaluation e = QaSamples.draftEvaluation(SC);
        for (Map.Entry<String, Answer> a : ScoringTest.answers("greet", "yes", "name", "no", "understood", "5",
                "solved", "fully", "hold", "N/A", "identity", "yes", "disclosure", "yes").entrySet()) {
            e = e.withChoice(a.getKey(), a.getValue());
        }
        return e.withQuestionComment("name", "Never used Mr Rossi's name").withComment("Warm, solved it first time")
                .addTimedComment(new TimedComment(95_000, "Asked for the account number twice", "solved"))
                .addTimedComment(TimedComment.at(4_000, "Good greeting"));
    }

    @Test
    void aDraftKeepsAnswersCommentsAndTimedCommentsInRecordingOrder() {
        Evaluation e = answered();
        assertThat(e.status()).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(e.answer("name")).isEqualTo(new Answer("no", false, "Never used Mr Rossi's name"));
        assertThat(e.withChoice("name", Answer.option("yes")).answer("name").comment())
                .as("changing the choice keeps the comment").isEqualTo("Never used Mr Rossi's name");
        assertThat(e.answer("offer").answered()).isFalse();
        assertThat(e.timedComments()).extracting(TimedComment::offsetMs).containsExactly(4_000L, 95_000L);
        assertThat(e.withAnswer("greet", Answer.none()).answers()).doesNotContainKey("greet");
        assertThat(e.score(SC).percent()).isEqualTo(90.0);
        assertThat(e.history()).extracting(HistoryEntry::action).containsExactly(EvaluationAction.CREATED);
    }

    @Test
    void onlyTheActiveVersionStartsAnEvaluation() {
        assertThatThrownBy(() -> Evaluation.start("ev-2", QaSamples.inboundCareDraft(), "c1", "a1", "tl", null, T))
                .hasMessage("new evaluations use a scorecard's active version; inbound-care v1 is a draft");
    }

    @Test
    void unansweredRequiredQuestionsBlockSubmissionWithAClearMessage() {
        Evaluation e = QaSamples.draftEvaluation(SC).withChoice("greet", Answer.option("yes"))
                .withChoice("understood", Answer.option("4"));
        assertThatThrownBy(() -> EvaluationFlow.submit(e, SC, "tl-maria", T))
                .isInstanceOfSatisfying(SubmissionBlockedException.class, ex -> assertThat(ex.problems())
                        .extracting(p -> p.path().toString()).containsExactly(
                                "section 1 › question 2 › answer", "section 2 › question 2 › answer",
                                "section 2 › question 3 › answer", "section 3 › question 1 › answer",
                                "section 3 › question 2 › answer"))
                .hasMessageStartingWith("Cannot submit: 5 required questions are not answered yet: "
                        + "section 1 › question 2 › answer: \"Used the caller's name\" is required and not answered yet;");
    }

    @Test
    void submittedItIsFrozenAndTheAgentAcknowledgesIt() {
        Evaluation submitted = EvaluationFlow.submit(answered(), SC, "tl-maria", T);
        assertThat(submitted.status()).isEqualTo(EvaluationStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).hasValue(T);
        assertThat(submitted.history().get(1).detail()).isEqualTo("scored 90 %");
        assertThatThrownBy(() -> submitted.withChoice("name", Answer.option("yes")))
                .hasMessage("evaluation ev-1 is submitted; only a draft can be changed");
        assertThatThrownBy(() -> EvaluationFlow.acknowledge(submitted, "a99", T))
                .hasMessage("only a17, whose call it is, can acknowledge evaluation ev-1");
        Evaluation ack = EvaluationFlow.acknowledge(submitted, "a17", T.plusSeconds(60));
        assertThat(ack.status()).isEqualTo(EvaluationStatus.ACKNOWLEDGED);
        assertThat(ack.history()).extracting(HistoryEntry::action, HistoryEntry::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple(EvaluationAction.CREATED, "tl-maria"),
                org.assertj.core.groups.Tuple.tuple(EvaluationAction.SUBMITTED, "tl-maria"),
                org.assertj.core.groups.Tuple.tuple(EvaluationAction.ACKNOWLEDGED, "a17"));
        assertThatThrownBy(() -> EvaluationFlow.dispute(ack, SC, "a17", T, Map.of("name", "I did")))
                .hasMessage("evaluation ev-1 is acknowledged; only a submitted one can be disputed");
    }

    @Test
    void onlyTheEvaluatorSubmits() {
        assertThatThrownBy(() -> EvaluationFlow.submit(answered(), SC, "tl-other", T))
                .hasMessage("only tl-maria, who is scoring it, can submit evaluation ev-1");
    }

    @Test
    void disputesArePerQuestionAndEachDecisionIsRecorded() {
        Evaluation submitted = EvaluationFlow.submit(answered(), SC, "tl-maria", T);
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("name", "I said 'Mr Rossi' at 0:42");
        reasons.put("understood", "The caller changed his request twice");
        Evaluation disputed = EvaluationFlow.dispute(submitted, SC, "a17", T.plusSeconds(100), reasons);
        assertThat(disputed.status()).isEqualTo(EvaluationStatus.DISPUTED);
        assertThat(disputed.openDisputes()).extracting(Dispute::questionId).containsExactly("name", "understood");

        assertThatThrownBy(() -> EvaluationFlow.resolve(disputed, SC, "a17", T, "name", DisputeOutcome.CHANGED,
                Answer.option("yes"), "fine")).hasMessage("a17 cannot decide a dispute of their own evaluation");
        assertThatThrownBy(() -> EvaluationFlow.resolve(disputed, SC, "qa-lead", T, "name", DisputeOutcome.UPHELD,
                null, " ")).hasMessage("a decision on a dispute needs a note for the agent");
        assertThatThrownBy(() -> EvaluationFlow.resolve(disputed, SC, "qa-lead", T, "greet", DisputeOutcome.UPHELD,
                null, "n")).hasMessage("no open dispute on question 'greet' of evaluation ev-1");

        Evaluation one = EvaluationFlow.resolve(disputed, SC, "qa-lead", T.plusSeconds(200), "name",
                DisputeOutcome.CHANGED, Answer.option("yes"), "Heard it at 0:42");
        assertThat(one.status()).as("one dispute still open").isEqualTo(EvaluationStatus.DISPUTED);
        assertThat(one.answer("name")).isEqualTo(new Answer("yes", false, "Never used Mr Rossi's name"));
        assertThat(one.score(SC).percent()).isEqualTo(100.0);

        Evaluation resolved = EvaluationFlow.resolve(one, SC, "qa-lead", T.plusSeconds(300), "understood",
                DisputeOutcome.UPHELD, null, "The need was clear from the start");
        assertThat(resolved.status()).isEqualTo(EvaluationStatus.RESOLVED);
        assertThat(resolved.dispute("name").orElseThrow().resolution().before().optionId()).isEqualTo("no");
        assertThat(resolved.dispute("understood").orElseThrow().resolution().outcome()).isEqualTo(DisputeOutcome.UPHELD);
        List<String> lines = resolved.history().stream()
                .map(h -> h.actor() + " " + h.action() + " " + (h.questionId() == null ? "-" : h.questionId())
                        + " " + h.detail()).toList();
        assertThat(lines).containsExactly(
                "tl-maria CREATED - ",
                "tl-maria SUBMITTED - scored 90 %",
                "a17 DISPUTED name I said 'Mr Rossi' at 0:42",
                "a17 DISPUTED understood The caller changed his request twice",
                "qa-lead CHANGED name No → Yes: Heard it at 0:42",
                "qa-lead UPHELD understood 5 kept: The need was clear from the start",
                "qa-lead RESOLVED - scored 100 %");
    }

    @Test
    void aChangedAnswerMustFitTheQuestionAndDiffer() {
        Evaluation disputed = EvaluationFlow.dispute(EvaluationFlow.submit(answered(), SC, "tl-maria", T), SC, "a17",
                T, Map.of("identity", "I did verify"));
        assertThatThrownBy(() -> EvaluationFlow.resolve(disputed, SC, "qa", T, "identity", DisputeOutcome.CHANGED,
                Answer.na(), "n")).hasMessage("\"Verified the caller's identity\" cannot be answered N/A");
        assertThatThrownBy(() -> EvaluationFlow.resolve(disputed, SC, "qa", T, "identity", DisputeOutcome.CHANGED,
                Answer.option("yes"), "n")).hasMessage("the new answer is the one disputed; uphold it instead");
        assertThatThrownBy(() -> EvaluationFlow.dispute(EvaluationFlow.submit(answered(), SC, "tl-maria", T), SC,
                "a17", T, Map.of("identity", " "))).hasMessage("say why \"Verified the caller's identity\" is disputed");
    }

    @Test
    void theScoreStaysTiedToItsVersion() {
        Scorecard v2 = SC.asDraft(2, T);
        assertThatThrownBy(() -> answered().score(v2))
                .hasMessage("evaluation ev-1 was scored with inbound-care v1, not inbound-care v2");
    }

    @Test
    void checkingAnImportedEvaluationFindsAnswersThatDoNotFit() {
        Evaluation e = answered().withChoice("solved", Answer.option("maybe")).withChoice("ghost", Answer.option("x"));
        assertThat(EvaluationFlow.check(SC, e)).extracting(Problem::code, Problem::subject).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("answer.unknown-question", "ghost"),
                org.assertj.core.groups.Tuple.tuple("answer.unknown-option", "solved"));
    }
}
