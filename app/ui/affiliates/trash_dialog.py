"""回收站: deleted affiliates, restored with one click or deleted for good after a confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from app.core import affiliates as core
from app.core.affiliate_codes import KINDS
from app.core.records import pick
from app.ui.widgets.common import ui_lang

ID_ROLE = Qt.ItemDataRole.UserRole


class TrashDialog(QDialog):
    changed = Signal()  # something was restored or purged

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Affiliates in the trash"))
        self.resize(620, 420)
        self.tblTrash = QTableWidget(0, 4)
        self.tblTrash.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Nickname"), self.tr("Type"),
                                                 self.tr("Deleted")])
        self.tblTrash.verticalHeader().setVisible(False)
        self.tblTrash.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tblTrash.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tblTrash.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tblTrash.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.btnRestore = QPushButton(self.tr("Restore"))
        self.btnPurge = QPushButton(self.tr("Delete forever…"))
        self.btnEmpty = QPushButton(self.tr("Empty the trash…"))
        self.lblInfo = QLabel()
        self.btnRestore.clicked.connect(self.restore)
        self.btnPurge.clicked.connect(self.purge_selected)
        self.btnEmpty.clicked.connect(self.empty_trash)
        self.tblTrash.itemSelectionChanged.connect(self._update_buttons)
        self.tblTrash.doubleClicked.connect(lambda _index: self.restore())
        row = QHBoxLayout()
        for button in (self.btnRestore, self.btnPurge, self.btnEmpty):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tblTrash, 1)
        layout.addWidget(self.lblInfo)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        lang = ui_lang()
        items = core.list_trash(self.store)
        self.tblTrash.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (item.name, item.nickname, pick(KINDS.get(item.kind, KINDS["other"]), lang),
                     item.deleted_at.replace("T", " ")[:16])
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item.id)
                self.tblTrash.setItem(row, column, cell)
        self.lblInfo.setText(self.tr("{n} in the trash").format(n=len(items)) if items else
                             self.tr("The trash is empty."))
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.tblTrash.selectionModel().selectedRows()})
        return [self.tblTrash.item(row, 0).data(ID_ROLE) for row in rows]

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_ids())
        self.btnRestore.setEnabled(chosen)
        self.btnPurge.setEnabled(chosen)
        self.btnEmpty.setEnabled(self.tblTrash.rowCount() > 0)

    def restore(self) -> None:
        ids = self.selected_ids()
        if ids and core.restore_affiliates(self.store, ids):
            self.changed.emit()
        self.reload()

    def confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.windowTitle(), text) == QMessageBox.StandardButton.Yes

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.confirm(self.tr(
                "Delete {n} affiliates for good, with their follow-ups and other records? This cannot be "
                "undone.").format(n=len(ids))):
            core.purge(self.store, ids)
            self.changed.emit()
            self.reload()

    def empty_trash(self) -> None:
        count = self.tblTrash.rowCount()
        if count and self.confirm(self.tr(
                "Delete all {n} affiliates in the trash for good? This cannot be undone.").format(n=count)):
            core.purge(self.store)
            self.changed.emit()
            self.reload()
