package io.floorview.feed.protocol;

/**
 * A command body that cannot be taken, with the reason a person can act on.
 *
 * @see CommandCodec#decode
 */
public final class BadCommandException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why: the body is malformed (HTTP 400), or well formed but names something this protocol lacks (422). */
    public enum Kind { MALFORMED, UNKNOWN_TYPE }

    private final Kind kind;

    public BadCommandException(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return getMessage();
    }
}
