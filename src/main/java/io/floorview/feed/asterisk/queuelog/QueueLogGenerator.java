package io.floorview.feed.asterisk.queuelog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Writes a realistic queue_log of any length, for benchmarks and load tests: a seeded call center whose
 * agents (PJSIP phones and Agent/ logins, each in one to three queues) answer calls that arrive in a daily
 * curve, with missed rings, abandons, timeouts that overflow to the next queue or leave, key exits, blind and
 * attended transfers, breaks (PAUSE/UNPAUSE with a reason) and the occasional CONFIGRELOAD. Same seed, same
 * file. Lines are written in time order, as Asterisk writes them, in the pipe form.
 */
public final class QueueLogGenerator {

    /** The center: its seed, size, and when the log starts (epoch seconds). */
    public record Config(long seed, int queues, int agents, long startEpochSec) {
        public Config {
            if (queues < 1 || agents < 1) {
                throw new IllegalArgumentException("a center needs at least one queue and one agent");
            }
        }

        /** Six queues, sixty agents, starting 2026-11-23 06:00 UTC. */
        public static Config defaults(long seed) {
            return new Config(seed, 6, 60, 1_795_413_600L);
        }
    }

    private static final String[] QUEUE_NAMES = {"sales", "support", "billing", "technical", "accounts", "retention",
        "orders", "claims"};
    private static final String[] BREAKS = {"break", "lunch", "meeting", "training"};
    private static final double MEAN_TALK_SEC = 180;
    private static final double LOAD = 0.93;

    private record Line(long ms, long order, String text) {
    }

    private static final class Agent {
        final String name;
        final List<Integer> queues = new ArrayList<>(3);
        long freeAt;
        long nextBreak;

        Agent(String name) {
            this.name = name;
        }
    }

    private final Config config;
    private final SplittableRandom random;
    private final String[] queues;
    private final long[] timeoutMs;
    private final Agent[] agents;
    private final PriorityQueue<Line> pending = new PriorityQueue<>(
            (a, b) -> a.ms != b.ms ? Long.compare(a.ms, b.ms) : Long.compare(a.order, b.order));
    private long order;
    private long calls;
    private long written;
    private long nextReload;

    public QueueLogGenerator(Config config) {
        this.config = config;
        this.random = new SplittableRandom(config.seed());
        this.queues = new String[config.queues()];
        this.timeoutMs = new long[config.queues()];
        for (int q = 0; q < queues.length; q++) {
            String name = QUEUE_NAMES[q % QUEUE_NAMES.length];
            queues[q] = q < QUEUE_NAMES.length ? name : name + (q / QUEUE_NAMES.length + 1);
            timeoutMs[q] = q % 3 == 0 ? 120_000 : 300_000;
        }
        this.agents = new Agent[config.agents()];
        for (int i = 0; i < agents.length; i++) {
            Agent a = new Agent(i % 2 == 0 ? "PJSIP/" + (1001 + i) : "Agent/" + (1001 + i));
            a.queues.add(i % queues.length);
            if (queues.length > 1 && random.nextDouble() < 0.5) {
                a.queues.add((i + 1) % queues.length);
            }
            if (queues.length > 2 && random.nextDouble() < 0.2) {
                a.queues.add((i + 2) % queues.length);
            }
            agents[i] = a;
        }
    }

    /** Writes exactly {@code lines} lines to {@code out} (not closed). */
    public void write(OutputStream out, long lines) throws IOException {
        long t = config.startEpochSec() * 1000;
        emit(t, line(t, "NONE", "NONE", "NONE", "QUEUESTART", ""));
        for (Agent a : agents) {
            long at = t + 1000;
            if (a.name.startsWith("Agent/")) {
                emit(at, line(at, "NONE", "NONE", a.name, "AGENTLOGIN", "PJSIP/" + a.name.substring(6)));
            }
            for (int q : a.queues) {
                emit(at, line(at, "MANAGER", queues[q], a.name, "ADDMEMBER", ""));
            }
            a.freeAt = at;
            a.nextBreak = at + 3_600_000L + random.nextLong(7_200_000L);
        }
        nextReload = t + 6 * 3_600_000L;
        double perAgentRate = LOAD / (MEAN_TALK_SEC * 1000 + 5000);
        while (written < lines) {
            double rate = perAgentRate * agents.length * curve(t);
            t += Math.max(1, (long) (-Math.log(1 - random.nextDouble()) / rate));
            flushUpTo(out, t, lines);
            if (written >= lines) {
                break;
            }
            breaks(t);
            if (t >= nextReload) {
                emit(t, line(t, "NONE", "NONE", "NONE", "CONFIGRELOAD", ""));
                nextReload += 6 * 3_600_000L;
            }
            int q = pickQueue();
            String callId = (t / 1000) + "." + calls++;
            String caller = "0" + (300_000_000 + random.nextInt(600_000_000));
            call(callId, q, t, caller, 1 + random.nextInt(3), true);
        }
        flushUpTo(out, Long.MAX_VALUE, lines);
    }

