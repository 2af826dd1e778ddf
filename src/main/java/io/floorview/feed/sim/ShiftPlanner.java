package io.floorview.feed.sim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plans each day's shifts so that staffing follows the arrival curve. A day's plan depends only on the seed,
 * the roster and the date, so any day can be planned on its own.
 *
 * <p>A few versatile full-time agents work the night (22:00 to 06:30), chosen so that together they serve
 * every queue if they can; they rest the day before and after. The other agents of the day get a full-time
 * or part-time shift ({@link ShiftPattern}) whose start is chosen to bring the cover of each 15-minute slot
 * closest to what the curve needs there: square-root staffing on the expected load, scaled to the agents
 * available. At weekends only part of the roster works.
 */
final class ShiftPlanner {

    private static final int SLOT_MIN = 15;
    private static final int SLOTS = 24 * 60 / SLOT_MIN;
    /** Below this many agents working a day, nobody works nights. */
    static final int MIN_HEADCOUNT_FOR_NIGHTS = 4;
    /** Weekend headcount share = volume share to this power: half the calls take 59 % of the agents. */
    private static final double WEEKEND_STAFFING_EXPONENT = 0.75;

    private final long seed;
    private final ZoneId zone;
    private final List<AgentProfile> roster;
    private final ArrivalCurve curve;
    private final double meanHandleMs;

    ShiftPlanner(SimulatorConfig config, List<QueueSpec> queues, List<AgentProfile> roster, ArrivalCurve curve) {
        this.seed = config.seed();
        this.zone = config.zone();
        this.roster = roster;
        this.curve = curve;
        double aht = 0;
        for (QueueSpec q : queues) {
            aht += q.share() * Handling.meanHandleMs(q);
        }
        this.meanHandleMs = aht;
    }

    /** Every shift of {@code day}: the day shifts and the night shift that starts that evening. */
    List<Shift> plan(LocalDate day) {
        SplittableRandom r = RandomStreams.stream(seed, RandomStreams.SHIFTS, day.toEpochDay());
        List<AgentProfile> night = nightCrew(day);
        Set<Integer> resting = new HashSet<>();
        night.forEach(a -> resting.add(a.index()));
        nightCrew(day.minusDays(1)).forEach(a -> resting.add(a.index()));
        List<AgentProfile> pool = new ArrayList<>();
        for (AgentProfile a : roster) {
            if (!resting.contains(a.index())) {
                pool.add(a);
            }
        }
        Draw.shuffle(r, pool);
        int dayCount = Math.max(0, Math.min(pool.size(), headcount(day) - night.size()));
        List<AgentProfile> full = new ArrayList<>();
        List<AgentProfile> part = new ArrayList<>();
        for (AgentProfile a : pool.subList(0, dayCount)) {
            (a.partTime() ? part : full).add(a);
        }

        double[] target = targets(day, (night.size() + full.size()) * presence(ShiftPattern.NIGHT)
                + part.size() * presence(ShiftPattern.PART_DAY.get(0)));
        double[] cover = new double[SLOTS];
        List<Shift> shifts = new ArrayList<>(night.size() + dayCount);
        for (int k = 0; k < night.size(); k++) {
            moveCover(cover, ShiftPattern.NIGHT, +1);
            shifts.add(ShiftDrafts.draft(r, night.get(k), day, ShiftPattern.NIGHT, k, zone));
        }
        int[] fullPer = place(target, cover, ShiftPattern.FULL_DAY, full.size());
        int[] partPer = place(target, cover, ShiftPattern.PART_DAY, part.size());
        boolean moved = true;
        for (int round = 0; moved && round < 10 * SLOTS; round++) {
            moved = improve(target, cover, ShiftPattern.FULL_DAY, fullPer)
                    | improve(target, cover, ShiftPattern.PART_DAY, partPer);
        }
        draft(r, day, full, ShiftPattern.FULL_DAY, fullPer, shifts);
        draft(r, day, part, ShiftPattern.PART_DAY, partPer, shifts);
        return shifts;
    }

    private void draft(SplittableRandom r, LocalDate day, List<AgentProfile> agents, List<ShiftPattern> patterns,
                       int[] per, List<Shift> out) {
        int next = 0;
        for (int p = 0; p < patterns.size(); p++) {
            for (int k = 0; k < per[p]; k++) {
                out.add(ShiftDrafts.draft(r, agents.get(next++), day, patterns.get(p), k, zone));
            }
        }
    }

