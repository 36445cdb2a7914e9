"""Demo data for 销售图表: a year of a small tea shop's orders and daily traffic, so that every
chart has a shape (Help → 载入示例数据 and ``demo``; app/core/demo.py calls ``load_demo``).

What an owner would recognise: more orders at the weekend and in the evening (20:00-23:00,
and a smaller peak at lunch), a ramp up to 618 and a big 双11 (with the quiet days after it),
a smaller 双12; a tenth of the orders closed (unpaid and cancelled, or refunded) and a few
still awaiting payment; a core of repeat buyers; coupons taking a few yuan off. Conversion is
known for every day (traffic is written too), so the waterfall and the conversion chart show.

The items are the shop's products when the catalogue has some (the demo's campaigns and
affiliates sell the same things), otherwise a dozen tea titles of its own. Deterministic: the
same ``today`` and seed give the same data.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from app.core.importing.orders import recompute_rollups

DAYS = 365
TITLES = [  # (title, price in fen), when the catalogue is empty
    ("明前龙井 250g", 16800), ("安溪铁观音 浓香型 500g", 12800), ("正山小种 红茶 200g", 8800),
    ("云南普洱 熟茶饼 357g", 19800), ("白毫银针 100g", 26800), ("茉莉花茶 250g", 4900),
    ("大红袍 岩茶 150g", 15800), ("紫砂壶 西施 200ml", 39900), ("玻璃公道杯 加厚耐热 350ml", 3900),
    ("便携旅行茶具套装", 12900), ("竹制茶盘 大号", 16900), ("茶叶罐 锡罐 2只装", 5900),
]
WEEKDAY = (0.9, 0.85, 0.9, 0.95, 1.1, 1.35, 1.3)  # Monday first
HOURS = (2, 1, 0.5, 0.3, 0.2, 0.3, 0.6, 1.2, 2, 3, 3.5, 3.5, 4.5, 4, 3, 3, 3.2, 3.5, 4, 5, 7, 8, 7.5, 4.5)
STATUS_TEXT = {"awaiting_payment": "等待买家付款", "paid": "买家已付款，等待卖家发货",
               "shipped": "卖家已发货，等待买家确认", "completed": "交易成功", "closed": "交易关闭"}
_NICK_A = "小大阿老茶云山水风月花叶竹石晴雨秋冬春夏"
_NICK_B = ("喝茶", "爱茶", "品茗", "茶客", "妈妈", "宝贝", "同学", "先生", "小姐", "阿姨", "掌柜", "少年")


def _festival_factor(day: date) -> float:
    """How much busier than usual a day is around the year's shopping festivals."""
    m, d = day.month, day.day
    if m == 11 and d == 11:
        return 9.0
    if m == 11 and 1 <= d <= 10:
        return 1.6 + d * 0.05  # pre-sale, carts filling
    if m == 11 and d in (12, 13, 14):
        return 0.45  # everyone bought on the 11th
    if m == 6 and d == 18:
        return 4.5
    if m == 6 and 1 <= d <= 17:
        return 1.4
    if m == 12 and d == 12:
        return 2.6
    if (m == 1 and d >= 25) or (m == 2 and d <= 8):
        return 0.55  # couriers stop around the Spring Festival
    return 1.0


def _buyers(rng: random.Random, count: int) -> list[str]:
    names = set()
    while len(names) < count:
        style = rng.random()
        if style < 0.4:
            names.add(f"tb{rng.randrange(10**9, 10**10)}")
        elif style < 0.8:
            names.add(f"{rng.choice(_NICK_A)}{rng.choice(_NICK_B)}{rng.randrange(1, 2024)}")
        else:
            names.add(f"{rng.choice(_NICK_A)}{rng.choice(_NICK_A)}{rng.choice(_NICK_B)}")
    return sorted(names)


