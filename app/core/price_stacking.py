"""Stacking Taobao's price tools in the order the platform applies them, and the 7-day lowest
price a campaign's discount is measured against. Pure functions; see ``price_tactics``.

Order (叠加顺序): the item's own tool first (单品宝: a 折 or a fixed cut), then the shop-wide
offer (店铺宝 / 满减: "满 X 减 Y", checked against the price left after the item tool, possibly
"每满" repeated), then one coupon per order (the best one whose threshold the price reaches).
The price never goes below 0: a tool that would push it there leaves a 0元 order, flagged.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.core.errors import QT_TRANSLATE_NOOP
from app.core.money import apply_rate
from app.core.price_tactics import (
    Item, PriceOutcome, PromotionError, check_amount, check_count, check_share, price_outcome,
)
from app.core.products import ratio_bp

# StackStep.name: the UI shows 原价, 单品宝, 店铺宝 (满减), 优惠券.
STEP_LIST, STEP_ITEM, STEP_SHOP, STEP_COUPON = "list", "item", "shop", "coupon"


@dataclass(frozen=True)
class FullReduction:
    """店铺宝 / 满减: "满 ``threshold`` 减 ``off``"; ``repeat`` is 每满 (every full threshold)."""

    threshold_fen: int
    off_fen: int
    repeat: bool = False

    def __post_init__(self) -> None:
        check_amount(self.threshold_fen, _BAD_REDUCTION, lowest=1)
        check_amount(self.off_fen, _BAD_REDUCTION, lowest=1, below=self.threshold_fen + 1)

    def reduction(self, price_fen: int) -> int:
        """What it takes off ``price_fen`` (0 when the threshold is not reached)."""
        times = price_fen // self.threshold_fen
        return self.off_fen * (times if self.repeat else min(times, 1))


_BAD_REDUCTION = QT_TRANSLATE_NOOP(
    "core", "A 满减 offer needs a threshold above ¥0 and a reduction above ¥0 and not above the threshold.")


@dataclass(frozen=True)
class Coupon:
    """优惠券: ``amount`` off an order of at least ``threshold`` (0: 无门槛, no threshold)."""

    threshold_fen: int
    amount_fen: int

    def __post_init__(self) -> None:
        message = QT_TRANSLATE_NOOP("core", "A coupon needs an amount above ¥0 and a threshold of ¥0 or more.")
        check_amount(self.threshold_fen, message)
        check_amount(self.amount_fen, message, lowest=1)


@dataclass(frozen=True)
class StackStep:
    name: str  # STEP_LIST, STEP_ITEM, STEP_SHOP or STEP_COUPON
    applied: bool  # False: the tool was given but its threshold not reached
    reduction_fen: int  # taken off by this step (0 when not applied)
    price_fen: int  # the price after this step
    offer: FullReduction | Coupon | None = None  # the 满减 tier or coupon used (shop/coupon steps)


@dataclass(frozen=True)
class StackResult:
    steps: tuple[StackStep, ...]  # the list price first, then each tool given, in platform order
    outcome: PriceOutcome  # at the final price
    below_cost: bool  # the final price is below the cost (破价)
    zero_price: bool  # the tools took the price to 0: a 0元 order

    @property
    def final_price_fen(self) -> int:
        return self.outcome.buyer_price_fen


def stack_prices(item: Item, *, item_discount_bp: int | None = None, item_cut_fen: int | None = None,
                 shop_offers: Sequence[FullReduction] = (), coupons: Sequence[Coupon] = ()) -> StackResult:
    """The price one unit sells at when the given tools stack. ``shop_offers`` are the tiers of
    one 店铺宝 activity: the one that takes off most applies. Of ``coupons`` the buyer uses the
    one that takes off most (the first of equals)."""
    if item_discount_bp is not None and item_cut_fen is not None:
        raise PromotionError(QT_TRANSLATE_NOOP("core", "Use either a discount or a price cut for the item, not both."))
    price = item.price_fen
    steps = [StackStep(STEP_LIST, True, 0, price)]

    def step(name: str, reduction: int, offer=None) -> None:
        nonlocal price
        reduction = min(reduction, price)
        price -= reduction
        steps.append(StackStep(name, reduction > 0 or offer is not None, reduction, price, offer))

    if item_discount_bp is not None:
        step(STEP_ITEM, price - apply_rate(price, check_share(item_discount_bp)))
    elif item_cut_fen is not None:
        step(STEP_ITEM, check_amount(item_cut_fen, QT_TRANSLATE_NOOP("core", "The price cut cannot be negative.")))
    if shop_offers:
        best = max(shop_offers, key=lambda o: o.reduction(price))
        step(STEP_SHOP, best.reduction(price), best if best.reduction(price) else None)
    if coupons:
        usable = [c for c in coupons if price > 0 and price >= c.threshold_fen]
        best_coupon = max(usable, key=lambda c: min(c.amount_fen, price), default=None)
        step(STEP_COUPON, best_coupon.amount_fen if best_coupon else 0, best_coupon)
    outcome = price_outcome(item, price)
    return StackResult(tuple(steps), outcome, price < item.cost_fen, price == 0)


# --- the 7-day lowest price ---------------------------------------------------------------------


def lowest_price_before(history: Iterable[tuple[date, int]], campaign_start: date, days: int = 7) -> int | None:
    """The lowest price in effect on the ``days`` days before ``campaign_start`` (a campaign's
    discount must be measured against it); None when no price is known for that time.

    ``history`` holds (date, price) pairs: each price holds from its date until the next one,
    so a price set before the window counts if it was still in effect on the window's first day
    (of several on one date, the last given); every price set within the window counts.
    """
    check_count(days, QT_TRANSLATE_NOOP("core", "The number of days must be from 1 to {limit}, not {count}."),
                highest=366)
    window_start = campaign_start - timedelta(days=days)
    earlier: tuple[date, int] | None = None  # the last price set before the window
    prices, first_day_set = [], False
    for when, price in history:
        check_amount(price, QT_TRANSLATE_NOOP("core", "A price in the history cannot be negative ({price})."))
        if window_start <= when < campaign_start:
            prices.append(price)
            first_day_set = first_day_set or when == window_start
        elif when < window_start and (earlier is None or when >= earlier[0]):
            earlier = (when, price)
    if earlier is not None and not first_day_set:
        prices.append(earlier[1])
    return min(prices, default=None)


@dataclass(frozen=True)
class LowestPriceCheck:
    campaign_price_fen: int
    lowest_fen: int  # the lowest price of the days before the campaign
    discount_fen: int  # lowest − campaign price; 0 or less is no real discount
    discount_depth_bp: int  # discount / lowest
    genuine: bool  # the campaign price is below the lowest price


def discount_vs_lowest(campaign_price_fen: int, lowest_fen: int) -> LowestPriceCheck:
    check_amount(campaign_price_fen, QT_TRANSLATE_NOOP("core", "The campaign price cannot be negative."))
    check_amount(lowest_fen, QT_TRANSLATE_NOOP("core", "The lowest earlier price must be more than ¥0."), lowest=1)
    discount = lowest_fen - campaign_price_fen
    return LowestPriceCheck(campaign_price_fen, lowest_fen, discount, ratio_bp(discount, lowest_fen), discount > 0)
