"""The homepage planner: every layout rule case by case (present, absent, at and over its
limit, widths per platform), the findings' texts, and storing and ordering the modules."""

from __future__ import annotations

import ast
import dataclasses
import inspect
from datetime import datetime

import pytest

from app.core import storefront as sf
from app.core import storefront_layout as lay
from app.core.storefront import StorefrontError
from app.core.storefront_layout import MAX_MODULES, MAX_SHOWCASE_BLOCKS, Module, check_layout

NOW = datetime(2024, 11, 1, 9, 30)


def mod(kind: str, screen: int = 1, width: int | None = None, name: str = "") -> Module:
    return Module(name or f"{kind}-{screen}-{width}", "shop", 0, kind, screen, width)


# A page the rules have nothing to say about: promotion on screen 1, service, follow, search, categories.
GOOD = [mod("signboard", 1, 950), mod("carousel", 1, 950), mod("search", 1, 190), mod("category", 1, 190),
        mod("service", 2, 190), mod("follow", 2, 190), mod("bestseller", 2, 750)]


def codes(modules, platform="taobao") -> list[str]:
    return [f.code for f in check_layout(modules, platform)]


def without(*kinds: str) -> list[Module]:
    return [m for m in GOOD if m.kind not in kinds]


def test_a_good_layout_has_no_findings():
    assert check_layout(GOOD, "taobao") == []
    assert check_layout(GOOD, "pdd") == []


def test_an_empty_layout_gives_one_friendly_finding_only():
    [finding] = check_layout([], "taobao")
    assert (finding.code, finding.severity, finding.module_ids) == ("empty_layout", "warning", ())
    assert "empty" in lay.finding_text(finding)


# --- promotion in the first screens -------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(lay.PROMOTION_KINDS))
@pytest.mark.parametrize(("screen", "found"), [(1, False), (3, False), (4, True)])
def test_a_promotion_must_be_in_screens_1_to_3(kind, screen, found):
    modules = [*without("carousel"), mod(kind, screen, name="promo")]
    assert ("no_promotion_first_screens" in codes(modules)) is found
    if found:
        [finding] = check_layout(modules, "taobao")
        assert finding.module_ids == ("promo",)  # the one to move up
        assert finding.severity == "warning" and "most prominent place" in finding.template


def test_no_promotion_at_all_is_found_with_no_module_to_point_at():
    [finding] = check_layout(without("carousel"), "taobao")
    assert (finding.code, finding.module_ids) == ("no_promotion_first_screens", ())


def test_a_promotion_below_is_enough_when_another_is_on_top():
    assert codes([*GOOD, mod("coupon", 4)]) == []


# --- bestseller and new-item blocks -------------------------------------------------------


@pytest.mark.parametrize(("bestsellers", "new_items", "found"), [
    (1, 0, False), (3, 0, False), (2, 1, False),  # exactly at the limit
    (4, 0, True), (2, 2, True), (0, 4, True), (5, 3, True),
])
def test_not_too_many_bestseller_and_new_item_blocks(bestsellers, new_items, found):
    modules = without("bestseller") + [mod("bestseller", 2, name=f"b{n}") for n in range(bestsellers)] + [
        mod("new_items", 3, name=f"n{n}") for n in range(new_items)]
    findings = [f for f in check_layout(modules, "taobao") if f.code == "too_many_showcases"]
    assert bool(findings) is found
    if found:
        assert findings[0].params == {"count": bestsellers + new_items, "limit": MAX_SHOWCASE_BLOCKS}
        assert len(findings[0].module_ids) == bestsellers + new_items
        assert lay.finding_text(findings[0]).startswith(f"{bestsellers + new_items} bestseller and new-item blocks")


# --- modules that must be there -----------------------------------------------------------


@pytest.mark.parametrize(("kind", "code", "why"), [
    ("service", "no_service", "Interaction modules are indispensable"),
    ("follow", "no_follow", "Interaction modules are indispensable"),
    ("search", "no_search", "search"),
    ("category", "no_category_nav", "list the categories in detail"),
])
def test_a_missing_module_is_found_and_explained(kind, code, why):
    assert code not in codes(GOOD)
    [finding] = check_layout(without(kind), "taobao")
    assert (finding.code, finding.severity) == (code, "warning")
    assert why in finding.template


