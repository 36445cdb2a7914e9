"""价格计算: what a price tactic leaves the shop, per unit, as the user types.

At the top the item: a product picked from the catalogue (its price, cost, platform fee and
commission filled in) or typed by hand; on the left the tactics; on the right the chosen
tactic's page (calc_*.py), each recomputing at every keystroke. Every page opens on the
worked example of domain.md §2 for a 100 元 item.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QScrollArea,
    QStackedWidget, QVBoxLayout, QWidget,
)

from app import i18n
from app.core import products as catalog
from app.core.errors import UserError
from app.core.money import format_money
from app.core.price_tactics import Item
from app.core.products import Product
from app.ui.promotions.calc_deals import FlashPage, OneYuanPage
from app.ui.promotions.calc_discounts import CutDiscountPage, IllusionPage, ThresholdPage
from app.ui.promotions.calc_ladder import LowestPricePage, SteppedPage
from app.ui.promotions.calc_stacking import StackingPage
from app.ui.promotions.calc_page import FIELD_WIDTH, TacticPage
from app.ui.promotions.calc_widgets import red_label, say
from app.ui.settings import app_settings
from app.ui.widgets.amount_edit import MoneyEdit, RateEdit

COMBO_LIMIT = 2000  # products offered in the picker; the search box of the products dialog finds the rest
SETTING = "promotions/tactic"


class CalculatorPanel(QWidget):
    """价格计算: the price tactics of domain.md §2, each with its profit per unit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.products: dict[str, Product] = {}
        self._filling = False
        self.pgThreshold, self.pgStepped, self.pgCut = ThresholdPage(), SteppedPage(), CutDiscountPage()
        self.pgIllusion, self.pgFlash, self.pgOneYuan = IllusionPage(), FlashPage(), OneYuanPage()
        self.pgStacking, self.pgLowest = StackingPage(), LowestPricePage()
        self.pages: list[TacticPage] = [self.pgThreshold, self.pgStepped, self.pgCut, self.pgIllusion, self.pgFlash,
                                        self.pgOneYuan, self.pgStacking, self.pgLowest]
        names = (self.tr("Threshold price"), self.tr("Stepped price"), self.tr("Price cut plus discount"),
                 self.tr("Illusion discount"), self.tr("Flash window"), self.tr("One-yuan deal"),
                 self.tr("Stacked offers"), self.tr("7-day lowest price"))

        self.lstTactics = QListWidget()
        self.lstTactics.addItems(names)
        self.lstTactics.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.lstTactics.setFixedWidth(max(150, self.lstTactics.sizeHintForColumn(0) + 32))
        self.stkPages = QStackedWidget()
        for page in self.pages:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.stkPages.addWidget(scroll)
        self.lstTactics.currentRowChanged.connect(self._show_tactic)
        body = QHBoxLayout()
        body.addWidget(self.lstTactics)
        body.addWidget(self.stkPages, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_item_bar())
        layout.addLayout(body, 1)
        saved = app_settings().value(SETTING)
        self.lstTactics.setCurrentRow(int(saved) if str(saved).isdigit() and int(saved) < len(self.pages) else 0)

    def _build_item_bar(self) -> QFrame:
        self.cmbProduct = QComboBox()
        self.cmbProduct.setEditable(True)
        self.cmbProduct.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.cmbProduct.setMinimumWidth(360)
        self.cmbProduct.setMaximumWidth(560)
        self.cmbProduct.lineEdit().setPlaceholderText(self.tr("Type to search the products"))
        self.cmbProduct.setToolTip(self.tr("Pick a product to fill in its price, cost, fee and commission, "
                                           "or choose “Manual entry” and type them"))
        completer = self.cmbProduct.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.cmbProduct.currentIndexChanged.connect(self._product_picked)
        self.btnProducts = QPushButton(self.tr("Products…"))
        self.btnProducts.setToolTip(self.tr("Add and edit the products of the catalogue"))
        self.btnProducts.clicked.connect(self.edit_products)

        self.edtPrice = MoneyEdit()
        self.edtCost = MoneyEdit()
        self.edtFee = RateEdit(placeholder="0%")
        self.edtCommission = RateEdit(placeholder=self.tr("none"))
        self.edtPrice.setToolTip(self.tr("The list price (原价) the discounts start from"))
        self.edtCost.setToolTip(self.tr("What one unit costs you: purchase, packaging and shipping"))
        self.edtFee.setToolTip(self.tr("The platform's fee on the price the buyer pays, e.g. 5%"))
        self.edtCommission.setToolTip(self.tr("The affiliate (淘宝客) commission on the price the buyer pays; "
                                              "empty: a sale without an affiliate"))
        self.lblItemError = red_label()
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Product:")), 0, 0)
        picker = QHBoxLayout()
        picker.addWidget(self.cmbProduct, 1)
        picker.addWidget(self.btnProducts)
        picker.addStretch(1)
        grid.addLayout(picker, 0, 1, 1, 8)
        fields = ((self.tr("Price (元):"), self.edtPrice), (self.tr("Cost (元):"), self.edtCost),
                  (self.tr("Platform fee:"), self.edtFee), (self.tr("Commission:"), self.edtCommission))
        for column, (label, edit) in enumerate(fields):
            edit.setFixedWidth(FIELD_WIDTH - 20)
            edit.valueChanged.connect(self.update_item)
            grid.addWidget(QLabel(label), 1, column * 2)
            grid.addWidget(edit, 1, column * 2 + 1)
        grid.addWidget(self.lblItemError, 2, 0, 1, 9)
        grid.setColumnStretch(8, 1)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        QVBoxLayout(frame).addLayout(grid)
        self._reload_products()
        self._fill(10000, 5000, 0, None)
        return frame

    # -- the store and its products -------------------------------------------------------
    def set_store(self, store) -> None:
        self.store = store
        self.btnProducts.setEnabled(store is not None)
        self._reload_products()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._reload_products()  # the catalogue may have been edited meanwhile

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        # Back from a dialog (Edit → 商品…) or another window: the catalogue may have changed.
        if event.type() == QEvent.Type.ActivationChange and self.isVisible() and self.isActiveWindow():
            self._reload_products()

    def _reload_products(self) -> None:
        chosen = self.cmbProduct.currentData()
        listed = catalog.list_products(self.store, limit=COMBO_LIMIT) if self.store is not None else []
        self.products = {p.id: p for p in listed}
        self.cmbProduct.blockSignals(True)
        self.cmbProduct.clear()
        self.cmbProduct.addItem(self.tr("Manual entry"), None)
        for product in listed:
            text = f"{product.title}  ·  {format_money(product.price_fen)}"
            self.cmbProduct.addItem(text if product.listed else self.tr("{product} (delisted)").format(product=text),
                                    product.id)
        self.cmbProduct.setCurrentIndex(max(0, self.cmbProduct.findData(chosen)) if chosen else 0)
        self.cmbProduct.blockSignals(False)

    def edit_products(self) -> None:
        if self.store is None:
            return
        from app.ui.products.products_dialog import ProductsDialog

        if ProductsDialog.edit(self.store, self):
            chosen = self.cmbProduct.currentData()
            self._reload_products()
            if chosen in self.products:
                self._product_picked()

    def choose_product(self, product_id: str | None) -> None:
        self.cmbProduct.setCurrentIndex(max(0, self.cmbProduct.findData(product_id)))

    def _product_picked(self, *_args) -> None:
        product = self.products.get(self.cmbProduct.currentData())
        if product is None:
            return  # manual entry: keep what is typed
        self._fill(product.price_fen, product.cost_fen, product.fee_bp, product.commission_bp)
        item = self.item()
        if item is not None:
            for page in self.pages:
                page.product_chosen(item)

    def _fill(self, price: int, cost: int, fee: int, commission: int | None) -> None:
        self._filling = True
        try:
            self.edtPrice.set_value(price)
            self.edtCost.set_value(cost)
            self.edtFee.set_value(fee)
            self.edtCommission.set_value(commission)
        finally:
            self._filling = False
        self.update_item()

    # -- the item every page computes with ---------------------------------------------------
    def item(self) -> Item | None:
        """The item the fields describe; None (and the reason shown) when they do not make one."""
        edits = (self.edtPrice, self.edtCost, self.edtFee, self.edtCommission)
        error = next((edit.error for edit in edits if edit.error), None)
        if error is None and self.edtPrice.value() is None:
            error = self.tr("Enter the price.")
        elif error is None and self.edtCost.value() is None:
            error = self.tr("Enter the cost.")
        if error is None:
            try:
                item = Item(self.edtPrice.value(), self.edtCost.value(), self.edtFee.value() or 0,
                            self.edtCommission.value())
            except UserError as err:
                error = i18n.error_text(err)
        say(self.lblItemError, error or "")
        return None if error else item

    def update_item(self, *_args) -> None:
        if self._filling:
            return
        item = self.item()
        for page in self.pages:
            page.set_item(item)

    def _show_tactic(self, row: int) -> None:
        if row >= 0:
            self.stkPages.setCurrentIndex(row)
            app_settings().setValue(SETTING, row)

    def current_page(self) -> TacticPage:
        return self.pages[self.stkPages.currentIndex()]

    def show_page(self, page: TacticPage) -> None:
        self.lstTactics.setCurrentRow(self.pages.index(page))
