"""The storefront tab (店铺模块): shops and the homepage checklist's items.

Checklist items are global (on every shop's checklist) unless one of the user's own items
names a shop. Built-in items ship in ``resources/storefront/checklist.json``; the database
keeps only their key, group, order and hidden flag, so their text follows the app's version.
Hiding is global; an item that does not apply to one shop is marked 不适用 (``na``) there.
Shops and the user's own items go to a trash and can be restored; built-in items are only
hidden. Every write is one transaction; bad input raises a ``StorefrontError`` and changes
nothing.

Per-shop states, reviews and progress are in ``storefront_reviews``; the homepage planner
and its rules in ``storefront_layout``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from app.core import paths
from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.records import new_id, now_stamp, pick  # noqa: F401 - also imported from here by the storefront modules

PLATFORMS = {"taobao": ("淘宝", "Taobao"), "tmall": ("天猫", "Tmall"), "jd": ("京东", "JD"),
             "pdd": ("拼多多", "Pinduoduo"), "douyin": ("抖音", "Douyin"),
             "weixin": ("微信小店", "WeChat shop"), "other": ("其他", "Other")}
STATUSES = {"todo": ("未做", "To do"), "doing": ("进行中", "In progress"),
            "done": ("已完成", "Done"), "na": ("不适用", "Not applicable")}
SCREENS = {1: ("第1屏", "Screen 1"), 2: ("第2屏", "Screen 2"), 3: ("第3屏", "Screen 3"),
           4: ("3屏以下", "Below screen 3")}
CUSTOM_GROUP = "custom"  # the group of the user's own items unless they name another
MAX_NAME, MAX_TITLE, MAX_NOTES = 60, 200, 5000


class StorefrontError(UserError):
    """Bad input to the storefront tab; nothing was changed."""


def clean_text(value: str, *, limit: int, required: bool = False, empty: str = "") -> str:
    text = (value or "").strip()
    if required and not text:
        raise StorefrontError(empty)
    if len(text) > limit:
        raise StorefrontError(QT_TRANSLATE_NOOP("core", "“{text}…” is too long: at most {limit} characters."),
                              text=text[:20], limit=limit)
    return text


def check_screen(screen: object, *, optional: bool) -> int | None:
    if screen is None and optional:
        return None
    if not isinstance(screen, int) or isinstance(screen, bool) or screen not in SCREENS:
        raise StorefrontError(
            QT_TRANSLATE_NOOP("core", "The screen must be 1, 2, 3 or 4 (below the third screen), not “{value}”."),
            value=screen)
    return screen


def one_row(conn, sql: str, args: tuple, missing: str) -> tuple:
    """The row ``sql`` finds, or a StorefrontError saying ``missing``."""
    row = conn.execute(sql, args).fetchone()
    if row is None:
        raise StorefrontError(missing)
    return row


def check_code(value: str, table: dict, template: str) -> str:
    if value not in table:
        raise StorefrontError(template, code=value)
    return value


# --- the built-in catalogue -------------------------------------------------------------------


@lru_cache(maxsize=1)
def catalog() -> dict:
    """``resources/storefront/checklist.json``: ``groups`` and ``items`` (see that file)."""
    return json.loads(paths.resource("storefront", "checklist.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _builtins() -> dict[str, dict]:
    return {item["key"]: item for item in catalog()["items"]}


@lru_cache(maxsize=1)
def _group_names() -> dict[str, tuple[str, str]]:
    return {g["key"]: (g["name_zh"], g["name_en"]) for g in catalog()["groups"]}


def group_name(group: str, lang: str) -> str:
    """A built-in group's name in ``lang``; a group the user named is shown as typed."""
    names = _group_names().get(group)
    return pick(names, lang) if names else group


