"""Commission rates (佣金): the shop's default, each product's rate and an affiliate's 定向 override.

Which rate an order pays (``effective_rate``): the affiliate's override for this product, else
the affiliate's override for all products (product_id ''), else the product's own rate, else the
shop's default. Every change goes through the ``set_*`` functions here, which keep a row of
``commission_changes`` (when, who, old, new, why) in the same transaction as the change.

The rules of the brief (domain.md §1) are plain functions: ``is_loss`` (a rate at or above the
product's margin loses money on every sale, so setting one needs ``confirm_loss=True``),
``bestseller_cut_warning`` (cutting a 爆款's rate makes affiliates leave) and ``rate_advice``
(a new shop pays high, a stable shop upper-middle, below the margin). The catalogue is a
shop's own products (hundreds, not the register's 100,000), so the checks read it whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.core import products as catalog
from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.festivals import limited
from app.core.money import apply_rate, format_money, format_rate
from app.core.products import Product, check_rate, require_int
from app.core.records import now_stamp

SHOP, PRODUCT, AFFILIATE = "shop", "product", "affiliate"  # commission_changes.scope
DEFAULT_KEY, STAGE_KEY = "commission_default_bp", "shop_stage"  # settings keys
# With nothing set, 20%: the upper-middle of common Taobao affiliate rates (about 5%–30%), the
# level the brief gives a stable shop; a new shop is advised higher, and every product is still
# checked against its own margin.
DEFAULT_BP = 2000
STAGES = {"new": ("新店", "New shop"), "stable": ("稳定期", "Established shop")}
# Unset: stable, so the advice never pushes toward a 30–50% rate unless the owner says the shop is new.
DEFAULT_STAGE = "stable"
# Suggested ranges in basis points. New: very high, up to the brief's extreme example of 50%.
# Stable: the upper-middle of the 5%–30% most categories pay.
STAGE_RANGES = {"new": (3000, 5000), "stable": (1500, 2500)}
# effective_rate's sources, most specific first.
SOURCES = {"affiliate_product": ("定向·本商品", "Targeted, this product"),
           "affiliate": ("定向·全部商品", "Targeted, all products"),
           "product": ("商品佣金", "Product rate"), "shop": ("店铺默认", "Shop default")}
MAX_REASON, MAX_STAFF = 200, 40

CUT_WARNING = QT_TRANSLATE_NOOP(
    "core", "“{title}” is a bestseller (爆款): cutting its commission ({old} → {new}) makes affiliates leave, "
    "as shops that cut 30% → 20% → 10% found. Raise a bestseller's rate only when it is sliding; lower it only "
    "after careful thought.")
LOSS_WARNING = QT_TRANSLATE_NOOP(
    "core", "At {rate} the commission on “{title}” is {commission} per item, at or above its margin of {margin} "
    "({margin_rate}): every sale loses money.")


class CommissionError(UserError):
    """Bad input to the commission rates; nothing was changed."""


class LossNotConfirmed(CommissionError):
    """The new rate is at or above a product's margin and the caller did not confirm the loss."""


@dataclass(frozen=True)
class Notice:
    template: str  # English, marked with QT_TRANSLATE_NOOP("core", ...); translate, then format
    params: dict

    def format(self, template: str | None = None) -> str:
        return (template or self.template).format(**self.params)


@dataclass(frozen=True)
class Advice:
    low_bp: int
    high_bp: int
    notices: tuple[Notice, ...]


@dataclass(frozen=True)
class ChangeCheck:
    """What a rate change would do, before it is made: the dialog shows it, the set functions enforce it."""

    old_bp: int | None  # the stored value now (None: none set)
    new_bp: int | None
    losses: tuple[Notice, ...] = ()  # one per product the new rate would sell at a loss
    cuts: tuple[Notice, ...] = ()  # one per bestseller whose rate would drop
    loss_ids: tuple[str, ...] = ()  # the products of ``losses``


@dataclass(frozen=True)
class Change:
    id: int
    scope: str
    product_id: str
    product_title: str
    affiliate_id: str
    affiliate_name: str
    old_bp: int | None
    new_bp: int | None
    reason: str
    changed_by: str
    changed_at: str
    bestseller_cut: bool  # a 爆款's own rate was lowered


@dataclass(frozen=True)
class Override:
    affiliate_id: str
    affiliate_name: str
    product_id: str  # '': all products
    product_title: str
    rate_bp: int
    updated_at: str


# -- the brief's rules, as pure functions ---------------------------------------------------
def commission_fen(price_fen: int, rate_bp: int) -> int:
    """What one sale at ``price_fen`` pays the affiliate: 50% of ¥100 is ¥50."""
    return apply_rate(price_fen, rate_bp)


