"""Per-shop checklist states, kept in reviews; progress, staleness, comparison and CSV export.

Every shop has one current review (opened with the shop). ``start_review`` closes it and opens
the next with every status back to 未做 (todo), the notes empty and the screen carried over;
closed reviews stay as they were, so two reviews can be compared. A state row exists only
once something was set: a missing row reads as 未做, never checked.

Also here: the storefront's demo data (``load_demo``), which needs all of the above.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from app.core import csv_export
from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.storefront import (
    ITEM_COLUMNS, MAX_NAME, MAX_NOTES, SCREENS, STATUSES, ChecklistItem, StorefrontError, add_item, add_shop,
    check_code, check_screen, clean_text, ensure_builtin_items, get_item, group_name, item_from_row, now_stamp,
    one_row, open_review, pick, shop_row, visible_items,
)

STALE_DAYS = 30  # an item not checked for longer than this is stale (过期)
REQUIRED_WEIGHT = 3  # a required module (必备模块) counts three times in the score
CAMPAIGN_LEAD_DAYS = 7  # a campaign starting within this many days lists the shop's stale items
CHANGES = {"improved": ("进步", "Improved"), "regressed": ("退步", "Regressed"),
           "same": ("不变", "Same"), "changed": ("改变", "Changed")}
MAX_SCREENSHOT_BYTES = 10 * 1024 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_RANK = {"todo": 0, "doing": 1, "done": 2}  # 不适用 has no rank: a change to or from it is "changed"
_KEEP = object()  # "leave as it is", where None is a real value (no screen)


@dataclass(frozen=True)
class Review:
    id: str
    shop_id: str
    number: int  # 1, 2, 3, ... per shop
    started_at: str  # ISO local time
    started_by: str
    closed_at: str | None  # None: the shop's current review

    def as_of(self, today: date) -> date:
        """The day staleness is measured on: today, or the day a closed review was closed."""
        return date.fromisoformat(self.closed_at[:10]) if self.closed_at else today


@dataclass(frozen=True)
class ItemState:
    item: ChecklistItem
    status: str  # a STATUSES code
    screen: int | None  # 1-3, or 4: below the third screen
    notes: str
    checked_at: date | None
    checked_by: str
    has_screenshot: bool
    stale: bool


@dataclass(frozen=True)
class Progress:
    done: int
    doing: int
    applicable: int  # items not 不适用
    required_done: int
    required_total: int  # applicable required modules
    score: int  # 0-100, required items weigh REQUIRED_WEIGHT; 0 when nothing applies
    stale: int


@dataclass(frozen=True)
class ReviewSummary:
    review: Review
    progress: Progress


@dataclass(frozen=True)
class ItemComparison:
    item: ChecklistItem
    status_a: str
    status_b: str
    change: str  # a CHANGES code, from review a to review b


def is_stale(status: str, checked_at: date | None, today: date) -> bool:
    """Whether an item needs checking again.

    不适用 (na) is never stale: it counts nowhere. 未做 (todo) is always stale, as is an item
    never checked. Otherwise it is stale when last checked more than STALE_DAYS days before
    ``today``: checked exactly 30 days ago is still fresh, 31 days ago is stale.
    """
    if status == "na":
        return False
    return status == "todo" or checked_at is None or (today - checked_at).days > STALE_DAYS


def progress(states: Iterable[ItemState]) -> Progress:
    """Done / applicable, and the score: weighted done / weighted applicable × 100, rounded half up."""
    done = doing = applicable = required_done = required_total = stale = weight = weight_done = 0
    for state in states:
        stale += state.stale
        if state.status == "na":
            continue
        w = REQUIRED_WEIGHT if state.item.required else 1
        finished = state.status == "done"
        applicable += 1
        weight += w
        done += finished
        weight_done += w * finished
        doing += state.status == "doing"
        required_total += state.item.required
        required_done += state.item.required and finished
    score = (200 * weight_done + weight) // (2 * weight) if weight else 0
    return Progress(done, doing, applicable, required_done, required_total, score, stale)


def change(status_a: str, status_b: str) -> str:
    if status_a == status_b:
        return "same"
    if status_a in _RANK and status_b in _RANK:
        return "improved" if _RANK[status_b] > _RANK[status_a] else "regressed"
    return "changed"


# --- reviews ----------------------------------------------------------------------------------

_REVIEW_COLUMNS = "id, shop_id, number, created_at, started_by, closed_at"


def _review(conn, review_id: str) -> Review:
    return Review(*one_row(conn, f"SELECT {_REVIEW_COLUMNS} FROM reviews WHERE id = ?", (review_id,),
                           QT_TRANSLATE_NOOP("core", "This review no longer exists.")))


def _current(conn, shop_id: str) -> Review | None:
    row = conn.execute(f"SELECT {_REVIEW_COLUMNS} FROM reviews WHERE shop_id = ? AND closed_at IS NULL",
                       (shop_id,)).fetchone()
    return Review(*row) if row else None


def _current_or_open(conn, shop_id: str, stamp: str) -> Review:
    shop_row(conn, shop_id)
    return _current(conn, shop_id) or _review(conn, open_review(conn, shop_id, "", stamp))


def current_review(store: Store, shop_id: str) -> Review:
    """The shop's open review (opened here only if the shop somehow has none)."""
    shop_row(store.conn, shop_id)
    review = _current(store.conn, shop_id)
    if review is not None:
        return review
    with store.write() as conn:
        return _current_or_open(conn, shop_id, now_stamp(None)[1])


