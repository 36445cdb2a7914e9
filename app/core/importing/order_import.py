"""Writing a read order report into the shop's database: ``import_orders`` (re-exported by
orders, whose docstring tells the whole story) and the roll-ups of the days it touches.

The file's good orders wait in the scratch file (order_scratch); they are copied in SQL, a
chunk of PROGRESS_EVERY rows at a time, so that progress is reported and cancel noticed
between chunks, and a raised Cancelled rolls the one transaction back. Orders already in the
table are compared in SQL; only those that differ come back to Python, for the rule that an
older export does not move an order back. A big first import (more new orders than the
table holds) drops the table's secondary indexes and builds them again afterwards, inside
the transaction: sorting once is several times faster than a million random index inserts,
and a rollback restores them like everything else.

The roll-ups: a day the file alone fills (it had no orders before, of any platform) gets the
file's totals, summed while reading; a day that had orders is recomputed from ``orders``.
Either way the day's buyers (sales_buyers) are rebuilt from ``orders``.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import sales_buyers
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.importing.csv_reader import ImportFileError, RowError
from app.core.importing.order_parse import RANK
from app.core.importing.order_scratch import COLUMNS, DAY, Scratch, Totals

if TYPE_CHECKING:
    from app.core.importing.orders import OrderFile

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 5000  # rows per import step: progress is reported, and cancel noticed, between steps
BULK_ROWS = 10_000  # from this many new orders (and more than the table holds), rebuild the indexes


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    skipped: int
    days: int = 0  # roll-up days brought up to date


def refuse_if_errors(path: Path, errors: list[RowError]) -> None:
    if errors:
        first = errors[0]
        raise ImportFileError(
            QT_TRANSLATE_NOOP("core", "{path}: {count} rows cannot be read, so nothing was imported. "
                                      "First: line {line}, column “{column}”: {reason}"),
            path=path, count=len(errors), line=first.row, column=first.column,
            reason=first.reason.format(**first.params),
        )


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _json(values) -> str:
    return json.dumps(sorted(values))


def import_orders(
    store, order_file: OrderFile, *, good_rows_only: bool = False, progress: Progress | None = None,
    backup: bool = True,
) -> ImportResult:
    """Write the file's orders in one transaction; see the module docstring."""
    if not good_rows_only:
        refuse_if_errors(order_file.path, order_file.errors)
    if backup:
        from app.core.backup import make_backup

        make_backup(store.path, reason="import")
    conn = store.conn
    total = len(order_file.rows)
    # Enough page cache for the import's index pages, but bounded: the app stays under 300 MB.
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-min(32, 8 + total // 10_000) * 1024}")
    source = _Source(conn, order_file.rows.scratch, total)
    try:
        return _import(store, order_file, source, total, good_rows_only, progress)
    finally:
        source.close()
        conn.execute(f"PRAGMA cache_size = {cache}")


class _Source:
    """The scratch table as the import's SQL sees it: attached, so that no row passes through
    Python again; or, inside a caller's transaction (where ATTACH is refused), copied into a
    temporary table. Rows are numbered ``seq`` 1..last, less ``removed``."""

    def __init__(self, conn, scratch: Scratch, total: int) -> None:
        self.conn, self.table, self.attached = conn, "", False
        self.last, self.removed = 0, []
        if not total:
            return
        if not conn.in_transaction:
            conn.execute("ATTACH DATABASE ? AS zg_scratch", (str(scratch.path),))
            self.attached, self.table = True, "zg_scratch.o"
            self.last, self.removed = scratch.last_seq, scratch.removed
            return
        conn.execute(f"CREATE TEMP TABLE zg_import (seq INTEGER PRIMARY KEY, {COLUMNS})")
        self.table, self.last = "temp.zg_import", total
        conn.executemany(f"INSERT INTO zg_import ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         ((o.order_id, o.buyer, o.created_at, o.paid_at, o.paid_fen, o.status, o.status_text,
                           o.title, o.quantity) for o in scratch.orders()))

    def rows_in(self, lo: int, hi: int) -> int:
        hi = min(hi, self.last + 1)
        return max(0, hi - lo) - (bisect_left(self.removed, hi) - bisect_left(self.removed, lo))

    def close(self) -> None:
        if self.attached:
            self.conn.execute("DETACH DATABASE zg_scratch")
        elif self.table:
            self.conn.execute("DROP TABLE temp.zg_import")


_VALUES = "buyer, created_at, paid_at, paid_fen, status, status_text, title, quantity"