def is_loss(rate_bp: int, product: Product) -> bool:
    """A rate at or above the product's margin (price − cost − platform fee) loses money: 亏本."""
    return require_int(rate_bp, "rate_bp") >= product.margin_bp


def loss_notice(rate_bp: int, product: Product) -> Notice:
    return Notice(LOSS_WARNING, {"title": product.title, "rate": format_rate(rate_bp),
                                 "commission": format_money(commission_fen(product.price_fen, rate_bp)),
                                 "margin": format_money(product.margin_fen),
                                 "margin_rate": format_rate(product.margin_bp)})


def bestseller_cut_warning(product: Product, old_bp: int | None, new_bp: int | None) -> Notice | None:
    """The brief's warning when a bestseller's rate is lowered; None for any other change."""
    if not product.bestseller or old_bp is None or new_bp is None or new_bp >= old_bp:
        return None
    return Notice(CUT_WARNING, {"title": product.title, "old": format_rate(old_bp), "new": format_rate(new_bp)})


def rate_advice(stage: str, product: Product | None = None) -> Advice:
    """The suggested range for a shop at ``stage`` ('new' or 'stable'), kept below ``product``'s margin."""
    if stage not in STAGE_RANGES:
        raise ValueError(f"unknown shop stage {stage!r}")
    low, high = STAGE_RANGES[stage]
    params = {"low": format_rate(low), "high": format_rate(high)}
    if stage == "new":
        notices = [Notice(QT_TRANSLATE_NOOP(
            "core", "A new shop, with no sales or reviews yet, must pay a high commission to be worth an "
            "affiliate's time: {low}–{high}. The extreme example is 50%: a ¥100 item pays the affiliate ¥50."), params)]
    else:
        notices = [Notice(QT_TRANSLATE_NOOP(
            "core", "A stable shop pays the upper-middle of its industry's rates (about {low}–{high}) and keeps "
            "every rate below the product's margin."), params)]
    if product is not None:
        cap = product.margin_bp - 1  # the highest rate that still leaves something
        facts = {"title": product.title, "margin": format_rate(product.margin_bp)}
        if cap < 0:
            low = high = 0
            notices.append(Notice(QT_TRANSLATE_NOOP(
                "core", "“{title}” loses money before any commission (margin {margin}): fix its price or cost "
                "first."), facts))
        elif cap < high:
            high, low = cap, min(low, cap)
            notices.append(Notice(QT_TRANSLATE_NOOP(
                "core", "“{title}” has a margin of {margin}: keep its rate below that, at most {cap}."),
                {**facts, "cap": format_rate(cap)}))
        if product.bestseller:
            notices.append(Notice(QT_TRANSLATE_NOOP(
                "core", "A bestseller (爆款) gets an upper-middle rate that is then kept stable."), facts))
    return Advice(low, high, tuple(notices))


# -- settings ------------------------------------------------------------------------------
def shop_default(store: Store) -> int:
    value = store.get_setting(DEFAULT_KEY)
    return int(value) if value not in (None, "") else DEFAULT_BP


def _stored_default(conn) -> int | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (DEFAULT_KEY,)).fetchone()
    return int(row[0]) if row and row[0] not in (None, "") else None


def shop_stage(store: Store) -> str:
    value = store.get_setting(STAGE_KEY)
    return value if value in STAGES else DEFAULT_STAGE


def set_shop_stage(store: Store, stage: str) -> None:
    if stage not in STAGES:
        raise ValueError(f"unknown shop stage {stage!r}")
    store.set_setting(STAGE_KEY, stage)


# -- reading rates -------------------------------------------------------------------------
def _override(conn, affiliate_id: str, product_id: str) -> int | None:
    row = conn.execute("SELECT rate_bp FROM affiliate_rates WHERE affiliate_id = ? AND product_id = ?",
                       (affiliate_id, product_id)).fetchone()
    return row[0] if row else None


def _resolve(conn, product: Product, affiliate_id: str | None, default_bp: int) -> tuple[int, str]:
    if affiliate_id:
        for key, source in ((product.id, "affiliate_product"), ("", "affiliate")):
            bp = _override(conn, affiliate_id, key)
            if bp is not None:
                return bp, source
    if product.commission_bp is not None:
        return product.commission_bp, "product"
    return default_bp, "shop"


def effective_rate(store: Store, product_id: str, affiliate_id: str | None = None) -> tuple[int, str]:
    """(basis points, a SOURCES code): affiliate+product > affiliate-all > product > shop default."""
    product = catalog.get_product(store, product_id)
    return _resolve(store.conn, product, affiliate_id, shop_default(store))


