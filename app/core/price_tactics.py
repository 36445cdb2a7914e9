"""Price tactics (价格策略) of the promotions tab: pure functions, no database.

Each calculator takes an ``Item`` (a product's list price, cost, platform fee and affiliate
rate) and returns a frozen dataclass holding everything the tab shows. Money is integer fen,
rates integer basis points (8折 = 8000); amounts are rounded half up to the fen by
``money.apply_rate``. What one sale leaves the shop:

    profit = buyer price − cost − platform fee − commission,

with the fee and the commission both charged on the price the buyer pays. A negative profit
sets ``loss`` (the tab shows it in red). Bad input raises a ``PromotionError``.

The tactics are those of domain.md §2; stacking of Taobao's tools and the 7-day lowest price
are in ``price_stacking``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.money import MAX_FEN, apply_rate, format_money, format_rate
from app.core.products import FULL_BP, check_rate, div_half_up, ratio_bp, require_int

YUAN = 100  # fen
DEFAULT_LADDER = (5000, 6000, 7000, 8000, 9000, 10000)  # 5折, 6折 … 原价
MAX_DAYS = 366


class PromotionError(UserError):
    """Bad input to a price tactic; nothing was computed."""


def check_amount(fen: int, template: str, *, lowest: int = 0, below: int | None = None) -> int:
    """``fen`` if ``lowest <= fen`` (and ``fen < below`` when given); else a PromotionError."""
    require_int(fen, "fen")
    if fen < lowest or fen > MAX_FEN or (below is not None and fen >= below):
        raise PromotionError(template, price=format_money(fen))
    return fen


def check_count(n: int, template: str, *, lowest: int = 1, highest: int | None = None) -> int:
    require_int(n, "count")
    if n < lowest or (highest is not None and n > highest):
        raise PromotionError(template, count=n, limit=highest)
    return n


def check_share(bp: int) -> int:
    """A 折 rate: the share of the price the buyer pays, more than 0% and at most 100%."""
    return check_rate(bp, QT_TRANSLATE_NOOP(
        "core", "A discount is the share of the price the buyer pays (8折 = 80%): more than 0% and at most "
                "100%, not {rate}."), error=PromotionError, lowest=1)


@dataclass(frozen=True)
class Item:
    """What a tactic needs to know about a product. ``commission_bp`` None: no affiliate sale
    (resolve a product's "shop default" first, e.g. with ``Item.of(product, default_bp)``)."""

    price_fen: int  # the list price (原价)
    cost_fen: int
    fee_bp: int = 0
    commission_bp: int | None = None

    def __post_init__(self) -> None:
        check_amount(self.price_fen, QT_TRANSLATE_NOOP("core", "The list price must be more than ¥0."), lowest=1)
        check_amount(self.cost_fen, QT_TRANSLATE_NOOP("core", "The cost cannot be negative."))
        check_rate(self.fee_bp, QT_TRANSLATE_NOOP("core", "The platform fee must be from 0% to 100%, not {rate}."),
                   error=PromotionError)
        if self.commission_bp is not None:
            check_rate(self.commission_bp,
                       QT_TRANSLATE_NOOP("core", "The commission must be from 0% to 100%, not {rate}."),
                       error=PromotionError)

    @classmethod
    def of(cls, product, default_commission_bp: int | None = None) -> Item:
        """From a ``products.Product``; its own commission rate, else the shop's default."""
        rate = default_commission_bp if product.commission_bp is None else product.commission_bp
        return cls(product.price_fen, product.cost_fen, product.fee_bp, rate)


@dataclass(frozen=True)
class PriceOutcome:
    """One unit sold at ``buyer_price_fen`` instead of the list price."""

    list_price_fen: int
    buyer_price_fen: int
    discount_fen: int  # given away: list price − buyer price
    discount_depth_bp: int  # discount / list price (2000 = 20% off)
    cost_fen: int
    fee_fen: int  # platform fee on the buyer price
    commission_fen: int  # affiliate commission on the buyer price
    profit_fen: int  # buyer price − cost − fee − commission
    margin_bp: int | None  # profit / buyer price; None when the buyer pays 0
    loss: bool  # profit < 0: show in red

    @property
    def zhe_bp(self) -> int:
        """The 折 figure: the share of the list price the buyer pays (8折 = 8000)."""
        return FULL_BP - self.discount_depth_bp


def price_outcome(item: Item, buyer_price_fen: int, *, list_price_fen: int | None = None) -> PriceOutcome:
    """Selling one ``item`` at ``buyer_price_fen`` (≥ 0); the discount is measured against
    ``list_price_fen`` (default: the item's list price)."""
    listed = item.price_fen if list_price_fen is None else list_price_fen
    fee = apply_rate(buyer_price_fen, item.fee_bp)
    commission = apply_rate(buyer_price_fen, item.commission_bp or 0)
    profit = buyer_price_fen - item.cost_fen - fee - commission
    return PriceOutcome(
        list_price_fen=listed, buyer_price_fen=buyer_price_fen, discount_fen=listed - buyer_price_fen,
        discount_depth_bp=ratio_bp(listed - buyer_price_fen, listed), cost_fen=item.cost_fen, fee_fen=fee,
        commission_fen=commission, profit_fen=profit,
        margin_bp=ratio_bp(profit, buyer_price_fen) if buyer_price_fen > 0 else None, loss=profit < 0)


# --- 1. 临界价格 threshold price ------------------------------------------------------------------


@dataclass(frozen=True)
class ThresholdPrices:
    target_fen: int
    step_fen: int  # the round step used
    round_fen: int  # R: the target rounded half up to the step; each option's list price
    options: tuple[PriceOutcome, ...]  # R − 1元, R − 0.1元, R − 2元, in that order


def round_step(target_fen: int) -> int:
    """The "round" step for a price: 1元 under 10元, 10元 under 1,000元, then 100元."""
    return YUAN if target_fen < 10 * YUAN else 10 * YUAN if target_fen < 1000 * YUAN else 100 * YUAN


def threshold_prices(item: Item, *, target_fen: int | None = None, step_fen: int | None = None) -> ThresholdPrices:
    """Charm prices just under the round number nearest the target (default: the list price).

    100元 → 99, 99.90, 98; 203元 → 199, 199.90, 198 (step 10元); 1,260元 → 1,299 … (step 100元).
    The discount of each option is measured against the round number ("99 instead of 100").
    """
    target = item.price_fen if target_fen is None else check_amount(
        target_fen, QT_TRANSLATE_NOOP("core", "The target price must be more than ¥0."), lowest=1)
    step = round_step(target) if step_fen is None else check_amount(
        step_fen, QT_TRANSLATE_NOOP("core", "The rounding step must be more than ¥0."), lowest=1)
    rounded = div_half_up(target, step) * step
    if rounded <= 2 * YUAN:
        raise PromotionError(QT_TRANSLATE_NOOP(
            "core", "Threshold prices need a round price above ¥2.00; {price} is too low."),
            price=format_money(rounded))
    options = tuple(price_outcome(item, rounded - cut, list_price_fen=rounded) for cut in (YUAN, YUAN // 10, 2 * YUAN))
    return ThresholdPrices(target, step, rounded, options)


# --- 2. 阶梯价格 stepped price --------------------------------------------------------------------


@dataclass(frozen=True)
class StepDay:
    day: int  # 1 for the first day
    date: date
    price_bp: int  # the step: 5000 = 5折
    outcome: PriceOutcome


@dataclass(frozen=True)
class SteppedPrices:
    start: date
    days: tuple[StepDay, ...]  # one a day, from ``start``

    @property
    def loss_days(self) -> int:
        return sum(d.outcome.loss for d in self.days)


def stepped_prices(item: Item, start: date, ladder: tuple[int, ...] | list[int] = DEFAULT_LADDER) -> SteppedPrices:
    """A price that rises day by day: day n sells at ``ladder[n-1]`` of the list price."""
    ladder = tuple(ladder)
    check_count(len(ladder), QT_TRANSLATE_NOOP("core", "A stepped price needs from 1 to {limit} steps, not {count}."),
                highest=MAX_DAYS)
    for previous, bp in zip((0, *ladder), ladder):
        check_share(bp)
        if bp < previous:
            raise PromotionError(QT_TRANSLATE_NOOP(
                "core", "The steps of a stepped price must not go down ({rate} comes after {previous})."),
                rate=format_rate(bp), previous=format_rate(previous))
    days = tuple(StepDay(n + 1, start + timedelta(days=n), bp, price_outcome(item, apply_rate(item.price_fen, bp)))
                 for n, bp in enumerate(ladder))
    return SteppedPrices(start, days)


# --- 3. 降价加打折 cut then discount ---------------------------------------------------------------


@dataclass(frozen=True)
class CutThenDiscount:
    cut_fen: int
    after_cut_fen: int  # the list price less the cut, before the discount
    discount_bp: int
    combined: PriceOutcome  # cut first, then the discount
    straight_bp: int
    straight: PriceOutcome  # the straight discount alone
    saved_fen: int  # how much less the combination gives away than the straight discount


def cut_then_discount(item: Item, *, cut_fen: int, discount_bp: int, straight_bp: int) -> CutThenDiscount:
    """100元, cut 10元 then 8折 → 72元 (gives away 28元); straight 6折 → 60元 (gives away 40元)."""
    check_amount(cut_fen, QT_TRANSLATE_NOOP("core", "The price cut must be from ¥0 to less than the list price."),
                 below=item.price_fen)
    after_cut = item.price_fen - cut_fen
    combined = price_outcome(item, apply_rate(after_cut, check_share(discount_bp)))
    straight = price_outcome(item, apply_rate(item.price_fen, check_share(straight_bp)))
    return CutThenDiscount(cut_fen, after_cut, discount_bp, combined, straight_bp, straight,
                           straight.discount_fen - combined.discount_fen)


# --- 4. 错觉折扣 illusion discount ----------------------------------------------------------------


@dataclass(frozen=True)
class IllusionDiscount:
    pay_fen: int  # "pay X …"
    worth_fen: int  # "… take goods worth Y"
    effective_bp: int  # X / Y: what the buyer pays of the list price (7692 = 7.69折)
    bonus_bp: int  # (Y − X) / X: how much more the buyer takes than pays (3000 = 30%)
    illusion: PriceOutcome  # per unit: the list price × X / Y
    compare_bp: int
    compared: PriceOutcome  # per unit at the compared 折
    extra_profit_fen: int  # illusion profit − compared profit, per unit
    earns_more: bool


def illusion_discount(item: Item, *, pay_fen: int, worth_fen: int, compare_bp: int) -> IllusionDiscount:
    """"Pay 100, take goods worth 130" (7.69折) against a plain discount such as 7折."""
    check_amount(pay_fen, QT_TRANSLATE_NOOP("core", "The amount paid must be more than ¥0."), lowest=1)
    check_amount(worth_fen, QT_TRANSLATE_NOOP("core", "The goods must be worth more than the amount paid, not {price}."),
                 lowest=pay_fen + 1)
    illusion = price_outcome(item, div_half_up(item.price_fen * pay_fen, worth_fen))
    compared = price_outcome(item, apply_rate(item.price_fen, check_share(compare_bp)))
    extra = illusion.profit_fen - compared.profit_fen
    return IllusionDiscount(pay_fen, worth_fen, ratio_bp(pay_fen, worth_fen), ratio_bp(worth_fen - pay_fen, pay_fen),
                            illusion, compare_bp, compared, extra, extra > 0)


# --- 5. 一刻千金 flash window ---------------------------------------------------------------------


@dataclass(frozen=True)
class FlashWindow:
    start: time
    end: time
    minutes: int  # length of the daily window
    cap_per_day: int  # units sold at the flash price each day at most
    days: int
    units: int  # cap_per_day × days
    flash: PriceOutcome  # one unit at the flash price
    normal: PriceOutcome  # one unit at the list price
    loss_per_unit_fen: int  # cost + fee + commission − flash price, or 0 when the flash price covers them
    forgone_profit_fen: int  # profit at the list price − profit at the flash price, per unit
    total_subsidy_fen: int  # loss_per_unit × units
    total_forgone_fen: int  # forgone_profit × units


def flash_window(item: Item, *, start: time, end: time, flash_price_fen: int, cap_per_day: int,
                 days: int) -> FlashWindow:
    """Every day from ``start`` to ``end`` (same day; 9:00–9:30) up to ``cap_per_day`` units
    sell at ``flash_price_fen`` (5元), for ``days`` days."""
    if end <= start:
        raise PromotionError(QT_TRANSLATE_NOOP("core", "The flash window must end after it starts (on the same day)."))
    check_amount(flash_price_fen, QT_TRANSLATE_NOOP(
        "core", "The flash price must be more than ¥0 and below the list price, not {price}."),
        lowest=1, below=item.price_fen)
    check_count(cap_per_day, QT_TRANSLATE_NOOP("core", "The quantity per day must be at least 1."))
    check_count(days, QT_TRANSLATE_NOOP("core", "The number of days must be from 1 to {limit}, not {count}."),
                highest=MAX_DAYS)
    day = date(2000, 1, 1)
    minutes = (datetime.combine(day, end) - datetime.combine(day, start)) // timedelta(minutes=1)
    flash, normal = price_outcome(item, flash_price_fen), price_outcome(item, item.price_fen)
    loss, forgone = max(0, -flash.profit_fen), normal.profit_fen - flash.profit_fen
    units = cap_per_day * days
    return FlashWindow(start, end, minutes, cap_per_day, days, units, flash, normal, loss, forgone,
                       loss * units, forgone * units)


# --- 6. 超值一元 one-yuan deal --------------------------------------------------------------------


@dataclass(frozen=True)
class OneYuanDeal:
    quantity: int  # units offered, one per buyer: also the number of buyers
    deal: PriceOutcome  # one unit at the deal price
    subsidy_per_unit_fen: int  # cost + fee + commission − deal price, or 0
    total_subsidy_fen: int  # quantity × subsidy_per_unit
    related_profit_fen: int  # profit of one related sale
    payback_sales: int  # related sales that pay the subsidy back: ceil(total / related profit)


def one_yuan_deal(item: Item, *, quantity: int, related_profit_fen: int, deal_price_fen: int = YUAN) -> OneYuanDeal:
    """``quantity`` units, one per buyer, at ``deal_price_fen`` (1元) to lift related sales."""
    check_count(quantity, QT_TRANSLATE_NOOP("core", "The quantity must be at least 1."))
    check_amount(related_profit_fen, QT_TRANSLATE_NOOP(
        "core", "The profit per related sale must be more than ¥0, not {price}."), lowest=1)
    check_amount(deal_price_fen, QT_TRANSLATE_NOOP(
        "core", "The deal price must be more than ¥0 and below the list price, not {price}."),
        lowest=1, below=item.price_fen)
    deal = price_outcome(item, deal_price_fen)
    per_unit = max(0, -deal.profit_fen)
    total = per_unit * quantity
    return OneYuanDeal(quantity, deal, per_unit, total, related_profit_fen, -(-total // related_profit_fen))
