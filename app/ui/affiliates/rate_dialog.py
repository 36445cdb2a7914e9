"""Change a commission rate: the shop's default, a product's rate or an affiliate's 定向 override.

As the rate is typed the dialog says what it would do, from the core's own check: a loss (in red;
OK stays disabled until "我知道会亏本" is ticked), the bestseller-cut warning (amber), and the advice
for the shop's stage. A reason is required: the history keeps it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit

from app import i18n
from app.core import commissions as cm
from app.core import products as catalog
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.money import format_money, format_rate
from app.core.records import pick
from app.ui.settings import staff_name
from app.ui.widgets.amount_edit import RateEdit
from app.ui.widgets.common import ui_lang
from app.ui.widgets.save_dialog import SaveDialog

LOSS_STYLE = "color: #b00020"
CUT_STYLE = "color: #8a5a00; background: #fff1c7; padding: 4px"
ADVICE_STYLE = "color: #555"


def core_text(notice) -> str:
    return i18n.text("core", notice.template, **notice.params)


class RateDialog(SaveDialog):
    """``run(parent, store, scope=..., product_id=..., affiliate_id=..., choose_product=...)``:
    the core's ChangeCheck of the change made, or None when cancelled."""

    def __init__(self, store, *, scope: str, product_id: str = "", affiliate_id: str = "",
                 choose_product: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.store, self.scope, self.affiliate_id = store, scope, affiliate_id
        self.product_id = product_id
        self.check: cm.ChangeCheck | None = None
        self._loaded = False
        self.setMinimumWidth(520)
        self.lblWhat = QLabel()
        self.lblWhat.setWordWrap(True)
        self.cmbProduct = QComboBox()
        self.cmbProduct.setVisible(choose_product)
        if choose_product:
            self.cmbProduct.addItem(self.tr("All products"), "")
            for product in catalog.list_products(store, limit=2000):
                self.cmbProduct.addItem(product.title, product.id)
            self.cmbProduct.setCurrentIndex(max(0, self.cmbProduct.findData(product_id)))
            self.cmbProduct.currentIndexChanged.connect(self._product_changed)
        self.lblCurrent = QLabel()
        self.edtRate = RateEdit(placeholder=self.tr("e.g. 20%"))
        self.chkDefault = QCheckBox()
        self.chkDefault.setVisible(scope == cm.PRODUCT)
        self.chkDefault.toggled.connect(self.refresh)
        self.lblPerItem = QLabel()
        self.edtReason = QLineEdit()
        self.edtReason.setMaxLength(cm.MAX_REASON)
        self.edtReason.setPlaceholderText(self.tr("Why the rate changes, e.g. 新品冲销量"))
        self.lblAdvice = QLabel()
        self.lblAdvice.setWordWrap(True)
        self.lblAdvice.setStyleSheet(ADVICE_STYLE)
        self.lblCut = QLabel()
        self.lblCut.setWordWrap(True)
        self.lblCut.setStyleSheet(CUT_STYLE)
        self.lblLoss = QLabel()
        self.lblLoss.setWordWrap(True)
        self.lblLoss.setStyleSheet(LOSS_STYLE)
        self.chkLoss = QCheckBox(self.tr("I know this loses money"))
        self.chkLoss.toggled.connect(self.refresh)

        form = QFormLayout()
        form.addRow(self.lblWhat)
        if choose_product:
            form.addRow(self.tr("&Product:"), self.cmbProduct)
        form.addRow(self.tr("Now:"), self.lblCurrent)
        form.addRow(self.tr("New &rate:"), self.edtRate)
        form.addRow("", self.chkDefault)
        form.addRow(self.tr("Per item:"), self.lblPerItem)
        form.addRow(self.tr("Rea&son:"), self.edtReason)
        form.addRow(self.lblAdvice)
        form.addRow(self.lblCut)
        form.addRow(self.lblLoss)
        form.addRow(self.chkLoss)
        self.finish(form)
        self.edtRate.valueChanged.connect(self.refresh)
        self.edtReason.textChanged.connect(self.refresh)
        self._product_changed()

    # -- what is being changed -----------------------------------------------------------
    def product(self) -> catalog.Product | None:
        return catalog.get_product(self.store, self.product_id) if self.product_id else None

    def _product_changed(self) -> None:
        if self.cmbProduct.count():
            self.product_id = self.cmbProduct.currentData() or ""
        product, lang = self.product(), ui_lang()
        default = cm.shop_default(self.store)
        if self.scope == cm.SHOP:
            self.setWindowTitle(self.tr("Shop default commission"))
            self.lblWhat.setText(self.tr("The rate of every product that has no rate of its own."))
            current = cm.shop_default(self.store)
            self.lblCurrent.setText(format_rate(current))
        elif self.scope == cm.PRODUCT:
            self.setWindowTitle(self.tr("Product commission"))
            self.lblWhat.setText(product.title)
            current = product.commission_bp
            self.chkDefault.setText(self.tr("Use the shop default ({rate})").format(rate=format_rate(default)))
            self.chkDefault.setChecked(current is None)
            self.lblCurrent.setText(format_rate(current) if current is not None else
                                    self.tr("Shop default ({rate})").format(rate=format_rate(default)))
        else:
            self.setWindowTitle(self.tr("Targeted commission (定向佣金)"))
            what = product.title if product else self.tr("all products")
            self.lblWhat.setText(self.tr("{name}: a rate of their own, for {what}").format(
                name=cm.affiliate_name(self.store, self.affiliate_id), what=what))
            current = cm.affiliate_rate(self.store, self.affiliate_id, self.product_id)
            if product is not None:
                bp, source = cm.effective_rate(self.store, product.id, self.affiliate_id)
            else:
                bp, source = (current, "affiliate") if current is not None else (default, "shop")
            self.lblCurrent.setText(f"{format_rate(bp)} ({pick(cm.SOURCES[source], lang)})")
        if not self._loaded:  # a product picked later keeps the rate already typed
            self._loaded = True
            self.edtRate.set_value(current)
        advice = cm.rate_advice(cm.shop_stage(self.store), product)
        self.lblAdvice.setText(" ".join(core_text(n) for n in advice.notices) + " " + self.tr(
            "Suggested: {low}–{high}.").format(low=format_rate(advice.low_bp), high=format_rate(advice.high_bp)))
        self.refresh()

    def new_bp(self) -> int | None:
        return None if self.scope == cm.PRODUCT and self.chkDefault.isChecked() else self.edtRate.value()

    # -- live feedback -------------------------------------------------------------------
    def refresh(self) -> None:
        using_default = self.scope == cm.PRODUCT and self.chkDefault.isChecked()
        self.edtRate.setEnabled(not using_default)
        bp, product = self.new_bp(), self.product()
        self.check = None
        error = self.edtRate.error if not using_default else None
        if bp is not None or using_default:
            try:
                self.check = cm.check_change(self.store, self.scope, bp, product_id=self.product_id,
                                             affiliate_id=self.affiliate_id)
            except UserError as err:
                error = i18n.error_text(err)
        shown_bp = cm.shop_default(self.store) if using_default else bp
        if product is not None and shown_bp is not None:
            commission = cm.commission_fen(product.price_fen, shown_bp)
            self.lblPerItem.setText(self.tr("{commission} commission, {left} left after it").format(
                commission=format_money(commission), left=format_money(product.margin_fen - commission)))
        else:
            self.lblPerItem.setText("—")
        cuts = self.check.cuts if self.check else ()
        losses = self.check.losses if self.check else ()
        self.lblCut.setText("\n".join(core_text(n) for n in cuts))
        self.lblCut.setVisible(bool(cuts))
        more = len(losses) - 3
        loss_text = "\n".join(core_text(n) for n in losses[:3])
        if more > 0:
            loss_text += "\n" + self.tr("…and {count} more products.").format(count=more)
        self.lblLoss.setText(loss_text)
        self.lblLoss.setVisible(bool(losses))
        self.chkLoss.setVisible(bool(losses))
        self.lblError.setText(error or "")
        self.lblError.setVisible(bool(error))
        self.btnOk.setEnabled(self.check is not None and bool(self.edtReason.text().strip())
                              and (not losses or self.chkLoss.isChecked()))
        self.btnOk.setToolTip(self.tr("Tick “I know this loses money” first") if losses and not self.chkLoss.isChecked()
                              else self.tr("Enter a reason first") if not self.edtReason.text().strip() else "")

    def save(self):
        kwargs = {"changed_by": staff_name(), "reason": self.edtReason.text(), "confirm_loss": self.chkLoss.isChecked()}
        if self.scope == cm.SHOP:
            if self.new_bp() is None:
                raise cm.CommissionError(QT_TRANSLATE_NOOP("core", "Enter a rate."))
            return cm.set_shop_default(self.store, self.new_bp(), **kwargs)
        if self.scope == cm.PRODUCT:
            return cm.set_product_rate(self.store, self.product_id, self.new_bp(), **kwargs)
        if self.new_bp() is None:
            raise cm.CommissionError(QT_TRANSLATE_NOOP("core", "Enter a rate."))
        return cm.set_affiliate_rate(self.store, self.affiliate_id, self.product_id, self.new_bp(), **kwargs)