    /**
     * Agents working {@code day}: the whole roster on weekdays; at weekends a part a little larger than the
     * volume's, as smaller teams need more agents per call for the same service.
     */
    int headcount(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
            return roster.size();
        }
        double share = Math.min(1, Math.pow(ArrivalCurve.dayFactor(dow), WEEKEND_STAFFING_EXPONENT));
        return (int) Math.max(1, Math.round(roster.size() * share));
    }

    /**
     * The night crew of {@code day} (working from 22:00 that evening): enough full-time agents for the night's
     * calls, at least one in twenty of the day's headcount, chosen to serve every queue between them.
     */
    List<AgentProfile> nightCrew(LocalDate day) {
        int headcount = headcount(day);
        if (headcount < MIN_HEADCOUNT_FOR_NIGHTS) {
            return List.of();
        }
        double[] target = targets(day, headcount * presence(ShiftPattern.NIGHT));
        double nightNeed = 0;
        int nightSlots = 6 * 60 / SLOT_MIN;
        for (int s = 0; s < nightSlots; s++) {
            nightNeed += target[s] / nightSlots;
        }
        int count = (int) Math.max(1, Math.max(Math.round(nightNeed), Math.ceil(headcount * 0.05)));
        count = Math.min(count, headcount / 4);

        SplittableRandom r = RandomStreams.stream(seed, RandomStreams.NIGHT_CREW, day.toEpochDay());
        List<AgentProfile> candidates = new ArrayList<>();
        for (AgentProfile a : roster) {
            if (!a.partTime()) {
                candidates.add(a);
            }
        }
        Draw.shuffle(r, candidates);
        candidates.sort(Comparator.comparingInt((AgentProfile a) -> a.skills().size()).reversed());
        Set<Integer> covered = new HashSet<>();
        List<AgentProfile> crew = new ArrayList<>(count);
        while (crew.size() < count && !candidates.isEmpty()) {
            AgentProfile best = null;
            int bestNew = -1;
            for (AgentProfile a : candidates) {
                int fresh = 0;
                for (QueueSpec q : a.skills()) {
                    fresh += covered.contains(q.index()) ? 0 : 1;
                }
                if (fresh > bestNew) {
                    best = a;
                    bestNew = fresh;
                }
            }
            candidates.remove(best);
            crew.add(best);
            best.skills().forEach(q -> covered.add(q.index()));
        }
        return crew;
    }

    /** Agents wanted on the phones in each quarter hour of {@code day}, scaled so that {@code supply} fills them. */
    private double[] targets(LocalDate day, double supply) {
        double[] need = new double[SLOTS];
        double total = 0;
        for (int s = 0; s < SLOTS; s++) {
            double hour = (s + 0.5) * SLOT_MIN / 60.0;
            double erlangs = curve.callsPerHour(day.getDayOfWeek(), hour) * meanHandleMs / 3_600_000.0;
            need[s] = erlangs + Math.sqrt(erlangs) + 0.5;
            total += need[s];
        }
        double scale = total == 0 ? 0 : supply / total;
        for (int s = 0; s < SLOTS; s++) {
            need[s] *= scale;
        }
        return need;
    }

    /** Places {@code count} shifts one by one, each where it brings the cover closest to the target. */
    private static int[] place(double[] target, double[] cover, List<ShiftPattern> patterns, int count) {
        int[] per = new int[patterns.size()];
        for (int i = 0; i < count; i++) {
            int best = 0;
            double bestGain = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < patterns.size(); p++) {
                double gain = gain(target, cover, patterns.get(p));
                if (gain > bestGain) {
                    bestGain = gain;
                    best = p;
                }
            }
            moveCover(cover, patterns.get(best), +1);
            per[best]++;
        }
        return per;
    }

    /**
     * Moves one shift to another start time when that brings the cover closer to the target (a smaller sum of
     * squared gaps): placing shifts one by one leaves too many early starters and too few late ones.
     *
     * @return whether a shift was moved
     */
    private static boolean improve(double[] target, double[] cover, List<ShiftPattern> patterns, int[] per) {
        int bestFrom = -1;
        int bestTo = -1;
        double bestDelta = -1e-9;
        for (int from = 0; from < per.length; from++) {
            if (per[from] == 0) {
                continue;
            }
            moveCover(cover, patterns.get(from), -1);
            // half the change of the squared gaps: up by taking the shift away, down by placing it elsewhere
            double lost = gain(target, cover, patterns.get(from));
            for (int to = 0; to < per.length; to++) {
                double delta = lost - gain(target, cover, patterns.get(to));
                if (to != from && delta < bestDelta) {
                    bestDelta = delta;
                    bestFrom = from;
                    bestTo = to;
                }
            }
            moveCover(cover, patterns.get(from), +1);
        }
        if (bestFrom < 0) {
            return false;
        }
        moveCover(cover, patterns.get(bestFrom), -1);
        moveCover(cover, patterns.get(bestTo), +1);
        per[bestFrom]--;
        per[bestTo]++;
        return true;
    }

    /** Half the fall in the sum of squared gaps that one more shift of {@code p} would bring. */
    private static double gain(double[] target, double[] cover, ShiftPattern p) {
        double gain = 0;
        for (int i = 0; i < p.slots(); i++) {
            int s = (p.startMin() / SLOT_MIN + i) % SLOTS;
            double w = p.presence(i);
            gain += w * (target[s] - cover[s] - w / 2);
        }
        return gain;
    }

    private static void moveCover(double[] cover, ShiftPattern p, int delta) {
        for (int i = 0; i < p.slots(); i++) {
            cover[(p.startMin() / SLOT_MIN + i) % SLOTS] += delta * p.presence(i);
        }
    }

    /** Quarter hours on the phones in a shift of {@code p}, breaks and lunch left out. */
    private static double presence(ShiftPattern p) {
        double sum = 0;
        for (int i = 0; i < p.slots(); i++) {
            sum += p.presence(i);
        }
        return sum;
    }
}
