"""Calculator pages for deals sold at a loss on purpose: 一刻千金 (a daily flash window) and
超值一元 (a few units for 1 元). Both show what one unit costs the shop and what the whole deal does."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.core.price_tactics import MAX_DAYS, flash_window, one_yuan_deal
from app.ui.promotions.calc_page import TacticPage, spin_box, time_edit
from app.ui.promotions.calc_widgets import OutcomeView, money, say
from app.ui.widgets.amount_edit import MoneyEdit


def summary_labels(page: TacticPage, count: int) -> list[QLabel]:
    labels = [QLabel() for _ in range(count)]
    for label in labels:
        label.setWordWrap(True)
        page.results.addWidget(label)
    return labels


class FlashPage(TacticPage):
    """一刻千金: every day, within a short window, a few units at a very low fixed price."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Flash window"), self.tr(
            "Every day within a fixed window (e.g. 9:00–9:30) a few units sell at a very low fixed price "
            "(e.g. 5 元): buyers come back at that time every day."), parent)
        self.tmeEnd = time_edit(9, 30)
        self.tmeStart = self.field(self.tr("Every day from:"), time_edit(9, 0),
                                   extra=(QLabel(self.tr("to")), self.tmeEnd))
        self.edtFlash = self.field(self.tr("Flash price (元):"), MoneyEdit(), "5")
        self.spnCap = self.field(self.tr("Units per day at most:"), spin_box(10, 100000))
        self.spnDays = self.field(self.tr("For how many days:"), spin_box(7, MAX_DAYS))
        self.outFlash = OutcomeView()
        self.outFlash.setMaximumWidth(480)
        self.results.addWidget(self.outFlash)
        self.lblUnits, self.lblSubsidy, self.lblForgone = summary_labels(self, 3)

    def compute(self) -> None:
        result = flash_window(self.item, start=self.tmeStart.time().toPython(), end=self.tmeEnd.time().toPython(),
                              flash_price_fen=self.amount(self.edtFlash), cap_per_day=self.spnCap.value(),
                              days=self.spnDays.value())
        self.outFlash.show_outcome(result.flash, self.tr("One unit in the window"))
        say(self.lblUnits, self.tr("{minutes} minutes a day, at most {cap} units a day for {days} days: "
                                   "{units} units in all.").format(minutes=result.minutes, cap=result.cap_per_day,
                                                                   days=result.days, units=result.units))
        if result.total_subsidy_fen:
            say(self.lblSubsidy, self.tr("The shop pays {total} in all to run it ({unit} per unit).").format(
                total=money(result.total_subsidy_fen), unit=money(result.loss_per_unit_fen)), error=True)
        else:
            say(self.lblSubsidy, self.tr("The flash price still covers the cost and fees."), error=False)
        say(self.lblForgone, self.tr("Against selling at the list price it earns {unit} less per unit, "
                                     "{total} less in all.").format(unit=money(result.forgone_profit_fen),
                                                                    total=money(result.total_forgone_fen)))

    def clear_result(self) -> None:
        self.outFlash.clear()
        for label in (self.lblUnits, self.lblSubsidy, self.lblForgone):
            say(label, "")


class OneYuanPage(TacticPage):
    """超值一元: a limited number of units for 1 元, one per buyer, to lift related sales."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("One-yuan deal"), self.tr(
            "A limited number of units, normally worth tens or hundreds of 元, sell for 1 元, one per buyer, "
            "to bring buyers who then buy related items."), parent)
        self.edtDeal = self.field(self.tr("Deal price (元):"), MoneyEdit(), "1")
        self.spnQuantity = self.field(self.tr("Units (one per buyer):"), spin_box(50, 1000000))
        self.edtRelated = self.field(self.tr("Profit per related sale (元):"), MoneyEdit(), "20")
        self.edtRelated.setToolTip(self.tr("What one sale of a related item earns the shop"))
        self.outDeal = OutcomeView()
        self.outDeal.setMaximumWidth(480)
        self.results.addWidget(self.outDeal)
        self.lblSubsidy, self.lblPayback = summary_labels(self, 2)

    def compute(self) -> None:
        result = one_yuan_deal(self.item, quantity=self.spnQuantity.value(), deal_price_fen=self.amount(self.edtDeal),
                               related_profit_fen=self.amount(self.edtRelated))
        self.outDeal.show_outcome(result.deal, self.tr("One unit at the deal price"))
        say(self.lblSubsidy, self.tr("{quantity} units cost the shop {total} ({unit} per unit).").format(
            quantity=result.quantity, total=money(result.total_subsidy_fen), unit=money(result.subsidy_per_unit_fen)),
            error=bool(result.total_subsidy_fen))
        if result.total_subsidy_fen:
            say(self.lblPayback, self.tr("{sales} related sales pay it back: {per_buyer} per deal buyer.").format(
                sales=result.payback_sales, per_buyer=f"{result.payback_sales / result.quantity:.1f}"))
        else:
            say(self.lblPayback, self.tr("The deal price covers the cost and fees: nothing to pay back."))

    def clear_result(self) -> None:
        self.outDeal.clear()
        say(self.lblSubsidy, "")
        say(self.lblPayback, "")
