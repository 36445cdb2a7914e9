"""在推检查 and 下架换链通知: which of our products each affiliate promotes, the daily check of
their links, and telling the affiliates who promote a product before it is taken down.

The brief says to check affiliates' sites every day, so a link whose last check is older than a
day (or that was never checked) is *stale* and comes first. A link found taken down or broken
can plan a follow-up asking the affiliate to relink. Every write is one transaction; bad input
raises a ``PromoCheckError`` and changes nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.core import follow_ups
from app.core.affiliate_codes import CHECK_RESULTS
from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.records import now_stamp, pick

MAX_URL, MAX_NOTE = 2000, 500
STALE_HOURS = 24  # "check their sites every day"
ORDER_DAYS = 30  # an affiliate with orders for the product this recently is promoting it
_URL = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?", re.IGNORECASE)


class PromoCheckError(UserError):
    """Bad input to the promotion checks; nothing was changed."""


@dataclass(frozen=True)
class PromoLink:
    affiliate_id: str
    affiliate_name: str
    product_id: str
    product_title: str
    url: str
    checked_at: str | None  # None: never checked
    result: str | None  # a CHECK_RESULTS code; None: never checked
    checked_by: str
    created_at: str


@dataclass(frozen=True)
class PromotingAffiliate:
    """Someone to tell before a product goes: they link to it, or sold it lately, or both."""
    affiliate_id: str
    name: str
    linked: bool  # has a promo link not found taken down
    orders: int  # affiliate orders for the product's item ID in the last ORDER_DAYS days
    open_notice: bool  # already has an open 下架换链通知 for this product


def normalise_url(text: str) -> str:
    """The link as stored: trimmed, ``https://`` added when the scheme is missing; '' stays ''."""
    url = (text or "").strip()
    if not url:
        return ""
    if len(url) > MAX_URL:
        raise PromoCheckError(QT_TRANSLATE_NOOP("core", "The link is too long: at most {limit} characters."),
                              limit=MAX_URL)
    if not re.match(r"[a-z][a-z0-9+.-]*://", url, re.IGNORECASE):
        url = "https://" + url
    if not _URL.fullmatch(url):
        raise PromoCheckError(QT_TRANSLATE_NOOP("core", "“{text}” is not a web link (like https://example.com/item)."),
                              text=text.strip()[:60])
    return url


def is_stale(checked_at: str | None, *, now: datetime | None = None, max_age_hours: int = STALE_HOURS) -> bool:
    """True when the link was never checked or its last check is older than ``max_age_hours``."""
    return checked_at is None or checked_at < _cutoff(now, max_age_hours)


def _cutoff(now: datetime | None, max_age_hours: int) -> str:
    now, _ = now_stamp(now)
    return now_stamp(now - timedelta(hours=max_age_hours))[1]


def _require_affiliate(conn, affiliate_id: str) -> str:
    row = conn.execute("SELECT name FROM affiliates WHERE id = ? AND deleted_at IS NULL", (affiliate_id,)).fetchone()
    if row is None:
        raise PromoCheckError(QT_TRANSLATE_NOOP("core", "This affiliate no longer exists (it may have been deleted)."))
    return row[0]


def _require_product(conn, product_id: str) -> tuple[str, str, bool]:
    row = conn.execute("SELECT title, platform_item_id, listed FROM products WHERE id = ? AND deleted_at IS NULL",
                       (product_id,)).fetchone()
    if row is None:
        raise PromoCheckError(QT_TRANSLATE_NOOP("core", "This product no longer exists (it may have been deleted)."))
    return row[0], row[1], bool(row[2])


# -- links ------------------------------------------------------------------------------------

_COLUMNS = ("l.affiliate_id, a.name, l.product_id, p.title, l.url, l.checked_at, l.result, l.checked_by, "
            "l.created_at")
