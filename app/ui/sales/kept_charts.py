"""The sales charts that are drawn on axes kept from one period to the next (销售额和订单数,
客单价和转化率, 热销商品, 按淘客, 下单时间热力图): a refresh moves the data of a few artists
instead of building axes, their ticks, a legend or a colorbar again, which was most of a
chart's drawing time. Bars are one collection (hundreds of bars as patches took longer to add
than to draw). Imports matplotlib: only charts_panel imports this module, once matplotlib is
wanted. The words shown come from the panel, where they are translated.
"""

from __future__ import annotations

from matplotlib.collections import PolyCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from app.core.money import format_money, format_rate
from app.ui.chart_margins import text_width_points
from app.ui.sales.charts_panel import (
    AXIS_LABELS, BAR, CAMPAIGN, EDGE, FAINT, LINE, TICKS_ONLY, TITLE, WITH_LABEL,
)

MANY_BUCKETS = 60  # more than this: bars become one step area and lines lose their markers
Hover = list  # [(axes, x, y, text)]


def _yuan(fen: int | None) -> float:
    return float("nan") if fen is None else fen / 100


def bar_polygons(xs: list[int], heights: list[float]) -> list[list[tuple[float, float]]]:
    """One rectangle per bucket; for many buckets a single step outline (no seams between bars)."""
    if len(xs) > MANY_BUCKETS:
        outline = [(xs[0] - 0.5, 0.0)]
        for x, h in zip(xs, heights):
            outline += [(x - 0.5, h), (x + 0.5, h)]
        return [outline + [(xs[-1] + 0.5, 0.0)]]
    return [[(x - 0.4, 0.0), (x - 0.4, h), (x + 0.4, h), (x + 0.4, 0.0)] for x, h in zip(xs, heights)]


