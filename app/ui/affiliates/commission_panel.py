"""佣金设置: the shop's stage and default rate with the brief's advice, each product's rate and what
it leaves (loss rows in red), affiliates' 定向 overrides, and the history of every change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.core import commissions as cm
from app.core import products as catalog
from app.core.errors import UserError
from app.core.money import format_money, format_rate
from app.core.records import pick
from app.ui.affiliates.rate_dialog import RateDialog, core_text
from app.ui.settings import staff_name
from app.ui.widgets.common import AMBER, show_error, ui_lang
from app.ui.widgets.undo_notice import UndoNotice

LOSS_RED = "#b00020"
LIMIT = 500  # rows of overrides and history shown; the filter narrows the history
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def table(headers: list[str], stretch: int | None = None) -> QTableWidget:
    """A read-only table of whole rows; column ``stretch`` (else the last) takes the spare width."""
    view = QTableWidget(0, len(headers))
    view.setHorizontalHeaderLabels(headers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        view.horizontalHeader().setStretchLastSection(True)
    else:
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    return view


def fill(view: QTableWidget, rows: list[tuple[list, object]], numeric: tuple = ()) -> None:
    """Rows of (cells, data of the first cell); the selection is kept by that data when it stays."""
    current = view.currentRow()
    kept = view.item(current, 0).data(Qt.ItemDataRole.UserRole) if current >= 0 and view.item(current, 0) else None
    view.setRowCount(len(rows))
    select = 0 if rows else -1
    for r, (cells, data) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(_RIGHT)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, data)
            view.setItem(r, c, item)
        if data == kept and kept is not None:
            select = r
    if select >= 0:
        view.selectRow(select)


def paint(view: QTableWidget, row: int, *, foreground: str | None = None, background: str | None = None,
          tip: str = "") -> None:
    for c in range(view.columnCount()):
        item = view.item(row, c)
        if foreground:
            item.setForeground(QBrush(QColor(foreground)))
        if background:
            item.setBackground(QBrush(QColor(background)))
        if tip:
            item.setToolTip(tip)


class CommissionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.cmbStage = QComboBox()
        for code, names in cm.STAGES.items():
            self.cmbStage.addItem(pick(names, ui_lang()), code)
        self.cmbStage.setToolTip(self.tr("A new shop pays high to attract affiliates; a stable shop pays the "
                                         "upper-middle of its industry"))
        self.cmbStage.activated.connect(self.change_stage)
        self.lblDefault = QLabel()
        self.btnDefault = QPushButton(self.tr("Change default…"))
        self.btnDefault.clicked.connect(self.change_default)
        self.btnProducts = QPushButton(self.tr("Products…"))
        self.btnProducts.setToolTip(self.tr("Edit the product catalogue: price, cost, platform fee, 爆款"))
        self.btnProducts.clicked.connect(self.open_products)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Shop stage:")))
        top.addWidget(self.cmbStage)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Default commission:")))
        top.addWidget(self.lblDefault)
        top.addWidget(self.btnDefault)
        top.addStretch(1)
        top.addWidget(self.btnProducts)
        self.lblAdvice = QLabel()
        self.lblAdvice.setWordWrap(True)
        self.lblAdvice.setStyleSheet("color: #555")

        self.tblProducts = table([self.tr("Product"), self.tr("Bestseller"), self.tr("Price"), self.tr("Cost"),
                                  self.tr("Platform fee"), self.tr("Margin"), self.tr("Commission"),
                                  self.tr("Commission per item"), self.tr("Left after commission")], stretch=0)
        self.tblProducts.doubleClicked.connect(lambda _index: self.change_product_rate())
        self.btnRate = QPushButton(self.tr("Change commission…"))
        self.btnRate.clicked.connect(self.change_product_rate)
        self.lblProducts = QLabel()
        products = self._group(self.tr("Products and their commission"), self.tblProducts,
                               [self.lblProducts, None, self.btnRate])

        self.tblOverrides = table([self.tr("Affiliate"), self.tr("Product"), self.tr("Rate"), self.tr("Changed")])
        self.tblOverrides.doubleClicked.connect(lambda _index: self.edit_override())
        self.btnAddOverride = QPushButton(self.tr("Add…"))
        self.btnAddOverride.clicked.connect(self.add_override)
        self.btnEditOverride = QPushButton(self.tr("Edit…"))
        self.btnEditOverride.clicked.connect(self.edit_override)
        self.btnRemoveOverride = QPushButton(self.tr("Remove"))
        self.btnRemoveOverride.clicked.connect(self.remove_override)
        overrides = self._group(self.tr("Targeted commission (定向佣金)"), self.tblOverrides,
                                [None, self.btnAddOverride, self.btnEditOverride, self.btnRemoveOverride])

        self.cmbHistory = QComboBox()
        self.cmbHistory.setMinimumContentsLength(16)
        self.cmbHistory.activated.connect(lambda _i: self.load_history())
        self.tblHistory = table([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Old"), self.tr("New"),
                                 self.tr("Reason")])
        self.lblHistory = QLabel()
        history = self._group(self.tr("History of changes"), self.tblHistory,
                              [QLabel(self.tr("Show:")), self.cmbHistory, self.lblHistory, None])

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(overrides)
        lower.addWidget(history)
        lower.setStretchFactor(1, 2)
        lower.setSizes([420, 780])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(products)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.notice = UndoNotice()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lblAdvice)
        layout.addWidget(split, 1)
        layout.addWidget(self.notice)
        for view in (self.tblProducts, self.tblOverrides):
            view.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    @staticmethod
    def _group(title: str, view: QTableWidget, bar: list) -> QGroupBox:
        """A titled box: a bar of widgets (None: a stretch) over the table."""
        box = QGroupBox(title)
        row = QHBoxLayout()
        for widget in bar:
            if widget is None:
                row.addStretch(1)
            else:
                row.addWidget(widget)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(view, 1)
        return box

    # -- loading -------------------------------------------------------------------------
    def set_store(self, store) -> None:
        self.store = store
        self.reload()

    def reload(self) -> None:
        self._stale = False
        self.setEnabled(self.store is not None)
        if self.store is None:
            for view in (self.tblProducts, self.tblOverrides, self.tblHistory):
                view.setRowCount(0)
            return
        stage, default = cm.shop_stage(self.store), cm.shop_default(self.store)
        self.cmbStage.setCurrentIndex(self.cmbStage.findData(stage))
        self.lblDefault.setText(f"<b>{format_rate(default)}</b>")
        advice = cm.rate_advice(stage)
        self.lblAdvice.setText(" ".join(core_text(n) for n in advice.notices))
        self.load_products(default)
        self.load_overrides()
        self._fill_history_filter()
        self.load_history()
        self._update_buttons()

    def load_products(self, default: int) -> None:
        lang, rows, losses = ui_lang(), [], []
        products = catalog.list_products(self.store, limit=2000)
        for product in products:
            bp = product.commission_rate(default)
            source = "product" if product.commission_bp is not None else "shop"
            commission = cm.commission_fen(product.price_fen, bp)
            rows.append(([product.title, "★" if product.bestseller else "", format_money(product.price_fen),
                          format_money(product.cost_fen), format_rate(product.fee_bp),
                          f"{format_money(product.margin_fen)} ({format_rate(product.margin_bp)})",
                          f"{format_rate(bp)} · {pick(cm.SOURCES[source], lang)}", format_money(commission),
                          format_money(product.margin_fen - commission)], product.id))
            losses.append(cm.loss_notice(bp, product) if cm.is_loss(bp, product) else None)
        fill(self.tblProducts, rows, numeric=(2, 3, 4, 5, 6, 7, 8))
        for r, loss in enumerate(losses):
            if loss is not None:
                paint(self.tblProducts, r, foreground=LOSS_RED, tip=core_text(loss))
        count = sum(1 for loss in losses if loss)
        self.lblProducts.setText(self.tr("{count} products sell at a loss at their commission.").format(count=count)
                                 if count else self.tr("Products: {count}").format(count=len(products)))
        self.lblProducts.setStyleSheet(f"color: {LOSS_RED}" if count else "")

    def load_overrides(self) -> None:
        rows = [([o.affiliate_name, o.product_title or self.tr("All products"), format_rate(o.rate_bp),
                  o.updated_at.replace("T", " ")[:16]], (o.affiliate_id, o.product_id))
                for o in cm.list_overrides(self.store, limit=LIMIT)]
        fill(self.tblOverrides, rows, numeric=(2,))

    def _fill_history_filter(self) -> None:
        kept = self.cmbHistory.currentData()
        self.cmbHistory.clear()
        self.cmbHistory.addItem(self.tr("All changes"), None)
        self.cmbHistory.addItem(self.tr("Shop default"), ("scope", cm.SHOP))
        for product in catalog.list_products(self.store, limit=2000):
            self.cmbHistory.addItem(self.tr("Product: {title}").format(title=product.title), ("product", product.id))
        for affiliate_id, name in cm.changed_affiliates(self.store):
            self.cmbHistory.addItem(self.tr("Affiliate: {name}").format(name=name), ("affiliate", affiliate_id))
        self.cmbHistory.setCurrentIndex(max(0, self.cmbHistory.findData(kept)))

    def load_history(self) -> None:
        chosen = self.cmbHistory.currentData()
        filters = {} if chosen is None else {{"scope": "scope", "product": "product_id",
                                               "affiliate": "affiliate_id"}[chosen[0]]: chosen[1]}
        changes = cm.list_changes(self.store, limit=LIMIT, **filters)
        rows = []
        for change in changes:
            if change.scope == cm.SHOP:
                what = self.tr("Shop default")
            elif change.scope == cm.PRODUCT:
                what = change.product_title
            else:
                product = change.product_title or self.tr("All products")
                what = f"{change.affiliate_name} · {product}"
            rows.append(([change.changed_at.replace("T", " ")[:16], change.changed_by, what, self._rate(change.old_bp,
                          change.scope), self._rate(change.new_bp, change.scope), change.reason], change.id))
        fill(self.tblHistory, rows, numeric=(3, 4))
        for r, change in enumerate(changes):
            if change.bestseller_cut:
                paint(self.tblHistory, r, background=AMBER, tip=self.tr(
                    "A bestseller's commission was cut: affiliates leave when that happens."))
        total = cm.count_changes(self.store, **filters)
        self.lblHistory.setText(self.tr("Latest {shown} of {total}").format(shown=len(rows), total=total)
                                if total > len(rows) else "")

    def _rate(self, bp: int | None, scope: str) -> str:
        if bp is not None:
            return format_rate(bp)
        return self.tr("Shop default") if scope == cm.PRODUCT else "—"

    def _update_buttons(self) -> None:
        has_store = self.store is not None
        self.btnRate.setEnabled(has_store and self.tblProducts.currentRow() >= 0)
        chosen = self.tblOverrides.currentRow() >= 0
        self.btnEditOverride.setEnabled(chosen)
        self.btnRemoveOverride.setEnabled(chosen)

    def _selected(self, view: QTableWidget):
        row = view.currentRow()
        return view.item(row, 0).data(Qt.ItemDataRole.UserRole) if row >= 0 and view.item(row, 0) else None

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._stale = True  # the catalogue or the register may change elsewhere meanwhile
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.reload()

    # -- changing ------------------------------------------------------------------------
    def _run(self, **kwargs) -> None:
        try:
            saved = RateDialog.run(self, self.store, **kwargs)
        except UserError as err:  # the product or affiliate went away meanwhile
            show_error(self, err)
            saved = None
        if saved is not None:
            self.notice.say(self.tr("Commission changed; the history keeps the change."))
            self.reload()

    def change_stage(self) -> None:
        cm.set_shop_stage(self.store, self.cmbStage.currentData())
        self.reload()

    def change_default(self) -> None:
        self._run(scope=cm.SHOP)

    def change_product_rate(self) -> None:
        product_id = self._selected(self.tblProducts)
        if product_id:
            self._run(scope=cm.PRODUCT, product_id=product_id)

    def add_override(self) -> None:
        from app.ui.affiliates.affiliate_picker import pick_affiliate  # at click time: tests replace it

        affiliate_id = pick_affiliate(self, self.store, self.tr("Choose the affiliate for a targeted rate"))
        if affiliate_id:
            self._run(scope=cm.AFFILIATE, affiliate_id=affiliate_id, choose_product=True)  # all products first

    def edit_override(self) -> None:
        chosen = self._selected(self.tblOverrides)
        if chosen:
            self._run(scope=cm.AFFILIATE, affiliate_id=chosen[0], product_id=chosen[1])

    def remove_override(self) -> None:
        chosen = self._selected(self.tblOverrides)
        if not chosen:
            return
        affiliate_id, product_id = chosen
        old = cm.affiliate_rate(self.store, affiliate_id, product_id)
        row = self.tblOverrides.currentRow()
        name = self.tblOverrides.item(row, 0).text()
        what = self.tblOverrides.item(row, 1).text()
        try:
            cm.remove_affiliate_rate(self.store, affiliate_id, product_id, changed_by=staff_name(),
                                     reason=self.tr("Targeted rate removed"))
        except UserError as err:
            show_error(self, err)
            return
        self.reload()

        def undo() -> None:
            try:
                cm.set_affiliate_rate(self.store, affiliate_id, product_id, old, changed_by=staff_name(),
                                      reason=self.tr("Removal undone"), confirm_loss=True)
            finally:
                self.reload()
        self.notice.push(self.tr("Removed the targeted rate of {name} ({what}).").format(name=name, what=what), undo)

    def open_products(self) -> None:
        from app.ui.products.products_dialog import ProductsDialog  # only when asked for

        ProductsDialog.edit(self.store, self)
        self.reload()  # prices, costs and 爆款 flags may have changed

