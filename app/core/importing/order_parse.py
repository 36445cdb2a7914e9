"""Turning the cells of an order report into orders: the cell parsers, and the loop that runs
them over every row of a file.

A report can hold a million rows, so the loop tries, for each row, a fast path that accepts
only the usual shapes of the seller centre's export (``="digits"`` ids, ``128.00`` amounts,
``2024-11-11 03:02:25`` times, the five status texts) and builds the order from them; any other
row goes through ``parse_row``, the general parsers, which accept every form the tests pin
(其他 time formats, 元/¥/thousands separators, full-width digits, XLSX cell types) and say
which cell is wrong and why. The fast path gives the same order as ``parse_row`` for every
row it accepts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import compress
from operator import itemgetter, not_
from dataclasses import dataclass
from datetime import date, datetime

from app.core.errors import QT_TRANSLATE_NOOP
from app.core.importing.csv_reader import RowError, clean_cell
from app.core.money import MoneyError, parse_money

STATUSES = {  # as exported (after NFKC, so ， is ,) -> code
    "等待买家付款": "awaiting_payment",
    "买家已付款,等待卖家发货": "paid",
    "卖家已发货,等待买家确认": "shipped",
    "交易成功": "completed",
    "交易关闭": "closed",
}
PAID_STATUSES = ("paid", "shipped", "completed")
# An older export must not move an order back; completed and closed are both final.
RANK = {"awaiting_payment": 0, "paid": 1, "shipped": 2, "completed": 3, "closed": 3}


@dataclass(slots=True)
class ParsedOrder:
    row: int
    order_id: str
    buyer: str
    created_at: str | None
    paid_at: str | None
    paid_fen: int
    status: str
    status_text: str
    title: str
    quantity: int

    @property
    def day(self) -> str:
        return (self.paid_at or self.created_at or "")[:10]


class CellError(Exception):
    def __init__(self, reason: str, **params) -> None:
        super().__init__(reason)
        self.reason, self.params = reason, params


# ---------------------------------------------------------------- cell parsers

_PLAIN_MONEY = re.compile(r"\d{1,10}(?:\.\d{1,2})?")
_DATE_TIME = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def parse_time(value) -> str | None:
    """'YYYY-MM-DDTHH:MM:SS', or None for an empty cell; raises CellError."""
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat() + "T00:00:00"
    text = str(value).strip()
    if not text:
        return None
    if len(text) == 19 and text[4] == "-" and text[10] == " ":
        try:
            return datetime.fromisoformat(text).isoformat()
        except ValueError:
            pass
    m = _DATE_TIME.fullmatch(unicodedata.normalize("NFKC", text))
    if m:
        y, mo, d, h, mi, s = (int(x) if x else 0 for x in m.groups())
        try:
            return datetime(y, mo, d, h, mi, s).isoformat()
        except ValueError:
            pass
    raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is not a date and time"), text=text[:40])


def parse_fen(value) -> int:
    if isinstance(value, str) and _PLAIN_MONEY.fullmatch(value):
        whole, _, frac = value.partition(".")
        return int(whole) * 100 + int((frac + "00")[:2])
    try:
        return parse_money(value, allow_negative=False)
    except MoneyError as exc:
        raise CellError(exc.template, **exc.params) from exc


def parse_count(value, *, empty: int | None = None) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        n = value
    elif isinstance(value, float) and value.is_integer():
        n = int(value)
    else:
        text = unicodedata.normalize("NFKC", str(value)).replace(",", "").strip()
        if not text and empty is not None:
            return empty
        if not text.isascii() or not text.isdigit():
            raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is not a whole number"), text=str(value)[:40])
        n = int(text)
    if n < 0:
        raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is negative"), text=value)
    return n


def text_of(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


# ---------------------------------------------------------------- rows

@dataclass(frozen=True)
class Columns:
    """Where each field is in a row (title and quantity may be missing)."""
    header: list[str]
    order_id: int
    buyer: int
    paid: int
    status: int
    created_at: int
    paid_at: int
    title: int | None
    quantity: int | None


class BadCell(Exception):
    def __init__(self, column: str, error: CellError) -> None:
        super().__init__(error.reason)
        self.column, self.error = column, error


def parse_row(cells: list, at: Columns) -> tuple | None:
    """``(order_id, buyer, created_at, paid_at, paid_fen, status, status_text, title, quantity)``,
    None for a row of blank cells; raises BadCell naming the first wrong cell."""
    def cell(i: int):
        v = cells[i]
        return clean_cell(v) if isinstance(v, str) else v

    column = at.header[at.order_id]
    try:
        order_id = text_of(cell(at.order_id))
        if not order_id:
            if not any(text_of(clean_cell(c) if isinstance(c, str) else c) for c in cells):
                return None
            raise CellError(QT_TRANSLATE_NOOP("core", "the order number is empty"))
        column = at.header[at.status]
        status_text = text_of(cell(at.status))
        status = STATUSES.get(unicodedata.normalize("NFKC", status_text).replace(" ", ""))
        if status is None:
            raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is not a known order status"), text=status_text[:40])
        column = at.header[at.paid]
        paid_fen = parse_fen(cell(at.paid))
        column = at.header[at.created_at]
        created_at = parse_time(cell(at.created_at))
        if created_at is None:
            raise CellError(QT_TRANSLATE_NOOP("core", "the order time is empty"))
        column = at.header[at.paid_at]
        paid_at = parse_time(cell(at.paid_at))
        if paid_at is None and status in PAID_STATUSES:
            raise CellError(QT_TRANSLATE_NOOP("core", "the order is paid but has no payment time"))
        title = text_of(cell(at.title)) if at.title is not None else ""
        quantity = 1
        if at.quantity is not None:
            column = at.header[at.quantity]
            quantity = parse_count(cell(at.quantity), empty=1)
    except CellError as exc:
        raise BadCell(column, exc) from exc
    return order_id, text_of(cell(at.buyer)), created_at, paid_at, paid_fen, status, status_text, title, quantity


_YMD = re.compile(r"\d{4}-\d\d-\d\d")


def _valid_day(text: str) -> bool:
    if not _YMD.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


class _Days(dict):
    """'YYYY-MM-DD' -> is it a real date; filled as dates are met (a report spans a few hundred)."""

    def __missing__(self, key: str) -> bool:
        ok = _valid_day(key)
        if len(self) < 100_000:
            self[key] = ok
        return ok


# Every "HH:MM:SS" of a day: a set lookup is several times faster than a regular expression.
_CLOCK = frozenset(f"{h:02d}:{m:02d}:{s:02d}" for h in range(24) for m in range(60) for s in range(60))


def fast_parser(at: Columns) -> Callable[[int, list], tuple | None]:
    """``(line, *parse_row(cells)[:9])`` for the usual shape of an export's row, several times
    faster; None when the row has any other shape (then ``parse_row`` decides).

    Runs once per row of a million-row file, hence the inlining and the caches: amounts,
    titles and statuses repeat, dates repeat, clock times are a fixed set."""
    statuses = {text: (code, text) for text, code in STATUSES.items()}
    statuses.update({text.replace(",", "，"): (code, text.replace(",", "，")) for text, code in STATUSES.items()})
    days, clock = _Days(), _CLOCK
    amounts: dict[str, int] = {}
    paid_codes = frozenset(PAID_STATUSES)
    i_id, i_buyer, i_paid, i_status = at.order_id, at.buyer, at.paid, at.status
    i_created, i_paid_at, i_title, i_qty = at.created_at, at.paid_at, at.title, at.quantity

    def amount(text: str) -> int | None:
        if text[-3:-2] == ".":
            whole, cents = text[:-3], text[-2:]
            if not (whole.isdigit() and cents.isdigit() and len(whole) <= 10 and text.isascii()):
                return None
            fen = int(whole) * 100 + int(cents)
        elif text.isdigit() and len(text) <= 10 and text.isascii():
            fen = int(text) * 100
        else:
            return None
        if len(amounts) < 200_000:
            amounts[text] = fen
        return fen

    def fast(line: int, cells: list) -> tuple | None:
        order_id = cells[i_id]
        if order_id[:2] == '="' and order_id[-1:] == '"':
            order_id = order_id[2:-1]
        status = statuses.get(cells[i_status])
        if status is None or not order_id.isdigit():
            return None
        fen = amounts.get(cells[i_paid])
        if fen is None:
            fen = amount(cells[i_paid])
            if fen is None:
                return None
        created = cells[i_created]
        if not (days[created[:10]] and created[10:11] == " " and created[11:] in clock):
            return None
        paid = cells[i_paid_at]
        if paid:
            if not (days[paid[:10]] and paid[10:11] == " " and paid[11:] in clock):
                return None
            paid = paid[:10] + "T" + paid[11:]
        elif status[0] in paid_codes:
            return None
        else:
            paid = None
        buyer = cells[i_buyer]
        if buyer.strip() is not buyer or buyer[:1] == "=":  # strip() returns itself when there is nothing to strip
            return None
        title = ""
        if i_title is not None:
            title = cells[i_title]
            if title.strip() is not title or title[:1] == "=":
                return None
        quantity = 1
        if i_qty is not None:
            quantity = cells[i_qty]
            if quantity == "1":
                quantity = 1
            elif quantity.isdigit() and quantity.isascii():
                quantity = int(quantity)
            else:
                return None
        return (line, order_id, buyer, created[:10] + "T" + created[11:], paid, fen, status[0], status[1], title,
                quantity)

    return fast


def row_error(line: int, exc: BadCell) -> RowError:
    return RowError(line, exc.column, exc.error.reason, exc.error.params)


_D = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
_T = r"(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
_IDS = re.compile(r'(?:="[0-9]+"|[0-9]+)(?:\n(?:="[0-9]+"|[0-9]+))*')
_AMOUNTS = re.compile(r"[0-9]{1,10}\.[0-9]{2}(?:\n[0-9]{1,10}\.[0-9]{2})*")
_TIMES = re.compile(f"{_D} {_T}(?:\n{_D} {_T})*")
_TIMES_OR_EMPTY = re.compile(f"(?:{_D} {_T})?(?:\n(?:{_D} {_T})?)*")
_COUNTS = re.compile(r"[0-9]{1,9}(?:\n[0-9]{1,9})*")


def _plain(cells: tuple[str, ...]) -> bool:
    """No cell that clean_cell would change (str.strip returns the very object when there is
    nothing to strip, so the tuples compare by identity, in C)."""
    return tuple(map(str.strip, cells)) == cells and "\x00=" not in "\x00" + "\x00".join(cells)


def batch_parser(at: Columns) -> Callable[[list[int], list[list]], tuple | None]:
    """``fast_parser`` for a whole batch of rows at once: each column checked by one regular
    expression over the column joined into one string and converted by C-level maps, so that
    almost no Python code runs per row. Returns the columns (lines, order_id, buyer,
    created_at, paid_at, paid_fen, status, status_text, title, quantity), and the payment and
    order times as written ('' when unpaid), or None when any row has another shape (then
    the batch goes row by row)."""
    codes = {text: code for text, code in STATUSES.items()}
    codes.update({text.replace(",", "，"): code for text, code in STATUSES.items()})
    days = _Days()
    canonical: dict[str, str] = {}  # one str object per title or status: SQLite encodes it to UTF-8 once
    paid_codes = frozenset(PAID_STATUSES)
    first_ten = itemgetter(slice(0, 10))

    def fast(lines: list[int], rows: list[list]) -> tuple | None:
        cols = list(zip(*rows))  # rows are at least as wide as the header: no column is cut
        statuses = cols[at.status]
        status_codes = list(map(codes.get, statuses))
        raw_ids = "\n".join(cols[at.order_id])
        fens = "\n".join(cols[at.paid])
        created = "\n".join(cols[at.created_at])
        paid_raw = cols[at.paid_at]
        paid = "\n".join(paid_raw)
        if (None in status_codes or not _IDS.fullmatch(raw_ids) or not _AMOUNTS.fullmatch(fens)
                or not _TIMES.fullmatch(created) or not _TIMES_OR_EMPTY.fullmatch(paid)):
            return None
        if paid_codes.intersection(compress(status_codes, map(not_, paid_raw))):
            return None  # a paid status without a payment time
        created_raw = cols[at.created_at]
        if not all(map(days.__getitem__, {*map(first_ten, created_raw), *map(first_ten, filter(None, paid_raw))})):
            return None
        buyers = cols[at.buyer]
        titles = cols[at.title] if at.title is not None else ("",) * len(rows)
        if not (_plain(buyers) and _plain(titles)):
            return None
        if at.quantity is not None:
            quantities = "\n".join(cols[at.quantity])
            if not _COUNTS.fullmatch(quantities):
                return None
            quantities = list(map(int, quantities.split("\n")))
        else:
            quantities = [1] * len(rows)
        ids = raw_ids.replace('="', "").replace('"', "").split("\n")
        created_at = created.replace(" ", "T").split("\n")
        paid_at = [p or None for p in paid.replace(" ", "T").split("\n")]
        titles = list(map(canonical.setdefault, titles, titles))
        statuses = list(map(canonical.setdefault, statuses, statuses))
        fen_values = list(map(int, fens.replace(".", "").split("\n")))
        return ((lines, ids, buyers, created_at, paid_at, fen_values, status_codes, statuses, titles, quantities),
                paid_raw, created_raw)

    return fast
