"""Campaign plans (活动策划): campaigns, their products and tactics, tasks, calendar and timeline.

A campaign runs from ``start_date`` to ``end_date`` inclusive, optionally only in daily time
windows. A channel is a ``CHANNELS`` code, or the user's own channel stored as typed (a typed
known name, 聚划算 or "Juhuasuan", becomes its code). New campaigns get the default tasks of
``TASK_TEMPLATES``, due relative to the sign-up deadline and the start. Campaigns and tasks go
to a trash and can be restored. Every write is one transaction; bad input raises a
``CampaignError`` and changes nothing. Checks over campaigns are in ``campaign_checks``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.core import ad_tests, festivals
from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.festivals import as_count, as_date, child_row, limited, set_deleted, update_fields
from app.core.records import new_id, now_stamp, pick

GOALS = {"traffic": ("引流", "Traffic"), "sales": ("销量", "Sales"), "brand": ("品牌", "Brand"),
         "reviews": ("收集评价", "Collect reviews"), "data": ("收集数据", "Collect data"),
         "loyalty": ("提升粘性", "Loyalty")}
CHANNELS = {"store": ("店内活动", "In-store promotion"), "juhuasuan": ("聚划算", "Juhuasuan"),
            "tiantian": ("天天特价", "Tiantian Tejia"), "taoqianggou": ("淘抢购", "Taoqianggou"),
            "zhe800": ("折800", "Zhe800"), "juanpi": ("卷皮折扣", "Juanpi"), "mizhe": ("米折", "Mizhe"),
            "taoniupin": ("淘牛品", "Taoniupin"), "vip": ("VIP专享", "VIP exclusive"),
            "jutuangou": ("聚团购", "Group buying"), "miaosha": ("秒杀", "Flash sale"),
            "taoke": ("淘客推广", "Affiliate promotion"), "zuanzhan": ("钻展", "Display ads"),
            "ztc": ("直通车", "Search ads")}
TACTICS = {"discount": ("直接打折", "Plain discount"), "threshold": ("临界价格", "Threshold price"),
           "stepped": ("阶梯价格", "Stepped price"), "cut_then_discount": ("降价加打折", "Price cut plus discount"),
           "illusion": ("错觉折扣", "Illusion discount"), "flash": ("一刻千金", "Flash window"),
           "one_yuan": ("超值一元", "One-yuan deal")}
STATUSES = {"draft": ("草稿", "Draft"), "applied": ("已报名", "Applied"), "scheduled": ("已排期", "Scheduled"),
            "running": ("进行中", "Running"), "ended": ("已结束", "Ended"), "reviewed": ("已复盘", "Reviewed")}
# The activity principles (活动推广): code -> ((zh, en) name, (zh, en) explanation).
PRINCIPLES = {
    "low_threshold": (("门槛低", "Low threshold"),
                      ("规则简单，新手也能参与。", "Simple rules; beginners can take part.")),
    "high_return": (("回报率高", "High return"),
                    ("设很多小奖，而不是一个大奖。", "Many small prizes, not one big one.")),
    "fun": (("趣味性", "Fun"), ("活动好玩，买家愿意参与。", "The activity is fun to take part in.")),
    "continuity": (("可持续性", "Continuity"),
                   ("做成每月、每季或每年的系列活动。", "A monthly, quarterly or yearly series.")),
}
# Default tasks: key, (zh, en) title, anchor ("signup": the sign-up deadline, "start": the
# first day), first and due day relative to the anchor.
TASK_TEMPLATES = (("posters", ("设计海报", "Design posters"), "signup", -7, -1),
                  ("signup", ("报名", "Sign up"), "signup", -2, 0),
                  ("prices", ("设置价格", "Set prices"), "start", -3, -1),
                  ("affiliates", ("通知淘客", "Tell the affiliates"), "start", -3, -1),
                  ("storefront", ("检查店铺", "Check the storefront"), "start", -1, 0))
SIGNUP_LEAD_DAYS = 7  # no sign-up deadline: the sign-up tasks are due this many days before the start
MAX_NAME, MAX_CHANNEL, MAX_NOTES, MAX_NOTE, MAX_OWNER = 100, 40, 5000, 500, 40
_TIME = re.compile(r"(\d{1,2}):(\d{2})")


class CampaignError(UserError):
    """Bad input to the promotions tab; nothing was changed."""


def name_of(code: str, table: dict, lang: str) -> str:
    """A code's name in ``lang``; text that is not a code (the user's own channel) as it is."""
    return pick(table[code], lang) if code in table else code


@dataclass(frozen=True)
class Campaign:
    id: str
    name: str
    goal: str  # a GOALS code
    channel: str  # a CHANNELS code or the user's own channel
    start_date: date
    end_date: date  # inclusive
    daily_windows: tuple[tuple[str, str], ...]  # ("09:00", "09:30"), sorted; () all day
    budget_fen: int
    target_visitors: int
    target_orders: int
    target_revenue_fen: int
    signup_deadline: date | None  # 报名截止
    status: str  # a STATUSES code
    notes: str
    principles: dict[str, tuple[bool, str]]  # every PRINCIPLES code -> (checked, note)
    created_at: str
    updated_at: str
    deleted_at: str | None = None

    @property
    def days(self) -> int:
        return (self.end_date - self.start_date).days + 1

    def channel_name(self, lang: str) -> str:
        return name_of(self.channel, CHANNELS, lang)


@dataclass(frozen=True)
class CampaignProduct:
    campaign_id: str
    product_id: str
    tactic: str  # a TACTICS code
    params: str = "{}"  # JSON object: the tactic's parameters
    campaign_price_fen: int | None = None  # None: the tactic has no single price
    position: int = 0


@dataclass(frozen=True)
class Task:
    id: str
    campaign_id: str
    title: str
    owner: str
    start_date: date
    due_date: date
    done: bool
    position: int


_FIELDS = ("name", "goal", "channel", "start_date", "end_date", "daily_windows", "budget_fen", "target_visitors",
           "target_orders", "target_revenue_fen", "signup_deadline", "status", "notes", "principles")
_COLUMNS = "id, " + ", ".join(_FIELDS) + ", created_at, updated_at, deleted_at"
_TASK_FIELDS = ("title", "owner", "start_date", "due_date", "done")
_TASK_COLUMNS = "id, campaign_id, title, owner, start_date, due_date, done, position"


def _campaign(row) -> Campaign:
    cid, name, goal, channel, start, end, windows, *numbers, deadline, status, notes, principles = row[:15]
    checks = json.loads(principles)
    return Campaign(cid, name, goal, channel, date.fromisoformat(start), date.fromisoformat(end),
                    tuple(tuple(w) for w in json.loads(windows)), *numbers,
                    date.fromisoformat(deadline) if deadline else None, status, notes,
                    {code: tuple(checks.get(code, (False, ""))) for code in PRINCIPLES}, *row[15:])


def _row(conn, campaign_id: str, *, deleted: bool = False) -> Campaign:
    row = conn.execute(f"SELECT {_COLUMNS} FROM campaigns WHERE id = ?", (campaign_id,)).fetchone()
    if row is None or (row[-1] is not None) != deleted:
        raise CampaignError(QT_TRANSLATE_NOOP("core", "This campaign no longer exists (it may have been deleted)."))
    return _campaign(row)


def channel_code(text: str) -> str:
    """The code of a known channel given by code or by name, else the user's own channel as typed."""
    text = limited(text, CampaignError, limit=MAX_CHANNEL,
                   empty=QT_TRANSLATE_NOOP("core", "Choose or type the channel."))
    folded = text.casefold()
    return next((code for code, names in CHANNELS.items()
                 if folded == code or folded in (n.casefold() for n in names)), text)


