"""销售图表 as an owner uses it: import orders, pick a period, read the cards, look at the charts,
export one. The numbers in the cards are worked out by hand from the orders below."""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from app.core.importing.orders import import_orders, read_orders
from app.core.importing.traffic import set_traffic
from app.ui.sales.cards import DOWN, UP
from tests.ui.test_translations import english_left, visible_texts

SALES = 3
HEADER = "订单编号,买家会员名,买家实际支付金额,订单状态,订单创建时间,订单付款时间,宝贝标题,宝贝总数量"
# 11-11..11-12: paid 128.00 + 24.90 + 50.00 = ¥202.90 from 3 orders by 2 buyers (alice twice, bob);
# 1003 is unpaid and 1005 closed, so neither counts. The period before (11-09..11-10): erin's ¥100.00.
ROWS = [
    '="1000",erin,100.00,交易成功,2024-11-10 20:00:00,2024-11-10 20:05:00,铁观音 500g,1',
    '="1001",alice,128.00,"买家已付款，等待卖家发货",2024-11-11 03:00:24,2024-11-11 20:02:25,铁观音 500g,1',
    '="1002",bob,24.90,"卖家已发货，等待买家确认",2024-11-11 04:50:33,2024-11-11 20:55:33,公道杯,2',
    '="1003",carol,0.00,等待买家付款,2024-11-11 05:20:10,,铁观音 500g,1',
    '="1004",alice,50.00,交易成功,2024-11-12 09:00:00,2024-11-12 09:10:00,紫砂壶,1',
    '="1005",dave,30.00,交易关闭,2024-11-12 10:00:00,2024-11-12 10:01:00,公道杯,1',
]


def import_rows(store, tmp_path: Path, rows=ROWS) -> None:
    path = tmp_path / "ExportOrderList.csv"
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode("gbk"))
    import_orders(store, read_orders(path), backup=False)


@pytest.fixture
def window(make_window):
    return make_window("zh_CN")


@pytest.fixture
def tab(window, tmp_path):
    import_rows(window.store, tmp_path)
    window.tabs.setCurrentIndex(SALES)
    tab = window.sales_tab
    tab.picker.set_custom(date(2024, 11, 11), date(2024, 11, 12))
    return tab


def cards(tab) -> dict[str, str]:
    return {key: tab.cards.value_text(key) for key in tab.cards.cards}


