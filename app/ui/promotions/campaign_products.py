"""The campaign editor's products: picked from the catalogue, each with its price tactic and
campaign price, and the profit one sale leaves at that price (a loss in red)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QCompleter, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from app.core import campaigns as cp
from app.core.errors import UserError
from app.core.money import format_money
from app.core.products import Product, get_product, list_products
from app.core.storefront import pick
from app.ui.promotions.campaign_common import LOSS_COLOR, sale_at
from app.ui.widgets.amount_edit import MoneyEdit
from app.ui.widgets.common import ui_lang

TITLE, TACTIC, PRICE, PROFIT = range(4)
CATALOG_LIMIT = 5000


@dataclass
class _Row:
    product: Product
    params: str
    tactic: QComboBox
    price: MoneyEdit


class ProductsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.store = None
        self.channel = "store"
        self.rows: list[_Row] = []
        self.cmbProduct = QComboBox()
        self.cmbProduct.setEditable(True)
        self.cmbProduct.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.cmbProduct.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.cmbProduct.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.cmbProduct.lineEdit().setPlaceholderText(self.tr("Type to find a product in the catalogue"))
        self.btnAddProduct = QPushButton(self.tr("Add product"))
        self.btnAddProduct.clicked.connect(lambda: self.add_product(self.cmbProduct.currentData()))
        self.btnRemoveProduct = QPushButton(self.tr("Remove"))
        self.btnRemoveProduct.clicked.connect(self.remove_product)
        self.tblProducts = QTableWidget(0, 4)
        self.tblProducts.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Price tactic"),
                                                    self.tr("Campaign price"), self.tr("Profit per sale")])
        self.tblProducts.verticalHeader().hide()
        self.tblProducts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tblProducts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tblProducts.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (TACTIC, PRICE, PROFIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.cmbProduct, 1)
        top.addWidget(self.btnAddProduct)
        top.addWidget(self.btnRemoveProduct)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tblProducts, 1)

    def set_products(self, store, entries: list[cp.CampaignProduct], channel: str) -> None:
        self.store, self.channel = store, channel
        self.cmbProduct.clear()
        for product in list_products(store, include_delisted=False, limit=CATALOG_LIMIT):
            self.cmbProduct.addItem(f"{product.title}  ·  {format_money(product.price_fen)}", product.id)
        self.cmbProduct.setCurrentIndex(-1)
        self.tblProducts.setRowCount(0)
        self.rows = []
        for entry in entries:
            self.add_product(entry.product_id, entry.tactic, entry.campaign_price_fen, entry.params)
        self.btnAddProduct.setEnabled(self.cmbProduct.count() > 0)

    def add_product(self, product_id: str | None, tactic: str = "discount", price_fen: int | None = None,
                    params: str = "{}") -> None:
        if not product_id or any(r.product.id == product_id for r in self.rows):
            return
        try:
            product = get_product(self.store, product_id)
        except UserError:
            return  # deleted since: it cannot stay in the campaign
        row = len(self.rows)
        self.tblProducts.insertRow(row)
        self.tblProducts.setItem(row, TITLE, QTableWidgetItem(product.title))
        cmb = QComboBox()
        for code, names in cp.TACTICS.items():
            cmb.addItem(pick(names, self.lang), code)
        cmb.setCurrentIndex(max(0, cmb.findData(tactic)))
        edit = MoneyEdit(placeholder=self.tr("e.g. 99"))
        edit.set_value(price_fen if price_fen is not None else product.price_fen)
        self.tblProducts.setCellWidget(row, TACTIC, cmb)
        self.tblProducts.setCellWidget(row, PRICE, edit)
        self.tblProducts.setItem(row, PROFIT, QTableWidgetItem())
        self.rows.append(_Row(product, params, cmb, edit))
        edit.valueChanged.connect(lambda _v: self.update_profits())
        self.update_profits()
        self.cmbProduct.setCurrentIndex(-1)

    def remove_product(self) -> None:
        row = self.tblProducts.currentRow()
        if 0 <= row < len(self.rows):
            self.tblProducts.removeRow(row)
            del self.rows[row]

    def set_channel(self, channel: str) -> None:
        self.channel = channel
        self.update_profits()

    def update_profits(self) -> None:
        for n, row in enumerate(self.rows):
            item = self.tblProducts.item(n, PROFIT)
            sale = sale_at(row.product, row.price.value(), self.channel)
            if sale is None:
                item.setText("")
                continue
            loss = self.tr("  ▼ loss") if sale.loss else ""
            item.setText(f"{format_money(sale.profit_fen)}{loss}")
            item.setForeground(LOSS_COLOR if sale.loss else self.palette().text().color())
            tip = self.tr("price {price} − cost {cost} − platform fee {fee} − commission {commission}")
            item.setToolTip(tip.format(
                price=format_money(sale.buyer_price_fen), cost=format_money(sale.cost_fen),
                fee=format_money(sale.fee_fen), commission=format_money(sale.commission_fen)))

    def profit_texts(self) -> list[str]:
        return [self.tblProducts.item(n, PROFIT).text() for n in range(len(self.rows))]

    def entries(self) -> tuple[list[cp.CampaignProduct], str | None]:
        """The products as the campaign stores them, and the first price not understood (or None)."""
        for row in self.rows:
            if row.price.error:
                return [], self.tr("Campaign price of “{title}”: {error}").format(title=row.product.title,
                                                                                   error=row.price.error)
        return [cp.CampaignProduct("", r.product.id, r.tactic.currentData(), r.params, r.price.value())
                for r in self.rows], None
