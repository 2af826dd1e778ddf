package io.floorview.app.cli;

import io.floorview.domain.qa.CriticalFailure;
import io.floorview.domain.qa.Evaluation;
import io.floorview.domain.qa.QuestionAt;
import io.floorview.domain.qa.ScoreResult;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.SectionScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The score breakdown {@code qa score} prints, as JSON (docs/qa-format.md) or as text for people. */
final class ScoreBreakdown {

    private final Scorecard version;
    private final Evaluation evaluation;
    private final ScoreResult score;

    ScoreBreakdown(Scorecard version, Evaluation evaluation) {
        this.version = version;
        this.evaluation = evaluation;
        this.score = evaluation.score(version);
    }

    /** The breakdown as one JSON object; numbers are rounded to two decimals. */
    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("id", version.id());
        sc.put("version", version.version());
        sc.put("name", version.name());
        out.put("scorecard", sc);
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("id", evaluation.id());
        ev.put("callId", evaluation.callId());
        ev.put("agent", evaluation.agentId());
        ev.put("evaluator", evaluation.evaluatorId());
        ev.put("status", evaluation.status().name().toLowerCase(Locale.ROOT));
        out.put("evaluation", ev);
        Map<String, Object> overall = new LinkedHashMap<>();
        overall.put("percent", round(score.percent()));
        overall.put("failed", score.failed());
        overall.put("failedBy", score.failed() ? failure(score.formFailure()) : null);
        out.put("overall", overall);
        out.put("complete", score.complete());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (SectionScore s : score.sections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.sectionId());
            m.put("title", s.title());
            m.put("earned", round(s.earned()));
            m.put("possible", round(s.possible()));
            m.put("percent", round(s.percent()));
            m.put("weight", round(s.weight()));
            m.put("counted", s.counted());
            m.put("share", round(100 * s.share()));
            m.put("failedBy", s.failed() ? failure(s.failedBy()) : null);
            m.put("answered", s.answered());
            m.put("notApplicable", s.notApplicable());
            m.put("unanswered", s.unanswered());
            sections.add(m);
        }
        out.put("sections", sections);
        out.put("criticalFailures", score.criticalFailures().stream().map(ScoreBreakdown::failure).toList());
        List<Map<String, Object>> missing = new ArrayList<>();
        for (QuestionAt at : score.unansweredRequired()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("section", at.section().id());
            m.put("question", at.question().id());
            m.put("text", at.question().text());
            m.put("where", at.path().toString());
            missing.add(m);
        }
        out.put("unansweredRequired", missing);
        return out;
    }

    private static Map<String, Object> failure(CriticalFailure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fails", f.failsForm() ? "form" : "section");
        m.put("section", f.sectionId());
        m.put("question", f.questionId());
        m.put("answer", f.optionId());
        m.put("text", f.describe());
        return m;
    }

    /** The breakdown as lines a person reads. */
    String text() {
        StringBuilder b = new StringBuilder();
        b.append(version.name()).append(" (").append(version.ref()).append(") · evaluation ").append(evaluation.id())
                .append(" of call ").append(evaluation.callId()).append(" · agent ").append(evaluation.agentId())
                .append(" · by ").append(evaluation.evaluatorId()).append(" · ")
                .append(evaluation.status().name().toLowerCase(Locale.ROOT)).append('\n');
        b.append("Overall: ").append(score.hasPercent() ? pct(score.percent()) : "no score (nothing applicable yet)");
        if (score.failed()) {
            b.append(" — FAILED: ").append(score.formFailure().describe());
        }
        if (!score.complete()) {
            b.append(" (partial: ").append(score.unansweredRequired().size()).append(" required not answered)");
        }
        b.append("\n\n");
        int w = Math.max(7, score.sections().stream().mapToInt(s -> s.title().length()).max().orElse(0));
        b.append(String.format(Locale.ROOT, "%-" + w + "s  %7s  %8s  %8s  %6s  %s%n", "Section", "Earned", "Possible",
                "Percent", "Weight", "Counted"));
        for (SectionScore s : score.sections()) {
            String counted = s.counted() ? "yes, " + num(100 * s.share()) + " % of the score"
                    : s.weight() <= 0 ? "no: weight 0" : "no: nothing applicable";
            if (s.failed()) {
                counted += " — 0 %: " + s.failedBy().describe();
            }
            b.append(String.format(Locale.ROOT, "%-" + w + "s  %7s  %8s  %8s  %6s  %s%n", s.title(), num(s.earned()),
                    num(s.possible()), s.percent() == null ? "–" : pct(s.percent()), num(s.weight()) + " %", counted));
        }
        b.append('\n');
        if (score.criticalFailures().isEmpty()) {
            b.append("Critical failures: none\n");
        } else {
            b.append("Critical failures:\n");
            for (CriticalFailure f : score.criticalFailures()) {
                b.append("  ").append(f.describe()).append('\n');
            }
        }
        for (QuestionAt at : score.unansweredRequired()) {
            b.append("Required, not answered: ").append(at.describe()).append('\n');
        }
        return b.toString();
    }

    private static Double round(Double v) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static String num(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String pct(double v) {
        return num(v) + " %";
    }
}