def _time(text: str) -> str:
    match = _TIME.fullmatch(str(text).strip())
    hours, minutes = (int(match[1]), int(match[2])) if match else (99, 0)
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        raise CampaignError(QT_TRANSLATE_NOOP("core", "“{text}” is not a time of day (HH:MM)."), text=text)
    return f"{hours:02d}:{minutes:02d}"


def _windows(windows: Sequence[Sequence[str]]) -> list[list[str]]:
    result = []
    for first, last in windows:
        first, last = _time(first), _time(last)
        if last <= first:
            raise CampaignError(QT_TRANSLATE_NOOP(
                "core", "The time window {start}–{end} ends before it starts; split a window over midnight in two."),
                start=first, end=last)
        result.append([first, last])
    return sorted(result)


def _principles(checks: dict) -> dict:
    unknown = set(checks) - set(PRINCIPLES)
    if unknown:
        raise CampaignError(QT_TRANSLATE_NOOP("core", "Unknown principle “{code}”."), code=min(unknown))
    return {code: [bool(checks[code][0]), limited(checks[code][1], CampaignError, limit=MAX_NOTE)]
            for code in PRINCIPLES if code in checks}


def _checked(fields: dict) -> dict:
    """The stored values of a campaign's fields; CampaignError for the first bad one."""
    start, end = as_date(fields["start_date"], CampaignError), as_date(fields["end_date"], CampaignError)
    deadline = as_date(fields["signup_deadline"], CampaignError, optional=True)
    if end < start:
        raise CampaignError(QT_TRANSLATE_NOOP("core", "The campaign ends ({end}) before it starts ({start})."),
                            start=start.isoformat(), end=end.isoformat())
    if deadline and deadline > start:
        raise CampaignError(QT_TRANSLATE_NOOP(
            "core", "The sign-up deadline ({deadline}) is after the start ({start}): it must be on or before it."),
            deadline=deadline.isoformat(), start=start.isoformat())
    for code, table, template in ((fields["goal"], GOALS, QT_TRANSLATE_NOOP("core", "Unknown goal “{code}”.")),
                                  (fields["status"], STATUSES, QT_TRANSLATE_NOOP("core", "Unknown status “{code}”."))):
        if code not in table:
            raise CampaignError(template, code=code)
    as_count(fields["budget_fen"], CampaignError, QT_TRANSLATE_NOOP("core", "The budget cannot be negative."))
    for key in ("target_visitors", "target_orders", "target_revenue_fen"):
        as_count(fields[key], CampaignError, QT_TRANSLATE_NOOP("core", "A target cannot be negative."))
    return {**fields, "start_date": start.isoformat(), "end_date": end.isoformat(),
            "signup_deadline": deadline and deadline.isoformat(),
            "name": limited(fields["name"], CampaignError, limit=MAX_NAME,
                            empty=QT_TRANSLATE_NOOP("core", "Enter the campaign's name.")),
            "channel": channel_code(fields["channel"]),
            "notes": limited(fields["notes"], CampaignError, limit=MAX_NOTES),
            "daily_windows": json.dumps(_windows(fields["daily_windows"])),
            "principles": json.dumps(_principles(fields["principles"]), ensure_ascii=False)}