def _items(store) -> list[tuple[str, int]]:
    rows = store.conn.execute(
        "SELECT title, price_fen FROM products WHERE deleted_at IS NULL AND listed = 1 AND price_fen > 0 "
        "ORDER BY bestseller DESC, title LIMIT 12").fetchall()
    return [(t, p) for t, p in rows] or list(TITLES)


def load_demo(store, *, today: date | None = None, seed: int = 11) -> int:
    """Add a year of orders (up to yesterday, and this morning's first few) and the traffic
    of each day; returns the number of orders. Meant for an empty database (demo.py checks)."""
    today = today or date.today()
    rng = random.Random(seed)
    items = _items(store)
    weights = [1.0 / (1 + i * 0.35) for i in range(len(items))]  # a few bestsellers, a long tail
    buyers = _buyers(rng, 2400)
    regulars = buyers[:260]  # the shop's own customers come back
    stamp = datetime.combine(today, datetime.min.time()).isoformat()
    orders, traffic = [], []
    serial = 0
    for back in range(DAYS, -1, -1):
        day = today - timedelta(days=back)
        growth = 0.75 + 0.5 * (DAYS - back) / DAYS  # the shop grew over the year
        mean = 9.0 * growth * WEEKDAY[day.weekday()] * _festival_factor(day)
        count = max(0, round(rng.gauss(mean, mean ** 0.5)))
        if back == 0:
            count = count // 4  # today: only the small hours so far
        hours = rng.choices(range(9), weights=HOURS[:9], k=count) if back == 0 else rng.choices(range(24), HOURS, k=count)
        for hour in sorted(hours):
            serial += 1
            created = datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))
            title, price = rng.choices(items, weights=weights)[0]
            quantity = rng.choices((1, 2, 3), weights=(85, 12, 3))[0]
            fen = price * quantity
            if _festival_factor(day) > 1.3:
                fen = fen * 85 // 100  # the festival price
            if rng.random() < 0.25:
                fen = max(100, fen - rng.choice((300, 500, 1000)))  # a shop coupon
            buyer = rng.choice(regulars) if rng.random() < 0.32 else rng.choice(buyers)
            status, paid_at = _status(rng, created, back)
            order_id = f"{day:%y%m%d}{serial:06d}{rng.randrange(10**6):06d}"
            orders.append(("taobao", order_id, buyer, created.isoformat(), paid_at, fen if paid_at else 0, status,
                           STATUS_TEXT[status], title, quantity, (paid_at or created.isoformat())[:10], stamp, stamp))
        if back > 0:
            paid_orders = sum(1 for o in orders[-count:] if o[4]) if count else 0
            conversion = rng.uniform(0.028, 0.045) * (1.4 if _festival_factor(day) > 1.3 else 1.0)
            visitors = max(40, round(paid_orders * 0.92 / conversion) + rng.randrange(30))
            traffic.append((day.isoformat(), visitors, round(visitors * rng.uniform(2.4, 3.8)), stamp))
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO orders (platform, order_id, buyer, created_at, paid_at, paid_fen, status, status_text, title, "
            "quantity, day, imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (platform, order_id) DO NOTHING", orders)
        conn.executemany(
            "INSERT INTO traffic_daily (day, visitors, page_views, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (day) DO NOTHING", traffic)
        recompute_rollups(conn, {o[10] for o in orders})
    return len(orders)


def _status(rng: random.Random, created: datetime, back: int) -> tuple[str, str | None]:
    """(status, payment time): older orders have gone further; a few never get paid."""
    roll = rng.random()
    if roll < 0.05:
        # Not paid: still waiting if placed in the last day, else closed by the platform.
        return ("awaiting_payment" if back <= 1 else "closed"), None
    paid_at = (created + timedelta(minutes=rng.choice((0, 1, 1, 2, 3, 8, 30)), seconds=rng.randrange(60))).isoformat()
    if roll < 0.08 and back > 3:
        return "closed", paid_at  # paid, then refunded
    if back <= 1:
        return "paid", paid_at
    if back <= 8:
        return "shipped", paid_at
    return "completed", paid_at