def test_a_navigation_bar_is_not_category_navigation():
    assert codes([*without("category"), mod("nav", 1, 950)]) == ["no_category_nav"]


def test_several_missing_modules_are_all_found_in_a_fixed_order():
    assert codes([mod("carousel", 1)]) == ["no_service", "no_follow", "no_search", "no_category_nav"]


# --- too many modules ---------------------------------------------------------------------


@pytest.mark.parametrize(("count", "found"), [(MAX_MODULES - 1, False), (MAX_MODULES, False), (MAX_MODULES + 1, True)])
def test_too_many_modules_for_a_fast_page(count, found):
    modules = GOOD + [mod("custom", 3, name=f"c{n}") for n in range(count - len(GOOD))]
    assert len(modules) == count
    assert ("too_many_modules" in codes(modules)) is found
    if found:
        finding = check_layout(modules, "taobao")[-1]
        assert finding.params == {"count": MAX_MODULES + 1, "limit": MAX_MODULES}
        assert "slows the page" in finding.template


# --- widths on Taobao and Tmall -----------------------------------------------------------


@pytest.mark.parametrize("platform", ["taobao", "tmall"])
@pytest.mark.parametrize(("kind", "width", "allowed"), [
    ("ranking", 190, True), ("ranking", 750, False), ("ranking", 950, False),
    ("category", 190, True), ("category", 750, False), ("category", 950, False),
    ("service", 190, True), ("service", 750, False), ("service", 950, False),
    ("carousel", 190, True), ("carousel", 750, True), ("carousel", 950, True),
    ("bestseller", 190, True), ("bestseller", 750, True), ("bestseller", 950, True),
    ("search", 190, True), ("search", 750, True), ("search", 950, True),
    ("custom", 750, True), ("signboard", 950, True), ("ranking", None, True),
])
def test_a_width_wangpu_does_not_allow_is_an_error(platform, kind, width, allowed):
    modules = [*GOOD, mod(kind, 2, width, name="checked")]
    findings = [f for f in check_layout(modules, platform) if f.code == "width_not_allowed"]
    assert (findings == []) is allowed
    if not allowed:
        [finding] = findings
        assert (finding.severity, finding.module_ids) == ("error", ("checked",))
        assert finding.params == {"kind": kind, "width": width, "allowed": "190"}


@pytest.mark.parametrize("platform", ["jd", "pdd", "douyin", "weixin", "other"])
def test_widths_are_not_checked_on_other_platforms(platform):
    assert codes([*GOOD, mod("ranking", 2, 950), mod("service", 2, 750)], platform) == []


def test_errors_come_before_warnings():
    modules = [*without("follow"), mod("service", 2, 950, name="wide")]
    assert [(f.code, f.severity) for f in check_layout(modules, "tmall")] == [
        ("width_not_allowed", "error"), ("no_follow", "warning")]


# --- texts --------------------------------------------------------------------------------


def test_a_finding_reads_in_either_language():
    [finding] = check_layout([*GOOD, mod("category", 1, 950)], "taobao")
    assert lay.finding_text(finding, "en") == (
        "Category navigation is 950 px wide, but Taobao and Tmall shops (旺铺) only allow this module at 190 px.")
    zh = {finding.template: "{kind}宽 {width} 像素，但淘宝、天猫旺铺只允许 {allowed} 像素。"}
    assert lay.finding_text(finding, "zh_CN", zh.get) == "分类导航宽 950 像素，但淘宝、天猫旺铺只允许 190 像素。"


def _marked_templates() -> set[str]:
    tree = ast.parse(inspect.getsource(lay))
    return {node.args[1].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
            and isinstance(node.args[1], ast.Constant) and node.args[0].value == "core"}


def test_every_finding_template_is_a_literal_marked_for_translation():
    layouts = [[], [mod("coupon", 4), mod("ranking", 1, 750)] + [mod("bestseller")] * 4 + [mod("custom")] * 12]
    found = {f.code: f.template for modules in layouts for f in check_layout(modules, "tmall")}
    assert set(found) == {"empty_layout", "width_not_allowed", "no_promotion_first_screens", "too_many_showcases",
                          "no_service", "no_follow", "no_search", "no_category_nav", "too_many_modules"}
    assert set(found.values()) <= _marked_templates()


# --- storing the layout -------------------------------------------------------------------


@pytest.fixture
def shop(store):
    return sf.add_shop(store, name="阿美手工饰品", platform="taobao", now=NOW)


