"""群公告: each template rendered to exact text in Chinese and English, and the data gathered from
the catalogue, the commission history and this month's bonus plans."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.core import announcements as an
from app.core import products as pr
from app.core.announcements import BonusLine, ProductLine, RateChange

TODAY = date(2024, 11, 20)
NOW = datetime(2024, 11, 20, 9, 0)
MUG = ProductLine("m", "手工陶瓷马克杯", 5900, 2000, True)
BAG = ProductLine("b", "帆布袋", 1990, 1500)
PAD = ProductLine("p", "竹制杯垫", 1000, None)


# --- render: exact text ----------------------------------------------------------------------------


def test_key_products_in_chinese_and_english():
    data = {"products": [MUG, BAG, PAD]}
    assert an.render("key_products", data) == (
        "【主推商品】\n"
        "本期主推商品，佣金给力，欢迎推广：\n"
        "1. 手工陶瓷马克杯 ¥59 佣金20%（爆款）\n"
        "2. 帆布袋 ¥19.90 佣金15%\n"
        "3. 竹制杯垫 ¥10\n"
        "需要海报素材或定向佣金请私聊客服。")
    assert an.render("key_products", data, "en") == (
        "【Key products】\n"
        "This round's key products, with good commission:\n"
        "1. 手工陶瓷马克杯 ¥59, commission 20% (bestseller)\n"
        "2. 帆布袋 ¥19.90, commission 15%\n"
        "3. 竹制杯垫 ¥10\n"
        "Message us for posters or a targeted commission.")


def test_commission_changes():
    data = {"changes": [RateChange("", 1500, 2000, date(2024, 11, 18)),
                        RateChange("手工陶瓷马克杯", 2000, 3000, date(2024, 11, 1)),
                        RateChange("帆布袋", None, 2500, date(2024, 10, 31))]}
    assert an.render("commission", data) == (
        "【佣金调整】\n"
        "以下商品佣金有调整：\n"
        "1. 全店默认佣金：15% → 20%（11月18日起）\n"
        "2. 手工陶瓷马克杯：20% → 30%（11月1日起）\n"
        "3. 帆布袋：默认 → 25%（10月31日起）\n"
        "请以推广后台显示为准，有疑问请联系客服。")
    assert an.render("commission", data, "en").splitlines()[1:3] == [
        "Commission changes:", "1. Shop-wide default commission: 15% → 20% (from Nov 18)"]


def test_new_arrivals_and_posters_and_an_empty_list():
    assert an.render("new_arrivals", {"products": [BAG], "days": 14}) == (
        "【新品上架】\n近14天上新，欢迎抢先推广：\n1. 帆布袋 ¥19.90 佣金15%\n新品海报素材可找客服领取。")
    assert an.render("posters", {"products": [MUG, BAG]}) == (
        "【海报素材】\n以下商品的海报素材已准备好，需要的淘客请私聊客服领取：\n1. 手工陶瓷马克杯\n2. 帆布袋")
    assert an.render("posters", {"products": []}, "en") == (
        "【Posters available】\nPosters are ready for these products; message us to get them:\n(none yet)")


def test_bonus_plans_of_the_month():
    data = {"month": "2024-11", "plans": [BonusLine("月度冲单奖", "orders", "", ((50, 10000), (100, 30000))),
                                          BonusLine("团长奖", "amount", "团长群", ((1_000_000, 50000),))]}
    assert an.render("bonus", data) == (
        "【奖金计划】\n"
        "2024年11月奖金计划，当月推广达标即得现金奖励：\n"
        "1. 月度冲单奖（全体淘客）：按推广单量，满50单奖¥100，满100单奖¥300\n"
        "2. 团长奖（团长群）：按推广金额，满¥10,000奖¥500\n"
        "以推广后台的有效订单为准。")
    assert an.render("bonus", data, "en").splitlines()[1:3] == [
        "Bonus plans for November 2024: reach a threshold this month and earn a cash bonus:",
        "1. 月度冲单奖 (everyone), by promoted orders: 50 orders: ¥100; 100 orders: ¥300"]


def test_an_unknown_template_is_a_programming_error():
    with pytest.raises(KeyError):
        an.render("spam", {})


# --- gathering the data ----------------------------------------------------------------------------


@pytest.fixture
def catalogue(store):
    store.set_setting("commission_default_bp", "1500")
    mug = pr.add_product(store, title="手工陶瓷马克杯", price_fen=5900, cost_fen=2000, bestseller=True,
                         commission_bp=2000, now=NOW - timedelta(days=60))
    bag = pr.add_product(store, title="帆布袋", price_fen=1990, cost_fen=600, now=NOW - timedelta(days=3))
    old = pr.add_product(store, title="旧款杯子", price_fen=2900, cost_fen=900, listed=False, now=NOW - timedelta(days=1))
    return store, mug, bag, old


def test_products_use_their_own_rate_or_the_shop_default(catalogue):
    store, mug, bag, old = catalogue
    assert an.product_lines(store, [bag.id, mug.id, "nope"]) == [
        ProductLine(bag.id, "帆布袋", 1990, 1500, False), ProductLine(mug.id, "手工陶瓷马克杯", 5900, 2000, True)]
    assert [p.title for p in an.pickable_products(store, "key_products")] == ["手工陶瓷马克杯", "帆布袋"]
    assert [p.title for p in an.pickable_products(store, "new_arrivals", today=TODAY, days=7)] == ["帆布袋"]
    key = an.gather(store, "key_products", today=TODAY)
    assert [p.title for p in key["products"]] == ["手工陶瓷马克杯"]  # the bestseller is ticked first
    assert an.render("key_products", key).splitlines()[2] == "1. 手工陶瓷马克杯 ¥59 佣金20%（爆款）"
    assert an.render("new_arrivals", an.gather(store, "new_arrivals", today=TODAY)).splitlines()[2] == (
        "1. 帆布袋 ¥19.90 佣金15%")


def test_no_shop_default_leaves_the_rate_out(store):
    bag = pr.add_product(store, title="帆布袋", price_fen=1990, cost_fen=600)
    assert an.default_rate(store) is None
    assert an.product_lines(store, [bag.id])[0].rate_bp is None


def test_the_latest_shop_and_product_changes_are_announced_but_never_an_affiliates_own(catalogue):
    store, mug, bag, old = catalogue
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO commission_changes (scope, product_id, affiliate_id, old_bp, new_bp, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [("product", mug.id, "", 1000, 2000, "2024-11-01T10:00:00"),
             ("product", mug.id, "", 2000, 3000, "2024-11-10T10:00:00"),
             ("shop", "", "", None, 1500, "2024-11-05T10:00:00"),
             ("affiliate", mug.id, "zhangsan", None, 4000, "2024-11-15T10:00:00")])
    assert an.recent_changes(store) == [RateChange("手工陶瓷马克杯", 2000, 3000, date(2024, 11, 10)),
                                        RateChange("", None, 1500, date(2024, 11, 5))]


def test_only_the_bonus_plans_running_this_month(store):
    stamp = "2024-10-01T00:00:00"
    with store.write() as conn:
        conn.execute("INSERT INTO affiliate_groups (id, name, created_at, updated_at) VALUES ('g', '团长群', ?, ?)",
                     (stamp, stamp))
        for plan_id, name, metric, group, first, last in (
                ("p1", "月度冲单奖", "orders", "", "2024-09", None), ("p2", "团长奖", "amount", "g", "2024-11", "2024-11"),
                ("p3", "国庆奖", "orders", "", "2024-10", "2024-10"), ("p4", "年货节奖", "orders", "", "2024-12", None)):
            conn.execute("INSERT INTO bonus_plans (id, name, metric, group_id, first_month, last_month, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (plan_id, name, metric, group, first, last,
                                                                         stamp, stamp))
        conn.executemany("INSERT INTO bonus_tiers (plan_id, threshold, bonus_fen) VALUES (?, ?, ?)",
                         [("p1", 100, 30000), ("p1", 50, 10000), ("p2", 1_000_000, 50000), ("p3", 10, 100)])
    assert an.month_plans(store, today=TODAY) == [
        BonusLine("团长奖", "amount", "团长群", ((1_000_000, 50000),)),
        BonusLine("月度冲单奖", "orders", "", ((50, 10000), (100, 30000)))]
    assert an.gather(store, "bonus", today=TODAY)["month"] == "2024-11"