def affiliate_rate(store: Store, affiliate_id: str, product_id: str = "") -> int | None:
    return _override(store.conn, affiliate_id, product_id)


# -- checking and making changes -----------------------------------------------------------
def _affiliate_name(conn, affiliate_id: str) -> str:
    row = conn.execute("SELECT name FROM affiliates WHERE id = ? AND deleted_at IS NULL", (affiliate_id,)).fetchone()
    if row is None:
        raise CommissionError(QT_TRANSLATE_NOOP("core", "This affiliate no longer exists (it may have been deleted)."))
    return row[0]


def affiliate_name(store: Store, affiliate_id: str) -> str:
    """A live affiliate's name; CommissionError when there is none."""
    return _affiliate_name(store.conn, affiliate_id)


def _listed(store: Store) -> list[Product]:
    return catalog.list_products(store, include_delisted=False)


def check_change(store: Store, scope: str, new_bp: int | None, *, product_id: str = "",
                 affiliate_id: str = "") -> ChangeCheck:
    """What setting ``scope``'s rate to ``new_bp`` (None: remove the product's or affiliate's own)
    would do: the products it would sell at a loss, the bestsellers whose rate would drop."""
    conn, default = store.conn, shop_default(store)
    if new_bp is not None:
        check_rate(new_bp, QT_TRANSLATE_NOOP("core", "The commission must be from 0% to 100%, not {rate}."),
                   error=CommissionError)
    if scope == SHOP:
        if new_bp is None:
            raise ValueError("the shop always has a default rate")
        old = _stored_default(conn)
        pairs = [(p, default, new_bp) for p in _listed(store) if p.commission_bp is None]
    elif scope == PRODUCT:
        product = catalog.get_product(store, product_id)
        old = product.commission_bp
        pairs = [(product, product.commission_rate(default), default if new_bp is None else new_bp)]
    elif scope == AFFILIATE:
        _affiliate_name(conn, affiliate_id)
        old = _override(conn, affiliate_id, product_id)
        if product_id:
            product = catalog.get_product(store, product_id)
            before = _resolve(conn, product, affiliate_id, default)[0]
            fallback = _override(conn, affiliate_id, "")
            after = new_bp if new_bp is not None else product.commission_rate(default) if fallback is None else fallback
            pairs = [(product, before, after)]
        else:
            own = {row[0] for row in conn.execute(
                "SELECT product_id FROM affiliate_rates WHERE affiliate_id = ? AND product_id != ''", (affiliate_id,))}
            pairs = [(p, p.commission_rate(default) if old is None else old,
                      p.commission_rate(default) if new_bp is None else new_bp)
                     for p in _listed(store) if p.id not in own]
    else:
        raise ValueError(f"unknown scope {scope!r}")
    losses = [(p, after) for p, _before, after in pairs if is_loss(after, p)]
    cuts = [bestseller_cut_warning(p, before, after) for p, before, after in pairs]
    return ChangeCheck(old, new_bp, tuple(loss_notice(after, p) for p, after in losses),
                       tuple(c for c in cuts if c is not None), tuple(p.id for p, _ in losses))


def _reason(reason: str) -> str:
    return limited(reason, CommissionError, limit=MAX_REASON, empty=QT_TRANSLATE_NOOP(
        "core", "Say why the commission changes: the history keeps the reason."))


def _enforce(check: ChangeCheck, confirm_loss: bool) -> None:
    if check.losses and not confirm_loss:
        first = check.losses[0].params
        raise LossNotConfirmed(QT_TRANSLATE_NOOP(
            "core", "At {rate} “{title}” sells at a loss (its margin is {margin_rate}); confirm the loss to set "
            "it anyway."), rate=first["rate"], title=first["title"], margin_rate=first["margin_rate"])


def _record(conn, scope: str, old: int | None, new: int | None, *, reason: str, changed_by: str, stamp: str,
            product_id: str = "", affiliate_id: str = "") -> None:
    conn.execute("INSERT INTO commission_changes (scope, product_id, affiliate_id, old_bp, new_bp, reason, "
                 "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (scope, product_id, affiliate_id, old, new, reason,
                  limited(changed_by, CommissionError, limit=MAX_STAFF), stamp))


def set_shop_default(store: Store, bp: int, *, changed_by: str, reason: str, confirm_loss: bool = False,
                     now: datetime | None = None) -> ChangeCheck:
    """Change the shop's default rate; refused (LossNotConfirmed) if a product using it would sell at a loss."""
    reason = _reason(reason)
    _, stamp = now_stamp(now)
    with store.write() as conn:
        check = check_change(store, SHOP, bp)
        _enforce(check, confirm_loss)
        if check.old_bp != bp:
            store.set_setting(DEFAULT_KEY, str(bp))
            _record(conn, SHOP, check.old_bp, bp, reason=reason, changed_by=changed_by, stamp=stamp)
        return check