def default_tasks(campaign: Campaign, lang: str = "zh_CN") -> list[tuple[str, date, date]]:
    """(title, first day, due day) of the TASK_TEMPLATES for ``campaign``; no sign-up task for an
    in-store promotion (店内活动) without a sign-up deadline: there is nothing to sign up to."""
    signup = campaign.signup_deadline or campaign.start_date - timedelta(days=SIGNUP_LEAD_DAYS)
    return [(pick(names, lang), anchor_day + timedelta(days=first), anchor_day + timedelta(days=due))
            for key, names, anchor, first, due in TASK_TEMPLATES
            for anchor_day in [signup if anchor == "signup" else campaign.start_date]
            if not (key == "signup" and campaign.channel == "store" and not campaign.signup_deadline)]


def add_campaign(store: Store, *, name: str, start_date: date, end_date: date, goal: str = "sales",
                 channel: str = "store", daily_windows: Sequence[Sequence[str]] = (), budget_fen: int = 0,
                 target_visitors: int = 0, target_orders: int = 0, target_revenue_fen: int = 0,
                 signup_deadline: date | None = None, status: str = "draft", notes: str = "",
                 principles: dict | None = None, with_tasks: bool = True, lang: str = "zh_CN",
                 now: datetime | None = None) -> Campaign:
    """A new campaign, with the default tasks (titled in ``lang``) unless ``with_tasks`` is False."""
    _, stamp = now_stamp(now)
    values = locals()
    fields = _checked({f: values[f] for f in _FIELDS} | {"principles": principles or {}})
    with store.write() as conn:
        campaign_id = new_id()
        conn.execute(f"INSERT INTO campaigns ({_COLUMNS}) VALUES (?, {', '.join('?' * len(_FIELDS))}, ?, ?, NULL)",
                     (campaign_id, *(fields[f] for f in _FIELDS), stamp, stamp))
        campaign = _row(conn, campaign_id)
        if with_tasks:
            conn.executemany(f"INSERT INTO campaign_tasks ({_TASK_COLUMNS}, created_at, updated_at) "
                             "VALUES (?, ?, ?, '', ?, ?, 0, ?, ?, ?)",
                             [(new_id(), campaign_id, title, first.isoformat(), due.isoformat(), n, stamp, stamp)
                              for n, (title, first, due) in enumerate(default_tasks(campaign, lang))])
        return campaign


