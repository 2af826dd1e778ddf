package io.floorview.service.qa;

import io.floorview.domain.qa.Answer;
import io.floorview.domain.qa.DisputeOutcome;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.EvaluationFlow;
import io.floorview.domain.qa.EvaluationStatus;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.ScorecardVersions;
import io.floorview.domain.qa.ScoringSheet;
import io.floorview.domain.qa.calibration.Calibration;
import io.floorview.domain.qa.calibration.CalibrationReport;
import io.floorview.domain.qa.sampling.AgentSample;
import io.floorview.domain.qa.sampling.CallSampler;
import io.floorview.domain.qa.sampling.RecordedCall;
import io.floorview.domain.qa.sampling.SamplingPlan;
import io.floorview.domain.qa.EvaluationQuery;
import io.floorview.store.qa.EvaluationRepository;
import io.floorview.domain.qa.EvaluationSummary;
import io.floorview.store.qa.ScorecardRepository;
import io.floorview.domain.qa.ScorecardSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The QA use cases behind the scorecard editor and the scoring screen. Every method that changes something
 * is one user action and one transaction; every method blocks on the database, so a screen calls it
 * through its {@code UiExecutor}, never on the FX thread. Rule violations come back as
 * {@link IllegalStateException} or {@link IllegalArgumentException} (with the subclasses
 * {@code InvalidScorecardException} and {@code SubmissionBlockedException} that list each problem with its
 * place), worded for the user.
 * <p>
 * The editor works on immutable {@link Scorecard}s: it asks {@link #edit} for the draft, changes it with
 * the {@code with…} methods, shows {@code ScorecardValidator.validate} in place as the user types, and
 * {@link #saveDraft saves} and {@link #activate activates}. The scoring screen keeps a {@link ScoringSheet}
 * (the version, the draft evaluation and its live score) and {@link #saveDraft(Evaluation) saves} or
 * {@link #submit submits} it.
 */
public final class QaService {

    private final ScorecardRepository scorecards;
    private final EvaluationRepository evaluations;
    private final Clock clock;
    private final Supplier<String> evaluationIds;

    /**
     * @param evaluationIds new evaluation ids, unique across consoles (see {@link #randomIds()})
     */
    public QaService(ScorecardRepository scorecards, EvaluationRepository evaluations, Clock clock,
                     Supplier<String> evaluationIds) {
        this.scorecards = scorecards;
        this.evaluations = evaluations;
        this.clock = clock;
        this.evaluationIds = evaluationIds;
    }

    /** Evaluation ids such as {@code ev-3f2a9c41d7b0}: random, so that consoles never clash. */
    public static Supplier<String> randomIds() {
        return () -> "ev-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    // ---- scorecards -----------------------------------------------------------------------------------

    /** Every version of every scorecard, for the list of scorecards. */
    public List<ScorecardSummary> scorecards() {
        return scorecards.summaries();
    }

    /** The scorecards new evaluations can use (their active versions). */
    public List<Scorecard> activeScorecards() {
        return scorecards.active();
    }

    public ScorecardVersions versions(String scorecardId) {
        return scorecards.versions(scorecardId);
    }

    public Scorecard scorecard(ScorecardRef ref) {
        return scorecards.find(ref).orElseThrow(() -> new NoSuchElementException("there is no scorecard " + ref));
    }

    /** A new, empty scorecard (version 1, a draft) named {@code name}, saved; its id is made from the name. */
    public Scorecard createScorecard(String name) {
        String base = Slugs.of(name);
        String id = base;
        for (int n = 2; !scorecards.versions(id).versions().isEmpty(); n++) {
            id = base + "-" + n;
        }
        return scorecards.saveDraft(Scorecard.newDraft(id, name, now()));
    }

    /**
     * The draft to edit: the scorecard's draft, or a new draft version copied from the active one (saved).
     * Active and retired versions never change.
     */
    public Scorecard edit(String scorecardId) {
        ScorecardVersions versions = requireVersions(scorecardId);
        Scorecard draft = versions.draftForEditing(now());
        return versions.draft().isPresent() ? draft : scorecards.saveDraft(draft);
    }

    /** Saves a draft as it is, problems and all: it is work in progress. */
    public Scorecard saveDraft(Scorecard draft) {
        return scorecards.saveDraft(draft);
    }

    /** Activates a saved draft; the version that was active is retired. Refused with every error in place. */
    public Scorecard activate(ScorecardRef draft) {
        List<Scorecard> changed = requireVersions(draft.id()).activate(draft.version(), now());
        scorecards.saveStatus(changed);
        return changed.get(changed.size() - 1);
    }

    /** Retires the active version: no new evaluations with it; those made with it keep it. */
    public Scorecard retire(ScorecardRef active) {
        Scorecard retired = requireVersions(active.id()).retire(active.version(), now());
        scorecards.saveStatus(List.of(retired));
        return retired;
    }

    public void discardDraft(ScorecardRef draft) {
        scorecards.deleteDraft(draft);
    }

    // ---- evaluations ----------------------------------------------------------------------------------

    /** A new draft evaluation of a call with the scorecard's active version, saved, ready to score. */
    public ScoringSheet startEvaluation(String scorecardId, String callId, String agentId, String evaluatorId,
                                        String recordingUri) {
        Scorecard active = requireVersions(scorecardId).active().orElseThrow(() -> new IllegalStateException(
                scorecardId + " has no active version; activate a draft first"));
        Evaluation e = Evaluation.start(evaluationIds.get(), active, callId, agentId, evaluatorId, recordingUri, now());
        return ScoringSheet.of(active, evaluations.save(e));
    }

    /** The sheet of a stored evaluation: its version, itself and its score. */
    public ScoringSheet open(String evaluationId) {
        Evaluation e = evaluation(evaluationId);
        return ScoringSheet.of(scorecard(e.scorecard()), e);
    }

    public Evaluation evaluation(String id) {
        return evaluations.find(id).orElseThrow(() -> new NoSuchElementException("there is no evaluation " + id));
    }

    public List<EvaluationSummary> evaluations(EvaluationQuery query) {
        return evaluations.summaries(query);
    }

    /** Saves the draft as it is (unanswered questions and all). */
    public Evaluation saveDraft(Evaluation draft) {
        if (!draft.editable()) {
            throw new IllegalStateException("evaluation " + draft.id() + " is no longer a draft");
        }
        return evaluations.save(draft);
    }

    /** Submits the evaluation with its latest answers, in one step. */
    public Evaluation submit(Evaluation draft, String by) {
        return evaluations.save(EvaluationFlow.submit(draft, scorecard(draft.scorecard()), by, now()));
    }

    public Evaluation acknowledge(String evaluationId, String agentId) {
        return evaluations.save(EvaluationFlow.acknowledge(evaluation(evaluationId), agentId, now()));
    }

    /** The agent disputes answers: a reason per question id. */
    public Evaluation dispute(String evaluationId, String agentId, Map<String, String> reasons) {
        Evaluation e = evaluation(evaluationId);
        return evaluations.save(EvaluationFlow.dispute(e, scorecard(e.scorecard()), agentId, now(), reasons));
    }

    /** A reviewer decides one disputed answer. */
    public Evaluation resolve(String evaluationId, String reviewer, String questionId, DisputeOutcome outcome,
                              Answer newChoice, String note) {
        Evaluation e = evaluation(evaluationId);
        return evaluations.save(EvaluationFlow.resolve(e, scorecard(e.scorecard()), reviewer, now(), questionId,
                outcome, newChoice, note));
    }

    public void discardDraft(String evaluationId) {
        evaluations.deleteDraft(evaluationId);
    }

    // ---- sampling and calibration -----------------------------------------------------------------------

    /** The calls to evaluate: {@code plan.perAgent()} per agent, skipping every call that has an evaluation. */
    public List<AgentSample> sample(SamplingPlan plan, Collection<RecordedCall> recordedCalls) {
        return CallSampler.sample(plan, recordedCalls, evaluations.evaluatedCallIds());
    }

    /**
     * The submitted evaluations of a call with one scorecard version, side by side. Drafts are left out, so
     * evaluators scoring blind do not see each other's answers before they submit.
     */
    public CalibrationReport calibration(String callId, ScorecardRef version) {
        List<Evaluation> submitted = evaluations.ofCall(callId).stream()
                .filter(e -> e.scorecard().equals(version) && e.status() != EvaluationStatus.DRAFT).toList();
        if (submitted.isEmpty()) {
            throw new IllegalStateException("no submitted evaluation of call " + callId + " with " + version);
        }
        return Calibration.compare(scorecard(version), submitted);
    }

    private ScorecardVersions requireVersions(String scorecardId) {
        ScorecardVersions v = scorecards.versions(scorecardId);
        if (v.versions().isEmpty()) {
            throw new NoSuchElementException("there is no scorecard " + scorecardId);
        }
        return v;
    }

    Instant now() {
        return clock.instant();
    }

    ScorecardRepository scorecardStore() {
        return scorecards;
    }

    EvaluationRepository evaluationStore() {
        return evaluations;
    }
}
