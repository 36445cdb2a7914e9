"""The 今日待跟进 list and the suggested follow-ups, as SQL over the kept ``affiliates.due_on``.

Both stay fast at 100,000 affiliates and 500,000 follow-ups: the due list is a range on the
``affiliates_due_on`` index (one row per affiliate, its due follow-up looked up by index), the
suggestions filter the active affiliates on kept columns.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.core.db import Store
from app.core.follow_ups import NO_ORDERS_DAYS, FollowUpError, check_kind, check_texts, refresh_due
from app.core.festivals import as_date
from app.core.records import new_id, now_stamp


# -- 今日待跟进 ----------------------------------------------------------------------------
@dataclass(frozen=True)
class DueRow:
    """An affiliate with a follow-up due today or overdue. ``follow_up_id`` is the open planned
    follow-up that is due, or None when it is the stay-in-touch rhythm that is due."""
    affiliate_id: str
    name: str
    affiliate_kind: str  # affiliate_codes.KINDS
    vip: bool
    status: str
    due_on: date
    follow_up_id: str | None
    kind: str  # FOLLOW_UP_KINDS; 'routine' for the rhythm
    content: str
    staff: str  # who planned it, else who last contacted them
    last_contact_at: str | None
    phone: str
    qq: str
    wechat: str
    wangwang: str


_ORDER = "ORDER BY vip DESC, due_on, sort_name, id"
_OWNER = """coalesce(nullif(f.staff, ''), (SELECT l.staff FROM follow_ups l WHERE l.affiliate_id = due.id
    AND l.done_at IS NOT NULL AND l.deleted_at IS NULL ORDER BY l.done_at DESC LIMIT 1), '')"""


def _due_sql(staff: str | None, kind: str | None, page: str) -> str:
    """The due rows. Unfiltered, ``page`` (ORDER BY … LIMIT) applies to the affiliates first, so
    the follow-up look-ups run for the rows shown only; filtered, they run for every due row
    (one index seek each) and ``page`` applies after the filter."""
    filtered = staff is not None or kind is not None
    where = " AND ".join(c for c in ("owner = :staff" if staff is not None else "",
                                     "fkind = :kind" if kind is not None else "") if c)
    return f"""WITH due AS (
    SELECT *, (SELECT f.id FROM follow_ups f WHERE f.affiliate_id = p.id AND f.done_at IS NULL
                   AND f.deleted_at IS NULL AND f.due_on <= p.due_on ORDER BY f.due_on, f.created_at LIMIT 1) AS fid
    FROM (SELECT a.id, a.name, a.kind, a.vip, a.status, a.due_on, a.last_contact_at, a.phone, a.qq, a.wechat,
                 a.wangwang, a.sort_name
          FROM affiliates a WHERE a.deleted_at IS NULL AND a.due_on <= :today {"" if filtered else page}) p),
rows AS (
    SELECT due.*, coalesce(f.kind, 'routine') AS fkind, coalesce(f.content, '') AS content,
           {_OWNER if staff is not None or not filtered else "''"} AS owner
    FROM due LEFT JOIN follow_ups f ON f.id = due.fid)
