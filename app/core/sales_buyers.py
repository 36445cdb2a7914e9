"""Who paid on which day, kept at import time, so that a period's buyers are counted without
reading its orders: distinct buyers, returning buyers (paid before the period) and buyers
with two or more paid orders in it, for any range, and distinct buyers per week or month.

Distinct buyers do not add up day by day, so the roll-up keeps the buyers themselves: every
buyer gets a small number (``sales_buyers``) and every day the numbers of its paid orders'
buyers, one per paid order (``sales_buyer_days.ids``: eight hex digits each, built in SQL,
turned into an array with ``bytes.fromhex``). Counting a year is then a numpy bincount over
a few hundred thousand small integers: milliseconds, where counting over the orders took
seconds. Definitions in schema_v7_buyers.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from app.core.sales_figures import BuyerCounts
from app.core.sales_store import iso_day

if TYPE_CHECKING:
    import numpy

_PAID = "o.status IN ('paid', 'shipped', 'completed') AND o.paid_at IS NOT NULL"  # orders AS o


def refresh_days(conn, days: Iterable[str]) -> None:
    """Rebuild the buyer lists of ``days`` from the orders (inside the caller's transaction),
    numbering buyers seen for the first time."""
    days = sorted(d for d in set(days) if d)
    if not days:
        return
    arg = json.dumps(days)
    # Many days (a first import): one pass over the table and a sort beat a primary-key
    # lookup per order through the day index. ``+day`` keeps the planner off that index.
    known = conn.execute("SELECT count(*) FROM sales_buyer_days").fetchone()[0]
    scan = "+" if len(days) * 4 > known else ""
    in_days = f"{scan}o.day IN (SELECT value FROM json_each(?)) AND {_PAID}"
    conn.execute(
        f"INSERT OR IGNORE INTO sales_buyers (buyer) SELECT DISTINCT buyer FROM orders AS o "
        f"WHERE {in_days} ORDER BY buyer", (arg,))
    conn.execute("DELETE FROM sales_buyer_days WHERE day IN (SELECT value FROM json_each(?))", (arg,))
    conn.execute(
        f"""INSERT INTO sales_buyer_days (day, ids)
            SELECT o.day || '', group_concat(printf('%08x', b.id), '')
            FROM orders AS o JOIN sales_buyers AS b ON b.buyer = o.buyer
            WHERE {in_days} GROUP BY 1""", (arg,))


def distinct_per_day(conn, days: Iterable[str]) -> dict[str, int]:
    """Each of ``days``' distinct paying buyers, from its buyer list (days without a paid
    order are left out)."""
    import numpy as np

    return {day: len(np.unique(_ids(hex_ids))) for day, hex_ids in conn.execute(
        "SELECT day, ids FROM sales_buyer_days WHERE day IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(days)),))}


def _ids(hex_ids: str) -> numpy.ndarray:
    import numpy as np

    return np.frombuffer(bytes.fromhex(hex_ids), dtype=">u4")


class BuyerDays:
    """Every day's buyer numbers up to ``end``, read once: a refresh of the charts counts the
    buyers of a period, of the one before it and of their weeks or months from one read."""

    def __init__(self, store, end: str | date) -> None:
        import numpy as np

        rows = store.conn.execute("SELECT day, ids FROM sales_buyer_days WHERE day <= ? ORDER BY day",
                                  (iso_day(end),)).fetchall()
        self.end = iso_day(end)
        self.days = [day for day, _hex in rows]
        self.starts = [0]  # where each day's numbers begin in ``ids`` (eight hex digits a number)
        for _day, hex_ids in rows:
            self.starts.append(self.starts[-1] + len(hex_ids) // 8)
        self.ids = _ids("".join(hex_ids for _day, hex_ids in rows)) if rows else np.zeros(0, dtype=">u4")
        self.size = int(self.ids.max()) + 1 if self.ids.size else 1

    def _slice(self, first: str | date | None, last: str | date):
        lo = 0 if first is None else self.starts[bisect_left(self.days, iso_day(first))]
        return self.ids[lo:self.starts[bisect_right(self.days, iso_day(last))]]

    def counts(self, start: str | date, end: str | date) -> BuyerCounts:
        """The buyers of start..end (both included): distinct, returning, with 2+ paid orders."""
        import numpy as np

        if iso_day(end) > self.end:
            raise ValueError(f"read up to {self.end}, asked for {end}")
        inside = self._slice(start, end)
        if not inside.size:
            return BuyerCounts(0)
        orders = np.bincount(inside, minlength=self.size)
        earlier = self.ids[:self.starts[bisect_left(self.days, iso_day(start))]]
        paid_before = np.bincount(earlier, minlength=self.size) > 0
        buying = orders > 0
        return BuyerCounts(buyers=int(np.count_nonzero(buying)),
                           returning=int(np.count_nonzero(buying & paid_before)),
                           multi_order=int(np.count_nonzero(orders > 1)))

    def distinct_per_span(self, spans: Mapping[date, tuple[date, date]]) -> dict[date, int]:
        """Distinct paying buyers of each span (label -> (first, last) day): a period's weeks or months."""
        import numpy as np

        seen = np.zeros(self.size, dtype=bool)
        out = {}
        for label, (first, last) in spans.items():
            if iso_day(last) > self.end:
                raise ValueError(f"read up to {self.end}, asked for {last}")
            span_ids = self._slice(first, last)
            seen[span_ids] = True
            out[label] = int(np.count_nonzero(seen))
            seen[span_ids] = False
        return out


def counts(store, start: str | date, end: str | date) -> BuyerCounts:
    """The buyers of start..end (both included): distinct, returning, with 2+ paid orders."""
    return BuyerDays(store, end).counts(start, end)

