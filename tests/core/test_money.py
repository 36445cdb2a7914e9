"""Money and rates: integer fen and basis points in, exact text out, reasons for every refusal."""

from __future__ import annotations

import ast
import random
import string
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from app.core import money
from app.core.errors import UserError
from app.core.money import (
    MAX_FEN,
    MoneyError,
    RateError,
    apply_rate,
    fen_to_yuan,
    format_money,
    format_rate,
    parse_money,
    parse_rate,
    yuan_to_fen,
)

REPO = Path(__file__).resolve().parents[2]


def _error_message(error_type: type[UserError], call, *args, **kwargs) -> str:
    with pytest.raises(error_type) as info:
        call(*args, **kwargs)
    err = info.value
    assert isinstance(err, UserError)
    # Parameters stay separate so the translated template can be filled in later.
    assert str(err) == err.template.format(**err.params)
    return str(err)


def _mentions_value(message: str, value: object) -> bool:
    shown = repr(value) if isinstance(value, float) else str(value).strip()
    return f"“{shown}”" in message


# --- parse_money: accepted ------------------------------------------------------------------

ACCEPTED_TEXT = [
    ("1299", 129900),
    ("1299.00", 129900),
    ("1,299", 129900),
    ("¥1,299.00", 129900),
    ("￥1,299.00", 129900),  # full-width yen
    ("1299元", 129900),
    ("1299 元", 129900),
    ("1299.00元", 129900),
    ("1,299元", 129900),
    ("RMB 1299", 129900),
    ("RMB1299", 129900),
    ("rmb 1299", 129900),
    ("CNY1299", 129900),
    ("1299 CNY", 129900),
    ("１２９９", 129900),
    ("１，２９９．５０", 129950),
    ("￥１，２９９．５０", 129950),
    ("１２９９元", 129900),
    ("-0.5", -50),
    ("\u22120.5", -50),  # U+2212 MINUS SIGN
    ("\uff0d0.5", -50),  # full-width hyphen-minus
    ("+3", 300),
    ("  12  ", 1200),
    ("\u00a012.5\u00a0", 1250),  # non-breaking spaces
    ("\u300012\u3000", 1200),  # ideographic spaces
    ("\t12\n", 1200),
    ("\ufeff12.30", 1230),  # BOM left on the first cell of a CSV
    (".5", 50),
    ("5.", 500),
    ("1.500", 150),
    ("1.000000", 100),
    ("1,299,000.5", 129900050),
    ("¥ -5", -500),
    ("-¥5", -500),
    ("- ¥ 5", -500),
    ("-5元", -500),
    ("¥-1,299.00", -129900),
    ("0", 0),
    ("-0", 0),
    ("0.00", 0),
    ("007", 700),
    ("0.01", 1),
    ("100,000,000,000.00", MAX_FEN),
    ("-100000000000", -MAX_FEN),
]


@pytest.mark.parametrize(("text", "fen"), ACCEPTED_TEXT)
def test_parse_money_accepts_text(text: str, fen: int) -> None:
    result = parse_money(text)
    assert result == fen
    assert type(result) is int


ACCEPTED_NUMBERS = [
    (12, 1200),
    (0, 0),
    (-7, -700),
    (10**11, MAX_FEN),
    (12.3, 1230),
    (1299.0, 129900),
    (-0.5, -50),
    (19.99, 1999),
    (0.07, 7),
    (0.1 + 0.2, 30),  # stored as 0.30000000000000004; Excel shows 0.3
    (1.1 * 3, 330),  # 3.3000000000000003
    (Decimal("12.34"), 1234),
    (Decimal("1.500"), 150),
    (Decimal("1E+3"), 100000),
    (Decimal("-0.01"), -1),
]


@pytest.mark.parametrize(("value", "fen"), ACCEPTED_NUMBERS)
def test_parse_money_accepts_cell_numbers(value: object, fen: int) -> None:
    result = parse_money(value)
    assert result == fen
    assert type(result) is int


