package io.floorview.ui.qa;

import io.floorview.domain.qa.Problem;
import io.floorview.ui.common.Messages;

/** The QA screen's texts ({@code io/floorview/ui/qa/messages.properties}) and the wording of problems. */
public final class QaTexts {

    private final Messages messages;

    public QaTexts(Messages messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /**
     * A problem in the user's language: the bundle's wording of its code ({@code qa.problem.CODE}), with the
     * domain's own English wording (which names the values involved) when the bundle has none.
     */
    public String problem(Problem p, Object... args) {
        String key = "qa.problem." + p.code();
        return messages.has(key) ? messages.get(key, args) : p.message();
    }

    public Messages messages() {
        return messages;
    }
}