def set_product_rate(store: Store, product_id: str, bp: int | None, *, changed_by: str, reason: str,
                     confirm_loss: bool = False, now: datetime | None = None) -> ChangeCheck:
    """Change a product's own rate (None: it pays the shop's default), through the catalogue."""
    reason = _reason(reason)
    _, stamp = now_stamp(now)
    with store.write() as conn:
        check = check_change(store, PRODUCT, bp, product_id=product_id)
        _enforce(check, confirm_loss)
        if check.old_bp != bp:
            catalog.update_product(store, product_id, commission_bp=bp, now=now)
            _record(conn, PRODUCT, check.old_bp, bp, reason=reason, changed_by=changed_by, stamp=stamp,
                    product_id=product_id)
        return check


def set_affiliate_rate(store: Store, affiliate_id: str, product_id: str, bp: int | None, *, changed_by: str,
                       reason: str, confirm_loss: bool = False, now: datetime | None = None) -> ChangeCheck:
    """Set an affiliate's 定向 rate for one product (product_id '': all products); None removes it."""
    reason = _reason(reason)
    _, stamp = now_stamp(now)
    with store.write() as conn:
        check = check_change(store, AFFILIATE, bp, product_id=product_id, affiliate_id=affiliate_id)
        _enforce(check, confirm_loss)
        if check.old_bp == bp:
            return check
        if bp is None:
            conn.execute("DELETE FROM affiliate_rates WHERE affiliate_id = ? AND product_id = ?",
                         (affiliate_id, product_id))
        else:
            conn.execute("INSERT INTO affiliate_rates (affiliate_id, product_id, rate_bp, updated_at) "
                         "VALUES (?, ?, ?, ?) ON CONFLICT (affiliate_id, product_id) DO UPDATE SET "
                         "rate_bp = excluded.rate_bp, updated_at = excluded.updated_at",
                         (affiliate_id, product_id, bp, stamp))
        _record(conn, AFFILIATE, check.old_bp, bp, reason=reason, changed_by=changed_by, stamp=stamp,
                product_id=product_id, affiliate_id=affiliate_id)
        return check


def remove_affiliate_rate(store: Store, affiliate_id: str, product_id: str, *, changed_by: str, reason: str,
                          now: datetime | None = None) -> ChangeCheck:
    """Drop an override: the affiliate then earns what everyone else does, which the product table
    already shows (and warns about), so no loss confirmation is asked here."""
    return set_affiliate_rate(store, affiliate_id, product_id, None, changed_by=changed_by, reason=reason,
                              confirm_loss=True, now=now)


# -- listing -------------------------------------------------------------------------------
def _filters(scope: str | None, product_id: str | None, affiliate_id: str | None) -> tuple[str, list]:
    where, args = ["1"], []
    for column, value in (("c.scope", scope), ("c.product_id", product_id), ("c.affiliate_id", affiliate_id)):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    return " AND ".join(where), args


def list_changes(store: Store, *, scope: str | None = None, product_id: str | None = None,
                 affiliate_id: str | None = None, limit: int = 200, offset: int = 0) -> list[Change]:
    """The history, newest first; each filter given narrows it (product_id '' is "no product")."""
    where, args = _filters(scope, product_id, affiliate_id)
    rows = store.conn.execute(
        "SELECT c.id, c.scope, c.product_id, coalesce(p.title, ''), c.affiliate_id, coalesce(a.name, ''), "
        "c.old_bp, c.new_bp, c.reason, c.changed_by, c.changed_at, "
        "c.scope = 'product' AND coalesce(p.bestseller, 0) = 1 AND c.new_bp < c.old_bp "
        "FROM commission_changes c LEFT JOIN products p ON p.id = c.product_id "
        f"LEFT JOIN affiliates a ON a.id = c.affiliate_id WHERE {where} "
        "ORDER BY c.changed_at DESC, c.id DESC LIMIT ? OFFSET ?",
        (*args, require_int(limit, "limit"), require_int(offset, "offset")))
    return [Change(*row[:-1], bool(row[-1])) for row in rows]


def count_changes(store: Store, *, scope: str | None = None, product_id: str | None = None,
                  affiliate_id: str | None = None) -> int:
    where, args = _filters(scope, product_id, affiliate_id)
    return store.conn.execute(f"SELECT count(*) FROM commission_changes c WHERE {where}", args).fetchone()[0]