SELECT id, name, kind, vip, status, due_on, fid, fkind, content, owner, last_contact_at, phone, qq, wechat, wangwang
FROM rows {"WHERE " + where if where else ""} {page if filtered else _ORDER}"""


def due_list(store: Store, *, today: date | None = None, staff: str | None = None, kind: str | None = None,
             limit: int = 500, offset: int = 0) -> list[DueRow]:
    """Everything due today or overdue, one row per affiliate: 大客户 first (they are phoned),
    then the longest overdue. ``staff`` (who planned it, else who last contacted them) and
    ``kind`` filter; None: all."""
    params = {"today": (today or date.today()).isoformat(), "staff": staff, "kind": kind,
              "limit": limit, "offset": offset}
    sql = _due_sql(staff, kind, f"{_ORDER} LIMIT :limit OFFSET :offset")
    rows = store.conn.execute(sql, params).fetchall()
    return [DueRow(r[0], r[1], r[2], bool(r[3]), r[4], date.fromisoformat(r[5]), *r[6:]) for r in rows]


def due_count(store: Store, *, today: date | None = None, staff: str | None = None,
              kind: str | None = None) -> tuple[int, int]:
    """(due today or overdue, of which overdue). Unfiltered it is one COUNT on the due_on index,
    cheap enough for start-up."""
    day = (today or date.today()).isoformat()
    if staff is None and kind is None:
        total, overdue = store.conn.execute(
            "SELECT count(*), coalesce(sum(due_on < :today), 0) FROM affiliates "
            "WHERE deleted_at IS NULL AND due_on <= :today", {"today": day}).fetchone()
        return total, overdue
    total, overdue = store.conn.execute(
        f"SELECT count(*), coalesce(sum(due_on < :today), 0) FROM ({_due_sql(staff, kind, '')})",
        {"today": day, "staff": staff, "kind": kind}).fetchone()
    return total, overdue


# -- suggestions: no orders for N days ---------------------------------------------------
@dataclass(frozen=True)
class Suggestion:
    affiliate_id: str
    name: str
    affiliate_kind: str
    vip: bool
    last_order_on: date | None
    days_without_orders: int  # since the last order, or since they joined / were added
    last_contact_at: str | None
    phone: str
    qq: str
    wechat: str


_SUGGEST = """FROM affiliates a
    WHERE a.deleted_at IS NULL AND a.status = 'active'
      AND coalesce(a.last_order_on, a.joined_on, date(a.created_at)) <= :cutoff
      AND (a.last_contact_at IS NULL OR date(a.last_contact_at) <= :cutoff)
      AND (a.due_on IS NULL OR a.due_on > :today)
      AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.affiliate_id = a.id
                      AND f.done_at IS NULL AND f.deleted_at IS NULL)"""


def suggestions(store: Store, *, no_orders_days: int = NO_ORDERS_DAYS, today: date | None = None,
                limit: int = 200, offset: int = 0) -> list[Suggestion]:
    """Active affiliates with no order for ``no_orders_days`` (counted from when they joined when
    they never had one), nothing planned, not already due and not contacted in that time:
    a routine follow-up to ask how their conversion is going is suggested."""
    today = today or date.today()
    params = {"today": today.isoformat(), "cutoff": (today - timedelta(days=no_orders_days)).isoformat(),
              "limit": limit, "offset": offset}
    rows = store.conn.execute(
        "SELECT a.id, a.name, a.kind, a.vip, a.last_order_on, "
        "coalesce(a.last_order_on, a.joined_on, date(a.created_at)) AS since, a.last_contact_at, a.phone, a.qq, "
        f"a.wechat {_SUGGEST} ORDER BY a.vip DESC, since, a.sort_name, a.id LIMIT :limit OFFSET :offset",
        params).fetchall()
    return [Suggestion(r[0], r[1], r[2], bool(r[3]), date.fromisoformat(r[4]) if r[4] else None,
                       (today - date.fromisoformat(r[5])).days, *r[6:]) for r in rows]


def suggestion_count(store: Store, *, no_orders_days: int = NO_ORDERS_DAYS, today: date | None = None) -> int:
    today = today or date.today()
    return store.conn.execute(f"SELECT count(*) {_SUGGEST}", {
        "today": today.isoformat(), "cutoff": (today - timedelta(days=no_orders_days)).isoformat()}).fetchone()[0]


def accept_suggestions(store: Store, affiliate_ids: Iterable[str], due_on: date | str, *, content: str = "",
                       staff: str = "", kind: str = "routine", now: datetime | None = None) -> int:
    """Plan a follow-up on ``due_on`` for each of ``affiliate_ids`` that is live and has none open,
    in one transaction; returns how many were planned."""
    _, stamp = now_stamp(now)
    due = as_date(due_on, FollowUpError).isoformat()
    check_kind(kind)
    content, _, staff = check_texts(content, "", staff, content_required=False)
    ids = list(dict.fromkeys(affiliate_ids))
    with store.write() as conn:
        todo = [r[0] for r in conn.execute(
            """SELECT a.id FROM affiliates a WHERE a.id IN (SELECT value FROM json_each(?))
                AND a.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM follow_ups f
                    WHERE f.affiliate_id = a.id AND f.done_at IS NULL AND f.deleted_at IS NULL)""",
            (json.dumps(ids),))]
        conn.executemany(
            "INSERT INTO follow_ups (id, affiliate_id, kind, staff, content, due_on, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [(new_id(), a, kind, staff, content, due, stamp, stamp) for a in todo])
        refresh_due(conn, todo)
    return len(todo)
