"""钻展 display-ad A/B tests: variants, their results and metrics, and whether a winner is real.

"Testing is king": test -> summarise -> optimise -> test again. A test records what was
learned (``summary``) and what to try next (``next_step``); the next round names it as
``parent_test_id``, so ``history`` gives the whole loop. An A/B test changes ONE variable:
``comparability`` says which variables differ between which variants, and ``summarise``
only names a winner when the variants are comparable and the CTR difference passes a
two-proportion z-test at 95%. Metrics are pure functions and return None for a zero
denominator. Every write is one transaction; bad input raises ``AdTestError`` and changes nothing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import combinations

from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.festivals import as_count, child_row, join_names, limited, set_deleted, update_fields
from app.core.records import new_id, now_stamp

VARIABLES = {"targeting": ("定向", "Targeting"), "placement": ("位置", "Placement"), "time_slot": ("时段", "Time slot"),
             "region": ("地域", "Region"), "target_shops": ("定向店铺", "Targeted shops"),
             "landing_page": ("落地页", "Landing page"), "product": ("单品", "Product"), "bid": ("出价", "Bid"),
             "creative": ("素材", "Creative")}
RESULTS = ("impressions", "clicks", "cost_fen", "favourites", "add_to_cart", "orders", "revenue_fen")
ALPHA = 0.05  # significant at 95%: two-sided p-value below this
MAX_LABEL, MAX_VALUE, MAX_TEXT = 40, 200, 5000
_TEST_FIELDS = ("name", "parent_test_id", "summary", "next_step")
_TEST_COLUMNS = "id, " + ", ".join(_TEST_FIELDS) + ", created_at, updated_at"
_VARIANT_FIELDS = ("label", "variables", *RESULTS)
_VARIANT_COLUMNS = "id, test_id, position, " + ", ".join(_VARIANT_FIELDS)


class AdTestError(UserError):
    """Bad input to an ad test; nothing was changed."""


def ctr(clicks: int, impressions: int) -> float | None:
    """Click-through rate (点击率) = clicks / impressions."""
    return clicks / impressions if impressions else None


def cpc_fen(cost_fen: int, clicks: int) -> int | None:
    """Cost per click (单次点击成本) in fen, halves rounded up."""
    return (2 * cost_fen + clicks) // (2 * clicks) if clicks else None


def roi(revenue_fen: int, cost_fen: int) -> float | None:
    """Return on spend (回报率, ROI) = revenue / cost."""
    return revenue_fen / cost_fen if cost_fen else None


def conversion(orders: int, clicks: int) -> float | None:
    """Conversion rate (转化率) = orders / clicks."""
    return orders / clicks if clicks else None


@dataclass(frozen=True)
class Variant:
    id: str
    test_id: str
    position: int
    label: str  # "A", "B", ...
    variables: dict[str, str]  # every VARIABLES code -> its value ("" when not set)
    impressions: int  # 展现
    clicks: int
    cost_fen: int  # 花费
    favourites: int  # 收藏
    add_to_cart: int  # 加购
    orders: int  # 成交笔数
    revenue_fen: int  # 成交金额

    @property
    def ctr(self) -> float | None:
        return ctr(self.clicks, self.impressions)

    @property
    def cpc_fen(self) -> int | None:
        return cpc_fen(self.cost_fen, self.clicks)

    @property
    def roi(self) -> float | None:
        return roi(self.revenue_fen, self.cost_fen)

    @property
    def conversion(self) -> float | None:
        return conversion(self.orders, self.clicks)


@dataclass(frozen=True)
class AdTest:
    id: str
    name: str
    parent_test_id: str | None  # the test this one follows up (the previous round of the loop)
    summary: str  # what the test showed (总结)
    next_step: str  # what to optimise and test next
    created_at: str
    updated_at: str
    variants: tuple[Variant, ...] = ()


@dataclass(frozen=True)
class Difference:
    a: str  # variant ids
    b: str
    variables: tuple[str, ...]  # VARIABLES codes whose values differ, in VARIABLES order


@dataclass(frozen=True)
class Comparability:
    comparable: bool  # at least two variants, and no two of them differ in more than one variable
    varied: tuple[str, ...]  # the variables that differ between any two variants
    pairs: tuple[Difference, ...]  # every pair of variants, in order


def _differing(a: Variant, b: Variant) -> tuple[str, ...]:
    return tuple(v for v in VARIABLES if a.variables.get(v, "") != b.variables.get(v, ""))


def comparability(variants: Sequence[Variant]) -> Comparability:
    pairs = tuple(Difference(a.id, b.id, _differing(a, b))
                  for a, b in combinations(variants, 2))
    varied = tuple(v for v in VARIABLES if any(v in p.variables for p in pairs))
    return Comparability(len(variants) >= 2 and all(len(p.variables) <= 1 for p in pairs), varied, pairs)


@dataclass(frozen=True)
class ZTest:
    z: float | None  # (CTR b - CTR a) / pooled standard error; None when it cannot be computed
    p_value: float | None  # two-sided
    significant: bool  # p < ALPHA

    @property
    def verdict(self) -> str:
        return "significant" if self.significant else "not_enough_evidence"


def two_proportion_z(clicks_a: int, impressions_a: int, clicks_b: int, impressions_b: int) -> ZTest:
    """The pooled two-proportion z-test of CTR b against CTR a (math.erfc, no scipy)."""
    if not (0 <= clicks_a <= impressions_a and 0 <= clicks_b <= impressions_b and impressions_a and impressions_b):
        return ZTest(None, None, False)
    pooled = (clicks_a + clicks_b) / (impressions_a + impressions_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / impressions_a + 1 / impressions_b))
    if se == 0:  # no clicks at all, or every impression clicked: nothing tells the two apart
        return ZTest(None, None, False)
    z = (clicks_b / impressions_b - clicks_a / impressions_a) / se
    p = math.erfc(abs(z) / math.sqrt(2))
    return ZTest(z, p, p < ALPHA)


@dataclass(frozen=True)
class Summary:
    winner_id: str | None  # only when comparable and significant
    best_id: str | None  # the highest CTR, winner or not; None when there is nothing to compare
    other_id: str | None  # the runner-up it was tested against
    comparability: Comparability
    test: ZTest | None
    template: str  # QT_TRANSLATE_NOOP("core", ...) English, filled with ``params``
    params: dict

    def format(self, template: str | None = None) -> str:
        return (template or self.template).format(**self.params)


def _percent(x: float) -> str:
    return f"{x * 100:.2f}%"


def summarise(test: AdTest, lang: str = "zh_CN") -> Summary:
    """The winner by CTR if the variants are comparable and the difference significant, else why not."""
    variants, comp = test.variants, comparability(test.variants)
    labels = {v.id: v.label for v in variants}
    if len(variants) < 2:
        return Summary(None, None, None, comp, None,
                       QT_TRANSLATE_NOOP("core", "Add at least two variants to compare."), {})
    if not comp.comparable:
        pair = next(p for p in comp.pairs if len(p.variables) > 1)
        return Summary(None, None, None, comp, None, QT_TRANSLATE_NOOP(
            "core", "Not comparable: {a} and {b} differ in {variables}. An A/B test changes one variable only."),
            {"a": labels[pair.a], "b": labels[pair.b],
             "variables": join_names([VARIABLES[v] for v in pair.variables], lang)})
    empty = next((v for v in variants if not v.impressions), None)
    if empty:
        return Summary(None, None, None, comp, None,
                       QT_TRANSLATE_NOOP("core", "{label} has no impressions yet."), {"label": empty.label})
    best, other = sorted(variants, key=lambda v: -v.ctr)[:2]
    z = two_proportion_z(other.clicks, other.impressions, best.clicks, best.impressions)
    params = {"best": best.label, "other": other.label, "ctr_best": _percent(best.ctr),
              "ctr_other": _percent(other.ctr), "p": "–" if z.p_value is None else
              "< 0.0001" if z.p_value < 0.0001 else f"{z.p_value:.4f}"}
    if z.significant:
        return Summary(best.id, best.id, other.id, comp, z, QT_TRANSLATE_NOOP(
            "core", "{best} wins on CTR: {ctr_best} against {ctr_other} for {other} (p = {p}, significant at 95%)."),
            params)
    return Summary(None, best.id, other.id, comp, z, QT_TRANSLATE_NOOP(
        "core", "No clear winner yet: {best} leads {other} on CTR ({ctr_best} against {ctr_other}), but p = {p} "
                "is not enough evidence: the difference may be noise. Keep the test running."), params)


# --- storage ----------------------------------------------------------------------------------


def _variant(row) -> Variant:
    vid, test_id, position, label, variables, *results = row
    values = json.loads(variables)
    return Variant(vid, test_id, position, label, {v: values.get(v, "") for v in VARIABLES}, *results)


def _variants(conn, test_id: str) -> tuple[Variant, ...]:
    return tuple(_variant(row) for row in conn.execute(
        f"SELECT {_VARIANT_COLUMNS} FROM ad_variants WHERE test_id = ? AND deleted_at IS NULL ORDER BY position",
        (test_id,)))


def _test(conn, test_id: str, *, deleted: bool = False) -> AdTest:
    row = conn.execute(f"SELECT {_TEST_COLUMNS}, deleted_at FROM ad_tests WHERE id = ?", (test_id,)).fetchone()
    if row is None or (row[-1] is not None) != deleted:
        raise AdTestError(QT_TRANSLATE_NOOP("core", "This ad test no longer exists."))
    return AdTest(*row[:-1], _variants(conn, test_id))


def _test_fields(conn, fields: dict, test_id: str = "") -> dict:
    parent = fields["parent_test_id"] or None
    if parent is not None:
        _test(conn, parent)
        [loop] = conn.execute(  # the parent must not be this test or one of its follow-ups
            "WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT t.parent_test_id FROM ad_tests t JOIN up ON t.id = up.id "
            "WHERE t.parent_test_id IS NOT NULL) SELECT count(*) FROM up WHERE id = ?", (parent, test_id)).fetchone()
        if loop:
            raise AdTestError(QT_TRANSLATE_NOOP("core", "A test cannot follow up itself or a test that follows it."))
    return {"name": limited(fields["name"], AdTestError, limit=MAX_LABEL * 2,
                            empty=QT_TRANSLATE_NOOP("core", "Enter the test's name.")),
            "parent_test_id": parent, "summary": limited(fields["summary"], AdTestError, limit=MAX_TEXT),
            "next_step": limited(fields["next_step"], AdTestError, limit=MAX_TEXT)}


def add_test(store: Store, *, name: str, parent_test_id: str | None = None, summary: str = "",
             next_step: str = "", now: datetime | None = None) -> AdTest:
    """A new test; ``parent_test_id`` names the round it follows up."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        fields, test_id = _test_fields(conn, locals()), new_id()
        conn.execute(f"INSERT INTO ad_tests ({_TEST_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (test_id, *(fields[f] for f in _TEST_FIELDS), stamp, stamp))
        return _test(conn, test_id)


def update_test(store: Store, test_id: str, *, now: datetime | None = None, **changes) -> AdTest:
    """Change the given fields (name, parent_test_id, summary, next_step); unknown names: TypeError."""
    return update_fields(store, "ad_tests", test_id, changes, names=_TEST_FIELDS, read=_test, now=now,
                         check=lambda conn, fields: _test_fields(conn, fields, test_id))


def get_test(store: Store, test_id: str) -> AdTest:
    """A live test with its live variants."""
    return _test(store.conn, test_id)


def list_tests(store: Store) -> list[AdTest]:
    """Live tests, newest first, with their variants."""
    ids = [i for i, in store.conn.execute("SELECT id FROM ad_tests WHERE deleted_at IS NULL "
                                          "ORDER BY created_at DESC, name")]
    return [_test(store.conn, i) for i in ids]


def history(store: Store, test_id: str) -> list[AdTest]:
    """The loop ``test_id`` belongs to: the rounds before it (first round first), the test, then the
    rounds that follow it up, round by round. Deleted tests are left out; the chain goes through them."""
    _test(store.conn, test_id)
    rows = store.conn.execute(
        "WITH RECURSIVE up(id, parent, round) AS (SELECT id, parent_test_id, 0 FROM ad_tests WHERE id = ? "
        "UNION SELECT t.id, t.parent_test_id, up.round - 1 FROM ad_tests t JOIN up ON t.id = up.parent), "
        "down(id, round) AS (SELECT ?, 0 UNION SELECT t.id, down.round + 1 FROM ad_tests t "
        "JOIN down ON t.parent_test_id = down.id) "
        "SELECT x.id FROM (SELECT id, round FROM up UNION SELECT id, round FROM down) x "
        "JOIN ad_tests t ON t.id = x.id WHERE t.deleted_at IS NULL ORDER BY x.round, t.created_at, t.id",
        (test_id, test_id))
    return [_test(store.conn, i) for i, in rows]


def delete_test(store: Store, test_id: str, *, now: datetime | None = None) -> None:
    """Move a test to the trash; its follow-ups keep it as their parent, so restoring it mends the loop."""
    set_deleted(store, "ad_tests", test_id, _test, deleted=True, now=now)


def restore_test(store: Store, test_id: str, *, now: datetime | None = None) -> AdTest:
    set_deleted(store, "ad_tests", test_id, _test, deleted=False, now=now)
    return get_test(store, test_id)


# --- variants ---------------------------------------------------------------------------------


def _live_variant(conn, variant_id: str, *, deleted: bool = False) -> Variant:
    return _variant(child_row(conn, "ad_variants", _VARIANT_COLUMNS, variant_id, parent="ad_tests",
                              parent_key="test_id", deleted=deleted,
                              missing=AdTestError(QT_TRANSLATE_NOOP("core", "This variant no longer exists."))))


def _variant_fields(conn, test_id: str, fields: dict, variant_id: str = "") -> dict:
    label = limited(fields["label"], AdTestError, limit=MAX_LABEL,
                    empty=QT_TRANSLATE_NOOP("core", "Enter the variant's label (A, B, ...)."))
    if conn.execute("SELECT 1 FROM ad_variants WHERE test_id = ? AND label = ? AND id != ? AND deleted_at IS NULL",
                    (test_id, label, variant_id)).fetchone():
        raise AdTestError(QT_TRANSLATE_NOOP("core", "This test already has a variant “{label}”."), label=label)
    variables = fields["variables"] or {}
    unknown = set(variables) - set(VARIABLES)
    if unknown:
        raise AdTestError(QT_TRANSLATE_NOOP("core", "Unknown ad test variable “{code}”."), code=min(unknown))
    values = {v: limited(variables[v], AdTestError, limit=MAX_VALUE) for v in VARIABLES if variables.get(v)}
    for name in RESULTS:
        as_count(fields[name], AdTestError, QT_TRANSLATE_NOOP("core", "A test result cannot be negative."))
    if fields["clicks"] > fields["impressions"]:
        raise AdTestError(QT_TRANSLATE_NOOP("core", "More clicks ({clicks}) than impressions ({impressions})."),
                          clicks=fields["clicks"], impressions=fields["impressions"])
    return {**fields, "label": label, "variables": json.dumps(values, ensure_ascii=False)}


def add_variant(store: Store, test_id: str, *, label: str, variables: dict[str, str] | None = None,
                impressions: int = 0, clicks: int = 0, cost_fen: int = 0, favourites: int = 0,
                add_to_cart: int = 0, orders: int = 0, revenue_fen: int = 0, now: datetime | None = None) -> Variant:
    """A variant last in the test."""
    _, stamp = now_stamp(now)
    values = locals()
    with store.write() as conn:
        _test(conn, test_id)
        fields = _variant_fields(conn, test_id, {f: values[f] for f in _VARIANT_FIELDS})
        [position] = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM ad_variants WHERE test_id = ?",
                                  (test_id,)).fetchone()
        variant_id = new_id()
        conn.execute(f"INSERT INTO ad_variants ({_VARIANT_COLUMNS}, created_at, updated_at) VALUES "
                     f"(?, ?, ?, {', '.join('?' * len(_VARIANT_FIELDS))}, ?, ?)",
                     (variant_id, test_id, position, *(fields[f] for f in _VARIANT_FIELDS), stamp, stamp))
        return _live_variant(conn, variant_id)


