"""New or edit a campaign: name, goal, channel, dates and daily windows, sign-up deadline, status,
budget and targets, notes, and the products with their tactic and campaign price.

The save happens in the dialog, in one transaction (the campaign and its products): an error is
explained here in the user's language, nothing is saved, and nothing typed is lost. A new
campaign gets the core's default tasks.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from app import i18n
from app.core import campaigns as cp
from app.core.errors import UserError
from app.core.storefront import pick
from app.ui.promotions.campaign_common import DASH
from app.ui.promotions.campaign_products import ProductsEditor
from app.ui.widgets.amount_edit import MoneyEdit
from app.ui.widgets.common import ui_lang

WINDOW = re.compile(r"\s*(\d{1,2}[:：]\d{2})\s*(?:[-–—~～至到]|to)\s*(\d{1,2}[:：]\d{2})\s*")
MAX_COUNT = 2_000_000_000


def to_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class CampaignDialog(QDialog):
    def __init__(self, store, campaign_id: str | None = None, parent: QWidget | None = None,
                 start: date | None = None) -> None:
        super().__init__(parent)
        self.store, self.lang = store, ui_lang()
        self.editing = cp.get_campaign(store, campaign_id) if campaign_id else None
        self.campaign_id: str | None = None  # the saved campaign, once accepted
        c = self.editing
        self.setWindowTitle(self.tr("Edit campaign") if c else self.tr("New campaign"))
        self.setMinimumWidth(860)
        first = c.start_date if c else start or date.today() + timedelta(days=7)

        self.edtName = QLineEdit(c.name if c else "")
        self.edtName.setMaxLength(cp.MAX_NAME)
        self.edtName.setPlaceholderText(self.tr("e.g. 双11预热"))
        self.cmbGoal = self._combo(cp.GOALS, c.goal if c else "sales")
        self.cmbChannel = QComboBox()
        self.cmbChannel.setEditable(True)
        self.cmbChannel.addItems([pick(names, self.lang) for names in cp.CHANNELS.values()] + cp.user_channels(store))
        self.cmbChannel.setEditText(c.channel_name(self.lang) if c else pick(cp.CHANNELS["store"], self.lang))
        self.cmbChannel.lineEdit().setMaxLength(cp.MAX_CHANNEL)
        self.cmbChannel.setToolTip(self.tr("A platform activity, or type your own channel"))
        self.cmbChannel.currentTextChanged.connect(self._channel_changed)
        self.dteStart, self.dteEnd = date_edit(first), date_edit(c.end_date if c else first + timedelta(days=2))
        self.dteStart.dateChanged.connect(self._start_changed)
        self.chkSignup = QCheckBox(self.tr("Sign-up deadline"))
        self.dteSignup = date_edit(c.signup_deadline if c and c.signup_deadline else first - timedelta(days=7))
        self.chkSignup.toggled.connect(self.dteSignup.setEnabled)
        self.chkSignup.setChecked(bool(c and c.signup_deadline))
        self.dteSignup.setEnabled(self.chkSignup.isChecked())
        self.cmbStatus = self._combo(cp.STATUSES, c.status if c else "draft")
        self.edtBudget = MoneyEdit(placeholder=self.tr("e.g. 5000"))
        self.spnVisitors, self.spnOrders = QSpinBox(), QSpinBox()
        for spin, value in ((self.spnVisitors, c.target_visitors if c else 0),
                            (self.spnOrders, c.target_orders if c else 0)):
            spin.setRange(0, MAX_COUNT)
            spin.setGroupSeparatorShown(True)
            spin.setValue(value)
        self.edtRevenue = MoneyEdit(placeholder=self.tr("e.g. 120000"))
        if c:
            self.edtBudget.set_value(c.budget_fen)
            self.edtRevenue.set_value(c.target_revenue_fen)
        self.edtNotes = QPlainTextEdit(c.notes if c else "")
        self.edtNotes.setPlaceholderText(self.tr("Rules, prizes, what to tell the affiliates …"))
        self.edtNotes.setMaximumHeight(90)
        self.products = ProductsEditor()
        self.products.set_products(store, cp.list_campaign_products(store, c.id) if c else [],
                                   c.channel if c else "store")
        self.lblError = QLabel()
        self.lblError.setStyleSheet("color: #b00020")
        self.lblError.setWordWrap(True)
        self.lblError.hide()
        self._build_layout(c)

    def _combo(self, table: dict, current: str) -> QComboBox:
        combo = QComboBox()
        for code, names in table.items():
            combo.addItem(pick(names, self.lang), code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _build_layout(self, c: cp.Campaign | None) -> None:
        self.lstWindows = QListWidget()
        self.lstWindows.addItems([f"{a}{DASH}{b}" for a, b in (c.daily_windows if c else ())])
        self.lstWindows.setMaximumHeight(64)
        self.lstWindows.setToolTip(self.tr("Only in these hours each day; empty: all day"))
        self.edtWindow = QLineEdit()
        self.edtWindow.setPlaceholderText(self.tr("e.g. 09:00–09:30"))
        self.btnAddWindow = QPushButton(self.tr("Add"))
        self.btnAddWindow.setAutoDefault(False)
        self.btnAddWindow.clicked.connect(self.add_window)
        self.btnRemoveWindow = QPushButton(self.tr("Remove"))
        self.btnRemoveWindow.setAutoDefault(False)
        self.btnRemoveWindow.clicked.connect(lambda: self.lstWindows.takeItem(self.lstWindows.currentRow()))
        window_row = QHBoxLayout()
        for widget in (self.edtWindow, self.btnAddWindow, self.btnRemoveWindow):
            window_row.addWidget(widget)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("&Name:"), self.edtName)
        left.addRow(self.tr("&Goal:"), self.cmbGoal)
        left.addRow(self.tr("&Channel:"), self.cmbChannel)
        left.addRow(self.tr("&Start:"), self.dteStart)
        left.addRow(self.tr("&End:"), self.dteEnd)
        left.addRow(self.tr("Daily hours:"), self.lstWindows)
        left.addRow("", window_row)
        right.addRow(self.chkSignup, self.dteSignup)
        right.addRow(self.tr("S&tatus:"), self.cmbStatus)
        right.addRow(self.tr("&Budget (元):"), self.edtBudget)
        right.addRow(self.tr("Target visitors:"), self.spnVisitors)
        right.addRow(self.tr("Target orders:"), self.spnOrders)
        right.addRow(self.tr("Target revenue (元):"), self.edtRevenue)
        right.addRow(self.tr("N&otes:"), self.edtNotes)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        group = QGroupBox(self.tr("Products"))
        QVBoxLayout(group).addWidget(self.products)
        if not self.products.cmbProduct.count():
            self.products.cmbProduct.lineEdit().setPlaceholderText(
                self.tr("The catalogue is empty: add products with Edit → Products… first"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.btnOk = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(group, 1)
        layout.addWidget(self.lblError)
        layout.addWidget(buttons)

    # -- editing -------------------------------------------------------------------------------
    def _start_changed(self, start: QDate) -> None:
        if self.dteEnd.date() < start:
            self.dteEnd.setDate(start)

    def _channel_changed(self, text: str) -> None:
        try:
            self.products.set_channel(cp.channel_code(text))
        except UserError:
            pass  # empty while typing

    def add_window(self) -> None:
        match = WINDOW.fullmatch(self.edtWindow.text())
        if match is None:
            self._error(self.tr("Type a time window like 09:00–09:30."))
            return
        first, last = (t.replace("：", ":").zfill(5) for t in match.groups())
        self.lstWindows.addItem(f"{first}{DASH}{last}")
        self.edtWindow.clear()
        self.lblError.hide()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.focusWidget() is self.edtWindow and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_window()  # Enter adds the window instead of pressing OK
            return
        super().keyPressEvent(event)

    def windows(self) -> list[tuple[str, str]]:
        return [tuple(self.lstWindows.item(i).text().split(DASH)) for i in range(self.lstWindows.count())]

    def _error(self, text: str) -> None:
        self.lblError.setText(text)
        self.lblError.show()

    def accept(self) -> None:
        for edit in (self.edtBudget, self.edtRevenue):
            if edit.error:
                self._error(edit.error)
                edit.setFocus()
                return
        entries, problem = self.products.entries()
        if problem:
            self._error(problem)
            return
        fields = {"name": self.edtName.text(), "goal": self.cmbGoal.currentData(),
                  "channel": self.cmbChannel.currentText(), "start_date": to_date(self.dteStart),
                  "end_date": to_date(self.dteEnd), "daily_windows": self.windows(),
                  "signup_deadline": to_date(self.dteSignup) if self.chkSignup.isChecked() else None,
                  "status": self.cmbStatus.currentData(), "budget_fen": self.edtBudget.value() or 0,
                  "target_visitors": self.spnVisitors.value(), "target_orders": self.spnOrders.value(),
                  "target_revenue_fen": self.edtRevenue.value() or 0, "notes": self.edtNotes.toPlainText()}
        try:
            with self.store.write():
                if self.editing:
                    saved = cp.update_campaign(self.store, self.editing.id, **fields)
                else:
                    saved = cp.add_campaign(self.store, **fields, lang=self.lang)
                cp.set_campaign_products(self.store, saved.id, entries)
        except UserError as err:
            self._error(i18n.error_text(err))
            return
        self.campaign_id = saved.id
        super().accept()

    @classmethod
    def edit(cls, store, campaign_id: str | None, parent: QWidget | None = None,
             start: date | None = None) -> str | None:
        """Edit a campaign (None: a new one, starting on ``start``); the saved campaign's id, or None."""
        dialog = cls(store, campaign_id, parent, start)
        dialog.exec()
        return dialog.campaign_id if dialog.result() == QDialog.DialogCode.Accepted else None
