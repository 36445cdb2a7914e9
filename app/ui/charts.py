"""matplotlib, set up once: the bundled CJK font, a permanent cache folder, the Qt canvas.

Importing matplotlib costs a few hundred milliseconds, so nothing imports this module until
a chart is first needed.
"""

from __future__ import annotations

import os

from app.core import paths

CJK_FONT_FILE = "DroidSansFallbackFull.ttf"
_configured = False


def setup_matplotlib() -> None:
    """Register the bundled CJK font as a fallback behind DejaVu Sans (which has the Latin
    letters and ¥ that the CJK font lacks); keep matplotlib's cache in the data folder so a
    frozen app does not rebuild its font cache on every start."""
    global _configured
    if _configured:
        return
    cache = paths.data_dir() / "matplotlib"
    cache.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("MPLCONFIGDIR", str(cache))
    import matplotlib
    from matplotlib import font_manager

    font_path = paths.resource("fonts", CJK_FONT_FILE)
    font_manager.fontManager.addfont(str(font_path))
    cjk_family = font_manager.FontProperties(fname=str(font_path)).get_name()
    # An explicit list, not the generic "sans-serif": matplotlib falls back glyph by glyph
    # only along a list of families.
    matplotlib.rcParams["font.family"] = ["DejaVu Sans", cjk_family]
    matplotlib.rcParams["axes.unicode_minus"] = False  # the CJK font has no U+2212
    matplotlib.rcParams["pdf.fonttype"] = 42  # embed TrueType, so PDFs keep their Chinese
    matplotlib.rcParams["svg.fonttype"] = "path"
    _configured = True


def new_figure(**kwargs):
    """A Figure not tied to pyplot (pyplot's global state has no place in a GUI)."""
    setup_matplotlib()
    from matplotlib.figure import Figure

    return Figure(**kwargs)


def chart_canvas(figure):
    """The Qt widget showing ``figure``."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    return FigureCanvasQTAgg(figure)
