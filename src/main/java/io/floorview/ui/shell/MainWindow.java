package io.floorview.ui.shell;

import io.floorview.service.ingest.FeedStatus;
import io.floorview.ui.common.Messages;
import io.floorview.ui.live.DashboardView;
import io.floorview.ui.live.DashboardViewModel;
import io.floorview.ui.live.LiveFloorView;
import io.floorview.ui.live.DashboardViewModel.QueueChoice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Toggle;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.StatusBar;

/**
 * The console's main window: a header with the screen switcher (live floor first, then the {@link Section}s
 * given), the queue selector (on the live floor), the day and the connection indicator; the screen; a status
 * bar with what the feed has delivered. Ctrl+1…9 opens a screen, Alt+0 shows all queues, Alt+1…9 a queue.
 */
public final class MainWindow extends BorderPane {

    private final DashboardViewModel model;
    private final Messages messages;
    private final SegmentedButton queueButtons = new SegmentedButton();
    private final ToggleGroup queueGroup = new ToggleGroup();
    private final DashboardView dashboard;
    private final LiveFloorView liveFloor;
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Node> built = new HashMap<>();
    private final SegmentedButton sectionButtons = new SegmentedButton();
    private final ToggleGroup sectionGroup = new ToggleGroup();
    private final ReadOnlyStringWrapper currentSection = new ReadOnlyStringWrapper(LIVE);
    private HBox queueBox;

    /** The live floor's section id. */
    public static final String LIVE = "live";

    /** A window with the live floor alone. */
    public MainWindow(DashboardViewModel model) {
        this(model, List.of());
    }

    /** A window with the live floor and {@code more} screens, in that order in the switcher. */
    public MainWindow(DashboardViewModel model, List<Section> more) {
        this.model = model;
        this.messages = model.messages();
        setId("main-window");
        getStyleClass().add("main-window");
        dashboard = new DashboardView(model);
        liveFloor = new LiveFloorView(model, dashboard);
        screen(liveFloor);
        sections.add(new Section(LIVE, messages.get("section.live"), () -> liveFloor));
        sections.addAll(more);
        built.put(LIVE, liveFloor);
        header = header();
        status = statusBar();
        setTop(header);
        setCenter(liveFloor);
        setBottom(status);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        liveFloor.setOnWallboard(this::toggleWallboard);
        rotation = new QueueRotation(model.layout().rotateSecondsProperty(), this::nextQueue);
        getStylesheets().add(MainWindow.class.getResource("/io/floorview/ui/floorview-light.css").toExternalForm());
        model.layout().themeProperty().addListener((o, a, t) -> applyTheme(t));
        applyTheme(model.layout().themeProperty().get());
    }

    private final Region header;
    private final Region status;
    private boolean wallboard;
    private final QueueRotation rotation;

    /** Whether the window shows the wallboard: full screen, the chosen tiles alone, queues in turn. */
    public boolean isWallboard() {
        return wallboard;
    }

    /** Switches the wallboard on or off (F11, the live floor's button; Esc leaves full screen and the wallboard). */
    public void toggleWallboard() {
        wallboard = !wallboard;
        javafx.stage.Stage stage = getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage st
                ? st : null;
        if (wallboard) {
            showSection(LIVE);
            setTop(wallboardHeader());
            setBottom(null);
            liveFloor.setWallboard(true);
            getStyleClass().add("wallboard-mode");
            rotation.start();
            if (stage != null) {
                stage.setFullScreenExitHint("");
                stage.setFullScreen(true);
                stage.fullScreenProperty().addListener(leaveWithFullScreen);
            }
        } else {
            rotation.stop();
            setTop(header);
            setBottom(status);
            liveFloor.setWallboard(false);
            getStyleClass().remove("wallboard-mode");
            if (stage != null) {
                stage.fullScreenProperty().removeListener(leaveWithFullScreen);
                stage.setFullScreen(false);
            }
        }
    }

    /** The running wallboard's rotation of the queues (its interval in seconds, 0 when it is not running). */
    public QueueRotation rotation() {
        return rotation;
    }

    private final javafx.beans.value.ChangeListener<Boolean> leaveWithFullScreen = (o, was, full) -> {
        if (!full && wallboard) {
            toggleWallboard();
        }
    };

    /** Shows the next queue the supervisor did not hide (the wallboard's rotation). */
    public void nextQueue() {
        List<QueueChoice> shown = model.queues().stream()
                .filter(q -> !model.layout().hiddenQueues().contains(q.id())).toList();
        if (shown.isEmpty()) {
            return;
        }
        int at = shown.indexOf(model.selectedProperty().get());
        model.selectedProperty().set(shown.get((at + 1) % shown.size()));
    }

