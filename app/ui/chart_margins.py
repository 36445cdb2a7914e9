"""A matplotlib layout engine that places axes by fixed margins in points, kept on resize.

matplotlib's constrained layout measures every tick label and legend on every draw, which
was a third of a sales chart's drawing time; a chart whose labels are known in advance (short
numbers and dates, or names measured once when drawn) needs only its margins. Imports
matplotlib: import it only where matplotlib is already wanted (app.ui.charts).
"""

from __future__ import annotations

from matplotlib.layout_engine import LayoutEngine

MIN_FRACTION = 0.05  # an axes never shrinks below this share of the figure, however small the window


class MarginLayout(LayoutEngine):
    """Each placed axes fills the figure less its margins (left, bottom, right, top) in points;
    axes twinned with it follow it. Call ``clear`` when the figure is cleared."""

    _adjust_compatible = False
    _colorbar_gridspec = False

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.places: list[tuple[object, tuple]] = []

    def set(self, **kwargs) -> None:  # LayoutEngine's API; nothing to set
        pass

    def clear(self) -> None:
        self.places = []

    def place(self, ax, left: float | None, bottom: float, right: float, top: float,
              width: float | None = None) -> None:
        """Margins in points; with ``width`` (and ``left`` None) an axes that wide at ``right``
        points from the right edge (a colorbar). Placing an axes again replaces its margins."""
        self.places = [(a, m) for a, m in self.places if a is not ax] + [(ax, (left, bottom, right, top, width))]

    def execute(self, fig) -> None:
        fig_w, fig_h = fig.bbox.width, fig.bbox.height
        if fig_w <= 0 or fig_h <= 0:
            return
        scale = fig.dpi / 72
        for ax, (left, bottom, right, top, width) in self.places:
            x1 = 1 - right * scale / fig_w
            if width is None:
                x0 = left * scale / fig_w
                w = max(MIN_FRACTION, x1 - x0)
            else:
                w = width * scale / fig_w
                x0 = x1 - w
            y0 = bottom * scale / fig_h
            ax.set_position([x0, y0, w, max(MIN_FRACTION, 1 - y0 - top * scale / fig_h)])


def text_width_points(figure, texts, fontsize: float) -> float:
    """The width of the widest of ``texts`` at ``fontsize`` points, as the figure would draw it."""
    from matplotlib.font_manager import FontProperties

    renderer = figure.canvas.get_renderer()
    prop = FontProperties(size=fontsize)
    widest = max((renderer.get_text_width_height_descent(t, prop, ismath=False)[0] for t in texts), default=0)
    return widest * 72 / figure.dpi
