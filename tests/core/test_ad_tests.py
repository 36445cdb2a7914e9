"""钻展 A/B tests: the metrics, the one-variable rule, the two-proportion z-test worked by hand,
the summary that names a winner only when it is real, and the test -> optimise -> test loop."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import pytest

from app.core import ad_tests as at
from app.core.ad_tests import AdTest, AdTestError, Variant

NOW = datetime(2026, 10, 1, 10, 0)
BASE = {"targeting": "访客定向", "placement": "首页焦点图", "bid": "0.80", "creative": "白底主图"}


def variant(vid, label="", impressions=0, clicks=0, **variables) -> Variant:
    return Variant(vid, "t", 0, label or vid, {**BASE, **variables}, impressions, clicks, 0, 0, 0, 0, 0)


def test_metrics():
    assert at.ctr(200, 10_000) == 0.02 and at.ctr(0, 0) is None
    assert at.cpc_fen(1_000, 3) == 333  # ¥3.333…
    assert at.cpc_fen(1_001, 2) == 501  # ¥5.005: a half rounds up
    assert at.cpc_fen(999, 2) == 500 and at.cpc_fen(500, 0) is None
    assert at.roi(30_000, 10_000) == 3.0 and at.roi(30_000, 0) is None
    assert at.conversion(5, 200) == 0.025 and at.conversion(5, 0) is None
    v = Variant("v", "t", 0, "A", {}, 10_000, 200, 16_000, 31, 18, 5, 649_500)
    assert (v.ctr, v.cpc_fen, v.roi, v.conversion) == (0.02, 80, 649_500 / 16_000, 0.025)


# --- the z-test -------------------------------------------------------------------------------


def test_the_z_test_against_a_hand_computed_example():
    # CTR 2.0% vs 2.6% on 10,000 impressions each: pooled p = 460/20,000 = 0.023,
    # SE = sqrt(0.023 × 0.977 × (1/10,000 + 1/10,000)) = 0.0021200, z = 0.006 / SE = 2.830,
    # two-sided p = erfc(2.830 / √2) = 0.00465.
    z = at.two_proportion_z(200, 10_000, 260, 10_000)
    assert z.z == pytest.approx(2.830, abs=0.001) and z.p_value == pytest.approx(0.0047, abs=0.0001)
    assert z.significant and z.verdict == "significant"
    back = at.two_proportion_z(260, 10_000, 200, 10_000)
    assert back.z == pytest.approx(-z.z) and back.p_value == pytest.approx(z.p_value)


def test_a_small_difference_is_not_enough_evidence():
    # 2.60% vs 2.88%: SE = sqrt(0.02745 × 0.97255 × (1/5,000 + 1/5,200)) = 0.003233, z = 0.880, p = 0.379.
    z = at.two_proportion_z(130, 5_000, 150, 5_200)
    assert z.z == pytest.approx(0.880, abs=0.001) and z.p_value == pytest.approx(0.379, abs=0.001)
    assert not z.significant and z.verdict == "not_enough_evidence"


def test_the_edge_of_significance():
    # |z| = 1.96 is p = 0.05: just above is significant, just below is not.
    assert math.erfc(1.959963984540054 / math.sqrt(2)) == pytest.approx(0.05)
    assert at.two_proportion_z(100, 10_000, 130, 10_000).significant  # z = 1.99
    assert not at.two_proportion_z(100, 10_000, 127, 10_000).significant  # z = 1.80


@pytest.mark.parametrize("args", [(0, 0, 5, 100), (5, 100, 0, 0), (0, 100, 0, 100), (100, 100, 50, 50), (5, 3, 1, 10)])
def test_no_z_without_data(args):
    z = at.two_proportion_z(*args)
    assert (z.z, z.p_value, z.significant) == (None, None, False)


# --- one variable at a time -------------------------------------------------------------------


def test_two_variants_differing_in_one_variable_are_comparable():
    c = at.comparability([variant("A"), variant("B", creative="场景图")])
    assert c.comparable and c.varied == ("creative",)
    assert [(p.a, p.b, p.variables) for p in c.pairs] == [("A", "B", ("creative",))]


def test_two_variants_differing_in_two_variables_are_not():
    c = at.comparability([variant("A"), variant("B", creative="场景图", bid="1.00")])
    assert not c.comparable and c.varied == ("bid", "creative")  # in the brief's order


def test_three_variants():
    same_variable = [variant("A"), variant("B", bid="1.00"), variant("C", bid="1.20")]
    assert at.comparability(same_variable).comparable
    mixed = at.comparability([variant("A"), variant("B", bid="1.00"), variant("C", creative="场景图")])
    assert not mixed.comparable and mixed.varied == ("bid", "creative")
    assert [(p.a, p.b, p.variables) for p in mixed.pairs] == [
        ("A", "B", ("bid",)), ("A", "C", ("creative",)), ("B", "C", ("bid", "creative"))]


def test_fewer_than_two_variants_compare_nothing():
    assert not at.comparability([variant("A")]).comparable and not at.comparability([]).comparable
    assert at.comparability([variant("A"), variant("B")]).comparable  # an A/A test


# --- the summary ------------------------------------------------------------------------------


def summary(*variants, lang="zh_CN") -> at.Summary:
    return at.summarise(AdTest("t", "test", None, "", "", "", "", tuple(variants)), lang)


def test_a_real_winner():
    s = summary(variant("a", "A", 10_000, 200), variant("b", "B", 10_000, 260, creative="场景图"))
    assert (s.winner_id, s.best_id, s.other_id) == ("b", "b", "a")
    assert s.format() == "B wins on CTR: 2.60% against 2.00% for A (p = 0.0047, significant at 95%)."


def test_a_leader_that_may_be_noise():
    s = summary(variant("a", "A", 5_000, 130), variant("b", "B", 5_200, 150, bid="1.00"))
    assert (s.winner_id, s.best_id) == (None, "b")
    assert s.format() == ("No clear winner yet: B leads A on CTR (2.88% against 2.60%), but p = 0.3792 is not enough "
                          "evidence: the difference may be noise. Keep the test running.")


def test_why_there_is_no_winner():
    assert summary(variant("a")).format() == "Add at least two variants to compare."
    s = summary(variant("a", "A", 10_000, 100), variant("b", "B", 10_000, 300, creative="场景图", region="江浙沪"))
    assert s.winner_id is None and s.test is None
    assert s.format() == "Not comparable: A and B differ in 地域、素材. An A/B test changes one variable only."
    s = summary(variant("a", "A", 10_000, 100), variant("b", "B", 10_000, 300, creative="x", region="y"), lang="en")
    assert s.params["variables"] == "Region, Creative"
    assert summary(variant("a", "A", 100, 1), variant("b", "B", creative="x")).format() == "B has no impressions yet."


# --- storage and the loop ---------------------------------------------------------------------


def dump(store) -> dict[str, list[tuple]]:
    return {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in ("ad_tests", "ad_variants")}


def test_tests_and_variants_round_trip(store):
    t = at.add_test(store, name="主图测试", now=NOW)
    a = at.add_variant(store, t.id, label="A", variables={**BASE, "region": " 江浙沪 "}, impressions=10_000,
                       clicks=200, cost_fen=16_000, favourites=31, add_to_cart=18, orders=5, revenue_fen=649_500)
    b = at.add_variant(store, t.id, label="B", variables={**BASE, "region": "江浙沪", "creative": "场景图"})
    assert a.variables["region"] == "江浙沪" and a.variables["time_slot"] == "" and set(a.variables) == set(at.VARIABLES)
    assert (a.position, b.position, a.revenue_fen) == (0, 1, 649_500)
    b = at.update_variant(store, b.id, impressions=10_000, clicks=260)
    t = at.update_test(store, t.id, summary="场景图更好", next_step="下一轮测出价")
    assert t == at.get_test(store, t.id) and t.variants == (a, b) and (t.summary, t.next_step) == ("场景图更好", "下一轮测出价")
    assert at.summarise(t).winner_id == b.id
    at.delete_variant(store, a.id)
    assert at.get_test(store, t.id).variants == (b,)
    with pytest.raises(TypeError):
        at.update_variant(store, b.id, colour="red")


@pytest.mark.parametrize("changes, message", [
    ({"label": " "}, "Enter the variant's label (A, B, ...)."),
    ({"label": "A"}, "This test already has a variant “A”."),
    ({"variables": {"audience": "x"}}, "Unknown ad test variable “audience”."),
    ({"clicks": -1}, "A test result cannot be negative."),
    ({"revenue_fen": -1}, "A test result cannot be negative."),
    ({"clicks": 101}, "More clicks (101) than impressions (100)."),
])
def test_bad_variants_change_nothing(store, changes, message):
    t = at.add_test(store, name="主图测试")
    at.add_variant(store, t.id, label="A")
    b = at.add_variant(store, t.id, label="B", impressions=100, clicks=10)
    before = dump(store)
    with pytest.raises(AdTestError) as caught:
        at.update_variant(store, b.id, **changes)
    assert str(caught.value) == message and dump(store) == before
    with pytest.raises(AdTestError):
        at.add_variant(store, t.id, **{"label": "C", "impressions": 100, **changes})
    assert dump(store) == before


def test_the_loop_is_kept_as_a_history(store):
    def add(name, parent=None, minutes=0):
        return at.add_test(store, name=name, parent_test_id=parent, now=NOW + timedelta(minutes=minutes)).id

    first = add("第1轮：素材")
    second = add("第2轮：出价", first, 1)
    third = add("第3轮：时段", second, 2)
    branch = add("第2轮b：地域", first, 3)
    names = lambda test_id: [t.name for t in at.history(store, test_id)]  # noqa: E731
    assert names(second) == ["第1轮：素材", "第2轮：出价", "第3轮：时段"]
    assert names(first) == ["第1轮：素材", "第2轮：出价", "第2轮b：地域", "第3轮：时段"]
    assert names(branch) == ["第1轮：素材", "第2轮b：地域"]
    at.delete_test(store, second)
    assert names(third) == ["第1轮：素材", "第3轮：时段"]  # the chain goes through the deleted round
    with pytest.raises(AdTestError):
        at.history(store, second)
    assert at.restore_test(store, second).name == "第2轮：出价"
    assert [t.name for t in at.list_tests(store)] == ["第2轮b：地域", "第3轮：时段", "第2轮：出价", "第1轮：素材"]


@pytest.mark.parametrize("parent", ["self", "child", "grandchild", "missing"])
def test_a_test_cannot_follow_itself_or_its_follow_ups(store, parent):
    first = at.add_test(store, name="1").id
    second = at.add_test(store, name="2", parent_test_id=first).id
    third = at.add_test(store, name="3", parent_test_id=second).id
    before = dump(store)
    with pytest.raises(AdTestError):
        at.update_test(store, first, parent_test_id={"self": first, "child": second, "grandchild": third,
                                                     "missing": "nope"}[parent])
    assert dump(store) == before
    assert at.update_test(store, third, parent_test_id=first).parent_test_id == first  # moving down is fine


def test_bad_tests_change_nothing(store):
    t = at.add_test(store, name="主图测试")
    before = dump(store)
    for action in (lambda: at.update_test(store, t.id, name=""), lambda: at.add_test(store, name=" "),
                   lambda: at.add_test(store, name="x", parent_test_id="nope"),
                   lambda: at.update_test(store, t.id, summary="长" * 5001), lambda: at.get_test(store, "nope"),
                   lambda: at.restore_test(store, t.id), lambda: at.delete_variant(store, "nope")):
        with pytest.raises(AdTestError):
            action()
    with pytest.raises(TypeError):
        at.update_test(store, t.id, colour="red")
    assert dump(store) == before