def set_time_axis(ax, labels: list[str]) -> None:
    """About twelve labelled ticks whatever the number of buckets."""
    step = max(1, len(labels) // 12)
    xs = list(range(0, len(labels), step))
    ax.set_xticks(xs, [labels[i] for i in xs])
    ax.set_xlim(-0.6, max(len(labels), 1) - 0.4)


def _top(values: list[float], pad: float) -> float:
    finite = [v for v in values if v == v]  # NaN is not equal to itself
    return max(finite) * pad if finite and max(finite) > 0 else 1.0


class TrendChart:
    """Revenue as bars (the previous period dashed) and paid orders as a line on a second axis;
    campaign windows shaded with their names."""

    def __init__(self, figure, words: dict[str, str]) -> None:
        self.words = words
        self.ax = ax = figure.add_subplot()
        figure.get_layout_engine().place(ax, AXIS_LABELS, TICKS_ONLY, AXIS_LABELS, EDGE)
        self.ax2 = ax2 = ax.twinx()
        self.bars = ax.add_collection(PolyCollection([], facecolors=BAR, edgecolors="none"), autolim=False)
        self.previous = ax.add_line(Line2D([], [], color=FAINT, linestyle="--"))
        self.spans = ax.add_collection(
            PolyCollection([], facecolors=CAMPAIGN, alpha=0.12, zorder=0, transform=ax.get_xaxis_transform()),
            autolim=False)
        self.names: list = []
        self.orders = ax2.add_line(Line2D([], [], color=LINE, marker="o", markersize=3))
        ax.set_ylabel(words["revenue_axis"])
        ax2.set_ylabel(words["orders"])
        ax.legend(handles=[Patch(color=BAR, label=words["revenue_axis"]),
                           Line2D([], [], color=FAINT, linestyle="--", label=words["previous"]),
                           Line2D([], [], color=LINE, marker="o", markersize=3, label=words["orders"])],
                  loc="upper left", fontsize="small")

    def show(self, data, hover: Hover) -> None:
        ax, words = self.ax, self.words
        xs = list(range(len(data.buckets)))
        revenue = [b.revenue_fen / 100 for b in data.buckets]
        self.bars.set_verts(bar_polygons(xs, revenue) if xs else [])
        prev = [b.revenue_fen / 100 for b in data.previous[:len(xs)]]
        self.previous.set_data(xs[:len(prev)], prev)
        orders = [b.orders for b in data.buckets]
        self.orders.set_data(xs, orders)
        self.orders.set_marker("" if len(xs) > MANY_BUCKETS else "o")
        set_time_axis(ax, data.labels)
        ax.set_ylim(0, _top(revenue + prev, 1.08))
        self.ax2.set_ylim(0, _top(orders, 1.1))
        # Campaign windows, so that a change can be explained.
        self.spans.set_verts([[(first - 0.5, 0), (first - 0.5, 1), (last + 0.5, 1), (last + 0.5, 0)]
                              for _name, first, last in data.campaigns])
        for text in self.names:
            text.remove()
        self.names = [ax.annotate(name, (first - 0.4, 1), xycoords=("data", "axes fraction"), va="top",
                                  fontsize="x-small", color=CAMPAIGN, clip_on=True)
                      for name, first, _last in data.campaigns]
        for x, b in zip(xs, data.buckets):
            text = f"{data.labels[x]}\n{words['revenue']} {format_money(b.revenue_fen)}\n{words['orders']} {b.orders}"
            hover.append((self.ax2, x, b.orders, text))


class AovChart:
    """客单价 (AOV) and 转化率 (conversion) per bucket, on two axes; a note when traffic is unknown."""

    def __init__(self, figure, words: dict[str, str]) -> None:
        self.words = words
        self.layout = figure.get_layout_engine()
        self.ax = ax = figure.add_subplot()
        self.ax2 = ax2 = ax.twinx()
        self.aov = ax.add_line(Line2D([], [], color=BAR, marker="o", markersize=3))
        self.conversion = ax2.add_line(Line2D([], [], color=LINE, marker="s", markersize=3))
        ax.set_ylabel(words["aov_axis"])
        ax2.set_ylabel(words["conversion_axis"])
        ax.legend(handles=[Line2D([], [], color=BAR, marker="o", markersize=3, label=words["aov_axis"]),
                           Line2D([], [], color=LINE, marker="s", markersize=3, label=words["conversion_axis"])],
                  loc="upper left", fontsize="small")

    def show(self, data, hover: Hover) -> None:
        ax, words = self.ax, self.words
        xs = list(range(len(data.buckets)))
        no_traffic = all(b.conversion_bp is None for b in data.buckets)
        self.layout.place(ax, AXIS_LABELS, TICKS_ONLY, AXIS_LABELS, TITLE if no_traffic else EDGE)
        aov = [_yuan(b.aov_fen) for b in data.buckets]
        conversion = [float("nan") if b.conversion_bp is None else b.conversion_bp / 100 for b in data.buckets]
        marker = len(xs) <= MANY_BUCKETS
        self.aov.set_data(xs, aov)
        self.aov.set_marker("o" if marker else "")
        self.conversion.set_data(xs, conversion)
        self.conversion.set_marker("s" if marker else "")
        set_time_axis(ax, data.labels)
        ax.set_ylim(0, _top(aov, 1.1))
        self.ax2.set_ylim(0, _top(conversion, 1.1))
        ax.set_title(words["no_traffic"] if no_traffic else "",
                     fontsize="small", color="#666")
        for x, b in zip(xs, data.buckets):
            conv_text = format_rate(b.conversion_bp) if b.conversion_bp is not None else "—"
            aov_text = format_money(b.aov_fen) if b.aov_fen is not None else "—"
            text = f"{data.labels[x]}\n{words['aov']} {aov_text}\n{words['conversion']} {conv_text}"
            hover.append((ax, x, 0.0 if b.aov_fen is None else b.aov_fen / 100, text))


class RankedBars:
    """Horizontal bars, the biggest on top, named on the left (热销商品, 按淘客)."""

    def __init__(self, figure, xlabel: str, top_margin: float) -> None:
        self.figure, self.top_margin = figure, top_margin
        self.ax = figure.add_subplot()
        self.bars = self.ax.add_collection(PolyCollection([], edgecolors="none"), autolim=False)
        self.ax.set_xlabel(xlabel)

    def show(self, names: list[str], values: list[float], colors: list[str], title: str = "") -> list[int]:
        """Draw the bars (values in yuan); return each bar's y, for hover."""
        ax = self.ax
        ys = list(range(len(names)))[::-1]
        self.bars.set_verts([[(0, y - 0.4), (v, y - 0.4), (v, y + 0.4), (0, y + 0.4)] for y, v in zip(ys, values)])
        self.bars.set_facecolors(colors or [BAR])
        ax.set_yticks(ys, names)
        ax.set_ylim(-0.6, max(len(names), 1) - 0.4)
        ax.set_xlim(0, _top(values, 1.05))
        left = text_width_points(self.figure, names, 10) + EDGE
        self.figure.get_layout_engine().place(ax, left, WITH_LABEL, EDGE, self.top_margin)
        ax.set_title(title, fontsize="small")
        return ys


class Heatmap:
    """Paid orders by weekday × hour, the busiest window framed."""

    def __init__(self, figure, days: list[str], xlabel: str, bar_label: str) -> None:
        layout = figure.get_layout_engine()
        self.ax = ax = figure.add_subplot()
        layout.place(ax, text_width_points(figure, days, 10) + EDGE, WITH_LABEL, 100, TITLE)
        self.image = ax.imshow([[0] * 24 for _ in range(7)], aspect="auto", cmap="YlOrRd", interpolation="nearest")
        ax.set_yticks(range(7), days)
        ax.set_xticks(range(0, 24, 2), [f"{h}:00" for h in range(0, 24, 2)])
        ax.set_xlabel(xlabel)
        bar_axes = figure.add_axes((0, 0, 1, 1))
        layout.place(bar_axes, None, WITH_LABEL, 60, TITLE, width=12)
        figure.colorbar(self.image, cax=bar_axes, label=bar_label)  # follows the image's limits
        self.frame = ax.add_patch(Rectangle((0, 0), 1, 1, fill=False, edgecolor="#1f3b73", linewidth=2.5,
                                            visible=False))

    def show(self, grid: list[list[int]], peak, title: str) -> None:
        """``peak``: the busiest window (sales_figures.PeakWindow) or None."""
        self.image.set_data(grid)
        low, high = min(map(min, grid)), max(map(max, grid))
        self.image.set_clim(low, high if high > low else low + 1)
        if peak is not None:
            self.frame.set_bounds(peak.hour - 0.5, peak.weekday - 0.5, peak.hours, 1)
        self.frame.set_visible(peak is not None)
        self.ax.set_title(title, fontsize="small")
