package io.floorview.ui.qa;

import io.floorview.domain.qa.AnswerOption;
import io.floorview.domain.qa.Criticality;
import io.floorview.domain.qa.InvalidScorecardException;
import io.floorview.domain.qa.Problem;
import io.floorview.domain.qa.Question;
import io.floorview.domain.qa.QuestionType;
import io.floorview.domain.qa.Scorecard;
import io.floorview.domain.qa.ScorecardRef;
import io.floorview.domain.qa.ScorecardStatus;
import io.floorview.domain.qa.ScorecardValidator;
import io.floorview.domain.qa.Section;
import io.floorview.service.qa.QaExchange;
import io.floorview.service.qa.QaService;
import io.floorview.service.qa.format.QaFormatException;
import io.floorview.domain.qa.ScorecardSummary;
import io.floorview.ui.common.UiExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scorecard editor's state: the list of scorecard versions, the version open (an immutable
 * {@link Scorecard}, replaced on every edit), its problems ({@link ScorecardValidator}, recomputed on every
 * edit) and a status line. Verbs run on the {@link UiExecutor}; one verb is one transaction of the service.
 * No nodes here; texts come through {@link QaTexts}.
 */
public final class ScorecardEditorModel {

    private final QaService qa;
    private final QaExchange exchange;
    private final UiExecutor executor;
    private final QaTexts texts;

    private final ObservableList<ScorecardSummary> summaries = FXCollections.observableArrayList();
    private final ObjectProperty<Scorecard> scorecard = new SimpleObjectProperty<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty editable = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty();
    /** Bumped when sections, questions or options are added, removed or retyped: the form is rebuilt. */
    private final ObjectProperty<Object> structure = new SimpleObjectProperty<>(new Object());

    public ScorecardEditorModel(QaService qa, QaExchange exchange, UiExecutor executor, QaTexts texts) {
        this.qa = qa;
        this.exchange = exchange;
        this.executor = executor;
        this.texts = texts;
    }

    public ObservableList<ScorecardSummary> summaries() {
        return summaries;
    }

    public ReadOnlyObjectProperty<Scorecard> scorecardProperty() {
        return scorecard;
    }

    public Scorecard scorecard() {
        return scorecard.get();
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError;
    }

    public ReadOnlyObjectProperty<Object> structureProperty() {
        return structure;
    }

    // ---- loading -------------------------------------------------------------------------------------

    public void refresh() {
        executor.submit(qa::scorecards, summaries::setAll, this::fail);
    }

    /** Opens a version; a draft opens for editing, the others read-only. */
    public void open(ScorecardRef ref) {
        executor.submit(() -> qa.scorecard(ref), sc -> show(sc, false), this::fail);
    }

    public void create(String name) {
        if (name == null || name.isBlank()) {
            say(texts.get("qa.editor.name-needed"), true);
            return;
        }
        executor.submit(() -> qa.createScorecard(name.strip()), sc -> {
            show(sc, false);
            say(texts.get("qa.editor.created", sc.name()), false);
            refresh();
        }, this::fail);
    }

    /** Opens the scorecard's draft, making one from the active version when it has none. */
    public void newDraft() {
        Scorecard sc = scorecard.get();
        if (sc == null) {
            return;
        }
        executor.submit(() -> qa.edit(sc.id()), d -> {
            show(d, false);
            say(texts.get("qa.editor.draft-opened", d.version()), false);
            refresh();
        }, this::fail);
    }

    // ---- edits -------------------------------------------------------------------------------------------

    /** A text or number edit: the form stays, the problems are recomputed. */
    public void edit(UnaryOperator<Scorecard> change) {
        apply(change, false);
    }

    /** An edit that adds, removes or retypes something: the form is rebuilt. */
    public void reshape(UnaryOperator<Scorecard> change) {
        apply(change, true);
    }

    private void apply(UnaryOperator<Scorecard> change, boolean reshaped) {
        Scorecard sc = scorecard.get();
        if (sc == null || !sc.editable()) {
            return;
        }
        scorecard.set(change.apply(sc));
        dirty.set(true);
        validate();
        if (reshaped) {
            structure.set(new Object());
        }
    }

    public void addSection() {
        reshape(sc -> sc.addSection(new Section(freshSectionId(sc), "", 0, List.of())));
    }

    public void removeSection(int s) {
        reshape(sc -> sc.removeSection(s));
    }

    public void addQuestion(int s) {
        reshape(sc -> sc.withSection(s, sc.sections().get(s).addQuestion(
                Question.yesNo(freshQuestionId(sc), "", 1)
                        .withOptions(List.of(AnswerOption.of("yes", texts.get("qa.editor.yes"), 1),
                                AnswerOption.of("no", texts.get("qa.editor.no"), 0))))));
    }

    public void removeQuestion(int s, int q) {
        reshape(sc -> sc.withSection(s, sc.sections().get(s).removeQuestion(q)));
    }

    public void setType(int s, int q, QuestionType type) {
        reshape(sc -> sc.withQuestion(s, q, question(sc, s, q).withType(type)));
    }

    public void setScale(int s, int q, int min, int max) {
        reshape(sc -> sc.withQuestion(s, q, question(sc, s, q).withScale(min, max)));
    }

    public void setCritical(int s, int q, Criticality c) {
        edit(sc -> sc.withQuestion(s, q, question(sc, s, q).withCritical(c)));
    }

