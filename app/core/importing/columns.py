"""Which column of an export holds which field: canonical fields, their aliases, header
signatures and the mappings the user chose for layouts we do not know.

Headers are matched by name, never by position: back offices rename and reorder columns
between versions (订单付款时间 became 买家付款时间, 买家实际支付金额 became 买家实付金额) and add
stray spaces or a unit in brackets (“买家实付金额（元）”). A name is normalised (NFKC, which
turns full-width brackets and spaces into ASCII; all whitespace removed; a trailing bracketed
unit dropped; lower case) before it is compared with the normalised aliases.

A layout that cannot be matched goes through the column-mapping dialog; the user's choice is
stored in ``column_mappings`` under the layout's signature (a hash of its normalised header),
so the next file with the same header imports without asking.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from app.core.errors import QT_TRANSLATE_NOOP

# field -> (label shown to the user, required, aliases). The first alias is the current name.
ORDER_FIELDS: dict[str, tuple[str, bool, tuple[str, ...]]] = {
    "order_id": (QT_TRANSLATE_NOOP("core", "Order number"), True,
                 ("订单编号", "订单号", "主订单编号", "订单ID", "order id", "order_id")),
    "buyer": (QT_TRANSLATE_NOOP("core", "Buyer"), True,
              ("买家会员名", "买家昵称", "买家会员名称", "买家账号", "买家", "buyer")),
    "paid": (QT_TRANSLATE_NOOP("core", "Amount paid"), True,
             ("买家实际支付金额", "买家实付金额", "实付金额", "实际支付金额", "买家实付款", "paid", "amount paid")),
    "status": (QT_TRANSLATE_NOOP("core", "Order status"), True, ("订单状态", "交易状态", "status")),
    "created_at": (QT_TRANSLATE_NOOP("core", "Order time"), True,
                   ("订单创建时间", "买家下单时间", "下单时间", "创建时间", "created", "created at")),
    "paid_at": (QT_TRANSLATE_NOOP("core", "Payment time"), True,
                ("订单付款时间", "买家付款时间", "付款时间", "支付时间", "paid at")),
    "title": (QT_TRANSLATE_NOOP("core", "Item title"), False,
              ("宝贝标题", "商品标题", "宝贝名称", "商品名称", "title")),
    "quantity": (QT_TRANSLATE_NOOP("core", "Quantity"), False,
                 ("宝贝总数量", "宝贝数量", "商品数量", "购买数量", "数量", "quantity")),
    "phone": (QT_TRANSLATE_NOOP("core", "Phone"), False,
              ("联系手机", "收货人手机号", "收货人手机", "手机号", "手机", "phone")),
}

TRAFFIC_FIELDS: dict[str, tuple[str, bool, tuple[str, ...]]] = {
    "day": (QT_TRANSLATE_NOOP("core", "Date"), True, ("日期", "统计日期", "date", "day")),
    "visitors": (QT_TRANSLATE_NOOP("core", "Visitors"), True, ("访客数", "访客", "UV", "visitors")),
    "page_views": (QT_TRANSLATE_NOOP("core", "Page views"), True, ("浏览量", "浏览次数", "PV", "page views")),
}

_SPACE = re.compile(r"\s+")
_UNIT = re.compile(r"\([^()]*\)$")  # “(元)” after NFKC turned （元） into (元)


def normalise(name: str) -> str:
    text = unicodedata.normalize("NFKC", name or "").replace("\ufeff", "")
    text = _SPACE.sub("", text).strip("'\"")
    return _UNIT.sub("", text).lower()


@dataclass(frozen=True)
class HeaderMatch:
    mapping: dict[str, str]  # field -> the header cell as written in the file
    missing: list[str]  # required fields no column matched


def match_header(header: list[str], fields: dict = ORDER_FIELDS) -> HeaderMatch:
    """Each field's column by name (the first alias that is present wins)."""
    by_name: dict[str, str] = {}
    for cell in header:
        by_name.setdefault(normalise(cell), cell)
    mapping: dict[str, str] = {}
    for field, (_label, _required, aliases) in fields.items():
        for alias in aliases:
            cell = by_name.get(normalise(alias))
            if cell is not None:
                mapping[field] = cell
                break
    missing = [f for f, (_l, required, _a) in fields.items() if required and f not in mapping]
    return HeaderMatch(mapping, missing)


def signature(header: list[str]) -> str:
    """The same for two files whose headers differ only in spaces, width or order of nothing."""
    joined = "\x1f".join(normalise(c) for c in header)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:20]


def column_indexes(header: list[str], mapping: dict[str, str]) -> dict[str, int]:
    """field -> column index, finding each mapped name in ``header`` as written or normalised."""
    exact = {c: i for i, c in reversed(list(enumerate(header)))}
    loose = {normalise(c): i for i, c in reversed(list(enumerate(header)))}
    out: dict[str, int] = {}
    for field, name in mapping.items():
        if name in exact:
            out[field] = exact[name]
        elif normalise(name) in loose:
            out[field] = loose[normalise(name)]
    return out


def get_mapping(store, header: list[str], kind: str = "orders") -> dict[str, str] | None:
    row = store.conn.execute(
        "SELECT mapping FROM column_mappings WHERE signature = ? AND kind = ?", (signature(header), kind)
    ).fetchone()
    return json.loads(row[0]) if row else None


def save_mapping(store, header: list[str], mapping: dict[str, str], kind: str = "orders") -> str:
    sig = signature(header)
    now = datetime.now().isoformat(timespec="seconds")
    with store.write() as conn:
        conn.execute(
            "INSERT INTO column_mappings (signature, kind, header, mapping, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (signature, kind) DO UPDATE SET header = excluded.header, "
            "mapping = excluded.mapping, updated_at = excluded.updated_at",
            (sig, kind, json.dumps(header, ensure_ascii=False), json.dumps(mapping, ensure_ascii=False), now),
        )
    return sig