def start_review(store: Store, shop_id: str, *, staff: str, now: datetime | None = None) -> Review:
    """Close the current review and open the next: statuses 未做, notes empty, screens kept."""
    _, stamp = now_stamp(now)
    staff = clean_text(staff, limit=MAX_NAME)
    with store.write() as conn:
        old = _current_or_open(conn, shop_id, stamp)
        conn.execute("UPDATE reviews SET closed_at = ?, updated_at = ? WHERE id = ?", (stamp, stamp, old.id))
        new = open_review(conn, shop_id, staff, stamp)
        conn.execute("INSERT INTO review_states (review_id, item_id, screen, updated_at) "
                     "SELECT ?, item_id, screen, ? FROM review_states WHERE review_id = ? AND screen IS NOT NULL",
                     (new, stamp, old.id))
        return _review(conn, new)


def list_reviews(store: Store, shop_id: str, *, today: date | None = None) -> list[ReviewSummary]:
    """The shop's reviews, newest (the current one) first, each with its progress."""
    shop_row(store.conn, shop_id)
    reviews = [Review(*row) for row in store.conn.execute(
        f"SELECT {_REVIEW_COLUMNS} FROM reviews WHERE shop_id = ? ORDER BY number DESC", (shop_id,))]
    today = today or date.today()
    return [ReviewSummary(r, progress(_states(store.conn, shop_id, r, today))) for r in reviews]


# --- states -----------------------------------------------------------------------------------


def _states(conn, shop_id: str, review: Review, today: date, *, include_hidden: bool = False,
            item_id: str | None = None) -> list[ItemState]:
    where, args = visible_items(shop_id, include_hidden)
    if item_id is not None:
        where, args = where + " AND i.id = ?", (*args, item_id)
    rows = conn.execute(
        f"SELECT {ITEM_COLUMNS}, s.status, s.screen, s.notes, s.checked_at, s.checked_by, p.item_id IS NOT NULL "
        "FROM checklist_items i LEFT JOIN review_states s ON s.review_id = ? AND s.item_id = i.id "
        "LEFT JOIN review_screenshots p ON p.review_id = s.review_id AND p.item_id = i.id "
        f"WHERE {where} ORDER BY i.position", (review.id, *args))
    as_of, states = review.as_of(today), []
    for row in rows:
        item = item_from_row(row)
        if item is None:
            continue
        status, screen, notes, checked, checked_by, has_shot = row[9:]
        status = status or "todo"
        checked_at = date.fromisoformat(checked) if checked else None
        states.append(ItemState(item, status, screen, notes or "", checked_at, checked_by or "", bool(has_shot),
                                is_stale(status, checked_at, as_of)))
    return states


