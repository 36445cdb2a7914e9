"""销售图表: imported orders as big-number cards and charts for a period, against the period before."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.core import sales_report, sales_store
from app.core.sales_buyers import BuyerDays
from app.core.sales_figures import (
    RevenueItem, compare, decompose_revenue_change, heatmap_peak, top_n,
)
from app.core.sales_periods import previous_period
from app.ui.sales.cards import FigureCards
from app.ui.sales.charts_panel import ChartsPanel, SalesData
from app.ui.sales.range_picker import RangePicker
from app.ui.widgets.empty_state import EmptyState

TOP_PRODUCTS = 10
TOP_AFFILIATES = 8
ALL_PRODUCTS = 100_000  # products() has a limit; top_n needs every title for its 其他 bucket


def bucket_text(label: date, grouping: str) -> str:
    """The x-axis label of a bucket: 11-11 for a day or a week's Monday, 2024-11 for a month."""
    return label.strftime("%Y-%m") if grouping == "month" else label.strftime("%m-%d")


class SalesTab(QWidget):
    """销售图表: imported orders and the charts an owner reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.btnImport = QPushButton(self.tr("Import orders…"))
        self.btnImport.setToolTip(self.tr("Import an order report (CSV or Excel) exported from the seller back office"))
        self.btnTraffic = QPushButton(self.tr("Enter traffic…"))
        self.btnTraffic.setToolTip(self.tr("Enter the daily visitors and page views from the analytics back office"))
        self.picker = RangePicker()
        self.btnImport.clicked.connect(self.import_orders)
        self.btnTraffic.clicked.connect(self.enter_traffic)
        self.picker.changed.connect(self.refresh)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.btnImport)
        toolbar.addWidget(self.btnTraffic)
        toolbar.addStretch(1)
        toolbar.addWidget(self.picker)

        self.empty = EmptyState(self.tr("No orders yet"),
                                self.tr("No orders yet: click Import orders… to import the order report from "
                                        "your seller back office"))
        self.cards = FigureCards()
        self.charts = ChartsPanel()
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.cards)
        body.addWidget(self.charts, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.stack, 1)
        self.data: SalesData | None = None

    def set_store(self, store) -> None:
        self.store = store
        self.refresh()

    # -- toolbar -------------------------------------------------------------------------
    def import_orders(self, path: str | None = None) -> None:
        """Import an order report: ``path`` when one was dropped on the window, else ask."""
        if self.store is None:
            return
        from app.ui.sales.import_dialog import ImportDialog

        if ImportDialog.run(self.store, self, path) is not None:
            self.refresh()

    def enter_traffic(self) -> None:
        if self.store is None:
            return
        from app.ui.sales.traffic_dialog import TrafficDialog

        TrafficDialog.run(self.store, self)
        self.refresh()

    # -- figures -------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.store is None or not sales_report.has_orders(self.store):
            self.stack.setCurrentWidget(self.empty)
            self.cards.clear()
            self.data = None
            self.charts.set_data(None)
            return
        self.stack.setCurrentIndex(1)
        start, end = self.picker.range()
        grouping = self.picker.grouping()
        prev_start, prev_end = previous_period(start, end)
        buyers = BuyerDays(self.store, end)  # one read of the buyer roll-up for both periods
        days, figures = sales_report.period(self.store, start, end, buyers)
        prev_days, prev_figures = sales_report.period(self.store, prev_start, prev_end, buyers)
        previous_text = f"{prev_start.isoformat()} – {prev_end.isoformat()}"
        self.cards.set_figures(figures, compare(figures, prev_figures), previous_text)

        products = sales_store.products(self.store, start, end, limit=ALL_PRODUCTS)
        heat = sales_store.heatmap(self.store, start, end)
        buckets = sales_report.buckets(self.store, start, end, days, grouping, buyers)
        self.data = SalesData(
            start=start, end=end, grouping=grouping, buckets=buckets,
            previous=sales_report.buckets(self.store, prev_start, prev_end, prev_days, grouping, buyers),
            top=top_n([RevenueItem(p.title, p.revenue_fen, p.orders) for p in products], TOP_PRODUCTS),
            heatmap=heat, peak=heatmap_peak(heat), waterfall=decompose_revenue_change(prev_figures, figures),
            labels=[bucket_text(b.label, grouping) for b in buckets],
            campaigns=sales_report.campaign_spans(self.store, start, end, buckets),
            affiliates=lambda store=self.store: sales_store.by_affiliate(store, start, end, TOP_AFFILIATES))
        self.charts.set_data(self.data)
