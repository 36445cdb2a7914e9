"""淘客管理: the register of affiliates, their follow-ups, commissions, bonus plans and orders.

Pages, each its own panel with ``set_store(store)``, built the first time it is shown:
名录 (the register, with the selected affiliate's follow-up log), 待跟进 (follow-ups due
today or overdue), 佣金 (commission rates and their history), 奖金计划 (bonus plans),
推广订单 (the affiliate platform's order report) and 在推检查 (are they still promoting
our products; delisting notices; group announcements).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.widgets.lazy_pages import LazyPagesTab

# (module, class) of each page, in the order of the page tabs.
PAGES = (
    ("app.ui.affiliates.register_panel", "RegisterPanel"),
    ("app.ui.affiliates.follow_up_panel", "FollowUpPanel"),
    ("app.ui.affiliates.commission_panel", "CommissionPanel"),
    ("app.ui.affiliates.bonus_panel", "BonusPanel"),
    ("app.ui.affiliates.orders_panel", "AffiliateOrdersPanel"),
    ("app.ui.affiliates.promo_check_panel", "PromoCheckPanel"),
)


class AffiliatesTab(LazyPagesTab):
    """淘客管理: the register of affiliates, commissions, bonus plans and follow-ups."""

    PAGES = PAGES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_pages((self.tr("Register"), self.tr("Follow-ups due"), self.tr("Commissions"),
                        self.tr("Bonus plans"), self.tr("Affiliate orders"), self.tr("Promotion checks")))

    register_panel = property(lambda self: self.panel(0))
    follow_up_panel = property(lambda self: self.panel(1))
    commission_panel = property(lambda self: self.panel(2))
    bonus_panel = property(lambda self: self.panel(3))
    orders_panel = property(lambda self: self.panel(4))
    promo_check_panel = property(lambda self: self.panel(5))
