"""Add or edit one product. The save happens in the form, so a bad field is explained there (in the
user's language, from the core's own checks) and can be corrected without retyping the rest."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit

from app.core import products as catalog
from app.core.money import format_money, format_rate
from app.core.products import MAX_ITEM_ID, MAX_TITLE, Product
from app.ui.widgets.amount_edit import MoneyEdit, RateEdit
from app.ui.widgets.save_dialog import SaveDialog

ERROR_STYLE = "color: #b00020"
WARNING_STYLE = "color: #8a5a00"


class ProductForm(SaveDialog):
    """``run(parent, store, product=None)``: the product as saved, or None when cancelled."""

    def __init__(self, store, product: Product | None = None, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.original = product
        self.setWindowTitle(self.tr("Edit product") if product else self.tr("Add product"))
        self.setMinimumWidth(460)
        self.edtTitle = QLineEdit(product.title if product else "")
        self.edtTitle.setMaxLength(MAX_TITLE)
        self.edtTitle.setPlaceholderText(self.tr("e.g. 北欧风陶瓷马克杯 350ml"))
        self.edtItemId = QLineEdit(product.platform_item_id if product else "")
        self.edtItemId.setMaxLength(MAX_ITEM_ID)
        self.edtItemId.setPlaceholderText(self.tr("The platform's item ID (optional)"))
        self.edtPrice = MoneyEdit(placeholder=self.tr("e.g. 99"))
        self.edtCost = MoneyEdit(placeholder="0")
        self.edtCost.setToolTip(self.tr("What one unit costs you: purchase, packaging and shipping"))
        self.edtFee = RateEdit(placeholder="0%")
        self.edtFee.setToolTip(self.tr("The platform's fee on each sale (技术服务费), e.g. 5%"))
        self.edtCommission = RateEdit(placeholder=self.tr("Shop default"))
        self.edtCommission.setToolTip(self.tr("The affiliate (淘宝客) commission for this product; leave empty "
                                              "to use the shop's default rate"))
        self.chkBestseller = QCheckBox(self.tr("Bestseller (爆款)"))
        self.chkListed = QCheckBox(self.tr("On sale"))
        self.chkListed.setChecked(True)
        if product is not None:
            self.edtPrice.set_value(product.price_fen)
            self.edtCost.set_value(product.cost_fen)
            self.edtFee.set_value(product.fee_bp)
            self.edtCommission.set_value(product.commission_bp)
            self.chkBestseller.setChecked(product.bestseller)
            self.chkListed.setChecked(product.listed)
        self.lblMargin = QLabel()
        self.lblWarning = QLabel()
        self.lblWarning.setStyleSheet(WARNING_STYLE)
        self.lblWarning.setWordWrap(True)

        flags = QHBoxLayout()
        flags.addWidget(self.chkBestseller)
        flags.addWidget(self.chkListed)
        flags.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.edtTitle)
        form.addRow(self.tr("&Item ID:"), self.edtItemId)
        form.addRow(self.tr("&Price (元):"), self.edtPrice)
        form.addRow(self.tr("&Cost (元):"), self.edtCost)
        form.addRow(self.tr("Platform &fee:"), self.edtFee)
        form.addRow(self.tr("Co&mmission:"), self.edtCommission)
        form.addRow("", flags)
        form.addRow(self.tr("Margin:"), self.lblMargin)
        form.addRow(self.lblWarning)
        self.finish(form)
        for edit in self.amount_edits():
            edit.valueChanged.connect(self.refresh)
        self.chkBestseller.toggled.connect(self.refresh)
        self.refresh()

    def amount_edits(self) -> tuple:
        return self.edtPrice, self.edtCost, self.edtFee, self.edtCommission

    def refresh(self) -> None:
        """Live feedback: the first invalid field's reason (OK disabled meanwhile), the margin, warnings."""
        errors = [edit.error for edit in self.amount_edits() if edit.error]
        self.btnOk.setEnabled(not errors)
        self.lblError.setText(errors[0] if errors else "")
        self.lblError.setVisible(bool(errors))
        price, cost, fee = self.edtPrice.value(), self.edtCost.value() or 0, self.edtFee.value() or 0
        if price:
            margin = catalog.unit_margin_fen(price, cost, fee)
            self.lblMargin.setText(self.tr("{amount} per unit ({rate} of the price)").format(
                amount=format_money(margin), rate=format_rate(catalog.margin_bp(price, cost, fee))))
            self.lblMargin.setStyleSheet(ERROR_STYLE if margin < 0 else "")
        else:
            self.lblMargin.setText("—")
            self.lblMargin.setStyleSheet("")
        self.lblWarning.setText(self._warning(price, cost, fee))
        self.lblWarning.setVisible(bool(self.lblWarning.text()))

    def _warning(self, price: int | None, cost: int, fee: int) -> str:
        commission = self.edtCommission.value()
        old = self.original.commission_bp if self.original else None
        if (self.chkBestseller.isChecked() and self.original is not None and self.original.bestseller
                and commission is not None and old is not None and commission < old):
            return self.tr("Lowering a bestseller's commission makes affiliates leave: raise it only when the "
                           "bestseller is sliding, and lower it only after careful thought.")
        if price and commission is not None and commission >= catalog.margin_bp(price, cost, fee):
            return self.tr("The commission is not below the margin: affiliate sales earn nothing or lose money.")
        return ""

    def fields(self) -> dict:
        return {
            "title": self.edtTitle.text(), "platform_item_id": self.edtItemId.text(),
            "price_fen": self.edtPrice.value() or 0, "cost_fen": self.edtCost.value() or 0,
            "fee_bp": self.edtFee.value() or 0, "commission_bp": self.edtCommission.value(),
            "bestseller": self.chkBestseller.isChecked(), "listed": self.chkListed.isChecked(),
        }

    def save(self) -> Product:
        """Save the product; a commission change goes through the commission rules so it is kept in
        the history (佣金设置 shows it). The form has already shown any loss or 爆款 warning."""
        from app.core import commissions
        from app.ui.settings import staff_name

        fields = self.fields()
        rate = fields.pop("commission_bp")
        old = self.original.commission_bp if self.original else None
        with self.store.write():
            if self.original is None:
                product = catalog.add_product(self.store, **fields)
            else:
                product = catalog.update_product(self.store, self.original.id, **fields)
            if rate != old:
                commissions.set_product_rate(self.store, product.id, rate, changed_by=staff_name(),
                                             reason=self.tr("Changed in the product form"), confirm_loss=True)
                product = catalog.get_product(self.store, product.id)
        return product

    def accept(self) -> None:
        if not self.btnOk.isEnabled():  # Enter in a field must not save while one is invalid
            return
        super().accept()
        if self.result() != self.DialogCode.Accepted:
            self.edtTitle.setFocus()
