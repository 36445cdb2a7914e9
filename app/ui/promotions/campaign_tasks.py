"""The selected campaign's tasks: the Gantt chart above, the table that edits them below
(任务, 负责人, 开始, 截止日期, 已完成), with add, delete (undone with Ctrl+Z) and move up/down.
Every edit is saved at once; a bad one is explained and the row shows what is stored."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QHBoxLayout, QHeaderView, QSplitter, QStyledItemDelegate, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.core import campaigns as cp
from app.core.errors import UserError
from app.ui.promotions.campaign_common import make_action, tool_buttons
from app.ui.promotions.gantt_view import STATE_COLORS, GanttView, row_state
from app.ui.settings import staff_name
from app.ui.widgets.common import show_error

TITLE, OWNER, START, DUE, DONE = range(5)
FIELDS = {TITLE: "title", OWNER: "owner", START: "start_date", DUE: "due_date"}
ID = Qt.ItemDataRole.UserRole


class DateDelegate(QStyledItemDelegate):
    """Dates as YYYY-MM-DD text, edited with a QDateEdit that has a calendar."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt's name
        editor.setDate(QDate.fromString(index.data(), "yyyy-MM-dd"))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt's name
        model.setData(index, editor.date().toString("yyyy-MM-dd"))


class TaskPanel(QWidget):
    changed = Signal()  # a task was added, edited, moved or deleted
    undoable = Signal(str, object)  # (what was done, a function that undoes it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.campaign_id: str | None = None
        self.gantt_view = GanttView()
        self.tblTasks = QTableWidget(0, 5)
        self.tblTasks.setHorizontalHeaderLabels([self.tr("Task"), self.tr("Owner"), self.tr("Start"),
                                                 self.tr("Due date"), self.tr("Done")])
        self.tblTasks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tblTasks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tblTasks.verticalHeader().hide()
        header = self.tblTasks.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (OWNER, START, DUE, DONE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.dates = DateDelegate(self.tblTasks)
        for column in (START, DUE):
            self.tblTasks.setItemDelegateForColumn(column, self.dates)
        self.tblTasks.itemChanged.connect(self._item_changed)
        self.tblTasks.itemSelectionChanged.connect(self._update_buttons)

        keys = {"widgets": [self.tblTasks], "context": Qt.ShortcutContext.WidgetShortcut}
        self.actAddTask = make_action(self.tr("Add task"), self.tr("Add a task to this campaign"), "Ins",
                                      self.add_task, **keys)
        self.actDeleteTask = make_action(self.tr("Delete task"), self.tr(
            "Move the task to the trash (Ctrl+Z undoes it)"), "Del", self.delete_task, **keys)
        self.actUp = make_action(self.tr("Up"), self.tr("Move the task up"), "Alt+Up", lambda: self.move_task(-1),
                                 **keys)
        self.actDown = make_action(self.tr("Down"), self.tr("Move the task down"), "Alt+Down",
                                   lambda: self.move_task(1), **keys)
        buttons = QHBoxLayout()
        for button in tool_buttons(self.tblTasks.actions()):
            buttons.addWidget(button)
        buttons.addStretch(1)
        table = QWidget()
        table_layout = QVBoxLayout(table)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.tblTasks, 1)
        table_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.gantt_view)
        splitter.addWidget(table)
        splitter.setSizes([220, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_campaign(self, store, campaign_id: str | None) -> None:
        self.store, self.campaign_id = store, campaign_id
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        select_id = select_id or self.current_task_id()
        gantt = cp.gantt(self.store, self.campaign_id, today=date.today()) if self.campaign_id else None
        self.gantt_view.set_gantt(gantt)
        rows = gantt.rows if gantt else []
        self.tblTasks.blockSignals(True)
        self.tblTasks.setRowCount(len(rows))
        for n, row in enumerate(rows):
            self._fill_row(n, row)
        self.tblTasks.blockSignals(False)
        ids = [row.task.id for row in rows]
        if select_id in ids:
            self.tblTasks.selectRow(ids.index(select_id))
        self.actAddTask.setEnabled(self.campaign_id is not None)
        self._update_buttons()

    def _fill_row(self, n: int, row) -> None:
        """Show a task in row ``n``, updating the row's items in place (an edit's item stays alive)."""
        task, state = row.task, row_state(row)
        cells = {TITLE: task.title, OWNER: task.owner, START: task.start_date.isoformat(),
                 DUE: task.due_date.isoformat(), DONE: ""}
        for column, text in cells.items():
            item = self.tblTasks.item(n, column)
            if item is None:
                item = QTableWidgetItem()
                self.tblTasks.setItem(n, column, item)
            item.setText(text)
            item.setData(ID, task.id)
            if column == DONE:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked)
            item.setForeground(STATE_COLORS[state] if column in (TITLE, DUE) and state != "open"
                               else self.tblTasks.palette().text().color())
            font = item.font()
            font.setStrikeOut(column == TITLE and task.done)
            item.setFont(font)

    def current_task_id(self) -> str | None:
        items = self.tblTasks.selectedItems()
        return items[0].data(ID) if items else None

    def _update_buttons(self) -> None:
        row = self.tblTasks.currentRow() if self.current_task_id() else -1
        self.actDeleteTask.setEnabled(row >= 0)
        self.actUp.setEnabled(row > 0)
        self.actDown.setEnabled(0 <= row < self.tblTasks.rowCount() - 1)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        task_id, column = item.data(ID), item.column()
        if column == DONE:
            changes = {"done": item.checkState() == Qt.CheckState.Checked}
        else:
            changes = {FIELDS[column]: item.text()}
        self._save(lambda: cp.update_task(self.store, task_id, **changes), task_id)

    def _save(self, action, select_id: str | None = None) -> bool:
        try:
            action()
        except UserError as err:
            show_error(self, err)
            self.reload(select_id)
            return False
        self.reload(select_id)
        self.changed.emit()
        return True

    def add_task(self) -> None:
        if self.campaign_id is None:
            return
        campaign = cp.get_campaign(self.store, self.campaign_id)
        due = max(date.today(), campaign.start_date - timedelta(days=1))
        added = []
        if self._save(lambda: added.append(cp.add_task(self.store, self.campaign_id, title=self.tr("New task"),
                                                       owner=staff_name(), start_date=due, due_date=due))):
            self.reload(added[0].id)
            row = self.tblTasks.currentRow()
            self.tblTasks.setFocus()
            self.tblTasks.editItem(self.tblTasks.item(row, TITLE))

    def delete_task(self) -> None:
        task_id = self.current_task_id()
        if task_id is None:
            return
        title = self.tblTasks.item(self.tblTasks.currentRow(), TITLE).text()
        if self._save(lambda: cp.delete_task(self.store, task_id)):
            campaign_id = self.campaign_id

            def undo() -> None:
                cp.restore_task(self.store, task_id)
                if self.campaign_id == campaign_id:
                    self.reload(task_id)
                self.changed.emit()
            self.undoable.emit(self.tr("Moved the task “{title}” to the trash.").format(title=title), undo)

    def move_task(self, step: int) -> None:
        task_id = self.current_task_id()
        if task_id is not None:
            row = self.tblTasks.currentRow()
            self._save(lambda: cp.move_task(self.store, task_id, max(0, row + step)), task_id)
