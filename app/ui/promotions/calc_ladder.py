"""Calculator pages for prices over time: 阶梯价格 (a price that rises day by day) and the 7-day
lowest price a campaign's discount is measured against (7天最低价)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
)

from app import i18n
from app.core.errors import UserError
from app.core.money import apply_rate, format_rate, parse_rate
from app.core.price_stacking import discount_vs_lowest, lowest_price_before
from app.core.price_tactics import DEFAULT_LADDER, MAX_DAYS, Item, price_outcome, stepped_prices
from app.ui.promotions.calc_page import FieldError, TacticPage, date_edit, spin_box
from app.ui.promotions.calc_widgets import OutcomeView, fill_table, money, outcome_cells, result_table, say, zhe_text
from app.ui.widgets.amount_edit import INVALID_STYLE, MoneyEdit

_SEPARATORS = re.compile(r"[,，、;；\s]+")


class SteppedPage(TacticPage):
    """阶梯价格: day 1 at 5折, day 2 at 6折 … day 6 at the full price."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Stepped price"), self.tr(
            "A new item's price rises day by day: 5折 on the first day, then 6折, 7折, 8折, 9折, and the "
            "full price on the sixth day. Early buyers hurry, and the item gets its first sales."), parent)
        self.dteStart = self.field(self.tr("First day:"), date_edit(QDate.currentDate()))
        self.edtLadder = self.field(self.tr("Price each day:"), QLineEdit(", ".join(map(format_rate, DEFAULT_LADDER))))
        self.edtLadder.setMinimumWidth(320)
        self.edtLadder.setToolTip(self.tr("The share of the price paid on each day, in order, e.g. "
                                          "50%, 60%, 70% (50% is 5折)"))
        self.lblSummary = QLabel()
        self.tblDays = result_table([self.tr("Day"), self.tr("Date"), self.tr("Discount"), self.tr("Buyer pays"),
                                     self.tr("Off the price"), self.tr("Profit per unit"), self.tr("Margin")])
        self.results.addWidget(self.tblDays)
        self.results.addWidget(self.lblSummary)

    def ladder(self) -> list[int]:
        try:
            ladder = [parse_rate(part) for part in _SEPARATORS.split(self.edtLadder.text().strip()) if part]
        except UserError as err:
            self.edtLadder.setStyleSheet(INVALID_STYLE)
            raise FieldError(i18n.error_text(err)) from None
        self.edtLadder.setStyleSheet("")
        return ladder

    def compute(self) -> None:
        result = stepped_prices(self.item, self.dteStart.date().toPython(), self.ladder())
        rows = []
        for day in result.days:
            zhe = self.tr("Full price") if day.price_bp == 10000 else zhe_text(day.price_bp)
            rows.append(([str(day.day), day.date.isoformat(), zhe, *outcome_cells(day.outcome)], day.outcome.loss))
        fill_table(self.tblDays, rows)
        if result.loss_days:
            say(self.lblSummary, self.tr("Loses money on {days} of {total} days (in red).").format(
                days=result.loss_days, total=len(result.days)), error=True)
        else:
            say(self.lblSummary, self.tr("No day loses money."), error=False)

    def clear_result(self) -> None:
        fill_table(self.tblDays, [])
        say(self.lblSummary, "")


