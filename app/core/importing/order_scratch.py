"""Where the orders of a file wait between reading and importing: a scratch SQLite file in the
temporary folder, and the file's totals per day, product and hour.

A million parsed orders take ~1.5 GB as Python objects, so ``read_orders`` writes them into a
scratch database instead (no index, no journal: it is thrown away) and keeps only what the
preview shows. ``import_orders`` then copies them into the shop's database in SQL (ATTACH),
without passing each row through Python again. The scratch file is deleted when its
OrderFile is closed or garbage-collected, or when the program ends.

The totals are summed while reading, because the roll-ups of a day that held no orders before
the import are exactly the file's totals for that day: computing them in SQL would sort the
whole file again.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import weakref
from array import array
from collections.abc import Iterable, Iterator
from operator import itemgetter
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP
from app.core.importing.csv_reader import ImportFileError
from app.core.importing.order_parse import ParsedOrder

COLUMNS = "order_id, buyer, created_at, paid_at, paid_fen, status, status_text, title, quantity"
_INSERT = f"INSERT INTO o ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
DAY = "substr(coalesce(paid_at, created_at), 1, 10)"  # an order's day (schema_v5_sales)


def _remove(path: Path) -> None:
    for suffix in ("", "-journal"):
        try:
            os.remove(f"{path}{suffix}")
        except OSError:
            pass


def _disk_full(exc: sqlite3.Error, source: Path) -> ImportFileError:
    return ImportFileError(QT_TRANSLATE_NOOP(
        "core", "Could not read {path}: the temporary folder {folder} has no room for its orders ({reason})."),
        path=source, folder=tempfile.gettempdir(), reason=exc)


class Scratch:
    """A temporary database holding a file's good orders as table ``o``, ``seq`` 1, 2, … in
    file order."""

    def __init__(self, source: Path) -> None:
        self.source = source
        fd, name = tempfile.mkstemp(prefix="zhanggui-orders-", suffix=".sqlite3")
        os.close(fd)
        self.path = Path(name)
        self._finalizer = weakref.finalize(self, _remove, self.path)
        self.count = 0  # orders in the file
        self.last_seq = 0  # seq runs 1..last_seq, less ``removed`` (repeated ids), sorted
        self.removed: list[int] = []
        self.lines = array("i")  # the file line of each seq (seq 1 at index 0)
        self._conn: sqlite3.Connection | None = sqlite3.connect(name, isolation_level=None)
        try:
            self._conn.execute("PRAGMA journal_mode = OFF")
            self._conn.execute("PRAGMA synchronous = OFF")
            self._conn.execute(f"CREATE TABLE o (seq INTEGER PRIMARY KEY, {COLUMNS})")
            self._conn.execute("BEGIN")
        except sqlite3.Error as exc:
            self.close()
            raise _disk_full(exc, source) from exc

    def write(self, rows: Iterable[tuple], lines: list[int]) -> None:
        """``rows`` as COLUMNS, found on ``lines`` of the file."""
        try:
            self._conn.executemany(_INSERT, rows)
        except sqlite3.Error as exc:
            self.close()
            raise _disk_full(exc, self.source) from exc
        self.lines.extend(lines)
        self.count += len(lines)
        self.last_seq += len(lines)

    def finish(self) -> None:
        """Done writing: commit and let go, so that another thread (the import) can read it."""
        if self._conn is not None:
            self._conn.execute("COMMIT")
            self._conn.close()
            self._conn = None

    def _reader(self) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{self.path.as_posix()}?mode=ro", uri=True, check_same_thread=False)

    def fetch(self, seqs: Iterable[int], columns: str = "seq, order_id") -> list[tuple]:
        conn = self._conn or self._reader()
        try:
            return conn.execute(f"SELECT {columns} FROM o WHERE seq IN (SELECT value FROM json_each(?)) "
                                "ORDER BY seq", (_json_ints(seqs),)).fetchall()
        finally:
            if conn is not self._conn:
                conn.close()

    def delete(self, seqs: Iterable[int]) -> None:
        seqs = sorted(seqs)
        self.removed = sorted(self.removed + seqs)
        self._conn.execute("DELETE FROM o WHERE seq IN (SELECT value FROM json_each(?))", (_json_ints(seqs),))
        self.count -= len(seqs)

    def orders(self, offset: int = 0, limit: int = -1) -> Iterator[ParsedOrder]:
        if not self._finalizer.alive:
            return
        conn = self._reader()
        try:
            for seq, *row in conn.execute(f"SELECT seq, {COLUMNS} FROM o ORDER BY seq LIMIT ? OFFSET ?",
                                          (limit, offset)):
                yield ParsedOrder(self.lines[seq - 1], *row)
        finally:
            conn.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._finalizer()


def _json_ints(values: Iterable[int]) -> str:
    return "[" + ",".join(str(int(v)) for v in values) + "]"


def duplicate_ids(keys: array, scratch: Scratch) -> list[tuple[int, int, str, int]]:
    """``(seq, line, order_id, first line)`` of every order whose id came earlier in the file.

    ``keys`` holds hash(order_id) for seq 1, 2, …: equal hashes are sorted next to each other
    (numpy: a million in ~0.1 s), then only those rows' ids are compared."""
    if len(keys) < 2:
        return []
    import numpy as np

    hashes = np.frombuffer(keys, dtype=np.int64)
    order = np.argsort(hashes, kind="stable")
    ranked = hashes[order]
    same = np.flatnonzero(ranked[1:] == ranked[:-1])
    if not same.size:
        return []
    candidates = np.union1d(order[same], order[same + 1]) + 1
    first: dict[str, int] = {}
    found = []
    for seq, order_id in scratch.fetch(candidates.tolist()):
        line = scratch.lines[seq - 1]
        if order_id in first:
            found.append((seq, line, order_id, first[order_id]))
        else:
            first[order_id] = line
    return found


