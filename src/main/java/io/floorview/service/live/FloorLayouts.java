package io.floorview.service.live;

import io.floorview.domain.layout.FloorLayout;
import io.floorview.store.FloorLayoutRepository;
import java.util.Optional;
import java.util.function.LongSupplier;

/** The live floor's layout of the console's supervisor: read at start, saved when it changes. Blocks on the database. */
public final class FloorLayouts {

    private final FloorLayoutRepository repository;
    private final String supervisor;
    private final LongSupplier clock;

    public FloorLayouts(FloorLayoutRepository repository, String supervisor, LongSupplier clock) {
        this.repository = repository;
        this.supervisor = supervisor;
        this.clock = clock;
    }

    public Optional<FloorLayout> load() {
        return repository.load(supervisor);
    }

    public void save(FloorLayout layout) {
        repository.save(supervisor, layout, clock.getAsLong());
    }
}
