package io.floorview.feed.protocol;

/**
 * A feed line that could not be taken in, with the reason a person can act on. When the line had a valid
 * {@code seq}, it is given so that the stream can go on past it.
 */
public final class BadLineException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Long seq;

    public BadLineException(String reason, Long seq) {
        super(reason);
        this.seq = seq;
    }

    /** The line's sequence number, or {@code null} when it had none that could be read. */
    public Long seq() {
        return seq;
    }

    public String reason() {
        return getMessage();
    }
}
