"""Read the affiliate platform's order report (推广订单明细, CSV or XLSX) and import it into
``affiliate_orders``, matching each row to an affiliate by the keys in ``affiliate_keys``.

Reading reuses the order report's reader (``orders.read_table``: encodings, ``="…"`` ids, XLSX)
and its cell parsers; it never touches the database. ``import_affiliate_orders`` writes the
whole file in one transaction or nothing, like ``orders.import_orders``: a file with unreadable
rows is refused unless the user chose the good rows only, and a progress callback that raises
(the worker's Cancelled) rolls everything back.

Rows are keyed by (order id, sub-order id). A report without a 子订单号 column keys each row by
its 商品ID instead, since an order of two items is two rows with one 订单编号. Importing a file
twice adds nothing; a later report updates status, settlement and commission; an older one read
after it does not move an order back (a settled order is not made merely paid again).

Matching: the promoter's PID first, then the nickname, then the source media. A PID (推广位) is
issued by the platform to one promoter, so it cannot be ambiguous; a nickname is one person's
but can be renamed; one 来源媒体 (a site or an app) may carry several promoters, so it is the
weakest and decides only when nothing else does. Keys of affiliates in the trash still match,
so that restoring one brings back their orders. Unmatched rows keep ``affiliate_id`` NULL and
are listed by ``affiliate_stats.unmatched_promoters`` so the user can attach them.

The roll-ups (``affiliate_daily`` and the kept totals on ``affiliates``) of every affiliate and
day an import touches are recomputed in the same transaction, from the touched keys only.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP
from app.core.importing import columns
from app.core.importing.orders import (
    PROGRESS_EVERY, CellError, OrderImportError, Progress, RowError, parse_fen, parse_time, resolve_columns,
    read_table, refuse_if_errors,
)
from app.core.money import RateError, apply_rate, parse_rate

KIND = "affiliate_orders"  # the imports and column_mappings kind

# field -> (label, required, aliases); the first alias present in a header wins.
AFFILIATE_ORDER_FIELDS: dict[str, tuple[str, bool, tuple[str, ...]]] = {
    "order_id": (QT_TRANSLATE_NOOP("core", "Order number"), True,
                 ("订单编号", "淘宝订单编号", "订单号", "淘宝父订单编号", "order id")),
    "sub_order_id": (QT_TRANSLATE_NOOP("core", "Sub-order number"), False,
                     ("子订单号", "子订单编号", "淘宝子订单编号", "sub order id")),
    "item_id": (QT_TRANSLATE_NOOP("core", "Item ID"), False, ("商品ID", "商品id", "宝贝ID", "item id")),
    "title": (QT_TRANSLATE_NOOP("core", "Item title"), False, ("商品信息", "商品标题", "商品名称", "宝贝标题", "title")),
    "paid": (QT_TRANSLATE_NOOP("core", "Amount paid"), True,
             ("付款金额", "实际支付金额", "结算金额", "paid", "amount paid")),
    "rate": (QT_TRANSLATE_NOOP("core", "Commission rate"), False,
             ("佣金比率", "佣金比例", "收入比率", "分成比率", "commission rate")),
    "commission": (QT_TRANSLATE_NOOP("core", "Commission"), False,
                   ("佣金金额", "结算佣金", "预估收入", "效果预估", "预估佣金", "commission")),
    "status": (QT_TRANSLATE_NOOP("core", "Order status"), True, ("订单状态", "status")),
    "created_at": (QT_TRANSLATE_NOOP("core", "Order time"), True,
                   ("创建时间", "下单时间", "订单创建时间", "created at")),
    "settled_at": (QT_TRANSLATE_NOOP("core", "Settlement time"), False, ("结算时间", "settled at")),
    "nick": (QT_TRANSLATE_NOOP("core", "Promoter nickname"), False, ("推广者昵称", "推广者", "promoter")),
    "pid": (QT_TRANSLATE_NOOP("core", "Ad zone / PID"), False,
            ("推广位ID", "PID", "推广位", "广告位ID", "推广位名称", "广告位名称")),
    "media": (QT_TRANSLATE_NOOP("core", "Source media"), False,
              ("来源媒体名称", "来源媒体ID", "媒体名称", "来源媒体", "媒体ID")),
}

# As written in reports (after NFKC, spaces removed) -> code of affiliate_codes.ORDER_STATUSES.
# 订单成功 is a confirmed receipt the platform has not settled yet: still 'paid'.
STATUSES = {"订单付款": "paid", "已付款": "paid", "付款": "paid", "订单成功": "paid",
            "订单结算": "settled", "已结算": "settled", "结算": "settled",
            "订单失效": "failed", "已失效": "failed", "失效": "failed"}
_EMPTY = ("", "-", "--", "—")  # what reports write in a cell that does not apply
_EXACT_FLOAT = 2 ** 53  # a larger id stored as an Excel number has lost its last digits


@dataclass(slots=True)
class AffiliateOrder:
    row: int
    order_id: str
    sub_order_id: str
    item_id: str
    title: str
    paid_fen: int
    rate_bp: int | None
    commission_fen: int
    status: str
    status_text: str
    created_at: str
    settled_at: str | None
    nick: str
    pid: str
    media: str

    @property
    def day(self) -> str:
        return self.created_at[:10]


@dataclass
class AffiliateOrderFile:
    path: Path
    encoding: str
    header: list[str]
    mapping: dict[str, str]
    rows: list[AffiliateOrder]
    errors: list[RowError]
    encoding_guessed: bool = False

    @property
    def signature(self) -> str:
        return columns.signature(self.header)


@dataclass(frozen=True)
class AffiliateImportResult:
    added: int
    updated: int
    unchanged: int
    skipped: int  # unreadable rows left out at the user's choice
    unmatched: int = 0  # orders of the file whose promoter is not in the register
    affiliates: int = 0  # affiliates whose figures changed


# ---------------------------------------------------------------- cells


def _text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return "" if text in _EMPTY else text


def _id(value) -> str:
    if isinstance(value, float) and abs(value) >= _EXACT_FLOAT:
        raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” was stored by Excel as a number and has lost its last "
                                                  "digits; format the column as text and export again"),
                        text=f"{value:.0f}")
    return _text(value)


def parse_rate_cell(value) -> int | None:
    """Basis points of a 佣金比率 cell, None when empty.

    Text is a percentage with or without the sign: "20.00 %", "20%" and "20" are all 2000 bp,
    as reports print them. A number cell from Excel is a fraction when it is below 1 (a cell
    formatted as 20% holds 0.2), else a percentage: the platform's rates start above 1%, so a
    number below 1 cannot be a percentage.
    """
    if isinstance(value, bool):
        raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is not a rate: expected a number"), text=value)
    try:
        if isinstance(value, (int, float)):
            number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
            return parse_rate(number * 100 if number < 1 else number)
        text = _text(value)
        return parse_rate(text) if text else None
    except RateError as exc:
        raise CellError(exc.template, **exc.params) from exc


def parse_status(value) -> tuple[str, str]:
    text = _text(value)
    code = STATUSES.get(unicodedata.normalize("NFKC", text).replace(" ", ""))
    if code is None:
        raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is not a known affiliate order status"), text=text[:40])
    return code, text


def _rank(status: str, status_text: str) -> int:
    """How far an order has got: a report is not allowed to move an order back."""
    if status != "paid":
        return 2
    return 1 if unicodedata.normalize("NFKC", status_text).replace(" ", "") == "订单成功" else 0


# ---------------------------------------------------------------- reading


def read_affiliate_orders(path: Path, *, encoding: str | None = None,
                          mapping: dict[str, str] | None = None) -> AffiliateOrderFile:
    """Every order of the file and every row that cannot be read; the database is not touched.
    ``mapping`` (field -> header cell) overrides matching by name; raises MissingColumns."""
    fields = AFFILIATE_ORDER_FIELDS
    table = read_table(path, encoding=encoding)
    mapping, idx = resolve_columns(table.header, fields, mapping, path=table.path, encoding=table.encoding)
    header, errors, rows = table.header, list(table.errors), []
    seen: dict[tuple[str, str], int] = {}
    has_sub = "sub_order_id" in idx

    def cell(cells, key):
        i = idx.get(key)
        return "" if i is None else cells[i]

    for number, cells in zip(table.row_numbers, table.rows):
        column = ""
        try:
            column = header[idx["order_id"]]
            order_id = _id(cells[idx["order_id"]])
            if not order_id:
                raise CellError(QT_TRANSLATE_NOOP("core", "the order number is empty"))
            column = header[idx["item_id"]] if "item_id" in idx else ""
            item_id = _id(cell(cells, "item_id"))
            column = header[idx["sub_order_id"]] if has_sub else column
            sub_id = _id(cell(cells, "sub_order_id")) if has_sub else item_id
            column = header[idx["order_id"]]
            if (order_id, sub_id) in seen:
                raise CellError(QT_TRANSLATE_NOOP("core", "order {order} is already on line {line}"),
                                order=f"{order_id} {sub_id}".strip(), line=seen[order_id, sub_id])
            column = header[idx["status"]]
            status, status_text = parse_status(cells[idx["status"]])
            column = header[idx["paid"]]
            paid_fen = parse_fen(cells[idx["paid"]])
            rate_bp = None
            if "rate" in idx:
                column = header[idx["rate"]]
                rate_bp = parse_rate_cell(cells[idx["rate"]])
            commission = _text(cell(cells, "commission")) if "commission" in idx else ""
            column = header[idx["commission"]] if "commission" in idx else column
            if commission:
                commission_fen = parse_fen(cells[idx["commission"]])
            else:  # a report without the amount: what the rate gives
                commission_fen = apply_rate(paid_fen, rate_bp) if rate_bp is not None else 0
            column = header[idx["created_at"]]
            created_at = parse_time(cells[idx["created_at"]])
            if created_at is None:
                raise CellError(QT_TRANSLATE_NOOP("core", "the order time is empty"))
            settled_at = None
            if "settled_at" in idx and _text(cells[idx["settled_at"]]):
                column = header[idx["settled_at"]]
                settled_at = parse_time(cells[idx["settled_at"]])
        except CellError as exc:
            errors.append(RowError(number, column, exc.reason, exc.params))
            continue
        seen[order_id, sub_id] = number
        rows.append(AffiliateOrder(
            number, order_id, sub_id, item_id, _text(cell(cells, "title")), paid_fen, rate_bp, commission_fen,
            status, status_text, created_at, settled_at, _text(cell(cells, "nick")), _text(cell(cells, "pid")),
            _text(cell(cells, "media"))))
    errors.sort(key=lambda e: e.row)
    return AffiliateOrderFile(table.path, table.encoding, table.header, mapping, rows, errors, table.guessed)


# ---------------------------------------------------------------- matching and roll-ups

MATCH_ORDER = ("pid", "nick", "media")  # see the module docstring


def key_map(conn, rows) -> dict[tuple[str, str], str]:
    """(kind, value) -> affiliate id, for the promoter keys that occur in ``rows``."""
    wanted = {"pid": {r.pid for r in rows if r.pid}, "nick": {r.nick for r in rows if r.nick},
              "media": {r.media for r in rows if r.media}}
    found: dict[tuple[str, str], str] = {}
    for kind, values in wanted.items():
        if values:
            for value, affiliate_id in conn.execute(
                    "SELECT value, affiliate_id FROM affiliate_keys WHERE kind = ? "
                    "AND value IN (SELECT value FROM json_each(?))", (kind, json.dumps(sorted(values)))):
                found[kind, value] = affiliate_id
    return found


def match(keys: dict[tuple[str, str], str], pid: str, nick: str, media: str) -> str | None:
    for kind, value in zip(MATCH_ORDER, (pid, nick, media)):
        if value and (kind, value) in keys:
            return keys[kind, value]
    return None


_TOUCHED = "SELECT json_extract(value, '$[0]') AS a, json_extract(value, '$[1]') AS d FROM json_each(?)"
# CROSS JOIN keeps the touched pairs as the outer loop: one index range per pair, never a scan.
DAILY_SQL = (
    f"DELETE FROM affiliate_daily WHERE (affiliate_id, day) IN ({_TOUCHED})",
    f"""INSERT INTO affiliate_daily (affiliate_id, day, orders, paid_fen, commission_fen)
    SELECT o.affiliate_id, o.day, count(*), sum(o.paid_fen), sum(o.commission_fen)
    FROM ({_TOUCHED}) AS t CROSS JOIN affiliate_orders AS o INDEXED BY affiliate_orders_affiliate
    WHERE o.affiliate_id = t.a AND o.day = t.d AND o.status != 'failed'
    GROUP BY o.affiliate_id, o.day""",
)

REBUILD_SQL = """INSERT INTO affiliate_daily (affiliate_id, day, orders, paid_fen, commission_fen)
    SELECT affiliate_id, day, count(*), sum(paid_fen), sum(commission_fen) FROM affiliate_orders
    WHERE affiliate_id IS NOT NULL AND status != 'failed' GROUP BY affiliate_id, day"""


def recompute_daily(conn, pairs) -> None:
    """Rebuild affiliate_daily for the (affiliate id, day) pairs from the valid orders."""
    pairs = sorted({(a, d) for a, d in pairs if a})
    if not pairs:
        return
    # When the pairs are much of the table (a first import), one pass over it beats a lookup per pair.
    if len(pairs) > 20_000 and len(pairs) * 4 > conn.execute("SELECT count(*) FROM affiliate_daily").fetchone()[0]:
        conn.execute("DELETE FROM affiliate_daily")
        conn.execute(REBUILD_SQL)
        return
    arg = json.dumps(pairs)
    for sql in DAILY_SQL:
        conn.execute(sql, (arg,))


TOTALS_SQL = """UPDATE affiliates SET
         last_order_on = t.last, orders = t.n, paid_fen = t.paid, commission_fen = t.commission
       FROM (SELECT i.value AS id, max(d.day) AS last, coalesce(sum(d.orders), 0) AS n,
                    coalesce(sum(d.paid_fen), 0) AS paid, coalesce(sum(d.commission_fen), 0) AS commission
             FROM json_each(?) AS i LEFT JOIN affiliate_daily AS d ON d.affiliate_id = i.value
             GROUP BY i.value) AS t
       WHERE affiliates.id = t.id"""


def refresh_totals(conn, affiliate_ids) -> None:
    """Recompute the kept columns (last_order_on, orders, paid_fen, commission_fen) of these
    affiliates from affiliate_daily; call after changing their affiliate_daily rows."""
    ids = sorted({a for a in affiliate_ids if a})
    if ids:
        conn.execute(TOTALS_SQL, (json.dumps(ids),))


def roll_up(conn, pairs) -> int:
    """affiliate_daily for the pairs, then the kept totals of their affiliates; how many affiliates."""
    pairs = {(a, d) for a, d in pairs if a}
    recompute_daily(conn, pairs)
    ids = {a for a, _d in pairs}
    refresh_totals(conn, ids)
    return len(ids)


# ---------------------------------------------------------------- writing

_COLUMNS = ("item_id, title, paid_fen, rate_bp, commission_fen, status, status_text, created_at, settled_at, "
            "promoter_nick, pid, media, affiliate_id, day")


def _values(r: AffiliateOrder, affiliate_id: str | None) -> tuple:
    return (r.item_id, r.title, r.paid_fen, r.rate_bp, r.commission_fen, r.status, r.status_text, r.created_at,
            r.settled_at, r.nick, r.pid, r.media, affiliate_id, r.day)


def _chunks(seq: list, size: int):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def write_rows(conn, rows: list[AffiliateOrder], now: str,
               progress: Progress | None = None) -> tuple[int, int, int, int, int]:
    """Upsert ``rows`` and roll up what they touched, inside the caller's transaction.
    Returns (added, updated, unchanged, unmatched, affiliates touched)."""
    keys = key_map(conn, rows)
    added = updated = unchanged = unmatched = 0
    touched: set[tuple[str, str]] = set()
    total, done = len(rows), 0
    for chunk in _chunks(rows, PROGRESS_EVERY):
        existing: dict[tuple[str, str], tuple] = {}
        for part in _chunks(sorted({r.order_id for r in chunk}), 500):
            for rec in conn.execute(
                    f"SELECT order_id, sub_order_id, {_COLUMNS} FROM affiliate_orders "
                    f"WHERE order_id IN (SELECT value FROM json_each(?))", (json.dumps(part),)):
                existing[rec[0], rec[1]] = rec[2:]
        inserts, updates = [], []
        for r in chunk:
            affiliate_id = match(keys, r.pid, r.nick, r.media)
            unmatched += affiliate_id is None
            values = _values(r, affiliate_id)
            old = existing.get((r.order_id, r.sub_order_id))
            if old is None:
                inserts.append((r.order_id, r.sub_order_id, *values, now, now))
                touched.add((affiliate_id, r.day))
            elif old == values or _rank(r.status, r.status_text) < _rank(old[5], old[6]):
                unchanged += 1  # the same, or from an older report than the one already imported
            else:
                updates.append((*values, now, r.order_id, r.sub_order_id))
                touched.update(((affiliate_id, r.day), (old[12], old[13])))
        inserts.sort(key=lambda v: (v[0], v[1]))  # in key order: far fewer b-tree pages touched
        conn.executemany(
            f"INSERT INTO affiliate_orders (order_id, sub_order_id, {_COLUMNS}, imported_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts)
        sets = ", ".join(f"{c.strip()} = ?" for c in _COLUMNS.split(","))
        conn.executemany(
            f"UPDATE affiliate_orders SET {sets}, updated_at = ? WHERE order_id = ? AND sub_order_id = ?", updates)
        added += len(inserts)
        updated += len(updates)
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    return added, updated, unchanged, unmatched, roll_up(conn, touched)


def import_affiliate_orders(store, order_file: AffiliateOrderFile, *, good_rows_only: bool = False,
                            progress: Progress | None = None, backup: bool = True,
                            now: datetime | None = None) -> AffiliateImportResult:
    """Write the file's orders and their roll-ups in one transaction; see the module docstring."""
    if not good_rows_only or not order_file.rows:
        refuse_if_errors(order_file.path, order_file.errors)
    if not order_file.rows:
        raise OrderImportError(QT_TRANSLATE_NOOP("core", "{path} has no orders, so nothing was imported."),
                               path=order_file.path)
    if backup:
        from app.core.backup import make_backup

        make_backup(store.path, reason="import")
    stamp = (now or datetime.now()).isoformat(timespec="seconds")
    skipped = len(order_file.errors) if good_rows_only else 0
    cache = store.conn.execute("PRAGMA cache_size").fetchone()[0]  # a big file: keep its index pages in memory
    store.conn.execute(f"PRAGMA cache_size = {-min(256, 16 + len(order_file.rows) // 2000) * 1024}")
    try:
        with store.write() as conn:
            added, updated, unchanged, unmatched, affiliates = write_rows(conn, order_file.rows, stamp, progress)
            conn.execute(
                "INSERT INTO imports (kind, file, encoding, rows, added, updated, unchanged, skipped, imported_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (KIND, str(order_file.path), order_file.encoding, len(order_file.rows), added, updated, unchanged,
                 skipped, stamp))
    finally:
        store.conn.execute(f"PRAGMA cache_size = {cache}")
    return AffiliateImportResult(added, updated, unchanged, skipped, unmatched, affiliates)