def update_campaign(store: Store, campaign_id: str, *, now: datetime | None = None, **changes) -> Campaign:
    """Change the given fields (names as in ``add_campaign``); an unknown name is a TypeError."""
    return update_fields(store, "campaigns", campaign_id, changes, names=_FIELDS, read=_row,
                         check=lambda conn, fields: _checked(fields), now=now)


def set_principle(store: Store, campaign_id: str, code: str, *, checked: bool, note: str = "",
                  now: datetime | None = None) -> Campaign:
    """Tick (or untick) one of the four principles for a campaign, with a note."""
    principles = get_campaign(store, campaign_id).principles
    return update_campaign(store, campaign_id, principles={**principles, code: (checked, note)}, now=now)


def move_campaign(store: Store, campaign_id: str, new_start: date, *, now: datetime | None = None) -> Campaign:
    """Shift a campaign to start on ``new_start``: its end, sign-up deadline and tasks move with it."""
    with store.write() as conn:
        campaign = _row(conn, campaign_id)
        shift = timedelta(days=(as_date(new_start, CampaignError) - campaign.start_date).days)
        moved = update_campaign(store, campaign_id, start_date=campaign.start_date + shift,
                                end_date=campaign.end_date + shift, now=now,
                                signup_deadline=campaign.signup_deadline and campaign.signup_deadline + shift)
        conn.execute("UPDATE campaign_tasks SET start_date = date(start_date, ?), due_date = date(due_date, ?) "
                     "WHERE campaign_id = ?", (f"{shift.days:+d} days", f"{shift.days:+d} days", campaign_id))
        return moved


def get_campaign(store: Store, campaign_id: str, *, deleted: bool = False) -> Campaign:
    return _row(store.conn, campaign_id, deleted=deleted)


def list_campaigns(store: Store, *, start: date, end: date) -> list[Campaign]:
    """Live campaigns overlapping ``start``..``end`` (inclusive), by start date and name."""
    rows = store.conn.execute(
        f"SELECT {_COLUMNS} FROM campaigns INDEXED BY campaigns_live_dates WHERE deleted_at IS NULL "
        "AND end_date >= ? AND start_date <= ? ORDER BY start_date, end_date, name, id",
        (start.isoformat(), end.isoformat()))
    return [_campaign(row) for row in rows]


def list_deleted_campaigns(store: Store) -> list[Campaign]:
    """The trash, most recently deleted first."""
    rows = store.conn.execute(f"SELECT {_COLUMNS} FROM campaigns WHERE deleted_at IS NOT NULL "
                              "ORDER BY deleted_at DESC, name")
    return [_campaign(row) for row in rows]


def user_channels(store: Store) -> list[str]:
    """The channels of the user's own that campaigns use, for the channel box's list."""
    return [c for c, in store.conn.execute("SELECT DISTINCT channel FROM campaigns WHERE deleted_at IS NULL "
                                           "ORDER BY channel") if c not in CHANNELS]


def delete_campaign(store: Store, campaign_id: str, *, now: datetime | None = None) -> None:
    """Move a campaign (with its tasks and products) to the trash."""
    set_deleted(store, "campaigns", campaign_id, _row, deleted=True, now=now)


def restore_campaign(store: Store, campaign_id: str, *, now: datetime | None = None) -> Campaign:
    set_deleted(store, "campaigns", campaign_id, _row, deleted=False, now=now)
    return get_campaign(store, campaign_id)


# --- products in a campaign -------------------------------------------------------------------


def list_campaign_products(store: Store, campaign_id: str) -> list[CampaignProduct]:
    return [CampaignProduct(*row) for row in store.conn.execute(
        "SELECT campaign_id, product_id, tactic, params, campaign_price_fen, position FROM campaign_products "
        "WHERE campaign_id = ? ORDER BY position", (campaign_id,))]


