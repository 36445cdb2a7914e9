"""The product catalogue (商品): price, cost, platform fee, 爆款 flag and affiliate rate.

The affiliates tab (commission per product) and the promotions tab (price tactics) both
build on it. Money is integer fen, rates integer basis points. Products go to a trash and
can be restored. Every write is one transaction; bad input raises a ``ProductError`` and
changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.money import MAX_FEN, apply_rate, format_rate
from app.core.records import new_id, now_stamp

MAX_TITLE, MAX_ITEM_ID = 200, 64
FULL_BP = 10000  # 100%
# list_products(sort=...): SQL for each key; margin as unit_margin_fen computes it (all values ≥ 0).
SORTS = {
    "title": "title",
    "price": "price_fen",
    "cost": "cost_fen",
    "margin": "price_fen - cost_fen - (price_fen * fee_bp + 5000) / 10000",
    "created": "created_at",
}


class ProductError(UserError):
    """Bad input to the product catalogue; nothing was changed."""


def require_int(value: object, what: str) -> int:
    """``value`` if it is an int; a float or bool is a programming error, not user input."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    return value


def div_half_up(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` to the nearest integer, halves away from zero (denominator > 0)."""
    require_int(numerator, "numerator")
    if require_int(denominator, "denominator") <= 0:
        raise ValueError("denominator must be positive")
    quotient, remainder = divmod(abs(numerator), denominator)
    if remainder * 2 >= denominator:
        quotient += 1
    return -quotient if numerator < 0 else quotient


def ratio_bp(part: int, whole: int) -> int:
    """``part / whole`` in basis points, halves away from zero, in integers only (whole > 0)."""
    return div_half_up(require_int(part, "part") * FULL_BP, whole)


def unit_margin_fen(price_fen: int, cost_fen: int, fee_bp: int) -> int:
    """What one sale leaves after the cost and the platform fee (commission not included)."""
    return price_fen - cost_fen - apply_rate(price_fen, fee_bp)


def margin_bp(price_fen: int, cost_fen: int, fee_bp: int) -> int | None:
    """The unit margin as a share of the price, in basis points; None for a price of 0."""
    if price_fen <= 0:
        return None
    return ratio_bp(unit_margin_fen(price_fen, cost_fen, fee_bp), price_fen)


@dataclass(frozen=True)
class Product:
    id: str
    title: str
    platform_item_id: str  # "" when unknown
    price_fen: int
    cost_fen: int
    fee_bp: int
    bestseller: bool  # 爆款
    listed: bool  # False: taken down (下架)
    commission_bp: int | None  # None: the shop's default rate
    created_at: str
    updated_at: str
    deleted_at: str | None = None

    @property
    def fee_fen(self) -> int:
        return apply_rate(self.price_fen, self.fee_bp)

    @property
    def margin_fen(self) -> int:
        return unit_margin_fen(self.price_fen, self.cost_fen, self.fee_bp)

    @property
    def margin_bp(self) -> int:
        return margin_bp(self.price_fen, self.cost_fen, self.fee_bp)  # the price is never 0

    def commission_rate(self, default_bp: int) -> int:
        """This product's affiliate rate, or the shop's ``default_bp`` when it has none."""
        return default_bp if self.commission_bp is None else self.commission_bp


_COLUMNS = ("id, title, platform_item_id, price_fen, cost_fen, fee_bp, bestseller, listed, commission_bp, "
            "created_at, updated_at, deleted_at")
_FIELDS = ("title", "platform_item_id", "price_fen", "cost_fen", "fee_bp", "bestseller", "listed", "commission_bp")


def _product(row) -> Product:
    values = list(row)
    values[6], values[7] = bool(values[6]), bool(values[7])
    return Product(*values)


def _row(conn, product_id: str, *, deleted: bool = False) -> Product:
    row = conn.execute(f"SELECT {_COLUMNS} FROM products WHERE id = ?", (product_id,)).fetchone()
    if row is None or (row[-1] is not None) != deleted:
        raise ProductError(QT_TRANSLATE_NOOP("core", "This product no longer exists (it may have been deleted)."))
    return _product(row)


def _text(value: str, limit: int) -> str:
    text = (value or "").strip()
    if len(text) > limit:
        raise ProductError(QT_TRANSLATE_NOOP("core", "“{text}…” is too long: at most {limit} characters."),
                           text=text[:20], limit=limit)
    return text


def check_rate(bp: int, template: str, *, error: type[UserError] = ProductError, lowest: int = 0) -> int:
    """``bp`` if it lies from ``lowest`` to 100%; else ``error(template)``, with ``{rate}`` in it."""
    if not lowest <= require_int(bp, "bp") <= FULL_BP:
        raise error(template, rate=format_rate(bp))
    return bp


def _checked(conn, fields: dict, product_id: str = "") -> dict:
    title = _text(fields["title"], MAX_TITLE)
    if not title:
        raise ProductError(QT_TRANSLATE_NOOP("core", "Enter the product's title."))
    item_id = _text(fields["platform_item_id"], MAX_ITEM_ID)
    price, cost = require_int(fields["price_fen"], "price_fen"), require_int(fields["cost_fen"], "cost_fen")
    if price <= 0:
        raise ProductError(QT_TRANSLATE_NOOP("core", "The price must be more than ¥0."))
    if cost < 0:
        raise ProductError(QT_TRANSLATE_NOOP("core", "The cost cannot be negative."))
    if max(price, cost) > MAX_FEN:
        raise ProductError(QT_TRANSLATE_NOOP("core", "The price or cost is too large."))
    check_rate(fields["fee_bp"], QT_TRANSLATE_NOOP("core", "The platform fee must be from 0% to 100%, not {rate}."))
    if fields["commission_bp"] is not None:
        check_rate(fields["commission_bp"],
                   QT_TRANSLATE_NOOP("core", "The commission must be from 0% to 100%, not {rate}."))
    if item_id and conn.execute(
        "SELECT 1 FROM products WHERE platform_item_id = ? AND id != ? AND deleted_at IS NULL", (item_id, product_id)
    ).fetchone():
        raise ProductError(QT_TRANSLATE_NOOP("core", "Another product already has the item ID “{item_id}”."),
                           item_id=item_id)
    return {**fields, "title": title, "platform_item_id": item_id,
            "bestseller": int(bool(fields["bestseller"])), "listed": int(bool(fields["listed"]))}


def add_product(store: Store, *, title: str, price_fen: int, cost_fen: int, fee_bp: int = 0,
                platform_item_id: str = "", bestseller: bool = False, listed: bool = True,
                commission_bp: int | None = None, now: datetime | None = None) -> Product:
    _, stamp = now_stamp(now)
    fields = {"title": title, "platform_item_id": platform_item_id, "price_fen": price_fen, "cost_fen": cost_fen,
              "fee_bp": fee_bp, "bestseller": bestseller, "listed": listed, "commission_bp": commission_bp}
    with store.write() as conn:
        fields = _checked(conn, fields)
        product_id = new_id()
        conn.execute(f"INSERT INTO products ({_COLUMNS}) VALUES (?, {', '.join('?' * len(_FIELDS))}, ?, ?, NULL)",
                     (product_id, *(fields[f] for f in _FIELDS), stamp, stamp))
        return _row(conn, product_id)


_KEEP = object()  # update_product: leave this field as it is


def update_product(store: Store, product_id: str, *, title=_KEEP, price_fen=_KEEP, cost_fen=_KEEP, fee_bp=_KEEP,
                   platform_item_id=_KEEP, bestseller=_KEEP, listed=_KEEP, commission_bp=_KEEP,
                   now: datetime | None = None) -> Product:
    """Change the fields given (as in ``add_product``); ``commission_bp=None`` means the shop's default."""
    given = {name: value for name, value in locals().items() if name in _FIELDS and value is not _KEEP}
    _, stamp = now_stamp(now)
    with store.write() as conn:
        current = _row(conn, product_id)
        fields = _checked(conn, {**{f: getattr(current, f) for f in _FIELDS}, **given}, product_id)
        conn.execute(f"UPDATE products SET {', '.join(f'{f} = ?' for f in _FIELDS)}, updated_at = ? WHERE id = ?",
                     (*(fields[f] for f in _FIELDS), stamp, product_id))
        return _row(conn, product_id)


def get_product(store: Store, product_id: str, *, deleted: bool = False) -> Product:
    """A live product (``deleted=True``: one in the trash); ProductError if there is none."""
    return _row(store.conn, product_id, deleted=deleted)


def _where(search: str, include_delisted: bool) -> tuple[str, tuple]:
    where, args = "deleted_at IS NULL", ()
    if not include_delisted:
        where += " AND listed = 1"
    needle = (search or "").strip().lower()
    if needle:  # instr, not LIKE: no wildcards to escape in what the user typed
        where += " AND (instr(lower(title), ?) > 0 OR instr(lower(platform_item_id), ?) > 0)"
        args = (needle, needle)
    return where, args


def list_products(store: Store, *, search: str = "", include_delisted: bool = True, sort: str = "title",
                  descending: bool = False, limit: int | None = None, offset: int = 0) -> list[Product]:
    """Live products whose title or item ID contains ``search`` (ignoring case), sorted in SQL
    by a ``SORTS`` key; ``limit``/``offset`` page through a long catalogue."""
    where, args = _where(search, include_delisted)
    order = f"{SORTS[sort]} {'DESC' if descending else 'ASC'}, created_at, id"
    page = "" if limit is None else f" LIMIT {require_int(limit, 'limit')} OFFSET {require_int(offset, 'offset')}"
    rows = store.conn.execute(f"SELECT {_COLUMNS} FROM products WHERE {where} ORDER BY {order}{page}", args)
    return [_product(row) for row in rows]


def count_products(store: Store, *, search: str = "", include_delisted: bool = True) -> int:
    where, args = _where(search, include_delisted)
    return store.conn.execute(f"SELECT count(*) FROM products WHERE {where}", args).fetchone()[0]


def list_deleted_products(store: Store) -> list[Product]:
    """The trash, most recently deleted first."""
    rows = store.conn.execute(
        f"SELECT {_COLUMNS} FROM products WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, title")
    return [_product(row) for row in rows]


def delete_product(store: Store, product_id: str, *, now: datetime | None = None) -> None:
    """Move a product to the trash; its item ID becomes free for another product."""
    _move(store, product_id, to_trash=True, now=now)


def restore_product(store: Store, product_id: str, *, now: datetime | None = None) -> Product:
    """Bring a product back from the trash, unless another product has taken its item ID meanwhile."""
    return _move(store, product_id, to_trash=False, now=now)


def _move(store: Store, product_id: str, *, to_trash: bool, now: datetime | None) -> Product:
    _, stamp = now_stamp(now)
    with store.write() as conn:
        product = _row(conn, product_id, deleted=not to_trash)
        if not to_trash:
            _checked(conn, {f: getattr(product, f) for f in _FIELDS}, product_id)
        conn.execute("UPDATE products SET deleted_at = ?, updated_at = ? WHERE id = ?",
                     (stamp if to_trash else None, stamp, product_id))
        return _row(conn, product_id, deleted=to_trash)
