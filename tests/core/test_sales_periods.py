"""Date presets, previous periods at month/year/leap boundaries, and grouping day rows into
day / ISO week / month buckets with caller-given distinct buyers."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.errors import UserError
from app.core.sales_periods import (
    PRESETS, DayTotals, SalesPeriodError, bucket_label, check_range, group_days, merge_days, period_days,
    preset_range, previous_period)

D = date


@pytest.mark.parametrize(("name", "today", "expected"), [
    ("today", D(2024, 3, 1), (D(2024, 3, 1), D(2024, 3, 1))),
    ("yesterday", D(2024, 3, 1), (D(2024, 2, 29), D(2024, 2, 29))),  # leap day
    ("yesterday", D(2025, 1, 1), (D(2024, 12, 31), D(2024, 12, 31))),
    ("last7", D(2024, 3, 3), (D(2024, 2, 25), D(2024, 3, 2))),  # ends yesterday, crosses Feb 29
    ("last7", D(2025, 1, 3), (D(2024, 12, 27), D(2025, 1, 2))),
    ("last30", D(2024, 3, 15), (D(2024, 2, 14), D(2024, 3, 14))),
    ("last30", D(2023, 3, 15), (D(2023, 2, 13), D(2023, 3, 14))),  # no leap day: one day earlier
    ("this_month", D(2024, 2, 29), (D(2024, 2, 1), D(2024, 2, 29))),
    ("this_month", D(2024, 5, 1), (D(2024, 5, 1), D(2024, 5, 1))),  # on the 1st: today alone
    ("last_month", D(2024, 3, 31), (D(2024, 2, 1), D(2024, 2, 29))),
    ("last_month", D(2023, 3, 1), (D(2023, 2, 1), D(2023, 2, 28))),
    ("last_month", D(2025, 1, 15), (D(2024, 12, 1), D(2024, 12, 31))),  # across the year
])
def test_preset_range(name, today, expected):
    assert preset_range(name, today) == expected


def test_presets_have_labels_and_unknown_is_a_programming_error():
    assert PRESETS["last7"] == ("近7天", "Last 7 days")
    assert set(PRESETS) == {"today", "yesterday", "last7", "last30", "this_month", "last_month"}
    assert period_days(*preset_range("last30", D(2024, 1, 1))) == 30
    with pytest.raises(ValueError):
        preset_range("custom", D(2024, 1, 1))


@pytest.mark.parametrize(("start", "end", "expected"), [
    (D(2024, 3, 5), D(2024, 3, 5), (D(2024, 3, 4), D(2024, 3, 4))),  # one day
    (D(2024, 3, 1), D(2024, 3, 1), (D(2024, 2, 29), D(2024, 2, 29))),
    (D(2024, 3, 1), D(2024, 3, 10), (D(2024, 2, 20), D(2024, 2, 29))),  # by length, not calendar
    (D(2024, 3, 1), D(2024, 3, 31), (D(2024, 1, 30), D(2024, 2, 29))),  # 31 days before a 31-day month
    (D(2025, 1, 1), D(2025, 1, 7), (D(2024, 12, 25), D(2024, 12, 31))),
    (D(2024, 1, 1), D(2024, 12, 31), (D(2022, 12, 31), D(2023, 12, 31))),  # a leap year is 366 days back
])
def test_previous_period(start, end, expected):
    assert previous_period(start, end) == expected
    assert period_days(*expected) == period_days(start, end)


def test_reversed_range_is_a_user_error():
    with pytest.raises(SalesPeriodError) as caught:
        previous_period(D(2024, 3, 2), D(2024, 3, 1))
    assert isinstance(caught.value, UserError)
    assert str(caught.value) == "The start date 2024-03-02 is after the end date 2024-03-01."
    check_range(D(2024, 3, 1), D(2024, 3, 1))  # a one-day range is fine


@pytest.mark.parametrize(("day", "by", "expected"), [
    (D(2024, 3, 3), "day", D(2024, 3, 3)),
    (D(2024, 3, 3), "week", D(2024, 2, 26)),  # Sunday belongs to the Monday before (ISO)
    (D(2024, 3, 4), "week", D(2024, 3, 4)),
    (D(2025, 1, 1), "week", D(2024, 12, 30)),  # ISO week 1 of 2025 starts in 2024
    (D(2024, 2, 29), "month", D(2024, 2, 1)),
])
def test_bucket_label(day, by, expected):
    assert bucket_label(day, by) == expected


def test_bucket_label_rejects_unknown_grouping():
    with pytest.raises(ValueError):
        bucket_label(D(2024, 1, 1), "year")


def row(day, revenue=0, orders=0, buyers=0, visitors=None, views=None, closed=0, unpaid=0):
    return DayTotals(day, revenue_fen=revenue, orders=orders, buyers=buyers, closed=closed, unpaid=unpaid,
                     visitors=visitors, page_views=views)


WEEK_ROWS = [  # Sat 2 Mar to Tue 5 Mar 2024: two ISO weeks
    DayTotals(D(2024, 3, 2), revenue_fen=10000, orders=2, buyers=2, visitors=100, page_views=300, closed=1,
              closed_fen=250),
    row(D(2024, 3, 3), 5000, 1, 1, 50, 120, unpaid=1),
    row(D(2024, 3, 4), 20000, 3, 3, 200, 500),
    row(D(2024, 3, 5), 0, 0, 0, 40, 60),
]


def test_group_by_week_sums_and_takes_distinct_buyers_from_the_caller():
    buckets = group_days(WEEK_ROWS, "week", distinct_buyers={D(2024, 2, 26): 2, D(2024, 3, 4): 3})
    assert [(b.label, b.first, b.last) for b in buckets] == [
        (D(2024, 2, 26), D(2024, 3, 2), D(2024, 3, 3)), (D(2024, 3, 4), D(2024, 3, 4), D(2024, 3, 5))]
    first, second = buckets
    assert (first.revenue_fen, first.orders, first.closed, first.unpaid) == (15000, 3, 1, 1)
    assert (second.closed_fen, first.closed_fen) == (0, 250)
    assert (first.visitors, first.page_views) == (150, 420)
    assert first.buyers == 2  # not 2 + 1 = 3: the same buyer came back on Sunday
    assert first.aov_fen == 7500 and first.conversion_bp == 133  # 2/150 = 1.333%
    assert (second.revenue_fen, second.visitors, second.buyers, second.conversion_bp) == (20000, 240, 3, 125)


def test_group_without_buyer_counts_leaves_buyers_unknown():
    (bucket,) = group_days(WEEK_ROWS[2:], "week", distinct_buyers=None)
    assert bucket.buyers is None and bucket.aov_fen is None and bucket.conversion_bp is None
    assert bucket.revenue_fen == 20000


def test_group_missing_a_bucket_in_the_buyer_mapping_is_an_error():
    with pytest.raises(ValueError, match="2024-03-04"):
        group_days(WEEK_ROWS, "week", distinct_buyers={D(2024, 2, 26): 2})


def test_group_by_day_uses_the_rows_buyers():
    buckets = group_days(WEEK_ROWS, "day", distinct_buyers=None)
    assert [b.buyers for b in buckets] == [2, 1, 3, 0]
    assert buckets[3].aov_fen is None and buckets[3].conversion_bp == 0  # 0 buyers of 40 visitors


def test_group_by_month_across_a_leap_february_with_unknown_traffic_on_one_day():
    rows = [row(D(2024, 2, 28), 100, 1, 1, 10, 20), row(D(2024, 2, 29), 200, 1, 1, None, 30),
            row(D(2024, 3, 1), 400, 2, 1, 5, 9)]
    feb, mar = group_days(rows, "month", distinct_buyers={D(2024, 2, 1): 1, D(2024, 3, 1): 1})
    assert (feb.label, feb.first, feb.last, feb.revenue_fen) == (D(2024, 2, 1), D(2024, 2, 28), D(2024, 2, 29), 300)
    assert feb.visitors is None and feb.page_views == 50 and feb.conversion_bp is None
    assert (mar.visitors, mar.conversion_bp, mar.aov_fen) == (5, 2000, 400)


def test_group_with_a_period_fills_empty_buckets_and_missing_days_make_traffic_unknown():
    rows = [row(D(2024, 3, 4), 20000, 3, 3, 200, 500)]
    buckets = group_days(rows, "week", distinct_buyers={D(2024, 2, 26): 0, D(2024, 3, 4): 3},
                         start=D(2024, 3, 1), end=D(2024, 3, 5))
    assert [b.label for b in buckets] == [D(2024, 2, 26), D(2024, 3, 4)]
    empty, partial = buckets
    assert (empty.first, empty.last, empty.revenue_fen, empty.orders, empty.visitors) == (
        D(2024, 3, 1), D(2024, 3, 3), 0, 0, None)
    assert partial.revenue_fen == 20000 and partial.visitors is None  # 5 March has no row


def test_group_of_nothing():
    assert group_days([], "month", distinct_buyers={}) == []
    (day,) = group_days([], "day", distinct_buyers=None, start=D(2024, 1, 1), end=D(2024, 1, 1))
    assert (day.revenue_fen, day.buyers, day.visitors, day.aov_fen) == (0, 0, None, None)


def test_group_rejects_bad_rows():
    with pytest.raises(ValueError, match="two rows"):
        group_days([row(D(2024, 1, 1)), row(D(2024, 1, 1))], "day", distinct_buyers=None)
    with pytest.raises(ValueError, match="outside"):
        group_days([row(D(2024, 1, 2))], "day", distinct_buyers=None, start=D(2024, 1, 1), end=D(2024, 1, 1))
    with pytest.raises(ValueError):
        group_days([], "day", distinct_buyers=None, start=D(2024, 1, 1))
    with pytest.raises(SalesPeriodError):
        group_days([], "day", distinct_buyers=None, start=D(2024, 1, 2), end=D(2024, 1, 1))


def test_day_totals_validation():
    with pytest.raises(ValueError):
        row(D(2024, 1, 1), orders=1, buyers=2)
    assert row(D(2024, 1, 1), orders=0, closed=3, unpaid=4).closed == 3  # not among the paid orders
    with pytest.raises(ValueError):
        row(D(2024, 1, 1), visitors=-1)
    with pytest.raises(TypeError):
        DayTotals(D(2024, 1, 1), revenue_fen=1.5)


class Sales:  # shaped like sales_store.Day
    def __init__(self, day, revenue_fen, orders, buyers, closed=0, closed_fen=0, unpaid=0):
        self.day, self.revenue_fen, self.orders, self.buyers = day, revenue_fen, orders, buyers
        self.closed, self.closed_fen, self.unpaid, self.quantity = closed, closed_fen, unpaid, orders


class Traffic:  # shaped like sales_store.Traffic
    def __init__(self, day, visitors, page_views):
        self.day, self.visitors, self.page_views = day, visitors, page_views


def test_merge_days_gives_every_day_with_unknown_traffic_where_none_was_entered():
    merged = merge_days(D(2024, 2, 28), D(2024, 3, 1),
                        [Sales("2024-02-29", 5000, 2, 1, closed=1, closed_fen=300, unpaid=1)],
                        [Traffic("2024-02-28", 40, 90), Traffic(D(2024, 2, 29), 60, 100)])
    assert merged == [
        DayTotals(D(2024, 2, 28), visitors=40, page_views=90),
        DayTotals(D(2024, 2, 29), revenue_fen=5000, orders=2, buyers=1, closed=1, unpaid=1, closed_fen=300,
                  visitors=60, page_views=100),
        DayTotals(D(2024, 3, 1)),
    ]
    assert merged[2].visitors is None


def test_merge_days_rejects_rows_outside_or_twice():
    with pytest.raises(ValueError):
        merge_days(D(2024, 1, 1), D(2024, 1, 1), [Sales("2024-01-02", 1, 1, 1)], [])
    with pytest.raises(ValueError):
        merge_days(D(2024, 1, 1), D(2024, 1, 1), [], [Traffic("2024-01-01", 1, 1), Traffic("2024-01-01", 1, 1)])
