"""Figures from the affiliate order report: per affiliate (orders, promoted amount, commission,
effective rate, by product), the shop's sales by affiliate for the sales charts, the last
imports, and the demo data.

Totals come from affiliate_daily (a few rows per affiliate and day); only the per-product
breakdown and the unmatched bucket read affiliate_orders, through their (affiliate_id, day) index.
Valid orders are those not failed (订单失效), as everywhere in this tab.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.core.importing.affiliate_orders import KIND, AffiliateOrder, write_rows
from app.core.money import apply_rate
from app.core.products import div_half_up

_FIRST, _LAST = "0000-00-00", "9999-99-99"


def effective_rate_bp(commission_fen: int, paid_fen: int) -> int | None:
    """Commission as a share of the promoted amount, basis points; None without sales."""
    return div_half_up(commission_fen * 10000, paid_fen) if paid_fen > 0 else None


def _range(start, end) -> tuple[str, str]:
    iso = lambda d: d.isoformat() if isinstance(d, date) else d  # noqa: E731
    return iso(start) or _FIRST, iso(end) or _LAST


@dataclass(frozen=True)
class ProductLine:
    item_id: str
    title: str
    orders: int
    paid_fen: int
    commission_fen: int

    @property
    def rate_bp(self) -> int | None:
        return effective_rate_bp(self.commission_fen, self.paid_fen)


@dataclass(frozen=True)
class AffiliateSummary:
    affiliate_id: str
    orders: int  # valid orders
    paid_fen: int  # 推广金额
    commission_fen: int
    failed: int  # 失效 orders, not counted above
    last_order_on: str | None
    products: tuple[ProductLine, ...]

    @property
    def rate_bp(self) -> int | None:
        return effective_rate_bp(self.commission_fen, self.paid_fen)


def summary(store, affiliate_id: str, start=None, end=None) -> AffiliateSummary:
    """One affiliate's figures for [start, end] (either None: open-ended), products by amount."""
    first, last = _range(start, end)
    orders, paid, commission, last_day = store.conn.execute(
        "SELECT coalesce(sum(orders), 0), coalesce(sum(paid_fen), 0), coalesce(sum(commission_fen), 0), max(day) "
        "FROM affiliate_daily WHERE affiliate_id = ? AND day BETWEEN ? AND ?", (affiliate_id, first, last)).fetchone()
    products, failed = [], 0
    for item_id, title, n, p, c, bad in store.conn.execute(
            "SELECT item_id, max(title), count(CASE WHEN status != 'failed' THEN 1 END), "
            "coalesce(sum(CASE WHEN status != 'failed' THEN paid_fen END), 0), "
            "coalesce(sum(CASE WHEN status != 'failed' THEN commission_fen END), 0), "
            "count(CASE WHEN status = 'failed' THEN 1 END) "
            "FROM affiliate_orders WHERE affiliate_id = ? AND day BETWEEN ? AND ? "
            "GROUP BY item_id ORDER BY 4 DESC, 3 DESC, 2", (affiliate_id, first, last)):
        failed += bad
        if n:
            products.append(ProductLine(item_id, title, n, p, c))
    return AffiliateSummary(affiliate_id, orders, paid, commission, failed, last_day, tuple(products))


@dataclass(frozen=True)
class AffiliateRevenue:
    affiliate_id: str
    name: str
    orders: int
    paid_fen: int
    commission_fen: int

    @property
    def rate_bp(self) -> int | None:
        return effective_rate_bp(self.commission_fen, self.paid_fen)


@dataclass(frozen=True)
class AffiliateSales:
    """The top affiliates by promoted amount, then 其他 (the other matched affiliates) and 未匹配
    (promoters not in the register); the totals include all three."""

    top: tuple[AffiliateRevenue, ...]
    others_count: int
    others_orders: int
    others_paid_fen: int
    others_commission_fen: int
    unmatched_orders: int
    unmatched_paid_fen: int
    unmatched_commission_fen: int
    orders: int
    paid_fen: int
    commission_fen: int

    @property
    def rate_bp(self) -> int | None:
        return effective_rate_bp(self.commission_fen, self.paid_fen)

    def share_bp(self, paid_fen: int) -> int | None:
        return div_half_up(paid_fen * 10000, self.paid_fen) if self.paid_fen > 0 else None


