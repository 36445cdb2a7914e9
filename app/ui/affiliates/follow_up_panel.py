"""待跟进: today's follow-ups (due today or overdue) and the suggested ones.

The top list is 今日待跟进: one row per affiliate, 大客户 first (they are phoned), then the
longest overdue, with how to reach them and a 完成并安排下次 button on each row; filters by staff
and kind. Below, 建议跟进: active affiliates with no orders for N days and nothing planned, to
plan a routine "how is your conversion going?" for them in one click. Double-click a row to
open the affiliate in the register.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.core import follow_up_lists as fl
from app.core import follow_ups as fu
from app.core import staff as staff_core
from app.core.affiliate_codes import FOLLOW_UP_KINDS, KINDS
from app.core.errors import UserError
from app.core.records import pick
from app.ui.affiliates.follow_up_dialog import FollowUpDialog, qdate
from app.ui.affiliates.follow_up_log import add_action, due_tooltip, paint_due
from app.ui.settings import staff_name
from app.ui.widgets.common import notify, show_error, ui_lang

DUE_PLAN, DUE_BUTTON = 5, 9  # columns of the due list: the planned content, the button
PAGE = 200  # rows fetched at a time; 显示更多 fetches the next
VIP_MARK = "★"


def contact_text(phone: str, qq: str, wechat: str) -> str:
    translate = QCoreApplication.translate
    parts = [translate("FollowUpPanel", "Phone {number}").format(number=phone) if phone else "",
             f"QQ {qq}" if qq else "",
             translate("FollowUpPanel", "WeChat {id}").format(id=wechat) if wechat else ""]
    return " · ".join(p for p in parts if p)


def make_table(headers, stretch: int = -1) -> QTableWidget:
    """A read-only row-selecting table; column ``stretch`` takes the spare width (-1: the last)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch < 0:
        table.horizontalHeader().setStretchLastSection(True)
    else:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def jump_to_affiliate(widget: QWidget, affiliate_id: str) -> bool:
    """Show the affiliate in the register page of the enclosing affiliates tab."""
    parent = widget.parentWidget()
    while parent is not None and not (hasattr(parent, "pages") and hasattr(parent, "register_panel")):
        parent = parent.parentWidget()
    if parent is None:
        return False
    parent.pages.setCurrentIndex(0)
    register = parent.register_panel
    if hasattr(register, "select_affiliate"):
        register.select_affiliate(affiliate_id)
    return True


class FollowUpPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.lang = ui_lang()
        self.rows: list[fl.DueRow] = []
        self.suggested: list[fl.Suggestion] = []

        # -- 今日待跟进 --
        self.lblDue = QLabel()
        font = self.lblDue.font()
        font.setBold(True)
        self.lblDue.setFont(font)
        self.cmbStaff = QComboBox()
        self.cmbStaff.setToolTip(self.tr("Show the follow-ups of one staff member"))
        self.cmbKind = QComboBox()
        self.cmbKind.addItem(self.tr("All kinds"), None)
        for code, pair in FOLLOW_UP_KINDS.items():
            self.cmbKind.addItem(pick(pair, self.lang), code)
        self.cmbStaff.currentIndexChanged.connect(lambda _i: self.reload_due())
        self.cmbKind.currentIndexChanged.connect(lambda _i: self.reload_due())
        self.actRefresh = add_action(self, self.tr("Refresh"), "F5", self.reload)
        self.btnRefresh = QPushButton(self.tr("Refresh"))
        self.btnRefresh.setToolTip(self.tr("Refresh (F5)"))
        self.btnRefresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.lblDue, 1)
        top.addWidget(QLabel(self.tr("Staff")))
        top.addWidget(self.cmbStaff)
        top.addWidget(QLabel(self.tr("Kind")))
        top.addWidget(self.cmbKind)
        top.addWidget(self.btnRefresh)
        self.tblDue = make_table((self.tr("Affiliate"), self.tr("Type"), self.tr("VIP"), self.tr("Due"),
                                  self.tr("Follow-up"), self.tr("Plan"), self.tr("Last contact"),
                                  self.tr("How to reach"), self.tr("Staff"), ""), stretch=DUE_PLAN)
        self.tblDue.cellDoubleClicked.connect(lambda row, _c: self._jump(self.rows, row))
        self.lblNoneDue = QLabel(self.tr("Nothing due today. Well done!"))
        self.lblNoneDue.setStyleSheet("color:#1b5e20")
        self.btnMoreDue = QPushButton(self.tr("Show more"))
        self.btnMoreDue.clicked.connect(lambda: self.reload_due(more=True))
        due_box = QWidget()
        due_layout = QVBoxLayout(due_box)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addLayout(top)
        due_layout.addWidget(self.tblDue, 1)
        due_layout.addWidget(self.lblNoneDue)
        due_layout.addWidget(self.btnMoreDue)

        # -- 建议跟进 --
        self.grpSuggest = QGroupBox(self.tr("Suggested follow-ups"))
        self.spnDays = QSpinBox()
        self.spnDays.setRange(1, 365)
        self.spnDays.setValue(fu.NO_ORDERS_DAYS)
        self.spnDays.setSuffix(self.tr(" days"))
        self.spnDays.valueChanged.connect(lambda _v: self.reload_suggestions())
        self.lblSuggest = QLabel()
        self.dtePlan = QDateEdit()
        self.dtePlan.setCalendarPopup(True)
        self.dtePlan.setDisplayFormat("yyyy-MM-dd")
        self.btnPlan = QPushButton(self.tr("Plan follow-ups"))
        self.btnPlan.setToolTip(self.tr(
            "Plan a routine follow-up for the selected affiliates (all when none is selected)"))
        self.btnPlan.clicked.connect(self.plan_suggested)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Active affiliates with no orders for")))
        row.addWidget(self.spnDays)
        row.addWidget(self.lblSuggest, 1)
        row.addWidget(QLabel(self.tr("Follow up on")))
        row.addWidget(self.dtePlan)
        row.addWidget(self.btnPlan)
        self.tblSuggest = make_table((self.tr("Affiliate"), self.tr("Type"), self.tr("VIP"), self.tr("Last order"),
                                      self.tr("Days without orders"), self.tr("Last contact"), self.tr("How to reach")))
        self.tblSuggest.cellDoubleClicked.connect(lambda r, _c: self._jump(self.suggested, r))
        suggest_layout = QVBoxLayout(self.grpSuggest)
        suggest_layout.addLayout(row)
        suggest_layout.addWidget(self.tblSuggest, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(due_box)
        splitter.addWidget(self.grpSuggest)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- data ----------------------------------------------------------------------------
    def set_store(self, store) -> None:
        self.store = store
        self._fill_staff()
        if self.isVisible():  # otherwise showEvent reloads
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # other pages (the register's log) change what is due
        if self.store is not None:
            self.reload()

    def _fill_staff(self) -> None:
        current = self.cmbStaff.currentData()
        self.cmbStaff.blockSignals(True)
        self.cmbStaff.clear()
        self.cmbStaff.addItem(self.tr("Everyone"), None)
        names = staff_core.staff_list(self.store) if self.store is not None else []
        for name in dict.fromkeys([staff_name(), *names]):
            if name:
                self.cmbStaff.addItem(name, name)
        self.cmbStaff.setCurrentIndex(max(0, self.cmbStaff.findData(current)))
        self.cmbStaff.blockSignals(False)

    def reload(self) -> None:
        self.dtePlan.setMinimumDate(qdate(date.today()))
        if self.dtePlan.date() < qdate(date.today()) or not self.dtePlan.property("set"):
            self.dtePlan.setDate(qdate(date.today() + timedelta(days=1)))
        self.reload_due()
        self.reload_suggestions()

    def reload_due(self, more: bool = False) -> None:
        if self.store is None:
            self.rows = []
        else:
            staff, kind = self.cmbStaff.currentData(), self.cmbKind.currentData()
            offset = len(self.rows) if more else 0
            page = fl.due_list(self.store, staff=staff, kind=kind, limit=PAGE, offset=offset)
            self.rows = (self.rows if more else []) + page
            if len(page) < PAGE:  # all of them are here: no second query
                total, overdue = len(self.rows), sum(r.due_on < date.today() for r in self.rows)
            else:
                total, overdue = fl.due_count(self.store, staff=staff, kind=kind)
            self.lblDue.setText(self.tr("Due today: {count} (overdue: {overdue})").format(count=total, overdue=overdue))
            self.btnMoreDue.setVisible(len(self.rows) < total)
        self._fill_due()

    def _fill_due(self) -> None:
        today = date.today()
        table = self.tblDue
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            kind = pick(FOLLOW_UP_KINDS.get(row.kind, (row.kind,) * 2), self.lang)
            if row.follow_up_id is None:
                kind = self.tr("{kind} (stay in touch)").format(kind=kind)
            texts = (row.name, pick(KINDS.get(row.affiliate_kind, (row.affiliate_kind,) * 2), self.lang),
                     VIP_MARK if row.vip else "", row.due_on.isoformat(), kind, row.content.replace("\n", " "),
                     (row.last_contact_at or "").replace("T", " ")[:16] or self.tr("never"),
                     contact_text(row.phone, row.qq, row.wechat), row.staff)
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c == DUE_PLAN and row.content:
                    item.setToolTip(row.content)
                table.setItem(r, c, item)
            state = fu.due_state(row.due_on, today)
            paint_due(table.item(r, 3), state)
            table.item(r, 3).setToolTip(due_tooltip(state, row.due_on, today))
            button = QPushButton(self.tr("Done && schedule next"))
            button.clicked.connect(
                lambda _checked=False, aid=row.affiliate_id, fid=row.follow_up_id: self.complete(aid, fid))
            table.setCellWidget(r, DUE_BUTTON, button)
        table.setVisible(bool(self.rows))
        self.lblNoneDue.setVisible(self.store is not None and not self.rows)
        if not self.rows:
            self.btnMoreDue.hide()

    def reload_suggestions(self) -> None:
        if self.store is None:
            self.suggested = []
            count = 0
        else:
            days = self.spnDays.value()
            self.suggested = fl.suggestions(self.store, no_orders_days=days, limit=PAGE)
            count = fl.suggestion_count(self.store, no_orders_days=days) if len(self.suggested) == PAGE else len(
                self.suggested)
        self.lblSuggest.setText(self.tr("and nothing planned: {count}").format(count=count))
        table = self.tblSuggest
        table.setRowCount(len(self.suggested))
        for r, s in enumerate(self.suggested):
            texts = (s.name, pick(KINDS.get(s.affiliate_kind, (s.affiliate_kind,) * 2), self.lang),
                     VIP_MARK if s.vip else "", s.last_order_on.isoformat() if s.last_order_on else self.tr("never"),
                     str(s.days_without_orders), (s.last_contact_at or "").replace("T", " ")[:16] or self.tr("never"),
                     contact_text(s.phone, s.qq, s.wechat))
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setData(Qt.ItemDataRole.TextAlignmentRole,
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                table.setItem(r, c, item)
        self.btnPlan.setEnabled(bool(self.suggested))

    # -- actions -------------------------------------------------------------------------
    def _jump(self, rows, index: int) -> None:
        if 0 <= index < len(rows):
            jump_to_affiliate(self, rows[index].affiliate_id)

    def complete(self, affiliate_id: str, follow_up_id: str | None) -> None:
        try:
            planned = fu.get_follow_up(self.store, follow_up_id) if follow_up_id else None
            logged = FollowUpDialog.log(self.store, affiliate_id, self, complete=planned)
        except UserError as err:  # done or deleted meanwhile, on another PC
            show_error(self, err)
            logged = None
        self._fill_staff()
        self.reload()
        if logged:
            notify(self, self.tr("Follow-up logged."))

    def plan_suggested(self) -> None:
        rows = sorted({i.row() for i in self.tblSuggest.selectionModel().selectedRows()})
        ids = [self.suggested[r].affiliate_id for r in rows] or [s.affiliate_id for s in self.suggested]
        d = self.dtePlan.date()
        self.dtePlan.setProperty("set", True)
        try:
            planned = fl.accept_suggestions(self.store, ids, date(d.year(), d.month(), d.day()),
                                            content=self.tr("Ask how their conversion is going"), staff=staff_name())
        except UserError as err:
            show_error(self, err)
            return
        self.reload()
        notify(self, self.tr("Planned {count} follow-ups.").format(count=planned))
