"""The charts of 销售图表, in a QTabWidget, drawn with matplotlib (Figure + FigureCanvasQTAgg,
never pyplot). Nothing imports matplotlib until the panel is first shown (``app.ui.charts``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)

from app.core.money import format_money, format_rate
from app.ui.widgets.common import default_export_path, notify, remember_export_dir

BAR, LINE, FAINT, ACCENT, CAMPAIGN = "#4e79a7", "#f28e2b", "#b8b8b8", "#e15759", "#8e44ad"
CHARTS = ("trend", "aov", "products", "heatmap", "waterfall", "affiliates")
HOVER_PX = 20
KEPT = ("trend", "aov", "products", "heatmap", "affiliates")  # kept_charts: axes kept, data moved
# Margins in points: left, bottom, right, top (app.ui.chart_margins).
AXIS_LABELS = 66  # tick labels of up to six digits and the axis label beside them
TICKS_ONLY = 28  # one line of tick labels
WITH_LABEL = 40  # tick labels and an axis label under them
EDGE, TITLE = 14, 26


@dataclass
class SalesData:
    """What the charts show for one period, read by the tab through the core functions."""

    start: date
    end: date
    grouping: str
    buckets: list  # sales_periods.Bucket, oldest first
    previous: list  # the previous period's buckets, by position
    top: object  # sales_figures.TopN
    heatmap: list[list[int]]
    peak: list  # sales_figures.PeakWindow, best first
    waterfall: object | None  # sales_figures.RevenueWaterfall, None without traffic
    labels: list[str] = field(default_factory=list)
    campaigns: list = field(default_factory=list)  # (name, first bucket index, last bucket index)
    # () -> affiliate_stats.AffiliateSales, or None without affiliate orders; called only when that
    # chart is drawn, so the other charts never wait for it.
    affiliates: object = None


def _yuan(fen: int | None) -> float:
    return 0.0 if fen is None else fen / 100


class ChartsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: SalesData | None = None
        self.figures: dict[str, object] = {}
        self.canvases: dict[str, object] = {}
        self.hover: dict[str, list] = {}  # chart → [(axes, x, y, text)]
        self.annotations: dict[str, object] = {}
        self.kept: dict[str, object] = {}  # the charts drawn on axes kept between refreshes (KEPT)
        self._dirty: set[str] = set()
        self.tabCharts = QTabWidget()
        self.titles = {"trend": self.tr("Revenue and orders"), "aov": self.tr("AOV and conversion"),
                       "products": self.tr("Best sellers"), "heatmap": self.tr("Order time heatmap"),
                       "waterfall": self.tr("Revenue breakdown"), "affiliates": self.tr("Sales by affiliate")}
        self.btnExport = QPushButton(self.tr("Export chart…"))
        self.btnExport.setToolTip(self.tr("Save the chart shown as PNG, SVG or PDF"))
        self.btnCopy = QPushButton(self.tr("Copy"))
        self.btnCopy.setToolTip(self.tr("Copy the chart shown to the clipboard"))
        self.btnExport.clicked.connect(self.export_dialog)
        self.btnCopy.clicked.connect(self.copy_chart)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.btnExport)
        buttons.addWidget(self.btnCopy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabCharts, 1)
        layout.addLayout(buttons)
        self.tabCharts.currentChanged.connect(lambda _i: self._draw_pending())

    # -- building ------------------------------------------------------------------------
    @property
    def built(self) -> bool:
        return bool(self.canvases)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.build()

    def build(self) -> None:
        """Create the figures the first time the panel is shown (this imports matplotlib)."""
        if self.built:
            return
        from app.ui.chart_margins import MarginLayout
        from app.ui.charts import chart_canvas, new_figure

        for key in CHARTS:
            figure = new_figure(figsize=(8, 4), dpi=100, layout=MarginLayout())
            canvas = chart_canvas(figure)
            canvas.mpl_connect("motion_notify_event", lambda event, k=key: self._on_motion(k, event))
            self.figures[key], self.canvases[key] = figure, canvas
            if key in ("waterfall", "affiliates"):  # a note instead of the chart when there is no data
                page = QStackedWidget()
                note = QLabel(self.tr("Enter traffic to see the revenue breakdown") if key == "waterfall" else
                              self.tr("Import the affiliate order report (推广订单) in the Affiliates tab to see "
                                      "sales by affiliate"))
                note.setStyleSheet("color:#555")
                note.setAlignment(Qt.AlignmentFlag.AlignCenter)
                note.setWordWrap(True)
                page.addWidget(canvas)
                page.addWidget(note)
                if key == "waterfall":
                    self.lblNoTraffic, self.stkWaterfall = note, page
                else:
                    self.lblNoAffiliates, self.stkAffiliates = note, page
                self.tabCharts.addTab(page, self.titles[key])
            else:
                self.tabCharts.addTab(canvas, self.titles[key])
        self._dirty = set(CHARTS)
        self._draw_pending()

    def current_key(self) -> str:
        return CHARTS[max(0, self.tabCharts.currentIndex())]

    def set_data(self, data: SalesData | None) -> None:
        self.data = data
        self._dirty = set(CHARTS)
        if self.built:
            self._draw_pending()

    def _draw_pending(self) -> None:
        """Draw the chart on screen now; the others when their tab is picked."""
        key = self.current_key() if self.built else None
        if key in self._dirty and self.data is not None:
            self.draw_chart(key)
            self.canvases[key].draw_idle()

    def draw_all(self) -> None:
        """Every chart, drawn at once (tests; exporting)."""
        for key in CHARTS:
            self.draw_chart(key)
            self.canvases[key].draw()

    def draw_chart(self, key: str) -> None:
        figure = self.figures[key]
        self.hover[key] = []
        annotation = self.annotations.pop(key, None)
        if annotation is not None and annotation.axes is not None:
            annotation.remove()
        self._dirty.discard(key)
        if self.data is None or key not in KEPT:
            figure.clear()
            figure.get_layout_engine().clear()
            self.kept.pop(key, None)
        if self.data is not None:
            getattr(self, f"_draw_{key}")(figure, self.data)

    # -- the charts ----------------------------------------------------------------------
    @staticmethod
    def _place(ax, left: float | None, bottom: float, right: float, top: float, width: float | None = None) -> None:
        ax.figure.get_layout_engine().place(ax, left, bottom, right, top, width)

    def _draw_trend(self, figure, data: SalesData) -> None:
        self._time_chart("trend", figure).show(data, self.hover["trend"])

    def _draw_aov(self, figure, data: SalesData) -> None:
        self._time_chart("aov", figure).show(data, self.hover["aov"])

    def _time_chart(self, key: str, figure):
        """The chart over time of ``key`` (kept_charts)."""
        def make():
            from app.ui.sales.kept_charts import AovChart, TrendChart

            words = {"revenue_axis": self.tr("Revenue (yuan)"), "previous": self.tr("Previous period revenue"),
                     "orders": self.tr("Orders"), "revenue": self.tr("Revenue"), "aov_axis": self.tr("AOV (yuan)"),
                     "conversion_axis": self.tr("Conversion rate (%)"), "aov": self.tr("AOV"),
                     "conversion": self.tr("Conversion rate"),
                     "no_traffic": self.tr("Enter traffic to see the conversion rate")}
            return (TrendChart if key == "trend" else AovChart)(figure, words)

        return self._kept(key, make)

    def _kept(self, key: str, make):
        """The chart object of ``key``: made by ``make()`` on its first draw, then kept (kept_charts)."""
        if key not in self.kept:
            self.kept[key] = make()
        return self.kept[key]

    def _draw_products(self, figure, data: SalesData) -> None:
        from app.ui.sales.kept_charts import RankedBars

        chart = self._kept("products", lambda: RankedBars(figure, self.tr("Revenue (yuan)"), EDGE))
        top = data.top
        names = [i.key if len(i.key) <= 18 else i.key[:17] + "…" for i in top.top]
        values = [i.revenue_fen for i in top.top]
        orders = [i.orders for i in top.top]
        if top.others_count:
            names.append(self.tr("Others (%n)").replace("%n", str(top.others_count)))
            values.append(top.others_revenue_fen)
            orders.append(top.others_orders)
        ys = chart.show(names, [_yuan(v) for v in values], [BAR] * len(top.top) + [FAINT] * bool(top.others_count))
        unit = self.tr("orders")  # lupdate reads tr() with a literal, not inside an f-string
        for y, name, v, n in zip(ys, names, values, orders):
            share = top.share_bp(v)
            text = f"{name}\n{format_money(v)} · {n} {unit}" + (f" · {format_rate(share)}" if share else "")
            self.hover["products"].append((chart.ax, _yuan(v), y, text))

    def weekday_names(self) -> list[str]:
        return [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                self.tr("Sun")]

    def _draw_heatmap(self, figure, data: SalesData) -> None:
        from app.ui.sales.kept_charts import Heatmap

        days = self.weekday_names()
        chart = self._kept("heatmap", lambda: Heatmap(figure, days, self.tr("Hour of payment"), self.tr("Paid orders")))
        peak = data.peak[0] if data.peak else None
        title = "" if peak is None else self.tr(
            "Busiest hour: %1 %2:00 (%3 orders) — a good time for a flash sale").replace(
            "%1", days[peak.weekday]).replace("%2", str(peak.hour)).replace("%3", str(peak.total))
        chart.show(data.heatmap, peak, title)
        unit = self.tr("orders")
        for w in range(7):
            for h in range(24):
                self.hover["heatmap"].append(
                    (chart.ax, h, w, f"{days[w]} {h}:00–{h + 1}:00\n{data.heatmap[w][h]} {unit}"))

    def _draw_waterfall(self, figure, data: SalesData) -> None:
        wf = data.waterfall
        self.stkWaterfall.setCurrentIndex(0 if wf is not None else 1)
        if wf is None:
            return
        ax = figure.add_subplot()
        self._place(ax, AXIS_LABELS, TICKS_ONLY, EDGE, TITLE)
        names = [self.tr("Previous period"), self.tr("Visitors"), self.tr("Conversion"), self.tr("AOV"),
                 self.tr("This period")]
        aov_part = wf.aov_fen + wf.rounding_fen  # the ±1 fen of rounding goes with the last factor
        steps = [wf.visitors_fen, wf.conversion_fen, aov_part]
        bottoms, heights, colors = [0], [wf.previous_fen], [FAINT]
        level = wf.previous_fen
        for step in steps:
            bottoms.append(level if step >= 0 else level + step)
            heights.append(abs(step))
            colors.append("#59a14f" if step >= 0 else ACCENT)
            level += step
        bottoms.append(0)
        heights.append(wf.current_fen)
        colors.append(BAR)
        xs = list(range(5))
        ax.bar(xs, [_yuan(h) for h in heights], bottom=[_yuan(b) for b in bottoms], color=colors)
        ax.set_xticks(xs, names)
        ax.set_ylabel(self.tr("Revenue (yuan)"))
        values = [wf.previous_fen, *steps, wf.current_fen]
        for x, b, h, v in zip(xs, bottoms, heights, values):
            text = format_money(v) if x in (0, 4) else ("+" if v >= 0 else "") + format_money(v)
            ax.annotate(text, (x, _yuan(b + h)), ha="center", va="bottom", fontsize="small")
            self.hover["waterfall"].append((ax, x, _yuan(b + h), f"{names[x]}\n{text}"))

    def _draw_affiliates(self, figure, data: SalesData) -> None:
        sales = data.affiliates() if callable(data.affiliates) else data.affiliates
        self.stkAffiliates.setCurrentIndex(0 if sales is not None else 1)
        if sales is None:
            return
        from app.ui.sales.kept_charts import RankedBars

        chart = self._kept("affiliates", lambda: RankedBars(figure, self.tr("Promoted amount (yuan)"), TITLE))
        bars = [(t.name or "—", t.paid_fen, t.orders, t.commission_fen, BAR) for t in sales.top]
        if sales.others_count:
            bars.append((self.tr("Others (%n)").replace("%n", str(sales.others_count)), sales.others_paid_fen,
                         sales.others_orders, sales.others_commission_fen, FAINT))
        if sales.unmatched_orders:
            bars.append((self.tr("Not matched"), sales.unmatched_paid_fen, sales.unmatched_orders,
                         sales.unmatched_commission_fen, ACCENT))
        names = [n if len(n) <= 18 else n[:17] + "…" for n, *_rest in bars]
        revenue = sum(b.revenue_fen for b in data.buckets)
        title = self.tr("Promoted by affiliates: %1 in %2 orders, commission %3").replace(
            "%1", format_money(sales.paid_fen)).replace("%2", str(sales.orders)).replace(
            "%3", format_money(sales.commission_fen))
        # Only a plausible share: the two reports date orders differently, so a period can hold
        # affiliate orders whose shop orders are not imported (yet).
        if 0 < sales.paid_fen <= revenue:
            title += self.tr(" (about %1 of revenue)").replace("%1", format_rate(sales.paid_fen * 10000 // revenue))
        if not bars:
            title = self.tr("No affiliate orders in this period")
        ys = chart.show(names, [_yuan(b[1]) for b in bars], [b[4] for b in bars], title)
        unit, commission_word = self.tr("orders"), self.tr("Commission")
        for y, name, (_n, paid, orders, commission, _c) in zip(ys, names, bars):
            share = sales.share_bp(paid)
            text = (f"{name}\n{format_money(paid)} · {orders} {unit}"
                    + (f" · {format_rate(share)}" if share else "")
                    + f"\n{commission_word} {format_money(commission)}")
            self.hover["affiliates"].append((chart.ax, _yuan(paid), y, text))

    # -- hover ---------------------------------------------------------------------------
    def _on_motion(self, key: str, event) -> None:
        """Show the value of the nearest point (within HOVER_PX pixels) in a small annotation."""
        best = None
        for ax, x, y, text in self.hover.get(key, []):
            if event.inaxes is None or ax.bbox is None:
                break
            px, py = ax.transData.transform((x, y))
            d = ((px - event.x) ** 2 + (py - event.y) ** 2) ** 0.5
            if d <= HOVER_PX and (best is None or d < best[0]):
                best = (d, ax, x, y, text)
        old = self.annotations.get(key)
        if best is None:
            if old is not None and old.get_visible():
                old.set_visible(False)
                self.canvases[key].draw_idle()
            return
        _d, ax, x, y, text = best
        if old is None or old.axes is not ax:
            if old is not None:
                old.remove()
            old = ax.annotate("", (0, 0), xytext=(12, 12), textcoords="offset points", fontsize="small",
                              bbox={"boxstyle": "round", "fc": "#ffffe0", "ec": "#999"}, zorder=10)
            self.annotations[key] = old
        old.xy = (x, y)
        old.set_text(text)
        old.set_visible(True)
        self.canvases[key].draw_idle()

    def hover_text(self, key: str) -> str | None:
        a = self.annotations.get(key)
        return a.get_text() if a is not None and a.get_visible() else None

    # -- export --------------------------------------------------------------------------
    def export_chart(self, path: str, key: str | None = None) -> None:
        key = key or self.current_key()
        if key in self._dirty:
            self.draw_chart(key)
        self.figures[key].savefig(path, dpi=150)

    def export_dialog(self) -> None:
        if not self.built:
            return
        key = self.current_key()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), default_export_path(self.titles[key], "chart", "png"),
            self.tr("PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)"))
        if not path:
            return
        try:
            self.export_chart(path, key)
        except OSError as exc:
            notify(self, self.tr("Could not save %1: %2").replace("%1", path).replace("%2", str(exc)))
            return
        remember_export_dir(path)
        notify(self, self.tr("Chart saved: %1").replace("%1", path))

    def copy_chart(self) -> None:
        if not self.built:
            return
        key = self.current_key()
        if key in self._dirty:
            self.draw_chart(key)
            self.canvases[key].draw()
        QApplication.clipboard().setPixmap(self.canvases[key].grab())
        notify(self, self.tr("Chart copied"))
