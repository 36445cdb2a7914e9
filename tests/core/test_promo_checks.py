"""在推检查 and 下架换链通知: links and their daily checks (stale after a day), the check history,
who promotes a product (links and recent affiliate orders), and delisting notices created once
each in one transaction."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.core import products as pr
from app.core import promo_checks as pc
from app.core.promo_checks import PromoCheckError

NOW = datetime(2024, 11, 20, 10, 0)
TODAY = NOW.date()


def add_affiliate(store, name, sort_name, *, deleted=False):
    """A bare affiliates row (the register's own module fills the kept columns; these tests need none)."""
    stamp = "2024-10-01T09:00:00"
    with store.write() as conn:
        conn.execute("INSERT INTO affiliates (id, name, sort_name, created_at, updated_at, deleted_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (sort_name, name, sort_name, stamp, stamp, stamp if deleted else None))
    return sort_name


def add_order(store, order_id, item_id, affiliate_id, day):
    with store.write() as conn:
        conn.execute("INSERT INTO affiliate_orders (order_id, item_id, paid_fen, status, affiliate_id, day, "
                     "imported_at, updated_at) VALUES (?, ?, 5900, 'paid', ?, ?, '', '')",
                     (order_id, item_id, affiliate_id, day.isoformat()))


@pytest.fixture
def shop(store):
    mug = pr.add_product(store, title="手工陶瓷马克杯", price_fen=5900, cost_fen=2000, platform_item_id="6101",
                         bestseller=True, now=NOW - timedelta(days=30))
    bag = pr.add_product(store, title="帆布袋", price_fen=1990, cost_fen=600, platform_item_id="6102",
                         now=NOW - timedelta(days=30))
    people = {name: add_affiliate(store, name, key) for name, key in
              (("张三", "zhangsan"), ("李四", "lisi"), ("王五", "wangwu"), ("赵六", "zhaoliu"))}
    return store, mug, bag, people


def rows(store, sql, *args):
    return store.conn.execute(sql, args).fetchall()


# --- links ----------------------------------------------------------------------------------------


def test_a_link_is_added_with_its_url_normalised_and_unchecked(shop):
    store, mug, _, p = shop
    link = pc.add_link(store, p["张三"], mug.id, url=" s.click.taobao.com/abc?x=1 ", now=NOW)
    assert (link.affiliate_name, link.product_title, link.url, link.checked_at, link.result) == (
        "张三", "手工陶瓷马克杯", "https://s.click.taobao.com/abc?x=1", None, None)
    assert pc.links(store, affiliate_id=p["张三"]) == [link]


@pytest.mark.parametrize(("url", "message"), [
    ("not a link", "is not a web link"), ("ftp://x.com/a", "is not a web link"), ("https://localhost", "not a web link"),
    ("https://x.com/" + "a" * 2000, "too long"),
])
def test_a_bad_link_is_refused_and_nothing_is_written(shop, url, message):
    store, mug, _, p = shop
    with pytest.raises(PromoCheckError, match=message):
        pc.add_link(store, p["张三"], mug.id, url=url)
    assert rows(store, "SELECT * FROM promo_links") == []


def test_a_second_link_for_the_same_pair_or_a_deleted_affiliate_is_refused(shop):
    store, mug, _, p = shop
    pc.add_link(store, p["张三"], mug.id)
    with pytest.raises(PromoCheckError, match="already listed"):
        pc.add_link(store, p["张三"], mug.id, url="https://a.com/x")
    gone = add_affiliate(store, "旧人", "jiuren", deleted=True)
    with pytest.raises(PromoCheckError, match="no longer exists"):
        pc.add_link(store, gone, mug.id)
    assert rows(store, "SELECT affiliate_id, url FROM promo_links") == [(p["张三"], "")]


def test_removing_a_link_keeps_its_history_and_restoring_brings_back_its_last_check(shop):
    store, mug, _, p = shop
    pc.add_link(store, p["张三"], mug.id, url="https://a.com/1", now=NOW - timedelta(days=3))
    pc.record_check(store, p["张三"], mug.id, "listed", checked_by="小王", now=NOW)
    removed = pc.remove_link(store, p["张三"], mug.id)
    assert pc.links(store) == [] and len(pc.check_history(store, p["张三"], mug.id)) == 1
    assert pc.restore_link(store, removed) == removed
    assert removed.checked_at == "2024-11-20T10:00:00" and removed.result == "listed"


# --- checks ---------------------------------------------------------------------------------------


def test_checks_older_than_a_day_are_listed_never_checked_first_and_recent_ones_are_not(shop):
    store, mug, bag, p = shop
    for name in p:
        pc.add_link(store, p[name], mug.id, now=NOW - timedelta(days=5))
    pc.record_check(store, p["张三"], mug.id, "listed", checked_by="小王", now=NOW - timedelta(hours=25))
    pc.record_check(store, p["李四"], mug.id, "listed", checked_by="小王", now=NOW - timedelta(hours=23))
    pc.record_check(store, p["王五"], mug.id, "broken", checked_by="小王", now=NOW - timedelta(days=3))
    stale = pc.stale_checks(store, now=NOW)
    assert [(link.affiliate_name, link.result) for link in stale] == [
        ("赵六", None), ("王五", "broken"), ("张三", "listed")]  # never, then the oldest check first
    assert pc.count_stale(store, now=NOW) == 3
    assert pc.count_stale(store, now=NOW - timedelta(hours=2)) == 2  # 张三's check was then 23 h old
    assert [link.affiliate_name for link in pc.stale_checks(store, now=NOW, limit=1, offset=1)] == ["王五"]
    assert pc.count_stale(store, now=NOW, product_id=bag.id) == 0
    assert pc.is_stale("2024-11-19T09:59:59", now=NOW) and not pc.is_stale("2024-11-19T10:00:00", now=NOW)
    # All links: stale first, the just-checked one last.
    assert [link.affiliate_name for link in pc.links(store)] == ["赵六", "王五", "张三", "李四"]


def test_links_of_deleted_affiliates_or_products_are_left_out_and_the_badge_count_can_stop_early(shop):
    store, mug, bag, p = shop
    for name in p:
        pc.add_link(store, p[name], mug.id, now=NOW)
    pc.add_link(store, p["张三"], bag.id, now=NOW)
    with store.write() as conn:
        conn.execute("UPDATE affiliates SET deleted_at = updated_at WHERE id = ?", (p["李四"],))
    pr.delete_product(store, bag.id)
    assert sorted(link.affiliate_name for link in pc.links(store)) == ["张三", "王五", "赵六"]
    assert [link.product_title for link in pc.links(store, affiliate_id=p["张三"])] == ["手工陶瓷马克杯"]
    assert pc.links(store, affiliate_id=p["李四"]) == [] and pc.count_links(store, product_id=bag.id) == 0
    assert pc.count_stale(store, now=NOW) == 3 and pc.count_stale(store, now=NOW, cap=2) == 2
    assert pc.count_links(store, cap=1) == 1


def plan_of(store, call) -> str:
    """The query plan of the SELECT that ``call()`` runs."""
    seen = []
    store.conn.set_trace_callback(seen.append)
    try:
        call()
    finally:
        store.conn.set_trace_callback(None)
    sql = next(statement for statement in seen if statement.lstrip().startswith("SELECT"))
    return " | ".join(row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql))


def test_the_lists_read_through_indexes_when_filtered(shop):
    store, mug, _, p = shop
    by_product = plan_of(store, lambda: pc.stale_checks(store, now=NOW, product_id=mug.id, limit=10))
    assert "USING INDEX promo_links_product" in by_product or "USING COVERING INDEX promo_links_product" in by_product
    by_affiliate = plan_of(store, lambda: pc.links(store, affiliate_id=p["张三"]))
    assert "SEARCH l USING PRIMARY KEY (affiliate_id=?)" in by_affiliate


def test_record_check_updates_the_link_and_keeps_each_check_in_the_history(shop):
    store, mug, _, p = shop
    pc.add_link(store, p["张三"], mug.id, now=NOW - timedelta(days=2))
    assert pc.record_check(store, p["张三"], mug.id, "listed", checked_by="小王", now=NOW - timedelta(days=1)) is None
    pc.record_check(store, p["张三"], mug.id, "removed", note=" 换成了别家 ", checked_by="小李", now=NOW)
    link = pc.links(store)[0]
    assert (link.checked_at, link.result, link.checked_by) == ("2024-11-20T10:00:00", "removed", "小李")
    assert pc.check_history(store, p["张三"], mug.id) == [
        ("2024-11-20T10:00:00", "removed", "小李", "换成了别家"), ("2024-11-19T10:00:00", "listed", "小王", "")]


def test_a_bad_result_or_a_missing_link_changes_nothing(shop):
    store, mug, bag, p = shop
    pc.add_link(store, p["张三"], mug.id, now=NOW)
    with pytest.raises(PromoCheckError, match="Unknown check result"):
        pc.record_check(store, p["张三"], mug.id, "gone", checked_by="小王")
    with pytest.raises(PromoCheckError, match="no longer exists"):
        pc.record_check(store, p["张三"], bag.id, "listed", checked_by="小王")
    assert rows(store, "SELECT * FROM promo_checks") == []
    assert pc.links(store)[0].checked_at is None


def test_a_broken_link_plans_one_relink_follow_up_and_a_listed_one_none(shop):
    store, mug, bag, p = shop
    pc.add_link(store, p["张三"], mug.id, now=NOW)
    pc.add_link(store, p["李四"], bag.id, now=NOW)
    first = pc.record_check(store, p["张三"], mug.id, "broken", checked_by="小王", now=NOW, relink_on=TODAY)
    again = pc.record_check(store, p["张三"], mug.id, "removed", checked_by="小王", now=NOW, relink_on=TODAY)
    listed = pc.record_check(store, p["李四"], bag.id, "listed", checked_by="小王", now=NOW, relink_on=TODAY)
    assert first and again is None and listed is None
    assert rows(store, "SELECT affiliate_id, kind, product_id, due_on, staff, content FROM follow_ups") == [
        (p["张三"], "promo_check", mug.id, "2024-11-20", "小王",
         "在推检查：“手工陶瓷马克杯”链接失效，请对方更换/重新上推广链接。")]
    assert rows(store, "SELECT due_on FROM affiliates WHERE id = ?", p["张三"]) == [("2024-11-20",)]


# --- delisting ------------------------------------------------------------------------------------


def test_promoting_affiliates_come_from_links_not_taken_down_and_from_recent_orders(shop):
    store, mug, bag, p = shop
    pc.add_link(store, p["张三"], mug.id, now=NOW)
    pc.add_link(store, p["李四"], mug.id, now=NOW)
    pc.record_check(store, p["李四"], mug.id, "removed", checked_by="小王", now=NOW)  # no longer promoting it
    pc.add_link(store, p["王五"], bag.id, now=NOW)  # another product
    add_order(store, "o1", "6101", p["王五"], TODAY - timedelta(days=3))
    add_order(store, "o2", "6101", p["王五"], TODAY - timedelta(days=29))
    add_order(store, "o3", "6101", p["赵六"], TODAY - timedelta(days=31))  # too long ago
    add_order(store, "o4", "6101", p["张三"], TODAY)
    add_order(store, "o5", "6102", p["赵六"], TODAY)  # the bag's item ID
    add_order(store, "o6", "6101", None, TODAY)  # unmatched promoter
    found = pc.promoting_affiliates(store, mug.id, today=TODAY)
    assert [(a.name, a.linked, a.orders, a.open_notice) for a in found] == [
        ("王五", False, 2, False), ("张三", True, 1, False)]  # by pinyin: wangwu, zhangsan


def test_a_product_without_an_item_id_is_found_through_links_only(shop):
    store, _, _, p = shop
    plain = pr.add_product(store, title="竹制杯垫", price_fen=1990, cost_fen=300)
    add_order(store, "o1", "", p["张三"], TODAY)
    pc.add_link(store, p["李四"], plain.id)
    assert [a.name for a in pc.promoting_affiliates(store, plain.id, today=TODAY)] == ["李四"]


def test_delisting_notices_are_created_once_each(shop):
    store, mug, _, p = shop
    ids = [p["张三"], p["李四"], p["张三"]]
    assert pc.create_delisting_notices(store, mug.id, ids, due_on=TODAY, staff="小王", now=NOW) == 2
    assert pc.create_delisting_notices(store, mug.id, [p["李四"], p["王五"]], due_on=TODAY, staff="小王",
                                       note="周五下架，请换链", now=NOW) == 1
    notices = rows(store, "SELECT a.name, f.kind, f.product_id, f.due_on, f.done_at, f.content FROM follow_ups f "
                          "JOIN affiliates a ON a.id = f.affiliate_id ORDER BY a.sort_name")
    text = "“手工陶瓷马克杯”已下架，请尽快更换推广链接，以免影响您的推广收益。"
    assert notices == [("李四", "delisting", mug.id, "2024-11-20", None, text),
                       ("王五", "delisting", mug.id, "2024-11-20", None, "周五下架，请换链"),
                       ("张三", "delisting", mug.id, "2024-11-20", None, text)]
    assert [a.open_notice for a in pc.promoting_affiliates(store, mug.id, today=TODAY)] == []  # no links/orders
    pc.add_link(store, p["张三"], mug.id)
    assert [(a.name, a.open_notice) for a in pc.promoting_affiliates(store, mug.id, today=TODAY)] == [("张三", True)]


def test_a_done_notice_does_not_stop_a_new_one(shop):
    store, mug, _, p = shop
    pc.create_delisting_notices(store, mug.id, [p["张三"]], due_on=TODAY, staff="小王", now=NOW)
    with store.write() as conn:
        conn.execute("UPDATE follow_ups SET done_at = ?", ("2024-11-20T11:00:00",))
    assert pc.create_delisting_notices(store, mug.id, [p["张三"]], due_on=TODAY, staff="小王", now=NOW) == 1


def test_one_unknown_affiliate_means_no_notice_is_created(shop):
    store, mug, _, p = shop
    gone = add_affiliate(store, "旧人", "jiuren", deleted=True)
    with pytest.raises(PromoCheckError, match="no longer exists"):
        pc.create_delisting_notices(store, mug.id, [p["张三"], gone], due_on=TODAY, staff="小王")
    with pytest.raises(PromoCheckError, match="Choose the date"):
        pc.create_delisting_notices(store, mug.id, [p["张三"]], due_on="someday", staff="小王")
    assert rows(store, "SELECT * FROM follow_ups") == []
    assert rows(store, "SELECT due_on FROM affiliates WHERE id = ?", p["张三"]) == [(None,)]


def test_the_notice_text_names_the_planned_take_down_date():
    assert pc.delisting_text("帆布袋", date(2024, 11, 25)) == (
        "“帆布袋”将于11月25日下架，请提前更换推广链接，以免影响您的推广收益。")
    assert pc.delisting_text("Bag", date(2024, 11, 25), "en") == (
        "“Bag” will be taken down on 2024-11-25; please change your links before then so you do not lose commission.")


# --- demo -----------------------------------------------------------------------------------------


def test_the_demo_links_some_stale_some_recent_one_broken(shop):
    store, *_ = shop
    pc.load_demo(store, today=TODAY)
    found = pc.links(store)
    results = [link.result for link in found]
    assert len(found) == 8 and results.count("broken") == 1 and None in results
    now = datetime.combine(TODAY, datetime.min.time()).replace(hour=12)
    assert 0 < pc.count_stale(store, now=now) < len(found)
    assert rows(store, "SELECT kind FROM follow_ups") == [("promo_check",)]  # ask the broken one to relink
    pc.load_demo(store, today=TODAY)  # a second run adds nothing
    assert len(pc.links(store)) == 8