def set_campaign_products(store: Store, campaign_id: str, products: Sequence[CampaignProduct]) -> list[CampaignProduct]:
    """Replace the campaign's products with ``products`` (in this order; their campaign_id and
    position are ignored). Each must be a live product, once, with a tactic code."""
    rows = []
    for n, item in enumerate(products):
        if item.tactic not in TACTICS:
            raise CampaignError(QT_TRANSLATE_NOOP("core", "Unknown price tactic “{code}”."), code=item.tactic)
        try:
            params = json.loads(item.params or "{}")
        except ValueError:
            params = None
        if not isinstance(params, dict):
            raise CampaignError(QT_TRANSLATE_NOOP("core", "The parameters of a price tactic are not valid."))
        if item.campaign_price_fen is not None:
            as_count(item.campaign_price_fen, CampaignError,
                     QT_TRANSLATE_NOOP("core", "The campaign price cannot be negative."))
        rows.append((campaign_id, item.product_id, item.tactic, json.dumps(params, ensure_ascii=False),
                     item.campaign_price_fen, n))
    if len({row[1] for row in rows}) < len(rows):
        raise CampaignError(QT_TRANSLATE_NOOP("core", "A product is in this campaign twice."))
    with store.write() as conn:
        _row(conn, campaign_id)
        ids = [row[1] for row in rows]
        live = {p for p, in conn.execute(f"SELECT id FROM products WHERE deleted_at IS NULL AND id IN "
                                         f"({', '.join('?' * len(ids))})", ids)}
        if live != set(ids):
            raise CampaignError(QT_TRANSLATE_NOOP("core", "This product no longer exists (it may have been deleted)."))
        conn.execute("DELETE FROM campaign_products WHERE campaign_id = ?", (campaign_id,))
        conn.executemany("INSERT INTO campaign_products (campaign_id, product_id, tactic, params, "
                         "campaign_price_fen, position) VALUES (?, ?, ?, ?, ?, ?)", rows)
    return list_campaign_products(store, campaign_id)


# --- tasks and the Gantt chart ----------------------------------------------------------------


@dataclass(frozen=True)
class GanttRow:
    task: Task
    offset: int  # days from Gantt.origin to the task's first day
    length: int  # days, first and due day included
    overdue: bool  # not done and due before ``today``


@dataclass(frozen=True)
class Gantt:
    campaign: Campaign
    origin: date  # day 0: the earliest of the tasks, the sign-up deadline and the start
    days: int  # the chart's width in days, up to the later of the last due day and the end
    campaign_offset: int
    campaign_length: int
    signup_offset: int | None
    today_offset: int | None  # None without ``today`` or when it falls outside the chart
    rows: list[GanttRow]
    done: int
    total: int


def _task(row) -> Task:
    tid, cid, title, owner, first, due, done, position = row
    return Task(tid, cid, title, owner, date.fromisoformat(first), date.fromisoformat(due), bool(done), position)


def _task_row(conn, task_id: str, *, deleted: bool = False) -> Task:
    return _task(child_row(conn, "campaign_tasks", _TASK_COLUMNS, task_id, parent="campaigns",
                           parent_key="campaign_id", deleted=deleted,
                           missing=CampaignError(QT_TRANSLATE_NOOP("core", "This task no longer exists."))))


def _task_fields(fields: dict) -> dict:
    due = as_date(fields["due_date"], CampaignError)
    first = as_date(fields["start_date"], CampaignError, optional=True) or due
    if due < first:
        raise CampaignError(QT_TRANSLATE_NOOP("core", "The task is due ({due}) before it starts ({start})."),
                            due=due.isoformat(), start=first.isoformat())
    return {"title": limited(fields["title"], CampaignError, limit=MAX_NAME,
                             empty=QT_TRANSLATE_NOOP("core", "Enter what the task is.")),
            "owner": limited(fields["owner"], CampaignError, limit=MAX_OWNER),
            "start_date": first.isoformat(), "due_date": due.isoformat(), "done": int(bool(fields["done"]))}


def list_tasks(store: Store, campaign_id: str) -> list[Task]:
    """The live campaign's live tasks in the user's order."""
    _row(store.conn, campaign_id)
    return [_task(row) for row in store.conn.execute(
        f"SELECT {_TASK_COLUMNS} FROM campaign_tasks WHERE campaign_id = ? AND deleted_at IS NULL "
        "ORDER BY position", (campaign_id,))]