def draw_strictly(panel) -> None:
    """Every chart drawn with warnings as errors: a missing CJK glyph fails the test."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        panel.draw_all()


def test_cards_show_the_hand_computed_figures(tab):
    assert tab.stack.currentIndex() == 1
    assert cards(tab) == {"revenue_fen": "¥202.90", "orders": "3", "buyers": "2", "aov_fen": "¥101.45",
                          "conversion_bp": "—"}
    # Against ¥100.00 / 1 order / 1 buyer / AOV ¥100.00 the period before.
    assert tab.cards.change_text("revenue_fen") == "↑ 102.9%"
    assert tab.cards.change_text("orders") == "↑ 200%"
    assert tab.cards.change_text("aov_fen") == "↑ 1.45%"
    assert tab.cards.change_text("conversion_bp") == "—"  # no traffic entered
    assert UP in tab.cards.cards["revenue_fen"].lblChange.styleSheet()
    assert "2024-11-09 – 2024-11-10" in tab.cards.cards["revenue_fen"].lblChange.toolTip()


def test_changing_the_period_changes_the_cards(tab):
    tab.picker.set_custom(date(2024, 11, 11), date(2024, 11, 11))
    assert cards(tab)["revenue_fen"] == "¥152.90" and cards(tab)["orders"] == "2"
    assert cards(tab)["aov_fen"] == "¥76.45"
    tab.picker.today = lambda: date(2024, 11, 13)
    tab.picker.set_preset("yesterday")  # 11-12: alice's ¥50.00, against 11-11's ¥152.90
    assert tab.picker.range() == (date(2024, 11, 12), date(2024, 11, 12))
    assert cards(tab)["revenue_fen"] == "¥50.00" and cards(tab)["buyers"] == "1"
    assert tab.cards.change_text("revenue_fen").startswith("↓ ")
    assert DOWN in tab.cards.cards["revenue_fen"].lblChange.styleSheet()
    tab.picker.set_preset("last7")  # 11-06..11-12
    assert cards(tab)["revenue_fen"] == "¥302.90" and cards(tab)["buyers"] == "3"
    assert not tab.picker.edtStart.isVisible()


def test_grouping_by_week_counts_distinct_buyers(tab):
    tab.picker.set_custom(date(2024, 11, 4), date(2024, 11, 17))
    tab.picker.set_grouping("week")
    buckets = tab.data.buckets
    assert [b.label for b in buckets] == [date(2024, 11, 4), date(2024, 11, 11)]
    assert [b.buyers for b in buckets] == [1, 2]  # alice's two orders are one buyer
    assert [b.revenue_fen for b in buckets] == [10000, 20290]


def test_charts_draw_without_missing_glyphs(tab):
    panel = tab.charts
    assert panel.built and panel.tabCharts.count() == 6
    draw_strictly(panel)
    assert panel.figures["heatmap"].axes[0].get_title().startswith("最")  # the peak, in Chinese
    assert tab.data.peak[0].hour == 20 and tab.data.top.top[0].key == "铁观音 500g"
    assert panel.stkWaterfall.currentIndex() == 1  # no traffic: the note instead
    assert panel.stkAffiliates.currentIndex() == 1 and "推广订单" in panel.lblNoAffiliates.text()


def test_waterfall_with_traffic(tab):
    for day, visitors in (("2024-11-09", 40), ("2024-11-10", 60), ("2024-11-11", 70), ("2024-11-12", 80)):
        set_traffic(tab.store, day, visitors, visitors * 3)
    tab.refresh()
    assert cards(tab)["conversion_bp"] == "1.33%"  # 2 buyers / 150 visitors
    assert tab.cards.change_text("conversion_bp").startswith("↑ ")  # 1 / 100 before
    wf = tab.data.waterfall
    assert wf.visitors_fen + wf.conversion_fen + wf.aov_fen + wf.rounding_fen == 10290
    tab.charts.tabCharts.setCurrentIndex(4)
    draw_strictly(tab.charts)
    assert tab.charts.stkWaterfall.currentIndex() == 0


def test_hover_shows_the_value(tab):
    from matplotlib.backend_bases import MouseEvent

    panel = tab.charts
    panel.draw_all()
    ax, x, y, _text = panel.hover["trend"][0]
    px, py = ax.transData.transform((x, y))
    panel._on_motion("trend", MouseEvent("motion_notify_event", panel.canvases["trend"], px, py))
    assert "¥152.90" in panel.hover_text("trend")


def test_export_and_copy(tab, tmp_path, monkeypatch):
    target = tmp_path / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.charts.btnExport.click()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    tab.charts.export_chart(str(tmp_path / "chart.svg"), "heatmap")
    assert b"<svg" in (tmp_path / "chart.svg").read_bytes()[:2000]
    tab.charts.btnCopy.click()
    assert not QApplication.clipboard().pixmap().isNull()


def test_empty_state_without_orders(window):
    window.tabs.setCurrentIndex(SALES)
    tab = window.sales_tab
    assert tab.stack.currentWidget() is tab.empty
    assert "还没有订单" in tab.empty.lblBody.text() and "导入订单…" in tab.empty.lblBody.text()
    assert not tab.charts.built  # nothing to chart: matplotlib figures not made


def test_toolbar_opens_the_dialogs_and_refreshes(tab, monkeypatch, tmp_path):
    import sys
    import types

    calls = []
    for module, cls in (("app.ui.sales.import_dialog", "ImportDialog"), ("app.ui.sales.traffic_dialog", "TrafficDialog")):
        fake = types.ModuleType(module)
        fake_cls = type(cls, (), {"run": staticmethod(lambda store, parent, path=None, c=cls: calls.append(c) or object())})
        setattr(fake, cls, fake_cls)
        monkeypatch.setitem(sys.modules, module, fake)
    import_rows(tab.store, tmp_path, ['="1006",frank,10.00,交易成功,2024-11-12 11:00:00,2024-11-12 11:01:00,茶巾,1'])
    tab.btnImport.click()
    assert calls == ["ImportDialog"] and cards(tab)["revenue_fen"] == "¥212.90"
    tab.btnTraffic.click()
    assert calls == ["ImportDialog", "TrafficDialog"]


def test_chinese_tab_has_no_english(tab):
    tab.charts.draw_all()
    assert english_left(visible_texts(tab)) == []


def test_campaign_windows_are_shaded_on_the_time_axis(tab):
    from app.core import campaigns

    campaigns.add_campaign(tab.store, name="双11大促", start_date=date(2024, 11, 12), end_date=date(2024, 11, 15),
                           with_tasks=False)
    tab.refresh()
    assert tab.data.campaigns == [("双11大促", 1, 1)]  # only the second day of the period is inside it
    draw_strictly(tab.charts)
    axes = tab.charts.figures["trend"].axes[0]
    assert "双11大促" in [t.get_text() for t in axes.texts]


def bars(ax) -> list[tuple[float, float]]:
    """(y, width) of each horizontal bar: the bars are one collection."""
    return [(float(p.vertices[:, 1].min() + p.vertices[:, 1].max()) / 2, float(p.vertices[:, 0].max()))
            for p in ax.collections[0].get_paths()]


def test_sales_by_affiliate_chart_when_affiliate_orders_exist(tab, tmp_path):
    """Affiliate orders of 11-11..11-12 (the period) and one of 11-10 (outside it): 甲 ¥128.00,
    乙 ¥24.90 and an unknown promoter's ¥50.00 = ¥202.90 promoted, commission 25.60 + 2.49 + 5.00."""
    from app.core.affiliates import add_affiliate
    from app.core.importing.affiliate_orders import import_affiliate_orders, read_affiliate_orders

    add_affiliate(tab.store, {"name": "甲"}, keys=[("nick", "小张")])
    add_affiliate(tab.store, {"name": "乙"}, keys=[("pid", "mm_2")])
    path = tmp_path / "推广订单明细.csv"
    path.write_bytes("\r\n".join([
        "订单编号,订单状态,付款金额,佣金金额,创建时间,推广者昵称,推广位ID",
        "A1,订单付款,128.00,25.60,2024-11-11 03:00:24,小张,",
        "A2,订单结算,24.90,2.49,2024-11-11 04:50:33,,mm_2",
        "A3,订单付款,50.00,5.00,2024-11-12 09:00:00,路人,",
        "A4,订单付款,100.00,10.00,2024-11-10 20:00:00,小张,"]).encode("gbk"))
    import_affiliate_orders(tab.store, read_affiliate_orders(path), backup=False)
    tab.refresh()
    panel = tab.charts
    panel.tabCharts.setCurrentIndex(5)
    assert panel.tabCharts.tabText(5) == "按淘客/渠道的销售额"
    draw_strictly(panel)
    assert panel.stkAffiliates.currentIndex() == 0
    ax = panel.figures["affiliates"].axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["甲", "乙", "未匹配"]
    assert bars(ax)[0][0] > bars(ax)[1][0]  # the biggest on top
    assert [round(width, 2) for _y, width in bars(ax)] == [128.0, 24.9, 50.0]
    assert "¥202.90" in ax.get_title() and "¥33.09" in ax.get_title()
    assert "100%" in ax.get_title()  # the shop's revenue in the period is ¥202.90 too
    tab.picker.set_custom(date(2024, 11, 10), date(2024, 11, 10))  # the tab's range decides
    draw_strictly(panel)
    ax = panel.figures["affiliates"].axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["甲"] and bars(ax) == [(0.0, 100.0)]


def test_a_long_range_is_one_step_area_and_a_short_one_bars_again(tab):
    """The time charts keep their axes between refreshes; a range of many days draws its
    revenue as one outline and its lines without markers."""
    panel = tab.charts
    tab.picker.set_custom(date(2024, 8, 1), date(2024, 11, 12))  # 104 days, by day
    draw_strictly(panel)
    trend, aov = panel.kept["trend"], panel.kept["aov"]
    assert len(trend.bars.get_paths()) == 1 and trend.orders.get_marker() in ("", "None")
    assert aov.aov.get_marker() in ("", "None") and len(tab.data.buckets) == 104
    assert panel.figures["trend"].axes[0].get_xlim() == (-0.6, 103.6)
    tab.picker.set_custom(date(2024, 11, 11), date(2024, 11, 12))
    draw_strictly(panel)
    assert panel.kept["trend"] is trend and len(trend.bars.get_paths()) == 2 and trend.orders.get_marker() == "o"
    assert [round(p.vertices[:, 1].max(), 2) for p in trend.bars.get_paths()] == [152.9, 50.0]
    assert len(panel.figures["trend"].axes) == 2  # the same two axes, not new ones on top
