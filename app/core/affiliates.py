"""The affiliate register (淘客名录): promoters, their channels, our groups they are in, tags
and the keys that find them in the platform's order report.

Writes keep ``search_key`` and ``sort_name`` (schema_v6_affiliates) up to date, so the list
query (affiliate_query) filters and sorts in SQL alone. Bad input raises an AffiliateError
naming the field (``err.field``, a key of the form) and changes nothing. A duplicate QQ,
WeChat or phone is not an error: ``find_duplicates`` lets the form warn and link to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from app.core.affiliate_checks import (  # noqa: F401 - the checks are part of the register's API
    FIELDS, MAX_NAME, MAX_NOTES, MAX_TAG, MAX_TEXT, AffiliateError, Channel, check_channels, check_fields, check_keys,
    check_groups, check_phone, check_qq, check_tags, check_text, check_url, normalise_phone, normalise_url, split_tags)
from app.core.affiliate_codes import GROUP_KINDS
from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.records import new_id, now_stamp

SEP = "\x1f"
KEPT = ("search_key", "sort_name", "due_on", "last_contact_at", "last_order_on", "orders", "paid_fen",
        "commission_fen", "private_fee")
COLUMNS = ("id", *FIELDS, *KEPT, "created_at", "updated_at", "deleted_at")
_SELECT = ", ".join(COLUMNS)


@dataclass(frozen=True)
class Affiliate:
    id: str
    kind: str
    name: str
    nickname: str
    gender: str
    province: str
    city: str
    qq: str
    wechat: str
    phone: str
    wangwang: str
    email: str
    vip: bool
    status: str
    joined_on: str | None
    notes: str
    contact_every_days: int | None
    search_key: str
    sort_name: str
    due_on: str | None
    last_contact_at: str | None
    last_order_on: str | None
    orders: int
    paid_fen: int
    commission_fen: int
    private_fee: int
    created_at: str
    updated_at: str
    deleted_at: str | None
    channels: tuple[Channel, ...] = ()
    tags: tuple[str, ...] = ()
    group_ids: tuple[str, ...] = ()
    keys: tuple[tuple[str, str], ...] = ()  # (kind, value), kind a KEY_KINDS code

    @property
    def region(self) -> str:
        return " ".join(p for p in (self.province, self.city if self.city != self.province else "") if p)

    @property
    def effective_rate_bp(self) -> int | None:
        """Commission paid as a share of promoted sales, basis points; None before any sale."""
        if self.paid_fen <= 0:
            return None
        return (self.commission_fen * 10000 + self.paid_fen // 2) // self.paid_fen


@dataclass(frozen=True)
class Duplicate:
    id: str
    name: str
    field: str  # qq, wechat, phone
    value: str


# ---------------------------------------------------------------- search keys

def search_fields(fields: Mapping, channels: Iterable[tuple[str, str]] = ()) -> tuple[str, str]:
    """(search_key, sort_name) for an affiliate's fields and its channels' (name, url)."""
    from app.core.pinyin import search_terms, sort_key  # pypinyin loads on the first write only

    name, nickname = (fields.get("name") or "").strip(), (fields.get("nickname") or "").strip()
    parts = [name, nickname, search_terms(name), search_terms(nickname)]
    parts += [str(fields.get(f) or "") for f in ("qq", "wechat", "phone", "wangwang", "email")]
    for channel_name, url in channels:
        parts += [channel_name or "", url or ""]
    parts.append(fields.get("notes") or "")
    key = SEP.join(p.strip().replace(SEP, " ") for p in parts if p and p.strip()).lower()
    return key, sort_key(name)


def refresh_search(conn, affiliate_ids: Iterable[str]) -> None:
    """Recompute the kept search_key and sort_name of these affiliates from their rows."""
    for affiliate_id in affiliate_ids:
        row = conn.execute(f"SELECT {', '.join(FIELDS)} FROM affiliates WHERE id = ?", (affiliate_id,)).fetchone()
        if row is None:
            continue
        channels = conn.execute("SELECT name, url FROM affiliate_channels WHERE affiliate_id = ? ORDER BY position",
                                (affiliate_id,)).fetchall()
        key, sort_name = search_fields(dict(zip(FIELDS, row)), channels)
        conn.execute("UPDATE affiliates SET search_key = ?, sort_name = ? WHERE id = ?", (key, sort_name, affiliate_id))


def search_words(text: str) -> list[str]:
    """What the user typed, as the lower-case words that must all occur in search_key."""
    return [w for w in (text or "").lower().replace(SEP, " ").split() if w]


def like_pattern(word: str) -> str:
    """``%word%`` for ``LIKE ? ESCAPE '\\'``, the user's own % and _ taken literally. (LIKE, not
    instr: it scans 100,000 keys in about 60% of the time; both sides are lower-case.)"""
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_ids(store: Store, text: str, limit: int = 50) -> list[tuple[str, str, str, str]]:
    """(id, name, nickname, kind) of live affiliates matching ``text`` as the register does."""
    words = search_words(text)
    if not words:  # the first ``limit`` by name: the name index delivers them without a scan
        return store.conn.execute("SELECT id, name, nickname, kind FROM affiliates WHERE deleted_at IS NULL "
                                  "ORDER BY sort_name, rowid LIMIT ?", (int(limit),)).fetchall()
    # A straight scan: walking the name index would look up every row to test its key.
    where = " AND ".join(["deleted_at IS NULL", *["search_key LIKE ? ESCAPE '\\'"] * len(words)])
    return store.conn.execute(f"SELECT id, name, nickname, kind FROM affiliates NOT INDEXED WHERE {where} "
                              f"ORDER BY sort_name, rowid LIMIT ?", (*map(like_pattern, words), int(limit))).fetchall()


# ---------------------------------------------------------------- records

def add_affiliate(store: Store, fields: Mapping, *, channels=(), tags=(), group_ids=(), keys=(),
                  now: datetime | None = None) -> str:
    """A new affiliate from ``fields`` (keys of FIELDS; only name is required); its id."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        clean = check_fields(fields)
        affiliate_id = new_id()
        conn.execute(f"INSERT INTO affiliates (id, {', '.join(FIELDS)}, created_at, updated_at) "
                     f"VALUES (?, {', '.join('?' * len(FIELDS))}, ?, ?)",
                     (affiliate_id, *clean.values(), stamp, stamp))
        _replace_parts(conn, affiliate_id, channels, tags, group_ids, keys)
        refresh_search(conn, [affiliate_id])
        if clean.get("contact_every_days"):
            _refresh_due(conn, affiliate_id)
        return affiliate_id


