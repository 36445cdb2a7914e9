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

BAR, LINE, FAINT, ACCENT = "#4e79a7", "#f28e2b", "#b8b8b8", "#e15759"
CAMPAIGN = "#8e44ad"
CHARTS = ("trend", "aov", "products", "heatmap", "waterfall", "affiliates")
HOVER_PX = 20


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
        from app.ui.charts import chart_canvas, new_figure

        for key in CHARTS:
            figure = new_figure(figsize=(8, 4), dpi=100, layout="constrained")
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
        figure.clear()
        self.hover[key] = []
        self.annotations.pop(key, None)
        self._dirty.discard(key)
        if self.data is None:
            return
        getattr(self, f"_draw_{key}")(figure, self.data)

    # -- the charts ----------------------------------------------------------------------
    def _x(self, data: SalesData) -> list[int]:
        return list(range(len(data.buckets)))

    def _xticks(self, ax, data: SalesData) -> None:
        xs = self._x(data)
        step = max(1, len(xs) // 12)
        ax.set_xticks(xs[::step], [data.labels[i] for i in xs[::step]])

    def _draw_trend(self, figure, data: SalesData) -> None:
        ax = figure.add_subplot()
        xs = self._x(data)
        revenue = [_yuan(b.revenue_fen) for b in data.buckets]
        ax.bar(xs, revenue, color=BAR, label=self.tr("Revenue (yuan)"))
        if data.previous:
            prev = [_yuan(b.revenue_fen) for b in data.previous[:len(xs)]]
            ax.plot(xs[:len(prev)], prev, color=FAINT, linestyle="--", label=self.tr("Previous period revenue"))
        ax.set_ylabel(self.tr("Revenue (yuan)"))
        self._xticks(ax, data)
        for name, first, last in data.campaigns:  # campaign windows, so a change can be explained
            ax.axvspan(first - 0.5, last + 0.5, color=CAMPAIGN, alpha=0.12, zorder=0)
            ax.annotate(name, (first - 0.4, 1), xycoords=("data", "axes fraction"), va="top",
                        fontsize="x-small", color=CAMPAIGN)
        ax2 = ax.twinx()
        orders = [b.orders for b in data.buckets]
        ax2.plot(xs, orders, color=LINE, marker="o", markersize=3, label=self.tr("Orders"))
        ax2.set_ylabel(self.tr("Orders"))
        ax2.set_ylim(bottom=0)
        handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
        ax.legend(handles=handles, loc="upper left", fontsize="small")
        for x, b in zip(xs, data.buckets):
            text = f"{data.labels[x]}\n{self.tr('Revenue')} {format_money(b.revenue_fen)}\n{self.tr('Orders')} {b.orders}"
            self.hover["trend"].append((ax2, x, b.orders, text))

    def _draw_aov(self, figure, data: SalesData) -> None:
        ax = figure.add_subplot()
        xs = self._x(data)
        aov = [_yuan(b.aov_fen) if b.aov_fen is not None else float("nan") for b in data.buckets]
        ax.plot(xs, aov, color=BAR, marker="o", markersize=3, label=self.tr("AOV (yuan)"))
        ax.set_ylabel(self.tr("AOV (yuan)"))
        self._xticks(ax, data)
        ax2 = ax.twinx()
        conv = [b.conversion_bp / 100 if b.conversion_bp is not None else float("nan") for b in data.buckets]
        ax2.plot(xs, conv, color=LINE, marker="s", markersize=3, label=self.tr("Conversion rate (%)"))
        ax2.set_ylabel(self.tr("Conversion rate (%)"))
        handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
        ax.legend(handles=handles, loc="upper left", fontsize="small")
        if all(b.conversion_bp is None for b in data.buckets):
            ax.set_title(self.tr("Enter traffic to see the conversion rate"), fontsize="small", color="#666")
        for x, b in zip(xs, data.buckets):
            conv_text = format_rate(b.conversion_bp) if b.conversion_bp is not None else "—"
            aov_text = format_money(b.aov_fen) if b.aov_fen is not None else "—"
            text = f"{data.labels[x]}\n{self.tr('AOV')} {aov_text}\n{self.tr('Conversion rate')} {conv_text}"
            self.hover["aov"].append((ax, x, _yuan(b.aov_fen), text))

    def _draw_products(self, figure, data: SalesData) -> None:
        ax = figure.add_subplot()
        top = data.top
        names = [i.key if len(i.key) <= 18 else i.key[:17] + "…" for i in top.top]
        values = [i.revenue_fen for i in top.top]
        orders = [i.orders for i in top.top]
        if top.others_count:
            names.append(self.tr("Others (%n)").replace("%n", str(top.others_count)))
            values.append(top.others_revenue_fen)
            orders.append(top.others_orders)
        ys = list(range(len(names)))[::-1]  # the best seller on top
        ax.barh(ys, [_yuan(v) for v in values], color=[BAR] * len(top.top) + [FAINT] * bool(top.others_count))
        ax.set_yticks(ys, names)
        ax.set_xlabel(self.tr("Revenue (yuan)"))
        for y, name, v, n in zip(ys, names, values, orders):
            share = top.share_bp(v)
            text = f"{name}\n{format_money(v)} · {n} {self.tr('orders')}" + (f" · {format_rate(share)}" if share else "")
            self.hover["products"].append((ax, _yuan(v), y, text))

    def weekday_names(self) -> list[str]:
        return [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                self.tr("Sun")]

    def _draw_heatmap(self, figure, data: SalesData) -> None:
        ax = figure.add_subplot()
        image = ax.imshow(data.heatmap, aspect="auto", cmap="YlOrRd", interpolation="nearest")
        days = self.weekday_names()
        ax.set_yticks(range(7), days)
        ax.set_xticks(range(0, 24, 2), [f"{h}:00" for h in range(0, 24, 2)])
        ax.set_xlabel(self.tr("Hour of payment"))
        figure.colorbar(image, ax=ax, label=self.tr("Paid orders"))
        from matplotlib.patches import Rectangle

        for peak in data.peak[:1]:
            ax.add_patch(Rectangle((peak.hour - 0.5, peak.weekday - 0.5), peak.hours, 1, fill=False,
                                   edgecolor="#1f3b73", linewidth=2.5))
            ax.set_title(self.tr("Busiest hour: %1 %2:00 (%3 orders) — a good time for a flash sale").replace(
                "%1", days[peak.weekday]).replace("%2", str(peak.hour)).replace("%3", str(peak.total)),
                fontsize="small")
        for w in range(7):
            for h in range(24):
                self.hover["heatmap"].append(
                    (ax, h, w, f"{days[w]} {h}:00–{h + 1}:00\n{data.heatmap[w][h]} {self.tr('orders')}"))

    def _draw_waterfall(self, figure, data: SalesData) -> None:
        wf = data.waterfall
        self.stkWaterfall.setCurrentIndex(0 if wf is not None else 1)
        if wf is None:
            return
        ax = figure.add_subplot()
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
        ax = figure.add_subplot()
        bars = [(t.name or "—", t.paid_fen, t.orders, t.commission_fen, BAR) for t in sales.top]
        if sales.others_count:
            bars.append((self.tr("Others (%n)").replace("%n", str(sales.others_count)), sales.others_paid_fen,
                         sales.others_orders, sales.others_commission_fen, FAINT))
        if sales.unmatched_orders:
            bars.append((self.tr("Not matched"), sales.unmatched_paid_fen, sales.unmatched_orders,
                         sales.unmatched_commission_fen, ACCENT))
        names = [n if len(n) <= 18 else n[:17] + "…" for n, *_rest in bars]
        ys = list(range(len(bars)))[::-1]  # the biggest on top
        ax.barh(ys, [_yuan(b[1]) for b in bars], color=[b[4] for b in bars])
        ax.set_yticks(ys, names)
        ax.set_xlabel(self.tr("Promoted amount (yuan)"))
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
        ax.set_title(title, fontsize="small")
        for y, name, (_n, paid, orders, commission, _c) in zip(ys, names, bars):
            share = sales.share_bp(paid)
            text = (f"{name}\n{format_money(paid)} · {orders} {self.tr('orders')}"
                    + (f" · {format_rate(share)}" if share else "")
                    + f"\n{self.tr('Commission')} {format_money(commission)}")
            self.hover["affiliates"].append((ax, _yuan(paid), y, text))

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