class _Ids(dict):
    """key -> 0, 1, 2, … in the order keys are first met; the ``none`` keys -> -1."""

    def __init__(self, *none) -> None:
        super().__init__(dict.fromkeys(none, -1))
        self._base = len(none)

    def __missing__(self, key) -> int:
        n = self[key] = len(self) - self._base
        return n

    def keys_in_order(self) -> list:
        return list(self)[self._base:]


_STATUS_IDS = {"awaiting_payment": 0, "paid": 1, "shipped": 2, "completed": 3, "closed": 4}


class Totals:
    """A file's paid orders per hour and per (day, title), and its closed and unpaid orders per
    day: what the roll-ups of the days it alone fills are made of (schema_v5_sales).

    While reading, each order adds a few small integers to arrays (C-level, a batch at a time);
    ``finish`` sums them with numpy, leaving out the orders removed as repeated ids."""

    def __init__(self) -> None:
        self._hours, self._days, self._titles = _Ids(""), _Ids(), _Ids()
        self._hour, self._day, self._title = array("i"), array("i"), array("i")
        self._fen, self._qty, self._status = array("q"), array("q"), array("b")
        self.hourly: dict[str, list[int]] = {}  # 'YYYY-MM-DD HH' -> [orders, revenue_fen, quantity]
        self.products: dict[tuple[str, str], list[int]] = {}  # (day, title) -> [revenue_fen, orders, quantity]
        self.other: dict[str, list[int]] = {}  # day -> [closed, closed_fen, unpaid]

    def extend(self, paid_times, order_times, titles, fens, quantities, statuses) -> None:
        """A batch of orders, as columns; ``paid_times`` as 'YYYY-MM-DD HH:MM:SS', '' when unpaid."""
        self._hour.extend(map(self._hours.__getitem__, map(itemgetter(slice(0, 13)), paid_times)))
        self._day.extend(map(self._days.__getitem__, map(itemgetter(slice(0, 10)), order_times)))
        self._title.extend(map(self._titles.__getitem__, titles))
        self._fen.extend(fens)
        self._qty.extend(quantities)
        self._status.extend(map(_STATUS_IDS.__getitem__, statuses))

    def finish(self, removed: list[int]) -> None:
        """Sum up, without the orders ``removed`` (seq numbers: 1 is the first order)."""
        import numpy as np

        status = np.frombuffer(self._status, dtype=np.int8)
        keep = np.ones(len(status), dtype=bool)
        if removed:
            keep[np.asarray(removed, dtype=np.int64) - 1] = False
        hour = np.frombuffer(self._hour, dtype=np.int32)
        hour_keys = self._hours.keys_in_order()
        # An order's day is the day it was paid, else the day it was placed.
        day_of_hour = np.fromiter(map(self._days.__getitem__, (h[:10] for h in hour_keys)), np.int32, len(hour_keys))
        day = np.where(hour >= 0, day_of_hour[np.maximum(hour, 0)] if len(hour_keys) else 0,
                       np.frombuffer(self._day, dtype=np.int32))
        title = np.frombuffer(self._title, dtype=np.int32)
        fen = np.frombuffer(self._fen, dtype=np.int64)
        qty = np.frombuffer(self._qty, dtype=np.int64)
        paid = keep & (status >= 1) & (status <= 3)
        hours, fens, qtys = hour[paid], fen[paid], qty[paid]
        # Per id: count, sum of fen, sum of quantity (bincount sums in float64: exact below 2**53).
        n = np.bincount(hours, minlength=len(hour_keys))
        f = np.bincount(hours, fens, len(hour_keys)).astype(np.int64)
        q = np.bincount(hours, qtys, len(hour_keys)).astype(np.int64)
        self.hourly = {k: [int(n[i]), int(f[i]), int(q[i])] for i, k in enumerate(hour_keys) if n[i]}
        del hours
        day_keys, title_keys = self._days.keys_in_order(), self._titles.keys_in_order()
        pairs, index = np.unique(day[paid].astype(np.int64) * len(title_keys) + title[paid], return_inverse=True)
        index = index.ravel()
        n = np.bincount(index, minlength=len(pairs))
        f = np.bincount(index, fens, len(pairs)).astype(np.int64)
        q = np.bincount(index, qtys, len(pairs)).astype(np.int64)
        del index, fens, qtys, paid
        self.products = {(day_keys[int(p) // len(title_keys)], title_keys[int(p) % len(title_keys)]):
                         [int(f[i]), int(n[i]), int(q[i])] for i, p in enumerate(pairs)}
        closed, unpaid = keep & (status == 4), keep & (status == 0)
        closed_n = np.bincount(day[closed], minlength=len(day_keys))
        closed_fen = np.bincount(day[closed & (hour >= 0)], fen[closed & (hour >= 0)], len(day_keys)).astype(np.int64)
        unpaid_n = np.bincount(day[unpaid], minlength=len(day_keys))
        self.other = {d: [int(closed_n[i]), int(closed_fen[i]), int(unpaid_n[i])]
                      for i, d in enumerate(day_keys) if closed_n[i] or unpaid_n[i]}
        self._hour = self._day = self._title = self._fen = self._qty = self._status = None

    def days(self) -> set[str]:
        """Days with any order of the file."""
        return {h[:10] for h in self.hourly} | set(self.other)

    def daily(self, days: set[str]) -> list[tuple]:
        """(day, revenue_fen, orders, quantity, closed, closed_fen, unpaid) for ``days``."""
        out: dict[str, list[int]] = {d: [0, 0, 0, 0, 0, 0] for d in days}
        for hour, (orders, fen, qty) in self.hourly.items():
            row = out.get(hour[:10])
            if row is not None:
                row[0] += fen
                row[1] += orders
                row[2] += qty
        for day, (closed, closed_fen, unpaid) in self.other.items():
            row = out.get(day)
            if row is not None:
                row[3:] = [closed, closed_fen, unpaid]
        return [(d, *v) for d, v in sorted(out.items())]

    def product_rows(self, days: set[str]) -> list[tuple]:
        return [(d, t, *v) for (d, t), v in self.products.items() if d in days]

    def hourly_rows(self, days: set[str]) -> list[tuple]:
        return [(h[:10], int(h[11:13]), v[0], v[1]) for h, v in self.hourly.items() if h[:10] in days]
