package io.floorview.domain.staffing;

import java.util.Objects;

/**
 * What a queue model predicts for one number of agents. Probabilities are shares of all offered calls
 * (0–1), times are seconds.
 *
 * @param probabilityOfWaiting  share of calls that find every agent busy and queue
 * @param serviceLevel          share of all calls answered within the threshold; a call that hangs up has not met it
 * @param asaSec                mean queue wait of answered calls; {@code +∞} when the queue is unstable (Erlang C with
 *                              agents ≤ traffic: the queue grows without bound)
 * @param occupancy             share of the agents' time spent handling calls (of the answered load under Erlang A);
 *                              1 for an unstable queue
 * @param probabilityOfAbandon  share of calls that hang up before an answer; always 0 under Erlang C, which assumes
 *                              callers wait as long as it takes
 */
public record QueueFigures(QueueModelKind model, double traffic, int agents, double probabilityOfWaiting,
                           double serviceLevel, double asaSec, double occupancy, double probabilityOfAbandon) {

    public QueueFigures {
        Objects.requireNonNull(model, "model");
    }

    /** False when the queue grows without bound and has no finite average wait. */
    public boolean stable() {
        return Double.isFinite(asaSec);
    }
}