def ensure_builtin_items(store: Store, *, now: datetime | None = None) -> int:
    """Add the built-in items this database lacks (by key), after the others; return how many.

    Idempotent and cheap when nothing is missing: call it when the tab opens. Items already
    there keep the user's order, group and hidden flag.
    """
    have = {key for key, in store.conn.execute("SELECT key FROM checklist_items WHERE key IS NOT NULL")}
    missing = [item for key, item in _builtins().items() if key not in have]
    if not missing:
        return 0
    _, stamp = now_stamp(now)
    with store.write() as conn:
        have = {key for key, in conn.execute("SELECT key FROM checklist_items WHERE key IS NOT NULL")}
        missing = [item for item in missing if item["key"] not in have]
        start = next_position(conn)
        conn.executemany(
            "INSERT INTO checklist_items (id, key, group_key, required, position, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(it["key"], it["key"], it["group"], int(it["required"]), start + n, stamp, stamp)
             for n, it in enumerate(missing)])
    return len(missing)


def next_position(conn) -> int:
    return conn.execute("SELECT coalesce(max(position), -1) + 1 FROM checklist_items").fetchone()[0]


# --- shops ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shop:
    id: str
    name: str
    platform: str  # a PLATFORMS code
    url: str
    created_at: str
    updated_at: str
    deleted_at: str | None = None


_SHOP_COLUMNS = "id, name, platform, url, created_at, updated_at, deleted_at"


def shop_row(conn, shop_id: str, *, deleted: bool = False) -> Shop:
    row = conn.execute(f"SELECT {_SHOP_COLUMNS} FROM shops WHERE id = ?", (shop_id,)).fetchone()
    if row is None or (row[-1] is not None) != deleted:
        raise StorefrontError(QT_TRANSLATE_NOOP("core", "This shop no longer exists (it may have been deleted)."))
    return Shop(*row)


def _shop_fields(conn, name: str, platform: str, url: str, *, shop_id: str = "") -> tuple[str, str, str]:
    name = clean_text(name, limit=MAX_NAME, required=True, empty=QT_TRANSLATE_NOOP("core", "Enter the shop's name."))
    check_code(platform, PLATFORMS, QT_TRANSLATE_NOOP("core", "Unknown platform “{code}”."))
    taken = conn.execute("SELECT 1 FROM shops WHERE name = ? AND id != ? AND deleted_at IS NULL",
                         (name, shop_id)).fetchone()
    if taken:
        raise StorefrontError(QT_TRANSLATE_NOOP("core", "There is already a shop named “{name}”."), name=name)
    return name, platform, clean_text(url, limit=MAX_TITLE)


def open_review(conn, shop_id: str, staff: str, stamp: str) -> str:
    """Open the shop's next review (the caller has closed the current one); return its id."""
    [number] = conn.execute("SELECT coalesce(max(number), 0) + 1 FROM reviews WHERE shop_id = ?", (shop_id,)).fetchone()
    review_id = new_id()
    conn.execute("INSERT INTO reviews (id, shop_id, number, started_by, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?)", (review_id, shop_id, number, staff, stamp, stamp))
    return review_id


