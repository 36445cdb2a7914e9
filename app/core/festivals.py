"""China's shopping festivals and public holidays, for the promotions calendar and timeline.

The built-in ones ship in ``resources/festivals/festivals.json`` (2026 and 2027; see the notes
there for where the dates come from). The ``festivals`` table holds the user's changes: for a
built-in key only the fields the user changed (the rest follow the app's file, so a corrected
date in a later version still arrives), plus festivals the user added under keys of their own.
Any festival can be hidden; ``reset_festival`` drops the user's changes to a built-in one.
Every write is one transaction; bad input raises a ``FestivalError`` and changes nothing.

Also here: the calendar's geometry (campaigns as bars in lanes, per week of a month view or on
a year's timeline: ``layout_bars``), and what the campaign and ad-test modules share (reading
dates, counts and text the user entered; updating, trashing and restoring their rows).
"""

from __future__ import annotations

import heapq
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from app.core import paths
from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.records import new_id, now_stamp, pick

KINDS = {"shopping": ("购物节", "Shopping festival"), "holiday": ("法定节假日", "Public holiday")}
MAX_NAME = 60
GRID_WEEKS = 6  # a month view shows six weeks, so every month fits and the grid never jumps
_FIELDS = ("name_zh", "name_en", "kind", "start", "end", "peak", "big")
_COLUMNS = "key, name_zh, name_en, kind, start_date, end_date, peak_date, big, hidden"


class FestivalError(UserError):
    """Bad input to the festival calendar; nothing was changed."""


def as_date(value: date | str | None, error: type[UserError], *, optional: bool = False) -> date | None:
    """A date from a ``date`` or ``YYYY-MM-DD`` text; ``error`` when it is neither (or None unless optional)."""
    if value is None or value == "":
        if optional:
            return None
        raise error(QT_TRANSLATE_NOOP("core", "Enter a date."))
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise error(QT_TRANSLATE_NOOP("core", "“{text}” is not a date (YYYY-MM-DD)."), text=value) from None


def as_count(value: object, error: type[UserError], template: str) -> int:
    """A whole number ≥ 0; a float or text is a programming error, a negative one ``error(template)``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an int, not {type(value).__name__}")
    if value < 0:
        raise error(template)
    return value


def limited(value: str | None, error: type[UserError], *, limit: int, empty: str = "") -> str:
    """``value`` stripped; ``error(empty)`` if it is empty and ``empty`` is given; at most ``limit`` long."""
    text = (value or "").strip()
    if empty and not text:
        raise error(empty)
    if len(text) > limit:
        raise error(QT_TRANSLATE_NOOP("core", "“{text}…” is too long: at most {limit} characters."),
                    text=text[:20], limit=limit)
    return text


def join_names(names: list[tuple[str, str]], lang: str) -> str:
    """(zh, en) names in ``lang``, listed the way the language lists them: 门槛低、趣味性 / Fun, Bid."""
    return pick(("、", ", "), lang).join(pick(n, lang) for n in names)


def set_deleted(store: Store, table: str, row_id: str, read, *, deleted: bool, now: datetime | None) -> None:
    """Move a row to the trash or back; ``read(conn, row_id, deleted=...)`` raises if it is not there."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        read(conn, row_id, deleted=not deleted)
        conn.execute(f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                     (stamp if deleted else None, stamp, row_id))


def update_fields(store: Store, table: str, row_id: str, changes: dict, *, names: tuple, read, check,
                  now: datetime | None):
    """Change the ``changes`` (a TypeError for a name not in ``names``) of the row ``read(conn, row_id)``
    returns: ``check(conn, merged fields)`` gives the values to store; returns the row read again."""
    unknown = set(changes) - set(names)
    if unknown:
        raise TypeError(f"unknown fields for {table}: {', '.join(sorted(unknown))}")
    _, stamp = now_stamp(now)
    with store.write() as conn:
        fields = check(conn, {**vars(read(conn, row_id)), **changes})
        conn.execute(f"UPDATE {table} SET {', '.join(f'{f} = ?' for f in names)}, updated_at = ? WHERE id = ?",
                     (*(fields[f] for f in names), stamp, row_id))
        return read(conn, row_id)


def child_row(conn, table: str, columns: str, row_id: str, *, parent: str, parent_key: str, deleted: bool,
              missing: UserError) -> tuple:
    """The row ``row_id`` of ``table`` (its ``columns``) if its parent row is live and it is in the
    trash or not as ``deleted`` says; else raise ``missing``."""
    names = ", ".join("x." + c for c in columns.split(", "))
    row = conn.execute(f"SELECT {names}, x.deleted_at FROM {table} x JOIN {parent} p ON p.id = x.{parent_key} "
                       "AND p.deleted_at IS NULL WHERE x.id = ?", (row_id,)).fetchone()
    if row is None or (row[-1] is not None) != deleted:
        raise missing
    return row[:-1]


