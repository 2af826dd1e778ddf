package io.floorview.service.qa;

import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.domain.qa.ScorecardVersions;
import io.floorview.service.qa.format.QaDocument;
import io.floorview.service.qa.format.QaFiles;
import io.floorview.service.qa.format.QaFormatException;

/**
 * Import and export of QA files (docs/qa-format.md) between consoles. A scorecard version is the same
 * (id, version) everywhere, so an evaluation keeps the exact version it was scored with wherever it goes:
 * <ul>
 * <li>a version this console has is taken in only when it is the same (then nothing changes);</li>
 * <li>a scorecard version that is newer than every version here, when there is no draft here, comes in as a
 *     draft, to be checked and activated on this console;</li>
 * <li>any other version comes in retired: kept for the evaluations scored with it;</li>
 * <li>an evaluation comes in with its version (taken in as above, retired when new here), in one transaction.</li>
 * </ul>
 * Blocking.
 */
public final class QaExchange {

    private final QaService qa;

    public QaExchange(QaService qa) {
        this.qa = qa;
    }

    public String exportScorecard(ScorecardRef ref) {
        return QaFiles.write(qa.scorecard(ref));
    }

    public String exportEvaluation(String evaluationId) {
        Evaluation e = qa.evaluation(evaluationId);
        return QaFiles.write(qa.scorecard(e.scorecard()), e);
    }

    /**
     * Takes in a scorecard file (see the class comment for what it becomes).
     *
     * @return the version as this console now holds it
     * @throws QaFormatException     when the file cannot be read, with the JSON path of the problem
     * @throws IllegalStateException when this console's version with that number differs
     */
    public Scorecard importScorecard(String json) throws QaFormatException {
        QaDocument doc = QaFiles.read(json);
        if (!(doc instanceof QaDocument.ScorecardFile file)) {
            throw new QaFormatException("$.kind", "this is an evaluation file; import it as an evaluation");
        }
        Scorecard incoming = file.scorecard();
        ScorecardVersions mine = qa.scorecardStore().versions(incoming.id());
        var same = mine.version(incoming.version());
        if (same.isPresent()) {
            if (!same.get().sameContent(incoming)) {
                throw new IllegalStateException("this console's " + incoming.ref() + " differs from the file's;"
                        + " the same version cannot hold two contents");
            }
            return same.get();
        }
        boolean newest = incoming.version() >= mine.nextVersion();
        Scorecard stored = newest && mine.draft().isEmpty() && incoming.status() != ScorecardStatus.RETIRED
                ? incoming.asDraft(incoming.version(), qa.now())
                : incoming.asRetiredCopy(qa.now());
        qa.scorecardStore().insert(stored);
        return stored;
    }

    /**
     * Takes in an evaluation file with the scorecard version it was scored with, in one transaction.
     *
     * @throws QaFormatException     when the file cannot be read, with the JSON path of the problem
     * @throws IllegalStateException when the evaluation is here already, or this console's version of its
     *                               scorecard differs
     */
    public Evaluation importEvaluation(String json) throws QaFormatException {
        QaDocument doc = QaFiles.read(json);
        if (!(doc instanceof QaDocument.EvaluationFile file)) {
            throw new QaFormatException("$.kind", "this is a scorecard file; import it as a scorecard");
        }
        return qa.evaluationStore().importWithVersion(file.evaluation(), file.scorecard().asRetiredCopy(qa.now()));
    }
}