def update_affiliate(store: Store, affiliate_id: str, fields: Mapping | None = None, *, channels=None, tags=None,
                     group_ids=None, keys=None, now: datetime | None = None) -> Affiliate:
    """Change the fields given (the rest stay); channels/tags/groups/keys are replaced when given."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        current = _get(conn, affiliate_id)
        clean = check_fields({**{f: getattr(current, f) for f in FIELDS}, **(fields or {})})
        changed = {f: v for f, v in clean.items() if v != (int(current.vip) if f == "vip" else getattr(current, f))}
        parts = (channels, tags, group_ids, keys)
        if changed:
            conn.execute(f"UPDATE affiliates SET {', '.join(f'{f} = ?' for f in changed)} WHERE id = ?",
                         (*changed.values(), affiliate_id))
        _replace_parts(conn, affiliate_id, *parts)
        if changed or any(p is not None for p in parts):
            conn.execute("UPDATE affiliates SET updated_at = ? WHERE id = ?", (stamp, affiliate_id))
            refresh_search(conn, [affiliate_id])
        if "contact_every_days" in changed:
            _refresh_due(conn, affiliate_id)
        return _get(conn, affiliate_id)


def _refresh_due(conn, affiliate_id: str) -> None:
    from app.core.follow_ups import refresh_due  # follow_ups builds on this module

    refresh_due(conn, [affiliate_id])


def _replace_parts(conn, affiliate_id: str, channels, tags, group_ids, keys) -> None:
    """Replace each of channels/tags/group_ids/keys that is not None (checked first, so a bad one changes nothing)."""
    channels = None if channels is None else check_channels(channels)
    tags = None if tags is None else check_tags(tags)
    group_ids = None if group_ids is None else check_groups(conn, group_ids)
    keys = None if keys is None else check_keys(conn, keys, affiliate_id)
    if channels is not None:
        conn.execute("DELETE FROM affiliate_channels WHERE affiliate_id = ?", (affiliate_id,))
        conn.executemany("INSERT INTO affiliate_channels (id, affiliate_id, kind, name, url, audience, position) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [(new_id(), affiliate_id, c.kind, c.name, c.url, c.audience, i)
                          for i, c in enumerate(channels)])
    if tags is not None:
        conn.execute("DELETE FROM affiliate_tags WHERE affiliate_id = ?", (affiliate_id,))
        conn.executemany("INSERT INTO affiliate_tags (tag, affiliate_id) VALUES (?, ?)",
                         [(t, affiliate_id) for t in tags])
    if group_ids is not None:
        conn.execute("DELETE FROM affiliate_group_members WHERE affiliate_id = ?", (affiliate_id,))
        conn.executemany("INSERT INTO affiliate_group_members (group_id, affiliate_id) VALUES (?, ?)",
                         [(g, affiliate_id) for g in group_ids])
    if keys is not None:
        conn.execute("DELETE FROM affiliate_keys WHERE affiliate_id = ?", (affiliate_id,))
        conn.executemany("INSERT INTO affiliate_keys (kind, value, affiliate_id) VALUES (?, ?, ?)",
                         [(k, v, affiliate_id) for k, v in keys])
        if keys:  # orders imported before the key was typed now find their affiliate
            from app.core.affiliate_promoters import rematch_unmatched

            rematch_unmatched(conn, keys)


def _get(conn, affiliate_id: str, *, deleted: bool | None = False) -> Affiliate:
    row = conn.execute(f"SELECT {_SELECT} FROM affiliates WHERE id = ?", (affiliate_id,)).fetchone()
    if row is None or (deleted is not None and (row[-1] is not None) != deleted):
        raise AffiliateError(QT_TRANSLATE_NOOP("core", "This affiliate no longer exists (it may have been deleted)."))
    values = dict(zip(COLUMNS, row))
    values["vip"] = bool(values["vip"])
    channels = tuple(Channel(*r) for r in conn.execute(
        "SELECT kind, name, url, audience FROM affiliate_channels WHERE affiliate_id = ? ORDER BY position",
        (affiliate_id,)))
    tags = tuple(r[0] for r in conn.execute("SELECT tag FROM affiliate_tags WHERE affiliate_id = ? ORDER BY tag",
                                            (affiliate_id,)))
    groups = tuple(r[0] for r in conn.execute(
        "SELECT m.group_id FROM affiliate_group_members m JOIN affiliate_groups g ON g.id = m.group_id "
        "WHERE m.affiliate_id = ? AND g.deleted_at IS NULL ORDER BY g.name", (affiliate_id,)))
    keys = tuple(conn.execute("SELECT kind, value FROM affiliate_keys WHERE affiliate_id = ? ORDER BY kind, value",
                              (affiliate_id,)).fetchall())
    return Affiliate(**values, channels=channels, tags=tags, group_ids=groups, keys=keys)


def get_affiliate(store: Store, affiliate_id: str, *, deleted: bool | None = False) -> Affiliate:
    """A live affiliate (``deleted=True``: one in the trash; None: either); AffiliateError if none."""
    return _get(store.conn, affiliate_id, deleted=deleted)


def find_duplicates(store: Store, *, qq: str = "", wechat: str = "", phone: str = "",
                    exclude_id: str | None = None) -> list[Duplicate]:
    """Live affiliates already on file with this QQ, WeChat or phone (each compared as stored)."""
    found = []
    wanted = (("qq", re.sub(r"\s", "", qq or "")), ("wechat", (wechat or "").strip()),
              ("phone", normalise_phone(phone)))
    for field, value in wanted:
        if not value:
            continue
        rows = store.conn.execute(f"SELECT id, name FROM affiliates WHERE {field} = ? AND {field} != '' "
                                  f"AND deleted_at IS NULL AND id != ? ORDER BY sort_name", (value, exclude_id or ""))
        found += [Duplicate(i, name, field, value) for i, name in rows]
    return found



# ---------------------------------------------------------------- trash

@dataclass(frozen=True)
class TrashItem:
    id: str
    name: str
    nickname: str
    kind: str
    deleted_at: str


def _ids(affiliate_ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys([affiliate_ids] if isinstance(affiliate_ids, str) else affiliate_ids))


def delete_affiliates(store: Store, affiliate_ids: Iterable[str], *, now: datetime | None = None) -> int:
    """Move live affiliates to the trash (their records and keys stay); how many moved."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        return sum(conn.execute("UPDATE affiliates SET deleted_at = ?, updated_at = ? WHERE id = ? "
                                "AND deleted_at IS NULL", (stamp, stamp, i)).rowcount for i in _ids(affiliate_ids))