def sales_by_affiliate(store, start=None, end=None, top_n: int = 8) -> AffiliateSales:
    """Valid affiliate orders in [start, end] by affiliate: the ``top_n`` by amount (more orders
    breaking ties, then the name), the rest as others, and the unmatched promoters."""
    first, last = _range(start, end)
    conn = store.conn
    # Two queries: each is one index probe, while min() and max() together scan the index.
    low = conn.execute("SELECT min(day) FROM affiliate_daily").fetchone()[0]
    high = conn.execute("SELECT max(day) FROM affiliate_daily").fetchone()[0]
    if low is None or (first <= low and last >= high):
        # Every day there is: the kept totals on affiliates already hold the sums.
        rows = conn.execute(
            "SELECT id, orders, paid_fen, commission_fen FROM affiliates WHERE orders > 0 "
            "ORDER BY paid_fen DESC, orders DESC, sort_name LIMIT ?", (int(top_n),)).fetchall()
        totals = conn.execute("SELECT count(*), coalesce(sum(orders), 0), coalesce(sum(paid_fen), 0), "
                              "coalesce(sum(commission_fen), 0) FROM affiliates WHERE orders > 0").fetchone()
    else:
        # One pass over the range: through the day index for a short one, else a scan along the
        # primary key (affiliate, day), which groups without sorting and beats an index lookup per
        # row from a few weeks of a two-year table on (``+day`` keeps the planner off the index).
        days = (date.fromisoformat(min(last, high)) - date.fromisoformat(max(first, low))).days + 1
        span = (date.fromisoformat(high) - date.fromisoformat(low)).days + 1
        day = "day" if days * 50 < span else "+day"
        found = conn.execute(
            f"""WITH g AS MATERIALIZED (
                  SELECT affiliate_id AS id, sum(orders) AS n, sum(paid_fen) AS paid, sum(commission_fen) AS c
                  FROM affiliate_daily WHERE {day} BETWEEN ? AND ? GROUP BY affiliate_id)
                SELECT * FROM (SELECT id, 1, n, paid, c FROM g ORDER BY paid DESC, n DESC LIMIT ?)
                UNION ALL SELECT NULL, count(*), coalesce(sum(n), 0), coalesce(sum(paid), 0), coalesce(sum(c), 0)
                FROM g""", (first, last, int(top_n))).fetchall()
        rows, totals = [(r[0], *r[2:]) for r in found[:-1]], found[-1][1:]
    names = {i: (name, key) for i, name, key in conn.execute(
        "SELECT id, name, sort_name FROM affiliates WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps([r[0] for r in rows]),))}
    top = sorted((AffiliateRevenue(i, names.get(i, ("", ""))[0], n, p, c) for i, n, p, c in rows),
                 key=lambda t: (-t.paid_fen, -t.orders, names.get(t.affiliate_id, ("", ""))[1]))
    count, orders, paid, commission = totals
    u_orders, u_paid, u_commission = conn.execute(
        "SELECT count(*), coalesce(sum(paid_fen), 0), coalesce(sum(commission_fen), 0) "
        "FROM affiliate_orders INDEXED BY affiliate_orders_affiliate "
        "WHERE affiliate_id IS NULL AND day BETWEEN ? AND ? AND status != 'failed'", (first, last)).fetchone()
    return AffiliateSales(
        tuple(top), count - len(top), orders - sum(t.orders for t in top), paid - sum(t.paid_fen for t in top),
        commission - sum(t.commission_fen for t in top), u_orders, u_paid, u_commission,
        orders + u_orders, paid + u_paid, commission + u_commission)


def has_orders(store) -> bool:
    return store.conn.execute("SELECT 1 FROM affiliate_orders LIMIT 1").fetchone() is not None


@dataclass(frozen=True)
class ImportRecord:
    file: str
    encoding: str
    rows: int
    added: int
    updated: int
    unchanged: int
    skipped: int
    imported_at: str


def recent_imports(store, limit: int = 20) -> list[ImportRecord]:
    """The last imports of affiliate order reports, newest first."""
    rows = store.conn.execute(
        "SELECT file, encoding, rows, added, updated, unchanged, skipped, imported_at FROM imports "
        "WHERE kind = ? ORDER BY imported_at DESC, id DESC LIMIT ?", (KIND, int(limit)))
    return [ImportRecord(*r) for r in rows]


# ---------------------------------------------------------------- demo

DEMO_UNMATCHED = (("小鹿优选", "mm_88001_1200_3300", "小鹿优选网"), ("茶友圈阿杰", "", "QQ群"))


def load_demo(store, *, today: date | None = None, seed: int = 7) -> int:
    """About three months of affiliate orders for the promoters in affiliate_keys, plus a couple
    of promoters not in the register; deterministic. Returns the number of orders added."""
    today = today or date.today()
    rng = random.Random(seed)
    conn = store.conn
    promoters: dict[str, dict[str, str]] = {}
    for kind, value, affiliate_id, status, vip in conn.execute(  # by name: ids differ from one demo to the next
            "SELECT k.kind, k.value, k.affiliate_id, a.status, a.vip FROM affiliate_keys AS k JOIN affiliates AS a "
            "ON a.id = k.affiliate_id WHERE a.deleted_at IS NULL ORDER BY a.sort_name, a.name, k.kind, k.value"):
        promoters.setdefault(affiliate_id, {"status": status, "vip": vip}).setdefault(kind, value)
    # A prospect has not sold yet; a lost or paused affiliate stopped a while ago, so "no orders
    # in N days" has someone to find; a big affiliate (大客户) sells more.
    quiet = {"prospect": None, "lost": 50, "paused": 25}
    sources = [(p.get("nick", ""), p.get("pid", ""), p.get("media", ""), quiet.get(p["status"], 0), p["vip"])
               for p in promoters.values() if quiet.get(p["status"], 0) is not None]
    sources += [(*u, 0, 0) for u in DEMO_UNMATCHED]
    items = [(item or f"6000000{n:05d}", title, price) for n, (item, title, price) in enumerate(conn.execute(
        "SELECT platform_item_id, title, price_fen FROM products WHERE deleted_at IS NULL ORDER BY title LIMIT 20"))]
    if not items:
        items = [("600000000001", "明前龙井 250g", 16800), ("600000000002", "铁观音 500g", 12800),
                 ("600000000003", "紫砂壶", 39900)]
    rows: list[AffiliateOrder] = []
    serial = 0
    for n, (nick, pid, media, stopped, vip) in enumerate(sources):
        weight = (2.5 if vip else rng.choice((0.2, 0.5, 1.0, 2.0))) if n < len(sources) - 2 else 0.3
        for back in range(90, stopped - 1, -1):
            day = today - timedelta(days=back)
            for _ in range(sum(rng.random() < weight / 3 for _ in range(3))):
                serial += 1
                item_id, title, price = rng.choice(items)
                rate = rng.choice((1000, 1500, 2000, 3000))
                paid = price * rng.choice((1, 1, 1, 2))
                created = datetime(day.year, day.month, day.day, rng.randrange(8, 24), rng.randrange(60))
                status, text, settled = "paid", "订单付款", None
                if back > 15 and rng.random() < 0.9:
                    status, text = "settled", "订单结算"
                    settled = (created + timedelta(days=rng.randrange(3, 12))).isoformat()
                elif rng.random() < 0.08:
                    status, text = "failed", "订单失效"
                commission = 0 if status == "failed" else apply_rate(paid, rate)
                rows.append(AffiliateOrder(0, f"{day:%y%m%d}{serial:07d}", item_id, item_id, title, paid, rate,
                                           commission, status, text, created.isoformat(), settled, nick, pid, media))
    stamp = datetime.combine(today, datetime.min.time()).isoformat()
    with store.write() as conn:
        return write_rows(conn, rows, stamp)[0]

