"""The products table: one row per live product, searched and sorted in SQL, fetched a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.core import products as catalog
from app.core.money import format_money, format_rate
from app.core.products import Product

TITLE, ITEM_ID, PRICE, COST, FEE, MARGIN, BESTSELLER, STATUS, COMMISSION = range(9)
COLUMNS = COMMISSION + 1
# The core's sort key of each column that can be sorted (in SQL); the others cannot.
SORT_KEYS = {TITLE: "title", PRICE: "price", COST: "cost", MARGIN: "margin"}
NUMERIC = (PRICE, COST, FEE, MARGIN, COMMISSION)
PAGE = 200  # rows fetched at a time, so a long catalogue opens at once
LOSS_RED = "#b00020"
_ROLE = Qt.ItemDataRole


class ProductModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.store = None
        self.search = ""
        self.sort_column, self.descending = TITLE, False
        self.rows: list[Product] = []
        self.total = 0
        self._grey = QBrush(QColor("#888888"))
        self._red = QBrush(QColor(LOSS_RED))

    # -- loading -------------------------------------------------------------------------
    def load(self, store=None, *, search: str | None = None) -> None:
        """(Re)read the first page; ``store`` and ``search`` change only when given."""
        self.beginResetModel()
        if store is not None:
            self.store = store
        if search is not None:
            self.search = search
        self.rows = []
        self.total = catalog.count_products(self.store, search=self.search) if self.store is not None else 0
        self._fetch()
        self.endResetModel()

    def _fetch(self) -> list[Product]:
        if self.store is None or len(self.rows) >= self.total:
            return []
        page = catalog.list_products(self.store, search=self.search, sort=SORT_KEYS[self.sort_column],
                                     descending=self.descending, limit=PAGE, offset=len(self.rows))
        self.rows.extend(page)
        return page

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008 - Qt's names
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self.canFetchMore():
            return
        first = len(self.rows)
        page = catalog.list_products(self.store, search=self.search, sort=SORT_KEYS[self.sort_column],
                                     descending=self.descending, limit=PAGE, offset=first)
        if not page:
            self.total = first  # rows were deleted meanwhile
            return
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def product(self, row: int) -> Product:
        return self.rows[row]

    def row_of(self, product_id: str) -> int | None:
        return next((row for row, p in enumerate(self.rows) if p.id == product_id), None)

    # -- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=_ROLE.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == _ROLE.DisplayRole:
            return (self.tr("Product title"), self.tr("Item ID"), self.tr("Price"), self.tr("Cost"),
                    self.tr("Platform fee"), self.tr("Margin"), self.tr("Bestseller"), self.tr("Status"),
                    self.tr("Commission"))[section]
        if role == _ROLE.ToolTipRole:
            if section == MARGIN:
                return self.tr("Price − cost − platform fee, per unit and as a share of the price "
                               "(commission not included). Click to sort.")
            if section in SORT_KEYS:
                return self.tr("Click to sort")
        if role == _ROLE.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=_ROLE.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        product, column = self.rows[index.row()], index.column()
        if role == _ROLE.DisplayRole:
            return self._display(product, column)
        if role == _ROLE.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _ROLE.TextAlignmentRole and column == BESTSELLER:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == _ROLE.ForegroundRole:
            if column == MARGIN and product.margin_fen < 0:
                return self._red
            if not product.listed:
                return self._grey
        if role == _ROLE.ToolTipRole and column == MARGIN and product.margin_fen < 0:
            return self.tr("Sold at this price the product loses money, before any commission.")
        if role == _ROLE.UserRole:
            return product.id
        return None

    def _display(self, product: Product, column: int) -> str:
        if column == TITLE:
            return product.title
        if column == ITEM_ID:
            return product.platform_item_id
        if column == PRICE:
            return format_money(product.price_fen)
        if column == COST:
            return format_money(product.cost_fen)
        if column == FEE:
            return format_rate(product.fee_bp)
        if column == MARGIN:
            return f"{format_money(product.margin_fen)} ({format_rate(product.margin_bp)})"
        if column == BESTSELLER:
            return "★" if product.bestseller else ""
        if column == STATUS:
            return self.tr("On sale") if product.listed else self.tr("Delisted")
        if product.commission_bp is None:
            return self.tr("Shop default")
        return format_rate(product.commission_bp)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column the core can sort by (in SQL); other columns are ignored."""
        if column not in SORT_KEYS:
            return
        self.sort_column, self.descending = column, order == Qt.SortOrder.DescendingOrder
        self.load()