def add_shop(store: Store, *, name: str, platform: str, url: str = "", now: datetime | None = None) -> Shop:
    """A new shop with its first (current) review."""
    now, stamp = now_stamp(now)
    with store.write() as conn:
        fields = _shop_fields(conn, name, platform, url)
        shop_id = new_id()
        conn.execute("INSERT INTO shops (id, name, platform, url, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                     (shop_id, *fields, stamp, stamp))
        open_review(conn, shop_id, "", stamp)
        ensure_builtin_items(store, now=now)
        return shop_row(conn, shop_id)


def update_shop(store: Store, shop_id: str, *, name: str, platform: str, url: str = "",
                now: datetime | None = None) -> Shop:
    _, stamp = now_stamp(now)
    with store.write() as conn:
        shop_row(conn, shop_id)
        fields = _shop_fields(conn, name, platform, url, shop_id=shop_id)
        conn.execute("UPDATE shops SET name = ?, platform = ?, url = ?, updated_at = ? WHERE id = ?",
                     (*fields, stamp, shop_id))
        return shop_row(conn, shop_id)


def get_shop(store: Store, shop_id: str) -> Shop:
    return shop_row(store.conn, shop_id)


def list_shops(store: Store) -> list[Shop]:
    return [Shop(*row) for row in store.conn.execute(
        f"SELECT {_SHOP_COLUMNS} FROM shops WHERE deleted_at IS NULL ORDER BY created_at, name")]


def delete_shop(store: Store, shop_id: str, *, now: datetime | None = None) -> None:
    """Move a shop (with its reviews, layout and own items) to the trash."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        shop_row(conn, shop_id)
        conn.execute("UPDATE shops SET deleted_at = ?, updated_at = ? WHERE id = ?", (stamp, stamp, shop_id))


def restore_shop(store: Store, shop_id: str, *, now: datetime | None = None) -> Shop:
    _, stamp = now_stamp(now)
    with store.write() as conn:
        shop = shop_row(conn, shop_id, deleted=True)
        _shop_fields(conn, shop.name, shop.platform, shop.url, shop_id=shop_id)  # the name may be taken now
        conn.execute("UPDATE shops SET deleted_at = NULL, updated_at = ? WHERE id = ?", (stamp, shop_id))
        return shop_row(conn, shop_id)


# --- checklist items --------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    key: str | None  # a built-in item's key; None for the user's own
    shop_id: str | None  # None: on every shop's checklist
    group: str  # a built-in group key ("required_modules", ...) or a name the user typed
    required: bool  # one of the six required modules (必备模块): weighs REQUIRED_WEIGHT
    title_zh: str
    title_en: str
    reason_zh: str
    reason_en: str
    position: int
    hidden: bool

    @property
    def builtin(self) -> bool:
        return self.key is not None

    def title(self, lang: str) -> str:
        return pick((self.title_zh, self.title_en), lang)

    def reason(self, lang: str) -> str:
        return pick((self.reason_zh, self.reason_en), lang)


ITEM_COLUMNS = "i.id, i.key, i.shop_id, i.group_key, i.required, i.title, i.reason, i.position, i.hidden"


def item_from_row(row) -> ChecklistItem | None:
    item_id, key, shop_id, group, required, title, reason, position, hidden = row[:9]
    if key is None:
        return ChecklistItem(item_id, None, shop_id, group, bool(required), title, title, reason, reason,
                             position, bool(hidden))
    text = _builtins().get(key)
    if text is None:  # retired by a later version: kept in the database, not shown
        return None
    return ChecklistItem(item_id, key, None, group, bool(required), text["title_zh"], text["title_en"],
                         text["reason_zh"], text["reason_en"], position, bool(hidden))


def visible_items(shop_id: str | None, include_hidden: bool) -> tuple[str, tuple]:
    where = "i.deleted_at IS NULL AND (i.shop_id IS NULL OR i.shop_id = ?)"
    return (where if include_hidden else where + " AND i.hidden = 0"), (shop_id,)


def list_items(store: Store, *, shop_id: str | None = None, include_hidden: bool = False) -> list[ChecklistItem]:
    """The items on ``shop_id``'s checklist (global ones only when None), in the user's order."""
    where, args = visible_items(shop_id, include_hidden)
    rows = store.conn.execute(f"SELECT {ITEM_COLUMNS} FROM checklist_items i WHERE {where} ORDER BY i.position", args)
    return [item for item in map(item_from_row, rows) if item]


def get_item(conn, item_id: str, *, deleted: bool = False, custom: bool = False) -> ChecklistItem:
    row = conn.execute(f"SELECT {ITEM_COLUMNS}, i.deleted_at FROM checklist_items i WHERE i.id = ?",
                       (item_id,)).fetchone()
    item = item_from_row(row) if row and (row[-1] is not None) == deleted else None
    if item is None:
        raise StorefrontError(QT_TRANSLATE_NOOP("core", "This checklist item no longer exists."))
    if custom and item.builtin:
        raise StorefrontError(QT_TRANSLATE_NOOP(
            "core", "Built-in checklist items cannot be changed or deleted; hide them or mark them 不适用 instead."))
    return item


def _group(group: str) -> str:
    return clean_text(group, limit=MAX_NAME, required=True,
                      empty=QT_TRANSLATE_NOOP("core", "Enter the name of the group."))


def _title(title: str) -> str:
    return clean_text(title, limit=MAX_TITLE, required=True,
                      empty=QT_TRANSLATE_NOOP("core", "Enter the text of the checklist item."))


def add_item(store: Store, *, title: str, reason: str = "", group: str = CUSTOM_GROUP,
             shop_id: str | None = None, now: datetime | None = None) -> ChecklistItem:
    """The user's own item, last in the list; on one shop's checklist, or every shop's if None."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        if shop_id is not None:
            shop_row(conn, shop_id)
        item_id = new_id()
        conn.execute(
            "INSERT INTO checklist_items (id, shop_id, group_key, title, reason, position, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (item_id, shop_id, _group(group), _title(title), clean_text(reason, limit=MAX_NOTES),
             next_position(conn), stamp, stamp))
        return get_item(conn, item_id)


