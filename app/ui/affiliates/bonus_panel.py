"""奖金计划: the plans, and for a chosen month each affiliate's progress up the ladder (a bar to the
next threshold); at month end 月底结算 records who earned what, and each payout is marked paid
(with undo). The progress table pages through SQL, so a month of 100,000 affiliates opens at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QMessageBox, QPushButton, QSplitter, QStackedWidget, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget,
)

from app.core import bonus_plans as bp
from app.core.affiliate_codes import BONUS_METRICS
from app.core.errors import UserError
from app.core.money import format_money
from app.core.records import pick
from app.ui.affiliates.bonus_plan_dialog import BonusPlanDialog
from app.ui.settings import staff_name
from app.ui.widgets.common import GREEN, show_error, ui_lang
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.undo_notice import UndoNotice

NAME, ACHIEVED, TIER, BONUS, NEXT, MISSING, PROGRESS, PAYOUT = range(8)
COLUMNS = PAYOUT + 1
PAGE = 200
BAR, BAR_DONE = "#9cc7f0", "#8fd19e"  # on the way; top tier reached
MONTHS = 24  # months offered in the selector, back from this one
_ROLE = Qt.ItemDataRole


class ProgressModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.store, self.plan, self.month, self.earned_only = None, None, "", False
        self.rows: list[bp.Progress] = []
        self.total = 0

    def load(self, store, plan: bp.BonusPlan | None, month: str, earned_only: bool) -> None:
        self.beginResetModel()
        self.store, self.plan, self.month, self.earned_only = store, plan, month, earned_only
        self.rows = []
        self.total = bp.count_progress(store, plan.id, month, earned_only=earned_only) if plan else 0
        self._fetch()
        self.endResetModel()

    def _page(self) -> list[bp.Progress]:
        return bp.month_progress(self.store, self.plan.id, self.month, earned_only=self.earned_only, limit=PAGE,
                                 offset=len(self.rows))

    def _fetch(self) -> None:
        if self.plan is not None and len(self.rows) < self.total:
            self.rows.extend(self._page())

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008 - Qt's names
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self.canFetchMore():
            return
        page = self._page()
        if not page:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=_ROLE.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _ROLE.DisplayRole and 0 <= section < COLUMNS:
            return (self.tr("Affiliate"), self.tr("Achieved"), self.tr("Tier reached"), self.tr("Bonus so far"),
                    self.tr("Next threshold"), self.tr("Missing"), self.tr("Progress"), self.tr("Settled"))[section]
        return None

    def amount(self, value: int | None) -> str:
        if value is None:
            return "—"
        return format_money(value) if self.plan.metric == "amount" else str(value)

    def data(self, index, role=_ROLE.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        step = row.step
        if role == _ROLE.DisplayRole:
            return (row.name, self.amount(row.achieved),
                    self.tr("Tier {n}").format(n=step.tier) if step.tier else "—",
                    format_money(step.bonus_fen) if step.tier else "—", self.amount(step.next_threshold),
                    self.amount(step.missing) if step.next_threshold is not None else self.tr("Top tier"),
                    self._progress_text(row), self._payout_text(row))[column]
        if role == _ROLE.UserRole:
            return self._fraction(row)
        if role == _ROLE.TextAlignmentRole and column in (ACHIEVED, BONUS, NEXT, MISSING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _ROLE.ForegroundRole and column == PAYOUT and row.paid_at:
            return QBrush(QColor(GREEN))
        if role == _ROLE.ToolTipRole and column == PAYOUT and row.paid_at:
            return self.tr("Paid {when} by {who}. {note}").format(when=row.paid_at.replace("T", " ")[:16],
                                                                  who=row.paid_by, note=row.note).strip()
        return None

    @staticmethod
    def _fraction(row: bp.Progress) -> float:
        nxt = row.step.next_threshold
        return 1.0 if nxt is None else row.achieved / nxt

    def _progress_text(self, row: bp.Progress) -> str:
        return f"{min(100, int(self._fraction(row) * 100))}%"

    def _payout_text(self, row: bp.Progress) -> str:
        if row.payout_fen is None:
            return ""
        money = format_money(row.payout_fen)
        return self.tr("{bonus}, paid").format(bonus=money) if row.paid_at else self.tr("{bonus}, to pay").format(
            bonus=money)


class ProgressBarDelegate(QStyledItemDelegate):
    """The share of the next threshold reached, as a bar with its percentage (drawn by hand, so it
    looks the same in every style)."""

    def paint(self, painter, option, index) -> None:
        share = max(0.0, min(1.0, index.data(_ROLE.UserRole) or 0.0))
        rect = option.rect.adjusted(4, 5, -4, -5)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e8e8e8"))
        painter.drawRoundedRect(rect, 3, 3)
        if share > 0:
            filled = rect.adjusted(0, 0, -int(rect.width() * (1 - share)), 0)
            painter.setBrush(QColor(BAR_DONE if share >= 1 else BAR))
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(QColor("#222222"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, index.data(_ROLE.DisplayRole) or "")
        painter.restore()


class BonusPanel(QWidget):
    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.store, self.today = None, today
        self.lstPlans = QListWidget()
        self.lstPlans.currentRowChanged.connect(lambda _row: self.load_progress())
        self.lstPlans.itemDoubleClicked.connect(lambda _item: self.edit_plan())
        self.btnAddPlan = QPushButton(self.tr("New plan…"))
        self.btnAddPlan.clicked.connect(self.add_plan)
        self.btnEditPlan = QPushButton(self.tr("Edit…"))
        self.btnEditPlan.clicked.connect(self.edit_plan)
        self.btnStopPlan = QPushButton(self.tr("Stop"))
        self.btnStopPlan.setToolTip(self.tr("End the plan after this month; its bonuses so far stay"))
        self.btnStopPlan.clicked.connect(self.stop_plan)
        plan_buttons = QHBoxLayout()
        for button in (self.btnAddPlan, self.btnEditPlan, self.btnStopPlan):
            plan_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Bonus plans")))
        left_layout.addWidget(self.lstPlans, 1)
        left_layout.addLayout(plan_buttons)

        self.cmbMonth = QComboBox()
        self.cmbMonth.activated.connect(lambda _i: self.load_progress())
        self.chkEarned = QCheckBox(self.tr("Only those who earned a bonus"))
        self.chkEarned.toggled.connect(lambda _on: self.load_progress())
        self.btnSettle = QPushButton(self.tr("Settle month"))
        self.btnSettle.setToolTip(self.tr("Record who earned what this month (月底结算); run it again after a "
                                          "late import: paid bonuses are never changed"))
        self.btnSettle.clicked.connect(self.settle)
        self.btnPaid = QPushButton(self.tr("Mark paid"))
        self.btnPaid.clicked.connect(self.mark_paid)
        self.btnUnpaid = QPushButton(self.tr("Mark unpaid"))
        self.btnUnpaid.clicked.connect(self.mark_unpaid)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month:")))
        bar.addWidget(self.cmbMonth)
        bar.addWidget(self.chkEarned)
        bar.addStretch(1)
        for button in (self.btnSettle, self.btnPaid, self.btnUnpaid):
            bar.addWidget(button)
        self.lblPlan = QLabel()
        self.lblPlan.setWordWrap(True)
        self.lblSummary = QLabel()
        self.lblSummary.setWordWrap(True)
        self.model = ProgressModel(self)
        self.tblProgress = QTableView()
        self.tblProgress.setModel(self.model)
        self.tblProgress.setItemDelegateForColumn(PROGRESS, ProgressBarDelegate(self.tblProgress))
        self.tblProgress.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tblProgress.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tblProgress.verticalHeader().setVisible(False)
        header = self.tblProgress.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROGRESS, QHeaderView.ResizeMode.Fixed)
        self.tblProgress.setColumnWidth(PROGRESS, 160)
        self.tblProgress.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.lblPlan)
        right_layout.addWidget(self.tblProgress, 1)
        right_layout.addWidget(self.lblSummary)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([280, 900])
        self.emptyPlans = EmptyState(self.tr("No bonus plans yet"), self.tr(
            "A bonus plan (奖金计划) pays affiliates extra cash when their promoted orders or amount in a month "
            "reach a threshold. Create one with New plan…; the affiliate order import feeds its progress."))
        self.btnFirstPlan = QPushButton(self.tr("New plan…"))
        self.btnFirstPlan.clicked.connect(self.add_plan)
        self.emptyPlans.layout().insertWidget(4, self.btnFirstPlan, 0, Qt.AlignmentFlag.AlignHCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.emptyPlans)
        self.stack.addWidget(split)
        self.notice = UndoNotice()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.notice)

    # -- loading -------------------------------------------------------------------------
    def set_store(self, store) -> None:
        self.store = store
        self.notice.clear()
        self._fill_months()
        self.reload()

    def _fill_months(self) -> None:
        current = bp.this_month(self.today)
        self.cmbMonth.clear()
        for n in range(MONTHS):
            month = bp.add_months(current, -n)
            self.cmbMonth.addItem(month, month)
        self.cmbMonth.setCurrentIndex(0)

    def month(self) -> str:
        return self.cmbMonth.currentData() or bp.this_month(self.today)

    def set_month(self, month: str) -> None:
        index = self.cmbMonth.findData(month)
        if index < 0:
            self.cmbMonth.addItem(month, month)
            index = self.cmbMonth.count() - 1
        self.cmbMonth.setCurrentIndex(index)
        self.load_progress()

    def reload(self, select_id: str | None = None) -> None:
        self.setEnabled(self.store is not None)
        plans = bp.list_plans(self.store) if self.store is not None else []
        keep = select_id or (self.plan().id if self.plan() else None)
        lang, open_end = ui_lang(), self.tr("until stopped")
        self.lstPlans.blockSignals(True)
        self.lstPlans.clear()
        for plan in plans:
            months = f"{plan.first_month} – {plan.last_month or open_end}"
            item = QListWidgetItem(f"{plan.name}\n{pick(BONUS_METRICS[plan.metric], lang)} · {months}")
            item.setData(_ROLE.UserRole, plan)
            self.lstPlans.addItem(item)
        ids = [plan.id for plan in plans]
        self.lstPlans.setCurrentRow(ids.index(keep) if keep in ids else 0 if plans else -1)
        self.lstPlans.blockSignals(False)
        self.stack.setCurrentIndex(1 if plans else 0)
        self.load_progress()

    def plan(self) -> bp.BonusPlan | None:
        item = self.lstPlans.currentItem()
        return item.data(_ROLE.UserRole) if item else None

    def load_progress(self) -> None:
        self._stale = False
        plan, month = self.plan(), self.month()
        if self.store is None:
            self.model.load(None, None, month, False)
            return
        self.model.load(self.store, plan, month, self.chkEarned.isChecked())
        if plan is None:
            self.lblPlan.setText("")
        else:
            tiers = "  ·  ".join(self.tr("{threshold} → {bonus}").format(threshold=self.model.amount(t.threshold),
                                                                      bonus=format_money(t.bonus_fen))
                             for t in plan.tiers)
            idle = self.tr("(the plan does not run in {month})").format(month=month)
            note = "" if plan.runs_in(month) else " " + idle
            self.lblPlan.setText(self.tr("Ladder: {tiers}").format(tiers=tiers) + note)
        self.lblSummary.setText(self.tr("Affiliates: {count}").format(count=self.model.total))
        self._update_buttons()

    def selected(self) -> bp.Progress | None:
        rows = self.tblProgress.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        plan, row = self.plan(), self.selected()
        self.btnEditPlan.setEnabled(plan is not None)
        self.btnStopPlan.setEnabled(plan is not None and plan.last_month is None)
        over = plan is not None and plan.runs_in(self.month()) and bp.month_over(self.month(), self.today)
        self.btnSettle.setEnabled(over)
        self.btnSettle.setToolTip("" if over else self.tr("A month is settled once it is over"))
        self.btnPaid.setEnabled(row is not None and row.payout_fen is not None and row.paid_at is None)
        self.btnUnpaid.setEnabled(row is not None and row.paid_at is not None)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._stale = True  # an order import elsewhere may change the progress meanwhile
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if getattr(self, "_stale", False) and self.store is not None:
            self.reload()

    # -- plans ---------------------------------------------------------------------------
    def add_plan(self) -> None:
        plan = BonusPlanDialog.run(self, self.store, today=self.today)
        if plan is not None:
            self.notice.say(self.tr("Bonus plan “{name}” created.").format(name=plan.name))
            self.reload(plan.id)

    def edit_plan(self) -> None:
        plan = self.plan()
        if plan is not None and BonusPlanDialog.run(self, self.store, plan, today=self.today) is not None:
            self.reload(plan.id)

    def stop_plan(self) -> None:
        plan = self.plan()
        if plan is None:
            return
        last = max(bp.this_month(self.today), plan.first_month)
        try:
            bp.update_plan(self.store, plan.id, last_month=last)
        except UserError as err:
            show_error(self, err)
            return
        self.reload(plan.id)

        def undo() -> None:
            try:
                bp.update_plan(self.store, plan.id, last_month=None)
            finally:
                self.reload(plan.id)
        self.notice.push(self.tr("“{name}” ends after {month}.").format(name=plan.name, month=last), undo)

    # -- settling and paying -------------------------------------------------------------
    def settle(self) -> None:
        plan, month = self.plan(), self.month()
        try:
            result = bp.settle_month(self.store, plan.id, month, today=self.today)
        except UserError as err:
            show_error(self, err)
            return
        self.chkEarned.setChecked(True)  # shows who earned what
        self.load_progress()
        text = self.tr("Settled {month}: {count} affiliates earned {total} in all ({paid} already paid).").format(
            month=month, count=result.earned, total=format_money(result.total_fen), paid=result.paid)
        self.lblSummary.setText(text)
        self.notice.say(text)

    def _payout(self, paid: bool) -> None:
        plan, month, row = self.plan(), self.month(), self.selected()
        if plan is None or row is None:
            return
        try:
            if paid:
                bp.mark_paid(self.store, plan.id, row.affiliate_id, month, paid_by=staff_name())
            else:
                question = self.tr("Mark the bonus of {name} as not paid?").format(name=row.name)
                if QMessageBox.question(self, self.window().windowTitle(), question) != QMessageBox.StandardButton.Yes:
                    return
                bp.unmark_paid(self.store, plan.id, row.affiliate_id, month)
        except UserError as err:
            show_error(self, err)
            return
        self.load_progress()

        def undo() -> None:
            try:
                if paid:
                    bp.unmark_paid(self.store, plan.id, row.affiliate_id, month)
                else:
                    bp.mark_paid(self.store, plan.id, row.affiliate_id, month, paid_by=row.paid_by, note=row.note)
            finally:
                self.load_progress()
        paid_text = self.tr("Marked the bonus of {name} as paid.")
        unpaid_text = self.tr("Marked the bonus of {name} as not paid.")
        what = paid_text if paid else unpaid_text
        self.notice.push(what.format(name=row.name), undo)

    def mark_paid(self) -> None:
        self._payout(True)

    def mark_unpaid(self) -> None:
        self._payout(False)
