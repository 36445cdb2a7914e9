"""Checks of campaign plans, worked by hand: stacked discounts on the same product, prices below
cost (with the affiliate's commission on 淘客推广), the gap after a big campaign, the principles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.core import campaign_checks as ck
from app.core import campaigns as cp
from app.core import festivals as fe
from app.core import products
from app.core.campaign_checks import ProductFacts
from app.core.campaigns import Campaign, CampaignProduct

D = date.fromisoformat
TICKED = {code: (True, "") for code in cp.PRINCIPLES}
TABLE = ProductFacts("p", "餐桌", 10_000, 6_000, 500, 2_000)  # ¥100, cost ¥60, fee 5%, commission 20%


def campaign(cid, start, end, *, channel="store", budget_fen=0, principles=TICKED, name=None) -> Campaign:
    return Campaign(cid, name or cid, "sales", channel, D(start), D(end), (), budget_fen, 0, 0, 0, None, "draft", "",
                    dict(principles), "", "")


def entry(cid, price, product="p", tactic="discount") -> CampaignProduct:
    return CampaignProduct(cid, product, tactic, "{}", price)


def festival(key, start, end, *, big=True, peak=None, hidden=False) -> fe.Festival:
    return fe.Festival(key, key, key, "shopping", D(start), D(end), peak and D(peak), big, False, False, hidden)


DOUBLE11 = festival("双11", "2026-10-20", "2026-11-11", peak="2026-11-11")


# --- overlapping discounts --------------------------------------------------------------------


def test_stacking_takes_every_cut_off_the_list_price():
    # ¥100 at ¥80 in one campaign and ¥90 in another: the lower price less the other's ¥10 cut.
    assert ck.stack_amounts(10_000, [2_000, 1_000]) == 7_000
    assert ck.stack_amounts(10_000, [6_000, 5_000]) == 0  # never below ¥0
    assert ck.stack_amounts(10_000, []) == 10_000


def test_two_campaigns_discounting_the_same_product_at_once():
    a, b = campaign("A", "2026-11-01", "2026-11-11"), campaign("B", "2026-11-10", "2026-11-15")
    [f] = ck.overlapping_discounts([b, a], [entry("A", 8_000), entry("B", 9_000)], {"p": TABLE})
    assert (f.code, f.severity, f.campaign_ids, f.product_ids) == ("overlap", "warning", ("A", "B"), ("p",))
    assert f.params["stacked_fen"] == 7_000
    assert f.format() == "“餐桌” is discounted by both “A” and “B” from 2026-11-10 to 2026-11-11: together the " \
                         "discounts would take it to ¥70.00."


def test_campaigns_apart_or_on_other_products_do_not_stack():
    a = campaign("A", "2026-11-01", "2026-11-11")
    later, same_day = campaign("L", "2026-11-12", "2026-11-20"), campaign("S", "2026-11-11", "2026-11-11")
    entries = [entry("A", 8_000), entry("L", 9_000), entry("S", 9_500, product="q")]
    assert ck.overlapping_discounts([a, later, same_day], entries, {"p": TABLE}) == []
    # On the same last day they do overlap.
    [f] = ck.overlapping_discounts([a, same_day], [entry("A", 8_000), entry("S", 9_500)], {"p": TABLE})
    assert (f.params["start"], f.params["end"], f.params["stacked_fen"]) == ("2026-11-11", "2026-11-11", 7_500)


def test_three_overlapping_campaigns_give_each_pair():
    cs = [campaign("A", "2026-11-01", "2026-11-30"), campaign("B", "2026-11-05", "2026-11-06"),
          campaign("C", "2026-11-06", "2026-11-08")]
    found = ck.overlapping_discounts(cs, [entry(c.id, 9_000) for c in cs], {"p": TABLE})
    assert [f.campaign_ids for f in found] == [("A", "B"), ("A", "C"), ("B", "C")]


def test_the_stacking_rule_can_be_plugged_in():
    seen = []

    def stack(list_price, cuts):
        seen.append((list_price, list(cuts)))
        return 7_200  # e.g. 10 off, then 8折: 100 - 90 × 0.8 = 72

    a, b = campaign("A", "2026-11-01", "2026-11-11"), campaign("B", "2026-11-10", "2026-11-15")
    [f] = ck.overlapping_discounts([a, b], [entry("A", 8_000), entry("B", 9_000)], {"p": TABLE}, stack=stack)
    assert seen == [(10_000, [2_000, 1_000])] and f.params["stacked"] == "¥72.00"


def test_without_a_price_the_overlap_is_still_found():
    a, b = campaign("A", "2026-11-01", "2026-11-11"), campaign("B", "2026-11-10", "2026-11-15")
    [f] = ck.overlapping_discounts([a, b], [entry("A", None), entry("B", 9_000)], {"p": TABLE})
    assert f.params["stacked_fen"] is None
    assert f.format() == ("“餐桌” is in both “A” and “B” from 2026-11-10 to 2026-11-11: check whether their "
                          "discounts stack.")


# --- below cost -------------------------------------------------------------------------------


@pytest.mark.parametrize("channel, price, loss", [
    ("store", 6_500, None),  # 65 − 60 − 3.25 fee = +1.75
    ("store", 6_300, 15),  # 63 − 60 − 3.15 = −0.15
    ("store", 6_316, None),  # fee 3.158 → 3.16: 63.16 − 60 − 3.16 = 0, no loss
    ("store", 6_315, 1),  # fee 3.1575 → 3.16: −0.01
    ("store", 7_000, None),  # 70 − 60 − 3.50 = +6.50
    ("taoke", 7_000, 750),  # 70 − 60 − 3.50 − 14.00 commission (20%) = −7.50
])
def test_a_price_below_cost_fee_and_commission(channel, price, loss):
    found = ck.below_cost([campaign("A", "2026-11-01", "2026-11-03", channel=channel)], [entry("A", price)],
                          {"p": TABLE})
    assert [f.params["loss_fen"] for f in found] == ([] if loss is None else [loss])


def test_the_below_cost_message():
    [f] = ck.below_cost([campaign("A", "2026-11-01", "2026-11-03", channel="taoke", name="双11")], [entry("A", 7_000)],
                        {"p": TABLE})
    assert (f.code, f.severity, f.campaign_ids, f.product_ids) == ("below_cost", "error", ("A",), ("p",))
    assert f.format() == ("“餐桌” at ¥70.00 in “双11” loses ¥7.50 on every sale (cost ¥60.00, platform fee ¥3.50, "
                          "commission ¥14.00).")


def test_the_shops_default_commission_and_loss_leaders():
    default_rate = TABLE._replace(commission_bp=None)
    a = campaign("A", "2026-11-01", "2026-11-03", channel="taoke")
    assert ck.below_cost([a], [entry("A", 7_000)], {"p": default_rate}) == []  # no default given: 0%
    [f] = ck.below_cost([a], [entry("A", 7_000)], {"p": default_rate}, default_commission_bp=1_000)
    assert f.params["loss_fen"] == 50  # 70 − 60 − 3.50 − 7.00
    [f] = ck.below_cost([a], [entry("A", 100, tactic="one_yuan")], {"p": TABLE})
    assert f.severity == "warning"  # 超值一元 sells below cost on purpose
    assert ck.below_cost([a], [entry("A", None), entry("A", 100, product="unknown")], {"p": TABLE}) == []


# --- the gap after a big campaign -------------------------------------------------------------


def test_what_makes_a_campaign_big():
    days = ck.festival_days([DOUBLE11, festival("情人节", "2026-02-14", "2026-02-14", big=False),
                             festival("hidden", "2026-12-01", "2026-12-01", hidden=True)])
    assert days == [D("2026-11-11")]
    assert ck.is_big(campaign("A", "2026-03-01", "2026-03-02", channel="juhuasuan"), days)
    assert ck.is_big(campaign("A", "2026-03-01", "2026-03-02", budget_fen=1_000_000), days)
    assert not ck.is_big(campaign("A", "2026-03-01", "2026-03-02", budget_fen=999_999), days)
    assert ck.is_big(campaign("A", "2026-11-11", "2026-11-11"), days)  # covers 双11's main day
    assert not ck.is_big(campaign("A", "2026-10-21", "2026-10-25"), days)  # pre-sales only
    assert not ck.is_big(campaign("A", "2026-02-14", "2026-02-14"), days)  # 情人节 is not big
    assert not ck.is_big(campaign("A", "2026-12-01", "2026-12-01"), days)  # hidden


@pytest.mark.parametrize("follower, gap", [
    (("2026-11-18", "2026-11-20"), False),  # starts 7 days after the end
    (("2026-11-19", "2026-11-20"), True),  # 8 days after
    (("2026-11-05", "2026-11-20"), False),  # already running, goes on after the end
    (("2026-11-02", "2026-11-05"), True),  # inside the big one: ends before it
    (("2026-11-08", "2026-11-11"), True),  # ends on the same day
    (("2026-11-12", "2026-11-12"), False),  # the next day
])
def test_a_big_campaign_must_be_followed_within_seven_days(follower, gap):
    big = campaign("BIG", "2026-11-01", "2026-11-11", channel="miaosha", name="秒杀")
    found = ck.gaps_after_big([big, campaign("F", *follower)], [])
    assert [f.campaign_ids for f in found] == ([("BIG",)] if gap else [])
    if gap:
        assert found[0].format() == ("Nothing follows “秒杀” (ends 2026-11-11) within 7 days. Activity traffic falls "
                                     "when it ends: chain the next activity onto it.")


def test_a_festival_campaign_needs_a_follower_too():
    c = campaign("A", "2026-11-09", "2026-11-11")
    assert [f.code for f in ck.gaps_after_big([c], [DOUBLE11])] == ["gap_after_big"]
    assert ck.gaps_after_big([c], []) == []  # not big without the festival
    assert ck.gaps_after_big([c, campaign("B", "2026-11-15", "2026-11-16")], [DOUBLE11]) == []
    assert ck.gaps_after_big([c, campaign("B", "2026-11-15", "2026-11-16")], [DOUBLE11], gap_days=3) != []


# --- principles -------------------------------------------------------------------------------


def test_the_principles_checklist():
    assert ck.principles_unchecked([campaign("A", "2026-11-01", "2026-11-02")]) == []
    partly = {**TICKED, "low_threshold": (False, "规则还太复杂"), "fun": (False, "")}
    [f] = ck.principles_unchecked([campaign("A", "2026-11-01", "2026-11-02", principles=partly)])
    assert (f.code, f.severity, f.params["codes"]) == ("principles", "info", ("low_threshold", "fun"))
    assert f.format() == "Check “A” against the principles not yet ticked: 门槛低、趣味性."
    [f] = ck.principles_unchecked([campaign("A", "2026-11-01", "2026-11-02", principles=partly)], lang="en")
    assert f.params["missing"] == "Low threshold, Fun"


def test_all_checks_most_serious_first():
    a = campaign("A", "2026-11-01", "2026-11-11", channel="juhuasuan", principles={**TICKED, "fun": (False, "")})
    b = campaign("B", "2026-11-10", "2026-11-12", channel="taoke")
    found = ck.run_checks([a, b], [entry("A", 8_000), entry("B", 7_000)], {"p": TABLE}, [DOUBLE11])
    assert [f.code for f in found] == ["below_cost", "overlap", "gap_after_big", "principles"]
    assert [f.campaign_ids for f in found][2] == ("B",)  # A is followed by B; B covers 双11 and is not


# --- reading from the database ----------------------------------------------------------------


def test_checks_read_from_the_database(store):
    p = products.add_product(store, title="餐桌", price_fen=10_000, cost_fen=6_000, fee_bp=500, commission_bp=2_000)
    ticked = {code: (True, "") for code in cp.PRINCIPLES}
    a = cp.add_campaign(store, name="A", start_date=D("2026-10-25"), end_date=D("2026-11-02"), principles=ticked)
    b = cp.add_campaign(store, name="B", start_date=D("2026-11-01"), end_date=D("2026-11-05"), channel="taoke",
                        principles=ticked)
    far = cp.add_campaign(store, name="far", start_date=D("2026-12-20"), end_date=D("2026-12-21"))
    cp.set_campaign_products(store, a.id, [CampaignProduct("", p.id, "discount", "{}", 8_000)])
    cp.set_campaign_products(store, b.id, [CampaignProduct("", p.id, "discount", "{}", 7_000)])
    # Only B lies in November's second half, but A overlaps it and is read too.
    found = ck.check_campaigns(store, start=D("2026-11-03"), end=D("2026-11-30"))
    assert [(f.code, f.campaign_ids) for f in found] == [("below_cost", (b.id,)), ("overlap", (a.id, b.id))]
    assert found[1].params["stacked"] == "¥50.00"  # ¥70 less A's ¥20 cut
    assert [f.code for f in ck.check_campaign(store, far.id)] == ["principles"]
    assert [f.code for f in ck.check_campaign(store, a.id)] == ["overlap"]
    assert ck.check_campaigns(store, start=D("2027-01-01"), end=D("2027-01-31")) == []
    cp.update_campaign(store, b.id, start_date=D("2026-11-09"), end_date=D("2026-11-11"))  # covers 双11 now
    assert [f.code for f in ck.check_campaign(store, b.id)] == ["below_cost", "gap_after_big"]
    assert replace(found[0], params={**found[0].params, "price": "¥1.00"}).format().startswith("“餐桌” at ¥1.00")
