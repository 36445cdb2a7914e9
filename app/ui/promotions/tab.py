"""活动策划: price tactics with their profit, campaign plans on a calendar, ad tests.

Three pages, each its own panel with ``set_store(store)``: 价格计算 (the calculators),
活动日历 (campaigns on a calendar, timeline and Gantt chart, with their checks) and 广告测试
(钻展 A/B tests). A panel is built the first time its page is shown.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

# (module, class) of each page, in the order of the page tabs.
PAGES = (
    ("app.ui.promotions.calculator_panel", "CalculatorPanel"),
    ("app.ui.promotions.campaign_panel", "CampaignPanel"),
    ("app.ui.promotions.ad_test_panel", "AdTestPanel"),
)


class PromotionsTab(QWidget):
    """活动策划: price tactics with their profit, campaign plans on a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.pages = QTabWidget()
        titles = (self.tr("Price calculator"), self.tr("Campaign calendar"), self.tr("Ad tests"))
        self._built: dict[int, QWidget] = {}
        for title in titles:
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.pages.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.pages.currentChanged.connect(self.panel)
        self.panel(0)

    def panel(self, index: int) -> QWidget:
        """The page's panel, built (and given the database) the first time it is needed."""
        if index not in self._built:
            module, cls = PAGES[index]
            widget = getattr(import_module(module), cls)()
            self.pages.widget(index).layout().addWidget(widget)
            self._built[index] = widget
            widget.set_store(self.store)
        return self._built[index]

    calculator_panel = property(lambda self: self.panel(0))
    campaign_panel = property(lambda self: self.panel(1))
    ad_test_panel = property(lambda self: self.panel(2))

    def build_all(self) -> list[QWidget]:
        return [self.panel(i) for i in range(len(PAGES))]

    def set_store(self, store) -> None:
        self.store = store
        for widget in self._built.values():
            widget.set_store(store)
