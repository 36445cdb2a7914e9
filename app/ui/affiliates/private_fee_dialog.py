"""私下收费: an affiliate's records of fees asked for outside the platform's settlement, and a line
to add one. The register's detail pane opens it; ``was_changed`` tells it to refresh the warning."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from app import i18n
from app.core import private_fees as pf
from app.core.commissions import affiliate_name
from app.core.errors import UserError
from app.core.money import format_money
from app.ui.settings import staff_name
from app.ui.widgets.amount_edit import MoneyEdit
from app.ui.widgets.common import show_error
from app.ui.widgets.undo_notice import UndoNotice

RULE_STYLE = "color: #8a5a00; background: #fff1c7; padding: 6px"


class PrivateFeeDialog(QDialog):
    changed = Signal()  # a record was added, deleted or restored

    def __init__(self, store, affiliate_id: str, parent=None, today: date | None = None) -> None:
        super().__init__(parent)
        self.store, self.affiliate_id, self.today = store, affiliate_id, today
        self.was_changed = False
        self.setWindowTitle(self.tr("Private fees (私下收费): {name}").format(name=affiliate_name(store, affiliate_id)))
        self.resize(640, 460)
        self.lblRule = QLabel(self.tr(
            "Settlement is CPS: the shop pays a commission only for completed deals, through the platform; "
            "exposure and clicks cost nothing. An affiliate who asks for a fee on the side (坑位费, 红包, …) is "
            "breaking the rules. Record each request here: the register then shows a warning on them."))
        self.lblRule.setWordWrap(True)
        self.lblRule.setStyleSheet(RULE_STYLE)

        self.tblFees = QTableWidget(0, 4)
        self.tblFees.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Amount"), self.tr("What happened"),
                                                self.tr("Recorded by")])
        self.tblFees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tblFees.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tblFees.verticalHeader().setVisible(False)
        self.tblFees.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tblFees.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tblFees.itemSelectionChanged.connect(self._update_buttons)
        self.btnDelete = QPushButton(self.tr("Delete"))
        self.btnDelete.setToolTip(self.tr("Delete the selected record (Undo brings it back)"))
        self.btnDelete.clicked.connect(self.delete_selected)

        day = today or date.today()
        self.edtDate = QDateEdit(QDate(day.year, day.month, day.day))
        self.edtDate.setDisplayFormat("yyyy-MM-dd")
        self.edtDate.setCalendarPopup(True)
        self.edtDate.setMaximumDate(QDate(day.year, day.month, day.day))
        self.edtAmount = MoneyEdit(placeholder=self.tr("Unknown"))
        self.edtNote = QLineEdit()
        self.edtNote.setMaxLength(pf.MAX_NOTE)
        self.edtNote.setPlaceholderText(self.tr("e.g. 要求先付200元坑位费才推广"))
        self.btnAdd = QPushButton(self.tr("Record"))
        self.btnAdd.clicked.connect(self.add)
        self.edtNote.returnPressed.connect(self.add)
        self.lblError = QLabel()
        self.lblError.setStyleSheet("color: #b00020")
        self.lblError.setWordWrap(True)
        self.lblError.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.edtDate)
        form.addRow(self.tr("&Amount (元):"), self.edtAmount)
        form.addRow(self.tr("&What happened:"), self.edtNote)
        add_row = QHBoxLayout()
        add_row.addLayout(form, 1)
        add_row.addWidget(self.btnAdd, 0, Qt.AlignmentFlag.AlignBottom)

        self.notice = UndoNotice()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        self.lblCount = QLabel()
        top.addWidget(self.lblCount, 1)
        top.addWidget(self.btnDelete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lblRule)
        layout.addLayout(top)
        layout.addWidget(self.tblFees, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.lblError)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        for button in (self.btnDelete, self.btnAdd):
            button.setAutoDefault(False)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        fees = pf.list_private_fees(self.store, self.affiliate_id)
        self.tblFees.setRowCount(len(fees))
        for r, fee in enumerate(fees):
            amount = format_money(fee.amount_fen) if fee.amount_fen is not None else self.tr("Unknown")
            for c, text in enumerate((fee.on_date, amount, fee.note, fee.recorded_by)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, fee.id)
                self.tblFees.setItem(r, c, item)
            if fee.id == select_id:
                self.tblFees.selectRow(r)
        self.lblCount.setText(self.tr("Records: {count}").format(count=len(fees)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.btnDelete.setEnabled(self.tblFees.currentRow() >= 0 and bool(self.tblFees.selectedItems()))

    def _changed(self) -> None:
        self.was_changed = True
        self.changed.emit()

    def add(self) -> None:
        if self.edtAmount.error:
            self._error(self.edtAmount.error)
            return
        try:
            fee = pf.record_private_fee(self.store, self.affiliate_id, on_date=self.edtDate.date().toPython(),
                                        amount_fen=self.edtAmount.value(), note=self.edtNote.text(),
                                        recorded_by=staff_name(), today=self.today)
        except UserError as err:
            self._error(i18n.error_text(err))
            return
        self.lblError.hide()
        self.edtAmount.clear()
        self.edtNote.clear()
        self._changed()
        self.reload(fee.id)
        self.notice.say(self.tr("Private fee recorded."))

    def _error(self, text: str) -> None:
        self.lblError.setText(text)
        self.lblError.show()

    def delete_selected(self) -> None:
        row = self.tblFees.currentRow()
        if row < 0:
            return
        fee_id = self.tblFees.item(row, 0).data(Qt.ItemDataRole.UserRole)
        when = self.tblFees.item(row, 0).text()
        try:
            pf.delete_private_fee(self.store, fee_id)
        except UserError as err:
            show_error(self, err)
            return
        self._changed()
        self.reload()

        def undo() -> None:
            try:
                pf.restore_private_fee(self.store, fee_id)
            finally:
                self._changed()
                self.reload(fee_id)
        self.notice.push(self.tr("Deleted the record of {date}.").format(date=when), undo)

    @classmethod
    def edit(cls, store, affiliate_id: str, parent=None) -> bool:
        """Show the records modally; True when any was added or deleted."""
        dialog = cls(store, affiliate_id, parent)
        dialog.exec()
        return dialog.was_changed
