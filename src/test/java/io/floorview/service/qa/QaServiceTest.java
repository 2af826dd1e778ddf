package io.floorview.service.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.DisputeOutcome;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.InvalidScorecardException;
import io.floorview.domain.qa.Problem;
import io.floorview.domain.qa.Question;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.domain.qa.ScoringSheet;
import io.floorview.domain.qa.Section;
import io.floorview.domain.qa.SubmissionBlockedException;
import io.floorview.domain.qa.TimedComment;
import io.floorview.domain.qa.calibration.CalibrationReport;
import io.floorview.domain.qa.sampling.AgentSample;
import io.floorview.domain.qa.sampling.RecordedCall;
import io.floorview.domain.qa.sampling.SamplingPlan;
import io.floorview.store.Database;
import io.floorview.domain.qa.EvaluationQuery;
import io.floorview.store.qa.EvaluationRepository;
import io.floorview.store.qa.ScorecardRepository;
import io.floorview.testing.QaSamples;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The QA use cases as the editor and the scoring screen will call them, on a real database. */
class QaServiceTest {

    @TempDir
    Path dir;

    private QaService qa;
    private final TestClock clock = new TestClock(QaSamples.T0);

    static QaService open(Path file, Clock clock) {
        Database db = Database.open(file);
        AtomicInteger n = new AtomicInteger();
        return new QaService(new ScorecardRepository(db), new EvaluationRepository(db), clock,
                () -> "ev-" + n.incrementAndGet());
    }

    @BeforeEach
    void setUp() {
        qa = open(dir.resolve("floorview.db"), clock);
    }

    /** The sample scorecard, built through the editor's verbs and activated. */
    private Scorecard publishSample() {
        Scorecard created = qa.createScorecard("Inbound care");
        assertThat(created.id()).isEqualTo("inbound-care");
        Scorecard edited = QaSamples.inboundCareDraft();
        Scorecard draft = qa.saveDraft(new Scorecard(created.id(), created.version(), edited.name(),
                edited.description(), ScorecardStatus.DRAFT, edited.sections(), created.createdAt(), null, null));
        clock.advance(Duration.ofMinutes(5));
        return qa.activate(draft.ref());
    }

    @Test
    void aTeamLeaderBuildsAScorecardFixesWhatIsWrongAndPublishesIt() {
        Scorecard draft = qa.createScorecard("Inbound care");
        assertThat(qa.createScorecard("Inbound care").id()).as("ids stay unique").isEqualTo("inbound-care-2");
        Scorecard oneSection = draft.addSection(Section.of("s1", "Opening", 80, Question.yesNo("q1", "Greeted", 1)));
        qa.saveDraft(oneSection);
        assertThatThrownBy(() -> qa.activate(draft.ref()))
                .isInstanceOfSatisfying(InvalidScorecardException.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("scorecard.weights-sum"));
        qa.saveDraft(oneSection.withSection(0, oneSection.sections().get(0).withWeight(100)));
        Scorecard active = qa.activate(draft.ref());
        assertThat(active.status()).isEqualTo(ScorecardStatus.ACTIVE);
        assertThat(qa.activeScorecards()).extracting(Scorecard::id).containsExactly("inbound-care");

        Scorecard v2 = qa.edit("inbound-care");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(qa.edit("inbound-care")).as("the same draft until it is activated").isEqualTo(v2);
        qa.activate(v2.ref());
        assertThat(qa.versions("inbound-care").versions()).extracting(Scorecard::status)
                .containsExactly(ScorecardStatus.RETIRED, ScorecardStatus.ACTIVE);
        qa.retire(v2.ref());
        assertThatThrownBy(() -> qa.startEvaluation("inbound-care", "c1", "a1", "tl", null))
                .hasMessage("inbound-care has no active version; activate a draft first");
    }

