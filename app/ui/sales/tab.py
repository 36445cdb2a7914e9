"""销售图表: imported orders as big-number cards and charts for a period, against the period before."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.core import sales_store
from app.core.sales_figures import (
    BuyerCounts, RevenueItem, compare, decompose_revenue_change, heatmap_peak, period_figures, top_n,
)
from app.core.sales_periods import bucket_label, group_days, merge_days, previous_period
from app.ui.sales.cards import FigureCards
from app.ui.sales.charts_panel import ChartsPanel, SalesData
from app.ui.sales.range_picker import RangePicker
from app.ui.widgets.empty_state import EmptyState

TOP_PRODUCTS = 10
ALL_PRODUCTS = 100_000  # products() has a limit; top_n needs every title for its 其他 bucket


def _span(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


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
    def import_orders(self) -> None:
        if self.store is None:
            return
        from app.ui.sales.import_dialog import ImportDialog

        if ImportDialog.run(self.store, self) is not None:
            self.refresh()

    def enter_traffic(self) -> None:
        if self.store is None:
            return
        from app.ui.sales.traffic_dialog import TrafficDialog

        TrafficDialog.run(self.store, self)
        self.refresh()

    # -- figures -------------------------------------------------------------------------
    def has_orders(self) -> bool:
        # Any roll-up row at all: the same table the charts read, one index probe.
        return self.store.conn.execute("SELECT EXISTS (SELECT 1 FROM sales_daily)").fetchone()[0] == 1

    def _buckets(self, start: date, end: date, days, grouping: str) -> list:
        distinct = None
        if grouping != "day":  # distinct buyers do not add up by day: count each bucket whole
            spans: dict[date, list[date]] = {}
            for day in _span(start, end):
                spans.setdefault(bucket_label(day, grouping), []).append(day)
            distinct = {label: sales_store.distinct_buyers(self.store, span[0], span[-1])
                        for label, span in spans.items()}
        return group_days(days, grouping, distinct_buyers=distinct, start=start, end=end)

    def _period(self, start: date, end: date):
        days = merge_days(start, end, sales_store.daily(self.store, start, end),
                          sales_store.traffic(self.store, start, end))
        buyers = BuyerCounts(sales_store.distinct_buyers(self.store, start, end),
                             sales_store.returning_buyers(self.store, start, end))
        return days, period_figures(start, end, days, buyers)

    def refresh(self) -> None:
        if self.store is None or not self.has_orders():
            self.stack.setCurrentWidget(self.empty)
            self.cards.clear()
            self.data = None
            self.charts.set_data(None)
            return
        self.stack.setCurrentIndex(1)
        start, end = self.picker.range()
        grouping = self.picker.grouping()
        prev_start, prev_end = previous_period(start, end)
        days, figures = self._period(start, end)
        prev_days, prev_figures = self._period(prev_start, prev_end)
        previous_text = f"{prev_start.isoformat()} – {prev_end.isoformat()}"
        self.cards.set_figures(figures, compare(figures, prev_figures), previous_text)

        products = sales_store.products(self.store, start, end, limit=ALL_PRODUCTS)
        heat = sales_store.heatmap(self.store, start, end)
        buckets = self._buckets(start, end, days, grouping)
        self.data = SalesData(
            start=start, end=end, grouping=grouping, buckets=buckets,
            previous=self._buckets(prev_start, prev_end, prev_days, grouping),
            top=top_n([RevenueItem(p.title, p.revenue_fen, p.orders) for p in products], TOP_PRODUCTS),
            heatmap=heat, peak=heatmap_peak(heat), waterfall=decompose_revenue_change(prev_figures, figures),
            labels=[bucket_text(b.label, grouping) for b in buckets])
        self.charts.set_data(self.data)
