"""The promotions core, under the name DESIGN.md and the promotions issue give it.

The pure price-tactic functions live in ``price_tactics`` (the six tactics of the brief) and
``price_stacking`` (Taobao's order: 单品宝, then 店铺宝/满减, then one coupon; the 7-day lowest
price); campaign plans in ``campaigns``, ``festivals``, ``campaign_checks``, ``campaign_review``
and ad tests in ``ad_tests``. This module gathers the calculators for callers who want them in
one place.
"""

from app.core.price_stacking import (  # noqa: F401
    Coupon, FullReduction, discount_vs_lowest, lowest_price_before, stack_prices,
)
from app.core.price_tactics import (  # noqa: F401
    Item, PromotionError, cut_then_discount, flash_window, illusion_discount, one_yuan_deal,
    price_outcome, stepped_prices, threshold_prices,
)