def _import(store, order_file: OrderFile, source: _Source, total: int, good_rows_only: bool,
            progress: Progress | None) -> ImportResult:
    platform, src = order_file.platform, source.table
    now = _now()
    added = updated = unchanged = 0
    touched: set[str] = set()  # days whose orders changed
    with store.write() as conn:
        file_days = order_file.totals.days()
        # Days that had orders already (of any platform) cannot take the file's totals as they are.
        dirty = {d for (d,) in conn.execute(
            "SELECT DISTINCT day FROM orders WHERE day IN (SELECT value FROM json_each(?))", (_json(file_days),))}
        matching = conn.execute("SELECT 1 FROM orders WHERE platform = ? LIMIT 1", (platform,)).fetchone()
        if not matching:
            touched = set(file_days)
        indexes = _drop_indexes(conn) if _bulk(conn, src, platform, total, bool(matching)) else []
        done = 0
        for lo in range(1, source.last + 1, PROGRESS_EVERY):
            hi = lo + PROGRESS_EVERY
            rows = source.rows_in(lo, hi)
            found = 0
            if matching:
                found, more, changed, matched = _update_existing(conn, src, platform, lo, hi, now)
                updated, unchanged = updated + more, unchanged + found - more
                touched |= changed
                dirty |= matched
                if 0 < found < rows:  # some new: their days
                    touched |= {d for (d,) in conn.execute(
                        f"SELECT DISTINCT {DAY} FROM {src} AS s WHERE seq >= ? AND seq < ? AND NOT EXISTS "
                        "(SELECT 1 FROM orders AS o WHERE o.platform = ? AND o.order_id = s.order_id)",
                        (lo, hi, platform))}
                elif not found:
                    touched |= {d for (d,) in conn.execute(
                        f"SELECT DISTINCT {DAY} FROM {src} WHERE seq >= ? AND seq < ?", (lo, hi))}
            if found < rows:
                added += conn.execute(
                    f"INSERT INTO orders (platform, order_id, {_VALUES}, day, imported_at, updated_at) "
                    f"SELECT ?, order_id, {_VALUES}, {DAY}, ?, ? FROM {src} WHERE seq >= ? AND seq < ? "
                    "ON CONFLICT (platform, order_id) DO NOTHING", (platform, now, now, lo, hi)).rowcount
            done += rows
            if progress is not None:
                progress(done, total)
        if indexes:
            # SQLite's sorter builds an index fastest in small memory runs that it merges (a third
            # faster than with the big cache, measured): and it keeps the app's memory low.
            conn.execute("PRAGMA cache_size = -2000")
        for _name, sql in indexes:
            conn.execute(sql)
            if progress is not None:
                progress(total, total)
        recompute_rollups(conn, touched & dirty)
        sales_buyers.refresh_days(conn, touched - dirty)
        _write_totals(conn, order_file.totals, touched - dirty, sales_buyers.distinct_per_day(conn, touched - dirty))
        skipped = len(order_file.errors) if good_rows_only else 0
        conn.execute(
            "INSERT INTO imports (kind, file, encoding, platform, rows, added, updated, unchanged, skipped, "
            "imported_at) VALUES ('orders', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (str(order_file.path), order_file.encoding, platform, total, added, updated, unchanged, skipped, now),
        )
        if progress is not None:
            progress(total, total)
    return ImportResult(added, updated, unchanged, skipped, len(touched))


def _bulk(conn, src: str, platform: str, total: int, matching: bool) -> bool:
    """Will this import add many orders, more than half as many as the table holds? (Then
    rebuilding the indexes beats inserting into them.) Estimated from the first 1,000 rows."""
    if total < BULK_ROWS:
        return False
    new = total
    if matching:
        sample, old = conn.execute(
            f"SELECT count(*), count(o.order_id) FROM (SELECT order_id FROM {src} ORDER BY seq LIMIT 1000) AS s "
            "LEFT JOIN orders AS o ON o.platform = ? AND o.order_id = s.order_id", (platform,)).fetchone()
        new = total * (sample - old) // max(1, sample)
    return new >= BULK_ROWS and new > conn.execute("SELECT count(*) FROM orders").fetchone()[0] // 2


def _drop_indexes(conn) -> list[tuple[str, str]]:
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX main."{name}"')
    return indexes


_JOIN = "FROM {src} AS s JOIN orders AS o ON o.platform = ? AND o.order_id = s.order_id WHERE s.seq >= ? AND s.seq < ?"
_SAME = " AND ".join(f"s.{c} IS o.{c}" for c in _VALUES.split(", ")) + f" AND {DAY.replace('(paid_at', '(s.paid_at').replace('created_at)', 's.created_at)')} IS o.day"