# --- parse_money: rejected ------------------------------------------------------------------

REJECTED = [
    ("", "empty"),
    ("   ", "empty"),
    ("\u3000\u00a0", "empty"),
    (None, "empty"),
    ("abc", "unexpected character “a”"),
    ("12abc", "unexpected character “a”"),
    ("1e5", "unexpected character “e”"),
    ("NaN", "unexpected character “N”"),
    ("inf", "unexpected character “i”"),
    ("$5", "unexpected character “$”"),
    ("¥¥5", "unexpected character “¥”"),
    ("12元元", "unexpected character “元”"),
    ("12。5", "unexpected character “。”"),
    ("1.2.3", "more than one decimal point"),
    ("--5", "misplaced sign"),
    ("+-5", "misplaced sign"),
    ("5-", "misplaced sign"),
    ("1-2", "misplaced sign"),
    ("12.345", "too many decimal places"),
    ("0.001", "too many decimal places"),
    ("¥", "no digits"),
    ("元", "no digits"),
    ("RMB", "no digits"),
    (".", "no digits"),
    ("-", "no digits"),
    (",", "no digits"),
    ("1,29,9", "misplaced thousands separator"),
    ("1,2345", "misplaced thousands separator"),
    (",123", "misplaced thousands separator"),
    ("1234,567", "misplaced thousands separator"),
    ("1,,299", "misplaced thousands separator"),
    ("1,299.000,5", "misplaced thousands separator"),
    ("(12.50)", "minus sign, not brackets"),
    ("1 299", "unexpected space"),
    ("100000000000.01", "too large"),
    ("-100000000001", "too large"),
    ("9" * 5000, "too large"),
    (True, "expected a number"),
    (False, "expected a number"),
    ([12], "expected a number"),
    (float("nan"), "not a finite number"),
    (float("inf"), "not a finite number"),
    (Decimal("NaN"), "not a finite number"),
    (Decimal("-Infinity"), "not a finite number"),
    (1.005, "too many decimal places"),  # must not round to 1.00 or 1.01
    (12345678901.234567, "too many decimal places"),
    (0.001, "too many decimal places"),
    (Decimal("0.001"), "too many decimal places"),
    (1e20, "too large"),
    (10**11 + 1, "too large"),
]


@pytest.mark.parametrize(("value", "reason"), REJECTED)
def test_parse_money_rejects_with_reason(value: object, reason: str) -> None:
    message = _error_message(MoneyError, parse_money, value)
    assert reason in message
    if reason != "empty" and len(str(value)) < 40:
        assert _mentions_value(message, value), message


def test_long_rejected_text_is_shortened_in_message() -> None:
    message = _error_message(MoneyError, parse_money, "not a price " * 50)
    assert "…" in message
    assert len(message) < 120


@pytest.mark.parametrize("value", ["-5", "\u22120.01", "¥ -1", -1, -0.5, Decimal("-0.5")])
def test_allow_negative_false_rejects_negatives(value: object) -> None:
    assert "negative" in _error_message(MoneyError, parse_money, value, allow_negative=False)
    assert parse_money(value) < 0


@pytest.mark.parametrize(("value", "fen"), [("5", 500), ("0", 0), ("-0", 0), (0, 0), ("¥1.50", 150)])
def test_allow_negative_false_accepts_zero_and_positive(value: object, fen: int) -> None:
    assert parse_money(value, allow_negative=False) == fen


def test_error_keeps_template_and_parameters_for_translation() -> None:
    with pytest.raises(MoneyError) as info:
        parse_money("12x")
    err = info.value
    assert err.template == "“{text}” is not a number: unexpected character “{char}”"
    assert err.params == {"text": "12x", "char": "x"}
    assert err.format("“{text}”不是数字：意外的字符“{char}”") == "“12x”不是数字：意外的字符“x”"


# --- format_money ---------------------------------------------------------------------------

