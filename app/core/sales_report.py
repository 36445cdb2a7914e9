"""A period's sales as the tab and the ``report`` command show it, read from the roll-ups."""

from __future__ import annotations

from datetime import date, timedelta

from app.core import sales_store
from app.core.db import Store
from app.core.sales_figures import BuyerCounts, Figures, period_figures
from app.core.sales_periods import Bucket, DayTotals, bucket_label, group_days, merge_days

GROUPINGS = ("day", "week", "month")


def has_orders(store: Store) -> bool:
    """Any roll-up row at all: the table the charts read, one index probe."""
    return store.conn.execute("SELECT EXISTS (SELECT 1 FROM sales_daily)").fetchone()[0] == 1


def period(store: Store, start: date, end: date) -> tuple[list[DayTotals], Figures]:
    """Every day of start..end (traffic merged in) and the period's figures."""
    days = merge_days(start, end, sales_store.daily(store, start, end), sales_store.traffic(store, start, end))
    buyers = BuyerCounts(sales_store.distinct_buyers(store, start, end),
                         sales_store.returning_buyers(store, start, end))
    return days, period_figures(start, end, days, buyers)


def buckets(store: Store, start: date, end: date, days: list[DayTotals], by: str) -> list[Bucket]:
    """The days summed by day, week or month; each bucket's buyers counted whole, since
    distinct buyers do not add up day by day."""
    distinct = None
    if by != "day":
        spans: dict[date, list[date]] = {}
        for offset in range((end - start).days + 1):
            day = start + timedelta(days=offset)
            spans.setdefault(bucket_label(day, by), []).append(day)
        distinct = {label: sales_store.distinct_buyers(store, span[0], span[-1]) for label, span in spans.items()}
    return group_days(days, by, distinct_buyers=distinct, start=start, end=end)


def _ratio(bp: int | None) -> float | None:
    return None if bp is None else round(bp / 10000, 4)


def report(store: Store, start: date, end: date, by: str = "day") -> dict:
    """What ``report --json`` prints: a row per bucket and the period's total."""
    days, figures = period(store, start, end)
    rows = [{"period": b.label.isoformat(), "revenue_fen": b.revenue_fen, "orders": b.orders, "buyers": b.buyers,
             "visitors": b.visitors, "conversion": _ratio(b.conversion_bp), "aov_fen": b.aov_fen}
            for b in buckets(store, start, end, days, by)]
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