    @Test
    void scoringACallFromStartToAcknowledgement() {
        publishSample();
        ScoringSheet sheet = qa.startEvaluation("inbound-care", "c-1042", "a17", "tl-maria",
                "sim://recordings/c-1042.wav");
        assertThat(sheet.score().percent()).isNull();
        sheet = sheet.choose("greet", Answer.option("yes")).choose("understood", Answer.option("3"))
                .addTimedComment(new TimedComment(12_000, "Asked twice for the order number", "understood"));
        assertThat(sheet.score().percent()).isCloseTo(5000.0 / 70, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(sheet.canSubmit()).isFalse();
        Evaluation saved = qa.saveDraft(sheet.evaluation());
        sheet = sheet.saved(saved);
        Evaluation draft = sheet.evaluation();
        assertThatThrownBy(() -> qa.submit(draft, "tl-maria")).isInstanceOf(SubmissionBlockedException.class)
                .hasMessageContaining("5 required questions are not answered yet");
        for (String[] a : new String[][] {{"name", "yes"}, {"solved", "fully"}, {"hold", "N/A"}, {"identity", "yes"},
            {"disclosure", "yes"}}) {
            sheet = sheet.choose(a[0], "N/A".equals(a[1]) ? Answer.na() : Answer.option(a[1]));
        }
        assertThat(sheet.canSubmit()).isTrue();
        clock.advance(Duration.ofMinutes(10));
        Evaluation submitted = qa.submit(sheet.evaluation(), "tl-maria");
        assertThat(submitted.status()).isEqualTo(EvaluationStatus.SUBMITTED);
        Evaluation ack = qa.acknowledge(submitted.id(), "a17");
        assertThat(qa.open(ack.id()).evaluation().status()).isEqualTo(EvaluationStatus.ACKNOWLEDGED);
        assertThat(qa.evaluations(EvaluationQuery.ofAgent("a17"))).singleElement()
                .satisfies(s -> assertThat(s.submittedAt()).isEqualTo(QaSamples.T0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void anAgentDisputesAndAReviewerDecides() {
        publishSample();
        Evaluation submitted = qa.submit(answered(qa.startEvaluation("inbound-care", "c-1", "a17", "tl-maria", null))
                .withChoice("name", Answer.option("no")), "tl-maria");
        // A: 5 of 10 = 50 → overall 20·50 % + 50 + 30 = 90
        assertThat(qa.evaluations(EvaluationQuery.ofCall("c-1")).get(0).scorePercent()).isEqualTo(90.0);
        qa.dispute(submitted.id(), "a17", Map.of("name", "I used his name at 0:40"));
        Evaluation resolved = qa.resolve(submitted.id(), "qa-lead", "name", DisputeOutcome.CHANGED,
                Answer.option("yes"), "Heard it at 0:40");
        assertThat(resolved.status()).isEqualTo(EvaluationStatus.RESOLVED);
        assertThat(qa.evaluations(EvaluationQuery.ofCall("c-1")).get(0).scorePercent()).isEqualTo(100.0);
    }

    @Test
    void samplesSkipEveryCallThatHasAnEvaluation() {
        publishSample();
        List<RecordedCall> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(new RecordedCall("c-" + i, "a17", QaSamples.T0.plus(Duration.ofHours(i))));
        }
        qa.startEvaluation("inbound-care", "c-3", "a17", "tl-maria", null);
        SamplingPlan plan = new SamplingPlan(40, QaSamples.T0, QaSamples.T0.plus(Duration.ofDays(2)), 1);
        AgentSample s = qa.sample(plan, calls).get(0);
        assertThat(s.calls()).hasSize(39).extracting(RecordedCall::callId).doesNotContain("c-3");
    }

    @Test
    void aCalibrationComparesOnlySubmittedEvaluations() {
        publishSample();
        qa.submit(answered(qa.startEvaluation("inbound-care", "c-9", "a17", "tl-ana", null)), "tl-ana");
        Evaluation ben = answered(qa.startEvaluation("inbound-care", "c-9", "a17", "tl-ben", null))
                .withChoice("understood", Answer.option("2"));
        qa.submit(ben, "tl-ben");
        qa.startEvaluation("inbound-care", "c-9", "a17", "tl-cai", null); // still scoring, blind
        CalibrationReport r = qa.calibration("c-9", new io.floorview.domain.qa.ScorecardRef("inbound-care", 1));
        assertThat(r.evaluators()).containsExactly("tl-ana", "tl-ben");
        assertThat(r.questions().get(2).pointSpread()).isEqualTo(3.0);
    }

    /** Every required question answered with the best answer. */
    static Evaluation answered(ScoringSheet sheet) {
        String[] pairs = {"greet", "yes", "name", "yes", "understood", "5", "solved", "fully", "hold", "yes",
            "identity", "yes", "disclosure", "yes"};
        for (int i = 0; i < pairs.length; i += 2) {
            sheet = sheet.choose(pairs[i], Answer.option(pairs[i + 1]));
        }
        return sheet.evaluation();
    }

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