def changed_affiliates(store: Store) -> list[tuple[str, str]]:
    """(id, name) of the affiliates with an override or a history row: the history filter's choices."""
    return [tuple(row) for row in store.conn.execute(
        "SELECT a.id, a.name FROM affiliates a WHERE a.id IN (SELECT affiliate_id FROM commission_changes "
        "WHERE affiliate_id != '' UNION SELECT affiliate_id FROM affiliate_rates) ORDER BY a.sort_name, a.name")]


def list_overrides(store: Store, *, affiliate_id: str | None = None, limit: int = 500,
                   offset: int = 0) -> list[Override]:
    """定向 rates of live affiliates, by affiliate, the all-products one first."""
    where, args = ("r.affiliate_id = ?", [affiliate_id]) if affiliate_id else ("1", [])
    rows = store.conn.execute(
        "SELECT r.affiliate_id, a.name, r.product_id, coalesce(p.title, ''), r.rate_bp, r.updated_at "
        "FROM affiliate_rates r JOIN affiliates a ON a.id = r.affiliate_id AND a.deleted_at IS NULL "
        f"LEFT JOIN products p ON p.id = r.product_id WHERE {where} "
        "ORDER BY a.sort_name, a.name, r.affiliate_id, r.product_id != '', p.title LIMIT ? OFFSET ?",
        (*args, require_int(limit, "limit"), require_int(offset, "offset")))
    return [Override(*row) for row in rows]


def count_overrides(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM affiliate_rates r JOIN affiliates a ON a.id = r.affiliate_id "
                              "AND a.deleted_at IS NULL").fetchone()[0]


# -- demo ----------------------------------------------------------------------------------
# Added only to an empty catalogue; the item IDs are those the affiliate-order demo falls back to.
DEMO_PRODUCTS = (("明前龙井 250g", "600000000001", 16800, 7000, True), ("铁观音 500g", "600000000002", 12800, 6000, False),
                 ("紫砂壶", "600000000003", 39900, 15000, False), ("锡罐茶叶罐", "600000000004", 3900, 2600, False))


def load_demo(store: Store, *, today: date) -> None:
    """A stable shop at 20%; product rates with history (a bestseller cut 30% → 20%, which the history
    flags) and two 定向 overrides on the first two affiliates. Uses the products on file, or adds a few
    tea products (one 爆款) to an empty catalogue. Rates stay below margins."""
    def at(days: int) -> datetime:
        return datetime.combine(today - timedelta(days=days), datetime.min.time()).replace(hour=10)

    def safe(bp: int, product: Product) -> int:
        return max(0, min(bp, product.margin_bp - 100))

    boss = "店长"
    with store.write():
        set_shop_stage(store, "stable")
        set_shop_default(store, 2000, changed_by=boss, reason="稳定期：按类目中上水平定默认佣金", confirm_loss=True,
                         now=at(90))
        if not catalog.count_products(store):
            for title, item_id, price, cost, bestseller in DEMO_PRODUCTS:
                catalog.add_product(store, title=title, platform_item_id=item_id, price_fen=price, cost_fen=cost,
                                    fee_bp=500, bestseller=bestseller, now=at(120))
        listed = _listed(store)
        star = next((p for p in listed if p.bestseller), None)
        if star is not None and star.margin_bp > 2100:  # room for 30% → 20% below its margin
            set_product_rate(store, star.id, safe(3000, star), changed_by=boss, reason="爆款主推，佣金给到中上",
                             confirm_loss=True, now=at(75))
            set_product_rate(store, star.id, safe(2000, star), changed_by=boss, reason="利润变薄，试着降佣",
                             confirm_loss=True, now=at(20))
        others = [p for p in listed if p is not star][:2]
        for product, bp, reason in zip(others, (3500, 1500), ("新品冲销量，高佣引淘客", "利润低，佣金略低于默认")):
            set_product_rate(store, product.id, safe(bp, product), changed_by=boss, reason=reason,
                             confirm_loss=True, now=at(45))
        people = [row[0] for row in store.conn.execute(
            "SELECT id FROM affiliates WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 2")]
        if people and listed:
            low_margin = min(p.margin_bp for p in listed)
            set_affiliate_rate(store, people[0], "", max(0, min(2500, low_margin - 100)), changed_by=boss,
                               reason="大淘客，全店定向佣金", confirm_loss=True, now=at(30))
        if len(people) > 1 and listed:
            product = star or listed[0]
            set_affiliate_rate(store, people[1], product.id, safe(3500, product), changed_by=boss,
                               reason="团长专场，单品定向", confirm_loss=True, now=at(10))