_NAMES = ("JOIN affiliates a ON a.id = l.affiliate_id AND a.deleted_at IS NULL "
          "JOIN products p ON p.id = l.product_id AND p.deleted_at IS NULL")
_SELECT = f"SELECT {_COLUMNS} FROM promo_links l {_NAMES}"
# Links of deleted affiliates or products are left out. Over many links, by the (small) trash
# rather than a lookup per link; one affiliate's few links are looked up one by one.
_LIVE = ("l.affiliate_id NOT IN (SELECT id FROM affiliates WHERE deleted_at IS NOT NULL) "
         "AND l.product_id NOT IN (SELECT id FROM products WHERE deleted_at IS NOT NULL)")
_LIVE_FEW = ("EXISTS (SELECT 1 FROM affiliates x WHERE x.id = l.affiliate_id AND x.deleted_at IS NULL) "
             "AND EXISTS (SELECT 1 FROM products x WHERE x.id = l.product_id AND x.deleted_at IS NULL)")
# Stale first: never checked (NULL sorts first), then the oldest check; an index on checked_at
# (affiliate_id, product_id being the key) would serve this order without sorting.
_ORDER = "l.checked_at, l.affiliate_id, l.product_id"
BADGE_CAP = 1000  # count_stale(cap=...): "999+" is enough for a badge and stays fast


def _link(conn, affiliate_id: str, product_id: str) -> PromoLink | None:
    row = conn.execute(f"{_SELECT} WHERE l.affiliate_id = ? AND l.product_id = ?",
                       (affiliate_id, product_id)).fetchone()
    return PromoLink(*row) if row else None


def add_link(store: Store, affiliate_id: str, product_id: str, *, url: str = "",
             now: datetime | None = None) -> PromoLink:
    """Record that the affiliate promotes the product (at ``url``); not yet checked."""
    _, stamp = now_stamp(now)
    url = normalise_url(url)
    with store.write() as conn:
        name = _require_affiliate(conn, affiliate_id)
        title = _require_product(conn, product_id)[0]
        if _link(conn, affiliate_id, product_id):
            raise PromoCheckError(QT_TRANSLATE_NOOP("core", "{name} is already listed as promoting “{title}”."),
                                  name=name, title=title)
        conn.execute("INSERT INTO promo_links (affiliate_id, product_id, url, created_at) VALUES (?, ?, ?, ?)",
                     (affiliate_id, product_id, url, stamp))
        return _link(conn, affiliate_id, product_id)


def set_url(store: Store, affiliate_id: str, product_id: str, url: str) -> PromoLink:
    url = normalise_url(url)
    with store.write() as conn:
        if not conn.execute("UPDATE promo_links SET url = ? WHERE affiliate_id = ? AND product_id = ?",
                            (url, affiliate_id, product_id)).rowcount:
            raise PromoCheckError(QT_TRANSLATE_NOOP("core", "This promotion link no longer exists."))
        return _link(conn, affiliate_id, product_id)


def remove_link(store: Store, affiliate_id: str, product_id: str) -> PromoLink:
    """Forget the link (its check history stays); returns it so ``restore_link`` can undo."""
    with store.write() as conn:
        link = _link(conn, affiliate_id, product_id)
        if link is None:
            raise PromoCheckError(QT_TRANSLATE_NOOP("core", "This promotion link no longer exists."))
        conn.execute("DELETE FROM promo_links WHERE affiliate_id = ? AND product_id = ?", (affiliate_id, product_id))
        return link


def restore_link(store: Store, link: PromoLink) -> PromoLink:
    """Undo ``remove_link``: the link comes back with its last check."""
    with store.write() as conn:
        _require_affiliate(conn, link.affiliate_id)
        _require_product(conn, link.product_id)
        conn.execute("INSERT OR REPLACE INTO promo_links (affiliate_id, product_id, url, checked_at, result, "
                     "checked_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (link.affiliate_id, link.product_id, link.url, link.checked_at, link.result, link.checked_by,
                      link.created_at))
        return _link(conn, link.affiliate_id, link.product_id)


