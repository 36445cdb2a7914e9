"""复盘 as a shop owner sees it: with orders imported, select the campaign, open its 复盘 page and read
its figures against the same length of time before it, and its targets reached or not."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.core import campaigns as cp
from app.core.importing.orders import import_orders, read_orders
from app.ui.promotions.campaign_details import REVIEW
from tests.core.test_campaign_review import ORDERS, write_orders


def open_review(panel, qtbot, campaign_id: str):
    panel.show_campaign(campaign_id)
    tabs = panel.details.tabsDetail
    assert tabs.tabText(REVIEW) == "复盘"
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(REVIEW).center())
    assert tabs.currentIndex() == REVIEW
    return panel.details.review


def test_review_shows_both_windows_and_targets(panel, qtbot, tmp_path):
    import_orders(panel.store, read_orders(write_orders(tmp_path / "orders.csv", ORDERS)))
    c = cp.add_campaign(panel.store, name="双11", start_date=date(2024, 11, 11), end_date=date(2024, 11, 12),
                        target_orders=5, target_revenue_fen=20000)
    panel.refresh()
    page = open_review(panel, qtbot, c.id)
    assert page.lblEmpty.isHidden()
    assert "2024-11-09 至 2024-11-10" in page.lblPeriods.text()
    assert page.tblFigures.horizontalHeaderItem(2).text() == "活动前同期"
    assert page.figure_texts() == [
        ["销售额", "¥250.00", "¥200.00", "+¥50.00 (+25%)"],
        ["订单数", "3", "3", "0 (0%)"],
        ["买家数", "3", "2", "+1 (+50%)"],
        ["客单价", "¥83.33", "¥100.00", "-¥16.67 (-16.67%)"],
        ["转化率", "—", "—", "—"],
    ]
    assert page.target_texts() == [["订单数", "5", "3", "60%", "未达成"],
                                   ["销售额", "¥200.00", "¥250.00", "125%", "达成"]]


def test_review_without_orders_says_how_to_get_them(panel, qtbot, tmp_path):
    c = cp.add_campaign(panel.store, name="年货节", start_date=date(2025, 1, 10), end_date=date(2025, 1, 12))
    panel.refresh()
    page = open_review(panel, qtbot, c.id)
    assert not page.lblEmpty.isHidden()
    assert "导入订单后即可复盘" in page.lblEmpty.text()
    assert all(w.isHidden() for w in (page.tblFigures, page.lblTargets, page.tblTargets, page.lblNoTargets))
    # Orders imported later show up the next time the page is opened.
    import_orders(panel.store, read_orders(write_orders(tmp_path / "orders.csv", [
        '="1",alice,88.00,交易成功,2025-01-11 10:00:00,2025-01-11 10:01:00,茶,1'])))
    panel.details.tabsDetail.setCurrentIndex(0)
    page = open_review(panel, qtbot, c.id)
    assert page.lblEmpty.isHidden() and page.lblTargets.isVisible() and page.lblNoTargets.isVisible()
    assert page.figure_texts()[0] == ["销售额", "¥88.00", "¥0.00", "+¥88.00"]
    assert page.lblNoTargets.text() == "这个活动没有设定目标。"
