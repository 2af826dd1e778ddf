package io.floorview.store;

/** The local cache could not do what was asked; the message says why in words a user can act on. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
