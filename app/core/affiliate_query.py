"""The register's list: filter and sort 100,000 affiliates in SQL, fetch only what is shown.

``ordered_rowids`` runs the one query that filters and sorts and returns just the rowids (so
the count is its length, with no second scan); ``rows_for`` then reads the columns the list
shows for the block of rowids scrolled into view. Text search: every word the user typed,
lower-cased, must occur in the kept ``search_key``.

Measured on 100,000 affiliates (benchmarks/affiliates.py), two choices matter:
- ``search_key LIKE '%word%'`` (wildcards escaped) scans in about 60% of the time
  ``instr()`` takes; both are lower-case on each side, so they match the same rows.
- Without ANALYZE statistics SQLite likes to walk a partial index and look every row up by
  rowid, which is 3-10x slower than reading the table straight through whenever the filter
  needs the row (text, 大客户, no orders, an overdue range) or the sort is not indexed.
  ``_use_index`` says when an index pays; otherwise the query says NOT INDEXED.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.core.affiliate_codes import KINDS, STATUSES
from app.core.affiliates import like_pattern, search_words
from app.core.db import Store

# Sort key -> ORDER BY terms (each gets ASC/DESC). Name sorts by its pinyin, as a Chinese list
# does; type and status in the order the codes list them, not alphabetically by code. Where
# SQLite sorts anyway (no index gives the order), names within a group come alphabetically.
SORTS = {
    "name": ("sort_name",),
    "nickname": ("nickname",),
    "kind": ("CASE kind " + " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(KINDS)) + " ELSE 99 END",
             "sort_name"),
    "status": ("CASE status " + " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(STATUSES)) + " ELSE 99 END",
               "sort_name"),
    "region": ("province", "city", "sort_name"),
    "qq": ("qq",),
    "wechat": ("wechat",),
    "phone": ("phone",),
    "orders": ("orders",),
    "paid": ("paid_fen",),
    "commission": ("commission_fen",),
    "last_order": ("last_order_on",),
    "due": ("due_on",),
    "joined": ("joined_on",),
    "created": ("created_at",),
}
# Dates that may be missing: a missing one sorts after the others either way ("nothing due" last).
_NULLABLE = {"due_on", "joined_on"}
# Sorts an index of the schema delivers in order (affiliates_<column>, partial on live rows).
_INDEXED_SORTS = {"name", "due", "last_order", "orders", "paid", "joined", "created"}
DUE_FILTERS = ("overdue", "today", "due")


@dataclass(frozen=True)
class AffiliateFilter:
    text: str = ""
    kind: str = ""
    status: str = ""
    province: str = ""
    city: str = ""
    tag: str = ""
    channel_kind: str = ""
    group_id: str = ""
    vip: bool | None = None
    due: str = ""  # '' | 'overdue' (before today) | 'today' | 'due' (today or before)
    no_orders_days: int | None = None  # no order for more than N days (or never)


@dataclass(frozen=True)
class Row:
    """What one line of the register shows."""
    rowid: int
    id: str
    name: str
    nickname: str
    kind: str
    status: str
    province: str
    city: str
    qq: str
    wechat: str
    phone: str
    vip: bool
    tags: str  # joined with '、'
    orders: int
    paid_fen: int
    commission_fen: int
    last_order_on: str | None
    due_on: str | None
    private_fee: int


_ROW_SQL = ("rowid, id, name, nickname, kind, status, province, city, qq, wechat, phone, vip, "
            "coalesce((SELECT group_concat(tag, '、') FROM affiliate_tags t WHERE t.affiliate_id = affiliates.id), ''), "
            "orders, paid_fen, commission_fen, last_order_on, due_on, private_fee")


def where(flt: AffiliateFilter, today: date | None = None) -> tuple[str, list]:
    """The WHERE clause (live rows only, so the schema's partial indexes apply) and its arguments."""
    today = today or date.today()
    terms, args = ["deleted_at IS NULL"], []
    for word in search_words(flt.text):
        terms.append("search_key LIKE ? ESCAPE '\\'")
        args.append(like_pattern(word))
    for column in ("kind", "status", "province", "city"):
        if getattr(flt, column):
            terms.append(f"{column} = ?")
            args.append(getattr(flt, column))
    for value, sql in ((flt.tag, "SELECT affiliate_id FROM affiliate_tags WHERE tag = ?"),
                       (flt.channel_kind, "SELECT affiliate_id FROM affiliate_channels WHERE kind = ?"),
                       (flt.group_id, "SELECT affiliate_id FROM affiliate_group_members WHERE group_id = ?")):
        if value:
            terms.append(f"id IN ({sql})")
            args.append(value)
    if flt.vip is not None:
        terms.append("vip = ?")
        args.append(int(flt.vip))
    if flt.due:
        op = {"overdue": "<", "today": "=", "due": "<="}[flt.due]
        terms.append(f"due_on {op} ?")
        args.append(today.isoformat())
    if flt.no_orders_days is not None:
        terms.append("(last_order_on IS NULL OR last_order_on < ?)")
        args.append((today - timedelta(days=int(flt.no_orders_days))).isoformat())
    return " AND ".join(terms), args


def needs_scan(flt: AffiliateFilter) -> bool:
    """Whether the filter reads every row (text, 大客户, no orders, an overdue range): then one
    query for all matching rowids beats counting and paging, which would scan twice."""
    return bool(search_words(flt.text)) or flt.vip is not None or flt.no_orders_days is not None \
        or flt.due in ("overdue", "due")


def _use_index(flt: AffiliateFilter, sort: str) -> bool:
    """Whether to let SQLite walk an index (see the module's note) rather than scan the table."""
    if search_words(flt.text) or flt.vip is not None or flt.no_orders_days is not None:
        return False
    if flt.due in ("overdue", "due") and sort != "due":
        return False
    selective = any((flt.kind, flt.status, flt.province, flt.tag, flt.channel_kind, flt.group_id,
                     flt.due == "today"))
    return selective or sort in _INDEXED_SORTS


def _from(flt: AffiliateFilter, sort: str) -> str:
    if search_words(flt.text):
        return "affiliates INDEXED BY affiliates_search"  # the search key is matched in the index
    return "affiliates" if _use_index(flt, sort) else "affiliates NOT INDEXED"


def order_by(sort: str = "name", descending: bool = False) -> str:
    direction = "DESC" if descending else "ASC"
    terms = [f"{c} {direction}" + (" NULLS LAST" if c in _NULLABLE and not descending else "")
             for c in SORTS.get(sort, SORTS["name"])]
    return ", ".join([*terms, f"rowid {direction}"])


def ordered_rowids(store: Store, flt: AffiliateFilter = AffiliateFilter(), sort: str = "name",
                   descending: bool = False, *, limit: int | None = None, offset: int = 0,
                   today: date | None = None) -> list[int]:
    """The rowids of the matching live affiliates in list order: all of them (the count is
    their number), or the page ``limit``/``offset``."""
    sql, args = where(flt, today)
    page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = store.conn.execute(f"SELECT rowid FROM {_from(flt, sort)} WHERE {sql} "
                              f"ORDER BY {order_by(sort, descending)}{page}", args)
    return [r[0] for r in rows]


def rows_for(store: Store, rowids: Sequence[int]) -> list[Row]:
    """The shown columns of these affiliates, in the order given (ones gone since are left out)."""
    if not rowids:
        return []
    found = {}
    for start in range(0, len(rowids), 500):  # SQLite's variable limit is far above, but keep queries small
        chunk = rowids[start:start + 500]
        for r in store.conn.execute(f"SELECT {_ROW_SQL} FROM affiliates WHERE rowid IN "
                                    f"({', '.join('?' * len(chunk))})", chunk):
            found[r[0]] = Row(*r[:11], bool(r[11]), *r[12:])
    return [found[i] for i in rowids if i in found]


def list_affiliates(store: Store, flt: AffiliateFilter = AffiliateFilter(), sort: str = "name",
                    descending: bool = False, *, limit: int | None = None, offset: int = 0,
                    today: date | None = None) -> list[Row]:
    """One page of the list (all of it when ``limit`` is None). The page is chosen on rowids
    first: a sort that carried every column (tags are a subquery) would compute them for each
    row that passes through its top-N, which in the wrong order is nearly all of them."""
    return rows_for(store, ordered_rowids(store, flt, sort, descending, limit=limit, offset=offset, today=today))


def count_affiliates(store: Store, flt: AffiliateFilter = AffiliateFilter(), *, today: date | None = None) -> int:
    sql, args = where(flt, today)
    return store.conn.execute(f"SELECT count(*) FROM {_from(flt, 'name')} WHERE {sql}", args).fetchone()[0]


def matching_ids(store: Store, flt: AffiliateFilter = AffiliateFilter(), sort: str = "name",
                 descending: bool = False, *, today: date | None = None) -> list[str]:
    """The ids of every matching live affiliate, in list order (for exporting what is listed)."""
    sql, args = where(flt, today)
    return [r[0] for r in store.conn.execute(f"SELECT id FROM {_from(flt, sort)} WHERE {sql} "
                                             f"ORDER BY {order_by(sort, descending)}", args)]


def matches(store: Store, flt: AffiliateFilter, affiliate_id: str, *, today: date | None = None) -> bool:
    """Whether this affiliate is live and passes the filter (one row, found by its id)."""
    sql, args = where(flt, today)
    return store.conn.execute(f"SELECT 1 FROM affiliates WHERE id = ? AND {sql}", [affiliate_id, *args]).fetchone() \
        is not None


def provinces_in_use(store: Store) -> list[str]:
    """Provinces of live affiliates, for the region filter (read off the province index)."""
    return [r[0] for r in store.conn.execute("SELECT DISTINCT province FROM affiliates WHERE deleted_at IS NULL "
                                             "AND province != '' ORDER BY province")]