def update_variant(store: Store, variant_id: str, *, now: datetime | None = None, **changes) -> Variant:
    """Change the given fields (label, variables, and the RESULTS); unknown names: TypeError."""
    return update_fields(store, "ad_variants", variant_id, changes, names=_VARIANT_FIELDS, read=_live_variant,
                         check=lambda conn, fields: _variant_fields(conn, fields["test_id"], fields, variant_id),
                         now=now)


def delete_variant(store: Store, variant_id: str, *, now: datetime | None = None) -> None:
    set_deleted(store, "ad_variants", variant_id, _live_variant, deleted=True, now=now)


# --- demo data --------------------------------------------------------------------------------


def load_demo(store: Store, *, today: date) -> None:
    """Two rounds of a 钻展 test: creatives (a real winner), then bids (not enough evidence yet)."""
    def at(days_ago: int) -> datetime:
        return datetime.combine(today - timedelta(days=days_ago), time(10, 0))

    base = {"targeting": "访客定向", "placement": "首页焦点图", "time_slot": "10:00-22:00", "region": "江浙沪",
            "product": "北欧实木餐桌", "bid": "0.80", "landing_page": "单品详情页"}
    with store.write():
        first = add_test(store, name="钻展主图测试 第1轮：素材", summary="场景图点击率明显更高（p≈0.005），差异是真的。",
                         next_step="保留场景图，下一轮只测出价。", now=at(20))
        for label, creative, clicks, cost, favourites, carts, orders, revenue in (
                ("A", "白底主图", 200, 16_000, 31, 18, 5, 649_500), ("B", "场景图", 260, 20_800, 44, 27, 8, 1_039_200)):
            add_variant(store, first.id, label=label, variables={**base, "creative": creative}, impressions=10_000,
                        clicks=clicks, cost_fen=cost, favourites=favourites, add_to_cart=carts, orders=orders,
                        revenue_fen=revenue, now=at(13))
        second = add_test(store, name="钻展主图测试 第2轮：出价", parent_test_id=first.id, now=at(10))
        for label, bid, impressions, clicks, cost in (("A", "0.80", 5000, 130, 10400), ("B", "1.00", 5200, 150, 15000)):
            add_variant(store, second.id, label=label, variables={**base, "creative": "场景图", "bid": bid},
                        impressions=impressions, clicks=clicks, cost_fen=cost, now=at(2))
