package io.floorview.domain.qa;

import java.util.Objects;

/** One exact version of a scorecard: what an evaluation is tied to. */
public record ScorecardRef(String id, int version) {

    public ScorecardRef {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