    /** Calls per hour of the day, relative: quiet nights, a morning and an afternoon peak. */
    private double curve(long ms) {
        double h = (ms / 3_600_000.0) % 24;
        return 0.15 + Math.exp(-Math.pow((h - 10.5) / 2.2, 2)) + 0.8 * Math.exp(-Math.pow((h - 15) / 2.5, 2));
    }

    private int pickQueue() {
        double r = random.nextDouble();
        int q = (int) (r * r * queues.length);
        return Math.min(q, queues.length - 1);
    }

    private void call(String callId, int q, long t, String caller, int position, boolean mayOverflow) {
        emit(t, line(t, callId, queues[q], "NONE", "ENTERQUEUE", "|" + caller + "|" + position));
        Agent agent = null;
        for (Agent a : agents) {
            if (a.queues.contains(q) && (agent == null || a.freeAt < agent.freeAt)) {
                agent = a;
            }
        }
        long ring = 2000 + random.nextLong(6000);
        long answerAt = agent == null ? Long.MAX_VALUE : Math.max(t, agent.freeAt) + ring;
        long patience = 5000 + (long) (-Math.log(1 - random.nextDouble()) * 100_000);
        long timeout = timeoutMs[q];
        if (answerAt - t > Math.min(patience, timeout)) {
            leave(callId, q, t, caller, position, patience, timeout, mayOverflow);
            return;
        }
        long wait = answerAt - t;
        if (random.nextDouble() < 0.08) {
            Agent other = agents[random.nextInt(agents.length)];
            long at = Math.max(t, answerAt - 16_000);
            emit(at, line(at, callId, queues[q], other.name, "RINGNOANSWER", "15000"));
        }
        emit(answerAt, line(answerAt, callId, queues[q], agent.name, "CONNECT",
                (wait / 1000) + "|" + callId + "1|" + (ring / 1000)));
        long talk = 20_000 + (long) (-Math.log(1 - random.nextDouble()) * (MEAN_TALK_SEC * 1000 - 20_000));
        long end = answerAt + talk;
        String times = (wait / 1000) + "|" + (talk / 1000) + "|" + position;
        double r = random.nextDouble();
        String what;
        if (r < 0.62) {
            what = "COMPLETECALLER|" + times;
        } else if (r < 0.95) {
            what = "COMPLETEAGENT|" + times;
        } else if (r < 0.98) {
            what = "BLINDTRANSFER|" + (200 + random.nextInt(100)) + "|from-internal|" + times;
        } else {
            what = "ATTENDEDTRANSFER|BRIDGE|" + Long.toHexString(random.nextLong()) + "|" + times;
        }
        int bar = what.indexOf('|');
        emit(end, line(end, callId, queues[q], agent.name, what.substring(0, bar), what.substring(bar + 1)));
        agent.freeAt = end + random.nextLong(10_000);
    }

    private void leave(String callId, int q, long t, String caller, int position, long patience, long timeout,
                       boolean mayOverflow) {
        String qn = queues[q];
        if (patience < timeout) {
            long at = t + patience;
            if (random.nextDouble() < 0.05) {
                at = t + Math.min(patience, 8000 + random.nextLong(20_000));
                emit(at, line(at, callId, qn, "NONE", "EXITWITHKEY", "0|1|" + position + "|" + (at - t) / 1000));
                return;
            }
            emit(at, line(at, callId, qn, "NONE", "ABANDON", "1|" + position + "|" + (patience / 1000)));
            return;
        }
        long at = t + timeout;
        emit(at, line(at, callId, qn, "NONE", "EXITWITHTIMEOUT", "1|" + position + "|" + (timeout / 1000)));
        if (mayOverflow && queues.length > 1 && random.nextDouble() < 0.6) {
            call(callId, (q + 1) % queues.length, at, caller, 1, false);
        }
    }

    /** Agents due a break take it when their current call is over. */
    private void breaks(long t) {
        for (Agent a : agents) {
            if (a.nextBreak > t) {
                continue;
            }
            long start = Math.max(t, a.freeAt);
            long length = (10 + random.nextInt(25)) * 60_000L;
            String reason = BREAKS[random.nextInt(BREAKS.length)];
            emit(start, line(start, "NONE", "NONE", a.name, "PAUSEALL", reason));
            for (int q : a.queues) {
                emit(start, line(start, "NONE", queues[q], a.name, "PAUSE", reason));
            }
            long back = start + length;
            emit(back, line(back, "NONE", "NONE", a.name, "UNPAUSEALL", ""));
            for (int q : a.queues) {
                emit(back, line(back, "NONE", queues[q], a.name, "UNPAUSE", ""));
            }
            a.freeAt = back;
            a.nextBreak = back + 5_400_000L + random.nextLong(3_600_000L);
        }
    }

    private static String line(long ms, String callId, String queue, String agent, String event, String data) {
        return (ms / 1000) + "|" + callId + "|" + queue + "|" + agent + "|" + event + "|" + data + "\n";
    }

    private void emit(long ms, String text) {
        pending.add(new Line(ms, order++, text));
    }

    private void flushUpTo(OutputStream out, long ms, long lines) throws IOException {
        while (!pending.isEmpty() && pending.peek().ms <= ms && written < lines) {
            out.write(pending.poll().text.getBytes(StandardCharsets.ISO_8859_1));
            written++;
        }
    }
}