def update_item(store: Store, item_id: str, *, title: str | None = None, reason: str | None = None,
                group: str | None = None, hidden: bool | None = None, now: datetime | None = None) -> ChecklistItem:
    """Change what is given. Any item can be regrouped and hidden; only the user's own retitled."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        item = get_item(conn, item_id, custom=title is not None or reason is not None)
        conn.execute(  # a built-in item's text is never stored: it comes from the catalogue
            "UPDATE checklist_items SET title = ?, reason = ?, group_key = ?, hidden = ?, updated_at = ? WHERE id = ?",
            ("" if item.builtin else item.title_zh if title is None else _title(title),
             "" if item.builtin else item.reason_zh if reason is None else clean_text(reason, limit=MAX_NOTES),
             item.group if group is None else _group(group),
             int(item.hidden if hidden is None else hidden), stamp, item_id))
        return get_item(conn, item_id)


def move_item(store: Store, item_id: str, to_index: int, *, shop_id: str | None = None) -> None:
    """Move an item to ``to_index`` of ``list_items(shop_id=..., include_hidden=True)`` (clamped).

    The listed items swap their positions among themselves, so other shops' own items keep theirs.
    """
    with store.write() as conn:
        get_item(conn, item_id)
        where, args = visible_items(shop_id, True)
        rows = conn.execute(f"SELECT i.id, i.position FROM checklist_items i WHERE {where} ORDER BY i.position",
                            args).fetchall()
        ids = [row[0] for row in rows]
        if item_id not in ids:
            raise StorefrontError(QT_TRANSLATE_NOOP("core", "This checklist item no longer exists."))
        ids.remove(item_id)
        ids.insert(max(0, min(to_index, len(ids))), item_id)
        conn.executemany("UPDATE checklist_items SET position = ? WHERE id = ?",
                         [(-1 - n, i) for n, i in enumerate(ids)])  # no clash while renumbering
        conn.executemany("UPDATE checklist_items SET position = ? WHERE id = ?",
                         [(pos, i) for (_, pos), i in zip(rows, ids, strict=True)])


def delete_item(store: Store, item_id: str, *, now: datetime | None = None) -> None:
    """Move one of the user's own items to the trash (built-in ones can only be hidden)."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        get_item(conn, item_id, custom=True)
        conn.execute("UPDATE checklist_items SET deleted_at = ?, updated_at = ? WHERE id = ?", (stamp, stamp, item_id))


def restore_item(store: Store, item_id: str, *, now: datetime | None = None) -> ChecklistItem:
    _, stamp = now_stamp(now)
    with store.write() as conn:
        get_item(conn, item_id, deleted=True)
        conn.execute("UPDATE checklist_items SET deleted_at = NULL, updated_at = ? WHERE id = ?", (stamp, item_id))
        return get_item(conn, item_id)


@dataclass(frozen=True)
class Trash:
    shops: list[Shop]
    items: list[ChecklistItem]


def list_trash(store: Store) -> Trash:
    shops = [Shop(*row) for row in store.conn.execute(
        f"SELECT {_SHOP_COLUMNS} FROM shops WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC")]
    rows = store.conn.execute(f"SELECT {ITEM_COLUMNS} FROM checklist_items i WHERE i.deleted_at IS NOT NULL "
                              "ORDER BY i.deleted_at DESC")
    return Trash(shops, [item for item in map(item_from_row, rows) if item])


def empty_trash(store: Store) -> int:
    """Delete for good what is in the trash (a shop with its reviews and layout); return how many."""
    with store.write() as conn:
        items = conn.execute("DELETE FROM checklist_items WHERE deleted_at IS NOT NULL").rowcount
        return items + conn.execute("DELETE FROM shops WHERE deleted_at IS NOT NULL").rowcount


