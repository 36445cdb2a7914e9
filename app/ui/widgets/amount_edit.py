"""Line edits for money (元) and rates (%): they accept what users type ("¥1,299", "1299元",
"30%", full-width digits), show a red border and the reason while the text is not valid, and
give integer fen or basis points."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from app import i18n
from app.core.errors import UserError
from app.core.money import format_money, format_rate, parse_money, parse_rate

INVALID_STYLE = "QLineEdit { border: 1px solid #d32f2f; background: #fff5f5; }"


class _ParsedEdit(QLineEdit):
    valueChanged = Signal(object)  # the parsed value, or None while the text is empty or invalid

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.error: str | None = None
        self._value: int | None = None
        self.textChanged.connect(self._reparse)

    def _parse(self, text: str) -> int:
        raise NotImplementedError

    def _format(self, value: int) -> str:
        raise NotImplementedError

    def _reparse(self, text: str) -> None:
        value, error = None, None
        if text.strip():
            try:
                value = self._parse(text)
            except UserError as exc:
                error = i18n.error_text(exc)
        self._value, self.error = value, error
        self.setStyleSheet(INVALID_STYLE if error else "")
        self.setToolTip(error or "")
        self.valueChanged.emit(value)

    def value(self) -> int | None:
        """Fen or basis points; None while empty or invalid (``error`` then says why)."""
        return self._value

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else self._format(value))


class MoneyEdit(_ParsedEdit):
    """An amount in 元; ``value()`` is fen."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "", allow_negative: bool = False) -> None:
        self.allow_negative = allow_negative
        super().__init__(parent, placeholder=placeholder)

    def _parse(self, text: str) -> int:
        return parse_money(text, allow_negative=self.allow_negative)

    def _format(self, value: int) -> str:
        return format_money(value, symbol=False, thousands=False, always_decimals=False)


class RateEdit(_ParsedEdit):
    """A percentage; ``value()`` is basis points (30% = 3000)."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "", max_bp: int = 10000) -> None:
        self.max_bp = max_bp
        super().__init__(parent, placeholder=placeholder)

    def _parse(self, text: str) -> int:
        return parse_rate(text, max_bp=self.max_bp)

    def _format(self, value: int) -> str:
        return format_rate(value)
