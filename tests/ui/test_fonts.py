"""Chinese renders in Qt and matplotlib with only the bundled font (no system CJK font needed)."""

import warnings
import xml.etree.ElementTree as ET

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from app import i18n
from app.ui import charts
from app.ui.app import create_app
from app.ui.fonts import CJK_FAMILY


def chinese_texts():
    root = ET.parse(i18n.translations_dir() / "zh_CN.ts").getroot()
    return [m.findtext("translation") for m in root.iter("message")]


def cjk_chars(texts):
    return sorted({ch for text in texts for ch in text if "\u3400" <= ch <= "\u9fff"})


def test_qt_has_the_bundled_font_with_every_character_we_show(qapp):
    create_app(lang="zh_CN")
    assert CJK_FAMILY in QFontDatabase.families()
    assert CJK_FAMILY in qapp.font().families()
    metrics = QFontMetrics(QFont(CJK_FAMILY))
    chars = cjk_chars(chinese_texts() + ["掌柜助手淘客管理活动策划店铺模块销售图表跟进记录爆款佣金"])
    assert len(chars) > 100
    assert [ch for ch in chars if not metrics.inFontUcs4(ord(ch))] == []


def test_matplotlib_draws_chinese_without_missing_glyphs(tmp_path):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = charts.new_figure(figsize=(6, 4))
    axes = figure.add_subplot()
    axes.bar(["淘客", "直通车", "钻展"], [12990, 5600, 3100])
    axes.set_title("销售额 ¥1,299.00 — 近7天 " + "".join(cjk_chars(chinese_texts())[:200]))
    axes.set_ylabel("金额（元）")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font" is a UserWarning
        FigureCanvasAgg(figure).print_png(tmp_path / "chart.png")
        figure.savefig(tmp_path / "chart.pdf")
    assert (tmp_path / "chart.png").stat().st_size > 5000


def test_the_glyph_check_fails_without_the_cjk_font(tmp_path):
    """Proof that the test above can fail: DejaVu Sans alone lacks Chinese glyphs."""
    import pytest
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure()
    figure.add_subplot().set_title("销售额", fontfamily="DejaVu Sans")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(UserWarning, match="missing from font"):
            FigureCanvasAgg(figure).print_png(tmp_path / "bad.png")