    public void addOption(int s, int q) {
        reshape(sc -> {
            Question question = question(sc, s, q);
            Set<String> ids = new HashSet<>();
            question.options().forEach(o -> ids.add(o.id()));
            int n = question.options().size() + 1;
            while (ids.contains("o" + n)) {
                n++;
            }
            return sc.withQuestion(s, q, question.addOption(AnswerOption.of("o" + n, "", 0)));
        });
    }

    public void removeOption(int s, int q, int o) {
        reshape(sc -> sc.withQuestion(s, q, question(sc, s, q).removeOption(o)));
    }

    public void editOption(int s, int q, int o, UnaryOperator<AnswerOption> change) {
        edit(sc -> {
            Question question = question(sc, s, q);
            return sc.withQuestion(s, q, question.withOption(o, change.apply(question.options().get(o))));
        });
    }

    public void editQuestion(int s, int q, UnaryOperator<Question> change) {
        edit(sc -> sc.withQuestion(s, q, change.apply(question(sc, s, q))));
    }

    public void editSection(int s, UnaryOperator<Section> change) {
        edit(sc -> sc.withSection(s, change.apply(sc.sections().get(s))));
    }

    // ---- saving and the life of a version ----------------------------------------------------------------

    /** Saves the draft as it is, problems and all (one transaction). */
    public void save() {
        Scorecard sc = scorecard.get();
        if (sc == null || !sc.editable()) {
            return;
        }
        executor.submit(() -> qa.saveDraft(sc), saved -> {
            if (scorecard.get() == sc) {
                dirty.set(false);
            }
            say(problems.isEmpty() ? texts.get("qa.editor.saved", saved.version())
                    : texts.get("qa.editor.saved-with-problems", saved.version(), errorCount()), false);
            refresh();
        }, this::fail);
    }

    /** Saves and activates the draft; refused in place while it has errors. */
    public void activate() {
        Scorecard sc = scorecard.get();
        if (sc == null || !sc.editable()) {
            return;
        }
        if (errorCount() > 0) {
            say(texts.get("qa.editor.activate-blocked", errorCount()), true);
            return;
        }
        executor.submit(() -> {
            qa.saveDraft(sc);
            return qa.activate(sc.ref());
        }, active -> {
            show(active, false);
            say(texts.get("qa.editor.activated", active.version()), false);
            refresh();
        }, this::fail);
    }

    public void retire() {
        Scorecard sc = scorecard.get();
        if (sc == null || sc.status() != ScorecardStatus.ACTIVE) {
            return;
        }
        executor.submit(() -> qa.retire(sc.ref()), retired -> {
            show(retired, false);
            say(texts.get("qa.editor.retired", retired.version()), false);
            refresh();
        }, this::fail);
    }

    public void importFrom(Path file) {
        executor.submit(() -> {
            try {
                return exchange.importScorecard(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (QaFormatException e) {
                throw new IllegalArgumentException(texts.get("qa.editor.import-bad", file.getFileName(),
                        e.getMessage()), e);
            }
        }, sc -> {
            show(sc, false);
            say(texts.get("qa.editor.imported", sc.name(), sc.version()), false);
            refresh();
        }, this::fail);
    }

    public void exportTo(Path file) {
        Scorecard sc = scorecard.get();
        if (sc == null) {
            return;
        }
        boolean unsaved = dirty.get();
        executor.submit(() -> {
            try {
                Files.writeString(file, exchange.exportScorecard(sc.ref()), StandardCharsets.UTF_8);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, f -> say(texts.get(unsaved ? "qa.editor.exported-saved-version" : "qa.editor.exported",
                f.getFileName()), false), this::fail);
    }

    public int errorCount() {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    /** The sum of the section weights, for the editor's weight line. */
    public double weightSum() {
        Scorecard sc = scorecard.get();
        return sc == null ? 0 : sc.sections().stream().mapToDouble(Section::weight)
                .filter(Double::isFinite).sum();
    }

    private void show(Scorecard sc, boolean keepDirty) {
        scorecard.set(sc);
        editable.set(sc.editable());
        dirty.set(keepDirty);
        validate();
        structure.set(new Object());
    }

    private void validate() {
        Scorecard sc = scorecard.get();
        problems.setAll(sc == null ? List.of() : ScorecardValidator.validate(sc));
    }

    private void fail(Throwable t) {
        if (t instanceof InvalidScorecardException invalid) {
            problems.setAll(invalid.problems());
        }
        Throwable cause = t instanceof UncheckedIOException u ? u.getCause() : t;
        say(texts.get("qa.failed", cause.getMessage()), true);
    }

    private void say(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    private static Question question(Scorecard sc, int s, int q) {
        return sc.sections().get(s).questions().get(q);
    }

    private static String freshSectionId(Scorecard sc) {
        Set<String> ids = new HashSet<>();
        sc.sections().forEach(x -> ids.add(x.id()));
        int n = sc.sections().size() + 1;
        while (ids.contains("s" + n)) {
            n++;
        }
        return "s" + n;
    }

    private static String freshQuestionId(Scorecard sc) {
        Set<String> ids = new HashSet<>();
        sc.questions().forEach(x -> ids.add(x.question().id()));
        int n = ids.size() + 1;
        while (ids.contains("q" + n)) {
            n++;
        }
        return "q" + n;
    }
}
