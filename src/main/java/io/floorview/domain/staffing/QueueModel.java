package io.floorview.domain.staffing;

/** A queue model that predicts the figures of one interval for a given number of agents. */
public sealed interface QueueModel permits ErlangC, ErlangA {

    QueueModelKind kind();

    /** Offered traffic in Erlangs: calls × AHT / interval. */
    double traffic();

    /** The figures with {@code agents} agents on the phones. */
    QueueFigures evaluate(int agents);
}
