"""The homepage planner (布局检查): a shop's modules top to bottom, and the rules that check them.

``check_layout`` is a pure function, cheap enough to run on every edit. Each finding carries
an English template marked for translation, its parameters and the modules it concerns, and
says why it matters (from the layout rules in domain.md §3). Severity: ``error`` where the
platform itself refuses the layout (a width 旺铺 does not allow), ``warning`` for advice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.storefront import (
    MAX_NOTES, MAX_TITLE, StorefrontError, check_code, check_screen, clean_text, new_id, now_stamp, one_row, pick,
    shop_row,
)

KINDS = {
    "signboard": ("店招", "Shop sign"),
    "nav": ("导航", "Navigation bar"),
    "carousel": ("海报/轮播", "Poster / carousel"),
    "coupon": ("优惠券", "Coupons"),
    "campaign": ("活动专区", "Campaign area"),
    "bestseller": ("爆款推荐", "Bestsellers"),
    "new_items": ("新品", "New items"),
    "category": ("分类导航", "Category navigation"),
    "ranking": ("宝贝排行", "Ranking list"),
    "service": ("客服中心", "Customer service centre"),
    "follow": ("收藏/关注", "Favourite / follow"),
    "owner_note": ("掌柜说", "Shopkeeper's notes"),
    "search": ("搜索", "Search"),
    "custom": ("自定义", "Custom"),
}
WIDTHS = (190, 750, 950)  # px: 旺铺's side column, main column, full width
FIRST_SCREENS = 3  # the screens that get most attention (页面1-3屏)
PROMOTION_KINDS = frozenset({"carousel", "coupon", "campaign"})
SHOWCASE_KINDS = frozenset({"bestseller", "new_items"})
MAX_SHOWCASE_BLOCKS = 3  # more bestseller / new-item blocks than this is "too many"
MAX_MODULES = 15  # more modules than this is a slow, crowded page
WIDTH_RULE_PLATFORMS = frozenset({"taobao", "tmall"})  # 旺铺 constrains widths; others are not checked
WANGPU_WIDTHS = {  # kinds not listed may take any of WIDTHS
    "ranking": (190,), "category": (190,), "service": (190,),
    "carousel": WIDTHS, "bestseller": WIDTHS, "search": WIDTHS,
}
# A homepage without one of these kinds gets the finding; each text says why the module matters.
MUST_HAVE = (
    ("service", "no_service", QT_TRANSLATE_NOOP(
        "core", "No customer service centre. Interaction modules are indispensable: a buyer with a question "
                "must reach 客服 at once (in the header, middle and footer, or a floating list).")),
    ("follow", "no_follow", QT_TRANSLATE_NOOP(
        "core", "No favourite / follow module. Interaction modules are indispensable: favourites and followers "
                "bring buyers back to the shop.")),
    ("search", "no_search", QT_TRANSLATE_NOOP(
        "core", "No search. Buyers need search and category navigation to find the products: header "
                "navigation and search (页头导航及搜索) is a required module.")),
    ("category", "no_category_nav", QT_TRANSLATE_NOOP(
        "core", "No category navigation. Buyers need search and category navigation: product navigation "
                "should list the categories in detail.")),
)
_KEEP = object()  # "leave as it is", where None is a real value (no width)


@dataclass(frozen=True)
class Module:
    id: str
    shop_id: str
    position: int  # 0 = top of the page
    kind: str  # a KINDS code
    screen: int  # 1-3, or 4: below the third screen
    width: int | None  # one of WIDTHS, None when not set
    title: str = ""
    notes: str = ""

    def name(self, lang: str) -> str:
        return self.title or pick(KINDS[self.kind], lang)


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # "error" or "warning"
    template: str  # English, marked with QT_TRANSLATE_NOOP("core", ...)
    params: dict[str, object] = field(default_factory=dict)  # "kind" holds a KINDS code
    module_ids: tuple[str, ...] = ()


def finding_text(finding: Finding, lang: str = "en", translate: Callable[[str], str] | None = None) -> str:
    """The finding as a sentence. ``translate`` turns the English template into ``lang`` (the
    GUI passes ``lambda t: QCoreApplication.translate("core", t)``); kind codes become names."""
    params = dict(finding.params)
    if "kind" in params:
        params["kind"] = pick(KINDS[str(params["kind"])], lang)
    return (translate(finding.template) if translate else finding.template).format(**params)


def check_layout(modules: Sequence[Module], platform: str) -> list[Finding]:
    """What is wrong with a homepage layout, errors first; [] when nothing is.

    An empty layout gives one finding, ``empty_layout``, instead of every "missing" warning.
    """
    if not modules:
        return [Finding("empty_layout", "warning", QT_TRANSLATE_NOOP(
            "core", "The layout is empty. Add the homepage's modules from the top down; they are checked as you go."))]
    findings = []
    if platform in WIDTH_RULE_PLATFORMS:
        for m in modules:
            allowed = WANGPU_WIDTHS.get(m.kind, WIDTHS)
            if m.width is not None and m.width not in allowed:
                findings.append(Finding("width_not_allowed", "error", QT_TRANSLATE_NOOP(
                    "core", "{kind} is {width} px wide, but Taobao and Tmall shops (旺铺) only allow this module "
                            "at {allowed} px."),
                    {"kind": m.kind, "width": m.width, "allowed": "/".join(map(str, allowed))}, (m.id,)))
    kinds = {m.kind for m in modules}
    if not any(m.kind in PROMOTION_KINDS and m.screen <= FIRST_SCREENS for m in modules):
        findings.append(Finding("no_promotion_first_screens", "warning", QT_TRANSLATE_NOOP(
            "core", "No promotion (poster, coupons or campaign area) in screens 1–3. Shop events and offers belong "
                    "in the most prominent place: the first screens get most of the buyers' attention."),
            {}, tuple(m.id for m in modules if m.kind in PROMOTION_KINDS)))
    showcases = tuple(m.id for m in modules if m.kind in SHOWCASE_KINDS)
    if len(showcases) > MAX_SHOWCASE_BLOCKS:
        findings.append(Finding("too_many_showcases", "warning", QT_TRANSLATE_NOOP(
            "core", "{count} bestseller and new-item blocks (more than {limit}). Too many recommendation blocks hide "
                    "the rest of the shop: use keywords and navigation to send buyers to the categories instead."),
            {"count": len(showcases), "limit": MAX_SHOWCASE_BLOCKS}, showcases))
    findings += [Finding(code, "warning", template) for kind, code, template in MUST_HAVE if kind not in kinds]
    if len(modules) > MAX_MODULES:
        findings.append(Finding("too_many_modules", "warning", QT_TRANSLATE_NOOP(
            "core", "{count} modules (more than {limit}). Piling up modules slows the page and hides the products."),
            {"count": len(modules), "limit": MAX_MODULES}))
    return findings


# --- storage ----------------------------------------------------------------------------------

_COLUMNS = "id, shop_id, position, kind, screen, width, title, notes"


def _module(conn, module_id: str) -> Module:
    return Module(*one_row(conn, f"SELECT {_COLUMNS} FROM layout_modules WHERE id = ?", (module_id,),
                           QT_TRANSLATE_NOOP("core", "This module is no longer on the layout.")))


def _fields(kind: str, screen: object, width: object, title: str, notes: str) -> tuple:
    check_code(kind, KINDS, QT_TRANSLATE_NOOP("core", "Unknown kind of module “{code}”."))
    if width is not None and (not isinstance(width, int) or isinstance(width, bool) or width not in WIDTHS):
        raise StorefrontError(QT_TRANSLATE_NOOP("core", "The width must be 190, 750 or 950 px, not “{value}”."),
                              value=width)
    return (kind, check_screen(screen, optional=False), width, clean_text(title, limit=MAX_TITLE),
            clean_text(notes, limit=MAX_NOTES))


def _renumber(conn, shop_id: str, ids: list[str]) -> None:
    conn.executemany("UPDATE layout_modules SET position = ? WHERE id = ? AND shop_id = ?",
                     [(n, module_id, shop_id) for n, module_id in enumerate(ids)])


def _ids(conn, shop_id: str) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT id FROM layout_modules WHERE shop_id = ? ORDER BY position", (shop_id,))]


def list_modules(store: Store, shop_id: str) -> list[Module]:
    """The shop's homepage modules, top to bottom."""
    return [Module(*row) for row in store.conn.execute(
        f"SELECT {_COLUMNS} FROM layout_modules WHERE shop_id = ? ORDER BY position", (shop_id,))]


