package io.floorview.domain.qa.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.Scorecard;
import io.floorview.testing.QaSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Three team leaders score the same call; the report shows where and by how much they differ. */
class CalibrationTest {

    private static final Scorecard SC = QaSamples.inboundCare();

    private static Evaluation scored(String evaluator, String... pairs) {
        Evaluation e = Evaluation.start("ev-" + evaluator, SC, "c-7", "a17", evaluator, null, QaSamples.T0);
        for (int i = 0; i < pairs.length; i += 2) {
            e = e.withChoice(pairs[i], "N/A".equals(pairs[i + 1]) ? Answer.na() : Answer.option(pairs[i + 1]));
        }
        return e;
    }

    private static final String[] BASE = {"greet", "yes", "name", "yes", "understood", "4", "solved", "fully",
        "hold", "yes", "identity", "yes", "disclosure", "yes"};

    private static String[] with(String... pairs) {
        String[] out = new String[BASE.length + pairs.length];
        System.arraycopy(BASE, 0, out, 0, BASE.length);
        System.arraycopy(pairs, 0, out, BASE.length, pairs.length);
        return out;
    }

    private final List<Evaluation> three = List.of(
            scored("ana", with("understood", "2", "hold", "N/A")),
            scored("ben", with("understood", "4", "name", "no")),
            scored("cai", with("understood", "5", "hold", "no")));

    @Test
    void perQuestionTheAgreementRateAndThePointSpread() {
        CalibrationReport r = Calibration.compare(SC, three);
        assertThat(r.evaluators()).containsExactly("ana", "ben", "cai");
        QuestionSpread understood = r.questions().get(2);
        // 2, 4, 5: three different answers → the most common is given by 1 of 3; points 2..5 → spread 3
        assertThat(understood.agreement()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(understood.consensus()).isNull();
        assertThat(understood.pointSpread()).isEqualTo(3.0);
        assertThat(understood.choices()).extracting(EvaluatorChoice::label).containsExactly("2", "4", "5");

        QuestionSpread hold = r.questions().get(4);
        // N/A, yes, no: N/A is an answer like the others; points only where an option was picked: 0..5
        assertThat(hold.agreement()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(hold.minPoints()).isZero();
        assertThat(hold.maxPoints()).isEqualTo(5.0);
        assertThat(hold.choices().get(0).points()).isNull();

        QuestionSpread name = r.questions().get(1);
        // yes, no, yes: 2 of 3 agree on "Yes"
        assertThat(name.agreement()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(name.consensus()).isEqualTo("Yes");
        assertThat(name.pointSpread()).isEqualTo(5.0);

        QuestionSpread greet = r.questions().get(0);
        assertThat(greet.unanimous()).isTrue();
        assertThat(greet.pointSpread()).isZero();

        QuestionSpread offer = r.questions().get(7);
        assertThat(offer.agreement()).as("nobody answered the optional question").isNull();
        assertThat(offer.pointSpread()).isNull();

        assertThat(r.byDisagreement()).extracting(q -> q.question().question().id())
                .as("equal agreement (1 of 3): the wider point spread (hold 5, understood 3) first")
                .startsWith("hold", "understood", "name");
    }

    @Test
    void perSectionAndOverallThePercentsSideBySide() {
        CalibrationReport r = Calibration.compare(SC, three);
        // B (resolution), possible 20 unless hold is N/A:
        //   ana: 2 + 10 (hold N/A) = 12 of 15 = 80 %; ben: 4 + 10 + 5 = 19 of 20 = 95 %; cai: 5 + 10 + 0 = 15 of 20 = 75 %
        ScoreSpread b = r.sections().get(1);
        assertThat(b.percents()).containsExactly(80.0, 95.0, 75.0);
        assertThat(b.spread()).isCloseTo(20.0, within(1e-9));
        assertThat(b.mean()).isCloseTo(250.0 / 3, within(1e-9));
        // overall = 0.2·A + 0.5·B + 0.3·C with A = 100, 50, 100 and C = 100:
        //   ana 20 + 40 + 30 = 90; ben 10 + 47.5 + 30 = 87.5; cai 20 + 37.5 + 30 = 87.5
        assertThat(r.overall().percents()).containsExactly(90.0, 87.5, 87.5);
        assertThat(r.overall().spread()).isCloseTo(2.5, within(1e-9));
        assertThat(r.sections().get(3).spread()).as("nobody answered the upsell section").isNull();
    }

    @Test
    void onlyEvaluationsOfOneCallAndVersionByDifferentEvaluatorsCompare() {
        assertThatThrownBy(() -> Calibration.compare(SC, List.of(scored("ana"), scored("ana"))))
                .hasMessage("ana scored call c-7 twice");
        Evaluation otherCall = Evaluation.start("x", SC, "c-8", "a17", "ben", null, QaSamples.T0);
        assertThatThrownBy(() -> Calibration.compare(SC, List.of(scored("ana"), otherCall)))
                .hasMessage("evaluation x is of call c-8, not c-7");
        assertThatThrownBy(() -> Calibration.compare(SC.asDraft(2, QaSamples.T0), List.of(scored("ana"))))
                .hasMessage("evaluation ev-ana was scored with inbound-care v1, not inbound-care v2");
    }
}
