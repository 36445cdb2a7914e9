"""Bonus plans (奖金计划): the ladder, validation, a month's progress from affiliate_daily, settling
(idempotent, paid payouts untouched), marking paid and undoing it, groups."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core import bonus_plans as bp
from app.core.bonus_plans import BonusError, Step, Tier

TIERS = (Tier(30, 10_000), Tier(100, 50_000), Tier(300, 200_000))
JULY_END = date(2024, 7, 31)


def add_affiliate(store, name):
    aid = f"aff-{name}"
    store.conn.execute("INSERT INTO affiliates (id, name, sort_name, created_at, updated_at) "
                       "VALUES (?, ?, ?, '2024-01-01T00:00:00', '2024-01-01T00:00:00')", (aid, name, name))
    store.conn.commit()
    return aid


def add_orders(store, affiliate_id, day, orders, paid_fen=0):
    """What the order import keeps: a few rows of affiliate_orders and their affiliate_daily roll-up."""
    for n in range(orders):
        store.conn.execute("INSERT INTO affiliate_orders (order_id, paid_fen, status, affiliate_id, day, imported_at, "
                           "updated_at) VALUES (?, ?, 'paid', ?, ?, '', '')",
                           (f"{affiliate_id}-{day}-{n}", paid_fen // max(orders, 1), affiliate_id, day))
    store.conn.execute("INSERT INTO affiliate_daily (affiliate_id, day, orders, paid_fen, commission_fen) "
                       "VALUES (?, ?, ?, ?, 0) ON CONFLICT (affiliate_id, day) DO UPDATE SET "
                       "orders = orders + excluded.orders, paid_fen = paid_fen + excluded.paid_fen",
                       (affiliate_id, day, orders, paid_fen))
    store.conn.commit()


@pytest.fixture
def plan(store):
    return bp.add_plan(store, name="月度冲单奖", metric="orders", tiers=TIERS, first_month="2024-06")


def payouts(store):
    return store.conn.execute("SELECT affiliate_id, month, achieved, threshold, bonus_fen, paid_at, paid_by, note "
                              "FROM bonus_payouts ORDER BY affiliate_id, month").fetchall()


# --- the ladder -------------------------------------------------------------------------------


@pytest.mark.parametrize(("achieved", "step"), [
    (0, Step(0, 0, 30, 30)),
    (29, Step(0, 0, 30, 1)),  # just below the first threshold
    (30, Step(1, 10_000, 100, 70)),  # reaching a threshold exactly counts
    (31, Step(1, 10_000, 100, 69)),
    (99, Step(1, 10_000, 100, 1)),
    (100, Step(2, 50_000, 300, 200)),
    (300, Step(3, 200_000, None, 0)),  # the top: nothing more to reach
    (1000, Step(3, 200_000, None, 0)),
])
def test_the_ladder_at_below_and_above_thresholds(achieved, step):
    assert bp.ladder(TIERS, achieved) == step


def test_only_the_highest_tier_pays_not_the_sum():
    assert bp.ladder(TIERS, 150).bonus_fen == 50_000


@pytest.mark.parametrize(("tiers", "message"), [
    ([], "at least one tier"),
    ([(30, 100), (30, 200)], "Tier 2: each threshold must be higher"),
    ([(100, 100), (30, 200)], "Tier 2: each threshold must be higher"),
    ([(0, 100)], "Tier 1: each threshold must be higher"),
    ([(30, 0)], "Tier 1: the bonus must be more than"),
    ([(30, 100), (60, -5)], "Tier 2: the bonus must be more than"),
])
def test_tiers_are_checked_and_a_bad_plan_is_not_saved(store, tiers, message):
    with pytest.raises(BonusError, match=message):
        bp.add_plan(store, name="x", metric="orders", tiers=tiers, first_month="2024-06")
    assert store.conn.execute("SELECT count(*) FROM bonus_plans").fetchone()[0] == 0


def test_plan_fields_are_checked(store):
    with pytest.raises(BonusError, match="Give the bonus plan a name"):
        bp.add_plan(store, name=" ", metric="orders", tiers=TIERS, first_month="2024-06")
    with pytest.raises(BonusError, match="not a month"):
        bp.add_plan(store, name="x", metric="orders", tiers=TIERS, first_month="2024-13")
    with pytest.raises(BonusError, match="before the first"):
        bp.add_plan(store, name="x", metric="orders", tiers=TIERS, first_month="2024-06", last_month="2024-05")
    with pytest.raises(BonusError, match="group no longer exists"):
        bp.add_plan(store, name="x", metric="orders", tiers=TIERS, first_month="2024-06", group_id="nope")


def test_a_plan_is_read_back_edited_stopped_and_listed_by_month(store, plan):
    assert bp.get_plan(store, plan.id).tiers == TIERS and plan.last_month is None
    edited = bp.update_plan(store, plan.id, tiers=[(50, 20_000)], last_month="2024-08")
    assert edited.tiers == (Tier(50, 20_000),) and edited.last_month == "2024-08"
    assert [p.id for p in bp.list_plans(store, month="2024-08")] == [plan.id]
    assert bp.list_plans(store, month="2024-09") == [] and bp.list_plans(store, month="2024-05") == []
    bp.delete_plan(store, plan.id)
    assert bp.list_plans(store) == []
    bp.delete_plan(store, plan.id, deleted=False)
    assert len(bp.list_plans(store)) == 1


def test_months():
    assert bp.month_days("2024-02") == ("2024-02-01", "2024-02-29")
    assert bp.add_months("2024-01", -1) == "2023-12" and bp.add_months("2024-11", 3) == "2025-02"
    assert bp.this_month(date(2024, 7, 9)) == "2024-07"
    assert bp.month_over("2024-07", date(2024, 7, 31)) and not bp.month_over("2024-07", date(2024, 7, 30))


# --- progress from affiliate_daily ------------------------------------------------------------


def test_month_progress_sums_the_month_from_affiliate_daily(store, plan):
    zhang, li, wang = add_affiliate(store, "张三"), add_affiliate(store, "李四"), add_affiliate(store, "王五")
    add_orders(store, zhang, "2024-07-01", 20)
    add_orders(store, zhang, "2024-07-31", 15)
    add_orders(store, zhang, "2024-08-01", 500)  # next month: not counted
    add_orders(store, zhang, "2024-06-30", 500)  # last month: not counted
    add_orders(store, li, "2024-07-10", 100)
    add_orders(store, wang, "2024-07-10", 3)
    rows = bp.month_progress(store, plan.id, "2024-07")
    assert [(r.name, r.achieved, r.step.tier, r.step.bonus_fen, r.step.next_threshold, r.step.missing)
            for r in rows] == [("李四", 100, 2, 50_000, 300, 200), ("张三", 35, 1, 10_000, 100, 65),
                               ("王五", 3, 0, 0, 30, 27)]
    assert bp.count_progress(store, plan.id, "2024-07") == 3
    assert [r.name for r in bp.month_progress(store, plan.id, "2024-07", limit=1, offset=1)] == ["张三"]


def test_an_amount_plan_counts_paid_fen(store):
    amount = bp.add_plan(store, name="销售额奖", metric="amount", tiers=[(1_000_000, 30_000)], first_month="2024-07")
    zhang = add_affiliate(store, "张三")
    add_orders(store, zhang, "2024-07-03", 4, paid_fen=600_000)
    add_orders(store, zhang, "2024-07-04", 2, paid_fen=400_000)
    (row,) = bp.month_progress(store, amount.id, "2024-07")
    assert row.achieved == 1_000_000 and row.step == Step(1, 30_000, None, 0)


def test_a_group_plan_counts_only_the_group(store):
    zhang, li = add_affiliate(store, "张三"), add_affiliate(store, "李四")
    store.conn.execute("INSERT INTO affiliate_groups (id, name, created_at, updated_at) VALUES ('g', 'QQ一群', '', '')")
    store.conn.execute("INSERT INTO affiliate_group_members (group_id, affiliate_id) VALUES ('g', ?)", (li,))
    store.conn.commit()
    group = bp.add_plan(store, name="群内冲单", metric="orders", tiers=TIERS, first_month="2024-07", group_id="g")
    add_orders(store, zhang, "2024-07-02", 200)
    add_orders(store, li, "2024-07-02", 40)
    assert [r.name for r in bp.month_progress(store, group.id, "2024-07")] == ["李四"]
    bp.settle_month(store, group.id, "2024-07", today=JULY_END)
    assert [(p[0], p[4]) for p in payouts(store)] == [(li, 10_000)]


# --- settling and paying ----------------------------------------------------------------------


def test_settle_writes_who_earned_what_and_is_idempotent(store, plan):
    zhang, li, wang = add_affiliate(store, "张三"), add_affiliate(store, "李四"), add_affiliate(store, "王五")
    add_orders(store, zhang, "2024-07-05", 35)
    add_orders(store, li, "2024-07-05", 300)
    add_orders(store, wang, "2024-07-05", 29)
    first = bp.settle_month(store, plan.id, "2024-07", today=JULY_END)
    assert first == bp.Settlement(earned=2, total_fen=210_000, paid=0)
    rows = payouts(store)
    assert rows == [(zhang, "2024-07", 35, 30, 10_000, None, "", ""), (li, "2024-07", 300, 300, 200_000, None, "", "")]
    assert bp.settle_month(store, plan.id, "2024-07", today=JULY_END) == first
    assert payouts(store) == rows
    progress = {r.name: r.payout_fen for r in bp.month_progress(store, plan.id, "2024-07")}
    assert progress == {"李四": 200_000, "张三": 10_000, "王五": None}
    assert [r.name for r in bp.month_progress(store, plan.id, "2024-07", earned_only=True)] == ["李四", "张三"]


def test_a_later_import_recomputes_unpaid_payouts_but_never_paid_ones(store, plan):
    zhang, li, wang = add_affiliate(store, "张三"), add_affiliate(store, "李四"), add_affiliate(store, "王五")
    add_orders(store, zhang, "2024-07-05", 35)
    add_orders(store, li, "2024-07-05", 35)
    add_orders(store, wang, "2024-07-05", 35)
    bp.settle_month(store, plan.id, "2024-07", today=JULY_END)
    bp.mark_paid(store, plan.id, zhang, "2024-07", paid_by="店长", note="支付宝", now=datetime(2024, 8, 3, 10))
    add_orders(store, zhang, "2024-07-20", 100)  # late orders for all three
    add_orders(store, li, "2024-07-20", 100)
    store.conn.execute("UPDATE affiliate_daily SET orders = 5 WHERE affiliate_id = ?", (wang,))  # refunds
    store.conn.commit()
    result = bp.settle_month(store, plan.id, "2024-07", today=date(2024, 8, 10))
    assert result == bp.Settlement(earned=2, total_fen=60_000, paid=1)
    assert payouts(store) == [
        (zhang, "2024-07", 35, 30, 10_000, "2024-08-03T10:00:00", "店长", "支付宝"),  # paid: untouched
        (li, "2024-07", 135, 100, 50_000, None, "", ""),  # unpaid: recomputed
    ]  # 王五 fell below the first tier: his unpaid payout is gone


def test_mark_paid_and_undo(store, plan):
    zhang = add_affiliate(store, "张三")
    add_orders(store, zhang, "2024-07-05", 35)
    with pytest.raises(BonusError, match="settle the month first"):
        bp.mark_paid(store, plan.id, zhang, "2024-07", paid_by="店长")
    bp.settle_month(store, plan.id, "2024-07", today=JULY_END)
    bp.mark_paid(store, plan.id, zhang, "2024-07", paid_by="店长", note="微信转账", now=datetime(2024, 8, 1, 9))
    (row,) = bp.month_progress(store, plan.id, "2024-07")
    assert (row.paid_at, row.paid_by, row.note) == ("2024-08-01T09:00:00", "店长", "微信转账")
    with pytest.raises(BonusError, match="already marked"):
        bp.mark_paid(store, plan.id, zhang, "2024-07", paid_by="店长")
    bp.unmark_paid(store, plan.id, zhang, "2024-07")
    assert payouts(store)[0][5:7] == (None, "")


def test_a_month_is_settled_only_when_over_and_in_the_plan(store, plan):
    with pytest.raises(BonusError, match="not over yet"):
        bp.settle_month(store, plan.id, "2024-07", today=date(2024, 7, 30))
    with pytest.raises(BonusError, match="does not run in 2024-05"):
        bp.settle_month(store, plan.id, "2024-05", today=JULY_END)
    assert payouts(store) == []


def test_demo_plan_with_three_tiers_and_last_month_settled(store):
    zhang = add_affiliate(store, "张三")
    add_orders(store, zhang, "2024-10-12", 120)
    bp.load_demo(store, today=date(2024, 11, 20))
    (plan,) = bp.list_plans(store, month="2024-11")
    assert len(plan.tiers) == 3 and plan.first_month == "2024-08"
    assert payouts(store)[0][:5] == (zhang, "2024-10", 120, 100, 50_000) and payouts(store)[0][5] is not None