def checklist(store: Store, shop_id: str, *, today: date | None = None, review_id: str | None = None,
              include_hidden: bool = False) -> list[ItemState]:
    """The shop's checklist in the user's order, with the states of its current review (or of
    ``review_id``; a closed review's staleness is as of the day it was closed)."""
    review = _review(store.conn, review_id) if review_id else current_review(store, shop_id)
    if review.shop_id != shop_id:
        raise StorefrontError(QT_TRANSLATE_NOOP("core", "This review no longer exists."))
    return _states(store.conn, shop_id, review, today or date.today(), include_hidden=include_hidden)


def _state(conn, shop_id: str, review: Review, item_id: str, today: date) -> ItemState:
    get_item(conn, item_id)
    found = _states(conn, shop_id, review, today, include_hidden=True, item_id=item_id)
    if not found:  # another shop's own item
        raise StorefrontError(QT_TRANSLATE_NOOP("core", "This checklist item is not on this shop's checklist."))
    return found[0]


def set_state(store: Store, shop_id: str, item_id: str, *, staff: str, status: str | None = None,
              screen: object = _KEEP, notes: str | None = None, now: datetime | None = None) -> ItemState:
    """Change an item's state in the shop's current review; what is not given stays.

    Giving a status (even the same one again) records a check: today's date and ``staff``.
    Changing only the screen (None clears it) or the notes does not.
    """
    now, stamp = now_stamp(now)
    if status is not None:
        check_code(status, STATUSES, QT_TRANSLATE_NOOP("core", "Unknown status “{code}”."))
    screen = screen if screen is _KEEP else check_screen(screen, optional=True)
    notes = None if notes is None else clean_text(notes, limit=MAX_NOTES)
    staff = clean_text(staff, limit=MAX_NAME)
    with store.write() as conn:
        review = _current_or_open(conn, shop_id, stamp)
        old = _state(conn, shop_id, review, item_id, now.date())
        checked = (now.date().isoformat(), staff) if status is not None else (
            old.checked_at.isoformat() if old.checked_at else None, old.checked_by)
        conn.execute(
            "INSERT INTO review_states (review_id, item_id, status, screen, notes, checked_at, checked_by, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (review_id, item_id) DO UPDATE SET status = excluded.status,"
            " screen = excluded.screen, notes = excluded.notes, checked_at = excluded.checked_at,"
            " checked_by = excluded.checked_by, updated_at = excluded.updated_at",
            (review.id, item_id, status or old.status, old.screen if screen is _KEEP else screen,
             old.notes if notes is None else notes, *checked, stamp))
        return _state(conn, shop_id, review, item_id, now.date())