class LowestPricePage(TacticPage):
    """7天最低价: a campaign's discount counts only against the lowest price of the days before it."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("7-day lowest price"), self.tr(
            "A campaign's discount is measured against the lowest price of the days before it, not the "
            "list price: a price cut a few days earlier makes the campaign's discount smaller, or no "
            "discount at all."), parent)
        start = QDate.currentDate().addDays(7)
        self.dteStart = self.field(self.tr("Campaign starts:"), date_edit(start))
        self.edtCampaign = self.field(self.tr("Campaign price (元):"), MoneyEdit())
        self.spnDays = self.field(self.tr("Days before it:"), spin_box(7, MAX_DAYS))
        self.tblHistory = QTableWidget(0, 2)
        self.tblHistory.setHorizontalHeaderLabels([self.tr("From"), self.tr("Price (元)")])
        self.tblHistory.verticalHeader().setVisible(False)
        self.tblHistory.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        self.tblHistory.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tblHistory.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tblHistory.setFixedSize(320, self.fontMetrics().height() * 7 + 60)
        self.tblHistory.setToolTip(self.tr("Each price holds from its date until the next one"))
        self.btnAddPrice = QPushButton(self.tr("Add price"))
        self.btnRemovePrice = QPushButton(self.tr("Remove price"))
        self.btnAddPrice.clicked.connect(lambda: self.add_price(self.dteStart.date().addDays(-1), None))
        self.btnRemovePrice.clicked.connect(self.remove_price)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btnAddPrice)
        buttons.addWidget(self.btnRemovePrice)
        buttons.addStretch(1)
        self.form.addRow(self.tr("Price history:"), self.tblHistory)
        self.form.addRow("", buttons)
        self.lblLowest, self.lblVerdict = QLabel(), QLabel()
        self.lblVerdict.setWordWrap(True)
        self.outCampaign = OutcomeView()
        self.outCampaign.setMaximumWidth(480)
        for widget in (self.lblLowest, self.lblVerdict, self.outCampaign):
            self.results.addWidget(widget)
        self.reset_history(10000)

    def reset_history(self, price_fen: int) -> None:
        """The example: the full price a month before, 9折 three days before, 8折 in the campaign."""
        self.tblHistory.setRowCount(0)
        start = self.dteStart.date()
        self.add_price(start.addDays(-30), price_fen)
        self.add_price(start.addDays(-3), apply_rate(price_fen, 9000))
        self.edtCampaign.set_value(apply_rate(price_fen, 8000))

    def product_chosen(self, item: Item) -> None:
        self.reset_history(item.price_fen)

    def add_price(self, day: QDate, price_fen: int | None) -> None:
        row = self.tblHistory.rowCount()
        self.tblHistory.insertRow(row)
        when, price = date_edit(day), MoneyEdit()
        price.set_value(price_fen)
        self.tblHistory.setCellWidget(row, 0, when)
        self.tblHistory.setCellWidget(row, 1, price)
        self.watch(when, price)
        self.recalc()

    def remove_price(self) -> None:
        rows = sorted({i.row() for i in self.tblHistory.selectionModel().selectedRows()}, reverse=True)
        for row in rows or [self.tblHistory.rowCount() - 1]:
            self.tblHistory.removeRow(row)
        self.recalc()

    def history(self) -> list[tuple[date, int]]:
        prices = []
        for row in range(self.tblHistory.rowCount()):
            price = self.tblHistory.cellWidget(row, 1)
            if price.error:
                raise FieldError(self.tr("Price history, row {row}: {reason}").format(row=row + 1,
                                                                                      reason=price.error))
            if price.value() is not None:
                prices.append((self.tblHistory.cellWidget(row, 0).date().toPython(), price.value()))
        return prices

    def compute(self) -> None:
        days = self.spnDays.value()
        campaign = self.amount(self.edtCampaign, None)
        if campaign is None:
            raise FieldError(self.tr("Enter the campaign price."))
        lowest = lowest_price_before(self.history(), self.dteStart.date().toPython(), days)
        if lowest is None:
            raise FieldError(self.tr("No price is known for the {days} days before the campaign: add the "
                                     "prices it sold at.").format(days=days))
        check = discount_vs_lowest(campaign, lowest)
        say(self.lblLowest, self.tr("Lowest price of the {days} days before the campaign: {price}").format(
            days=days, price=money(lowest)))
        if check.genuine:
            say(self.lblVerdict, self.tr("The campaign price is {amount} ({rate}) below it: a real discount.").format(
                amount=money(check.discount_fen), rate=format_rate(check.discount_depth_bp)), error=False)
        else:
            say(self.lblVerdict, self.tr("The campaign price {price} is not below it: this is no discount, and "
                                         "must not be advertised as one.").format(price=money(campaign)), error=True)
        self.outCampaign.show_outcome(price_outcome(self.item, campaign, list_price_fen=lowest),
                                      self.tr("At the campaign price"))

    def clear_result(self) -> None:
        say(self.lblLowest, "")
        say(self.lblVerdict, "")
        self.outCampaign.clear()
