package io.floorview.service.qa.format;

/**
 * A QA file that cannot be taken in, with the JSON path of the problem ({@code $.scorecard.sections[1].weight})
 * and the reason in words.
 */
public final class QaFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String jsonPath;
    private final String reason;

    public QaFormatException(String jsonPath, String reason) {
        super(jsonPath + ": " + reason);
        this.jsonPath = jsonPath;
        this.reason = reason;
    }

    public String jsonPath() {
        return jsonPath;
    }

    public String reason() {
        return reason;
    }
}
