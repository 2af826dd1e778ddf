package io.floorview.store.qa;

import io.floorview.domain.qa.EvaluationQuery;
import io.floorview.domain.qa.EvaluationSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.DisputeOutcome;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationFlow;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.TimedComment;
import io.floorview.store.Database;
import io.floorview.testing.QaSamples;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluations in a real SQLite file, through their whole life, one transaction per step. */
class EvaluationRepositoryTest {

    private static final Scorecard SC = QaSamples.inboundCare();
    private static final Instant T = QaSamples.T0.plusSeconds(7200);

    @TempDir
    Path dir;

    private Database db;
    private EvaluationRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("floorview.db"));
        new ScorecardRepository(db).insert(SC);
        repo = new EvaluationRepository(db);
    }

    private static Evaluation answer(Evaluation e, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            e = e.withChoice(pairs[i], "N/A".equals(pairs[i + 1]) ? Answer.na() : Answer.option(pairs[i + 1]));
        }
        return e;
    }

    private static final String[] ALL = {"greet", "yes", "name", "no", "understood", "4", "solved", "fully",
        "hold", "N/A", "identity", "yes", "disclosure", "yes"};

    @Test
    void everyStepIsSavedAndReadBackAsItWas() {
        Evaluation draft = repo.save(answer(QaSamples.draftEvaluation(SC), "greet", "yes")
                .addTimedComment(TimedComment.at(3_000, "Good greeting")));
        assertThat(draft.revision()).isEqualTo(1);
        assertThat(repo.find("ev-1")).hasValue(draft);

        Evaluation answered = repo.save(answer(draft, ALL).withQuestionComment("name", "No name used")
                .withComment("Kind and quick").addTimedComment(new TimedComment(42_000, "Repeated the question", "solved")));
        assertThat(answered.revision()).isEqualTo(2);
        Evaluation submitted = repo.save(EvaluationFlow.submit(answered, SC, "tl-maria", T));
        Evaluation disputed = repo.save(EvaluationFlow.dispute(submitted, SC, "a17", T.plusSeconds(60),
                Map.of("name", "I said his name at 0:42")));
        Evaluation resolved = repo.save(EvaluationFlow.resolve(disputed, SC, "qa-lead", T.plusSeconds(120), "name",
                DisputeOutcome.CHANGED, Answer.option("yes"), "Heard it"));
        assertThat(resolved.revision()).isEqualTo(5);
        Evaluation back = repo.find("ev-1").orElseThrow();
        assertThat(back).isEqualTo(resolved);
        assertThat(back.history()).hasSize(5);
        assertThat(back.dispute("name").orElseThrow().resolution().before().comment()).isEqualTo("No name used");
    }

    @Test
    void theScoreIsKeptForReports() {
        repo.save(EvaluationFlow.submit(answer(QaSamples.draftEvaluation(SC), ALL), SC, "tl-maria", T));
        Evaluation failing = Evaluation.start("ev-2", SC, "c-2000", "a17", "tl-maria", null, T);
        repo.save(EvaluationFlow.submit(answer(failing, ALL).withChoice("identity", Answer.option("no")), SC,
                "tl-maria", T.plusSeconds(3600)));
        repo.save(answer(Evaluation.start("ev-3", SC, "c-3000", "a18", "tl-omar", null, T), "greet", "yes"));
        // ev-1: A 5 of 10 = 50, B 14 of 15 = 93.33, C 100 → 10 + 46.67 + 30 = 86.67
        assertThat(repo.summaries(EvaluationQuery.ofAgent("a17"))).satisfiesExactly(
                s -> {
                    assertThat(s.id()).isEqualTo("ev-1");
                    assertThat(s.scorePercent()).isCloseTo(86.667, within(0.001));
                    assertThat(s.submittedAt()).isEqualTo(T);
                    assertThat(s.failed()).isFalse();
                },
                s -> {
                    assertThat(s.id()).isEqualTo("ev-2");
                    assertThat(s.scorePercent()).isZero();
                    assertThat(s.failed()).isTrue();
                });
        assertThat(repo.summaries(EvaluationQuery.ALL.withStatuses(Set.of(EvaluationStatus.DRAFT))))
                .extracting(EvaluationSummary::id).containsExactly("ev-3");
        assertThat(repo.summaries(EvaluationQuery.ALL.between(T.plusSeconds(1), T.plusSeconds(7200))))
                .extracting(EvaluationSummary::id).containsExactly("ev-2");
        assertThat(repo.evaluatedCallIds()).containsExactlyInAnyOrder("c-1042", "c-2000", "c-3000");
        assertThat(repo.ofCall("c-2000")).extracting(Evaluation::id).containsExactly("ev-2");
    }

    @Test
    void aSaveBasedOnAnOlderRevisionIsRefusedAndChangesNothing() {
        Evaluation first = repo.save(QaSamples.draftEvaluation(SC));
        Evaluation mine = first.withChoice("greet", Answer.option("yes"));
        Evaluation theirs = first.withChoice("greet", Answer.option("no"));
        repo.save(theirs);
        assertThatThrownBy(() -> repo.save(mine))
                .hasMessage("evaluation ev-1 was changed by someone else since it was opened; open it again");
        assertThat(repo.find("ev-1").orElseThrow().answer("greet").optionId()).isEqualTo("no");
    }

    @Test
    void answersThatDoNotFitAreRefusedWithNothingHalfSaved() {
        Evaluation saved = repo.save(answer(QaSamples.draftEvaluation(SC), "greet", "yes"));
        assertThatThrownBy(() -> repo.save(saved.withChoice("solved", Answer.option("maybe"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("evaluation ev-1: section 2 › question 2 › answer: \"Solved the problem\" has no answer 'maybe'");
        assertThat(repo.find("ev-1")).hasValue(saved);
    }

    @Test
    void theHistoryIsOnlyEverAddedTo() throws Exception {
        Evaluation submitted = repo.save(EvaluationFlow.submit(repo.save(answer(QaSamples.draftEvaluation(SC), ALL)),
                SC, "tl-maria", T));
        Evaluation forged = new Evaluation(submitted.id(), submitted.scorecard(), submitted.callId(),
                submitted.agentId(), submitted.evaluatorId(), submitted.recordingUri(), submitted.createdAt(),
                EvaluationStatus.DRAFT, submitted.answers(), submitted.comment(), submitted.timedComments(),
                submitted.disputes(), submitted.history().subList(0, 1), submitted.revision());
        assertThatThrownBy(() -> repo.save(forged)).hasMessage(
                "evaluation ev-1 has 2 steps of history stored; a save cannot remove any");
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT status, revision FROM qa_evaluation WHERE id = 'ev-1'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("submitted");
            assertThat(rs.getLong(2)).isEqualTo(2);
        }
    }

    @Test
    void anEvaluationStaysTiedToItsVersionAfterTheScorecardChanges() {
        Evaluation e = repo.save(EvaluationFlow.submit(answer(QaSamples.draftEvaluation(SC), ALL), SC, "tl-maria", T));
        ScorecardRepository scorecards = new ScorecardRepository(db);
        Scorecard v2 = scorecards.versions(SC.id()).draftForEditing(T);
        scorecards.saveDraft(v2.withSection(0, v2.sections().get(0).withTitle("Greeting")));
        scorecards.saveStatus(scorecards.versions(SC.id()).activate(2, T.plusSeconds(60)));
        Evaluation back = repo.find(e.id()).orElseThrow();
        assertThat(back.scorecard()).isEqualTo(SC.ref());
        Scorecard itsVersion = scorecards.find(back.scorecard()).orElseThrow();
        assertThat(itsVersion.sections().get(0).title()).isEqualTo("Opening");
        assertThat(back.score(itsVersion).percent()).isCloseTo(86.667, within(0.001));
        assertThatThrownBy(() -> Evaluation.start("ev-9", itsVersion, "c", "a", "t", null, T))
                .hasMessageContaining("inbound-care v1 is retired");
    }

    @Test
    void aDraftEvaluationCanBeDroppedButNotASubmittedOne() {
        repo.save(answer(QaSamples.draftEvaluation(SC), "greet", "yes").addTimedComment(TimedComment.at(1, "x")));
        repo.deleteDraft("ev-1");
        assertThat(repo.find("ev-1")).isEmpty();
        Evaluation submitted = repo.save(EvaluationFlow.submit(answer(QaSamples.draftEvaluation(SC), ALL), SC,
                "tl-maria", T));
        assertThatThrownBy(() -> repo.deleteDraft(submitted.id())).hasMessage("evaluation ev-1 is submitted and is kept");
    }
}
