"""Money as integer fen (分) and rates as integer basis points; never floats.

Parsing accepts what shop owners type and what Chinese back offices (Taobao, Tmall, JD,
Pinduoduo) export: "¥1,299.00", "１，２９９．５０", "1299元", "RMB 1299", XLSX floats.
Anything doubtful is rejected with a reason rather than rounded: a silently wrong price
costs more than a question.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from app.core.errors import QT_TRANSLATE_NOOP, UserError

MAX_FEN = 10**13  # ¥100 billion: beyond any shop, so a bigger number is a typo or a bad column
_CURRENCY_PREFIXES = ("¥", "RMB", "CNY")  # NFKC has already turned full-width ￥ into ¥
_CURRENCY_SUFFIXES = ("元", "RMB", "CNY")
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"))  # CSV BOMs, zero widths
_DIGITS = frozenset("0123456789")  # not str.isdigit(), which also admits ٣ and ३


class MoneyError(UserError):
    """Text or a cell value that is not an amount of money."""


class RateError(UserError):
    """Text or a cell value that is not a percentage rate."""


def _require_int(value: object, what: str) -> None:
    # A float here is a programming error, not user input: fail loudly, not with a UserError.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")


def _shown(value: object) -> str:
    # A whole pasted paragraph would drown the reason, so quote only its start.
    text = repr(value) if isinstance(value, float) else str(value).strip()
    return text if len(text) <= 40 else text[:39] + "…"


def _normalise(text: str) -> str:
    # NFKC folds full-width digits, ，．％ and ￥, and NBSP/ideographic spaces into spaces;
    # it leaves U+2212 MINUS SIGN alone, which some exports use.
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return text.replace("\u2212", "-").strip()


def _hundredths(d: Decimal) -> int | None:
    """``d × 100`` exactly, or None if d has a non-zero digit past the second decimal."""
    sign, digits, exp = d.as_tuple()
    assert isinstance(exp, int)  # callers pass finite values only
    while exp < -2 and digits and digits[-1] == 0:  # "1.500" is just 1.5
        digits, exp = digits[:-1], exp + 1
    if exp < -2:
        return None
    if not any(digits):
        return 0  # also spares computing 10**huge for "0E+99999"
    n = int("".join(map(str, digits))) * 10 ** (exp + 2)
    return -n if sign else n


def _decimal_to_fen(d: Decimal, shown: str, allow_negative: bool) -> int:
    if not d.is_finite():
        raise MoneyError(
            QT_TRANSLATE_NOOP("core", "“{text}” is not an amount of money: not a finite number"), text=shown
        )
    if abs(d) > Decimal(MAX_FEN) / 100:  # checked first so _hundredths never builds a huge int
        raise MoneyError(
            QT_TRANSLATE_NOOP("core", "“{text}” is too large for an amount of money (at most {limit})"),
            text=shown,
            limit=format_money(MAX_FEN),
        )
    fen = _hundredths(d)
    if fen is None:
        raise MoneyError(
            QT_TRANSLATE_NOOP("core", "“{text}” has too many decimal places (at most 2 for 元)"), text=shown
        )
    if fen < 0 and not allow_negative:
        raise MoneyError(QT_TRANSLATE_NOOP("core", "“{text}” is negative; enter 0 or more here"), text=shown)
    return fen


def _float_to_decimal(x: float) -> Decimal:
    # Excel keeps 15 significant digits, so reading the float at that precision drops binary
    # noise (a cell computed as 0.1+0.2 holds 0.30000000000000004 but shows 0.3) while a real
    # 1.005 stays 1.005 and is refused rather than rounded. Amounts within MAX_FEN need ≤ 13.
    return Decimal(f"{x:.15g}")


def _scan(s: str, shown: str, error: type[UserError], separators: str = "") -> None:
    """Check the bare number left once signs, units and % are peeled off."""
    for char in s:
        if char in _DIGITS or char == "." or char in separators:
            continue
        if char in "+-":
            raise error(QT_TRANSLATE_NOOP("core", "“{text}” is not a number: misplaced sign"), text=shown)
        if char.isspace():
            raise error(QT_TRANSLATE_NOOP("core", "“{text}” is not a number: unexpected space"), text=shown)
        raise error(
            QT_TRANSLATE_NOOP("core", "“{text}” is not a number: unexpected character “{char}”"),
            text=shown,
            char=char,
        )
    if not _DIGITS.intersection(s):
        raise error(QT_TRANSLATE_NOOP("core", "“{text}” is not a number: no digits"), text=shown)
    if s.count(".") > 1:
        raise error(
            QT_TRANSLATE_NOOP("core", "“{text}” is not a number: more than one decimal point"), text=shown
        )


def _money_text(text: str, shown: str) -> Decimal:
    s = _normalise(text)
    if not s:
        raise MoneyError(QT_TRANSLATE_NOOP("core", "The amount of money is empty"), text=shown)
    if "(" in s or ")" in s:  # accountants' (12.50) is negative, but a typo looks the same
        raise MoneyError(
            QT_TRANSLATE_NOOP("core", "“{text}” is not an amount of money: use a minus sign, not brackets"),
            text=shown,
        )
    sign, currency = "", False
    while s:  # one sign and one currency marker, in either order: "-¥5", "¥ -5"
        if s[0] in "+-" and not sign:
            sign, s = s[0], s[1:].lstrip()
        elif not currency and s.upper().startswith(_CURRENCY_PREFIXES):
            prefix = next(p for p in _CURRENCY_PREFIXES if s.upper().startswith(p))
            currency, s = True, s[len(prefix) :].lstrip()
        else:
            break
    suffix = next((x for x in _CURRENCY_SUFFIXES if s.upper().endswith(x)), "")
    s = s[: len(s) - len(suffix)].rstrip()
    _scan(s, shown, MoneyError, separators=",")
    whole, _, fraction = s.partition(".")
    groups = whole.split(",")
    grouped = 0 < len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if "," in fraction or (len(groups) > 1 and not grouped):
        raise MoneyError(
            QT_TRANSLATE_NOOP("core", "“{text}” is not an amount of money: misplaced thousands separator"),
            text=shown,
        )
    return Decimal(f"{sign}{''.join(groups) or '0'}.{fraction or '0'}")


def parse_money(text: str | int | float | Decimal | None, *, allow_negative: bool = True) -> int:
    """The amount in fen that ``text`` (typed, or a CSV/XLSX cell) means; raises MoneyError.

    A number without a unit is 元. Never rounds: a fraction of a fen is an error.
    """
    if text is None:  # an empty XLSX cell
        raise MoneyError(QT_TRANSLATE_NOOP("core", "The amount of money is empty"), text="")
    shown = _shown(text)
    if isinstance(text, str):
        return _decimal_to_fen(_money_text(text, shown), shown, allow_negative)
    if isinstance(text, bool) or not isinstance(text, (int, float, Decimal)):
        # bool is an int, but a TRUE cell is certainly not ¥1; dates and the like are not money.
        raise MoneyError(
            QT_TRANSLATE_NOOP("core", "“{text}” is not an amount of money: expected a number"), text=shown
        )
    number = _float_to_decimal(text) if isinstance(text, float) else Decimal(text)
    return _decimal_to_fen(number, shown, allow_negative)


def format_money(
    fen: int, *, symbol: bool = True, thousands: bool = True, always_decimals: bool = True
) -> str:
    """``129900`` → ``"¥1,299.00"``, ``-50`` → ``"-¥0.50"``; parse_money reads it back exactly."""
    _require_int(fen, "fen")
    yuan, cents = divmod(abs(fen), 100)
    number = f"{yuan:,}" if thousands else str(yuan)
    if always_decimals or cents:
        number += f".{cents:02d}"
    return ("-" if fen < 0 else "") + ("¥" if symbol else "") + number


def yuan_to_fen(yuan: Decimal | int | str) -> int:
    """Exact 元 → fen for values from code or storage ("12.50", not "¥12.50"); raises MoneyError."""
    if isinstance(yuan, bool) or not isinstance(yuan, (Decimal, int, str)):
        raise TypeError(f"yuan must be a Decimal, int or str, not {type(yuan).__name__}")
    shown = _shown(yuan)
    try:
        number = Decimal(yuan.strip() if isinstance(yuan, str) else yuan)
    except InvalidOperation:
        raise MoneyError(
            QT_TRANSLATE_NOOP("core", "“{text}” is not an amount of money: expected a number"), text=shown
        ) from None
    return _decimal_to_fen(number, shown, allow_negative=True)


def fen_to_yuan(fen: int) -> Decimal:
    """``1234`` → ``Decimal("12.34")``, always with two decimal places."""
    _require_int(fen, "fen")
    return Decimal(format_money(fen, symbol=False, thousands=False))


def _percent_text(text: str, shown: str) -> Decimal:
    s = _normalise(text)
    if not s:
        raise RateError(QT_TRANSLATE_NOOP("core", "The rate is empty"), text=shown)
    sign = s[0] if s[0] in "+-" else ""
    s = s[len(sign) :].removesuffix("%").strip()
    _scan(s, shown, RateError)
    return Decimal(sign + s)


def parse_rate(text: str | int | Decimal, *, max_bp: int = 10000) -> int:
    """Basis points for a percentage: "30%", "30" and "３０％" are all 3000; raises RateError.

    A bare number always means percent, so "0.3" is 0.3% (30 bp), never 30%.
    """
    if isinstance(text, float):
        # An Excel percentage cell holds 0.3 for 30%; only the caller knows which it is.
        raise TypeError("parse_rate does not take floats; pass the cell's text or a Decimal of percent")
    shown = _shown(text)
    if isinstance(text, bool) or not isinstance(text, (str, int, Decimal)):
        raise RateError(QT_TRANSLATE_NOOP("core", "“{text}” is not a rate: expected a number"), text=shown)
    percent = _percent_text(text, shown) if isinstance(text, str) else Decimal(text)
    if not percent.is_finite():
        raise RateError(QT_TRANSLATE_NOOP("core", "“{text}” is not a rate: not a finite number"), text=shown)
    if percent < 0:
        raise RateError(
            QT_TRANSLATE_NOOP("core", "“{text}” is negative; a rate cannot be below 0%"), text=shown
        )
    if percent > Decimal(max_bp) / 100:
        raise RateError(
            QT_TRANSLATE_NOOP("core", "“{text}” is too high for a rate (at most {limit})"),
            text=shown,
            limit=format_rate(max_bp),
        )
    bp = _hundredths(percent)
    if bp is None:
        raise RateError(
            QT_TRANSLATE_NOOP("core", "“{text}” has too many decimal places (at most 2 for a percentage)"),
            text=shown,
        )
    return bp


def format_rate(bp: int) -> str:
    """``3000`` → ``"30%"``, ``1250`` → ``"12.5%"``, ``1225`` → ``"12.25%"``."""
    _require_int(bp, "bp")
    whole, frac = divmod(abs(bp), 100)
    number = f"{whole}.{frac:02d}".rstrip("0") if frac else str(whole)
    return ("-" if bp < 0 else "") + number + "%"


def apply_rate(fen: int, bp: int) -> int:
    """``fen × bp / 10000`` to the nearest fen, halves away from zero, in integers only."""
    _require_int(fen, "fen")
    _require_int(bp, "bp")
    quotient, remainder = divmod(abs(fen * bp), 10000)
    if remainder * 2 >= 10000:
        quotient += 1
    return -quotient if fen * bp < 0 else quotient
