package io.floorview.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.floorview.domain.kpi.CenterSettings;
import io.floorview.domain.report.Interval;
import io.floorview.feed.asterisk.queuelog.QueueLogGenerator;
import io.floorview.service.report.QueueLogImport;
import io.floorview.service.report.ReportService;
import io.floorview.store.Database;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Reports screen as a supervisor uses it: run a report, change the filters, export, import a queue_log. */
@ExtendWith(ApplicationExtension.class)
class ReportsViewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private ReportService service;
    private ExecutorService background;
    private ReportsView view;
    private ReportsViewModel model;
    private final List<Path> saveAs = new ArrayList<>();
    private Path toOpen;

    @Start
    void start(Stage stage) throws Exception {
        Path log = dir.resolve("day.queue_log");
        try (OutputStream out = Files.newOutputStream(log, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
            new QueueLogGenerator(QueueLogGenerator.Config.defaults(5)).write(out, 6_000);
        }
        Database db = Database.open(dir.resolve("floorview.db"));
        new QueueLogImport(db, CenterSettings.defaults(ZoneOffset.UTC)).run(log, p -> { }, () -> false);
        service = new ReportService(db, CenterSettings.defaults(ZoneOffset.UTC));
        background = Executors.newSingleThreadExecutor();
        model = new ReportsViewModel(service, UiExecutor.of(background, Platform::runLater), Platform::runLater,
                new Messages(Locale.ENGLISH), DAY);
        view = new ReportsView(model);
        view.setFileAsker(new ReportsView.FileAsker() {
            @Override
            public Optional<Path> save(String title, String extension) {
                return saveAs.stream().filter(p -> p.toString().endsWith("." + extension)).findFirst();
            }

            @Override
            public Optional<Path> open(String title) {
                return Optional.ofNullable(toOpen);
            }
        });
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/io/floorview/ui/floorview.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
        service.close();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.busyProperty().get()
                && !model.importingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> row(TableView<List<Object>> t, String first) {
        return t.getItems().stream().filter(r -> first.equals(String.valueOf(r.get(0)))).findFirst()
                .map(r -> r.stream().map(io.floorview.service.report.ReportTable::text).toList()).orElseThrow();
    }

    private static int column(TableView<List<Object>> t, String name) {
        for (int i = 0; i < t.getColumns().size(); i++) {
            if (t.getColumns().get(i).getText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void opensOnTodaysReportThenFiltersByQueueAndInterval(FxRobot robot) throws Exception {
        settle();
        TableView<List<Object>> queues = view.table("table-queues");
        List<String> queueNames = queues.getItems().stream().map(r -> String.valueOf(r.get(0))).toList();
        assertThat(queueNames).contains("sales", "support", "All queues");
        long expected = service.run(model.spec()).report().totals().get("*").calls().offered();
        assertThat(row(queues, "All queues").get(column(queues, "Offered"))).isEqualTo(String.valueOf(expected));
        assertThat(column(queues, "SL 20 s %")).isPositive();
        assertThat(column(queues, "SL 60 s %")).isPositive();
        assertThat(view.table("table-abandoned").getItems()).isNotEmpty();
        assertThat(view.table("table-agents").getItems()).isNotEmpty();

        // pick one queue and hourly intervals: only that queue (and its total) is left
        robot.clickOn("#reports-queues").clickOn("sales");
        robot.interact(() -> model.intervalProperty().set(Interval.MINUTES_60));
        robot.clickOn("#reports-run");
        settle();
        assertThat(queues.getItems().stream().map(r -> String.valueOf(r.get(0))).toList())
                .containsExactly("sales", "All queues");
        TableView<List<Object>> intervals = view.table("table-intervals");
        assertThat(intervals.getItems()).allSatisfy(r -> assertThat(String.valueOf(r.get(0))).endsWith(":00"));
        assertThat(view.table("table-abandoned").getItems()).allSatisfy(r -> assertThat(r.get(2)).isEqualTo("sales"));
    }

    @Test
    void queuesAndAgentsGoByTheNamesTheLiveFloorShows(FxRobot robot) throws Exception {
        settle();
        String agent = String.valueOf(view.table("table-agents").getItems().get(0).get(0));
        robot.interact(() -> model.setNames(q -> q.equals("sales") ? "Sales desk" : q,
                a -> a.equals(agent) ? "Aisha Mensah" : a));
        robot.clickOn("#reports-run");
        settle();
        TableView<List<Object>> queues = view.table("table-queues");
        assertThat(queues.getItems().stream().map(r -> String.valueOf(r.get(0))).toList())
                .contains("Sales desk", "support", "All queues").doesNotContain("sales");
        assertThat(view.table("table-agents").getItems().stream().map(r -> String.valueOf(r.get(0))).toList())
                .contains("Aisha Mensah").doesNotContain(agent);
        assertThat(view.table("table-abandoned").getItems().stream().map(r -> String.valueOf(r.get(2))).toList())
                .contains("Sales desk");
        // the queue picker names the queue and keeps its id beside it
        robot.interact(() -> robot.lookup("#reports-queues").queryAs(javafx.scene.control.ListView.class).refresh());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reports-queues").lookup("Sales desk (sales)").tryQuery()).isPresent();
    }

    @Test
    void badFiltersAreShownWhereTheUserLooksAndRunNothing(FxRobot robot) throws Exception {
        settle();
        var before = model.resultProperty().get();
        robot.doubleClickOn("#reports-thresholds").eraseText(20).write("20,abc");
        robot.clickOn("#reports-run");
        settle();
        Label error = robot.lookup("#reports-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("abc").contains("threshold");
        assertThat(model.resultProperty().get()).isSameAs(before);

        robot.doubleClickOn("#reports-thresholds").eraseText(20).write("20");
        robot.interact(() -> model.toProperty().set(DAY.minusDays(3)));
        robot.clickOn("#reports-run");
        settle();
        assertThat(error.getText()).contains("end date is before the start");

        robot.interact(() -> model.toProperty().set(DAY));
        robot.clickOn("#reports-run");
        settle();
        assertThat(error.isVisible()).isFalse();
    }

    @Test
    void exportsWhatIsOnScreenAsCsvAndPdf(FxRobot robot) throws Exception {
        settle();
        Path csv = dir.resolve("report.csv");
        Path pdf = dir.resolve("report.pdf");
        saveAs.add(csv);
        saveAs.add(pdf);
        robot.clickOn("#reports-export-csv");
        settle();
        assertThat(robot.lookup("#reports-status").queryAs(Label.class).getText()).contains("report.csv");
        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180.parse(r).getRecords();
        }
        assertThat(records.get(0).values()).containsExactly("Queues over the period");
        assertThat(records.get(1).values()).startsWith("Queue", "Offered", "Answered", "Abandoned");
        TableView<List<Object>> queues = view.table("table-queues");
        CSVRecord all = records.stream().filter(r -> r.get(0).equals("All queues")).findFirst().orElseThrow();
        assertThat(all.get(1)).isEqualTo(row(queues, "All queues").get(1));
        assertThat(records.stream().map(r -> r.get(0))).contains("Abandoned calls", "Overflowed calls",
                "Agents over the period", "Queues by interval");

        robot.clickOn("#tab-charts");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#reports-export-pdf");
        settle();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Call center report", "Period: 2026-11-23 to 2026-11-23", "Queues: all",
                    "Queues over the period", "All queues", "sales", "Offered and answered calls per interval",
                    "Service level per interval against the target", "Distribution of waits",
                    "Abandoned calls", "Overflowed calls", "(continued)");
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
            assertThat(doc.getPage(0).getResources().getXObjectNames()).isNotNull();
            // every page as an image, to look at
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < pages; p++) {
                BufferedImage img = renderer.renderImageWithDPI(p, 80);
                ImageIO.write(img, "png", Path.of("target", "reports-pdf-page" + (p + 1) + ".png").toFile());
            }
        }
        // the charts as they are on screen
        robot.interact(() -> {
            var img = view.getScene().snapshot(null);
            try {
                Files.write(Path.of("target", "reports-charts.png"), ReportCharts.png(img));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void importsAQueueLogWithASummaryAndNeverTwice(FxRobot robot) throws Exception {
        Path lab = Path.of(System.getProperty("floorview.sharedData", "../shared/data"), "queue_log",
                "lab-pbx-2023.queue_log");
        Assumptions.assumeTrue(Files.isReadable(lab), "the shared real data is not beside the checkout");
        settle();
        toOpen = lab;
        robot.clickOn("#reports-import");
        settle();
        TextArea details = robot.lookup("#reports-import-details").queryAs(TextArea.class);
        assertThat(details.getText()).contains("lab-pbx-2023.queue_log: 85 lines read", "0 lines set aside");
        assertThat(model.queueChoices()).contains("Support");

        robot.clickOn("#reports-import");
        settle();
        assertThat(details.getText()).contains("was imported before", "nothing was counted again");

        // the imported day can be reported at once
        robot.interact(() -> {
            model.fromProperty().set(LocalDate.of(2023, 1, 1));
            model.toProperty().set(LocalDate.of(2023, 12, 31));
        });
        robot.clickOn("#reports-run");
        settle();
        assertThat(row(view.table("table-queues"), "Support").get(1)).isEqualTo("7");
    }

    @Test
    void aFileThatIsNoQueueLogIsRefusedWhereTheUserLooksAndNothingIsImported(FxRobot robot) throws Exception {
        settle();
        java.util.List<String> feedsBefore = feeds();
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# Floorview\n\nA console for call-center supervisors.\nSee the user guide.\n");
        toOpen = readme;
        robot.clickOn("#reports-import");
        settle();
        Label error = robot.lookup("#reports-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("README.md is not an Asterisk queue_log", "lines read: 4",
                "Nothing was imported");

        Path empty = dir.resolve("empty.queue_log");
        Files.writeString(empty, "");
        toOpen = empty;
        robot.clickOn("#reports-import");
        settle();
        assertThat(error.getText()).contains("empty.queue_log is empty");
        assertThat(feeds()).as("no feed registered for either file").isEqualTo(feedsBefore);

        // another log that starts with the same line as one imported before
        String start = "1700000000|NONE|NONE|NONE|CONFIGRELOAD|\n";
        toOpen = Files.writeString(dir.resolve("pbx1.log"), start + "1700000100|c1|support|NONE|ENTERQUEUE||5551|1\n");
        robot.clickOn("#reports-import");
        settle();
        toOpen = Files.writeString(dir.resolve("pbx2.log"), start + "1700000200|d1|sales|NONE|ENTERQUEUE||5559|1\n");
        robot.clickOn("#reports-import");
        settle();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("pbx2.log starts like a queue_log imported before",
                "another log or a changed copy", "Nothing was imported");
    }

    private java.util.List<String> feeds() throws Exception {
        try (io.floorview.store.EventCache cache = new io.floorview.store.EventCache(
                Database.open(dir.resolve("floorview.db")))) {
            return cache.feedNames();
        }
    }
}
