package io.floorview.service.audio;

import java.io.IOException;

/** A file is not a WAV file Floorview can read; the message says what it is instead. */
public final class WavFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public WavFormatException(String message) {
        super(message);
    }
}
