"""Figures for the sales charts, for any date range [start, end] (inclusive 'YYYY-MM-DD').

Everything reads the roll-ups (sales_daily, sales_daily_product, sales_hourly, traffic_daily;
definitions in schema_v5_sales), a few rows a day; a period's buyers are counted by
sales_buyers from its own roll-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Day:
    day: str
    revenue_fen: int
    orders: int
    quantity: int
    buyers: int
    closed: int
    closed_fen: int
    unpaid: int


@dataclass(frozen=True)
class ProductSales:
    title: str
    revenue_fen: int
    orders: int
    quantity: int


@dataclass(frozen=True)
class Traffic:
    day: str
    visitors: int
    page_views: int


def iso_day(d: str | date) -> str:
    """A day as 'YYYY-MM-DD', given as a date or already so."""
    return d.isoformat() if isinstance(d, date) else d


def daily(store, start, end) -> list[Day]:
    """The days in the range that have orders, oldest first."""
    rows = store.conn.execute(
        "SELECT day, revenue_fen, orders, quantity, buyers, closed, closed_fen, unpaid FROM sales_daily "
        "WHERE day BETWEEN ? AND ? ORDER BY day",
        (iso_day(start), iso_day(end)),
    )
    return [Day(*r) for r in rows]


def products(store, start, end, limit: int = 20) -> list[ProductSales]:
    """Best-selling titles by revenue in the range."""
    rows = store.conn.execute(
        "SELECT title, sum(revenue_fen) AS rev, sum(orders), sum(quantity) FROM sales_daily_product "
        "WHERE day BETWEEN ? AND ? GROUP BY title ORDER BY rev DESC, title LIMIT ?",
        (iso_day(start), iso_day(end), limit),
    )
    return [ProductSales(*r) for r in rows]


def heatmap(store, start, end) -> list[list[int]]:
    """Paid orders by [weekday][hour]: weekday 0 is Monday, as in date.weekday()."""
    grid = [[0] * 24 for _ in range(7)]
    for weekday, hour, orders in store.conn.execute(
        "SELECT (CAST(strftime('%w', day) AS INTEGER) + 6) % 7, hour, sum(orders) FROM sales_hourly "
        "WHERE day BETWEEN ? AND ? GROUP BY 1, 2",
        (iso_day(start), iso_day(end)),
    ):
        grid[weekday][hour] = orders
    return grid


def traffic(store, start, end) -> list[Traffic]:
    rows = store.conn.execute(
        "SELECT day, visitors, page_views FROM traffic_daily WHERE day BETWEEN ? AND ? ORDER BY day",
        (iso_day(start), iso_day(end)),
    )
    return [Traffic(*r) for r in rows]


def by_affiliate(store, start, end, top_n: int = 8):
    """Sales promoted by affiliates in the range (affiliate_stats.AffiliateSales: the top ``top_n``,
    其他 and 未匹配, from the affiliate roll-ups), or None when no affiliate orders were imported."""
    from app.core import affiliate_stats

    if not affiliate_stats.has_orders(store):
        return None
    return affiliate_stats.sales_by_affiliate(store, start, end, top_n)
