package io.floorview.app.cli;

import io.floorview.domain.staffing.Load;
import io.floorview.domain.staffing.QueueFigures;
import io.floorview.domain.staffing.QueueModelKind;
import io.floorview.domain.staffing.Staffing;
import io.floorview.domain.staffing.StaffingGoal;
import io.floorview.domain.staffing.StaffingResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The staffing command's result as a small table for a person. */
final class StaffingTable {

    private StaffingTable() {
    }

    static String render(Staffing staffing, StaffingResult r) {
        QueueFigures f = r.figures();
        Load load = staffing.load();
        StaffingGoal goal = staffing.goal();
        StringBuilder out = new StringBuilder();
        String model = f.model() == QueueModelKind.ERLANG_A
                ? "Erlang A, mean patience " + seconds(staffing.patienceSec()) : "Erlang C";
        out.append(String.format(Locale.ROOT, "%s: %s calls in %s, AHT %s = %.2f Erlangs%n", model,
                plain(load.calls()), length(load.periodSec()), seconds(load.ahtSec().doubleValue()), f.traffic()));
        List<String[]> rows = new ArrayList<>();
        rows.add(row("agents on the phones", Integer.toString(f.agents())));
        BigDecimal shrink = staffing.shrinkage().fraction();
        rows.add(row(shrink.signum() == 0 ? "agents to schedule" : "agents to schedule (" + percent(shrink) + " shrinkage)",
                Integer.toString(r.scheduledAgents())));
        rows.add(row("probability of waiting", percent(f.probabilityOfWaiting())));
        rows.add(row("service level in " + seconds(goal.thresholdSec()),
                percent(f.serviceLevel()) + "   target " + plain(goal.targetPercent()) + " %"));
        String asa = f.stable() ? seconds1(f.asaSec()) : "none: the queue grows without bound";
        if (goal.maxAsaSec() != null) {
            asa += "   target " + seconds(goal.maxAsaSec());
        }
        rows.add(row("average speed of answer", asa));
        String occupancy = percent(f.occupancy());
        if (goal.maxOccupancy() != null) {
            occupancy += "   cap " + percent(goal.maxOccupancy());
        }
        rows.add(row("occupancy", occupancy));
        if (f.model() == QueueModelKind.ERLANG_A) {
            rows.add(row("callers who hang up", percent(f.probabilityOfAbandon())));
        }
        int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        for (String[] row : rows) {
            out.append("  ").append(row[0]).append(" ".repeat(width - row[0].length() + 3)).append(row[1])
                    .append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String percent(BigDecimal share) {
        return plain(share.movePointRight(2)) + " %";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String seconds(double sec) {
        return plain(BigDecimal.valueOf(sec)) + " s";
    }

    private static String seconds1(double sec) {
        return String.format(Locale.ROOT, "%.1f s", sec);
    }

    private static String length(BigDecimal sec) {
        if (sec.remainder(BigDecimal.valueOf(3600)).signum() == 0) {
            return plain(sec.divide(BigDecimal.valueOf(3600))) + " h";
        }
        if (sec.remainder(BigDecimal.valueOf(60)).signum() == 0) {
            return plain(sec.divide(BigDecimal.valueOf(60))) + " min";
        }
        return plain(sec) + " s";
    }
}