def restore_affiliates(store: Store, affiliate_ids: Iterable[str], *, now: datetime | None = None) -> int:
    """Bring affiliates back from the trash; how many came back."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        return sum(conn.execute("UPDATE affiliates SET deleted_at = NULL, updated_at = ? WHERE id = ? "
                                "AND deleted_at IS NOT NULL", (stamp, i)).rowcount for i in _ids(affiliate_ids))


def list_trash(store: Store) -> list[TrashItem]:
    """The trash, most recently deleted first."""
    rows = store.conn.execute("SELECT id, name, nickname, kind, deleted_at FROM affiliates "
                              "WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, sort_name")
    return [TrashItem(*r) for r in rows]


def purge(store: Store, affiliate_ids: Iterable[str] | None = None) -> int:
    """Delete affiliates in the trash for good (None: empty the trash); live ones are never touched.

    Their channels, tags, keys, follow-ups and the rest go with them (ON DELETE CASCADE); their
    platform orders stay, unmatched, so re-attaching the keys to someone else finds them again."""
    with store.write() as conn:
        if affiliate_ids is None:
            ids = [r[0] for r in conn.execute("SELECT id FROM affiliates WHERE deleted_at IS NOT NULL")]
        else:
            ids = [i for i in _ids(affiliate_ids) if conn.execute(
                "SELECT 1 FROM affiliates WHERE id = ? AND deleted_at IS NOT NULL", (i,)).fetchone()]
        for affiliate_id in ids:
            conn.execute("UPDATE affiliate_orders SET affiliate_id = NULL WHERE affiliate_id = ?", (affiliate_id,))
            conn.execute("DELETE FROM affiliate_daily WHERE affiliate_id = ?", (affiliate_id,))
            conn.execute("DELETE FROM affiliates WHERE id = ?", (affiliate_id,))
        return len(ids)


# ---------------------------------------------------------------- our groups, tags

@dataclass(frozen=True)
class Group:
    id: str
    name: str
    kind: str  # a GROUP_KINDS code
    number: str
    notes: str
    members: int  # live affiliates in it


def list_groups(store: Store, *, counts: bool = True) -> list[Group]:
    """Our live groups by name; ``counts=False`` leaves ``members`` 0 (cheaper, for pick lists)."""
    members = ("(SELECT count(*) FROM affiliate_group_members m JOIN affiliates a ON a.id = m.affiliate_id "
               "WHERE m.group_id = g.id AND a.deleted_at IS NULL)") if counts else "0"
    rows = store.conn.execute(f"SELECT g.id, g.name, g.kind, g.number, g.notes, {members} FROM affiliate_groups g "
                              "WHERE g.deleted_at IS NULL ORDER BY g.name, g.created_at")
    return [Group(*r) for r in rows]


def _group_fields(name: str, kind: str, number: str, notes: str) -> tuple:
    name = (name or "").strip()
    if not name:
        raise AffiliateError(QT_TRANSLATE_NOOP("core", "Group: enter the group's name."), field="name")
    if kind not in GROUP_KINDS:
        raise AffiliateError(QT_TRANSLATE_NOOP("core", "Group: “{value}” is not a kind of group."),
                             field="kind", value=kind)
    number = re.sub(r"\s", "", number or "")
    check_text({"name": name}, "name", MAX_TEXT)
    check_text({"number": number}, "number", 40)
    return name, kind, number, check_text({"notes": notes}, "notes", MAX_NOTES)


def add_group(store: Store, name: str, kind: str = "qq", number: str = "", notes: str = "", *,
              now: datetime | None = None) -> str:
    _, stamp = now_stamp(now)
    with store.write() as conn:
        group_id = new_id()
        conn.execute("INSERT INTO affiliate_groups (id, name, kind, number, notes, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (group_id, *_group_fields(name, kind, number, notes), stamp, stamp))
        return group_id


def update_group(store: Store, group_id: str, name: str, kind: str = "qq", number: str = "", notes: str = "", *,
                 now: datetime | None = None) -> None:
    _, stamp = now_stamp(now)
    with store.write() as conn:
        if not conn.execute("UPDATE affiliate_groups SET name = ?, kind = ?, number = ?, notes = ?, updated_at = ? "
                            "WHERE id = ? AND deleted_at IS NULL",
                            (*_group_fields(name, kind, number, notes), stamp, group_id)).rowcount:
            raise AffiliateError(QT_TRANSLATE_NOOP("core", "This group no longer exists (it may have been deleted)."))


def delete_group(store: Store, group_id: str, *, restore: bool = False, now: datetime | None = None) -> None:
    """Move a group to the trash (``restore=True``: bring it back); memberships are kept for the undo."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        conn.execute("UPDATE affiliate_groups SET deleted_at = ?, updated_at = ? WHERE id = ?",
                     (None if restore else stamp, stamp, group_id))


def all_tags(store: Store) -> list[str]:
    """Every tag in use, for the filter and the form's completer."""
    return [r[0] for r in store.conn.execute("SELECT DISTINCT tag FROM affiliate_tags ORDER BY tag")]


def load_demo(store: Store, *, today: date | None = None) -> list[str]:
    """About thirty plausible affiliates, two groups, tags and promoter keys; their ids."""
    from app.core.affiliate_demo import load  # the demo's data stays out of the register's import

    return load(store, today=today or date.today())
