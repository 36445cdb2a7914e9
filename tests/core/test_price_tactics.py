"""Price tactics (domain.md §2), with the articles' worked examples reproduced exactly, the loss
flag on both sides of break-even, and bad input."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from app.core import price_tactics as pt
from app.core.money import format_rate
from app.core.price_tactics import Item, PromotionError
from app.core.products import Product

YUAN = 100


def prices(outcomes) -> list[int]:
    return [o.buyer_price_fen for o in outcomes]


# --- the item and one sale --------------------------------------------------------------------


def test_profit_is_after_fee_and_commission_on_the_buyer_price():
    sale = pt.price_outcome(Item(100 * YUAN, 50 * YUAN, fee_bp=500, commission_bp=2000), 80 * YUAN)
    assert (sale.list_price_fen, sale.buyer_price_fen, sale.discount_fen, sale.discount_depth_bp, sale.zhe_bp) == (
        10000, 8000, 2000, 2000, 8000)
    assert (sale.cost_fen, sale.fee_fen, sale.commission_fen, sale.profit_fen, sale.margin_bp, sale.loss) == (
        5000, 400, 1600, 1000, 1250, False)


def test_fee_and_commission_round_half_up_to_the_fen():
    sale = pt.price_outcome(Item(999, 0, fee_bp=50, commission_bp=150), 999)  # 4.995 and 14.985 fen
    assert (sale.fee_fen, sale.commission_fen, sale.profit_fen) == (5, 15, 979)


def test_a_sale_at_zero_has_no_margin():
    sale = pt.price_outcome(Item(100, 50), 0)
    assert (sale.margin_bp, sale.profit_fen, sale.loss) == (None, -50, True)


def test_an_item_from_a_product_takes_its_rate_or_the_shops_default():
    product = Product("id", "杯", "", 5900, 2000, 500, False, True, None, "", "")
    assert Item.of(product, 1500) == Item(5900, 2000, 500, 1500)
    assert Item.of(product) == Item(5900, 2000, 500, None)
    own = Product("id", "杯", "", 5900, 2000, 500, True, True, 2000, "", "")
    assert Item.of(own, 1500).commission_bp == 2000


@pytest.mark.parametrize(("fields", "message"), [
    ((0, 0), "list price must be more than ¥0"),
    ((-100, 0), "list price must be more than ¥0"),
    ((100, -1), "cost cannot be negative"),
    ((100, 0, 10001), r"platform fee must be from 0% to 100%, not 100.01%"),
    ((100, 0, 0, 10001), r"commission must be from 0% to 100%"),
    ((100, 0, 0, -1), r"commission must be from 0% to 100%"),
])
def test_a_bad_item_is_refused(fields, message):
    with pytest.raises(PromotionError, match=message):
        Item(*fields)


def test_money_must_be_integers_of_fen():
    with pytest.raises(TypeError):
        Item(99.9, 0)
    with pytest.raises(TypeError):
        pt.cut_then_discount(Item(10000, 0), cut_fen=10.0, discount_bp=8000, straight_bp=6000)


# --- 1. 临界价格 threshold price ------------------------------------------------------------------


def test_threshold_prices_sit_just_under_the_round_number():
    result = pt.threshold_prices(Item(100 * YUAN, 60 * YUAN))
    assert (result.target_fen, result.step_fen, result.round_fen) == (10000, 1000, 10000)
    assert prices(result.options) == [9900, 9990, 9800]  # 99, 99.9, 98 instead of 100
    assert [o.discount_fen for o in result.options] == [100, 10, 200]
    assert [o.profit_fen for o in result.options] == [3900, 3990, 3800]
    assert [o.margin_bp for o in result.options] == [3939, 3994, 3878]


@pytest.mark.parametrize(("target", "round_fen", "charm"), [
    (200 * YUAN, 20000, [19900, 19990, 19800]),
    (203 * YUAN, 20000, [19900, 19990, 19800]),
    (196 * YUAN, 20000, [19900, 19990, 19800]),
    (1260 * YUAN, 130000, [129900, 129990, 129800]),  # 100元 steps from 1,000元
    (995 * YUAN, 100000, [99900, 99990, 99800]),
    (950, 1000, [900, 990, 800]),  # 1元 steps under 10元
    (250, 300, [200, 290, 100]),
])
def test_the_round_number_follows_the_size_of_the_target(target, round_fen, charm):
    result = pt.threshold_prices(Item(100 * YUAN, 0), target_fen=target)
    assert result.round_fen == round_fen and prices(result.options) == charm
    assert all(o.list_price_fen == round_fen for o in result.options)


def test_a_threshold_step_can_be_chosen():
    # 140元 rounds to 140 in 10元 steps, but to 150 in 50元 steps
    assert prices(pt.threshold_prices(Item(100, 0), target_fen=14000).options) == [13900, 13990, 13800]
    assert prices(pt.threshold_prices(Item(100, 0), target_fen=14000, step_fen=5000).options) == [14900, 14990, 14800]


def test_threshold_loss_flag_turns_at_break_even():
    even = pt.threshold_prices(Item(10000, 9800))
    assert [o.loss for o in even.options] == [False, False, False]
    assert even.options[2].profit_fen == 0
    below = pt.threshold_prices(Item(10000, 9801))
    assert [o.loss for o in below.options] == [False, False, True]


# --- 2. 阶梯价格 stepped price --------------------------------------------------------------------


def test_a_new_item_goes_from_half_price_to_full_price_in_six_days():
    schedule = pt.stepped_prices(Item(100 * YUAN, 40 * YUAN), date(2024, 11, 1))
    assert [d.day for d in schedule.days] == [1, 2, 3, 4, 5, 6]
    assert [d.date for d in schedule.days] == [date(2024, 11, 1) + timedelta(days=n) for n in range(6)]
    assert [d.price_bp for d in schedule.days] == [5000, 6000, 7000, 8000, 9000, 10000]
    assert prices(d.outcome for d in schedule.days) == [5000, 6000, 7000, 8000, 9000, 10000]
    assert [d.outcome.profit_fen for d in schedule.days] == [1000, 2000, 3000, 4000, 5000, 6000]
    assert schedule.days[-1].outcome.discount_fen == 0 and schedule.loss_days == 0


def test_stepped_loss_flag_turns_at_break_even():
    even = pt.stepped_prices(Item(10000, 5000), date(2024, 11, 1))
    assert even.days[0].outcome.profit_fen == 0 and even.loss_days == 0
    below = pt.stepped_prices(Item(10000, 5001), date(2024, 11, 1))
    assert [d.outcome.loss for d in below.days] == [True, False, False, False, False, False]
    assert below.loss_days == 1


def test_a_ladder_can_hold_a_step_for_several_days():
    schedule = pt.stepped_prices(Item(9900, 0), date(2024, 12, 30), [5000, 5000, 10000])
    assert prices(d.outcome for d in schedule.days) == [4950, 4950, 9900]
    assert schedule.days[-1].date == date(2025, 1, 1)


# --- 3. 降价加打折 cut then discount ---------------------------------------------------------------


def test_cutting_ten_yuan_then_20_percent_off_gives_away_28_yuan_not_40():
    result = pt.cut_then_discount(Item(100 * YUAN, 50 * YUAN), cut_fen=10 * YUAN, discount_bp=8000, straight_bp=6000)
    assert result.after_cut_fen == 90 * YUAN
    assert (result.combined.buyer_price_fen, result.combined.discount_fen) == (72 * YUAN, 28 * YUAN)
    assert (result.straight.buyer_price_fen, result.straight.discount_fen) == (60 * YUAN, 40 * YUAN)
    assert result.saved_fen == 12 * YUAN
    assert (result.combined.profit_fen, result.straight.profit_fen) == (22 * YUAN, 10 * YUAN)


def test_cut_then_discount_pays_commission_on_what_the_buyer_pays():
    result = pt.cut_then_discount(Item(10000, 5000, 0, 1000), cut_fen=1000, discount_bp=8000, straight_bp=6000)
    assert (result.combined.commission_fen, result.combined.profit_fen) == (720, 1480)


def test_cut_then_discount_loss_flag_turns_at_break_even():
    even = pt.cut_then_discount(Item(10000, 6000), cut_fen=1000, discount_bp=8000, straight_bp=6000)
    assert (even.straight.profit_fen, even.straight.loss, even.combined.loss) == (0, False, False)
    below = pt.cut_then_discount(Item(10000, 6001), cut_fen=1000, discount_bp=8000, straight_bp=6000)
    assert (below.straight.loss, below.combined.loss) == (True, False)


# --- 4. 错觉折扣 illusion discount ----------------------------------------------------------------


def test_pay_100_take_130_is_769_zhe_and_earns_slightly_more_than_7_zhe():
    result = pt.illusion_discount(Item(100 * YUAN, 60 * YUAN), pay_fen=100 * YUAN, worth_fen=130 * YUAN,
                                  compare_bp=7000)
    assert (result.effective_bp, format_rate(result.effective_bp), result.bonus_bp) == (7692, "76.92%", 3000)
    assert (result.illusion.buyer_price_fen, result.illusion.discount_depth_bp) == (7692, 2308)
    assert (result.compared.buyer_price_fen, result.compared.profit_fen) == (7000, 1000)
    assert result.illusion.profit_fen == 1692
    assert (result.extra_profit_fen, result.earns_more) == (692, True)
    # Against 7.7折 it is about even (and 8 fen short): it only feels better.
    close = pt.illusion_discount(Item(10000, 6000), pay_fen=10000, worth_fen=13000, compare_bp=7700)
    assert (close.extra_profit_fen, close.earns_more) == (-8, False)


def test_the_illusion_price_per_unit_rounds_half_up():
    result = pt.illusion_discount(Item(10000, 0), pay_fen=10000, worth_fen=15000, compare_bp=7000)
    assert (result.effective_bp, result.illusion.buyer_price_fen, result.bonus_bp) == (6667, 6667, 5000)


def test_illusion_loss_flag_turns_at_break_even():
    even = pt.illusion_discount(Item(10000, 7692), pay_fen=10000, worth_fen=13000, compare_bp=7000)
    assert (even.illusion.profit_fen, even.illusion.loss, even.compared.loss) == (0, False, True)
    below = pt.illusion_discount(Item(10000, 7693), pay_fen=10000, worth_fen=13000, compare_bp=7000)
    assert below.illusion.loss


# --- 5. 一刻千金 flash window ---------------------------------------------------------------------


def flash(item):  # 9:00–9:30 at 5元, 20 a day for 7 days (CALLS, below)
    return pt.flash_window(item, **CALLS[pt.flash_window])


def test_a_flash_window_from_9_to_930_at_5_yuan():
    result = flash(Item(59 * YUAN, 20 * YUAN, fee_bp=500))
    assert (result.start, result.end, result.minutes) == (time(9, 0), time(9, 30), 30)
    assert (result.flash.buyer_price_fen, result.flash.fee_fen, result.flash.profit_fen) == (500, 25, -1525)
    assert result.flash.loss and not result.normal.loss
    assert (result.loss_per_unit_fen, result.normal.profit_fen, result.forgone_profit_fen) == (1525, 3605, 5130)
    assert (result.units, result.total_subsidy_fen, result.total_forgone_fen) == (140, 213500, 718200)


def test_flash_subsidy_starts_below_break_even():
    even = flash(Item(5900, 475, fee_bp=500))  # 5元 − 0.25 fee − 4.75 cost = 0
    assert (even.flash.profit_fen, even.flash.loss, even.loss_per_unit_fen, even.total_subsidy_fen) == (0, False, 0, 0)
    below = flash(Item(5900, 476, fee_bp=500))
    assert (below.flash.loss, below.loss_per_unit_fen, below.total_subsidy_fen) == (True, 1, 140)
    covered = flash(Item(5900, 300))  # the flash price still leaves 2元
    assert (covered.flash.profit_fen, covered.loss_per_unit_fen, covered.forgone_profit_fen) == (200, 0, 5400)


# --- 6. 超值一元 one-yuan deal --------------------------------------------------------------------


def test_a_one_yuan_deal_and_the_related_sales_that_pay_it_back():
    deal = pt.one_yuan_deal(Item(99 * YUAN, 30 * YUAN), quantity=50, related_profit_fen=40 * YUAN)
    assert (deal.deal.buyer_price_fen, deal.deal.discount_fen, deal.quantity) == (100, 9800, 50)
    assert (deal.subsidy_per_unit_fen, deal.total_subsidy_fen) == (2900, 145000)
    assert (deal.related_profit_fen, deal.payback_sales) == (4000, 37)  # 36.25 rounded up
    exact = pt.one_yuan_deal(Item(9900, 3000), quantity=50, related_profit_fen=5000)
    assert exact.payback_sales == 29
    with_fee = pt.one_yuan_deal(Item(9900, 3000, fee_bp=600), quantity=50, related_profit_fen=5000)
    assert (with_fee.subsidy_per_unit_fen, with_fee.total_subsidy_fen) == (2906, 145300)


def test_one_yuan_subsidy_starts_below_break_even():
    even = pt.one_yuan_deal(Item(9900, 100), quantity=10, related_profit_fen=500)
    assert (even.deal.loss, even.subsidy_per_unit_fen, even.payback_sales) == (False, 0, 0)
    below = pt.one_yuan_deal(Item(9900, 101), quantity=10, related_profit_fen=500)
    assert (below.deal.loss, below.total_subsidy_fen, below.payback_sales) == (True, 10, 1)
    covered = pt.one_yuan_deal(Item(9900, 80), quantity=10, related_profit_fen=500)
    assert (covered.deal.profit_fen, covered.total_subsidy_fen, covered.payback_sales) == (20, 0, 0)


# --- bad input --------------------------------------------------------------------------------

CALLS = {  # good arguments, which each case below spoils one at a time
    pt.threshold_prices: {},
    pt.stepped_prices: {"start": date(2024, 11, 1)},
    pt.cut_then_discount: {"cut_fen": 1000, "discount_bp": 8000, "straight_bp": 6000},
    pt.illusion_discount: {"pay_fen": 10000, "worth_fen": 13000, "compare_bp": 7000},
    pt.flash_window: {"start": time(9, 0), "end": time(9, 30), "flash_price_fen": 500, "cap_per_day": 20, "days": 7},
    pt.one_yuan_deal: {"quantity": 50, "related_profit_fen": 4000},
}
SHARE = "share of the price the buyer pays"


@pytest.mark.parametrize(("calculator", "kwargs", "message"), [
    (pt.threshold_prices, {"target_fen": 240}, r"round price above ¥2.00; ¥2.00 is too low"),
    (pt.threshold_prices, {"target_fen": 0}, "target price must be more than ¥0"),
    (pt.threshold_prices, {"step_fen": 0}, "rounding step must be more than ¥0"),
    (pt.stepped_prices, {"ladder": []}, "needs from 1 to 366 steps, not 0"),
    (pt.stepped_prices, {"ladder": [5000] * 367}, "needs from 1 to 366 steps, not 367"),
    (pt.stepped_prices, {"ladder": [0, 5000]}, r"8折 = 80%\): more than 0% and at most 100%, not 0%"),
    (pt.stepped_prices, {"ladder": [5000, 10001]}, r"not 100.01%"),
    (pt.stepped_prices, {"ladder": [6000, 5000]}, r"must not go down \(50% comes after 60%\)"),
    (pt.cut_then_discount, {"cut_fen": 10000}, "price cut must be from ¥0 to less than the list price"),
    (pt.cut_then_discount, {"cut_fen": -1}, "price cut must be from ¥0 to less than the list price"),
    (pt.cut_then_discount, {"discount_bp": 0}, SHARE),
    (pt.cut_then_discount, {"straight_bp": 10001}, SHARE),
    (pt.illusion_discount, {"pay_fen": 0}, "amount paid must be more than ¥0"),
    (pt.illusion_discount, {"worth_fen": 10000}, "worth more than the amount paid"),
    (pt.illusion_discount, {"compare_bp": 0}, SHARE),
    (pt.flash_window, {"end": time(9, 0)}, "must end after it starts"),
    (pt.flash_window, {"start": time(23, 30), "end": time(0, 30)}, "must end after it starts"),
    (pt.flash_window, {"flash_price_fen": 0}, "flash price must be more than ¥0 and below the list price, not ¥0.00"),
    (pt.flash_window, {"flash_price_fen": 10000}, "flash price must be more than ¥0 and below the list price, not ¥100"),
    (pt.flash_window, {"cap_per_day": 0}, "quantity per day must be at least 1"),
    (pt.flash_window, {"days": 0}, "number of days must be from 1 to 366, not 0"),
    (pt.flash_window, {"days": 367}, "number of days must be from 1 to 366, not 367"),
    (pt.one_yuan_deal, {"quantity": 0}, "quantity must be at least 1"),
    (pt.one_yuan_deal, {"related_profit_fen": 0}, "profit per related sale must be more than ¥0"),
    (pt.one_yuan_deal, {"deal_price_fen": 0}, "deal price must be more than ¥0 and below the list price"),
    (pt.one_yuan_deal, {"deal_price_fen": 10000}, "deal price must be more than ¥0 and below the list price, not ¥100"),
])
def test_bad_input_is_refused(calculator, kwargs, message):
    calculator(Item(10000, 0), **CALLS[calculator])  # the good arguments work
    with pytest.raises(PromotionError, match=message):
        calculator(Item(10000, 0), **{**CALLS[calculator], **kwargs})
