package io.floorview.domain.staffing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Required agents for one interval, and the figures of a given number of agents.
 *
 * <p>The required number is the smallest N that meets the service-level target (and the ASA target, if
 * any), then raised until occupancy is at or under the cap (if any); heads to schedule are
 * {@code ⌈N / (1 − shrinkage)⌉}, exactly. Erlang C never proposes N ≤ A, where its queue grows without bound.
 * With no calls no agent is needed.
 *
 * <p>Erlang C climbs from the first stable N one agent at a time, carrying Erlang B's recursion
 * ({@link ErlangB.Ladder}), and takes the occupancy cap exactly from the user's decimals
 * ({@link Load#agentsForOccupancy}). Erlang A has no cheap step from N to N+1, so it searches: from the
 * lower bound {@code ⌊target·A⌋} (a service level s needs at least s·A agents, since no more than N/A of the
 * calls can be answered), doubling the step until the goal is met, then halving back to the smallest N that
 * meets it. That relies on service level rising and ASA and occupancy falling as N grows, which the tests
 * check.
 */
public final class Staffing {

    /** No search looks further than this many agents. */
    static final int MAX_AGENTS = 10_000_000;

    private final Load load;
    private final StaffingGoal goal;
    private final Double patienceSec;
    private final Shrinkage shrinkage;
    private final QueueModel model;

    /**
     * @param patienceSec mean caller patience in seconds for Erlang A; null for Erlang C (callers wait as long
     *                    as it takes)
     */
    public Staffing(Load load, StaffingGoal goal, Double patienceSec, Shrinkage shrinkage) {
        this.load = Objects.requireNonNull(load, "load");
        this.goal = Objects.requireNonNull(goal, "goal");
        this.shrinkage = Objects.requireNonNull(shrinkage, "shrinkage");
        this.patienceSec = patienceSec;
        double traffic = load.traffic();
        this.model = patienceSec == null
                ? new ErlangC(traffic, load.ahtSeconds(), goal.thresholdSec())
                : new ErlangA(traffic, load.ahtSeconds(), patienceSec, goal.thresholdSec());
    }

    public QueueModel model() {
        return model;
    }

    public Load load() {
        return load;
    }

    public StaffingGoal goal() {
        return goal;
    }

    public Shrinkage shrinkage() {
        return shrinkage;
    }

    /** Mean caller patience in seconds under Erlang A; null under Erlang C. */
    public Double patienceSec() {
        return patienceSec;
    }

    /** The figures of {@code agents} agents and the heads to schedule for them. */
    public StaffingResult evaluate(int agents) {
        if (agents < 1 || agents > MAX_AGENTS) {
            throw new IllegalArgumentException("agents must be 1 to " + MAX_AGENTS + ", not " + agents);
        }
        return result(model.evaluate(agents));
    }

    /** The fewest agents that meet the goal, with their figures and the heads to schedule. */
    public StaffingResult required() {
        if (model.traffic() == 0) {
            return result(model.evaluate(0));
        }
        if (goal.targetPercent().compareTo(BigDecimal.valueOf(100)) == 0) {
            throw new IllegalArgumentException("a service level of 100 % is never reached with any number of agents"
                    + " (each one brings it closer); aim lower, such as 99.9 %");
        }
        return result(model instanceof ErlangC c ? requiredErlangC(c) : requiredErlangA());
    }

    private StaffingResult result(QueueFigures figures) {
        return new StaffingResult(figures, shrinkage.scheduled(figures.agents()));
    }

    private QueueFigures requiredErlangC(ErlangC c) {
        int n = (int) Math.floor(c.traffic()) + 1;
        ErlangB.Ladder ladder = ErlangB.ladder(c.traffic(), n);
        QueueFigures f = c.figures(n, ladder.blocking());
        while (!goal.metBy(f)) {
            ladder.up();
            f = c.figures(within(ladder.servers()), ladder.blocking());
        }
        if (goal.maxOccupancy() != null) {
            long cap = load.agentsForOccupancy(goal.maxOccupancy());
            while (ladder.servers() < cap) {
                ladder.up();
                within(ladder.servers());
            }
            f = c.figures(ladder.servers(), ladder.blocking());
        }
        return f;
    }

    private QueueFigures requiredErlangA() {
        int lowest = Math.max(1, (int) Math.floor(goal.target() * model.traffic()));
        int n = smallest(lowest, k -> goal.metBy(model.evaluate(k)));
        if (goal.maxOccupancy() != null) {
            double cap = goal.maxOccupancy().doubleValue();
            n = smallest(n, k -> model.evaluate(k).occupancy() <= cap);
        }
        return model.evaluate(n);
    }

    /** The smallest N ≥ {@code from} for which a rising (false … false true … true) test holds. */
    private static int smallest(int from, IntPredicate ok) {
        if (ok.test(from)) {
            return from;
        }
        long bad = from;
        long step = 1;
        long good;
        while (true) {
            long candidate = within(bad + step);
            if (ok.test((int) candidate)) {
                good = candidate;
                break;
            }
            bad = candidate;
            step *= 2;
        }
        while (good - bad > 1) {
            long mid = (bad + good) >>> 1;
            if (ok.test((int) mid)) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return (int) good;
    }

    private static int within(long agents) {
        if (agents > MAX_AGENTS) {
            throw new IllegalArgumentException("no number of agents up to " + MAX_AGENTS + " meets this goal");
        }
        return (int) agents;
    }
}