def _filters(affiliate_id: str | None, product_id: str | None) -> tuple[str, list]:
    where, args = [_LIVE_FEW if affiliate_id else _LIVE], []
    if affiliate_id:
        where.append("l.affiliate_id = ?")
        args.append(affiliate_id)
    if product_id:
        where.append("l.product_id = ?")
        args.append(product_id)
    return " AND ".join(where), args


def _page(limit: int | None, offset: int) -> str:
    return "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"


def _list(store: Store, where: str, args: list, limit: int | None, offset: int) -> list[PromoLink]:
    # The page is cut from promo_links alone; names are looked up for its rows only.
    rows = store.conn.execute(
        f"SELECT {_COLUMNS} FROM (SELECT * FROM promo_links l WHERE {where} ORDER BY {_ORDER}{_page(limit, offset)}) l "
        f"{_NAMES} ORDER BY {_ORDER}", args)
    return [PromoLink(*row) for row in rows]


def _count(store: Store, where: str, args: list, cap: int | None) -> int:
    page = "" if cap is None else f" LIMIT {int(cap)}"
    return store.conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM promo_links l WHERE {where}{page})",
                              args).fetchone()[0]


def links(store: Store, affiliate_id: str | None = None, product_id: str | None = None, *,
          limit: int | None = None, offset: int = 0) -> list[PromoLink]:
    """Links of live affiliates to live products, stale first."""
    where, args = _filters(affiliate_id, product_id)
    return _list(store, where, args, limit, offset)


def count_links(store: Store, affiliate_id: str | None = None, product_id: str | None = None, *,
                cap: int | None = None) -> int:
    where, args = _filters(affiliate_id, product_id)
    return _count(store, where, args, cap)


def _stale_where(now, max_age_hours, affiliate_id, product_id) -> tuple[str, list]:
    where, args = _filters(affiliate_id, product_id)
    # coalesce, not "IS NULL OR <": one condition, which an index on checked_at would serve in order.
    return f"{where} AND coalesce(l.checked_at, '') < ?", [*args, _cutoff(now, max_age_hours)]


def stale_checks(store: Store, *, now: datetime | None = None, max_age_hours: int = STALE_HOURS,
                 affiliate_id: str | None = None, product_id: str | None = None,
                 limit: int | None = None, offset: int = 0) -> list[PromoLink]:
    """Links never checked or last checked more than ``max_age_hours`` ago, never-checked first."""
    where, args = _stale_where(now, max_age_hours, affiliate_id, product_id)
    return _list(store, where, args, limit, offset)


def count_stale(store: Store, *, now: datetime | None = None, max_age_hours: int = STALE_HOURS,
                affiliate_id: str | None = None, product_id: str | None = None, cap: int | None = None) -> int:
    """How many links are due a check (the page's badge); with ``cap``, counting stops there."""
    where, args = _stale_where(now, max_age_hours, affiliate_id, product_id)
    return _count(store, where, args, cap)


# -- checks -----------------------------------------------------------------------------------

def relink_text(product_title: str, result: str, lang: str = "zh_CN") -> str:
    """The follow-up asking an affiliate to relink a product found taken down or broken."""
    found = pick(CHECK_RESULTS[result], lang)
    return pick((f"在推检查：“{product_title}”{found}，请对方更换/重新上推广链接。",
                 f"Promotion check: “{product_title}” – {found.lower()}; ask them to relink it."), lang)