FORMATS = [
    (129900, {}, "¥1,299.00"),
    (-50, {}, "-¥0.50"),
    (0, {}, "¥0.00"),
    (1, {}, "¥0.01"),
    (-1, {}, "-¥0.01"),
    (100, {}, "¥1.00"),
    (99999, {}, "¥999.99"),
    (100000, {}, "¥1,000.00"),
    (MAX_FEN, {}, "¥100,000,000,000.00"),
    (129900, {"symbol": False}, "1,299.00"),
    (-129900, {"symbol": False}, "-1,299.00"),
    (129900, {"always_decimals": False}, "¥1,299"),
    (129950, {"always_decimals": False}, "¥1,299.50"),
    (129901, {"always_decimals": False}, "¥1,299.01"),
    (-100, {"always_decimals": False}, "-¥1"),
    (0, {"always_decimals": False}, "¥0"),
    (123456789, {"thousands": False}, "¥1234567.89"),
    (-123456789, {"symbol": False, "thousands": False, "always_decimals": False}, "-1234567.89"),
]


@pytest.mark.parametrize(("fen", "options", "text"), FORMATS)
def test_format_money(fen: int, options: dict[str, bool], text: str) -> None:
    assert format_money(fen, **options) == text


@pytest.mark.parametrize("value", [1.5, True, Decimal("1"), "100"])
def test_format_money_refuses_non_int(value: object) -> None:
    with pytest.raises(TypeError):
        format_money(value)  # type: ignore[arg-type]


def _round_trip_values() -> list[int]:
    values = set(range(-2000, 2001))
    for k in range(14):
        for v in (10**k - 1, 10**k, 10**k + 1):
            values.update({v, -v})
    values = {v for v in values if abs(v) <= MAX_FEN}
    rng = random.Random(20240521)
    values.update(rng.randint(-MAX_FEN, MAX_FEN) for _ in range(3000))
    values.update(rng.randint(-10**7, 10**7) for _ in range(1000))
    return sorted(values)


ROUND_TRIP_VALUES = _round_trip_values()


@pytest.mark.parametrize("symbol", [True, False])
@pytest.mark.parametrize("thousands", [True, False])
@pytest.mark.parametrize("always_decimals", [True, False])
def test_format_then_parse_round_trips(symbol: bool, thousands: bool, always_decimals: bool) -> None:
    assert len(ROUND_TRIP_VALUES) > 5000
    for fen in ROUND_TRIP_VALUES:
        text = format_money(fen, symbol=symbol, thousands=thousands, always_decimals=always_decimals)
        assert parse_money(text) == fen, text


def test_xlsx_float_cells_read_back_exactly() -> None:
    # An XLSX reader hands over fen / 100 as the nearest double; every one must come back exact.
    for fen in ROUND_TRIP_VALUES:
        assert parse_money(fen / 100) == fen, fen


def test_formatted_amount_beyond_limit_is_refused_when_read_back() -> None:
    assert "too large" in _error_message(MoneyError, parse_money, format_money(MAX_FEN + 1))


# --- yuan_to_fen / fen_to_yuan --------------------------------------------------------------


@pytest.mark.parametrize(
    ("yuan", "fen"),
    [
        (Decimal("12.34"), 1234),
        (12, 1200),
        ("12.5", 1250),
        (" 12.50 ", 1250),
        ("-0.01", -1),
        (Decimal("1.500"), 150),
        ("1E+2", 10000),
    ],
)
def test_yuan_to_fen(yuan: object, fen: int) -> None:
    assert yuan_to_fen(yuan) == fen  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("yuan", "reason"),
    [
        (Decimal("0.001"), "too many decimal places"),
        ("abc", "expected a number"),
        ("1,299", "expected a number"),
        ("¥5", "expected a number"),
        ("NaN", "not a finite number"),
        (Decimal("1E+12"), "too large"),
    ],
)
def test_yuan_to_fen_rejects(yuan: object, reason: str) -> None:
    message = _error_message(MoneyError, yuan_to_fen, yuan)
    assert reason in message
    assert _mentions_value(message, yuan)


