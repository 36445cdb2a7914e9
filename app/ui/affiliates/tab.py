"""淘客管理: the register of affiliates, their follow-ups, commissions, bonus plans and orders.

Pages, each its own panel with ``set_store(store)``, built the first time it is shown:
名录 (the register, with the selected affiliate's follow-up log), 待跟进 (follow-ups due
today or overdue), 佣金 (commission rates and their history), 奖金计划 (bonus plans),
推广订单 (the affiliate platform's order report) and 在推检查 (are they still promoting
our products; delisting notices; group announcements).
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

# (module, class) of each page, in the order of the page tabs.
PAGES = (
    ("app.ui.affiliates.register_panel", "RegisterPanel"),
    ("app.ui.affiliates.follow_up_panel", "FollowUpPanel"),
    ("app.ui.affiliates.commission_panel", "CommissionPanel"),
    ("app.ui.affiliates.bonus_panel", "BonusPanel"),
    ("app.ui.affiliates.orders_panel", "AffiliateOrdersPanel"),
    ("app.ui.affiliates.promo_check_panel", "PromoCheckPanel"),
)


class AffiliatesTab(QWidget):
    """淘客管理: the register of affiliates, commissions, bonus plans and follow-ups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.pages = QTabWidget()
        titles = (self.tr("Register"), self.tr("Follow-ups due"), self.tr("Commissions"),
                  self.tr("Bonus plans"), self.tr("Affiliate orders"), self.tr("Promotion checks"))
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

    register_panel = property(lambda self: self.panel(0))
    follow_up_panel = property(lambda self: self.panel(1))
    commission_panel = property(lambda self: self.panel(2))
    bonus_panel = property(lambda self: self.panel(3))
    orders_panel = property(lambda self: self.panel(4))
    promo_check_panel = property(lambda self: self.panel(5))

    def build_all(self) -> list[QWidget]:
        return [self.panel(i) for i in range(len(PAGES))]

    def set_store(self, store) -> None:
        self.store = store
        for widget in self._built.values():
            widget.set_store(store)
