"""One affiliate's follow-up log (跟进记录), embedded in the register's detail pane.

Open planned follow-ups come first, their due date coloured like a CRM (overdue red, today
yellow, later green), then the logged contacts newest first. 记录跟进 (Ctrl+L) logs a contact;
完成并安排下次 completes the selected planned one and plans the next; double-click does the
sensible one of the two (complete a planned entry, edit a logged one). Delete has an undo line.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from app.core import follow_ups as fu
from app.core.affiliate_codes import CONTACT_CHANNELS, FOLLOW_UP_KINDS
from app.core.errors import UserError
from app.core.records import pick
from app.ui.affiliates.follow_up_dialog import FollowUpDialog
from app.ui.widgets.common import show_error, trigger_shortcut, ui_lang
from app.ui.widgets.undo_notice import UndoNotice

# due_state -> (background, text): the CRM colours, light enough to read black-ish text on.
DUE_COLORS = {"overdue": (QColor("#fbd5d5"), QColor("#b71c1c")),
              "today": (QColor("#fff1b8"), QColor("#7a5600")),
              "future": (QColor("#d9f2dc"), QColor("#1b5e20"))}
HISTORY_LIMIT = 500  # per affiliate; years of weekly contacts


def paint_due(item: QTableWidgetItem, state: str | None) -> None:
    """Colour a cell by ``follow_ups.due_state``; None leaves it plain."""
    if state in DUE_COLORS:
        background, text = DUE_COLORS[state]
        item.setBackground(QBrush(background))
        item.setForeground(QBrush(text))


def due_tooltip(state: str | None, due: date, today: date) -> str:
    if state == "overdue":
        return QCoreApplication.translate("FollowUpLog", "Overdue by {days} days").format(
            days=(today - due).days)
    if state == "today":
        return QCoreApplication.translate("FollowUpLog", "Due today")
    if state is None:
        return ""
    return QCoreApplication.translate("FollowUpLog", "Due in {days} days").format(days=(due - today).days)


def add_action(widget: QWidget, text: str, key: str | None, slot) -> QAction:
    action = QAction(text, widget)
    if key:
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)
    return action


def action_button(action: QAction) -> QPushButton:
    button = QPushButton(action.text())
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    text = action.text().replace("&&", "&")
    button.setToolTip(f"{text} ({key})" if key else text)
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    return button


class FollowUpLog(QWidget):
    changed = Signal()  # after any write: the register refreshes the affiliate's due date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.affiliate_id: str | None = None
        self.lang = ui_lang()
        self.entries: list[fu.FollowUp] = []

        self.actLog = add_action(self, self.tr("Log follow-up"), "Ctrl+L", self.log)
        self.actComplete = add_action(self, self.tr("Done && schedule next"), "Ctrl+Shift+L", self.complete_selected)
        self.actEdit = add_action(self, self.tr("Edit"), None, self.edit_selected)
        self.actDelete = add_action(self, self.tr("Delete"), "Del", self.delete_selected)
        self.btnLog, self.btnComplete, self.btnEdit, self.btnDelete = (
            action_button(a) for a in (self.actLog, self.actComplete, self.actEdit, self.actDelete))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.lblTitle = QLabel(self.tr("Follow-ups"))
        bar.addWidget(self.lblTitle)
        bar.addStretch(1)
        for button in (self.btnLog, self.btnComplete, self.btnEdit, self.btnDelete):
            bar.addWidget(button)

        headers = (self.tr("When / due"), self.tr("Staff"), self.tr("Channel"), self.tr("Kind"),
                   self.tr("What was said"), self.tr("Outcome"))
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._activate(row))
        self.lblEmpty = QLabel(self.tr("No follow-ups yet. Log the first contact with Ctrl+L."))
        self.lblEmpty.setStyleSheet("color:#666")
        self.undo = UndoNotice(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.lblEmpty)
        layout.addWidget(self.undo)
        self.reload()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not trigger_shortcut(self, event):  # the keys work wherever the focus is in the log
            super().keyPressEvent(event)

    # -- data ----------------------------------------------------------------------------
    def set_store(self, store) -> None:
        self.store = store
        self.undo.clear()
        self.reload()

    def set_affiliate(self, affiliate_id: str | None) -> None:
        if affiliate_id != self.affiliate_id:
            self.undo.clear()
        self.affiliate_id = affiliate_id
        self.reload()

    def reload(self) -> None:
        ready = self.store is not None and self.affiliate_id is not None
        self.entries = fu.history(self.store, self.affiliate_id, limit=HISTORY_LIMIT) if ready else []
        today = date.today()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            if entry.is_open:
                when = self.tr("Due {date}").format(date=entry.due_on.isoformat())
                channel, outcome = self.tr("(planned)"), ""
            else:
                when = entry.done_at.replace("T", " ")[:16]
                channel = pick(CONTACT_CHANNELS.get(entry.channel, (entry.channel,) * 2), self.lang)
                outcome = entry.outcome
            kind = pick(FOLLOW_UP_KINDS.get(entry.kind, (entry.kind,) * 2), self.lang)
            texts = (when, entry.staff, channel, kind, entry.content.replace("\n", " "), outcome)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setToolTip(entry.content)
                self.table.setItem(row, column, item)
            if entry.is_open:
                state = fu.due_state(entry.due_on, today)
                paint_due(self.table.item(row, 0), state)
                self.table.item(row, 0).setToolTip(due_tooltip(state, entry.due_on, today))
        self.table.setVisible(bool(self.entries))
        self.lblEmpty.setVisible(ready and not self.entries)
        self.actLog.setEnabled(ready)
        self._update_actions()

    def selected(self) -> fu.FollowUp | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_actions(self) -> None:
        entry = self.selected()
        self.actComplete.setEnabled(entry is not None and entry.is_open)
        self.actEdit.setEnabled(entry is not None)
        self.actDelete.setEnabled(entry is not None)
        for action, button in ((self.actLog, self.btnLog), (self.actComplete, self.btnComplete),
                               (self.actEdit, self.btnEdit), (self.actDelete, self.btnDelete)):
            button.setEnabled(action.isEnabled())

    # -- actions -------------------------------------------------------------------------
    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()

    def _activate(self, row: int) -> None:
        self.select_row(row)
        entry = self.selected()
        if entry is not None:
            (self.complete_selected if entry.is_open else self.edit_selected)()

    def log(self) -> None:
        if self.store is None or self.affiliate_id is None:
            return
        if self._dialog() is not None:
            self.undo.clear()  # a new entry: the last deletion stays in the trash
            self._after_write()

    def complete_selected(self) -> None:
        entry = self.selected()
        if entry is not None and entry.is_open and self._dialog(complete=entry) is not None:
            self._after_write()

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is not None and self._dialog(editing=entry) is not None:
            self._after_write()

    def _dialog(self, **kwargs) -> str | None:
        try:
            return FollowUpDialog.log(self.store, self.affiliate_id, self, **kwargs)
        except UserError as err:  # the affiliate was deleted meanwhile (another PC)
            show_error(self, err)
            return None

    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            fu.delete_follow_up(self.store, entry.id)
        except UserError as err:
            show_error(self, err)
            return
        what = entry.content[:20] or pick(FOLLOW_UP_KINDS.get(entry.kind, ("", "")), self.lang)
        self.undo.push(self.tr("Deleted follow-up “{what}”").format(what=what), lambda: self._restore(entry.id))
        self._after_write()

    def _restore(self, follow_up_id: str) -> None:
        fu.restore_follow_up(self.store, follow_up_id)
        self._after_write()
