package io.floorview.testing;

import io.floorview.domain.qa.AnswerOption;
import io.floorview.domain.qa.Criticality;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.Question;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardVersions;
import io.floorview.domain.qa.Section;
import java.time.Instant;
import java.util.List;

/**
 * The scorecard the QA tests share, with points chosen so that scores can be worked out by hand:
 * <pre>
 * section        weight  question                                     answers (points)            notes
 * A opening        20 %  greet     "Greeted the caller"              yes 5 / no 0                 N/A allowed
 *                        name      "Used the caller's name"          yes 5 / no 0                 N/A allowed
 * B resolution     50 %  understood "Understood the need"            scale 1–5 (1..5)
 *                        solved    "Solved the problem"              fully 10 / partly 5 / not 0
 *                        hold      "Asked before holding"            yes 5 / no 0                 N/A allowed
 * C compliance     30 %  identity  "Verified the caller's identity"  yes 10 / no 0 (fails)        critical: fails the form
 *                        disclosure "Read the recording disclosure"  yes 10 / no 0 (fails)        critical: fails the section; N/A allowed
 * D upsell          0 %  offer     "Offered the upgrade"             yes 1 / no 0                 N/A allowed, not required
 * </pre>
 * Possible points: A 10, B 20 (5 + 10 + 5), C 20, D 1.
 */
public final class QaSamples {

    public static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private QaSamples() {
    }

    /** The scorecard above as an unsaved draft, version 1. */
    public static Scorecard inboundCareDraft() {
        Section opening = Section.of("opening", "Opening", 20,
                Question.yesNo("greet", "Greeted the caller", 5).withNaAllowed(true)
                        .withHelp("Company name and own name within the first 5 seconds."),
                Question.yesNo("name", "Used the caller's name", 5).withNaAllowed(true));
        Section resolution = Section.of("resolution", "Resolution", 50,
                Question.scale("understood", "Understood the need", 1, 5),
                Question.choice("solved", "Solved the problem", AnswerOption.of("fully", "Fully", 10),
                        AnswerOption.of("partly", "Partly", 5), AnswerOption.of("not", "Not at all", 0)),
                Question.yesNo("hold", "Asked before holding", 5).withNaAllowed(true));
        Section compliance = Section.of("compliance", "Compliance", 30,
                Question.yesNo("identity", "Verified the caller's identity", 10).withCritical(Criticality.FAIL_ALL)
                        .withOption(1, AnswerOption.failing("no", "No", 0)),
                Question.yesNo("disclosure", "Read the recording disclosure", 10).withNaAllowed(true)
                        .withCritical(Criticality.FAIL_SECTION).withOption(1, AnswerOption.failing("no", "No", 0)));
        Section upsell = Section.of("upsell", "Upsell", 0,
                Question.yesNo("offer", "Offered the upgrade", 1).withNaAllowed(true).withRequired(false));
        return Scorecard.newDraft("inbound-care", "Inbound care", T0)
                .withDescription("Inbound customer-care calls")
                .withSections(List.of(opening, resolution, compliance, upsell));
    }

    /** The scorecard above, activated: what evaluations are scored with. */
    public static Scorecard inboundCare() {
        Scorecard draft = inboundCareDraft();
        List<Scorecard> changed = new ScorecardVersions(draft.id(), List.of(draft)).activate(1, T0.plusSeconds(60));
        return changed.get(changed.size() - 1);
    }

    /** A new draft evaluation of call c-1042 (agent a17) by team leader tl-maria. */
    public static Evaluation draftEvaluation(Scorecard active) {
        return Evaluation.start("ev-1", active, "c-1042", "a17", "tl-maria", "sim://recordings/c-1042.wav",
                T0.plusSeconds(3600));
    }
}
