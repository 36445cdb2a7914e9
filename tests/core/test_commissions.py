"""Commission rates: which rate applies, the history of every change, and the brief's rules (loss
needs confirmation, a bestseller cut is warned about, advice by shop stage, 50% of ¥100 is ¥50)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core import commissions as cm
from app.core import products as pr
from app.core.commissions import CommissionError, LossNotConfirmed
from app.core.money import apply_rate

NOW = datetime(2024, 11, 1, 9, 30)


def add_affiliate(store, name, *, deleted=False):
    aid = f"aff-{name}"
    store.conn.execute("INSERT INTO affiliates (id, name, sort_name, created_at, updated_at, deleted_at) "
                       "VALUES (?, ?, ?, '2024-01-01T00:00:00', '2024-01-01T00:00:00', ?)",
                       (aid, name, name, "2024-02-01T00:00:00" if deleted else None))
    store.conn.commit()
    return aid


@pytest.fixture
def shop(store):
    """A ¥100 bestseller with a ¥55 margin (cost ¥40, fee 5%), a cheap one, and two affiliates."""
    star = pr.add_product(store, title="爆款保温杯", price_fen=10000, cost_fen=4000, fee_bp=500, bestseller=True)
    plain = pr.add_product(store, title="竹制杯垫", price_fen=2000, cost_fen=1000, fee_bp=0)
    return store, star, plain, add_affiliate(store, "张三"), add_affiliate(store, "李四")


def changes(store):
    return store.conn.execute("SELECT scope, product_id, affiliate_id, old_bp, new_bp, reason, changed_by, changed_at "
                              "FROM commission_changes ORDER BY id").fetchall()


# --- the brief's rules as pure functions ------------------------------------------------------


def test_fifty_percent_of_a_100_yuan_item_pays_the_affiliate_50_yuan():
    assert cm.commission_fen(10000, 5000) == 5000 == apply_rate(10000, 5000)
    assert cm.commission_fen(5900, 2000) == 1180


def test_a_rate_at_or_above_the_margin_is_a_loss(shop):
    _store, star, plain, *_ = shop
    assert star.margin_bp == 5500  # ¥100 − ¥40 − ¥5
    assert cm.is_loss(5500, star) and cm.is_loss(6000, star)
    assert not cm.is_loss(5499, star) and not cm.is_loss(5000, star)  # the new shop's 50% still leaves ¥5
    assert plain.margin_bp == 5000 and cm.is_loss(5000, plain) and not cm.is_loss(4999, plain)


def test_a_product_losing_money_before_commission_loses_at_any_rate():
    loser = pr.Product("x", "亏本货", "", 1000, 1200, 0, False, True, None, "", "")
    assert cm.is_loss(0, loser)


def test_the_bestseller_cut_warning_only_when_lowering_a_bestseller(shop):
    _store, star, plain, *_ = shop
    warning = cm.bestseller_cut_warning(star, 3000, 2000)
    assert warning is not None
    text = warning.format()
    assert "爆款保温杯" in text and "30% → 20%" in text and "30% → 20% → 10%" in text
    assert "affiliates leave" in text and "only when it is sliding" in text and "careful thought" in text
    assert cm.bestseller_cut_warning(star, 2000, 3000) is None  # raising
    assert cm.bestseller_cut_warning(star, 2000, 2000) is None
    assert cm.bestseller_cut_warning(plain, 3000, 1000) is None  # not a bestseller
    assert cm.bestseller_cut_warning(star, None, 1000) is None


def test_advice_by_stage(shop):
    _store, star, plain, *_ = shop
    new = cm.rate_advice("new")
    assert (new.low_bp, new.high_bp) == (3000, 5000)
    assert "50%: a ¥100 item pays the affiliate ¥50" in new.notices[0].format()
    stable = cm.rate_advice("stable")
    assert (stable.low_bp, stable.high_bp) == (1500, 2500) and "upper-middle" in stable.notices[0].format()
    # A new shop's range stops below the product's margin: 50% would leave the coaster nothing.
    capped = cm.rate_advice("new", plain)
    assert (capped.low_bp, capped.high_bp) == (3000, 4999)
    assert "at most 49.99%" in capped.notices[1].format()
    assert any("kept stable" in n.format() for n in cm.rate_advice("stable", star).notices)
    with pytest.raises(ValueError):
        cm.rate_advice("booming")


def test_advice_for_a_thin_margin_and_for_a_product_sold_below_cost():
    thin = pr.Product("t", "薄利款", "", 10000, 8000, 0, False, True, None, "", "")  # 20% margin
    advice = cm.rate_advice("stable", thin)
    assert (advice.low_bp, advice.high_bp) == (1500, 1999)
    loser = pr.Product("x", "亏本货", "", 1000, 1200, 0, False, True, None, "", "")
    assert (cm.rate_advice("new", loser).low_bp, cm.rate_advice("new", loser).high_bp) == (0, 0)


# --- which rate applies -----------------------------------------------------------------------


def test_precedence_affiliate_product_then_affiliate_all_then_product_then_shop(shop):
    store, star, _plain, zhang, li = shop
    assert cm.shop_default(store) == cm.DEFAULT_BP == 2000
    assert cm.effective_rate(store, star.id) == (2000, "shop")
    assert cm.effective_rate(store, star.id, zhang) == (2000, "shop")
    cm.set_shop_default(store, 1800, changed_by="店长", reason="稳定期")
    assert cm.effective_rate(store, star.id, zhang) == (1800, "shop")
    cm.set_product_rate(store, star.id, 2500, changed_by="店长", reason="主推")
    assert cm.effective_rate(store, star.id, zhang) == (2500, "product")
    cm.set_affiliate_rate(store, zhang, "", 3000, changed_by="店长", reason="大淘客")
    assert cm.effective_rate(store, star.id, zhang) == (3000, "affiliate")
    cm.set_affiliate_rate(store, zhang, star.id, 3500, changed_by="店长", reason="专场")
    assert cm.effective_rate(store, star.id, zhang) == (3500, "affiliate_product")
    assert cm.effective_rate(store, star.id, li) == (2500, "product")  # others are untouched
    assert cm.effective_rate(store, star.id) == (2500, "product")
    cm.remove_affiliate_rate(store, zhang, star.id, changed_by="店长", reason="专场结束")
    assert cm.effective_rate(store, star.id, zhang) == (3000, "affiliate")
    cm.set_product_rate(store, star.id, None, changed_by="店长", reason="回到默认")
    assert cm.effective_rate(store, star.id) == (1800, "shop")


# --- history ----------------------------------------------------------------------------------


def test_every_change_is_kept_with_when_who_old_new_and_why(shop):
    store, star, _plain, zhang, _li = shop
    cm.set_shop_default(store, 1800, changed_by="店长", reason="稳定期", now=NOW)
    cm.set_product_rate(store, star.id, 3000, changed_by="店长", reason="主推", now=NOW)
    cm.set_product_rate(store, star.id, 3000, changed_by="店长", reason="no change, no row", now=NOW)
    cm.set_affiliate_rate(store, zhang, "", 2500, changed_by="客服小王", reason="大淘客", now=NOW)
    cm.remove_affiliate_rate(store, zhang, "", changed_by="客服小王", reason="合作暂停", now=NOW)
    stamp = "2024-11-01T09:30:00"
    assert changes(store) == [
        ("shop", "", "", None, 1800, "稳定期", "店长", stamp),
        ("product", star.id, "", None, 3000, "主推", "店长", stamp),
        ("affiliate", "", zhang, None, 2500, "大淘客", "客服小王", stamp),
        ("affiliate", "", zhang, 2500, None, "合作暂停", "客服小王", stamp),
    ]
    assert pr.get_product(store, star.id).commission_bp == 3000  # through the catalogue
    assert [c.reason for c in cm.list_changes(store, product_id=star.id)] == ["主推"]
    assert [c.reason for c in cm.list_changes(store, affiliate_id=zhang)] == ["合作暂停", "大淘客"]
    assert [c.reason for c in cm.list_changes(store, scope="shop")] == ["稳定期"]
    assert cm.count_changes(store) == 4 and cm.count_changes(store, affiliate_id=zhang) == 2
    assert cm.list_changes(store, affiliate_id=zhang)[0].affiliate_name == "张三"
    assert cm.changed_affiliates(store) == [(zhang, "张三")]


def test_a_bestseller_cut_is_flagged_in_the_history(shop):
    store, star, plain, *_ = shop
    cm.set_product_rate(store, star.id, 3000, changed_by="店长", reason="主推", now=NOW)
    cm.set_product_rate(store, star.id, 2000, changed_by="店长", reason="降佣", now=datetime(2024, 11, 2))
    cm.set_product_rate(store, plain.id, 1000, changed_by="店长", reason="x", now=NOW)
    cm.set_product_rate(store, plain.id, 500, changed_by="店长", reason="y", now=datetime(2024, 11, 2))
    flags = {(c.product_title, c.reason): c.bestseller_cut for c in cm.list_changes(store)}
    assert flags == {("爆款保温杯", "降佣"): True, ("爆款保温杯", "主推"): False, ("竹制杯垫", "x"): False,
                     ("竹制杯垫", "y"): False}


def test_a_reason_is_required_and_nothing_changes_without_one(shop):
    store, star, *_ = shop
    with pytest.raises(CommissionError, match="Say why"):
        cm.set_product_rate(store, star.id, 3000, changed_by="店长", reason="  ")
    assert changes(store) == [] and pr.get_product(store, star.id).commission_bp is None


# --- loss needs confirmation ------------------------------------------------------------------


def test_a_loss_making_product_rate_is_refused_unless_confirmed(shop):
    store, star, *_ = shop
    with pytest.raises(LossNotConfirmed) as refused:
        cm.set_product_rate(store, star.id, 5500, changed_by="店长", reason="冲量")
    assert "爆款保温杯" in str(refused.value) and "55%" in str(refused.value)
    assert changes(store) == [] and pr.get_product(store, star.id).commission_bp is None
    cm.set_product_rate(store, star.id, 5500, changed_by="店长", reason="冲量", confirm_loss=True)
    assert pr.get_product(store, star.id).commission_bp == 5500 and len(changes(store)) == 1
    cm.set_product_rate(store, star.id, 5499, changed_by="店长", reason="回到不亏")  # no confirmation needed


def test_the_shop_default_and_an_all_products_override_check_every_product_they_cover(shop):
    store, star, plain, zhang, _li = shop
    check = cm.check_change(store, "shop", 5000)
    assert check.loss_ids == (plain.id,)  # the coaster's margin is 50%; the cup's 55%
    with pytest.raises(LossNotConfirmed):
        cm.set_shop_default(store, 5000, changed_by="店长", reason="新店")
    assert cm.shop_default(store) == 2000 and changes(store) == []
    cm.set_product_rate(store, plain.id, 1000, changed_by="店长", reason="单独定")
    assert cm.check_change(store, "shop", 5000).losses == ()  # the coaster has its own rate now
    assert cm.check_change(store, "affiliate", 5000, affiliate_id=zhang).loss_ids == (plain.id,)
    cm.set_affiliate_rate(store, zhang, plain.id, 1000, changed_by="店长", reason="单品")
    assert cm.check_change(store, "affiliate", 5000, affiliate_id=zhang).losses == ()


def test_check_change_lists_the_bestseller_cut_for_each_scope(shop):
    store, star, _plain, zhang, _li = shop
    assert len(cm.check_change(store, "shop", 1500).cuts) == 1  # the cup pays the default
    assert cm.check_change(store, "shop", 2500).cuts == ()
    assert len(cm.check_change(store, "product", 1000, product_id=star.id).cuts) == 1
    cm.set_affiliate_rate(store, zhang, "", 3000, changed_by="店长", reason="大淘客")
    assert len(cm.check_change(store, "affiliate", 2500, product_id=star.id, affiliate_id=zhang).cuts) == 1
    assert cm.check_change(store, "affiliate", 3500, product_id=star.id, affiliate_id=zhang).cuts == ()


def test_bad_input_changes_nothing(shop):
    store, star, _plain, zhang, _li = shop
    with pytest.raises(CommissionError, match="from 0% to 100%"):
        cm.set_product_rate(store, star.id, 10001, changed_by="店长", reason="x")
    with pytest.raises(pr.ProductError):
        cm.set_affiliate_rate(store, zhang, "nope", 1000, changed_by="店长", reason="x")
    gone = add_affiliate(store, "王五", deleted=True)
    with pytest.raises(CommissionError, match="no longer exists"):
        cm.set_affiliate_rate(store, gone, "", 1000, changed_by="店长", reason="x")
    assert changes(store) == [] and cm.list_overrides(store) == []


def test_overrides_are_listed_by_affiliate_with_the_all_products_one_first(shop):
    store, star, plain, zhang, li = shop
    cm.set_affiliate_rate(store, zhang, plain.id, 1200, changed_by="店长", reason="a")
    cm.set_affiliate_rate(store, zhang, "", 2500, changed_by="店长", reason="b")
    cm.set_affiliate_rate(store, li, star.id, 3000, changed_by="店长", reason="c")
    listed = [(o.affiliate_name, o.product_title, o.rate_bp) for o in cm.list_overrides(store)]
    assert [o for o in listed if o[0] == "张三"] == [("张三", "", 2500), ("张三", "竹制杯垫", 1200)]
    assert ("李四", "爆款保温杯", 3000) in listed and cm.count_overrides(store) == 3


def test_shop_stage_defaults_to_stable_and_is_kept(store):
    assert cm.shop_stage(store) == "stable"
    cm.set_shop_stage(store, "new")
    assert cm.shop_stage(store) == "new"
    with pytest.raises(ValueError):
        cm.set_shop_stage(store, "old")


def test_demo_sets_rates_with_history_and_a_flagged_bestseller_cut(shop):
    store, star, *_ = shop
    cm.load_demo(store, today=date(2024, 11, 20))
    assert cm.shop_stage(store) == "stable" and cm.shop_default(store) == 2000
    history = cm.list_changes(store)
    assert any(c.bestseller_cut and c.product_id == star.id for c in history)
    assert cm.count_overrides(store) == 2
    assert all(not cm.is_loss(cm.effective_rate(store, p.id)[0], p) for p in pr.list_products(store))


def test_demo_fills_an_empty_catalogue_and_works_without_affiliates(store):
    cm.load_demo(store, today=date(2024, 11, 20))
    assert [p.title for p in pr.list_products(store) if p.bestseller] == ["明前龙井 250g"]
    assert any(c.bestseller_cut for c in cm.list_changes(store)) and cm.count_overrides(store) == 0