@pytest.mark.parametrize("value", [1.5, True, None])
def test_yuan_to_fen_refuses_floats_and_others(value: object) -> None:
    with pytest.raises(TypeError):
        yuan_to_fen(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fen", "text"),
    [(1234, "12.34"), (100, "1.00"), (-5, "-0.05"), (0, "0.00"), (MAX_FEN, "100000000000.00")],
)
def test_fen_to_yuan(fen: int, text: str) -> None:
    yuan = fen_to_yuan(fen)
    assert isinstance(yuan, Decimal)
    assert yuan == Decimal(text)
    assert str(yuan) == text


def test_fen_to_yuan_refuses_floats() -> None:
    with pytest.raises(TypeError):
        fen_to_yuan(12.5)  # type: ignore[arg-type]


def test_yuan_fen_round_trip() -> None:
    for fen in ROUND_TRIP_VALUES:
        assert yuan_to_fen(fen_to_yuan(fen)) == fen
        assert yuan_to_fen(str(fen_to_yuan(fen))) == fen


# --- rates ----------------------------------------------------------------------------------

RATES = [
    ("30%", 3000),
    ("30", 3000),  # a bare number is always percent
    ("0.3", 30),
    ("0.3%", 30),
    ("12.5%", 1250),
    ("12.25%", 1225),
    ("12.50%", 1250),
    ("12.500%", 1250),
    ("３０％", 3000),
    ("１２．５％", 1250),
    ("100%", 10000),
    ("0", 0),
    ("0%", 0),
    ("-0%", 0),
    ("+5%", 500),
    ("30 %", 3000),
    (" 30% ", 3000),
    ("\u300030%\u3000", 3000),
    (".5%", 50),
    ("5.%", 500),
    ("0.01%", 1),
    ("007%", 700),
    (30, 3000),
    (Decimal("12.5"), 1250),
    (Decimal("0.3"), 30),
]


@pytest.mark.parametrize(("text", "bp"), RATES)
def test_parse_rate(text: object, bp: int) -> None:
    result = parse_rate(text)  # type: ignore[arg-type]
    assert result == bp
    assert type(result) is int


def test_parse_rate_max_bp() -> None:
    assert parse_rate("150%", max_bp=20000) == 15000
    assert parse_rate("50%", max_bp=5000) == 5000
    message = _error_message(RateError, parse_rate, "50.01%", max_bp=5000)
    assert "at most 50%" in message


RATE_REJECTED = [
    ("", "empty"),
    ("  ", "empty"),
    ("%", "no digits"),
    ("abc", "unexpected character “a”"),
    ("30%%", "unexpected character “%”"),
    ("%30", "unexpected character “%”"),
    ("30‰", "unexpected character “‰”"),  # per mille is not percent
    ("1e2%", "unexpected character “e”"),
    ("1,000%", "unexpected character “,”"),
    ("1.2.3%", "more than one decimal point"),
    ("--5%", "misplaced sign"),
    ("5-%", "misplaced sign"),
    ("3 0%", "unexpected space"),
    ("-5%", "negative"),
    ("\u22125%", "negative"),
    ("-0.01", "negative"),
    (-1, "negative"),
    (Decimal("-1"), "negative"),
    ("12.345%", "too many decimal places"),
    ("0.001", "too many decimal places"),
    ("101%", "at most 100%"),
    ("100.01%", "at most 100%"),
    ("9" * 5000, "at most 100%"),
    (True, "expected a number"),
    (None, "expected a number"),
    (Decimal("NaN"), "not a finite number"),
]


@pytest.mark.parametrize(("text", "reason"), RATE_REJECTED)
def test_parse_rate_rejects_with_reason(text: object, reason: str) -> None:
    message = _error_message(RateError, parse_rate, text)
    assert reason in message
    if reason != "empty" and len(str(text)) < 40:
        assert _mentions_value(message, text), message


