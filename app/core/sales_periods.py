"""Date ranges and per-day roll-ups for the sales charts (销售图表): pure functions, no database.

A period is a pair of dates, both included. ``DayTotals`` is one day's roll-up row as the
import tables provide it; ``group_days`` sums days into day / ISO-week / month buckets.
Distinct buyers do not add up (a buyer who orders on Monday and Friday is one buyer of the
week, not two), so week and month buyer counts always come from the caller.
Money is integer fen, rates integer basis points; None means "cannot be known".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.products import div_half_up, ratio_bp, require_int

# preset key → (Chinese label, English label); "custom" is the caller's own range.
PRESETS = {"today": ("今天", "Today"), "yesterday": ("昨天", "Yesterday"), "last7": ("近7天", "Last 7 days"),
           "last30": ("近30天", "Last 30 days"), "this_month": ("本月", "This month"),
           "last_month": ("上月", "Last month")}
GROUPINGS = ("day", "week", "month")
_DAY = timedelta(days=1)


class SalesPeriodError(UserError):
    """A date range the user picked that cannot be shown."""


@dataclass(frozen=True)
class DayTotals:
    """One day's roll-up, as sales_daily + traffic_daily define it (schema_v5_sales): ``orders``
    are the PAID orders, ``revenue_fen`` what they paid, ``buyers`` the distinct buyers among
    them; ``closed`` (交易关闭, ``closed_fen`` what those had paid) and ``unpaid`` (等待买家付款)
    are further orders, NOT among ``orders``. ``visitors`` (访客数 UV) and ``page_views``
    (浏览量 PV) are None when not entered. ``merge_days`` builds these from the two tables."""

    day: date
    revenue_fen: int = 0
    orders: int = 0
    buyers: int = 0
    closed: int = 0
    unpaid: int = 0
    visitors: int | None = None
    page_views: int | None = None
    closed_fen: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.day, date):
            raise TypeError("day must be a date")
        for name in ("revenue_fen", "orders", "buyers", "closed", "unpaid", "visitors", "page_views", "closed_fen"):
            value = getattr(self, name)
            if value is not None and require_int(value, name) < 0:
                raise ValueError(f"{name} cannot be negative")
        if self.buyers > self.orders:
            raise ValueError("more buyers than paid orders")


@dataclass(frozen=True)
class Bucket:
    """Sums for one chart bar. ``label`` is the day, the ISO week's Monday or the month's 1st;
    ``first``/``last`` the days it covers, clipped to the period. ``visitors``/``page_views`` are
    None unless known for every day it covers; ``buyers`` None unless the caller gave it."""

    label: date
    first: date
    last: date
    revenue_fen: int
    orders: int
    closed: int
    unpaid: int
    visitors: int | None
    page_views: int | None
    buyers: int | None
    closed_fen: int = 0

    @property
    def aov_fen(self) -> int | None:
        """客单价 = revenue / buyers, half up; None without buyers."""
        return div_half_up(self.revenue_fen, self.buyers) if self.buyers else None

    @property
    def conversion_bp(self) -> int | None:
        """转化率 = buyers / visitors; None when either is unknown or there were no visitors."""
        if self.buyers is None or not self.visitors:
            return None
        return ratio_bp(self.buyers, self.visitors)


def check_range(start: date, end: date) -> None:
    """Raise SalesPeriodError when a (custom) range ends before it starts."""
    if start > end:
        raise SalesPeriodError(QT_TRANSLATE_NOOP("core", "The start date {start} is after the end date {end}."),
                               start=start.isoformat(), end=end.isoformat())


def _month_start(day: date) -> date:
    return day.replace(day=1)


def preset_range(name: str, today: date) -> tuple[date, date]:
    """The (start, end) dates, both included, of a preset in ``PRESETS``.

    近7天/近30天 are the 7/30 whole days ending YESTERDAY (as 生意参谋 counts them): today is not
    over, and a part day would drag every comparison down. 本月 runs from the 1st to today
    (on the 1st it is today alone); 上月 is the whole previous calendar month.
    """
    if name == "today":
        return today, today
    yesterday = today - _DAY
    if name == "yesterday":
        return yesterday, yesterday
    if name in ("last7", "last30"):
        return yesterday - timedelta(days=int(name[4:]) - 1), yesterday
    if name == "this_month":
        return _month_start(today), today
    if name == "last_month":
        last = _month_start(today) - _DAY
        return _month_start(last), last
    raise ValueError(f"unknown preset {name!r}")


def period_days(start: date, end: date) -> int:
    """How many days the period has, both ends included."""
    check_range(start, end)
    return (end - start).days + 1


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period of the same number of days that ends the day before ``start``.

    Always by length, never by calendar: the one before 本月 1–10 March is 19–28 February, the one
    before a whole 31-day month is the 31 days before it.
    """
    length = period_days(start, end)
    prev_end = start - _DAY
    return prev_end - timedelta(days=length - 1), prev_end