@dataclass(frozen=True)
class Festival:
    key: str
    name_zh: str
    name_en: str
    kind: str  # a KINDS code
    start: date
    end: date  # inclusive
    peak: date | None  # the main day within start..end; None: see main_day
    big: bool  # a platform-wide event whose traffic drop campaigns must chain over (campaign_checks)
    builtin: bool  # shipped with the app (False: added by the user)
    edited: bool  # a built-in festival the user changed
    hidden: bool

    @property
    def main_day(self) -> date:
        """The peak, or else the last day (the climax of a sales period, the day itself for one day)."""
        return self.peak or self.end

    def name(self, lang: str) -> str:
        return pick((self.name_zh, self.name_en), lang)


@lru_cache(maxsize=1)
def builtin_festivals() -> dict[str, dict]:
    """The shipped festivals by key, with dates parsed."""
    raw = json.loads(paths.resource("festivals", "festivals.json").read_text(encoding="utf-8"))["festivals"]
    return {f["key"]: {**f, **{k: f[k] and date.fromisoformat(f[k]) for k in ("start", "end", "peak")}}
            for f in raw}


def _festival(row, builtin: dict | None) -> Festival:
    key, *values, hidden = row
    values = [v if k in ("name_zh", "name_en", "kind", "big") or v is None else date.fromisoformat(v)
              for k, v in zip(_FIELDS, values, strict=True)]
    base = builtin or {}
    merged = {f: base.get(f) if v is None else v for f, v in zip(_FIELDS, values, strict=True)}
    edited = builtin is not None and any(v is not None for v in values)
    return Festival(key, merged["name_zh"], merged["name_en"] or merged["name_zh"], merged["kind"], merged["start"],
                    merged["end"], merged["peak"], bool(merged["big"]), builtin is not None, edited, bool(hidden))


def _all(conn) -> dict[str, Festival]:
    builtins = builtin_festivals()
    result = {key: _festival((key, *[None] * len(_FIELDS), 0), f) for key, f in builtins.items()}
    for row in conn.execute(f"SELECT {_COLUMNS} FROM festivals"):
        result[row[0]] = _festival(row, builtins.get(row[0]))
    return result


def list_festivals(store: Store, start: date, end: date, *, include_hidden: bool = False) -> list[Festival]:
    """The festivals overlapping ``start``..``end`` (inclusive), by start date."""
    found = [f for f in _all(store.conn).values()
             if f.start <= end and f.end >= start and (include_hidden or not f.hidden)]
    return sorted(found, key=lambda f: (f.start, f.end, f.key))


def _existing(conn, key: str) -> Festival:
    found = _all(conn).get(key)
    if found is None:
        raise FestivalError(QT_TRANSLATE_NOOP("core", "This festival no longer exists."))
    return found


def get_festival(store: Store, key: str) -> Festival:
    return _existing(store.conn, key)


def _checked(fields: dict) -> dict:
    fields["name_zh"] = limited(fields["name_zh"], FestivalError, limit=MAX_NAME,
                                empty=QT_TRANSLATE_NOOP("core", "Enter the festival's name."))
    fields["name_en"] = limited(fields["name_en"], FestivalError, limit=MAX_NAME) or fields["name_zh"]
    if fields["kind"] not in KINDS:
        raise FestivalError(QT_TRANSLATE_NOOP("core", "Unknown kind of festival “{code}”."), code=fields["kind"])
    start, end = as_date(fields["start"], FestivalError), as_date(fields["end"], FestivalError)
    peak = as_date(fields["peak"], FestivalError, optional=True)
    if end < start:
        raise FestivalError(QT_TRANSLATE_NOOP("core", "The festival ends ({end}) before it starts ({start})."),
                            start=start.isoformat(), end=end.isoformat())
    if peak is not None and not start <= peak <= end:
        raise FestivalError(QT_TRANSLATE_NOOP("core", "The main day must lie between the first and the last day."))
    return {**fields, "start": start, "end": end, "peak": peak, "big": bool(fields["big"])}