def add_task(store: Store, campaign_id: str, *, title: str, due_date: date, start_date: date | None = None,
             owner: str = "", done: bool = False, now: datetime | None = None) -> Task:
    """A task last in the campaign's list; one day (the due day) when ``start_date`` is None."""
    _, stamp = now_stamp(now)
    fields = _task_fields({"title": title, "owner": owner, "start_date": start_date, "due_date": due_date,
                           "done": done})
    with store.write() as conn:
        _row(conn, campaign_id)
        task_id = new_id()
        [position] = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM campaign_tasks WHERE campaign_id = ?",
                                  (campaign_id,)).fetchone()
        conn.execute(f"INSERT INTO campaign_tasks ({_TASK_COLUMNS}, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (task_id, campaign_id, *(fields[f] for f in _TASK_FIELDS), position, stamp, stamp))
        return _task_row(conn, task_id)


def update_task(store: Store, task_id: str, *, now: datetime | None = None, **changes) -> Task:
    """Change the given fields (title, owner, start_date, due_date, done); unknown names: TypeError."""
    return update_fields(store, "campaign_tasks", task_id, changes, names=_TASK_FIELDS, read=_task_row,
                         check=lambda conn, fields: _task_fields(fields), now=now)


def move_task(store: Store, task_id: str, to_index: int) -> list[Task]:
    """Move a task to ``to_index`` (clamped) of its campaign's list; return the list."""
    with store.write() as conn:
        task = _task_row(conn, task_id)
        ids = [t.id for t in list_tasks(store, task.campaign_id) if t.id != task_id]
        ids.insert(max(0, min(to_index, len(ids))), task_id)
        conn.executemany("UPDATE campaign_tasks SET position = ? WHERE id = ?", list(enumerate(ids)))
    return list_tasks(store, task.campaign_id)


def delete_task(store: Store, task_id: str, *, now: datetime | None = None) -> None:
    set_deleted(store, "campaign_tasks", task_id, _task_row, deleted=True, now=now)


def restore_task(store: Store, task_id: str, *, now: datetime | None = None) -> Task:
    set_deleted(store, "campaign_tasks", task_id, _task_row, deleted=False, now=now)
    return _task_row(store.conn, task_id)


def gantt(store: Store, campaign_id: str, *, today: date | None = None) -> Gantt:
    """The campaign's tasks as bars on a day scale, with the campaign and its deadline marked."""
    campaign, tasks = get_campaign(store, campaign_id), list_tasks(store, campaign_id)
    days = [campaign.start_date, campaign.end_date, *([campaign.signup_deadline] if campaign.signup_deadline else [])]
    origin = min(days + [t.start_date for t in tasks])
    width = (max(days + [t.due_date for t in tasks]) - origin).days + 1
    rows = [GanttRow(t, (t.start_date - origin).days, (t.due_date - t.start_date).days + 1,
                     bool(today and not t.done and t.due_date < today)) for t in tasks]
    today_offset = (today - origin).days if today and 0 <= (today - origin).days < width else None
    return Gantt(campaign, origin, width, (campaign.start_date - origin).days, campaign.days,
                 campaign.signup_deadline and (campaign.signup_deadline - origin).days, today_offset, rows,
                 sum(t.done for t in tasks), len(tasks))


@dataclass(frozen=True)
class Reminder:
    kind: str  # "signup": a draft campaign's sign-up deadline; "task": an undone task
    due: date
    days_left: int  # negative: overdue by that many days
    campaign_id: str
    campaign_name: str
    task_id: str | None
    title: str  # the task's title; the campaign's name for a sign-up deadline
    owner: str


def reminders(store: Store, today: date, days: int = 3) -> list[Reminder]:
    """Sign-up deadlines of draft (not yet signed up) campaigns that have not ended, and undone
    tasks of campaigns not yet reviewed (已复盘), due within ``days`` days or overdue; soonest first."""
    horizon = (today + timedelta(days=days)).isoformat()
    rows = store.conn.execute(
        "SELECT 'signup', signup_deadline, id, name, NULL, name, '' FROM campaigns WHERE deleted_at IS NULL "
        "AND signup_deadline <= ? AND status = 'draft' AND end_date >= ? "
        "UNION ALL SELECT 'task', t.due_date, c.id, c.name, t.id, t.title, t.owner FROM campaign_tasks t "
        "INDEXED BY campaign_tasks_open_due JOIN campaigns c ON c.id = t.campaign_id AND c.deleted_at IS NULL "
        "AND c.status != 'reviewed' WHERE t.done = 0 AND t.deleted_at IS NULL AND t.due_date <= ? ORDER BY 2, 1, 4, 6",
        (horizon, today.isoformat(), horizon))
    return [Reminder(kind, date.fromisoformat(due), (date.fromisoformat(due) - today).days, cid, cname, tid,
                     title, owner) for kind, due, cid, cname, tid, title, owner in rows]


# --- calendar, timeline, demo -----------------------------------------------------------------


@dataclass(frozen=True)
class CalendarView:
    first: date  # day 0: a month view's first Monday, a timeline's 1 January
    days: int  # 42 for a month view (GRID_WEEKS rows of 7 days), 365 or 366 for a year's timeline
    row_days: int  # 7 in a month view; a timeline is one row of ``days``
    campaigns: dict[str, Campaign]  # by id: the campaigns the bars belong to, by start date
    bars: list[festivals.Bar]  # the campaigns laid out in lanes, clipped to the view
    festivals: list[festivals.Festival]  # those overlapping the view; draw them from their dates


def _view(store: Store, first: date, days: int, row_days: int) -> CalendarView:
    last = first + timedelta(days=days - 1)
    found = list_campaigns(store, start=first, end=last)
    bars = festivals.layout_bars(found, first, days, row_days)
    return CalendarView(first, days, row_days, {c.id: c for c in found}, bars,
                        festivals.list_festivals(store, first, last))


def calendar_month(store: Store, year: int, month: int) -> CalendarView:
    """A month view: GRID_WEEKS weeks from the Monday on or before the 1st, a row per week."""
    return _view(store, festivals.month_grid_start(year, month), 7 * festivals.GRID_WEEKS, 7)


def timeline(store: Store, year: int) -> CalendarView:
    """The year's campaigns as bars on one row of days, in lanes, with the festivals."""
    days = (date(year + 1, 1, 1) - date(year, 1, 1)).days
    return _view(store, date(year, 1, 1), days, days)


def load_demo(store: Store, *, today: date) -> None:
    """Campaigns around ``today`` (a 双11-style 淘客推广 with tasks, a running 天天特价, a draft with
    a sign-up deadline in two days) and the ad-test demo; no products, so none are attached."""
    def day(n: int) -> date:
        return today + timedelta(days=n)

    def at(n: int) -> datetime:
        return datetime.combine(day(n), datetime.min.time()).replace(hour=9)

    owners = {"设计海报": "美工小陈", "报名": "店长", "设置价格": "店长", "通知淘客": "客服小王", "检查店铺": "客服小王"}
    with store.write():
        big = add_campaign(
            store, name="双11淘客推广", goal="sales", channel="taoke", start_date=day(10), end_date=day(13),
            signup_deadline=day(4), budget_fen=1_200_000, target_visitors=20_000, target_orders=600,
            target_revenue_fen=12_000_000, status="applied", daily_windows=[("20:00", "24:00")],
            notes="主推北欧实木餐桌，佣金30%；提前一周把海报发到淘客群。", now=at(-20),
            principles={"low_threshold": (True, "满199减20，一句话说清"), "high_return": (True, "前100单送收纳袋"),
                        "continuity": (True, "每年双11固定做")})
        for n, task in enumerate(list_tasks(store, big.id)):
            update_task(store, task.id, owner=owners.get(task.title, ""), done=n == 0, now=at(-3))
        add_task(store, big.id, title="确认大淘客佣金和坑位", owner="店长", start_date=day(1), due_date=day(5), now=at(-3))
        running = add_campaign(
            store, name="天天特价：桌面收纳盒", goal="traffic", channel="tiantian", start_date=day(-2), end_date=day(4),
            signup_deadline=day(-9), budget_fen=50_000, target_visitors=5_000, target_orders=300,
            target_revenue_fen=1_170_000, status="running", now=at(-15))
        for task in list_tasks(store, running.id):
            update_task(store, task.id, owner=owners.get(task.title, ""), done=True, now=at(-3))
        add_campaign(store, name="年货节预热", goal="brand", channel="微信社群", start_date=day(30), end_date=day(44),
                     signup_deadline=day(2), notes="先在老客户群里预告，再决定要不要报聚划算。", now=at(-1))
        ad_tests.load_demo(store, today=today)
