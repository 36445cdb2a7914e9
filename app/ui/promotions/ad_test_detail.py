"""One ad test: its name, the variants table, whether the variants are comparable, the result, what
was learned (总结) and what to optimise next (下一步优化), and the rounds of the loop it belongs to."""

from __future__ import annotations

import sqlite3
from string import ascii_uppercase

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from app import i18n
from app.core import ad_tests as at
from app.core.errors import UserError
from app.core.festivals import join_names
from app.ui.promotions.ad_test_badge import (
    NO_DATA, NO_EVIDENCE, NOT_COMPARABLE, WINNER, VerdictBadge, style_sheet, summary_text, verdict,
)
from app.ui.promotions.ad_test_model import COLUMNS, FIRST_RESULT, VariantsModel, VariantsView
from app.ui.promotions.ad_test_widgets import NoteEdit, button_bar, column, heading
from app.ui.widgets.common import ui_lang

ID = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #b00020"


class AdTestDetail(QWidget):
    changed = Signal(object)  # the AdTest after its name, notes or variants changed
    open_test = Signal(str)  # a round of the loop was clicked
    undoable = Signal(str, object)  # what was done, and a callable that undoes it (returns the test id to show)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.store = None
        self.test: at.AdTest | None = None
        self.edtName = QLineEdit()
        self.edtName.setMaxLength(at.MAX_LABEL * 2)
        self.edtName.setPlaceholderText(self.tr("For example: display ad main image, round 1: creative"))
        self.edtName.editingFinished.connect(self._save_name)
        self.lblPlan = QLabel()
        self.lblPlan.setWordWrap(True)
        self.lblPlan.setStyleSheet("color: #555")
        self.lblBanner = QLabel()
        self.lblBanner.setWordWrap(True)
        self.model = VariantsModel(self)
        self.model.edited.connect(self._edited)
        self.model.failed.connect(self.show_error)
        self.tblVariables = VariantsView(range(1, FIRST_RESULT))
        self.tblResults = VariantsView(range(FIRST_RESULT, len(COLUMNS)))
        for view in (self.tblVariables, self.tblResults):
            view.setModel(self.model)
        self.tblResults.setSelectionModel(self.tblVariables.selectionModel())
        self.lblError = QLabel()
        self.lblError.setWordWrap(True)
        self.lblError.setStyleSheet(ERROR_STYLE)
        self.lblError.hide()
        self.lblVerdict = VerdictBadge()
        self.lblSummary = QLabel()
        self.lblSummary.setWordWrap(True)
        self.lblSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edtSummary = NoteEdit(self.tr("What did this test show? For example: the scene image gets clearly "
                                           "more clicks."))
        self.edtNextStep = NoteEdit(self.tr("What will you optimise and test next? Change one variable only."))
        for edit in (self.edtSummary, self.edtNextStep):
            edit.finished.connect(self.save_notes)
        self.lstHistory = QListWidget()
        self.lstHistory.setToolTip(self.tr("The rounds of this test: earlier rounds, this one, the follow-ups. "
                                           "Click one to open it."))
        self.lstHistory.setWordWrap(True)
        self.lstHistory.setResizeMode(QListView.ResizeMode.Adjust)
        self.lstHistory.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lstHistory.itemClicked.connect(self._history_clicked)
        self.lstHistory.itemActivated.connect(self._history_clicked)
        self.lblHistoryHint = QLabel(self.tr("No other rounds yet: “Follow-up test” starts the next one."))
        self.lblHistoryHint.setWordWrap(True)
        self.lblHistoryHint.setStyleSheet("color: #555")
        self._build_actions()
        self._build_layout()

    def _build_actions(self) -> None:
        self.actAddVariant = QAction(self.tr("Add variant"), self)
        self.actAddVariant.setShortcut(QKeySequence("Ins"))
        self.actAddVariant.setToolTip(self.tr("Add a variant that copies the last one's variables (Ins)"))
        self.actAddVariant.triggered.connect(self.add_variant)
        self.actDeleteVariant = QAction(self.tr("Delete variant"), self)
        self.actDeleteVariant.setShortcut(QKeySequence("Del"))
        self.actDeleteVariant.setToolTip(self.tr("Delete the selected variant (Del; Ctrl+Z undoes it)"))
        self.actDeleteVariant.triggered.connect(self.delete_variant)
        for action in (self.actAddVariant, self.actDeleteVariant):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tblVariables.addAction(action)
            self.tblResults.addAction(action)

    def _build_layout(self) -> None:
        name = QHBoxLayout()
        name.addWidget(heading(self.tr("Test")))
        name.addWidget(self.edtName, 1)
        actions = (self.actAddVariant, self.actDeleteVariant)
        buttons = QHBoxLayout()
        buttons.addWidget(bar := button_bar(actions))
        self.btnAddVariant, self.btnDeleteVariant = (bar.widgetForAction(a) for a in actions)
        buttons.addWidget(self.lblError, 10)
        buttons.addStretch(1)
        result = QHBoxLayout()
        result.addWidget(self.lblVerdict, 0, Qt.AlignmentFlag.AlignTop)
        result.addWidget(self.lblSummary, 1)
        notes = QHBoxLayout()
        for title, widget, extra in ((self.tr("Summary"), self.edtSummary, None),
                                     (self.tr("Next step to optimise"), self.edtNextStep, None),
                                     (self.tr("Rounds of this test"), self.lstHistory, self.lblHistoryHint)):
            notes.addWidget(column(heading(title), widget, extra, grow=widget), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(name)
        layout.addWidget(self.lblPlan)
        layout.addWidget(self.lblBanner)
        layout.addWidget(self.tblVariables)
        layout.addWidget(self.tblResults)
        layout.addLayout(buttons)
        layout.addLayout(result)
        layout.addLayout(notes, 1)

    # -- showing a test ------------------------------------------------------------------
    def set_test(self, store, test: at.AdTest | None) -> None:
        if self.test is not None and (test is None or test.id != self.test.id or store is not self.store):
            self.flush()
        self.store, self.test = store, test
        self.lblError.hide()
        self.model.load(store, test)
        self.edtName.setText(test.name if test else "")
        self.edtSummary.set_text(test.summary if test else "")
        self.edtNextStep.set_text(test.next_step if test else "")
        self.fit_tables()
        self.refresh()

    def fit_tables(self) -> None:
        for view in (self.tblVariables, self.tblResults):
            view.fit()

    def refresh(self) -> None:
        """The banner, the result, the previous round's plan and the loop, for the test as it is now."""
        summary, test = self.model.summary, self.test
        self.actDeleteVariant.setEnabled(bool(test and test.variants))
        self.actAddVariant.setEnabled(test is not None)
        if summary is None or test is None:
            return
        self._show_banner(summary)
        key = verdict(summary)
        self.lblVerdict.set_verdict(key)
        self.lblSummary.setText(self.tr("No result: a winner is named only when the variants differ in one "
                                        "variable.") if key == NOT_COMPARABLE else summary_text(summary))
        self._show_history()

    def _show_banner(self, summary: at.Summary) -> None:
        comp = summary.comparability
        if len(self.test.variants) < 2:
            key, text = NO_DATA, self.tr("Add a second variant: it copies this one, then change one variable.")
        elif not comp.comparable:
            key, text = NOT_COMPARABLE, summary_text(summary)
        elif not comp.varied:
            key, text = NO_EVIDENCE, self.tr("The variants are the same in every variable: change one variable "
                                             "(for example the creative) to test it.")
        else:
            names = join_names([at.VARIABLES[v] for v in comp.varied], self.lang)
            key, text = WINNER, self.tr("Comparable: only {variable} was changed").format(variable=names)
        self.lblBanner.setText(text)
        self.lblBanner.setStyleSheet(style_sheet(key))

    def _show_history(self) -> None:
        chain = at.history(self.store, self.test.id)
        rounds: dict[str, int] = {}
        self.lstHistory.clear()
        for test in chain:
            known = test.parent_test_id in rounds
            rounds[test.id] = rounds[test.parent_test_id] + 1 if known else max(rounds.values(), default=-1) + 1
            name = self.lblVerdict.names[verdict(at.summarise(test, self.lang))]
            text = self.tr("Round {n}: {name}  ·  {verdict}").format(n=rounds[test.id] + 1, name=test.name,
                                                                    verdict=name)
            item = QListWidgetItem(("▶ " if test.id == self.test.id else "") + text)
            item.setData(ID, test.id)
            item.setToolTip(self.tr("Summary: {summary}\nNext step: {next_step}").format(
                summary=test.summary or "—", next_step=test.next_step or "—"))
            if test.id == self.test.id:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.lstHistory.addItem(item)
        self.lblHistoryHint.setVisible(len(chain) < 2)
        parent = next((t for t in chain if t.id == self.test.parent_test_id), None)
        self.lblPlan.setText(self.tr("Planned in the previous round: {next_step}").format(next_step=parent.next_step)
                             if parent and parent.next_step else "")
        self.lblPlan.setVisible(bool(parent and parent.next_step))

    def _history_clicked(self, item: QListWidgetItem) -> None:
        test_id = item.data(ID)
        if test_id and self.test and test_id != self.test.id:
            self.open_test.emit(test_id)

    def show_error(self, text: str) -> None:
        self.lblError.setText(text)
        self.lblError.show()

    # -- editing -------------------------------------------------------------------------
    def _edited(self, test: at.AdTest) -> None:
        added_or_removed = self.test is None or len(test.variants) != len(self.test.variants)
        self.test = test
        if added_or_removed:
            self.fit_tables()
        self.lblError.hide()
        self.refresh()
        self.changed.emit(test)

    def _update(self, **changes) -> bool:
        try:
            test = at.update_test(self.store, self.test.id, **changes)
        except UserError as err:
            self.show_error(i18n.error_text(err))
            return False
        self.model.test = test
        self._edited(test)
        return True

    def _save_name(self) -> None:
        if self.test is None or self.edtName.text().strip() == self.test.name:
            return
        if not self._update(name=self.edtName.text()):
            self.edtName.setText(self.test.name)

    def save_notes(self) -> None:
        if self.test is None:
            return
        changes = {field: edit.toPlainText() for field, edit in (("summary", self.edtSummary),
                                                                 ("next_step", self.edtNextStep))
                   if edit.toPlainText().strip() != getattr(self.test, field)}
        if changes:
            self._update(**changes)

    def flush(self) -> None:
        """Save what is still waiting (typed notes, the name) before another test or database is shown."""
        try:
            self._save_name()
            self.save_notes()
        except sqlite3.ProgrammingError:  # the database was closed under us: nothing left to save to
            pass

    def add_variant(self) -> None:
        if self.test is None:
            return
        used = {v.label for v in self.test.variants}
        label = next((c for c in ascii_uppercase if c not in used), str(len(used) + 1))
        last = self.test.variants[-1] if self.test.variants else None
        try:
            at.add_variant(self.store, self.test.id, label=label, variables=last.variables if last else None)
        except UserError as err:
            self.show_error(i18n.error_text(err))
            return
        self.model.reread()
        index = self.model.index(self.model.rowCount() - 1, 1)
        self.tblVariables.setCurrentIndex(index)
        self.tblVariables.setFocus()

    def delete_variant(self) -> None:
        index = self.tblVariables.currentIndex()
        if self.test is None or not self.test.variants:
            return
        variant = self.test.variants[index.row() if index.isValid() else -1]
        try:
            at.delete_variant(self.store, variant.id)
        except UserError as err:
            self.show_error(i18n.error_text(err))
            return
        self.model.reread()

        def undo() -> str:  # core keeps deleted variants in the trash; this adds the same one back, last
            at.add_variant(self.store, variant.test_id, label=variant.label, variables=variant.variables,
                           **{name: getattr(variant, name) for name in at.RESULTS})
            return variant.test_id
        self.undoable.emit(self.tr("Deleted the variant “{label}”.").format(label=variant.label), undo)
