package io.floorview.app.wiring;

import io.floorview.service.audio.RecordingFiles;
import io.floorview.service.qa.QaExchange;
import io.floorview.service.qa.QaService;
import io.floorview.service.qa.Recordings;
import io.floorview.store.Database;
import io.floorview.store.qa.CallRecordings;
import io.floorview.store.qa.EvaluationRepository;
import io.floorview.store.qa.QaSettings;
import io.floorview.store.qa.ScorecardRepository;
import java.nio.file.Path;
import java.time.Clock;

/** The QA screen's services, on the console's database and data folder. */
public final class QaWiring {

    private final QaService service;
    private final QaExchange exchange;
    private final Recordings recordings;

    QaWiring(Database db, Path dataDir) {
        service = new QaService(new ScorecardRepository(db), new EvaluationRepository(db), Clock.systemUTC(),
                QaService.randomIds());
        exchange = new QaExchange(service);
        recordings = new Recordings(new CallRecordings(db), new RecordingFiles(dataDir), new QaSettings(db),
                java.time.ZoneId.systemDefault());
    }

    public QaService service() {
        return service;
    }

    public QaExchange exchange() {
        return exchange;
    }

    public Recordings recordings() {
        return recordings;
    }
}
