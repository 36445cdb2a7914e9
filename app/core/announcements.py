"""群公告: announcements for the shop's QQ/WeChat affiliate groups, composed from templates
filled with the shop's own data (key products, commission changes, new arrivals, this month's
bonus plans, posters available). The text is copied to the clipboard and pasted by hand:
nothing here sends anything anywhere.

``gather`` reads the data; ``render`` is a pure function of it, in Chinese or English.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.core.db import Store
from app.core.money import format_money, format_rate
from app.core.records import pick

# Template keys with their (zh, en) names, in the order the dialog offers them.
TEMPLATES = {"key_products": ("主推商品", "Key products"), "commission": ("佣金调整", "Commission changes"),
             "new_arrivals": ("新品上架", "New arrivals"), "bonus": ("奖金计划", "Bonus plans"),
             "posters": ("海报素材", "Posters available")}
PRODUCT_TEMPLATES = ("key_products", "new_arrivals", "posters")  # the user picks the products
DEFAULT_SETTING = "commission_default_bp"
NEW_DAYS, CHANGES, PRODUCTS = 7, 10, 10


@dataclass(frozen=True)
class ProductLine:
    id: str
    title: str
    price_fen: int
    rate_bp: int | None  # the product's rate or the shop default; None when neither is set
    bestseller: bool = False


@dataclass(frozen=True)
class RateChange:
    title: str  # the product's title; '' for the shop's default rate
    old_bp: int | None  # None: the shop default (a product) or none before
    new_bp: int | None
    changed_on: date


@dataclass(frozen=True)
class BonusLine:
    name: str
    metric: str  # orders, amount
    group: str  # the group's name; '' for everyone
    tiers: tuple[tuple[int, int], ...] = field(default=())  # (threshold, bonus_fen), lowest first


# -- rendering (pure) ---------------------------------------------------------------------------

def _yuan(fen: int) -> str:
    return format_money(fen, always_decimals=False)


def _day(day: date, lang: str) -> str:
    return pick((f"{day.month}月{day.day}日", day.strftime("%b ") + str(day.day)), lang)


def _product(line: ProductLine, lang: str) -> str:
    text = f"{line.title} {_yuan(line.price_fen)}"
    if line.rate_bp is not None:
        text += pick((f" 佣金{format_rate(line.rate_bp)}", f", commission {format_rate(line.rate_bp)}"), lang)
    if line.bestseller:
        text += pick(("（爆款）", " (bestseller)"), lang)
    return text


def _numbered(lines: list[str], lang: str) -> list[str]:
    return [f"{n}. {line}" for n, line in enumerate(lines, 1)] or [pick(("（暂无）", "(none yet)"), lang)]


def _rate(bp: int | None, lang: str) -> str:
    return pick(("默认", "default"), lang) if bp is None else format_rate(bp)


def _change(change: RateChange, lang: str) -> str:
    what = change.title or pick(("全店默认佣金", "Shop-wide default commission"), lang)
    since = pick((f"（{_day(change.changed_on, lang)}起）", f" (from {_day(change.changed_on, lang)})"), lang)
    return f"{what}{pick(('：', ': '), lang)}{_rate(change.old_bp, lang)} → {_rate(change.new_bp, lang)}{since}"


def _tier(metric: str, threshold: int, bonus_fen: int, lang: str) -> str:
    if metric == "orders":
        return pick((f"满{threshold}单奖{_yuan(bonus_fen)}", f"{threshold} orders: {_yuan(bonus_fen)}"), lang)
    return pick((f"满{_yuan(threshold)}奖{_yuan(bonus_fen)}", f"{_yuan(threshold)} in sales: {_yuan(bonus_fen)}"), lang)


def _plan(plan: BonusLine, lang: str) -> str:
    who = plan.group or pick(("全体淘客", "everyone"), lang)
    measure = pick((("推广单量", "推广金额"), ("promoted orders", "promoted sales")), lang)[plan.metric != "orders"]
    tiers = pick(("，", "; "), lang).join(_tier(plan.metric, t, b, lang) for t, b in plan.tiers)
    return pick((f"{plan.name}（{who}）：按{measure}，{tiers}", f"{plan.name} ({who}), by {measure}: {tiers}"), lang)


def render(template_key: str, data: dict, lang: str = "zh_CN") -> str:
    """The announcement ``template_key`` filled with ``data`` (keys: products, changes, plans,
    month 'YYYY-MM', days), in Chinese (``lang`` zh…) or English."""
    title = f"【{pick(TEMPLATES[template_key], lang)}】"
    if template_key == "key_products":
        body = [pick(("本期主推商品，佣金给力，欢迎推广：", "This round's key products, with good commission:"), lang),
                *_numbered([_product(p, lang) for p in data.get("products", ())], lang),
                pick(("需要海报素材或定向佣金请私聊客服。", "Message us for posters or a targeted commission."), lang)]
    elif template_key == "commission":
        body = [pick(("以下商品佣金有调整：", "Commission changes:"), lang),
                *_numbered([_change(c, lang) for c in data.get("changes", ())], lang),
                pick(("请以推广后台显示为准，有疑问请联系客服。",
                      "The affiliate platform shows the rates in force; ask us if anything is unclear."), lang)]
    elif template_key == "new_arrivals":
        days = data.get("days", NEW_DAYS)
        body = [pick((f"近{days}天上新，欢迎抢先推广：", f"New in the last {days} days, be the first to promote them:"),
                     lang),
                *_numbered([_product(p, lang) for p in data.get("products", ())], lang),
                pick(("新品海报素材可找客服领取。", "Posters for the new items are available from us."), lang)]
    elif template_key == "bonus":
        year, month = (int(part) for part in data["month"].split("-"))
        month_text = pick((f"{year}年{month}月", date(year, month, 1).strftime("%B %Y")), lang)
        body = [pick((f"{month_text}奖金计划，当月推广达标即得现金奖励：",
                      f"Bonus plans for {month_text}: reach a threshold this month and earn a cash bonus:"), lang),
                *_numbered([_plan(p, lang) for p in data.get("plans", ())], lang),
                pick(("以推广后台的有效订单为准。", "Valid orders in the affiliate platform count."), lang)]
    elif template_key == "posters":
        body = [pick(("以下商品的海报素材已准备好，需要的淘客请私聊客服领取：",
                      "Posters are ready for these products; message us to get them:"), lang),
                *_numbered([p.title for p in data.get("products", ())], lang)]
    else:
        raise KeyError(template_key)
    return "\n".join([title, *body])


# -- the data ------------------------------------------------------------------------------------

def default_rate(store: Store) -> int | None:
    """The shop's default commission in basis points, or None when it has not been set."""
    value = store.get_setting(DEFAULT_SETTING)
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


