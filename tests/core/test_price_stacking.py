"""Stacking Taobao's tools in platform order (单品宝 → 店铺宝/满减 → one coupon), and the lowest
price of the 7 days before a campaign."""

from __future__ import annotations

from datetime import date

import pytest

from app.core import price_stacking as ps
from app.core.price_stacking import Coupon, FullReduction
from app.core.price_tactics import Item, PromotionError

YUAN = 100


def steps(result) -> list[tuple[str, bool, int, int]]:
    return [(s.name, s.applied, s.reduction_fen, s.price_fen) for s in result.steps]


# --- stacking ---------------------------------------------------------------------------------


def test_a_full_reduction_reached_only_before_the_item_discount_does_not_apply():
    item = Item(100 * YUAN, 50 * YUAN)
    result = ps.stack_prices(item, item_discount_bp=8000, shop_offers=[FullReduction(90 * YUAN, 10 * YUAN)])
    assert steps(result) == [("list", True, 0, 10000), ("item", True, 2000, 8000), ("shop", False, 0, 8000)]
    assert result.final_price_fen == 80 * YUAN  # not 100 − 10 = 90, then 8折 = 72
    assert result.steps[2].offer is None
    reached = ps.stack_prices(item, item_discount_bp=8000, shop_offers=[FullReduction(80 * YUAN, 10 * YUAN)])
    assert reached.final_price_fen == 70 * YUAN and reached.steps[2].offer == FullReduction(8000, 1000)


def test_the_coupon_comes_last_and_is_checked_against_the_price_after_the_shop_offer():
    item = Item(100 * YUAN, 40 * YUAN, fee_bp=500)
    result = ps.stack_prices(item, item_cut_fen=5 * YUAN, shop_offers=[FullReduction(90 * YUAN, 10 * YUAN)],
                             coupons=[Coupon(80 * YUAN, 5 * YUAN), Coupon(90 * YUAN, 20 * YUAN), Coupon(0, 3 * YUAN)])
    assert steps(result) == [("list", True, 0, 10000), ("item", True, 500, 9500), ("shop", True, 1000, 8500),
                             ("coupon", True, 500, 8000)]
    assert result.steps[3].offer == Coupon(8000, 500)  # 满90减20 is out of reach at 85元
    outcome = result.outcome
    assert (outcome.buyer_price_fen, outcome.discount_fen, outcome.fee_fen, outcome.profit_fen) == (8000, 2000, 400, 3600)
    assert (result.below_cost, result.zero_price, outcome.loss) == (False, False, False)


def test_the_best_shop_tier_and_the_best_coupon_apply_once():
    tiers = [FullReduction(100 * YUAN, 10 * YUAN), FullReduction(200 * YUAN, 30 * YUAN)]
    coupons = [Coupon(0, 5 * YUAN), Coupon(0, 8 * YUAN), Coupon(0, 8 * YUAN)]
    result = ps.stack_prices(Item(250 * YUAN, 0), shop_offers=tiers, coupons=coupons)
    assert steps(result) == [("list", True, 0, 25000), ("shop", True, 3000, 22000), ("coupon", True, 800, 21200)]
    assert result.steps[1].offer == tiers[1] and result.steps[2].offer is coupons[1]
    # The tier is chosen at the price after 单品宝: 满250减50 is out of reach at 200元.
    tiers = [FullReduction(200 * YUAN, 30 * YUAN), FullReduction(250 * YUAN, 50 * YUAN)]
    after_item = ps.stack_prices(Item(250 * YUAN, 0), item_discount_bp=8000, shop_offers=tiers)
    assert after_item.final_price_fen == 170 * YUAN and after_item.steps[2].offer == tiers[0]


def test_every_full_threshold_reduces_again_when_repeated():
    assert ps.stack_prices(Item(35000, 0), shop_offers=[FullReduction(10000, 1000, repeat=True)]).final_price_fen == 32000
    assert ps.stack_prices(Item(35000, 0), shop_offers=[FullReduction(10000, 1000)]).final_price_fen == 34000
    assert FullReduction(10000, 1000, repeat=True).reduction(9999) == 0


def test_a_price_pushed_below_zero_is_a_zero_yuan_order():
    result = ps.stack_prices(Item(100 * YUAN, 30 * YUAN), item_cut_fen=120 * YUAN, coupons=[Coupon(0, 5 * YUAN)])
    assert steps(result) == [("list", True, 0, 10000), ("item", True, 10000, 0), ("coupon", False, 0, 0)]
    assert (result.final_price_fen, result.zero_price, result.below_cost) == (0, True, True)
    assert (result.outcome.profit_fen, result.outcome.loss, result.outcome.margin_bp) == (-3000, True, None)
    exact = ps.stack_prices(Item(5000, 0), coupons=[Coupon(0, 5000)])
    assert (exact.final_price_fen, exact.zero_price, exact.below_cost, exact.outcome.loss) == (0, True, False, False)


