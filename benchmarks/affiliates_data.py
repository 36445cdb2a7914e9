"""Generated data for the affiliates benchmarks: 100,000 affiliates, 500,000 follow-ups and
1,000,000 affiliate orders, with the per-day roll-up and the kept columns filled in.

    python benchmarks/affiliates_data.py [--db PATH]

Rows go straight into the schema with ``executemany`` (a few seconds, where the core API
would take minutes); search_key and sort_name come from the core's own ``search_fields``, so
the search behaves as in the app. Deterministic (one seed). ``cached_db()`` builds the file
once under the system's temporary folder and reuses it while the schema version is the same.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import migrations  # noqa: E402
from app.core.affiliate_codes import CHANNEL_KINDS  # noqa: E402
from app.core.affiliates import search_fields  # noqa: E402
from app.core.db import open_database  # noqa: E402
from app.core.regions import PROVINCES  # noqa: E402

AFFILIATES, FOLLOW_UPS, ORDERS = 100_000, 500_000, 1_000_000
TODAY = date(2026, 6, 15)
SEED = 20260615
STAMP = "2026-06-15T09:00:00"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉"
         "眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽")
NICK_WORDS = ("省钱", "优惠", "好物", "折扣", "特价", "券妈", "宝妈", "购物", "划算", "团购", "精选", "生活", "小店",
              "达人", "推荐", "快乐", "阿", "小", "大", "老")
TAGS = ("高佣", "爆款", "宝妈", "学生", "数码", "美妆", "母婴", "零食", "服饰", "家居", "新人", "老客", "大V", "稳定",
        "需催", "爱砍价", "夜猫", "周末", "直播", "短视频")
PROVINCE_LIST = list(PROVINCES)
CHANNELS = list(CHANNEL_KINDS)


def cached_db(path: Path | None = None) -> Path:
    """The benchmark database, built once (a few minutes) and reused."""
    path = path or Path(tempfile.gettempdir()) / f"zhanggui-bench-affiliates-v{migrations.LATEST}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build(partial)
        partial.rename(path)
    return path


def _affiliate(rng: random.Random, n: int) -> tuple[dict, list, list, list]:
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    province = rng.choice(PROVINCE_LIST)
    fields = {
        "kind": rng.choices(("taoke", "leader", "creator", "curator", "other"), (60, 15, 15, 5, 5))[0],
        "name": name,
        "nickname": rng.choice(NICK_WORDS) + rng.choice(NICK_WORDS)
        + (str(rng.randint(1, 999)) if rng.random() < .5 else ""),
        "gender": rng.choice(("", "f", "m")),
        "province": province, "city": rng.choice(PROVINCES[province]),
        "qq": str(rng.randint(10_000, 3_999_999_999)) if rng.random() < .8 else "",
        "wechat": f"wx_{n:06d}{rng.choice('abcdefgh')}" if rng.random() < .7 else "",
        "phone": f"1{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}" if rng.random() < .6 else "",
        "wangwang": f"{name}{rng.randint(1, 99)}" if rng.random() < .3 else "",
        "email": f"u{n}@example.com" if rng.random() < .1 else "",
        "vip": int(rng.random() < .05),
        "status": rng.choices(("prospect", "active", "paused", "lost"), (15, 60, 15, 10))[0],
        "joined_on": (TODAY - timedelta(days=rng.randint(0, 2000))).isoformat(),
        "notes": rng.choice(("", "", "", "大客户，电话联系", "只推母婴类", "晚上在线", "要海报素材")),
        "contact_every_days": rng.choice((None, None, None, 7, 14, 30)),
    }
    channels = [(CHANNELS[rng.randrange(len(CHANNELS))], f"{rng.choice(NICK_WORDS)}{rng.choice(('群', '站', '号'))}{k}",
                 f"https://s{n}.example.com/{k}" if rng.random() < .3 else "",
                 rng.choice((None, 200, 500, 2000, 50000)))
                for k in range(rng.choice((0, 1, 1, 2)))]
    tags = rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3)))
    keys = [("nick", f"tk_{n:06d}"), ("pid", f"mm_{n:06d}_{rng.randint(1000, 9999)}_0")]
    return fields, channels, tags, keys


def build(path: Path) -> None:
    start = time.perf_counter()
    rng = random.Random(SEED)
    store = open_database(path)
    conn = store.conn
    conn.execute("PRAGMA synchronous=OFF")  # a throw-away file: speed over durability
    ids = [f"{rng.getrandbits(128):032x}" for _ in range(AFFILIATES)]
    cols = ("id", "kind", "name", "nickname", "gender", "province", "city", "qq", "wechat", "phone", "wangwang",
            "email", "vip", "status", "joined_on", "notes", "contact_every_days", "search_key", "sort_name",
            "created_at", "updated_at")
    with store.write():
        groups = [(f"g{g:031d}", f"淘客{g + 1}群", "qq" if g % 2 == 0 else "wechat", str(600000 + g), "", STAMP, STAMP)
                  for g in range(10)]
        conn.executemany("INSERT INTO affiliate_groups (id, name, kind, number, notes, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", groups)
        rows, channel_rows, tag_rows, key_rows, member_rows = [], [], [], [], []
        for n, affiliate_id in enumerate(ids):
            fields, channels, tags, keys = _affiliate(rng, n)
            key, sort_name = search_fields(fields, [(c[1], c[2]) for c in channels])
            rows.append((affiliate_id, *fields.values(), key, sort_name, STAMP, STAMP))
            channel_rows += [(f"{affiliate_id[:28]}c{k:03d}", affiliate_id, *c, k) for k, c in enumerate(channels)]
            tag_rows += [(t, affiliate_id) for t in tags]
            key_rows += [(k, v, affiliate_id) for k, v in keys]
            if rng.random() < .5:
                member_rows.append((groups[rng.randrange(len(groups))][0], affiliate_id))
        conn.executemany(f"INSERT INTO affiliates ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
        conn.executemany("INSERT INTO affiliate_channels (id, affiliate_id, kind, name, url, audience, position) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", channel_rows)
        conn.executemany("INSERT INTO affiliate_tags (tag, affiliate_id) VALUES (?, ?)", tag_rows)
        conn.executemany("INSERT INTO affiliate_keys (kind, value, affiliate_id) VALUES (?, ?, ?)", key_rows)
        conn.executemany("INSERT INTO affiliate_group_members (group_id, affiliate_id) VALUES (?, ?)", member_rows)
        print(f"  affiliates: {time.perf_counter() - start:.1f} s")

        follow_rows = []
        for n in range(FOLLOW_UPS):
            affiliate_id = ids[rng.randrange(AFFILIATES)]
            done = rng.random() < .8
            day = TODAY - timedelta(days=rng.randint(0, 400)) if done else TODAY + timedelta(days=rng.randint(-30, 30))
            follow_rows.append((f"f{n:031d}", affiliate_id, rng.choice(("qq", "wechat", "phone", "group")),
                                rng.choice(("routine", "payment_reminder", "materials", "promo_check")), "客服小王",
                                "聊了推广情况" if done else "", "", None if done else day.isoformat(),
                                f"{day.isoformat()}T10:00:00" if done else None, STAMP, STAMP))
        conn.executemany("INSERT INTO follow_ups (id, affiliate_id, channel, kind, staff, content, outcome, due_on, "
                         "done_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", follow_rows)
        del follow_rows
        print(f"  follow-ups: {time.perf_counter() - start:.1f} s")

        # Orders: most affiliates sell little, a few sell a lot (a Pareto-like weight).
        weights = [rng.paretovariate(1.2) if rng.random() < .7 else 0 for _ in ids]
        buyers = rng.choices(range(AFFILIATES), weights, k=ORDERS)
        order_rows = []
        for n, who in enumerate(buyers):
            day = TODAY - timedelta(days=min(int(rng.expovariate(1 / 90)), 730))
            paid = rng.randint(990, 29900)
            rate = rng.choice((1000, 1500, 2000, 3000, 5000))
            status = rng.choices(("paid", "settled", "failed"), (20, 70, 10))[0]
            order_rows.append((f"{2_000_000_000_000 + n}", "", f"{600000 + n % 500}", "商品", paid, rate,
                               paid * rate // 10000, status, "", f"{day.isoformat()}T12:00:00",
                               f"tk_{who:06d}", ids[who], day.isoformat(), STAMP, STAMP))
        conn.executemany("INSERT INTO affiliate_orders (order_id, sub_order_id, item_id, title, paid_fen, rate_bp, "
                         "commission_fen, status, status_text, created_at, promoter_nick, affiliate_id, day, "
                         "imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", order_rows)
        del order_rows
        print(f"  orders: {time.perf_counter() - start:.1f} s")
        conn.execute("INSERT INTO affiliate_daily (affiliate_id, day, orders, paid_fen, commission_fen) "
                     "SELECT affiliate_id, day, count(*), sum(paid_fen), sum(commission_fen) FROM affiliate_orders "
                     "WHERE status != 'failed' AND affiliate_id IS NOT NULL GROUP BY affiliate_id, day")
        conn.execute("""UPDATE affiliates SET orders = t.orders, paid_fen = t.paid, commission_fen = t.commission,
                        last_order_on = t.last FROM (SELECT affiliate_id, sum(orders) AS orders, sum(paid_fen) AS paid,
                        sum(commission_fen) AS commission, max(day) AS last FROM affiliate_daily GROUP BY affiliate_id)
                        AS t WHERE t.affiliate_id = affiliates.id""")
        conn.execute("""UPDATE affiliates SET last_contact_at = t.last FROM (SELECT affiliate_id, max(done_at) AS last
                        FROM follow_ups WHERE done_at IS NOT NULL GROUP BY affiliate_id) AS t
                        WHERE t.affiliate_id = affiliates.id""")
        conn.execute("""UPDATE affiliates SET due_on = t.due FROM (SELECT affiliate_id, min(due_on) AS due
                        FROM follow_ups WHERE done_at IS NULL AND deleted_at IS NULL GROUP BY affiliate_id) AS t
                        WHERE t.affiliate_id = affiliates.id""")
        conn.execute("""UPDATE affiliates SET due_on = min(coalesce(due_on, '9999'),
                        date(substr(last_contact_at, 1, 10), '+' || contact_every_days || ' days'))
                        WHERE contact_every_days IS NOT NULL AND last_contact_at IS NOT NULL""")
        conn.execute("UPDATE affiliates SET private_fee = 1 WHERE rowid % 997 = 0")
    store.close()
    print(f"built {path} in {time.perf_counter() - start:.1f} s ({path.stat().st_size / 2**20:.0f} MB)")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    print(cached_db(args.db))