def check_shop_layout(store: Store, shop_id: str) -> list[Finding]:
    return check_layout(list_modules(store, shop_id), shop_row(store.conn, shop_id).platform)


def add_module(store: Store, shop_id: str, *, kind: str, screen: int, width: int | None = None, title: str = "",
               notes: str = "", index: int | None = None, now: datetime | None = None) -> Module:
    """Add a module at ``index`` (clamped; None: at the bottom)."""
    _, stamp = now_stamp(now)
    fields = _fields(kind, screen, width, title, notes)
    with store.write() as conn:
        shop_row(conn, shop_id)
        module_id, ids = new_id(), _ids(conn, shop_id)
        conn.execute("INSERT INTO layout_modules (id, shop_id, position, kind, screen, width, title, notes, "
                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (module_id, shop_id, len(ids), *fields, stamp, stamp))
        ids.insert(len(ids) if index is None else max(0, min(index, len(ids))), module_id)
        _renumber(conn, shop_id, ids)
        return _module(conn, module_id)


def update_module(store: Store, module_id: str, *, kind: str | None = None, screen: int | None = None,
                  width: object = _KEEP, title: str | None = None, notes: str | None = None,
                  now: datetime | None = None) -> Module:
    """Change what is given (``width=None`` clears the width)."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        old = _module(conn, module_id)
        fields = _fields(old.kind if kind is None else kind, old.screen if screen is None else screen,
                         old.width if width is _KEEP else width, old.title if title is None else title,
                         old.notes if notes is None else notes)
        conn.execute("UPDATE layout_modules SET kind = ?, screen = ?, width = ?, title = ?, notes = ?, "
                     "updated_at = ? WHERE id = ?", (*fields, stamp, module_id))
        return _module(conn, module_id)


def move_module(store: Store, module_id: str, to_index: int) -> None:
    """Move a module to ``to_index`` of the shop's list (clamped), as a drag and drop does."""
    with store.write() as conn:
        shop_id = _module(conn, module_id).shop_id
        ids = _ids(conn, shop_id)
        ids.remove(module_id)
        ids.insert(max(0, min(to_index, len(ids))), module_id)
        _renumber(conn, shop_id, ids)


def remove_module(store: Store, module_id: str) -> Module:
    """Take a module off the layout; returns it, so an undo can add it back at its position."""
    with store.write() as conn:
        module = _module(conn, module_id)
        conn.execute("DELETE FROM layout_modules WHERE id = ?", (module_id,))
        _renumber(conn, module.shop_id, _ids(conn, module.shop_id))
        return module