def test_below_cost_and_loss_flags_turn_at_their_own_thresholds():
    at_cost = ps.stack_prices(Item(10000, 6000, fee_bp=500), item_discount_bp=6000)
    assert (at_cost.below_cost, at_cost.outcome.loss, at_cost.outcome.profit_fen) == (False, True, -300)
    under = ps.stack_prices(Item(10000, 6001), item_discount_bp=6000)
    assert under.below_cost and under.outcome.loss
    even = ps.stack_prices(Item(10000, 6000), item_discount_bp=6000)
    assert (even.below_cost, even.outcome.loss) == (False, False)


def test_no_tools_leaves_the_list_price():
    result = ps.stack_prices(Item(9900, 5000))
    assert steps(result) == [("list", True, 0, 9900)] and result.final_price_fen == 9900


@pytest.mark.parametrize(("make", "message"), [
    (lambda: ps.stack_prices(Item(100, 0), item_discount_bp=8000, item_cut_fen=10), "either a discount or a price cut"),
    (lambda: ps.stack_prices(Item(100, 0), item_discount_bp=0), "share of the price the buyer pays"),
    (lambda: ps.stack_prices(Item(100, 0), item_cut_fen=-1), "price cut cannot be negative"),
    (lambda: FullReduction(0, 0), "满减 offer needs a threshold above ¥0"),
    (lambda: FullReduction(10000, 0), "满减 offer needs"),
    (lambda: FullReduction(10000, 10001), "满减 offer needs"),
    (lambda: Coupon(0, 0), "coupon needs an amount above ¥0"),
    (lambda: Coupon(-1, 500), "coupon needs an amount above ¥0 and a threshold of ¥0 or more"),
])
def test_bad_tools_are_refused(make, message):
    with pytest.raises(PromotionError, match=message):
        make()


# --- the 7-day lowest price -------------------------------------------------------------------

DOUBLE_11 = date(2024, 11, 11)  # the window is 11-04 … 11-10


def test_the_lowest_price_of_the_seven_days_before_a_campaign():
    history = [(date(2024, 10, 20), 12000), (date(2024, 11, 5), 9900), (date(2024, 11, 8), 10500),
               (date(2024, 11, 11), 8000), (date(2024, 11, 12), 7000)]
    assert ps.lowest_price_before(history, DOUBLE_11) == 9900  # the campaign day itself does not count
    assert ps.lowest_price_before(history, DOUBLE_11, days=4) == 9900  # set on 11-05, it still held on 11-07
    assert ps.lowest_price_before(history, DOUBLE_11, days=3) == 10500  # replaced on 11-08
    assert ps.lowest_price_before(history[2:], DOUBLE_11, days=30) == 10500


def test_a_price_set_before_the_window_counts_while_it_is_in_effect():
    history = [(date(2024, 11, 3), 8800), (date(2024, 11, 1), 7000), (date(2024, 11, 6), 9900)]
    assert ps.lowest_price_before(history, DOUBLE_11) == 8800  # set on 11-03, it held on 11-04 and 11-05
    replaced = history + [(date(2024, 11, 4), 9500)]
    assert ps.lowest_price_before(replaced, DOUBLE_11) == 9500  # replaced on the window's first day


def test_no_known_price_before_a_campaign_is_none():
    assert ps.lowest_price_before([], DOUBLE_11) is None
    assert ps.lowest_price_before([(DOUBLE_11, 8000)], DOUBLE_11) is None


def test_bad_history_is_refused():
    with pytest.raises(PromotionError, match="cannot be negative"):
        ps.lowest_price_before([(date(2024, 11, 5), -1)], DOUBLE_11)
    with pytest.raises(PromotionError, match="number of days must be from 1"):
        ps.lowest_price_before([], DOUBLE_11, days=0)


def test_a_discount_is_measured_against_the_lowest_earlier_price():
    check = ps.discount_vs_lowest(8900, 9900)
    assert (check.discount_fen, check.discount_depth_bp, check.genuine) == (1000, 1010, True)
    same = ps.discount_vs_lowest(9900, 9900)
    assert (same.discount_fen, same.genuine) == (0, False)
    higher = ps.discount_vs_lowest(10900, 9900)
    assert (higher.discount_fen, higher.discount_depth_bp, higher.genuine) == (-1000, -1010, False)
    with pytest.raises(PromotionError, match="lowest earlier price must be more than ¥0"):
        ps.discount_vs_lowest(8900, 0)
    with pytest.raises(PromotionError, match="campaign price cannot be negative"):
        ps.discount_vs_lowest(-1, 9900)
