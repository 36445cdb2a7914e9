"""推广订单: import the affiliate platform's order report, read a period's figures (orders,
推广金额, commission, effective rate, the top affiliates), attach the promoters the register
does not know yet, and see the last imports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.core import affiliate_promoters as promoters
from app.core import affiliate_stats as stats
from app.core.errors import UserError
from app.core.money import format_money, format_rate
from app.ui.sales.range_picker import RangePicker
from app.ui.widgets.common import notify, show_error
from app.ui.widgets.empty_state import EmptyState

TOP = 20
UNMATCHED_LIMIT = 200
IMPORTS = 10
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], numeric: set[int]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c in numeric:
                item.setTextAlignment(_RIGHT)
            table.setItem(r, c, item)


def _rate(bp: int | None) -> str:
    return "—" if bp is None else format_rate(bp)


class AffiliateOrdersPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.unmatched: list[promoters.UnmatchedPromoter] = []
        self.sales: stats.AffiliateSales | None = None
        self.btnImport = QPushButton(self.tr("Import affiliate orders…"))
        self.btnImport.setToolTip(self.tr("Import the order report (推广订单明细, CSV or Excel) exported from the "
                                          "affiliate platform"))
        self.btnImport.clicked.connect(lambda: self.import_orders())
        self.picker = RangePicker()
        self.picker.cmbGroup.hide()  # one figure for the period, no grouping
        self.picker.changed.connect(self.refresh)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.btnImport)
        toolbar.addStretch(1)
        toolbar.addWidget(self.picker)

        self.empty = EmptyState(self.tr("No affiliate orders yet"), self.tr(
            "Export the order report (推广订单明细) from the affiliate platform and click Import affiliate "
            "orders…: each order is matched to its affiliate by nickname, PID or source media."))
        self.lblSummary = QLabel()
        self.lblSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.lblSummary.font()
        font.setBold(True)
        self.lblSummary.setFont(font)
        self.tblTop = _table([self.tr("Affiliate"), self.tr("Orders"), self.tr("Promoted amount"),
                              self.tr("Commission"), self.tr("Effective rate"), self.tr("Share")], 0)
        self.tblTop.itemSelectionChanged.connect(self._show_products)
        self.tblProducts = _table([self.tr("Product"), self.tr("Orders"), self.tr("Promoted amount"),
                                   self.tr("Commission"), self.tr("Effective rate")], 0)
        self.boxProducts = self._box("", self.tblProducts)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self._box(self.tr("Top affiliates in the period"), self.tblTop))
        upper.addWidget(self.boxProducts)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)

        self.tblUnmatched = _table([self.tr("Promoter nickname"), self.tr("Ad zone / PID"), self.tr("Source media"),
                                    self.tr("Orders"), self.tr("Promoted amount"), self.tr("Last order")], 0)
        self.tblUnmatched.itemSelectionChanged.connect(self._selection_changed)
        self.tblUnmatched.itemDoubleClicked.connect(lambda _item: self.attach_selected())
        self.btnAttach = QPushButton(self.tr("Attach to affiliate…"))
        self.btnAttach.setToolTip(self.tr("This promoter is an affiliate already in the register: add the "
                                          "promoter's nickname and PID to them and match the orders"))
        self.btnCreate = QPushButton(self.tr("New affiliate"))
        self.btnCreate.setToolTip(self.tr("Add this promoter to the register as a new affiliate"))
        self.btnAttach.clicked.connect(self.attach_selected)
        self.btnCreate.clicked.connect(self.create_selected)
        self.lblUnmatched = QLabel()
        self.lblUnmatched.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.lblUnmatched, 1)
        buttons.addWidget(self.btnAttach)
        buttons.addWidget(self.btnCreate)
        self.boxUnmatched = self._box(self.tr("Promoters not in the register"), self.tblUnmatched, buttons)

        self.tblImports = _table([self.tr("Imported"), self.tr("File"), self.tr("Rows"), self.tr("Added"),
                                  self.tr("Updated"), self.tr("Unchanged"), self.tr("Skipped")], 1)
        imports_box = self._box(self.tr("Last imports"), self.tblImports)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.boxUnmatched)
        lower.addWidget(imports_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.lblSummary)
        body.addWidget(split, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.stack, 1)
        self._selection_changed()
        self._show_products()

    @staticmethod
    def _box(title: str, table: QTableWidget, extra: QHBoxLayout | None = None) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        if extra is not None:
            layout.addLayout(extra)
        return box

    def set_store(self, store) -> None:
        self.store = store
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Keys added in the register since the page was last shown may have matched orders.
        super().showEvent(event)
        if self.store is not None and not event.spontaneous():
            self.refresh()

    # -- figures -------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.store is None or not stats.has_orders(self.store):
            self.stack.setCurrentWidget(self.empty)
            self.unmatched, self.sales = [], None
            return
        self.stack.setCurrentIndex(1)
        start, end = self.picker.range()
        sales = stats.sales_by_affiliate(self.store, start, end, top_n=TOP)
        self.sales = sales
        self.lblSummary.setText(self.tr(
            "{start} – {end}: {orders} orders · promoted amount {paid} · commission {commission} · "
            "effective rate {rate} · from promoters not in the register: {unmatched} orders").format(
            start=start.isoformat(), end=end.isoformat(), orders=sales.orders, paid=format_money(sales.paid_fen),
            commission=format_money(sales.commission_fen), rate=_rate(sales.rate_bp),
            unmatched=sales.unmatched_orders))
        rows = [[t.name, str(t.orders), format_money(t.paid_fen), format_money(t.commission_fen), _rate(t.rate_bp),
                 _rate(sales.share_bp(t.paid_fen))] for t in sales.top]
        if sales.others_count:
            rows.append([self.tr("Others ({count})").format(count=sales.others_count), str(sales.others_orders),
                         format_money(sales.others_paid_fen), format_money(sales.others_commission_fen),
                         _rate(stats.effective_rate_bp(sales.others_commission_fen, sales.others_paid_fen)),
                         _rate(sales.share_bp(sales.others_paid_fen))])
        if sales.unmatched_orders:
            rows.append([self.tr("Not matched"), str(sales.unmatched_orders), format_money(sales.unmatched_paid_fen),
                         format_money(sales.unmatched_commission_fen),
                         _rate(stats.effective_rate_bp(sales.unmatched_commission_fen, sales.unmatched_paid_fen)),
                         _rate(sales.share_bp(sales.unmatched_paid_fen))])
        _fill(self.tblTop, rows, {1, 2, 3, 4, 5})
        self._show_products()
        self._show_unmatched()
        _fill(self.tblImports, [[i.imported_at.replace("T", " "), i.file.replace("\\", "/").rsplit("/", 1)[-1],
                                 str(i.rows), str(i.added), str(i.updated), str(i.unchanged), str(i.skipped)]
                                for i in stats.recent_imports(self.store, IMPORTS)], {2, 3, 4, 5, 6})

    def _show_products(self) -> None:
        """The selected affiliate's orders in the period by product (a top row, not 其他/未匹配)."""
        rows = self.tblTop.selectionModel().selectedRows()
        top = self.sales.top if self.sales is not None else ()
        chosen = top[rows[0].row()] if rows and rows[0].row() < len(top) else None
        if chosen is None:
            self.boxProducts.setTitle(self.tr("By product: choose an affiliate"))
            self.tblProducts.setRowCount(0)
            return
        start, end = self.picker.range()
        summary = stats.summary(self.store, chosen.affiliate_id, start, end)
        self.boxProducts.setTitle(self.tr("By product: {name}").format(name=chosen.name))
        _fill(self.tblProducts, [[p.title or p.item_id, str(p.orders), format_money(p.paid_fen),
                                  format_money(p.commission_fen), _rate(p.rate_bp)] for p in summary.products],
              {1, 2, 3, 4})

    def _show_unmatched(self) -> None:
        self.unmatched = promoters.unmatched_promoters(self.store, UNMATCHED_LIMIT)
        _fill(self.tblUnmatched, [[p.nick, p.pid, p.media, str(p.orders), format_money(p.paid_fen), p.last_day]
                                  for p in self.unmatched], {3, 4})
        count, orders = promoters.count_unmatched(self.store) if self.unmatched else (0, 0)
        if not count:
            text = self.tr("Every order is matched to an affiliate.")
        elif count > len(self.unmatched):
            text = self.tr("{count} promoters with {orders} orders are not in the register; the first {shown} "
                           "are listed.").format(count=count, orders=orders, shown=len(self.unmatched))
        else:
            text = self.tr("{count} promoters with {orders} orders are not in the register.").format(
                count=count, orders=orders)
        self.lblUnmatched.setText(text)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.btnAttach.setEnabled(chosen)
        self.btnCreate.setEnabled(chosen)

    def selected(self) -> promoters.UnmatchedPromoter | None:
        rows = self.tblUnmatched.selectionModel().selectedRows()
        return self.unmatched[rows[0].row()] if rows and rows[0].row() < len(self.unmatched) else None

    # -- actions -------------------------------------------------------------------------
    def import_orders(self, path: str | None = None) -> None:
        if self.store is None:
            return
        from app.ui.affiliates.orders_import_dialog import AffiliateOrdersImportDialog

        if AffiliateOrdersImportDialog.run(self.store, self, path) is not None:
            self.refresh()

    def attach_selected(self) -> None:
        promoter = self.selected()
        if promoter is None or self.store is None:
            return
        from app.ui.affiliates.affiliate_picker import pick_affiliate  # looked up here so tests can stand in

        affiliate_id = pick_affiliate(self, self.store, self.tr("Attach {promoter} to…").format(
            promoter=promoter.label))
        if affiliate_id is None:
            return
        try:
            matched = promoters.attach(self.store, affiliate_id, promoter)
        except UserError as err:
            show_error(self, err)
            return
        self.refresh()
        notify(self, self.tr("{promoter} attached: {count} orders matched").format(
            promoter=promoter.label, count=matched))

    def create_selected(self) -> None:
        promoter = self.selected()
        if promoter is None or self.store is None:
            return
        try:
            _affiliate_id, matched = promoters.create_from_promoter(
                self.store, nick=promoter.nick, pid=promoter.pid, media=promoter.media)
        except UserError as err:
            show_error(self, err)
            return
        self.refresh()
        notify(self, self.tr("New affiliate {name} added to the register: {count} orders matched").format(
            name=promoter.label, count=matched))
