package io.floorview.app.cli;

/** Turns a failure into the one line a user reads on the command line. */
final class Errors {

    private Errors() {
    }

    static String describe(Throwable ex) {
        Throwable t = ex;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
            t = t.getCause();
        }
        String msg = t.getMessage();
        return msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg;
    }
}
