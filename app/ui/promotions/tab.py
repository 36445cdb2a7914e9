"""活动策划: price tactics with their profit, campaign plans on a calendar, ad tests.

Three pages, each its own panel with ``set_store(store)``: 价格计算 (the calculators),
活动日历 (campaigns on a calendar, timeline and Gantt chart, with their checks) and 广告测试
(钻展 A/B tests). A panel is built the first time its page is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.widgets.lazy_pages import LazyPagesTab

# (module, class) of each page, in the order of the page tabs.
PAGES = (
    ("app.ui.promotions.calculator_panel", "CalculatorPanel"),
    ("app.ui.promotions.campaign_panel", "CampaignPanel"),
    ("app.ui.promotions.ad_test_panel", "AdTestPanel"),
)


class PromotionsTab(LazyPagesTab):
    """活动策划: price tactics with their profit, campaign plans on a calendar."""

    PAGES = PAGES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_pages((self.tr("Price calculator"), self.tr("Campaign calendar"), self.tr("Ad tests")))

    calculator_panel = property(lambda self: self.panel(0))
    campaign_panel = property(lambda self: self.panel(1))
    ad_test_panel = property(lambda self: self.panel(2))
