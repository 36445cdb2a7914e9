"""Calculator pages for prices that look lower than they are: 临界价格, 降价加打折, 错觉折扣."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.core.money import format_rate
from app.core.price_tactics import cut_then_discount, illusion_discount, threshold_prices
from app.ui.promotions.calc_page import TacticPage
from app.ui.promotions.calc_widgets import Comparison, fill_table, money, outcome_cells, result_table, say, zhe_text
from app.ui.widgets.amount_edit import MoneyEdit, RateEdit


class ThresholdPage(TacticPage):
    """临界价格: 99 or 99.90 instead of 100."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Threshold price"), self.tr(
            "Price just under a round number: 99 or 99.90 instead of 100. Buyers read the first digit, "
            "so the price feels a step lower while you give away very little."), parent)
        self.edtTarget = self.field(self.tr("Round the price:"), MoneyEdit(placeholder=self.tr("the price")))
        self.edtTarget.setToolTip(self.tr("The price to round; empty: the product's price"))
        self.lblRound = QLabel()
        self.tblOptions = result_table([self.tr("Price"), self.tr("Below the round price by"),
                                        self.tr("Profit per unit"), self.tr("Margin")])
        self.results.addWidget(self.lblRound)
        self.results.addWidget(self.tblOptions)

    def compute(self) -> None:
        result = threshold_prices(self.item, target_fen=self.amount(self.edtTarget, None))
        say(self.lblRound, self.tr("Round price {price} (rounded to {step})").format(
            price=money(result.round_fen), step=money(result.step_fen)))
        fill_table(self.tblOptions, [(outcome_cells(o), o.loss) for o in result.options])

    def clear_result(self) -> None:
        say(self.lblRound, "")
        fill_table(self.tblOptions, [])


class CutDiscountPage(TacticPage):
    """降价加打折: cut first, then a discount, against one straight discount."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Price cut plus discount"), self.tr(
            "Cut the price first, then give a discount: on a 100 元 item, cutting 10 元 and then 8折 gives "
            "away only 28 元, while a straight 6折 gives away 40 元, yet buyers feel they got more."), parent)
        self.lblDiscountZhe, self.lblStraightZhe = QLabel(), QLabel()
        self.edtCut = self.field(self.tr("Cut the price by (元):"), MoneyEdit(), "10")
        self.edtDiscount = self.field(self.tr("Then discount to:"), RateEdit(), "80%", extra=(self.lblDiscountZhe,))
        self.edtStraight = self.field(self.tr("Compare with a straight:"), RateEdit(), "60%",
                                      extra=(self.lblStraightZhe,))
        for edit in (self.edtDiscount, self.edtStraight):
            edit.setToolTip(self.tr("The share of the price the buyer pays: 80% is 8折"))
        self.comparison = Comparison()
        self.results.addWidget(self.comparison)

    def compute(self) -> None:
        result = cut_then_discount(self.item, cut_fen=self.amount(self.edtCut),
                                   discount_bp=self.amount(self.edtDiscount), straight_bp=self.amount(self.edtStraight))
        self.lblDiscountZhe.setText(zhe_text(result.discount_bp))
        self.lblStraightZhe.setText(zhe_text(result.straight_bp))
        if result.saved_fen > 0:
            verdict = self.tr("Cutting first and then discounting gives away {amount} less per unit than the "
                              "straight discount, and the buyer sees two offers.")
        elif result.saved_fen < 0:
            verdict = self.tr("Cutting first and then discounting gives away {amount} more per unit than the "
                              "straight discount.")
        else:
            verdict = self.tr("Both give away the same.")
        self.comparison.show_pair(
            result.combined, self.tr("Cut {cut}, then {zhe}").format(cut=money(result.cut_fen),
                                                                    zhe=zhe_text(result.discount_bp)),
            result.straight, self.tr("Straight {zhe}").format(zhe=zhe_text(result.straight_bp)),
            verdict.format(amount=money(abs(result.saved_fen))), good=result.saved_fen >= 0)

    def clear_result(self) -> None:
        self.comparison.clear()
        self.lblDiscountZhe.clear()
        self.lblStraightZhe.clear()


class IllusionPage(TacticPage):
    """错觉折扣: "pay 100, take goods worth 130" against a plain discount."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Illusion discount"), self.tr(
            "“Pay 100 元, take goods worth 130 元” feels better than “23% off”, and earns slightly more "
            "than a 30% discount (7折)."), parent)
        self.lblCompareZhe = QLabel()
        self.edtPay = self.field(self.tr("The buyer pays (元):"), MoneyEdit(), "100")
        self.edtWorth = self.field(self.tr("Takes goods worth (元):"), MoneyEdit(), "130")
        self.edtCompare = self.field(self.tr("Compare with a discount to:"), RateEdit(), "70%",
                                     extra=(self.lblCompareZhe,))
        self.edtCompare.setToolTip(self.tr("The share of the price the buyer pays: 70% is 7折"))
        self.comparison = Comparison()
        self.results.addWidget(self.comparison)

    def compute(self) -> None:
        result = illusion_discount(self.item, pay_fen=self.amount(self.edtPay), worth_fen=self.amount(self.edtWorth),
                                   compare_bp=self.amount(self.edtCompare))
        self.lblCompareZhe.setText(zhe_text(result.compare_bp))
        title = self.tr("Pay {pay}, take goods worth {worth}: works out at {zhe}, {bonus} more goods").format(
            pay=money(result.pay_fen), worth=money(result.worth_fen), zhe=zhe_text(result.effective_bp),
            bonus=format_rate(result.bonus_bp))
        if result.earns_more:
            verdict = self.tr("The illusion discount earns {amount} more per unit than {zhe}.")
        else:
            verdict = self.tr("The illusion discount earns {amount} less per unit than {zhe}.")
        self.comparison.show_pair(
            result.illusion, title, result.compared, self.tr("Straight {zhe}").format(zhe=zhe_text(result.compare_bp)),
            verdict.format(amount=money(abs(result.extra_profit_fen)), zhe=zhe_text(result.compare_bp)),
            good=result.earns_more)

    def clear_result(self) -> None:
        self.comparison.clear()
        self.lblCompareZhe.clear()
