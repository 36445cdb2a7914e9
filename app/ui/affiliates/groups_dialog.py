"""群管理: our QQ and WeChat groups that affiliates are in (add, rename, delete with undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from app.core import affiliates as core
from app.core.affiliate_codes import GROUP_KINDS
from app.core.errors import UserError
from app.core.records import pick
from app.ui.widgets.common import show_error, ui_lang
from app.ui.widgets.save_dialog import SaveDialog
from app.ui.widgets.undo_notice import UndoNotice

ID_ROLE = Qt.ItemDataRole.UserRole


class GroupForm(SaveDialog):
    def __init__(self, store, group: core.Group | None = None, parent=None) -> None:
        super().__init__(parent)
        self.store, self.group = store, group
        self.setWindowTitle(self.tr("Edit group") if group else self.tr("Add group"))
        self.edtName = QLineEdit(group.name if group else "")
        self.edtName.setPlaceholderText(self.tr("e.g. 淘客1群"))
        self.cmbKind = QComboBox()
        for code, names in GROUP_KINDS.items():
            self.cmbKind.addItem(pick(names, ui_lang()), code)
        self.cmbKind.setCurrentIndex(max(0, self.cmbKind.findData(group.kind if group else "qq")))
        self.edtNumber = QLineEdit(group.number if group else "")
        self.edtNotes = QLineEdit(group.notes if group else "")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.edtName)
        form.addRow(self.tr("&Kind:"), self.cmbKind)
        form.addRow(self.tr("Group n&umber:"), self.edtNumber)
        form.addRow(self.tr("N&otes:"), self.edtNotes)
        self.finish(form)

    def save(self) -> str:
        values = (self.edtName.text(), self.cmbKind.currentData(), self.edtNumber.text(), self.edtNotes.text())
        if self.group is None:
            return core.add_group(self.store, *values)
        core.update_group(self.store, self.group.id, *values)
        return self.group.id


class GroupsDialog(QDialog):
    changed = Signal()

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Our groups"))
        self.resize(560, 380)
        self.tblGroups = QTableWidget(0, 4)
        self.tblGroups.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Number"),
                                                  self.tr("Members")])
        self.tblGroups.verticalHeader().setVisible(False)
        self.tblGroups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tblGroups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tblGroups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tblGroups.horizontalHeader().setStretchLastSection(True)
        self.tblGroups.setColumnWidth(0, 200)
        self.btnAdd, self.btnEdit, self.btnDelete = (QPushButton(self.tr("Add…")), QPushButton(self.tr("Edit…")),
                                                     QPushButton(self.tr("Delete")))
        self.btnAdd.clicked.connect(self.add)
        self.btnEdit.clicked.connect(self.edit)
        self.btnDelete.clicked.connect(self.delete)
        self.tblGroups.doubleClicked.connect(lambda _index: self.edit())
        self.notice = UndoNotice()
        row = QHBoxLayout()
        for button in (self.btnAdd, self.btnEdit, self.btnDelete):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tblGroups, 1)
        layout.addWidget(self.notice)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.groups = core.list_groups(self.store)
        self.tblGroups.setRowCount(len(self.groups))
        for row, group in enumerate(self.groups):
            cells = (group.name, pick(GROUP_KINDS.get(group.kind, GROUP_KINDS["qq"]), ui_lang()), group.number,
                     str(group.members))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, group.id)
                self.tblGroups.setItem(row, column, item)

    def current(self) -> core.Group | None:
        row = self.tblGroups.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else None

    def add(self) -> None:
        if GroupForm.run(self, self.store):
            self._changed()

    def edit(self) -> None:
        group = self.current()
        if group and GroupForm.run(self, self.store, group):
            self._changed()

    def delete(self) -> None:
        group = self.current()
        if group is None:
            return
        try:
            core.delete_group(self.store, group.id)
        except UserError as err:
            show_error(self, err)
            return
        self.notice.push(self.tr("Deleted the group {name}").format(name=group.name),
                         lambda: (core.delete_group(self.store, group.id, restore=True), self._changed()))
        self._changed()

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