def _update_existing(conn, src: str, platform: str, lo: int, hi: int, now: str):
    """Orders of rows lo..hi already in the table: (found, updated, days changed, days of the
    found orders, as in the file and as in the table). SQL compares; Python sees only the
    orders that differ, to apply the rule that an older export does not move one back."""
    join = _JOIN.format(src=src)
    params = (platform, lo, hi)
    found, matched = 0, set()
    for new_day, old_day, count in conn.execute(
            f"SELECT substr(coalesce(s.paid_at, s.created_at), 1, 10), o.day, count(*) {join} GROUP BY 1, 2", params):
        found += count
        matched.update((new_day, old_day))
    if not found:
        return 0, 0, set(), matched
    updates, changed = [], set()
    for r in conn.execute(
        f"SELECT s.order_id, s.buyer, s.created_at, s.paid_at, s.paid_fen, s.status, s.status_text, s.title, "
        f"s.quantity, substr(coalesce(s.paid_at, s.created_at), 1, 10), o.status, o.day {join} AND NOT ({_SAME})",
        params,
    ):
        new, old_status, old_day = r[1:10], r[10], r[11]
        if RANK[new[4]] >= RANK[old_status]:  # an older export than the one imported changes nothing
            updates.append((*new, now, platform, r[0]))
            changed.update((new[8], old_day))
    conn.executemany(
        "UPDATE orders SET buyer = ?, created_at = ?, paid_at = ?, paid_fen = ?, status = ?, status_text = ?, "
        "title = ?, quantity = ?, day = ?, updated_at = ? WHERE platform = ? AND order_id = ?", updates)
    return found, len(updates), changed, matched


_PAID = "status IN ('paid', 'shipped', 'completed') AND paid_at IS NOT NULL"


def _write_totals(conn, totals: Totals, days: set[str], buyers: dict[str, int]) -> None:
    """The roll-ups of ``days``, which hold only orders of this file, from its totals;
    ``buyers``: each day's distinct paying buyers."""
    if not days:
        return
    arg = _json(days)
    for table in ("sales_daily", "sales_daily_product", "sales_hourly"):
        conn.execute(f"DELETE FROM {table} WHERE day IN (SELECT value FROM json_each(?))", (arg,))
    conn.executemany(
        "INSERT INTO sales_daily (day, revenue_fen, orders, quantity, buyers, closed, closed_fen, unpaid) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(d, fen, n, qty, buyers.get(d, 0), closed, closed_fen, unpaid)
         for d, fen, n, qty, closed, closed_fen, unpaid in totals.daily(days)])
    conn.executemany("INSERT INTO sales_daily_product (day, title, revenue_fen, orders, quantity) "
                     "VALUES (?, ?, ?, ?, ?)", totals.product_rows(days))
    conn.executemany("INSERT INTO sales_hourly (day, hour, orders, revenue_fen) VALUES (?, ?, ?, ?)",
                     totals.hourly_rows(days))


def recompute_rollups(conn, days) -> None:
    """Rebuild sales_daily, sales_daily_product, sales_hourly and the buyers of ``days`` from orders."""
    days = sorted(d for d in days if d)
    if not days:
        return
    sales_buyers.refresh_days(conn, days)
    # When the days hold much of the table, one pass over the table beats a primary-key
    # lookup per order through the day index.
    affected = conn.execute(
        "SELECT count(*) FROM orders WHERE day IN (SELECT value FROM json_each(?))", (json.dumps(days),)
    ).fetchone()[0]
    total = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
    source = "orders NOT INDEXED" if affected * 4 > total else "orders"
    for part in [days] if source != "orders" else (days[i : i + 500] for i in range(0, len(days), 500)):
        arg = json.dumps(part)
        in_days = "day IN (SELECT value FROM json_each(?))"
        for table in ("sales_daily", "sales_daily_product", "sales_hourly"):
            conn.execute(f"DELETE FROM {table} WHERE {in_days}", (arg,))
        conn.execute(
            f"""INSERT INTO sales_daily (day, revenue_fen, orders, quantity, buyers, closed, closed_fen, unpaid)
            SELECT day,
                   coalesce(sum(CASE WHEN {_PAID} THEN paid_fen END), 0),
                   count(CASE WHEN {_PAID} THEN 1 END),
                   coalesce(sum(CASE WHEN {_PAID} THEN quantity END), 0),
                   count(DISTINCT CASE WHEN {_PAID} THEN buyer END),
                   count(CASE WHEN status = 'closed' THEN 1 END),
                   coalesce(sum(CASE WHEN status = 'closed' AND paid_at IS NOT NULL THEN paid_fen END), 0),
                   count(CASE WHEN status = 'awaiting_payment' THEN 1 END)
            FROM {source} WHERE {in_days} GROUP BY day""",
            (arg,),
        )
        conn.execute(
            f"""INSERT INTO sales_daily_product (day, title, revenue_fen, orders, quantity)
            SELECT day, title, sum(paid_fen), count(*), sum(quantity)
            FROM {source} WHERE {in_days} AND {_PAID} GROUP BY day, title""",
            (arg,),
        )
        conn.execute(
            f"""INSERT INTO sales_hourly (day, hour, orders, revenue_fen)
            SELECT day, CAST(substr(paid_at, 12, 2) AS INTEGER), count(*), sum(paid_fen)
            FROM {source} WHERE {in_days} AND {_PAID} GROUP BY day, substr(paid_at, 12, 2)""",
            (arg,),
        )
