"""Period figures (客单价, 转化率, shares, 复购), comparisons for the big-number cards, the revenue
identity as a Shapley waterfall, top-N with "others", and the best flash-sale hours."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.errors import UserError
from app.core.sales_figures import (
    BuyerCounts, Change, PeakWindow, RevenueItem, SalesFigureError, change, compare, decompose_revenue_change,
    heatmap_peak, period_figures, top_n)
from app.core.sales_periods import DayTotals

D1, D2, D3 = date(2024, 3, 1), date(2024, 3, 2), date(2024, 3, 3)
ROWS = [
    DayTotals(D1, revenue_fen=30000, orders=4, buyers=3, closed=1, closed_fen=900, visitors=100, page_views=250),
    DayTotals(D2, revenue_fen=12345, orders=2, buyers=2, unpaid=1, visitors=80, page_views=100),
    DayTotals(D3, visitors=20, page_views=30),
]


def test_period_figures_hand_computed():
    f = period_figures(D1, D3, ROWS, BuyerCounts(buyers=4, returning=1, multi_order=1))
    assert (f.revenue_fen, f.orders, f.buyers, f.closed, f.unpaid) == (42345, 6, 4, 1, 1)
    assert (f.visitors, f.page_views) == (200, 380)
    assert f.aov_fen == 10586  # 42345 / 4 = 10586.25
    assert f.conversion_bp == 200  # 4 / 200 = 2%
    assert f.all_orders == 8 and f.closed_fen == 900  # closed and unpaid are not among the 6 paid
    assert f.closed_share_bp == f.unpaid_share_bp == 1250  # 1 of 8 orders
    assert f.repurchase_bp == f.multi_order_bp == 2500


def test_aov_rounds_half_up_and_buyers_come_from_the_caller():
    f = period_figures(D1, D1, [DayTotals(D1, revenue_fen=5, orders=2, buyers=2, visitors=3)], BuyerCounts(2))
    assert f.aov_fen == 3 and f.conversion_bp == 6667  # 2.5 → 3; 2/3
    f = period_figures(D1, D2, ROWS[:2], BuyerCounts(3))  # 3 + 2 daily buyers, but 3 distinct
    assert f.buyers == 3 and f.aov_fen == 14115  # 42345 / 3


def test_unknown_traffic_on_one_day_hides_conversion():
    rows = [ROWS[0], ROWS[1], DayTotals(D3, page_views=30)]
    f = period_figures(D1, D3, rows, BuyerCounts(4))
    assert f.visitors is None and f.conversion_bp is None
    assert f.page_views == 380 and f.aov_fen == 10586
    f = period_figures(D1, D3, ROWS[:2], BuyerCounts(4))  # 3 March has no row at all
    assert f.visitors is None and f.page_views is None and f.conversion_bp is None


def test_no_orders_and_zero_visitors():
    f = period_figures(D1, D1, [DayTotals(D1, visitors=0, page_views=0)], BuyerCounts(0))
    assert (f.revenue_fen, f.orders, f.visitors) == (0, 0, 0)
    assert f.aov_fen is f.conversion_bp is f.closed_share_bp is f.unpaid_share_bp is None
    assert f.repurchase_bp is f.multi_order_bp is None
    f = period_figures(D1, D1, [DayTotals(D1, visitors=50)], BuyerCounts(0))
    assert f.conversion_bp == 0 and f.aov_fen is None


def test_period_figures_rejects_inconsistent_input():
    with pytest.raises(ValueError, match="outside"):
        period_figures(D1, D2, ROWS, BuyerCounts(4))
    with pytest.raises(ValueError, match="without buyers"):
        period_figures(D1, D1, ROWS[:1], BuyerCounts(0))
    f = period_figures(D1, D1, [DayTotals(D1, closed=2, unpaid=2)], BuyerCounts(0))  # no paid orders
    assert (f.orders, f.closed_share_bp, f.unpaid_share_bp, f.aov_fen) == (0, 5000, 5000, None)
    with pytest.raises(ValueError):
        BuyerCounts(2, returning=3)
    with pytest.raises(ValueError):
        BuyerCounts(2, multi_order=3)


@pytest.mark.parametrize(("current", "previous", "expected"), [
    (42345, 40000, Change(42345, 40000, 2345, 586)),
    (200, 250, Change(200, 250, -50, -2000)),
    (1, 2, Change(1, 2, -1, -5000)),
    (3, 0, Change(3, 0, 3, None)),
    (0, 0, Change(0, 0, 0, None)),
    (None, 5, Change(None, 5, None, None)),
    (-50, -100, Change(-50, -100, 50, 5000)),  # against |previous|: up is positive
])
def test_change(current, previous, expected):
    assert change(current, previous) == expected


def test_compare_covers_every_card():
    cur = period_figures(D1, D3, ROWS, BuyerCounts(4, returning=1, multi_order=1))
    prev = period_figures(date(2024, 2, 27), date(2024, 2, 29),
                          [DayTotals(date(2024, 2, 28), revenue_fen=40000, orders=5, buyers=5, visitors=250)],
                          BuyerCounts(5))
    cards = compare(cur, prev)
    assert cards["revenue_fen"] == Change(42345, 40000, 2345, 586)
    assert cards["buyers"] == Change(4, 5, -1, -2000)
    assert cards["orders"] == Change(6, 5, 1, 2000)
    assert cards["aov_fen"] == Change(10586, 8000, 2586, 3233)
    assert cards["visitors"] == Change(200, None, None, None)  # 27 and 29 Feb have no traffic
    assert cards["conversion_bp"] == Change(200, None, None, None)
    assert cards["closed_share_bp"] == Change(1250, 0, 1250, None)
    assert cards["repurchase_bp"] == Change(2500, 0, 2500, None)
    assert set(cards) == {"revenue_fen", "orders", "buyers", "visitors", "page_views", "aov_fen", "conversion_bp",
                          "closed_share_bp", "unpaid_share_bp", "repurchase_bp", "multi_order_bp"}


def day(visitors, buyers, revenue_fen):
    f = period_figures(D1, D1, [DayTotals(D1, revenue_fen=revenue_fen, orders=buyers, buyers=buyers,
                                          visitors=visitors)], BuyerCounts(buyers))
    return f


def parts(w):
    return (w.visitors_fen, w.conversion_fen, w.aov_fen, w.rounding_fen)


def test_waterfall_brief_example_is_all_conversion():
    # 1,000 visitors spending 500 元 each: 10 buyers → 5,000 元, 100 buyers → 50,000 元.
    w = decompose_revenue_change(day(1000, 10, 500000), day(1000, 100, 5000000))
    assert (w.previous_fen, w.current_fen, w.change_fen) == (500000, 5000000, 4500000)
    assert parts(w) == (0, 4500000, 0, 0)


def test_waterfall_mixed_case_hand_computed_with_rounding():
    # Visitors 1000 → 2000, conversion 1% → 1.5%, AOV 500 → 400 元. Shapley shares, in fen:
    # visitors 1/3·500000 + 1/6·(750000+400000) + 1/3·600000 = 558333⅓
    # conversion 1/3·250000 + 1/6·(500000+200000) + 1/3·400000 = 333333⅓
    # AOV 1/3·(−100000) + 1/6·(−200000−150000) + 1/3·(−300000) = −191666⅔
    w = decompose_revenue_change(day(1000, 10, 500000), day(2000, 30, 1200000))
    assert w.change_fen == 700000
    assert parts(w) == (558333, 333333, -191667, 1)
    assert sum(parts(w)) == w.change_fen


def test_waterfall_backwards_is_the_negation():
    w = decompose_revenue_change(day(2000, 30, 1200000), day(1000, 10, 500000))
    assert parts(w) == (-558333, -333333, 191667, -1)


def test_waterfall_with_undefined_factors():
    # From no buyers to some: conversion, not AOV (AOV takes the current value).
    w = decompose_revenue_change(day(1000, 0, 0), day(1000, 10, 500000))
    assert parts(w) == (0, 500000, 0, 0)
    # From no visitors to some: visitors (conversion and AOV take the current values).
    w = decompose_revenue_change(day(0, 0, 0), day(1000, 10, 500000))
    assert parts(w) == (500000, 0, 0, 0)
    # Nothing either time.
    assert parts(decompose_revenue_change(day(0, 0, 0), day(50, 0, 0))) == (0, 0, 0, 0)


def test_waterfall_needs_traffic():
    unknown = period_figures(D1, D1, [DayTotals(D1, revenue_fen=100, orders=1, buyers=1)], BuyerCounts(1))
    assert decompose_revenue_change(unknown, day(10, 1, 100)) is None
    assert decompose_revenue_change(day(10, 1, 100), unknown) is None
    assert decompose_revenue_change(day(0, 1, 100), day(10, 1, 100)) is None  # buyers without visitors


def test_top_n_with_others_and_stable_ties():
    items = [RevenueItem("a", 500, 1), RevenueItem("b", 300, 5), RevenueItem("c", 300, 7),
             RevenueItem("d", 100, 2), RevenueItem("e", 100, 2), RevenueItem("f", 0, 0)]
    t = top_n(items, 3)
    assert [i.key for i in t.top] == ["a", "c", "b"]  # tie on revenue: more orders first
    assert (t.others_count, t.others_revenue_fen, t.others_orders) == (3, 200, 4)
    assert (t.revenue_fen, t.orders) == (1300, 17)
    assert sum(i.revenue_fen for i in t.top) + t.others_revenue_fen == t.revenue_fen
    assert [i.key for i in top_n(items, 4).top] == ["a", "c", "b", "d"]  # full tie: input order
    assert [i.key for i in top_n(items[::-1], 4).top] == ["a", "c", "b", "e"]
    assert t.share_bp(500) == 3846  # 500 / 1300


def test_top_n_edges():
    items = [RevenueItem("a", 500), RevenueItem("b", 300)]
    everything = top_n(items, 5)
    assert [i.key for i in everything.top] == ["a", "b"] and everything.others_count == 0
    nothing = top_n(items, 0)
    assert nothing.top == () and (nothing.others_count, nothing.others_revenue_fen) == (2, 800)
    empty = top_n([], 3)
    assert (empty.top, empty.others_count, empty.revenue_fen, empty.share_bp(0)) == ((), 0, 0, None)
    with pytest.raises(ValueError):
        top_n(items, -1)


def heat(cells):
    matrix = [[0] * 24 for _ in range(7)]
    for (weekday, hour), value in cells.items():
        matrix[weekday][hour] = value
    return matrix


PEAKS = heat({(4, 20): 50, (4, 21): 40, (6, 23): 30, (0, 0): 25})


def test_heatmap_peak_single_hour():
    assert heatmap_peak(PEAKS, 60) == [PeakWindow(4, 20, 1, 50)]
    assert heatmap_peak(PEAKS, 30) == [PeakWindow(4, 20, 1, 50)]  # hourly data: 30 minutes → 1 hour


def test_heatmap_peak_two_hours_wraps_the_week_and_does_not_overlap():
    assert heatmap_peak(PEAKS, 120, count=3) == [PeakWindow(4, 20, 2, 90), PeakWindow(6, 23, 2, 55)]
    assert heatmap_peak(PEAKS, 61) == [PeakWindow(4, 20, 2, 90)]


def test_heatmap_peak_ties_and_nothing():
    assert heatmap_peak(heat({(1, 3): 10, (0, 5): 10}), 60, count=2) == [
        PeakWindow(0, 5, 1, 10), PeakWindow(1, 3, 1, 10)]
    assert heatmap_peak(heat({}), 60) == []
    assert heatmap_peak(heat({(2, 2): 1}), 24 * 60) == [PeakWindow(1, 3, 24, 1)]  # first start that holds it


def test_heatmap_peak_rejects_bad_input():
    for minutes in (0, 24 * 60 + 1):
        with pytest.raises(SalesFigureError) as caught:
            heatmap_peak(PEAKS, minutes)
        assert isinstance(caught.value, UserError)
        assert str(caught.value) == "A sale window must be from 1 minute to 24 hours long."
    with pytest.raises(ValueError):
        heatmap_peak(PEAKS[:6], 60)
    with pytest.raises(ValueError):
        heatmap_peak(PEAKS, 60, count=0)
