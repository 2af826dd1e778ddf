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

    /**
     * On a console with no scorecard yet, brings in and activates the sample scorecard ("Inbound care
     * (sample)"), so the simulated center's recorded calls can be scored on first start. Returns whether it did.
     */
    boolean seedSampleScorecard() {
        if (!service.scorecards().isEmpty()) {
            return false;
        }
        try (java.io.InputStream in = QaWiring.class.getResourceAsStream("sample-scorecard.json")) {
            if (in == null) {
                throw new IllegalStateException("the sample scorecard is missing from the application");
            }
            var draft = exchange.importScorecard(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            service.activate(draft.ref());
            return true;
        } catch (java.io.IOException | io.floorview.service.qa.format.QaFormatException e) {
            throw new IllegalStateException("the sample scorecard cannot be read: " + e.getMessage(), e);
        }
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
