"""The storefront checklist: the built-in items from the brief, shops, the user's own items,
reviews of each shop, progress and staleness worked by hand, and the CSV export."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime, timedelta

import pytest

from app.core import demo, migrations
from app.core import storefront as sf
from app.core import storefront_layout as layout
from app.core import storefront_reviews as rv
from app.core.db import open_database
from app.core.storefront import StorefrontError
from tests.core.dbfiles import PNG

NOW = datetime(2024, 11, 1, 9, 30)
TODAY = NOW.date()
TABLES = ("shops", "checklist_items", "reviews", "review_states", "review_screenshots", "layout_modules")
CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture
def shop(store):
    return sf.add_shop(store, name="小林家居旗舰店", platform="tmall", url="https://xiaolin.tmall.com", now=NOW)


def dump(store) -> dict[str, list[tuple]]:
    return {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}


def states(store, shop_id, **kw) -> dict[str, rv.ItemState]:
    return {s.item.id: s for s in rv.checklist(store, shop_id, today=kw.pop("today", TODAY), **kw)}


def tick(store, shop_id, item_id, status, *, days_ago=0, **kw):
    return rv.set_state(store, shop_id, item_id, staff=kw.pop("staff", "阿美"), status=status,
                        now=NOW - timedelta(days=days_ago), **kw)


# --- the built-in items -------------------------------------------------------------------


def test_the_builtin_catalogue_holds_the_brief():
    items = sf.catalog()["items"]
    by_group: dict[str, list[dict]] = {}
    for item in items:
        by_group.setdefault(item["group"], []).append(item)
    assert {g: len(v) for g, v in by_group.items()} == {
        "required_modules": 6, "layout_rules": 5, "page_reading": 3, "follow_invites": 4}
    assert [i["key"] for i in items if i["required"]] == [i["key"] for i in by_group["required_modules"]]
    assert len({i["key"] for i in items}) == len(items)
    groups = {g["key"] for g in sf.catalog()["groups"]}
    assert set(by_group) | {sf.CUSTOM_GROUP} == groups
    for item in items:
        assert all(item[f].strip() for f in ("title_zh", "title_en", "reason_zh", "reason_en")), item["key"]
        assert CJK.search(item["title_zh"]) and CJK.search(item["reason_zh"]), item["key"]
        assert not CJK.search(item["reason_en"]), item["key"]
    titles = [i["title_zh"] for i in by_group["required_modules"]]
    assert titles == ["海报、轮播图", "页头活动导航", "页头导航及搜索", "客服中心", "排行榜",
                      "收藏、掌柜说、左右栏搜索"]
    reasons = {i["key"]: i["reason_en"] for i in items}
    assert "F shape (Nielsen)" in reasons["reading.f_pattern"]
    assert "first 1–3 screens" in reasons["reading.first_three_screens"]
    assert "slows the page and hides the products" in reasons["reading.no_module_pileup"]
    assert "less traffic" in reasons["follow.homepage_banner"]
    assert "ten-plus screens" in reasons["follow.bottom_banner"]
    assert reasons["follow.left_sidebar"] == "Narrow, limited."
    assert "unless well made" in reasons["follow.package_inserts"]


def test_a_new_database_has_the_storefront_tables_and_an_old_one_is_upgraded(tmp_path):
    old = tmp_path / "old.sqlite3"
    v1 = open_database(old, steps=migrations.MIGRATIONS[:1])
    v1.set_setting("shop", "小店")
    v1.close()
    store = open_database(old)
    try:
        assert store.schema_version == migrations.LATEST >= 2
        assert store.get_setting("shop") == "小店"
        assert all(store.conn.execute(f"SELECT count(*) FROM {t}").fetchone() == (0,) for t in TABLES)
    finally:
        store.close()


def test_ensure_builtin_items_is_idempotent_and_keeps_the_users_choices(store, monkeypatch):
    assert sf.ensure_builtin_items(store, now=NOW) == 18
    assert sf.ensure_builtin_items(store, now=NOW) == 0
    items = sf.list_items(store)
    assert [i.key for i in items] == [i["key"] for i in sf.catalog()["items"]]
    first, second = items[0], items[1]
    sf.update_item(store, first.id, hidden=True, group="首页")
    sf.move_item(store, second.id, 10)
    before = dump(store)

    # A later version of the app ships one more item: it is added last, nothing else moves.
    extra = {"key": "later.item", "group": "layout_rules", "required": False, "title_zh": "新检查项",
             "title_en": "New item", "reason_zh": "原因", "reason_en": "Reason"}
    monkeypatch.setattr(sf, "_builtins", lambda: {**{i["key"]: i for i in sf.catalog()["items"]}, "later.item": extra})
    assert sf.ensure_builtin_items(store, now=NOW) == 1
    assert sf.ensure_builtin_items(store, now=NOW) == 0
    after = dump(store)["checklist_items"]
    assert set(before["checklist_items"]) < set(after) and len(after) == len(before["checklist_items"]) + 1
    listed = sf.list_items(store, include_hidden=True)
    assert listed[-1].key == "later.item" and listed[-1].title_en == "New item"
    hidden = next(i for i in listed if i.id == first.id)
    assert (hidden.hidden, hidden.group) == (True, "首页")
    assert [i.id for i in listed].index(second.id) == 10


def test_ensure_builtin_items_takes_no_write_lock_when_nothing_is_missing(store, db_path):
    sf.ensure_builtin_items(store)
    other = open_database(db_path)  # another copy of the app, in the middle of a write
    try:
        other.conn.execute("BEGIN IMMEDIATE")
        store.conn.execute("PRAGMA busy_timeout = 50")
        assert sf.ensure_builtin_items(store) == 0  # the tab opens without waiting for it
        other.conn.execute("ROLLBACK")
    finally:
        other.close()


def test_builtin_text_comes_from_the_catalogue_not_the_database(store):
    sf.ensure_builtin_items(store)
    stored = store.conn.execute("SELECT count(*) FROM checklist_items WHERE title != '' OR reason != ''")
    assert stored.fetchone() == (0,)
    carousel = next(i for i in sf.list_items(store) if i.key == "required.carousel")
    assert (carousel.title("zh_CN"), carousel.title("en")) == ("海报、轮播图", "Poster / carousel")
    assert carousel.required and carousel.builtin and carousel.group == "required_modules"
    assert sf.group_name("required_modules", "zh_CN") == "必备模块"
    assert sf.group_name("required_modules", "en") == "Required modules"
    assert sf.group_name("我的分组", "en") == "我的分组"


# --- shops --------------------------------------------------------------------------------


def test_a_new_shop_has_its_current_review_and_the_builtin_items(store, shop):
    assert shop.name == "小林家居旗舰店" and shop.platform == "tmall" and shop.url == "https://xiaolin.tmall.com"
    assert shop.created_at == shop.updated_at == "2024-11-01T09:30:00" and shop.deleted_at is None
    assert re.fullmatch(r"[0-9a-f]{32}", shop.id)
    review = rv.current_review(store, shop.id)
    assert (review.number, review.closed_at) == (1, None)
    listed = rv.checklist(store, shop.id, today=TODAY)
    assert len(listed) == 18 and {s.status for s in listed} == {"todo"} and all(s.stale for s in listed)
    other = sf.add_shop(store, name="  阿美手工饰品 ", platform="taobao", now=NOW + timedelta(seconds=1))
    assert other.name == "阿美手工饰品"
    assert [s.name for s in sf.list_shops(store)] == ["小林家居旗舰店", "阿美手工饰品"]
    assert sf.PLATFORMS["pdd"] == ("拼多多", "Pinduoduo") and len(sf.PLATFORMS) == 7


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"name": "", "platform": "taobao"}, "Enter the shop's name"),
    ({"name": "  \u3000 ", "platform": "taobao"}, "Enter the shop's name"),
    ({"name": "新店", "platform": "amazon"}, "Unknown platform “amazon”"),
    ({"name": "新店", "platform": "淘宝"}, "Unknown platform"),
    ({"name": "小林家居旗舰店", "platform": "taobao"}, "already a shop named “小林家居旗舰店”"),
    ({"name": "店" * 61, "platform": "taobao"}, "too long: at most 60 characters"),
    ({"name": "新店", "platform": "taobao", "url": "x" * 201}, "too long"),
])
def test_a_bad_shop_is_refused_and_changes_nothing(store, shop, kwargs, message):
    other = sf.add_shop(store, name="阿美手工饰品", platform="taobao")
    before = dump(store)
    with pytest.raises(StorefrontError, match=message):
        sf.add_shop(store, **kwargs)
    with pytest.raises(StorefrontError, match=message):
        sf.update_shop(store, other.id, **kwargs)
    assert dump(store) == before


def test_a_shop_can_be_renamed_but_not_to_another_shops_name(store, shop):
    other = sf.add_shop(store, name="阿美手工饰品", platform="taobao")
    renamed = sf.update_shop(store, shop.id, name="小林家居", platform="taobao", now=NOW + timedelta(days=1))
    assert (renamed.name, renamed.platform, renamed.updated_at) == ("小林家居", "taobao", "2024-11-02T09:30:00")
    with pytest.raises(StorefrontError, match="already a shop named"):
        sf.update_shop(store, other.id, name="小林家居", platform="taobao")
    assert sf.get_shop(store, other.id).name == "阿美手工饰品"


def test_a_deleted_shop_goes_to_the_trash_and_comes_back(store, shop):
    tick(store, shop.id, "required.ranking", "done")
    layout.add_module(store, shop.id, kind="search", screen=1)
    sf.delete_shop(store, shop.id, now=NOW)
    assert sf.list_shops(store) == []
    assert [s.id for s in sf.list_trash(store).shops] == [shop.id]
    with pytest.raises(StorefrontError, match="no longer exists"):
        sf.get_shop(store, shop.id)
    with pytest.raises(StorefrontError, match="no longer exists"):
        tick(store, shop.id, "required.ranking", "todo")
    sf.restore_shop(store, shop.id)
    assert [s.id for s in sf.list_shops(store)] == [shop.id]
    assert states(store, shop.id)["required.ranking"].status == "done"  # everything came back with it
    assert len(layout.list_modules(store, shop.id)) == 1


def test_a_shop_is_not_restored_over_a_new_one_of_the_same_name(store, shop):
    sf.delete_shop(store, shop.id)
    sf.add_shop(store, name=shop.name, platform="jd")
    with pytest.raises(StorefrontError, match="already a shop named"):
        sf.restore_shop(store, shop.id)
    assert [s.id for s in sf.list_trash(store).shops] == [shop.id]


def test_emptying_the_trash_deletes_a_shop_with_everything_it_had(store, shop):
    keep = sf.add_shop(store, name="阿美手工饰品", platform="taobao")
    mine = sf.add_item(store, title="店铺自己的项", shop_id=shop.id)
    gone = sf.add_item(store, title="不要了")
    tick(store, shop.id, "required.ranking", "done")
    tick(store, keep.id, "required.ranking", "done")
    rv.set_screenshot(store, shop.id, "required.ranking", PNG)
    layout.add_module(store, shop.id, kind="search", screen=1)
    sf.delete_shop(store, shop.id)
    sf.delete_item(store, gone.id)
    assert sf.empty_trash(store) == 2
    assert sf.list_trash(store) == sf.Trash([], [])
    left = dump(store)
    assert {r[0] for r in left["shops"]} == {keep.id}
    assert {r[1] for r in left["reviews"]} == {keep.id}
    assert not {mine.id, gone.id} & {r[0] for r in left["checklist_items"]}
    assert left["review_screenshots"] == [] and left["layout_modules"] == []
    assert states(store, keep.id)["required.ranking"].status == "done"


# --- the user's own items -----------------------------------------------------------------


def test_own_items_are_global_or_for_one_shop(store, shop):
    other = sf.add_shop(store, name="阿美手工饰品", platform="taobao")
    everywhere = sf.add_item(store, title=" 详情页首屏放买家秀 ", reason="买家先看评价", group="详情页", now=NOW)
    only_here = sf.add_item(store, title="产地直发说明", shop_id=shop.id)
    assert (everywhere.title("en"), everywhere.reason("zh_CN"), everywhere.group) == (
        "详情页首屏放买家秀", "买家先看评价", "详情页")
    assert (everywhere.builtin, everywhere.required, only_here.group) == (False, False, "custom")
    assert [i.id for i in sf.list_items(store)][-1] == everywhere.id
    assert only_here.id not in {i.id for i in sf.list_items(store)}
    assert list(states(store, shop.id))[-2:] == [everywhere.id, only_here.id]
    assert only_here.id not in states(store, other.id)
    with pytest.raises(StorefrontError, match="not on this shop's checklist"):
        tick(store, other.id, only_here.id, "done")


def test_builtin_items_can_be_regrouped_and_hidden_but_not_edited_or_deleted(store, shop):
    before = dump(store)
    for action in (lambda: sf.update_item(store, "required.ranking", title="改名"),
                   lambda: sf.update_item(store, "required.ranking", reason="x", group="首页"),
                   lambda: sf.delete_item(store, "required.ranking")):
        with pytest.raises(StorefrontError, match="Built-in checklist items cannot be changed"):
            action()
    assert dump(store) == before
    moved = sf.update_item(store, "required.ranking", group="首页")
    assert (moved.group, moved.title_zh) == ("首页", "排行榜")
    sf.update_item(store, "required.ranking", hidden=True)
    assert "required.ranking" not in states(store, shop.id)
    assert states(store, shop.id, include_hidden=True)["required.ranking"].item.hidden
    assert sf.update_item(store, "required.ranking", hidden=False).hidden is False


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"title": ""}, "Enter the text of the checklist item"),
    ({"title": "x" * 201}, "too long: at most 200"),
    ({"title": "项", "group": " "}, "Enter the name of the group"),
    ({"title": "项", "shop_id": "no-such-shop"}, "This shop no longer exists"),
])
def test_a_bad_item_is_refused_and_changes_nothing(store, shop, kwargs, message):
    before = dump(store)
    with pytest.raises(StorefrontError, match=message):
        sf.add_item(store, **kwargs)
    assert dump(store) == before


def test_an_own_item_is_edited_deleted_and_restored(store, shop):
    item = sf.add_item(store, title="旧标题", now=NOW)
    tick(store, shop.id, item.id, "done")
    edited = sf.update_item(store, item.id, title="新标题", reason="原因")
    assert (edited.title_zh, edited.title_en, edited.reason_en) == ("新标题", "新标题", "原因")
    sf.delete_item(store, item.id, now=NOW)
    assert item.id not in states(store, shop.id)
    assert [i.id for i in sf.list_trash(store).items] == [item.id]
    with pytest.raises(StorefrontError, match="no longer exists"):
        sf.update_item(store, item.id, title="x")
    sf.restore_item(store, item.id)
    assert states(store, shop.id)[item.id].status == "done"
    with pytest.raises(StorefrontError, match="no longer exists"):
        sf.restore_item(store, item.id)  # it is not in the trash any more


def test_items_are_reordered_within_a_shops_list_without_moving_other_shops_items(store, shop):
    other = sf.add_shop(store, name="阿美手工饰品", platform="taobao")
    theirs = sf.add_item(store, title="别家的项", shop_id=other.id)
    mine = sf.add_item(store, title="我的项", shop_id=shop.id)
    theirs_position = theirs.position
    sf.move_item(store, mine.id, 0, shop_id=shop.id)
    order = [i.id for i in sf.list_items(store, shop_id=shop.id, include_hidden=True)]
    assert order[0] == mine.id and len(order) == 19
    assert sf.get_item(store.conn, theirs.id).position == theirs_position
    sf.move_item(store, "required.carousel", 99, shop_id=shop.id)  # past the end: last
    sf.move_item(store, "follow.left_sidebar", -5, shop_id=shop.id)  # before the start: first
    order = [i.id for i in sf.list_items(store, shop_id=shop.id, include_hidden=True)]
    assert order[0] == "follow.left_sidebar" and order[1] == mine.id and order[-1] == "required.carousel"
    # The order of the global items is shared by every shop.
    theirs_order = [i.id for i in sf.list_items(store, shop_id=other.id, include_hidden=True)]
    assert [i for i in theirs_order if i != theirs.id] == [i for i in order if i != mine.id]
    assert sf.get_item(store.conn, theirs.id).position == theirs_position
    with pytest.raises(StorefrontError, match="no longer exists"):
        sf.move_item(store, theirs.id, 0, shop_id=shop.id)


# --- states -------------------------------------------------------------------------------


def test_setting_a_status_records_the_check_and_other_edits_do_not(store, shop):
    state = tick(store, shop.id, "required.ranking", "doing", days_ago=3, staff=" 客服小王 ", screen=2, notes="待换图")
    assert (state.status, state.screen, state.notes) == ("doing", 2, "待换图")
    assert (state.checked_at, state.checked_by, state.stale) == (TODAY - timedelta(days=3), "客服小王", False)
    state = rv.set_state(store, shop.id, "required.ranking", staff="阿美", notes="已换图", screen=None, now=NOW)
    assert (state.status, state.screen, state.notes) == ("doing", None, "已换图")
    assert (state.checked_at, state.checked_by) == (TODAY - timedelta(days=3), "客服小王")
    state = tick(store, shop.id, "required.ranking", "doing")  # the same status again is a check
    assert (state.checked_at, state.checked_by, state.notes) == (TODAY, "阿美", "已换图")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"status": "finished"}, "Unknown status “finished”"),
    ({"status": "已完成"}, "Unknown status"),
    ({"screen": 0}, "screen must be 1, 2, 3 or 4"),
    ({"screen": 5}, "screen must be 1, 2, 3 or 4"),
    ({"screen": "1"}, "screen must be 1, 2, 3 or 4"),
    ({"screen": True}, "screen must be 1, 2, 3 or 4"),
    ({"notes": "长" * 5001}, "too long"),
])
def test_a_bad_state_is_refused_and_changes_nothing(store, shop, kwargs, message):
    tick(store, shop.id, "required.ranking", "done", screen=1, notes="好")
    before = dump(store)
    with pytest.raises(StorefrontError, match=message):
        rv.set_state(store, shop.id, "required.ranking", staff="阿美", **kwargs)
    assert dump(store) == before


def test_states_of_unknown_items_or_shops_are_refused(store, shop):
    before = dump(store)
    with pytest.raises(StorefrontError, match="checklist item no longer exists"):
        tick(store, shop.id, "no.such.item", "done")
    with pytest.raises(StorefrontError, match="shop no longer exists"):
        tick(store, "no-such-shop", "required.ranking", "done")
    assert dump(store) == before


@pytest.mark.parametrize(("status", "days_ago", "stale"), [
    ("done", 0, False),
    ("done", 30, False),  # exactly STALE_DAYS ago: still fresh
    ("done", 31, True),
    ("doing", 30, False),
    ("doing", 31, True),
    ("done", None, True),  # never checked
    ("todo", 0, True),  # 未做 is always to be checked
    ("todo", None, True),
    ("na", None, False),  # 不适用 counts nowhere
    ("na", 400, False),
])
def test_staleness(status, days_ago, stale):
    checked = None if days_ago is None else TODAY - timedelta(days=days_ago)
    assert rv.is_stale(status, checked, TODAY) is stale


def test_staleness_in_a_listing_follows_the_date_of_the_check(store, shop):
    tick(store, shop.id, "required.ranking", "done", days_ago=31)
    tick(store, shop.id, "required.carousel", "done", days_ago=30)
    tick(store, shop.id, "required.service_centre", "na", days_ago=90)
    listed = states(store, shop.id)
    assert listed["required.ranking"].stale and not listed["required.carousel"].stale
    assert not listed["required.service_centre"].stale
    assert rv.progress(listed.values()).stale == 16  # 18 - the fresh one - the 不适用 one
    assert states(store, shop.id, today=TODAY - timedelta(days=1))["required.ranking"].stale is False


# --- progress -----------------------------------------------------------------------------


def _state(status: str, required: bool, stale: bool = False) -> rv.ItemState:
    item = sf.ChecklistItem("i", None, None, "custom", required, "t", "t", "", "", 0, False)
    return rv.ItemState(item, status, None, "", None, "", False, stale)


def test_progress_weighs_required_modules_three_times():
    required = ["done", "done", "done", "na", "todo", "doing"]
    others = ["done", "done", "doing", "na", "todo"]
    listed = [_state(s, True, stale=s == "todo") for s in required] + [_state(s, False) for s in others]
    # applicable: 5 required (weight 15) + 4 others (4) = 19; done: 3 required (9) + 2 others (2) = 11
    # score = 11 / 19 = 57.89 % -> 58
    assert rv.progress(listed) == rv.Progress(done=5, doing=2, applicable=9, required_done=3, required_total=5,
                                              score=58, stale=1)


def test_the_score_rounds_half_up_and_is_zero_when_nothing_applies():
    # weight 3 + 5 = 8, done 1: 12.5 % -> 13 (round() would give 12)
    listed = [_state("todo", True)] + [_state("done", False)] + [_state("todo", False)] * 4
    assert rv.progress(listed).score == 13
    assert rv.progress([_state("done", True), _state("done", False)]).score == 100
    assert rv.progress([_state("na", True), _state("na", False)]) == rv.Progress(0, 0, 0, 0, 0, 0, 0)
    assert rv.progress([]).score == 0


def test_progress_of_a_shop_counts_what_is_listed(store, shop):
    for key in ("required.carousel", "required.ranking", "reading.f_pattern"):
        tick(store, shop.id, key, "done")
    tick(store, shop.id, "follow.left_sidebar", "na")
    sf.update_item(store, "follow.package_inserts", hidden=True)  # hidden: not counted
    p = rv.progress(rv.checklist(store, shop.id, today=TODAY))
    # 6 required (18) + 10 others applicable (10) = 28; done 2 required (6) + 1 (1) = 7 -> 25
    assert (p.done, p.applicable, p.required_done, p.required_total, p.score, p.stale) == (3, 16, 2, 6, 25, 13)
    assert rv.shop_progress(store, today=TODAY) == {shop.id: p}


# --- reviews ------------------------------------------------------------------------------


def test_a_full_review_cycle_keeps_the_history_and_compares(store, shop):
    first = rv.current_review(store, shop.id)
    tick(store, shop.id, "required.carousel", "done", days_ago=40, screen=1, notes="旧图")
    tick(store, shop.id, "required.ranking", "doing", days_ago=40, screen=2)
    tick(store, shop.id, "required.service_centre", "done", days_ago=40)
    tick(store, shop.id, "follow.left_sidebar", "na", days_ago=40)
    rv.set_screenshot(store, shop.id, "required.carousel", PNG)
    old_states = states(store, shop.id)

    second = rv.start_review(store, shop.id, staff="小林", now=NOW - timedelta(days=10))
    assert (second.number, second.started_by, second.started_at, second.closed_at) == (
        2, "小林", "2024-10-22T09:30:00", None)
    assert rv.current_review(store, shop.id) == second
    fresh = states(store, shop.id)
    assert {s.status for s in fresh.values()} == {"todo"}
    assert (fresh["required.carousel"].screen, fresh["required.ranking"].screen) == (1, 2)  # carried over
    assert fresh["required.carousel"].notes == "" and fresh["required.carousel"].checked_at is None
    assert not fresh["required.carousel"].has_screenshot
    # The first review is kept as it was, its staleness as of the day it was closed.
    kept = states(store, shop.id, review_id=first.id)
    assert [(s.status, s.screen, s.notes, s.checked_at, s.has_screenshot) for s in kept.values()] == [
        (s.status, s.screen, s.notes, s.checked_at, s.has_screenshot) for s in old_states.values()]
    assert not kept["required.carousel"].stale  # checked 30 days before the review was closed
    assert rv.screenshot(store, first.id, "required.carousel") == PNG

    tick(store, shop.id, "required.carousel", "doing")  # regressed
    tick(store, shop.id, "required.ranking", "done")  # improved
    tick(store, shop.id, "required.service_centre", "done")  # same
    tick(store, shop.id, "follow.left_sidebar", "done")  # from 不适用: changed
    tick(store, shop.id, "required.follow_notes_search", "na")  # to 不适用: changed
    third = rv.start_review(store, shop.id, staff="阿美", now=NOW)
    summaries = rv.list_reviews(store, shop.id, today=TODAY)
    assert [s.review.number for s in summaries] == [3, 2, 1]
    assert [s.review.closed_at for s in summaries] == [None, "2024-11-01T09:30:00", "2024-10-22T09:30:00"]
    assert [s.progress.done for s in summaries] == [0, 3, 2]
    assert summaries[0].review == third

    changes = {c.item.id: (c.status_a, c.status_b, c.change) for c in rv.compare_reviews(store, first.id, second.id)}
    assert changes["required.carousel"] == ("done", "doing", "regressed")
    assert changes["required.ranking"] == ("doing", "done", "improved")
    assert changes["required.service_centre"] == ("done", "done", "same")
    assert changes["follow.left_sidebar"] == ("na", "done", "changed")
    assert changes["required.follow_notes_search"] == ("todo", "na", "changed")
    assert changes["reading.f_pattern"] == ("todo", "todo", "same")
    assert len(changes) == 18
    assert rv.compare_reviews(store, second.id, first.id)[0].change == "improved"  # carousel, backwards


def test_reviews_of_different_shops_are_not_compared(store, shop):
    other = sf.add_shop(store, name="阿美手工饰品", platform="taobao")
    a, b = rv.current_review(store, shop.id), rv.current_review(store, other.id)
    with pytest.raises(StorefrontError, match="different shops"):
        rv.compare_reviews(store, a.id, b.id)
    with pytest.raises(StorefrontError, match="review no longer exists"):
        rv.checklist(store, shop.id, review_id=b.id)
    with pytest.raises(StorefrontError, match="review no longer exists"):
        rv.compare_reviews(store, a.id, "nope")


def test_starting_a_review_for_a_missing_shop_changes_nothing(store, shop):
    before = dump(store)
    with pytest.raises(StorefrontError, match="shop no longer exists"):
        rv.start_review(store, "nope", staff="阿美")
    with pytest.raises(StorefrontError, match="too long"):
        rv.start_review(store, shop.id, staff="名" * 61)
    assert dump(store) == before


# --- screenshots --------------------------------------------------------------------------


def test_a_screenshot_is_attached_replaced_and_removed(store, shop):
    review = rv.current_review(store, shop.id)
    rv.set_screenshot(store, shop.id, "required.ranking", PNG)
    listed = states(store, shop.id)
    assert listed["required.ranking"].has_screenshot and not listed["required.carousel"].has_screenshot
    assert listed["required.ranking"].status == "todo" and listed["required.ranking"].checked_at is None
    other = PNG + b"more"
    rv.set_screenshot(store, shop.id, "required.ranking", other)
    assert rv.screenshot(store, review.id, "required.ranking") == other
    rv.set_screenshot(store, shop.id, "required.ranking", None)
    assert rv.screenshot(store, review.id, "required.ranking") is None
    assert not states(store, shop.id)["required.ranking"].has_screenshot


def test_a_status_change_keeps_the_screenshot(store, shop):
    rv.set_screenshot(store, shop.id, "required.ranking", PNG)
    tick(store, shop.id, "required.ranking", "done")
    assert states(store, shop.id)["required.ranking"].has_screenshot


def test_a_screenshot_that_is_not_a_png_or_too_big_is_refused(store, shop, monkeypatch):
    before = dump(store)
    with pytest.raises(StorefrontError, match="not a PNG"):
        rv.set_screenshot(store, shop.id, "required.ranking", b"\xff\xd8\xff\xe0 a JPEG")
    monkeypatch.setattr(rv, "MAX_SCREENSHOT_BYTES", 2 * 2**20)
    with pytest.raises(StorefrontError, match="too large: at most 2 MB"):
        rv.set_screenshot(store, shop.id, "required.ranking", PNG + bytes(2 * 2**20))
    assert dump(store) == before


# --- before a campaign --------------------------------------------------------------------


@pytest.mark.parametrize(("days_ahead", "listed"), [(-1, False), (0, True), (3, True), (7, True), (8, False)])
def test_stale_items_are_listed_only_before_a_campaign_within_a_week(store, shop, days_ahead, listed):
    for n, item in enumerate(sf.list_items(store)):
        tick(store, shop.id, item.id, "done", days_ago=5 if n % 2 else 45)
    result = rv.stale_before_campaign(store, shop.id, campaign_start=TODAY + timedelta(days=days_ahead), today=TODAY)
    stale_ids = [s.item.id for s in rv.checklist(store, shop.id, today=TODAY) if s.stale]
    assert len(stale_ids) == 9
    assert [s.item.id for s in result] == (stale_ids if listed else [])


# --- export -------------------------------------------------------------------------------


def test_the_checklist_is_exported_to_csv_for_excel(store, shop, tmp_path):
    tick(store, shop.id, "required.carousel", "done", staff="小林", screen=1, notes='=HYPERLINK("http://x","点我")')
    tick(store, shop.id, "required.ranking", "doing", screen=4, notes="-5")
    sf.update_item(store, "follow.package_inserts", hidden=True)
    path = tmp_path / "清单.csv"
    assert rv.export_checklist_csv(store, shop.id, path, lang="zh_CN", today=TODAY) == 17
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["分组", "检查项", "必备", "状态", "位置(屏)", "备注", "最后检查", "检查人"]
    assert rows[1] == ["必备模块", "海报、轮播图", "是", "已完成", "1", '\'=HYPERLINK("http://x","点我")',
                       "2024-11-01", "小林"]
    assert rows[5] == ["必备模块", "排行榜", "是", "进行中", "3屏以下", "'-5", "2024-11-01", "阿美"]
    assert rows[7] == ["合理布局", "店铺活动和优惠放在最显眼的位置（前几屏）", "", "未做", "", "", "", ""]
    assert len(rows) == 18

    header, table = rv.checklist_table(store, shop.id, lang="en", today=TODAY)
    assert header == ["Group", "Item", "Required", "Status", "Screen", "Notes", "Last checked", "Checked by"]
    assert table[0][:5] == ["Required modules", "Poster / carousel", "yes", "Done", 1]
    assert table[4][4] == "Below screen 3"


# --- demo data ----------------------------------------------------------------------------


def test_the_demo_fills_an_empty_database_once(store):
    demo.load_demo(store, today=TODAY)
    shops = {s.name: s for s in sf.list_shops(store)}
    assert set(shops) == {"小林家居旗舰店", "阿美手工饰品", "山里红土特产"}
    assert {s.platform for s in shops.values()} == {"tmall", "taobao", "pdd"}
    xiaolin = shops["小林家居旗舰店"].id
    reviews = rv.list_reviews(store, xiaolin, today=TODAY)
    assert len(reviews) == 2 and reviews[1].review.closed_at is not None and reviews[1].progress.done > 0
    listed = rv.checklist(store, xiaolin, today=TODAY)
    assert {s.status for s in listed} == {"todo", "doing", "done", "na"}
    assert any(s.stale and s.status == "done" for s in listed)
    codes = {f.code for f in layout.check_shop_layout(store, xiaolin)}
    assert {"width_not_allowed", "too_many_showcases"} <= codes
    assert 1 <= len(codes) <= 4
    assert {f.code for f in layout.check_shop_layout(store, shops["山里红土特产"].id)} == {"empty_layout"}
    before = dump(store)
    with pytest.raises(demo.DemoError, match="empty database"):
        demo.load_demo(store, today=TODAY)
    assert dump(store) == before


def test_demo_fills_every_tab(store):
    demo.load_demo(store, today=TODAY)
    counts = {table: store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("shops", "campaigns", "affiliates", "follow_ups", "affiliate_orders", "bonus_payouts",
                            "promo_links", "commission_changes", "orders", "traffic_daily")}
    assert all(counts.values()), counts
    # the register shows someone to follow up today or overdue, and someone with a 私下收费 warning
    assert store.conn.execute(f"SELECT count(*) FROM affiliates WHERE due_on <= '{TODAY}'").fetchone()[0] > 0
    assert store.conn.execute("SELECT count(*) FROM affiliates WHERE private_fee > 0").fetchone()[0] == 1