def test_parse_rate_refuses_floats() -> None:
    # 0.3 from an Excel percentage cell means 30%, from a number cell 0.3%; the caller decides.
    with pytest.raises(TypeError):
        parse_rate(0.3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("bp", "text"),
    [
        (3000, "30%"),
        (1250, "12.5%"),
        (1225, "12.25%"),
        (5, "0.05%"),
        (10, "0.1%"),
        (0, "0%"),
        (100, "1%"),
        (10000, "100%"),
        (12345, "123.45%"),
        (-1250, "-12.5%"),
    ],
)
def test_format_rate(bp: int, text: str) -> None:
    assert format_rate(bp) == text


def test_rate_round_trip() -> None:
    for bp in range(20001):
        assert parse_rate(format_rate(bp), max_bp=20000) == bp


# --- apply_rate -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fen", "bp", "result"),
    [
        (10000, 5000, 5000),  # ¥100 at 50% is ¥50
        (129900, 600, 7794),
        (12345, 1250, 1543),  # 1543.125 rounds down
        (1, 5000, 1),  # 0.5 fen rounds up
        (-1, 5000, -1),  # and away from zero when negative
        (3, 5000, 2),
        (-3, 5000, -2),
        (12345, 3000, 3704),  # 3703.5
        (-12345, 3000, -3704),
        (1, 4999, 0),
        (-1, 4999, 0),
        (1, 5001, 1),
        (15, -5000, -8),
        (-15, -5000, 8),
        (0, 3000, 0),
        (100, 0, 0),
        (5, 10000, 5),
        (MAX_FEN, 3333, 3333 * 10**9),
        (10**20 + 1, 5000, 5 * 10**19 + 1),  # a float would lose the last fen
    ],
)
def test_apply_rate(fen: int, bp: int, result: int) -> None:
    got = apply_rate(fen, bp)
    assert got == result
    assert type(got) is int


def test_apply_rate_matches_decimal_half_up() -> None:
    rates = [0, 1, 5, 33, 50, 99, 100, 1250, 2500, 3333, 5000, 6667, 9999, 10000, 12345]
    for fen in range(-3000, 3001):
        for bp in rates:
            expected = (Decimal(fen) * bp / 10000).quantize(Decimal(1), rounding=ROUND_HALF_UP)
            assert apply_rate(fen, bp) == int(expected), (fen, bp)


@pytest.mark.parametrize(("fen", "bp"), [(1.5, 100), (100, 12.5), (True, 100), (100, Decimal(5))])
def test_apply_rate_refuses_non_ints(fen: object, bp: object) -> None:
    with pytest.raises(TypeError):
        apply_rate(fen, bp)  # type: ignore[arg-type]


# --- module rules ---------------------------------------------------------------------------


def _error_calls() -> list[ast.Call]:
    tree = ast.parse(Path(money.__file__).read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"MoneyError", "RateError", "error"}
    ]


def test_every_error_message_is_a_literal_lupdate_can_find() -> None:
    calls = _error_calls()
    assert len(calls) >= 15
    for call in calls:
        first = call.args[0]
        assert isinstance(first, ast.Call) and isinstance(first.func, ast.Name), ast.dump(call)
        assert first.func.id == "QT_TRANSLATE_NOOP"
        context, text = first.args
        assert isinstance(context, ast.Constant) and context.value == "core"
        assert isinstance(text, ast.Constant) and isinstance(text.value, str)
        placeholders = {name for _, name, _, _ in string.Formatter().parse(text.value) if name}
        assert placeholders <= {kw.arg for kw in call.keywords}, text.value


def test_money_module_imports_no_qt() -> None:
    code = (
        "import sys, app.core.money\n"
        "qt = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6')]\n"
        "assert not qt, qt\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