    private Region wallboardHeader() {
        Label queue = new Label();
        queue.setId("wallboard-title");
        queue.getStyleClass().add("wallboard-title");
        queue.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.selectedProperty().get() == null ? "" : model.selectedProperty().get().name(),
                model.selectedProperty()));
        Label hint = new Label();
        hint.setId("wallboard-hint");
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("wallboard.next", model.layout().rotateSecondsProperty().get()),
                model.layout().rotateSecondsProperty()));
        hint.getStyleClass().add("site");
        Label connection = new Label();
        connection.getStyleClass().addAll("connection");
        connection.textProperty().bind(model.connectionTextProperty());
        styleConnection(connection, model.connectionProperty().get());
        model.connectionProperty().addListener((o, was, now) -> styleConnection(connection, now));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        queue.setMinWidth(Region.USE_PREF_SIZE);
        connection.setMinWidth(Region.USE_PREF_SIZE);
        Label day = new Label();
        day.getStyleClass().add("day");
        day.textProperty().bind(model.dayTextProperty());
        HBox box = new HBox(20, queue, hint, spacer, day, connection);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(10, 20, 0, 20));
        box.getStyleClass().add("wallboard-header");
        return box;
    }

    private void applyTheme(String theme) {
        boolean light = "light".equals(theme);
        getStyleClass().remove("light");
        if (light) {
            getStyleClass().add("light");
        }
        dashboard.setLight(light);
    }

    public DashboardView dashboard() {
        return dashboard;
    }

    /** The live floor screen: the tiles and, below them, the agent board and the call lists. */
    public LiveFloorView liveFloor() {
        return liveFloor;
    }

    /** The id of the screen shown. */
    public ReadOnlyStringProperty currentSectionProperty() {
        return currentSection.getReadOnlyProperty();
    }

    /**
     * A screen in the window's centre. It takes the room the window gives it: its minimum size is not worked out
     * from everything inside it at every layout pass (on the live floor, with tiles and the agent board changing
     * several times a second, that was a large share of the FX thread's time).
     */
    private static Node screen(Node n) {
        BorderPane.setMargin(n, new Insets(10));
        if (n instanceof javafx.scene.layout.Region r) {
            r.setMinSize(0, 0);
        }
        return n;
    }

    /** The ids of the screens, in the switcher's order (for {@code --open}). */
    public List<String> sectionIds() {
        return sections.stream().map(Section::id).toList();
    }

    /** Shows the screen with that id (building it the first time); false when there is none. */
    public boolean showSection(String id) {
        for (Section s : sections) {
            if (s.id().equals(id)) {
                Node content = built.computeIfAbsent(id, k -> screen(s.content().get()));
                setCenter(content);
                currentSection.set(id);
                queueBox.setVisible(LIVE.equals(id));
                queueBox.setManaged(LIVE.equals(id));
                for (Toggle t : sectionGroup.getToggles()) {
                    if (id.equals(t.getUserData()) && !t.isSelected()) {
                        t.setSelected(true);
                    }
                }
                return true;
            }
        }
        return false;
    }

    private Region sectionSwitcher() {
        sectionButtons.setId("section-selector");
        sectionButtons.setToggleGroup(sectionGroup);
        sectionButtons.getStyleClass().add(SegmentedButton.STYLE_CLASS_DARK);
        int n = 1;
        for (Section s : sections) {
            ToggleButton b = new ToggleButton(s.title());
            b.setId("section-" + s.id());
            b.setUserData(s.id());
            b.setToggleGroup(sectionGroup);
            b.setTooltip(new Tooltip(messages.get("section.shortcut", s.title(), n++)));
            sectionButtons.getButtons().add(b);
        }
        sectionGroup.selectToggle(sectionGroup.getToggles().get(0));
        sectionGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                if (was != null) {
                    sectionGroup.selectToggle(was);
                }
                return;
            }
            showSection((String) now.getUserData());
        });
        return sectionButtons;
    }

    private Region header() {
        Label logo = new Label(messages.get("app.title"));
        logo.setId("logo");
        logo.getStyleClass().add("logo");
        Label site = new Label();
        site.setId("site");
        site.getStyleClass().add("site");
        site.textProperty().bind(model.siteTextProperty());
        Label day = new Label();
        day.setId("day");
        day.getStyleClass().add("day");
        day.textProperty().bind(model.dayTextProperty());
        VBox titleBox = new VBox(0, logo, site);

        queueButtons.setId("queue-selector");
        queueButtons.setToggleGroup(queueGroup);
        queueButtons.getStyleClass().add(SegmentedButton.STYLE_CLASS_DARK);
        rebuildQueueButtons();
        model.queues().addListener((ListChangeListener<QueueChoice>) c -> rebuildQueueButtons());
        model.layout().hiddenQueues().addListener((javafx.collections.SetChangeListener<String>) c -> {
            QueueChoice now = model.selectedProperty().get();
            if (now != null && model.layout().hiddenQueues().contains(now.id())) {
                model.select(io.floorview.domain.kpi.FloorSnapshot.ALL_QUEUES); // a hidden queue is not shown
            }
            rebuildQueueButtons();
        });
        model.selectedProperty().addListener((o, was, now) -> selectButton(now));
        queueGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // a segmented button must keep a selection: clicking the selected one again keeps it
                if (was != null) {
                    queueGroup.selectToggle(was);
                }
                return;
            }
            model.selectedProperty().set((QueueChoice) now.getUserData());
        });
        Label queueLabel = new Label(messages.get("queue.label"));
        queueLabel.getStyleClass().add("header-label");
        queueLabel.setLabelFor(queueButtons);

        Label connection = new Label();
        connection.setId("connection");
        connection.getStyleClass().add("connection");
        connection.textProperty().bind(model.connectionTextProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.connectionDetailProperty());
        connection.setTooltip(tip);
        model.connectionProperty().addListener((o, was, now) -> styleConnection(connection, now));
        styleConnection(connection, model.connectionProperty().get());

        queueBox = new HBox(8, queueLabel, queueButtons);
        queueBox.setAlignment(Pos.CENTER_LEFT);
        queueBox.setId("queue-box");
        queueBox.setMinWidth(Region.USE_PREF_SIZE);
        Region sections = sectionSwitcher();
        sections.setMinWidth(Region.USE_PREF_SIZE);
        // the screens and the queues wrap onto a second line rather than cut their names (long in Russian, say)
        javafx.scene.layout.FlowPane nav = new javafx.scene.layout.FlowPane(16, 6, sections, queueBox);
        nav.setId("header-nav");
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.setPrefWrapLength(400);
        HBox.setHgrow(nav, Priority.ALWAYS);
        titleBox.setMinWidth(Region.USE_PREF_SIZE);
        connection.setMinWidth(Region.USE_PREF_SIZE);
        day.setMinWidth(0);
        HBox header = new HBox(16, titleBox, nav, day, connection);
        header.setId("header");
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 14, 10, 14));
        return header;
    }

    private static void styleConnection(Label l, FeedStatus.State state) {
        l.getStyleClass().removeIf(c -> c.startsWith("connection-"));
        l.getStyleClass().add("connection-" + state.name().toLowerCase(Locale.ROOT));
    }

    private void rebuildQueueButtons() {
        queueButtons.getButtons().clear();
        for (QueueChoice q : model.queues()) {
            if (model.layout().hiddenQueues().contains(q.id())) {
                continue;
            }
            ToggleButton b = new ToggleButton(q.name());
            b.setId("queue-" + (q.id().equals("*") ? "all" : q.id()));
            b.setUserData(q);
            b.setToggleGroup(queueGroup);
            b.setFocusTraversable(true);
            queueButtons.getButtons().add(b);
        }
        selectButton(model.selectedProperty().get());
    }

    private void selectButton(QueueChoice q) {
        for (var b : queueButtons.getButtons()) {
            if (b.getUserData() != null && b.getUserData().equals(q)) {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                return;
            }
        }
    }

    private void shortcut(KeyEvent e) {
        if (e.getCode() == KeyCode.F11) {
            toggleWallboard();
            e.consume();
            return;
        }
        if (!e.getCode().isDigitKey() || !(e.isAltDown() ^ e.isShortcutDown())) {
            return;
        }
        int n = e.getCode().getCode() - KeyCode.DIGIT0.getCode();
        if (e.getCode().isKeypadKey()) {
            n = e.getCode().getCode() - KeyCode.NUMPAD0.getCode();
        }
        if (e.isShortcutDown()) {
            if (n >= 1 && n <= sections.size()) {
                showSection(sections.get(n - 1).id());
                e.consume();
            }
            return;
        }
        if (!LIVE.equals(currentSection.get())) {
            return;
        }
        if (n >= 0 && n < model.queues().size()) {
            model.selectedProperty().set(model.queues().get(n));
            e.consume();
        }
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(model.statusTextProperty());
        model.rebuildProgressProperty().addListener((o, was, now) -> bar.setProgress(now < 0 ? 0 : now));
        Label detail = new Label();
        detail.setId("connection-detail");
        detail.textProperty().bind(model.connectionDetailProperty());
        bar.getRightItems().add(detail);
        return bar;
    }
}
