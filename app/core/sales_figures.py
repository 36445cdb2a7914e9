"""Sales figures (销售图表) for a period: the big-number cards, their change against the previous
period, the revenue identity as a waterfall, top-N lists and the best flash-sale hours.

营收 = 流量 × 转化率 × 客单价 (× 复购率): revenue = visitors × conversion × AOV, where
转化率 = buyers / visitors and 客单价 = revenue / buyers. Pure functions on integer fen and
basis points; None wherever a denominator is 0 or traffic is unknown. Date ranges and per-day
rows (``DayTotals``) live in ``sales_periods``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from itertools import permutations

from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.products import div_half_up, ratio_bp, require_int
from app.core.sales_periods import DayTotals, _by_day, period_days

MAX_WINDOW_MINUTES = 24 * 60


class SalesFigureError(UserError):
    """A sales-figure choice the user made that cannot be computed."""


def _share(part: int, whole: int | None) -> int | None:
    return ratio_bp(part, whole) if whole else None


@dataclass(frozen=True)
class BuyerCounts:
    """Distinct buyers of a whole period, counted by the caller (they do not add up by day).

    ``buyers``: distinct buyers with a paid order in the period; ``returning``: those of them
    with a paid order before the period; ``multi_order``: those with 2+ paid orders in it."""

    buyers: int
    returning: int = 0
    multi_order: int = 0

    def __post_init__(self) -> None:
        for name in ("buyers", "returning", "multi_order"):
            if require_int(getattr(self, name), name) < 0:
                raise ValueError(f"{name} cannot be negative")
        if self.returning > self.buyers or self.multi_order > self.buyers:
            raise ValueError("returning and multi-order buyers are part of all buyers")


@dataclass(frozen=True)
class Figures:
    """The big numbers of one period (start..end, both included).

    ``visitors``/``page_views``/``conversion_bp`` are None unless traffic is known for EVERY day
    of the period (a day without a row counts as unknown): a conversion over part of the days'
    visitors but all of the buyers would look better than it was. ``orders`` are paid orders;
    ``closed_share_bp``/``unpaid_share_bp`` are of all orders dated in the period
    (``all_orders`` = paid + closed + unpaid); ``repurchase_bp`` = returning / buyers and
    ``multi_order_bp`` = multi-order / buyers. Every share is None when its denominator is 0."""

    start: date
    end: date
    revenue_fen: int
    orders: int
    buyers: int
    closed: int
    unpaid: int
    visitors: int | None
    page_views: int | None
    aov_fen: int | None
    conversion_bp: int | None
    closed_share_bp: int | None
    unpaid_share_bp: int | None
    repurchase_bp: int | None
    multi_order_bp: int | None
    closed_fen: int = 0

    @property
    def all_orders(self) -> int:
        return self.orders + self.closed + self.unpaid


def period_figures(start: date, end: date, days: Iterable[DayTotals], buyers: BuyerCounts) -> Figures:
    """Figures for start..end from its day rows (a row outside the period or twice is a ValueError)."""
    length = period_days(start, end)
    rows = list(_by_day(days, start, end).values())
    revenue = sum(r.revenue_fen for r in rows)
    orders = sum(r.orders for r in rows)
    if (revenue or orders) and not buyers.buyers:
        raise ValueError("paid orders without buyers")
    complete = len(rows) == length
    visitors = sum(r.visitors for r in rows) if complete and all(r.visitors is not None for r in rows) else None
    views = sum(r.page_views for r in rows) if complete and all(r.page_views is not None for r in rows) else None
    closed, unpaid = sum(r.closed for r in rows), sum(r.unpaid for r in rows)
    placed = orders + closed + unpaid
    return Figures(
        start=start, end=end, revenue_fen=revenue, orders=orders, buyers=buyers.buyers, closed=closed,
        unpaid=unpaid, visitors=visitors, page_views=views,
        aov_fen=div_half_up(revenue, buyers.buyers) if buyers.buyers else None,
        conversion_bp=_share(buyers.buyers, visitors), closed_share_bp=_share(closed, placed),
        unpaid_share_bp=_share(unpaid, placed), repurchase_bp=_share(buyers.returning, buyers.buyers),
        multi_order_bp=_share(buyers.multi_order, buyers.buyers), closed_fen=sum(r.closed_fen for r in rows))


@dataclass(frozen=True)
class Change:
    """One figure now and before. ``delta`` = current − previous (in the figure's own unit, so for
    a rate it is percentage points in bp); ``delta_bp`` = delta / previous in bp, None when
    either side is None or previous is 0."""

    current: int | None
    previous: int | None
    delta: int | None
    delta_bp: int | None


COMPARED = ("revenue_fen", "orders", "buyers", "visitors", "page_views", "aov_fen", "conversion_bp",
            "closed_share_bp", "unpaid_share_bp", "repurchase_bp", "multi_order_bp")


def change(current: int | None, previous: int | None) -> Change:
    if current is None or previous is None:
        return Change(current, previous, None, None)
    delta = current - previous
    return Change(current, previous, delta, ratio_bp(delta, abs(previous)) if previous else None)


def compare(current: Figures, previous: Figures) -> dict[str, Change]:
    """For the big-number cards: figure name (see ``COMPARED``) → its Change."""
    return {name: change(getattr(current, name), getattr(previous, name)) for name in COMPARED}


@dataclass(frozen=True)
class RevenueWaterfall:
    """How the revenue change from the previous to the current period splits into visitors
    (流量), conversion (转化率) and AOV (客单价). Each part is its Shapley share rounded half up
    to the fen; ``rounding_fen`` (at most ±1 fen) makes the parts sum exactly to ``change_fen``:
    visitors_fen + conversion_fen + aov_fen + rounding_fen == change_fen."""

    previous_fen: int
    current_fen: int
    change_fen: int
    visitors_fen: int
    conversion_fen: int
    aov_fen: int
    rounding_fen: int


def _factors(f: Figures) -> tuple[Fraction, Fraction | None, Fraction | None] | None:
    if f.visitors is None or (f.visitors == 0 and f.buyers):
        return None  # traffic unknown, or buyers without visitors: the identity cannot hold
    conversion = Fraction(f.buyers, f.visitors) if f.visitors else None
    aov = Fraction(f.revenue_fen, f.buyers) if f.buyers else None
    return Fraction(f.visitors), conversion, aov


def decompose_revenue_change(previous: Figures, current: Figures) -> RevenueWaterfall | None:
    """The revenue identity made visible; None when either period's traffic is unknown.

    revenue = visitors × (buyers / visitors) × (revenue / buyers), with exact fractions. The
    change is attributed by Shapley values: each factor gets its marginal effect averaged over
    all 6 orders of changing the three factors, so the result does not depend on an arbitrary
    order (a sequential split would) and a factor that did not change gets exactly 0.
    A factor undefined in one period (conversion with 0 visitors, AOV with 0 buyers) takes the
    other period's value: going from no buyers to some is all conversion, not half AOV.
    """
    old, new = _factors(previous), _factors(current)
    if old is None or new is None:
        return None
    pairs = []
    for a, b in zip(old, new):
        a = b if a is None else a
        b = a if b is None else b
        pairs.append((a or Fraction(0), b or Fraction(0)))

    def value(changed: frozenset[int]) -> Fraction:
        v, c, s = (pairs[i][1 if i in changed else 0] for i in range(3))
        return v * c * s

    shares = [Fraction(0)] * 3
    for order in permutations(range(3)):
        done: frozenset[int] = frozenset()
        for i in order:
            shares[i] += value(done | {i}) - value(done)
            done = done | {i}
    parts = [div_half_up(s.numerator, s.denominator * 6) for s in shares]
    delta = current.revenue_fen - previous.revenue_fen
    return RevenueWaterfall(previous.revenue_fen, current.revenue_fen, delta, *parts, delta - sum(parts))


@dataclass(frozen=True)
class RevenueItem:
    """A product, affiliate (推广者) or source with its sales, for ``top_n``."""

    key: str
    revenue_fen: int
    orders: int = 0


@dataclass(frozen=True)
class TopN:
    """The top items, then the "others" bucket (how many items, their revenue and orders; a count
    of 0 when nothing was left over); ``revenue_fen``/``orders`` are the totals of all items."""

    top: tuple[RevenueItem, ...]
    others_count: int
    others_revenue_fen: int
    others_orders: int
    revenue_fen: int
    orders: int

    def share_bp(self, revenue_fen: int) -> int | None:
        """A row's (or others') share of the total revenue; None for a total of 0."""
        return _share(revenue_fen, self.revenue_fen)


def top_n(items: Sequence[RevenueItem], n: int) -> TopN:
    """The ``n`` items with the most revenue, most orders breaking ties and then input order (so
    the caller's order, e.g. by title, decides the rest), plus one "others" bucket for the rest."""
    if require_int(n, "n") < 0:
        raise ValueError("n cannot be negative")
    ranked = sorted(items, key=lambda item: (-item.revenue_fen, -item.orders))  # sorted() is stable
    rest = ranked[n:]
    return TopN(tuple(ranked[:n]), len(rest), sum(i.revenue_fen for i in rest), sum(i.orders for i in rest),
                sum(i.revenue_fen for i in items), sum(i.orders for i in items))


@dataclass(frozen=True)
class PeakWindow:
    """``hours`` consecutive hours from ``weekday`` (0 = Monday … 6 = Sunday) at ``hour``:00; may
    run past midnight into the next day (Sunday night into Monday). ``total`` is the matrix sum."""

    weekday: int
    hour: int
    hours: int
    total: int


def heatmap_peak(matrix: Sequence[Sequence[int]], window_minutes: int = 60, *, count: int = 1) -> list[PeakWindow]:
    """The best non-overlapping windows for a flash sale (一刻千金), best first.

    ``matrix[weekday][hour]`` holds orders (or revenue in fen) by weekday (Monday first) and hour.
    The data is hourly, so a window is rounded UP to whole hours: 30 or 60 minutes both mean the
    best single hour. Windows wrap around the week. Ties go to the earlier weekday and hour;
    windows with a total of 0 are never suggested (so no orders at all gives []).
    """
    if len(matrix) != 7 or any(len(row) != 24 for row in matrix):
        raise ValueError("the heatmap must be 7 weekdays × 24 hours")
    if require_int(window_minutes, "window_minutes") < 1 or window_minutes > MAX_WINDOW_MINUTES:
        raise SalesFigureError(QT_TRANSLATE_NOOP("core", "A sale window must be from 1 minute to 24 hours long."))
    if require_int(count, "count") < 1:
        raise ValueError("count must be at least 1")
    cells = [require_int(v, "heatmap cell") for row in matrix for v in row]
    hours = -(-window_minutes // 60)
    totals = [sum(cells[(s + k) % 168] for k in range(hours)) for s in range(168)]
    taken: set[int] = set()
    found: list[PeakWindow] = []
    for s in sorted(range(168), key=lambda s: (-totals[s], s)):
        if len(found) == count or totals[s] <= 0:
            break
        span = {(s + k) % 168 for k in range(hours)}
        if span & taken:
            continue
        taken |= span
        found.append(PeakWindow(s // 24, s % 24, hours, totals[s]))
    return found