_PRODUCT = "SELECT id, title, price_fen, coalesce(commission_bp, :default), bestseller FROM products"


def _lines(rows) -> list[ProductLine]:
    return [ProductLine(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]


def pickable_products(store: Store, template_key: str, *, today: date | None = None, days: int = NEW_DAYS,
                      limit: int = 500) -> list[ProductLine]:
    """The listed products the dialog offers for a template: bestsellers first, then by title;
    for new arrivals only those added in the last ``days`` days, newest first."""
    args = {"default": default_rate(store), "limit": limit}
    where, order = "deleted_at IS NULL AND listed = 1", "bestseller DESC, title, id"
    if template_key == "new_arrivals":
        where += " AND created_at >= :since"
        args["since"] = ((today or date.today()) - timedelta(days=days)).isoformat()
        order = "created_at DESC, id"
    return _lines(store.conn.execute(f"{_PRODUCT} WHERE {where} ORDER BY {order} LIMIT :limit", args))


def product_lines(store: Store, product_ids) -> list[ProductLine]:
    """The live products ``product_ids``, in that order."""
    ids = list(dict.fromkeys(product_ids))
    if not ids:
        return []
    rows = store.conn.execute(f"{_PRODUCT} WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(:ids))",
                              {"default": default_rate(store), "ids": json.dumps(ids)})
    found = {line.id: line for line in _lines(rows)}
    return [found[i] for i in ids if i in found]


def recent_changes(store: Store, *, limit: int = CHANGES) -> list[RateChange]:
    """The latest change of the shop default and of each product's rate, newest first. Affiliates'
    own (定向) rates are private and never announced to a group."""
    rows = store.conn.execute(
        """SELECT coalesce(p.title, ''), c.old_bp, c.new_bp, substr(c.changed_at, 1, 10)
           FROM commission_changes c LEFT JOIN products p ON p.id = c.product_id
           WHERE c.scope IN ('shop', 'product') AND (c.scope = 'shop' OR p.deleted_at IS NULL)
             AND c.id = (SELECT c2.id FROM commission_changes c2 WHERE c2.scope = c.scope
                         AND c2.product_id = c.product_id ORDER BY c2.changed_at DESC, c2.id DESC LIMIT 1)
           ORDER BY c.changed_at DESC, c.id DESC LIMIT ?""", (limit,))
    return [RateChange(r[0], r[1], r[2], date.fromisoformat(r[3])) for r in rows]


def month_plans(store: Store, *, today: date | None = None) -> list[BonusLine]:
    """The bonus plans running in ``today``'s month, with their ladders."""
    month = (today or date.today()).strftime("%Y-%m")
    plans = store.conn.execute(
        """SELECT b.id, b.name, b.metric, coalesce(g.name, '') FROM bonus_plans b
           LEFT JOIN affiliate_groups g ON g.id = b.group_id AND b.group_id != ''
           WHERE b.deleted_at IS NULL AND b.first_month <= ? AND (b.last_month IS NULL OR b.last_month >= ?)
           ORDER BY b.name, b.id""", (month, month)).fetchall()
    lines = []
    for plan_id, name, metric, group in plans:
        tiers = store.conn.execute("SELECT threshold, bonus_fen FROM bonus_tiers WHERE plan_id = ? ORDER BY threshold",
                                   (plan_id,)).fetchall()
        lines.append(BonusLine(name, metric, group, tuple(map(tuple, tiers))))
    return lines


def gather(store: Store, template_key: str, *, today: date | None = None, product_ids=None,
           days: int = NEW_DAYS) -> dict:
    """The data ``render`` needs for ``template_key``; ``product_ids`` are the products picked
    (None: the template's default choice — bestsellers, or all the new arrivals)."""
    today = today or date.today()
    data: dict = {"days": days, "month": today.strftime("%Y-%m")}
    if template_key in PRODUCT_TEMPLATES:
        if product_ids is None:
            offered = pickable_products(store, template_key, today=today, days=days)
            chosen = default_choice(template_key, offered)
            data["products"] = [line for line in offered if line.id in chosen]
        else:
            data["products"] = product_lines(store, product_ids)
    elif template_key == "commission":
        data["changes"] = recent_changes(store)
    elif template_key == "bonus":
        data["plans"] = month_plans(store, today=today)
    return data


def default_choice(template_key: str, offered: list[ProductLine]) -> set[str]:
    """Which offered products start ticked: every new arrival; otherwise the bestsellers (or,
    in a shop without any, the first few)."""
    if template_key == "new_arrivals":
        return {line.id for line in offered}
    best = [line.id for line in offered if line.bestseller][:PRODUCTS]
    return set(best or [line.id for line in offered[:5]])
