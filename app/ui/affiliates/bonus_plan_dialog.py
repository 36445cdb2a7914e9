"""Add or edit a bonus plan (奖金计划): name, what it counts, who is in it, its months, and the ladder
of thresholds and cash bonuses in a small table. The core checks the ladder; a refusal is shown in
the dialog, which stays open with everything typed."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from app.core import bonus_plans as bp
from app.core.affiliate_codes import BONUS_METRICS
from app.core.affiliates import list_groups
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.money import format_money, parse_money
from app.core.records import pick
from app.ui.widgets.common import ui_lang
from app.ui.widgets.save_dialog import SaveDialog

# A starting ladder the owner edits: the shape the brief describes (more orders, more cash).
DEFAULT_TIERS = ((30, 10_000), (100, 50_000), (300, 200_000))
THRESHOLD, BONUS = range(2)


def month_edit(month: str | None) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("yyyy-MM")
    edit.setCalendarPopup(False)
    if month:
        edit.setDate(QDate(int(month[:4]), int(month[5:7]), 1))
    return edit


def month_text(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM")


class BonusPlanDialog(SaveDialog):
    """``run(parent, store, plan=None, today=None)``: the plan as saved, or None when cancelled."""

    def __init__(self, store, plan: bp.BonusPlan | None = None, today=None, parent=None) -> None:
        super().__init__(parent)
        self.store, self.plan = store, plan
        self.setWindowTitle(self.tr("Edit bonus plan") if plan else self.tr("New bonus plan"))
        self.setMinimumWidth(480)
        lang = ui_lang()
        self.edtName = QLineEdit(plan.name if plan else "")
        self.edtName.setMaxLength(bp.MAX_NAME)
        self.edtName.setPlaceholderText(self.tr("e.g. 月度冲单奖"))
        self.cmbMetric = QComboBox()
        for code, names in BONUS_METRICS.items():
            self.cmbMetric.addItem(pick(names, lang), code)
        self.cmbMetric.setCurrentIndex(max(0, self.cmbMetric.findData(plan.metric if plan else "orders")))
        self.cmbGroup = QComboBox()
        self.cmbGroup.addItem(self.tr("Every affiliate"), "")
        for group in list_groups(store):
            self.cmbGroup.addItem(group.name, group.id)
        self.cmbGroup.setCurrentIndex(max(0, self.cmbGroup.findData(plan.group_id if plan else "")))
        self.edtFirst = month_edit(plan.first_month if plan else bp.this_month(today))
        self.chkLast = QCheckBox(self.tr("Ends after"))
        self.edtLast = month_edit((plan.last_month if plan else None) or bp.this_month(today))
        self.chkLast.setChecked(bool(plan and plan.last_month))
        self.edtLast.setEnabled(self.chkLast.isChecked())
        self.chkLast.toggled.connect(self.edtLast.setEnabled)
        last = QHBoxLayout()
        last.addWidget(self.chkLast)
        last.addWidget(self.edtLast)
        last.addStretch(1)

        self.tblTiers = QTableWidget(0, 2)
        self.tblTiers.verticalHeader().setVisible(False)
        self.tblTiers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tblTiers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.btnAddTier = QPushButton(self.tr("Add tier"))
        self.btnAddTier.clicked.connect(lambda: self.add_tier("", ""))
        self.btnRemoveTier = QPushButton(self.tr("Remove tier"))
        self.btnRemoveTier.clicked.connect(self.remove_tier)
        tier_buttons = QVBoxLayout()
        tier_buttons.addWidget(self.btnAddTier)
        tier_buttons.addWidget(self.btnRemoveTier)
        tier_buttons.addStretch(1)
        tiers = QHBoxLayout()
        tiers.addWidget(self.tblTiers, 1)
        tiers.addLayout(tier_buttons)
        for tier in plan.tiers if plan else DEFAULT_TIERS:
            threshold, bonus = (tier.threshold, tier.bonus_fen) if plan else tier
            self.add_tier(self._threshold_text(threshold), format_money(bonus, symbol=False, always_decimals=False))
        self.cmbMetric.currentIndexChanged.connect(self._headers)
        self._headers()
        self.edtNotes = QLineEdit(plan.notes if plan else "")
        self.edtNotes.setMaxLength(bp.MAX_NOTES)
        self.edtNotes.setPlaceholderText(self.tr("What the affiliates are told, e.g. 每月有效订单满30单奖励100元"))

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.edtName)
        form.addRow(self.tr("&Counts:"), self.cmbMetric)
        form.addRow(self.tr("&For:"), self.cmbGroup)
        form.addRow(self.tr("&First month:"), self.edtFirst)
        form.addRow("", last)
        form.addRow(self.tr("Tiers:"), tiers)
        form.addRow(self.tr("N&otes:"), self.edtNotes)
        self.finish(form)

    def metric_code(self) -> str:
        return self.cmbMetric.currentData()

    def _threshold_text(self, threshold: int) -> str:
        if (self.plan.metric if self.plan else "orders") == "amount":
            return format_money(threshold, symbol=False, always_decimals=False)
        return str(threshold)

    def _headers(self) -> None:
        first = self.tr("Orders in the month") if self.metric_code() == "orders" else self.tr("Amount in the month (元)")
        self.tblTiers.setHorizontalHeaderLabels([first, self.tr("Cash bonus (元)")])

    def add_tier(self, threshold: str, bonus: str) -> None:
        row = self.tblTiers.rowCount()
        self.tblTiers.insertRow(row)
        self.tblTiers.setItem(row, THRESHOLD, QTableWidgetItem(threshold))
        self.tblTiers.setItem(row, BONUS, QTableWidgetItem(bonus))
        if not threshold:
            self.tblTiers.setCurrentCell(row, THRESHOLD)
            self.tblTiers.editItem(self.tblTiers.item(row, THRESHOLD))

    def remove_tier(self) -> None:
        rows = sorted({index.row() for index in self.tblTiers.selectedIndexes()} or {self.tblTiers.currentRow()},
                      reverse=True)
        for row in rows:
            if row >= 0:
                self.tblTiers.removeRow(row)

    def tiers(self) -> list[tuple[int, int]]:
        """The ladder typed, rows left empty skipped; a UserError names the first bad cell."""
        tiers = []
        for row in range(self.tblTiers.rowCount()):
            cells = [(self.tblTiers.item(row, c).text() if self.tblTiers.item(row, c) else "").strip() for c in (0, 1)]
            if not any(cells):
                continue
            threshold, bonus = cells
            if self.metric_code() == "orders":
                if not threshold.isdigit():
                    raise bp.BonusError(QT_TRANSLATE_NOOP(
                        "core", "Tier {n}: “{text}” is not a number of orders."), n=row + 1, text=threshold)
                count = int(threshold)
            else:
                count = parse_money(threshold, allow_negative=False)
            tiers.append((count, parse_money(bonus, allow_negative=False) if bonus else 0))
        return tiers

    def save(self):
        fields = {"name": self.edtName.text(), "metric": self.metric_code(), "tiers": self.tiers(),
                  "group_id": self.cmbGroup.currentData() or "", "first_month": month_text(self.edtFirst),
                  "last_month": month_text(self.edtLast) if self.chkLast.isChecked() else None,
                  "notes": self.edtNotes.text()}
        if self.plan is None:
            return bp.add_plan(self.store, **fields)
        return bp.update_plan(self.store, self.plan.id, **fields)
