package io.floorview.domain.staffing;

/** The queueing model behind a set of figures, by the name users and tools know it by. */
public enum QueueModelKind {
    /** M/M/N: callers wait as long as it takes. */
    ERLANG_C("erlang-c"),
    /** M/M/N+M: callers hang up after an exponentially distributed patience. */
    ERLANG_A("erlang-a");

    private final String label;

    QueueModelKind(String label) {
        this.label = label;
    }

    /** The lower-case name used in output, e.g. {@code erlang-c}. */
    public String label() {
        return label;
    }
}