def _stored(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else int(value) if isinstance(value, bool) else value


def add_festival(store: Store, *, name_zh: str, start: date, end: date | None = None, kind: str = "shopping",
                 name_en: str = "", peak: date | None = None, big: bool = False,
                 now: datetime | None = None) -> Festival:
    """The user's own festival (one day when ``end`` is None)."""
    _, stamp = now_stamp(now)
    fields = _checked({"name_zh": name_zh, "name_en": name_en, "kind": kind, "start": start,
                       "end": start if end is None else end, "peak": peak, "big": big})
    key = "user." + new_id()
    with store.write() as conn:
        conn.execute(f"INSERT INTO festivals ({_COLUMNS}, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                     (key, *(_stored(fields[f]) for f in _FIELDS), stamp, stamp))
    return get_festival(store, key)


def update_festival(store: Store, key: str, *, now: datetime | None = None, **changes) -> Festival:
    """Change the given fields (name_zh, name_en, kind, start, end, peak, big). For a built-in
    festival only the changed fields are stored. An unknown field name is a TypeError."""
    unknown = set(changes) - set(_FIELDS)
    if unknown:
        raise TypeError(f"update_festival() got unknown fields: {', '.join(sorted(unknown))}")
    _, stamp = now_stamp(now)
    with store.write() as conn:
        current = _existing(conn, key)
        fields = _checked({**{f: getattr(current, f) for f in _FIELDS}, **changes})
        builtin = builtin_festivals().get(key)
        if builtin is None:
            values = [_stored(fields[f]) for f in _FIELDS]
        else:  # keep earlier changes; a field set back to the shipped value follows the file again
            row = conn.execute(f"SELECT {_COLUMNS} FROM festivals WHERE key = ?", (key,)).fetchone()
            old = row[1:-1] if row else [None] * len(_FIELDS)
            values = [None if fields[f] == builtin[f] else _stored(fields[f]) if f in changes else o
                      for f, o in zip(_FIELDS, old, strict=True)]
        conn.execute(
            f"INSERT INTO festivals ({_COLUMNS}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, "
            "kind = excluded.kind, start_date = excluded.start_date, end_date = excluded.end_date, "
            "peak_date = excluded.peak_date, big = excluded.big, updated_at = excluded.updated_at",
            (key, *values, int(current.hidden), stamp, stamp))
    return get_festival(store, key)


def hide_festival(store: Store, key: str, hidden: bool = True, *, now: datetime | None = None) -> Festival:
    """Hide a festival from the calendar (``hidden=False`` shows it again)."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        _existing(conn, key)
        conn.execute(f"INSERT INTO festivals ({_COLUMNS}, created_at, updated_at) "
                     "VALUES (?, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ?, ?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET hidden = excluded.hidden, updated_at = excluded.updated_at",
                     (key, int(hidden), stamp, stamp))
    return get_festival(store, key)


def reset_festival(store: Store, key: str) -> Festival:
    """Drop the user's changes to a built-in festival (its hidden flag too)."""
    if key not in builtin_festivals():
        raise FestivalError(QT_TRANSLATE_NOOP("core", "Only a built-in festival can be reset."))
    with store.write() as conn:
        conn.execute("DELETE FROM festivals WHERE key = ?", (key,))
    return get_festival(store, key)


# --- calendar geometry: bars in lanes, shared by the month view and the year timeline ---------


@dataclass(frozen=True)
class Bar:
    """One row's piece of a dated item (a campaign): columns ``offset`` to ``offset + length - 1``."""

    item_id: str
    row: int  # the week of a month grid; always 0 on a timeline
    offset: int  # the first column: the weekday (0 = Monday) in a month grid, the day of the year on a timeline
    length: int  # days
    lane: int  # 0, 1, 2, ... from the top of the row; pieces in one lane never overlap
    continued: bool  # the item started before this piece (an earlier week, the year before)
    continues: bool  # the item goes on after this piece


def lanes(spans: list[tuple[int, int]]) -> list[int]:
    """A lane for each (first, last) span so spans sharing a lane never overlap, using the fewest
    lanes and the lowest free one: earlier spans first, longer first on the same day."""
    result, busy, free, count = [0] * len(spans), [], [], 0
    for i in sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1])):
        first, last = spans[i]
        while busy and busy[0][0] < first:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane, count = count, count + 1
        result[i] = lane
        heapq.heappush(busy, (last, lane))
    return result


def layout_bars(items, first: date, days: int, row_days: int) -> list[Bar]:
    """Bars for ``items`` (with ``id``, ``start_date``, ``end_date``) on ``days`` days from ``first``,
    cut into rows of ``row_days`` days, each row with its own lanes; items outside are left out."""
    pieces: dict[int, list] = {}
    for item in items:
        a, b = max((item.start_date - first).days, 0), min((item.end_date - first).days, days - 1)
        for row in range(a // row_days, b // row_days + 1) if a <= b else ():
            pieces.setdefault(row, []).append((max(a, row * row_days), min(b, row * row_days + row_days - 1), item))
    bars = []
    for row, spans in sorted(pieces.items()):
        for (lo, hi, item), lane in zip(spans, lanes([(lo, hi) for lo, hi, _ in spans]), strict=True):
            bars.append(Bar(item.id, row, lo - row * row_days, hi - lo + 1, lane,
                            item.start_date < first + timedelta(days=lo), item.end_date > first + timedelta(days=hi)))
    return bars


def month_grid_start(year: int, month: int) -> date:
    """The Monday on or before the 1st: the first day of a month view of GRID_WEEKS weeks."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())
