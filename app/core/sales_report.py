"""A period's sales as the tab and the ``report`` command show it, read from the roll-ups."""

from __future__ import annotations

from datetime import date, timedelta

from app.core import sales_store
from app.core.sales_buyers import BuyerDays
from app.core.db import Store
from app.core.sales_figures import Figures, period_figures
from app.core.sales_periods import Bucket, DayTotals, bucket_label, group_days, merge_days

GROUPINGS = ("day", "week", "month")


def has_orders(store: Store) -> bool:
    """Any roll-up row at all: the table the charts read, one index probe."""
    return store.conn.execute("SELECT EXISTS (SELECT 1 FROM sales_daily)").fetchone()[0] == 1


def period(store: Store, start: date, end: date, buyers: BuyerDays | None = None) -> tuple[list[DayTotals], Figures]:
    """Every day of start..end (traffic merged in) and the period's figures; ``buyers``: the
    buyer roll-up read up to ``end`` or later, when the caller has it already."""
    days = merge_days(start, end, sales_store.daily(store, start, end), sales_store.traffic(store, start, end))
    return days, period_figures(start, end, days, (buyers or BuyerDays(store, end)).counts(start, end))


def buckets(store: Store, start: date, end: date, days: list[DayTotals], by: str,
            buyers: BuyerDays | None = None) -> list[Bucket]:
    """The days summed by day, week or month; each bucket's buyers counted whole, since
    distinct buyers do not add up day by day (``buyers`` as for ``period``)."""
    distinct = None
    if by != "day":
        spans: dict[date, tuple[date, date]] = {}
        for offset in range((end - start).days + 1):
            day = start + timedelta(days=offset)
            label = bucket_label(day, by)
            spans[label] = (spans.get(label, (day, day))[0], day)
        distinct = (buyers or BuyerDays(store, end)).distinct_per_span(spans)
    return group_days(days, by, distinct_buyers=distinct, start=start, end=end)


def _ratio(bp: int | None) -> float | None:
    return None if bp is None else round(bp / 10000, 4)


def report(store: Store, start: date, end: date, by: str = "day") -> dict:
    """What ``report --json`` prints: a row per bucket and the period's total."""
    buyers = BuyerDays(store, end)
    days, figures = period(store, start, end, buyers)
    rows = [{"period": b.label.isoformat(), "revenue_fen": b.revenue_fen, "orders": b.orders, "buyers": b.buyers,
             "visitors": b.visitors, "conversion": _ratio(b.conversion_bp), "aov_fen": b.aov_fen}
            for b in buckets(store, start, end, days, by, buyers)]
    total = {"revenue_fen": figures.revenue_fen, "orders": figures.orders, "buyers": figures.buyers,
             "visitors": figures.visitors, "conversion": _ratio(figures.conversion_bp), "aov_fen": figures.aov_fen}
    return {"from": start.isoformat(), "to": end.isoformat(), "by": by, "rows": rows, "total": total}


def campaign_spans(store: Store, start: date, end: date, periods: list[Bucket]) -> list[tuple[str, int, int]]:
    """The campaigns running in start..end as (name, first bucket index, last bucket index),
    for shading their windows on the time axis."""
    from app.core.campaigns import list_campaigns

    spans = []
    for campaign in list_campaigns(store, start=start, end=end):
        hit = [i for i, b in enumerate(periods) if b.first <= campaign.end_date and b.last >= campaign.start_date]
        if hit:
            spans.append((campaign.name, hit[0], hit[-1]))
    return spans