def record_check(store: Store, affiliate_id: str, product_id: str, result: str, *, note: str = "",
                 checked_by: str, now: datetime | None = None, relink_on: date | None = None,
                 lang: str = "zh_CN") -> str | None:
    """Log a check (history) and make it the link's last one. With ``relink_on``, a link found
    taken down or broken also gets an open 在推检查 follow-up due that day (unless one is open
    for this product already); returns that follow-up's id, else None."""
    if result not in CHECK_RESULTS:
        raise PromoCheckError(QT_TRANSLATE_NOOP("core", "Unknown check result “{result}”."), result=result)
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise PromoCheckError(QT_TRANSLATE_NOOP("core", "The note is too long: at most {limit} characters."),
                              limit=MAX_NOTE)
    now, stamp = now_stamp(now)
    with store.write() as conn:
        link = _link(conn, affiliate_id, product_id)
        if link is None:
            raise PromoCheckError(QT_TRANSLATE_NOOP("core", "This promotion link no longer exists."))
        conn.execute("INSERT INTO promo_checks (affiliate_id, product_id, result, checked_at, checked_by, note) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (affiliate_id, product_id, result, stamp, checked_by, note))
        conn.execute("UPDATE promo_links SET checked_at = ?, result = ?, checked_by = ? "
                     "WHERE affiliate_id = ? AND product_id = ?", (stamp, result, checked_by, affiliate_id, product_id))
        if relink_on is None or result == "listed" or _open_follow_up(conn, affiliate_id, product_id, "promo_check"):
            return None
        content = relink_text(link.product_title, result, lang) + (f" {note}" if note else "")
        return follow_ups.plan_follow_up(store, affiliate_id, due_on=relink_on, kind="promo_check", content=content,
                                         product_id=product_id, staff=checked_by, now=now)


def check_history(store: Store, affiliate_id: str, product_id: str, *, limit: int = 50) -> list[tuple]:
    """(checked_at, result, checked_by, note) of a link's checks, newest first."""
    return store.conn.execute(
        "SELECT checked_at, result, checked_by, note FROM promo_checks WHERE affiliate_id = ? AND product_id = ? "
        "ORDER BY checked_at DESC, id DESC LIMIT ?", (affiliate_id, product_id, int(limit))).fetchall()


# -- delisting notices (下架换链通知) -----------------------------------------------------------

def _open_follow_up(conn, affiliate_id: str, product_id: str, kind: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM follow_ups WHERE affiliate_id = ? AND done_at IS NULL AND deleted_at IS NULL "
        "AND kind = ? AND product_id = ? LIMIT 1", (affiliate_id, kind, product_id)).fetchone() is not None


def promoting_affiliates(store: Store, product_id: str, *, today: date | None = None,
                         days: int = ORDER_DAYS) -> list[PromotingAffiliate]:
    """Live affiliates with a link to the product not found taken down, plus those with affiliate
    orders for its item ID in the last ``days`` days; in name order."""
    conn = store.conn
    _, item_id, _ = _require_product(conn, product_id)
    linked = {r[0] for r in conn.execute(
        "SELECT affiliate_id FROM promo_links WHERE product_id = ? AND (result IS NULL OR result != 'removed')",
        (product_id,))}
    sold: dict[str, int] = {}
    if item_id:
        since = ((today or date.today()) - timedelta(days=days)).isoformat()
        # Materialised so the planner reads the day (or an item) index, not every order by affiliate.
        sold = dict(conn.execute(
            "WITH m AS MATERIALIZED (SELECT affiliate_id FROM affiliate_orders WHERE item_id = ? AND day >= ?) "
            "SELECT affiliate_id, count(*) FROM m WHERE affiliate_id IS NOT NULL GROUP BY affiliate_id",
            (item_id, since)).fetchall())
    rows = conn.execute(
        """SELECT a.id, a.name, EXISTS (SELECT 1 FROM follow_ups f WHERE f.affiliate_id = a.id AND f.done_at IS NULL
                  AND f.deleted_at IS NULL AND f.kind = 'delisting' AND f.product_id = ?)
           FROM affiliates a WHERE a.id IN (SELECT value FROM json_each(?)) AND a.deleted_at IS NULL
           ORDER BY a.sort_name, a.name, a.id""", (product_id, json.dumps(sorted(linked | set(sold)))))
    return [PromotingAffiliate(r[0], r[1], r[0] in linked, sold.get(r[0], 0), bool(r[2])) for r in rows]


def delisting_text(product_title: str, takedown_on: date | None = None, lang: str = "zh_CN") -> str:
    """The notice: the product is (or will be, on ``takedown_on``) taken down; please change links."""
    if takedown_on is None:
        return pick((f"“{product_title}”已下架，请尽快更换推广链接，以免影响您的推广收益。",
                     f"“{product_title}” has been taken down; please change your links soon so you "
                     f"do not lose commission."), lang)
    return pick((f"“{product_title}”将于{takedown_on.month}月{takedown_on.day}日下架，请提前更换推广链接，"
                 f"以免影响您的推广收益。",
                 f"“{product_title}” will be taken down on {takedown_on.isoformat()}; please change your "
                 f"links before then so you do not lose commission."), lang)


def create_delisting_notices(store: Store, product_id: str, affiliate_ids, *, due_on: date, staff: str,
                             note: str = "", now: datetime | None = None) -> int:
    """One open 下架换链通知 follow-up per affiliate, about this product, due ``due_on``, saying
    ``note`` (default: ``delisting_text``); affiliates who already have an open one for this
    product are skipped. One transaction; returns how many were created."""
    if not isinstance(due_on, date):
        raise PromoCheckError(QT_TRANSLATE_NOOP("core", "Choose the date the notices are due."))
    content = (note or "").strip()
    if len(content) > MAX_NOTE * 4:
        raise PromoCheckError(QT_TRANSLATE_NOOP("core", "The note is too long: at most {limit} characters."),
                              limit=MAX_NOTE * 4)
    created = 0
    with store.write() as conn:
        title = _require_product(conn, product_id)[0]
        content = content or delisting_text(title)
        for affiliate_id in dict.fromkeys(affiliate_ids):  # once each, in the order given
            _require_affiliate(conn, affiliate_id)
            if _open_follow_up(conn, affiliate_id, product_id, "delisting"):
                continue
            follow_ups.plan_follow_up(store, affiliate_id, due_on=due_on, kind="delisting", content=content,
                                      product_id=product_id, staff=staff, now=now)
            created += 1
    return created


# -- demo -------------------------------------------------------------------------------------

def load_demo(store: Store, *, today: date) -> None:
    """Links between the affiliates and products already present: some never checked, some
    checked days ago (stale), some checked this morning, one found broken."""
    conn = store.conn
    affiliates = [r[0] for r in conn.execute(
        "SELECT id FROM affiliates WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 6")]
    products = [r[0] for r in conn.execute(
        "SELECT id FROM products WHERE deleted_at IS NULL ORDER BY listed DESC, bestseller DESC, created_at, id "
        "LIMIT 3")]
    if not affiliates or not products:
        return
    morning = datetime.combine(today, datetime.min.time()).replace(hour=9)
    # (days since the check or None, result) for each link in turn.
    plan = [(None, None), (3, "listed"), (0, "listed"), (2, "broken"), (0, "listed"), (None, None), (5, "listed"),
            (0, "removed")]
    # Each affiliate's first product, then their second, …: every pair at most once.
    pairs = [(a, products[(i + turn) % len(products)]) for turn in range(len(products))
             for i, a in enumerate(affiliates)]
    with store.write():
        for (age, result), (affiliate_id, product_id) in zip(plan, pairs):
            if conn.execute("SELECT 1 FROM promo_links WHERE affiliate_id = ? AND product_id = ?",
                            (affiliate_id, product_id)).fetchone():
                continue
            url = f"https://guide.example.com/{affiliate_id[:6]}/item/{product_id[:8]}"
            add_link(store, affiliate_id, product_id, url=url, now=morning - timedelta(days=10))
            if result:
                record_check(store, affiliate_id, product_id, result, checked_by="客服小王",
                             now=morning - timedelta(days=age), relink_on=today if result == "broken" else None)