def set_screenshot(store: Store, shop_id: str, item_id: str, png: bytes | None, *,
                   now: datetime | None = None) -> None:
    """Attach a PNG to the item in the current review (replacing one), or remove it (None)."""
    _, stamp = now_stamp(now)
    if png is not None and bytes(png[:8]) != PNG_MAGIC:
        raise StorefrontError(QT_TRANSLATE_NOOP("core", "The screenshot is not a PNG image."))
    if png is not None and len(png) > MAX_SCREENSHOT_BYTES:
        raise StorefrontError(QT_TRANSLATE_NOOP("core", "The screenshot is too large: at most {limit} MB."),
                              limit=MAX_SCREENSHOT_BYTES // 2**20)
    with store.write() as conn:
        review = _current_or_open(conn, shop_id, stamp)
        _state(conn, shop_id, review, item_id, date.today())
        conn.execute("INSERT OR IGNORE INTO review_states (review_id, item_id, updated_at) VALUES (?, ?, ?)",
                     (review.id, item_id, stamp))
        conn.execute("DELETE FROM review_screenshots WHERE review_id = ? AND item_id = ?", (review.id, item_id))
        if png is not None:
            conn.execute("INSERT INTO review_screenshots (review_id, item_id, png, added_at) VALUES (?, ?, ?, ?)",
                         (review.id, item_id, bytes(png), stamp))


def screenshot(store: Store, review_id: str, item_id: str) -> bytes | None:
    row = store.conn.execute("SELECT png FROM review_screenshots WHERE review_id = ? AND item_id = ?",
                             (review_id, item_id)).fetchone()
    return row[0] if row else None


# --- what the other screens ask -----------------------------------------------------------


def compare_reviews(store: Store, review_a_id: str, review_b_id: str) -> list[ItemComparison]:
    """Each item of the shop's checklist with its status in review a and in review b."""
    a, b = _review(store.conn, review_a_id), _review(store.conn, review_b_id)
    if a.shop_id != b.shop_id:
        raise StorefrontError(QT_TRANSLATE_NOOP("core", "These two reviews belong to different shops."))
    today = date.today()
    before = {s.item.id: s.status for s in _states(store.conn, a.shop_id, a, today)}
    return [ItemComparison(s.item, before[s.item.id], s.status, change(before[s.item.id], s.status))
            for s in _states(store.conn, b.shop_id, b, today)]


def shop_progress(store: Store, *, today: date | None = None) -> dict[str, Progress]:
    """Every shop's current progress (the score per shop), by shop id."""
    ids = [row[0] for row in store.conn.execute("SELECT id FROM shops WHERE deleted_at IS NULL")]
    return {shop_id: progress(checklist(store, shop_id, today=today)) for shop_id in ids}


def stale_before_campaign(store: Store, shop_id: str, *, campaign_start: date, today: date) -> list[ItemState]:
    """The shop's stale items, to do before a campaign starting in 0-CAMPAIGN_LEAD_DAYS days; else []."""
    if not 0 <= (campaign_start - today).days <= CAMPAIGN_LEAD_DAYS:
        return []
    return [state for state in checklist(store, shop_id, today=today) if state.stale]


def _screen_cell(screen: int | None, lang: str) -> object:
    """Screens 1-3 as numbers (they sort and filter in Excel), below them in words."""
    return "" if screen is None else screen if screen <= 3 else pick(SCREENS[screen], lang)


def checklist_table(store: Store, shop_id: str, *, lang: str = "zh_CN",
                    today: date | None = None) -> tuple[list[str], list[list[object]]]:
    """The checklist as a header and rows of cells, for the CSV (and later PDF) export."""
    header = pick((["分组", "检查项", "必备", "状态", "位置(屏)", "备注", "最后检查", "检查人"],
                   ["Group", "Item", "Required", "Status", "Screen", "Notes", "Last checked", "Checked by"]), lang)
    rows = [[group_name(s.item.group, lang), s.item.title(lang), pick(("是", "yes"), lang) if s.item.required else "",
             pick(STATUSES[s.status], lang), _screen_cell(s.screen, lang), s.notes,
             s.checked_at.isoformat() if s.checked_at else "", s.checked_by]
            for s in checklist(store, shop_id, today=today)]
    return header, rows


def export_checklist_csv(store: Store, shop_id: str, path: Path, *, lang: str = "zh_CN",
                         today: date | None = None) -> int:
    """Write the shop's checklist to ``path`` as CSV for Excel; return the number of items."""
    return csv_export.write_csv(path, *checklist_table(store, shop_id, lang=lang, today=today))


# --- demo data --------------------------------------------------------------------------------

# shop: (owner, {key: (status, checked days ago, screen, notes)}) in the shop's current review
_DEMO_STATES = {
    "小林家居旗舰店": ("小林", {
        "required.carousel": ("done", 4, 1, "双11主视觉已换"), "required.header_promo_nav": ("done", 4, 1, ""),
        "required.header_nav_search": ("done", 40, 1, ""),
        "required.service_centre": ("doing", 12, 3, "悬浮客服待上线"),
        "required.ranking": ("done", 35, 2, ""), "layout.few_recommendations": ("todo", 3, 2, "推荐位太多，要减"),
        "reading.first_three_screens": ("done", 6, None, ""),
        "follow.package_inserts": ("na", 44, None, "包裹卡由仓库统一做")}),
    "阿美手工饰品": ("阿美", {
        "required.carousel": ("done", 2, 1, ""), "required.service_centre": ("done", 2, 1, ""),
        "required.follow_notes_search": ("doing", 9, 2, "掌柜说文案在写"), "follow.left_sidebar": ("done", 20, 2, ""),
        "reading.no_module_pileup": ("doing", 15, None, "")}),
    "山里红土特产": ("红姐", {
        "required.carousel": ("done", 60, 1, ""), "required.ranking": ("done", 45, 2, ""),
        "layout.promotions_prominent": ("done", 33, 1, "年货节 满99减10"),
        "follow.homepage_banner": ("na", 40, None, "拼多多店铺不放公众号")}),
}


def load_demo(store: Store, *, today: date) -> None:
    """Three demo shops with a mix of states, stale items, a closed earlier review and layouts
    with a few warnings; into a database without shops (``app.core.demo`` checks)."""
    from app.core import storefront_layout as layout  # only here: layout needs nothing from this module

    def at(days_ago: int) -> datetime:
        return datetime.combine(today - timedelta(days=days_ago), time(10, 30))

    with store.write():
        ensure_builtin_items(store, now=at(90))
        xiaolin = add_shop(store, name="小林家居旗舰店", platform="tmall", url="https://xiaolinjiaju.tmall.com",
                           now=at(90))
        amei = add_shop(store, name="阿美手工饰品", platform="taobao", url="https://amei.taobao.com", now=at(60))
        shanli = add_shop(store, name="山里红土特产", platform="pdd", now=at(70))
        add_item(store, title="详情页首屏放买家秀和销量", reason="买家先看别人买了没有", group="详情页", now=at(30))
        add_item(store, title="首页写明产地直发和发货时间", group="山货特色", shop_id=shanli.id, now=at(30))
        for key in ("required.carousel", "required.ranking", "required.service_centre", "layout.alternate_modules"):
            set_state(store, xiaolin.id, key, staff="小林", status="done", screen=2, now=at(80))
        set_state(store, xiaolin.id, "follow.bottom_banner", staff="小林", status="doing", now=at(80))
        start_review(store, xiaolin.id, staff="小林", now=at(45))
        for shop in (xiaolin, amei, shanli):
            owner, states = _DEMO_STATES[shop.name]
            for key, (status, days, screen, notes) in states.items():
                set_state(store, shop.id, key, staff="客服小王" if days > 30 else owner,
                                  status=status, screen=screen, notes=notes, now=at(days))
        for shop_id, modules in (
            (xiaolin.id, [("signboard", 1, 950), ("nav", 1, 950), ("carousel", 1, 950), ("coupon", 1, 750),
                          ("search", 1, 190), ("bestseller", 2, 750), ("new_items", 2, 750), ("category", 2, 190),
                          ("ranking", 2, 190), ("service", 3, 750), ("bestseller", 3, 750), ("new_items", 3, 750)]),
            (amei.id, [("signboard", 1, 950), ("nav", 1, 950), ("search", 1, 190), ("category", 1, 190),
                       ("service", 1, 190), ("bestseller", 2, 750), ("follow", 2, 190), ("owner_note", 3, 190),
                       ("carousel", 4, 950)]),
        ):
            for kind, screen, width in modules:
                layout.add_module(store, shop_id, kind=kind, screen=screen, width=width, now=at(20))
