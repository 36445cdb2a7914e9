"""优惠叠加: Taobao's price tools applied in the platform's order, step by step, to the final price."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel

from app.core.price_stacking import (
    STEP_COUPON, STEP_ITEM, STEP_LIST, STEP_SHOP, Coupon, FullReduction, StackStep, stack_prices,
)
from app.ui.promotions.calc_page import FieldError, TacticPage
from app.ui.promotions.calc_widgets import OutcomeView, fill_table, money, result_table, say, zhe_text
from app.ui.widgets.amount_edit import MoneyEdit, RateEdit

NO_TOOL, DISCOUNT, CUT = range(3)  # the 单品宝 choices


class StackingPage(TacticPage):
    """单品宝 first, then 店铺宝 (满减) on what is left, then one coupon: what the buyer finally pays."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Stacked offers"), self.tr(
            "The platform applies the tools in order: the item's own discount (单品宝) first, then the shop's "
            "满减 (店铺宝) on the price left, then one coupon. Leave a tool empty to leave it out."), parent)
        self.cmbItemTool = QComboBox()
        self.cmbItemTool.addItems([self.tr("None"), self.tr("Discount to"), self.tr("Cut by (元)")])
        self.edtItemDiscount, self.edtItemCut = RateEdit(), MoneyEdit()
        self.field(self.tr("单品宝:"), self.cmbItemTool, extra=(self.edtItemDiscount, self.edtItemCut))
        self.cmbItemTool.currentIndexChanged.connect(self._show_item_tool)
        self.edtItemDiscount.setText("90%")
        self.edtItemDiscount.setToolTip(self.tr("The share of the price the buyer pays: 90% is 9折"))
        self.cmbItemTool.setCurrentIndex(DISCOUNT)

        self.edtShopOff, self.chkEvery = MoneyEdit(), QCheckBox(self.tr("for every full amount (每满)"))
        self.edtShopOver = self.field(self.tr("店铺宝 (满减): over (元)"), MoneyEdit(), "80",
                                      extra=(QLabel(self.tr("take off")), self.edtShopOff, self.chkEvery))
        self.edtShopOff.setText("10")
        self.edtCouponAmount = MoneyEdit()
        self.edtCouponOver = self.field(self.tr("Coupon: over (元)"), MoneyEdit(placeholder=self.tr("no threshold")),
                                        "50", extra=(QLabel(self.tr("take off")), self.edtCouponAmount))
        self.edtCouponAmount.setText("5")

        self.tblSteps = result_table([self.tr("Step"), self.tr("Rule"), self.tr("Takes off"), self.tr("Price after")])
        self.outFinal = OutcomeView()
        self.outFinal.setMaximumWidth(480)
        self.lblFlags = QLabel()
        self.lblFlags.setWordWrap(True)
        for widget in (self.tblSteps, self.lblFlags, self.outFinal):
            self.results.addWidget(widget)

    def _show_item_tool(self, index: int) -> None:
        self.edtItemDiscount.setVisible(index == DISCOUNT)
        self.edtItemCut.setVisible(index == CUT)
        self.recalc()

    def _shop_offer(self) -> FullReduction | None:
        over, off = self.amount(self.edtShopOver, None), self.amount(self.edtShopOff, None)
        if over is None and off is None:
            return None
        if over is None or off is None:
            raise FieldError(self.tr("Fill in both amounts of the 满减 offer, or neither."))
        return FullReduction(over, off, self.chkEvery.isChecked())

    def _coupon(self) -> Coupon | None:
        amount = self.amount(self.edtCouponAmount, None)
        return None if amount is None else Coupon(self.amount(self.edtCouponOver), amount)

    def compute(self) -> None:
        tool = self.cmbItemTool.currentIndex()
        offer, coupon = self._shop_offer(), self._coupon()
        result = stack_prices(
            self.item, item_discount_bp=self.amount(self.edtItemDiscount, None) if tool == DISCOUNT else None,
            item_cut_fen=self.amount(self.edtItemCut, None) if tool == CUT else None,
            shop_offers=[offer] if offer else [], coupons=[coupon] if coupon else [])
        item_rule = (zhe_text(self.amount(self.edtItemDiscount)) if tool == DISCOUNT
                     else self.tr("cut {amount}").format(amount=money(self.amount(self.edtItemCut))))
        rules = {STEP_LIST: "", STEP_ITEM: item_rule, STEP_SHOP: self._rule(offer), STEP_COUPON: self._rule(coupon)}
        fill_table(self.tblSteps, [([self._step_name(s), rules[s.name], self._taken(s), money(s.price_fen)],
                                    s.price_fen < self.item.cost_fen) for s in result.steps])
        self.outFinal.show_outcome(result.outcome, self.tr("The buyer finally pays"))
        flags = []
        if result.zero_price:
            flags.append(self.tr("A 0 元 order: the offers together take the whole price off."))
        elif result.below_cost:
            flags.append(self.tr("The final price {price} is below the cost {cost}.").format(
                price=money(result.final_price_fen), cost=money(self.item.cost_fen)))
        say(self.lblFlags, " ".join(flags), error=True)

    def _step_name(self, step: StackStep) -> str:
        return {STEP_LIST: self.tr("List price"), STEP_ITEM: self.tr("单品宝"), STEP_SHOP: self.tr("店铺宝 (满减)"),
                STEP_COUPON: self.tr("Coupon")}[step.name]

    def _rule(self, offer: FullReduction | Coupon | None) -> str:
        if offer is None:
            return ""
        if isinstance(offer, Coupon):
            if not offer.threshold_fen:
                return self.tr("{amount} off, no threshold").format(amount=money(offer.amount_fen))
            return self.tr("{off} off orders over {over}").format(off=money(offer.amount_fen),
                                                                  over=money(offer.threshold_fen))
        rule = self.tr("{off} off for every {over}") if offer.repeat else self.tr("{off} off orders over {over}")
        return rule.format(off=money(offer.off_fen), over=money(offer.threshold_fen))

    def _taken(self, step: StackStep) -> str:
        if step.name == STEP_LIST:
            return ""
        if not step.applied:
            return self.tr("Threshold not reached")
        return "−" + money(step.reduction_fen)

    def clear_result(self) -> None:
        fill_table(self.tblSteps, [])
        self.outFinal.clear()
        say(self.lblFlags, "")
