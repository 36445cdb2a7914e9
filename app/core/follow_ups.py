"""The follow-up log (跟进记录): logged contacts, planned follow-ups and what is due.

A row of ``follow_ups`` is either a *planned* follow-up (``due_on`` set, ``done_at`` NULL, "open")
or a *logged contact* (``done_at`` set). "Done & schedule next" (``log_follow_up``) records the
contact — completing the one open planned follow-up it is given, and only that one, so a routine
chat never silently closes a 下架换链通知 about a product — and plans the next, in one transaction.

Every write keeps the affiliate's ``due_on`` and ``last_contact_at`` (see schema_v6_affiliates)
through ``refresh_due``, so the 今日待跟进 list is one indexed range query on ``affiliates.due_on``
however many affiliates and follow-ups there are. The stay-in-touch rhythm (``contact_every_days``)
counts from the last logged contact, or from when the affiliate was added if never contacted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.core.affiliate_codes import CONTACT_CHANNELS, FOLLOW_UP_KINDS
from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.festivals import as_date, limited
from app.core.records import new_id, now_stamp

MAX_CONTENT, MAX_OUTCOME, MAX_STAFF = 2000, 1000, 40
NO_ORDERS_DAYS = 30
_COLUMNS = ("id, affiliate_id, channel, kind, staff, content, outcome, due_on, done_at, product_id, "
            "created_at, updated_at, deleted_at")
_OPEN = "done_at IS NULL AND deleted_at IS NULL"


class FollowUpError(UserError):
    """Bad input to the follow-up log; nothing was changed."""


@dataclass(frozen=True)
class FollowUp:
    id: str
    affiliate_id: str
    channel: str  # a CONTACT_CHANNELS code; '' on a planned one not yet done
    kind: str  # a FOLLOW_UP_KINDS code
    staff: str
    content: str
    outcome: str
    due_on: date | None
    done_at: str | None  # 'YYYY-MM-DDTHH:MM:SS'; None: planned, still open
    product_id: str
    created_at: str
    updated_at: str
    deleted_at: str | None = None

    @property
    def is_open(self) -> bool:
        return self.done_at is None


def _follow_up(row) -> FollowUp:
    values = list(row)
    values[7] = date.fromisoformat(values[7]) if values[7] else None
    return FollowUp(*values)


# -- the colour rule ---------------------------------------------------------------------
def due_state(due_on: date | str | None, today: date | None = None) -> str | None:
    """'overdue' (red), 'today' (yellow), 'future' (green), or None when nothing is due."""
    if not due_on:
        return None
    due = due_on if isinstance(due_on, date) else date.fromisoformat(str(due_on))
    today = today or date.today()
    return "overdue" if due < today else "today" if due == today else "future"


# -- the kept columns --------------------------------------------------------------------
def refresh_due(conn, affiliate_ids: Iterable[str] | None, *, today: date | None = None) -> None:
    """Recompute ``affiliates.last_contact_at`` and ``due_on`` for ``affiliate_ids`` (None: all),
    in two set-based statements. ``today`` is accepted for symmetry: the rule needs no clock."""
    if affiliate_ids is None:
        where, params = "", ()
    else:
        ids = list(dict.fromkeys(affiliate_ids))
        if not ids:
            return
        where, params = "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
    conn.execute(
        f"""UPDATE affiliates SET last_contact_at = (
                SELECT max(f.done_at) FROM follow_ups f
                WHERE f.affiliate_id = affiliates.id AND f.done_at IS NOT NULL AND f.deleted_at IS NULL)
            {where}""", params)
    # min(a, b) is NULL when either is, hence the coalesce pair.
    conn.execute(
        f"""UPDATE affiliates SET due_on = (
                SELECT min(coalesce(planned, rhythm), coalesce(rhythm, planned)) FROM (SELECT
                    (SELECT min(f.due_on) FROM follow_ups f WHERE f.affiliate_id = affiliates.id
                        AND f.done_at IS NULL AND f.deleted_at IS NULL) AS planned,
                    CASE WHEN affiliates.contact_every_days > 0 THEN
                        date(coalesce(affiliates.last_contact_at, affiliates.created_at),
                             '+' || affiliates.contact_every_days || ' days') END AS rhythm))
            {where}""", params)


# -- reading -----------------------------------------------------------------------------
def _live_affiliate(conn, affiliate_id: str) -> None:
    if conn.execute("SELECT 1 FROM affiliates WHERE id = ? AND deleted_at IS NULL", (affiliate_id,)).fetchone() is None:
        raise FollowUpError(QT_TRANSLATE_NOOP("core", "This affiliate is not on file (it may have been deleted)."))


def _read(conn, follow_up_id: str, *, deleted: bool = False) -> FollowUp:
    row = conn.execute(f"SELECT {_COLUMNS} FROM follow_ups WHERE id = ?", (follow_up_id,)).fetchone()
    if row is None or (row[-1] is not None) != deleted:
        raise FollowUpError(QT_TRANSLATE_NOOP("core", "This follow-up is not on file (it may have been deleted)."))
    return _follow_up(row)


def get_follow_up(store: Store, follow_up_id: str) -> FollowUp:
    return _read(store.conn, follow_up_id)


def history(store: Store, affiliate_id: str, limit: int = 200, offset: int = 0) -> list[FollowUp]:
    """The affiliate's follow-ups: open planned ones first (soonest due first), then the logged
    contacts newest first."""
    rows = store.conn.execute(
        f"""SELECT {_COLUMNS} FROM follow_ups WHERE affiliate_id = ? AND deleted_at IS NULL
            ORDER BY done_at IS NOT NULL, CASE WHEN done_at IS NULL THEN due_on END, done_at DESC, created_at DESC
            LIMIT ? OFFSET ?""", (affiliate_id, limit, offset)).fetchall()
    return [_follow_up(r) for r in rows]


def open_follow_ups(store: Store, affiliate_id: str) -> list[FollowUp]:
    rows = store.conn.execute(
        f"SELECT {_COLUMNS} FROM follow_ups WHERE affiliate_id = ? AND {_OPEN} ORDER BY due_on, created_at",
        (affiliate_id,)).fetchall()
    return [_follow_up(r) for r in rows]


# -- validation --------------------------------------------------------------------------
def check_kind(kind: str) -> str:
    if kind not in FOLLOW_UP_KINDS:
        raise FollowUpError(QT_TRANSLATE_NOOP("core", "“{text}” is not a kind of follow-up."), text=kind)
    return kind


def _check_channel(channel: str) -> str:
    if channel not in CONTACT_CHANNELS:
        raise FollowUpError(QT_TRANSLATE_NOOP("core", "Choose how you contacted them (QQ, WeChat, phone…)."))
    return channel


def _check_next(value, today: date) -> date | None:
    due = as_date(value, FollowUpError, optional=True)
    if due is not None and due < today:
        raise FollowUpError(QT_TRANSLATE_NOOP("core", "The next follow-up date {date} is in the past."),
                            date=due.isoformat())
    return due


def _done_stamp(value, now: datetime) -> str:
    if value is None or value == "":
        return now.isoformat(timespec="seconds")
    if isinstance(value, datetime):
        when = value.replace(microsecond=0)
    elif isinstance(value, date):
        when = datetime.combine(value, now.time())
    else:
        try:
            when = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise FollowUpError(QT_TRANSLATE_NOOP("core", "“{text}” is not a date and time."), text=value) from None
    if when.date() > now.date():
        raise FollowUpError(QT_TRANSLATE_NOOP("core", "A contact cannot be logged for a future day ({date})."),
                            date=when.date().isoformat())
    return when.isoformat(timespec="seconds")


def check_texts(content, outcome, staff, *, content_required: bool) -> tuple[str, str, str]:
    empty = QT_TRANSLATE_NOOP("core", "Write down what was said.") if content_required else ""
    return (limited(content, FollowUpError, limit=MAX_CONTENT, empty=empty),
            limited(outcome, FollowUpError, limit=MAX_OUTCOME),
            limited(staff, FollowUpError, limit=MAX_STAFF))


# -- writing -----------------------------------------------------------------------------
def plan_follow_up(store: Store, affiliate_id: str, *, due_on: date | str, kind: str = "routine", content: str = "",
                   product_id: str = "", staff: str = "", now: datetime | None = None) -> str:
    """Plan an open follow-up due on ``due_on`` (a past day is allowed: it is then overdue);
    usable inside an outer ``store.write()``."""
    _, stamp = now_stamp(now)
    due = as_date(due_on, FollowUpError)
    check_kind(kind)
    content, _, staff = check_texts(content, "", staff, content_required=False)
    with store.write() as conn:
        _live_affiliate(conn, affiliate_id)
        row_id = new_id()
        conn.execute(
            "INSERT INTO follow_ups (id, affiliate_id, kind, staff, content, due_on, product_id, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row_id, affiliate_id, kind, staff, content, due.isoformat(), product_id or "", stamp, stamp))
        refresh_due(conn, [affiliate_id])
    return row_id


def log_follow_up(store: Store, affiliate_id: str, *, channel: str, kind: str, content: str, outcome: str = "",
                  staff: str, done_at: datetime | str | None = None, next_due_on: date | str | None = None,
                  complete_id: str | None = None, next_kind: str = "routine", next_content: str = "",
                  now: datetime | None = None) -> str:
    """Log a contact and, when ``next_due_on`` is given, plan the next one, in one transaction.

    ``complete_id``: the open planned follow-up this contact completes (it keeps its due date,
    so the log shows it was due then); without it a new entry is logged. Returns the logged id.
    """
    now, stamp = now_stamp(now)
    _check_channel(channel)
    check_kind(kind)
    check_kind(next_kind)
    content, outcome, staff = check_texts(content, outcome, staff, content_required=True)
    next_content = limited(next_content, FollowUpError, limit=MAX_CONTENT)
    done = _done_stamp(done_at, now)
    due = _check_next(next_due_on, now.date())
    with store.write() as conn:
        _live_affiliate(conn, affiliate_id)
        if complete_id:
            planned = _read(conn, complete_id)
            if planned.affiliate_id != affiliate_id or not planned.is_open:
                raise FollowUpError(QT_TRANSLATE_NOOP("core", "This follow-up was already done."))
            row_id = complete_id
            conn.execute("UPDATE follow_ups SET channel = ?, kind = ?, staff = ?, content = ?, outcome = ?, "
                         "done_at = ?, updated_at = ? WHERE id = ?",
                         (channel, kind, staff, content, outcome, done, stamp, row_id))
        else:
            row_id = new_id()
            conn.execute(
                "INSERT INTO follow_ups (id, affiliate_id, channel, kind, staff, content, outcome, done_at, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row_id, affiliate_id, channel, kind, staff, content, outcome, done, stamp, stamp))
        if due is not None:
            plan_follow_up(store, affiliate_id, due_on=due, kind=next_kind, content=next_content, staff=staff, now=now)
        refresh_due(conn, [affiliate_id])
    return row_id


_EDITABLE = ("channel", "kind", "staff", "content", "outcome", "due_on", "done_at")


def edit_follow_up(store: Store, follow_up_id: str, *, now: datetime | None = None, **changes) -> FollowUp:
    """Change an entry's fields (those of ``_EDITABLE``); a logged contact keeps needing content
    and a channel, an open one a due date."""
    unknown = set(changes) - set(_EDITABLE)
    if unknown:
        raise TypeError(f"unknown follow-up fields: {', '.join(sorted(unknown))}")
    now, stamp = now_stamp(now)
    with store.write() as conn:
        old = _read(conn, follow_up_id)
        merged = {**vars(old), **changes}
        check_kind(merged["kind"])
        content, outcome, staff = check_texts(merged["content"], merged["outcome"], merged["staff"],
                                         content_required=not old.is_open)
        if old.is_open:
            channel, done = merged["channel"] or "", None
            if channel:
                _check_channel(channel)
            due = as_date(merged["due_on"], FollowUpError)
        else:
            channel = _check_channel(merged["channel"])
            done = _done_stamp(merged["done_at"], now)
            due = as_date(merged["due_on"], FollowUpError, optional=True)
        conn.execute("UPDATE follow_ups SET channel = ?, kind = ?, staff = ?, content = ?, outcome = ?, due_on = ?, "
                     "done_at = ?, updated_at = ? WHERE id = ?",
                     (channel, merged["kind"], staff, content, outcome, due.isoformat() if due else None, done,
                      stamp, follow_up_id))
        refresh_due(conn, [old.affiliate_id])
        return _read(conn, follow_up_id)


def _set_deleted(store: Store, follow_up_id: str, *, deleted: bool, now: datetime | None) -> None:
    _, stamp = now_stamp(now)
    with store.write() as conn:
        row = _read(conn, follow_up_id, deleted=not deleted)
        if not deleted:
            _live_affiliate(conn, row.affiliate_id)
        conn.execute("UPDATE follow_ups SET deleted_at = ?, updated_at = ? WHERE id = ?",
                     (stamp if deleted else None, stamp, follow_up_id))
        refresh_due(conn, [row.affiliate_id])


def delete_follow_up(store: Store, follow_up_id: str, *, now: datetime | None = None) -> None:
    """Move an entry to the trash (``restore_follow_up`` brings it back)."""
    _set_deleted(store, follow_up_id, deleted=True, now=now)


def restore_follow_up(store: Store, follow_up_id: str, *, now: datetime | None = None) -> None:
    _set_deleted(store, follow_up_id, deleted=False, now=now)


def deleted_follow_ups(store: Store, affiliate_id: str | None = None, limit: int = 200) -> list[FollowUp]:
    where, params = ("AND affiliate_id = ?", (affiliate_id,)) if affiliate_id else ("", ())
    rows = store.conn.execute(f"SELECT {_COLUMNS} FROM follow_ups WHERE deleted_at IS NOT NULL {where} "
                              "ORDER BY deleted_at DESC LIMIT ?", (*params, limit)).fetchall()
    return [_follow_up(r) for r in rows]


# -- demo --------------------------------------------------------------------------------
_DEMO_STAFF = ("小王", "小李", "店主")
_DEMO_TALK = {
    "routine": ("问了最近的推广转化，说周末流量不错", "问转化情况，对方说新品点击高但成交一般"),
    "payment_reminder": ("告诉他我们会催付未付款订单，订单不会丢", "通知有 3 笔未付款订单已催付"),
    "materials": ("发了新品主图和海报素材", "给了详情页截图和文案"),
    "commission": ("通知爆款佣金保持 20% 不变", "告知新品佣金 30%，限本月"),
    "reward": ("通知上月推广奖金已发放", "讲了本月奖金计划的阶梯"),
}
_DEMO_OUTCOME = ("会继续推", "这周会换主推款", "要更多素材", "已确认", "")


def load_demo(store: Store, *, today: date) -> None:
    """A few months of logged contacts for the affiliates on file and open follow-ups, some
    overdue, some due today, some later. Deterministic for the same affiliates and ``today``."""
    import random

    rng = random.Random(4)
    with store.write() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM affiliates WHERE deleted_at IS NULL ORDER BY created_at, id")]
        rows = []
        for n, affiliate_id in enumerate(ids):
            for _ in range(rng.randint(1, 6)):
                kind = rng.choice(tuple(_DEMO_TALK))
                day = today - timedelta(days=rng.randint(3, 100))
                done = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.randint(9, 20),
                                                                               minutes=rng.randrange(0, 60, 5))
                stamp = done.isoformat(timespec="seconds")
                rows.append((new_id(), affiliate_id, rng.choice(tuple(CONTACT_CHANNELS)[:5]), kind,
                             rng.choice(_DEMO_STAFF), rng.choice(_DEMO_TALK[kind]), rng.choice(_DEMO_OUTCOME),
                             None, stamp, stamp, stamp))
            offset = (-5, -2, -1, 0, 0, 2, 7, None)[n % 8]  # overdue, today and later, every kind of row
            if offset is not None:
                stamp = (datetime.combine(today, datetime.min.time()) - timedelta(days=3)).isoformat(timespec="seconds")
                rows.append((new_id(), affiliate_id, "", "routine", rng.choice(_DEMO_STAFF), "问问推广转化情况", "",
                             (today + timedelta(days=offset)).isoformat(), None, stamp, stamp))
        conn.executemany("INSERT INTO follow_ups (id, affiliate_id, channel, kind, staff, content, outcome, due_on, "
                         "done_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        refresh_due(conn, ids)
        if store.get_setting("staff_list") is None:
            conn.execute("INSERT INTO settings (key, value) VALUES ('staff_list', ?) ON CONFLICT(key) DO NOTHING",
                         (json.dumps(list(_DEMO_STAFF), ensure_ascii=False),))


@dataclass(frozen=True)
class Contactee:
    """What the follow-up dialogs need to know about the affiliate."""
    id: str
    name: str
    vip: bool
    contact_every_days: int | None


def contactee(store: Store, affiliate_id: str) -> Contactee:
    row = store.conn.execute("SELECT id, name, vip, contact_every_days FROM affiliates WHERE id = ? "
                             "AND deleted_at IS NULL", (affiliate_id,)).fetchone()
    if row is None:
        raise FollowUpError(QT_TRANSLATE_NOOP("core", "This affiliate is not on file (it may have been deleted)."))
    return Contactee(row[0], row[1], bool(row[2]), row[3] if row[3] and row[3] > 0 else None)


_LISTS = ("DueRow", "Suggestion", "due_list", "due_count", "suggestions", "suggestion_count", "accept_suggestions")


def __getattr__(name: str):
    """The 今日待跟进 and suggestion lists live in follow_up_lists (they import this module);
    ``follow_ups.due_list`` and the like reach them too."""
    if name in _LISTS:
        from app.core import follow_up_lists

        return getattr(follow_up_lists, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