def dump(store):
    return store.conn.execute("SELECT * FROM layout_modules ORDER BY shop_id, position").fetchall()


def kinds(store, shop_id) -> list[str]:
    modules = lay.list_modules(store, shop_id)
    assert [m.position for m in modules] == list(range(len(modules)))
    return [m.kind for m in modules]


def test_modules_are_added_moved_updated_and_removed_in_order(store, shop):
    sign = lay.add_module(store, shop.id, kind="signboard", screen=1, width=950, title=" 店招 ", now=NOW)
    assert (sign.position, sign.title, sign.width, sign.notes) == (0, "店招", 950, "")
    lay.add_module(store, shop.id, kind="carousel", screen=1)
    search = lay.add_module(store, shop.id, kind="search", screen=1, width=190, index=1)
    lay.add_module(store, shop.id, kind="follow", screen=4, index=-3)  # clamped: the top
    assert kinds(store, shop.id) == ["follow", "signboard", "search", "carousel"]

    lay.move_module(store, search.id, 99)
    assert kinds(store, shop.id) == ["follow", "signboard", "carousel", "search"]
    lay.move_module(store, search.id, 0)
    assert kinds(store, shop.id) == ["search", "follow", "signboard", "carousel"]

    changed = lay.update_module(store, search.id, kind="category", width=None, notes="左栏")
    assert (changed.kind, changed.screen, changed.width, changed.notes) == ("category", 1, None, "左栏")
    assert changed.position == 0
    assert lay.update_module(store, search.id, screen=2).width is None

    removed = lay.remove_module(store, sign.id)
    assert removed == dataclasses.replace(sign, position=2)
    assert kinds(store, shop.id) == ["category", "follow", "carousel"]
    again = lay.add_module(store, shop.id, kind=removed.kind, screen=removed.screen, width=removed.width,
                           title=removed.title, index=removed.position)  # undo
    assert kinds(store, shop.id) == ["category", "follow", "signboard", "carousel"] and again.title == "店招"


def test_each_shop_has_its_own_layout_and_platform(store, shop):
    other = sf.add_shop(store, name="小林家居旗舰店", platform="jd")
    for shop_id in (shop.id, other.id):
        lay.add_module(store, shop_id, kind="ranking", screen=1, width=750)
    assert [m.kind for m in lay.list_modules(store, other.id)] == ["ranking"]
    assert "width_not_allowed" in {f.code for f in lay.check_shop_layout(store, shop.id)}
    assert "width_not_allowed" not in {f.code for f in lay.check_shop_layout(store, other.id)}


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"kind": "banner"}, "Unknown kind of module “banner”"),
    ({"kind": "搜索"}, "Unknown kind of module"),
    ({"screen": 0}, "screen must be 1, 2, 3 or 4"),
    ({"screen": 5}, "screen must be 1, 2, 3 or 4"),
    ({"screen": None}, "screen must be 1, 2, 3 or 4"),
    ({"width": 300}, "width must be 190, 750 or 950"),
    ({"width": 0}, "width must be 190, 750 or 950"),
    ({"width": 190.0}, "width must be 190, 750 or 950"),
    ({"width": "190"}, "width must be 190, 750 or 950"),
    ({"title": "标" * 201}, "too long"),
])
def test_a_bad_module_is_refused_and_changes_nothing(store, shop, kwargs, message):
    module = lay.add_module(store, shop.id, kind="search", screen=1, width=190)
    before = dump(store)
    with pytest.raises(StorefrontError, match=message):
        lay.add_module(store, shop.id, **{"kind": "search", "screen": 1, **kwargs})
    if kwargs != {"screen": None}:  # to update_module, None means "leave the screen as it is"
        with pytest.raises(StorefrontError, match=message):
            lay.update_module(store, module.id, **kwargs)
    assert dump(store) == before


def test_modules_of_a_missing_shop_or_gone_modules_are_refused(store, shop):
    with pytest.raises(StorefrontError, match="shop no longer exists"):
        lay.add_module(store, "nope", kind="search", screen=1)
    for action in (lambda: lay.move_module(store, "nope", 0), lambda: lay.remove_module(store, "nope"),
                   lambda: lay.update_module(store, "nope", screen=1)):
        with pytest.raises(StorefrontError, match="no longer on the layout"):
            action()
    assert dump(store) == []