def bucket_label(day: date, by: str) -> date:
    """The bucket ``day`` falls in: itself, its ISO week's Monday, or its month's 1st."""
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return _month_start(day)
    raise ValueError(f"unknown grouping {by!r}; use one of {GROUPINGS}")


def _by_day(days: Iterable[DayTotals], start: date | None, end: date | None) -> dict[date, DayTotals]:
    rows: dict[date, DayTotals] = {}
    for row in days:
        if row.day in rows:
            raise ValueError(f"two rows for {row.day}")
        if (start and row.day < start) or (end and row.day > end):
            raise ValueError(f"{row.day} is outside the period")
        rows[row.day] = row
    return rows


def _known_sum(values: list[int | None]) -> int | None:
    return None if any(v is None for v in values) else sum(values)  # type: ignore[arg-type]


def group_days(days: Iterable[DayTotals], by: str, *, distinct_buyers: Mapping[date, int] | None,
               start: date | None = None, end: date | None = None) -> list[Bucket]:
    """Sum per-day rows into buckets (``by`` is "day", "week" or "month"), oldest first.

    ``distinct_buyers`` maps each bucket's label to its distinct buyers, counted by the caller
    over the whole bucket; it is required (pass None to leave buyers unknown) because summing
    daily buyers over-counts returning buyers. For "day" the rows' own ``buyers`` are used and the
    mapping is ignored. A label missing from the mapping is a ValueError.

    With ``start`` and ``end`` every bucket of the period is returned, also those without rows
    (zero sales, traffic unknown); a missing day makes its bucket's traffic unknown. Without
    them only the buckets that have rows are returned and cover just the days given.
    """
    if (start is None) != (end is None):
        raise ValueError("give both start and end, or neither")
    if start is not None and end is not None:
        check_range(start, end)
    rows = _by_day(days, start, end)
    if start is not None and end is not None:
        covered = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    else:
        covered = sorted(rows)
    groups: dict[date, list[date]] = {}
    for day in covered:
        groups.setdefault(bucket_label(day, by), []).append(day)
    buckets = []
    for label, span in groups.items():
        present = [rows[d] for d in span if d in rows]
        missing = len(present) < len(span)
        if by == "day":
            buyers: int | None = present[0].buyers if present else 0
        elif distinct_buyers is None:
            buyers = None
        elif label in distinct_buyers:
            buyers = require_int(distinct_buyers[label], "distinct buyers")
        else:
            raise ValueError(f"no distinct buyer count for the bucket {label}")
        buckets.append(Bucket(
            label=label, first=span[0], last=span[-1],
            revenue_fen=sum(r.revenue_fen for r in present), orders=sum(r.orders for r in present),
            closed=sum(r.closed for r in present), unpaid=sum(r.unpaid for r in present),
            visitors=None if missing else _known_sum([r.visitors for r in present]),
            page_views=None if missing else _known_sum([r.page_views for r in present]),
            buyers=buyers, closed_fen=sum(r.closed_fen for r in present)))
    return buckets


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def merge_days(start: date, end: date, sales: Iterable, traffic: Iterable) -> list[DayTotals]:
    """A DayTotals for EVERY day of start..end from sales_store's rows: ``sales`` (objects with
    day, revenue_fen, orders, buyers, closed, unpaid and optionally closed_fen; days without
    orders have none) and ``traffic`` (day, visitors, page_views; a day without a row is
    unknown traffic, None). ``day`` may be a date or 'YYYY-MM-DD'. Rows outside are a ValueError."""
    check_range(start, end)
    values: dict[date, dict] = {start + timedelta(days=i): {} for i in range((end - start).days + 1)}
    for source, copy in ((sales, ("revenue_fen", "orders", "buyers", "closed", "unpaid", "closed_fen")),
                         (traffic, ("visitors", "page_views"))):
        seen: set[date] = set()
        for r in source:
            day = _as_date(r.day)
            if day not in values or day in seen:
                raise ValueError(f"{day} is outside the period or given twice")
            seen.add(day)
            values[day].update((name, getattr(r, name, 0)) for name in copy)
    return [DayTotals(day, **fields) for day, fields in values.items()]


