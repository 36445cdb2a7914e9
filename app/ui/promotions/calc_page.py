"""The page base of the price calculator (TacticPage): a form whose every change recomputes the
result, with each invalid field's reason beside it; and the small input widgets pages use.

TacticPage holds no visible text of its own: each page passes its texts in, translated in
its own class (the translation context is the class name).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QTimeEdit, QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.errors import UserError
from app.core.price_tactics import Item
from app.ui.promotions.calc_widgets import red_label, say
from app.ui.widgets.amount_edit import MoneyEdit, RateEdit

FIELD_WIDTH = 130
# The signal that says a field changed, by the field's type (the first that matches).
CHANGE_SIGNALS = ((MoneyEdit, "valueChanged"), (RateEdit, "valueChanged"), (QLineEdit, "textChanged"),
                  (QSpinBox, "valueChanged"), (QDateEdit, "dateChanged"), (QTimeEdit, "timeChanged"),
                  (QCheckBox, "toggled"), (QComboBox, "currentIndexChanged"))


def date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def time_edit(hour: int, minute: int) -> QTimeEdit:
    edit = QTimeEdit(QTime(hour, minute))
    edit.setDisplayFormat("HH:mm")
    return edit


def spin_box(value: int, highest: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, highest)
    box.setValue(value)
    box.setMinimumWidth(110)
    return box


class FieldError(Exception):
    """A field's text is not valid; ``text`` is the reason, already in the user's language."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class TacticPage(QWidget):
    """A page of the calculator: a form whose every change recomputes the result at once.

    Subclasses build their fields with ``field()``, their results in ``results``, and implement
    ``compute()`` (read the fields, call the core, show) and ``clear_result()``. A bad field
    shows its reason beside it; a core error shows in ``lblError``; either clears the result.
    """

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Item | None = None
        self._ready = False  # no recomputing while the subclass is still building its widgets
        self.lblTitle = QLabel(title)
        font = self.lblTitle.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.lblTitle.setFont(font)
        self.lblIntro = QLabel(intro)
        self.lblIntro.setWordWrap(True)
        self.lblIntro.setStyleSheet("color: #555")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.lblError = red_label()
        self.results = QVBoxLayout()
        self.field_errors: list[tuple[list, QLabel]] = []  # a row's amount edits, the label for their reason
        layout = QVBoxLayout(self)
        layout.addWidget(self.lblTitle)
        layout.addWidget(self.lblIntro)
        layout.addLayout(self.form)
        layout.addWidget(self.lblError)
        layout.addLayout(self.results)
        layout.addStretch(1)

    def field(self, label: str, widget: QWidget, text: str | None = None, *, extra: tuple = ()):
        """Add a form row: ``widget`` (with ``text`` typed in) and the ``extra`` widgets after it, then
        the reason beside them while one of their amounts is not valid. Changes recompute."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        edits = []
        for part in (widget, *extra):
            row.addWidget(part)
            self.watch(part)
            if isinstance(part, (MoneyEdit, RateEdit)):
                part.setFixedWidth(FIELD_WIDTH)
                edits.append(part)
        if text is not None:
            widget.setText(text)
        if edits:
            error = red_label()
            row.addWidget(error, 3)
            self.field_errors.append((edits, error))
        row.addStretch(1)
        self.form.addRow(label, row)
        return widget

    def watch(self, *widgets: QWidget) -> None:
        """Recompute whenever one of ``widgets`` changes."""
        for widget in widgets:
            signal = next((name for kind, name in CHANGE_SIGNALS if isinstance(widget, kind)), None)
            if signal is not None:
                getattr(widget, signal).connect(self.recalc)

    def set_item(self, item: Item | None) -> None:
        self.item, self._ready = item, True
        self.recalc()

    def product_chosen(self, item: Item) -> None:
        """A product was picked: pages whose defaults depend on its price reset them here."""

    @staticmethod
    def amount(edit, empty: int | None = 0) -> int | None:
        """The field's fen or basis points, ``empty`` when it is blank; FieldError when invalid."""
        if edit.error:
            raise FieldError(edit.error)
        value = edit.value()
        return empty if value is None else value

    def recalc(self, *_args) -> None:
        if not self._ready:
            return
        invalid = False
        for edits, label in self.field_errors:  # a hidden field (not in use) does not count
            reason = next((e.error for e in edits if e.error and not e.isHidden()), "")
            say(label, reason)
            invalid = invalid or bool(reason)
        error = ""
        if self.item is None or invalid:
            self.clear_result()
        else:
            try:
                self.compute()
            except FieldError as err:
                error = err.text
            except UserError as err:
                error = i18n.error_text(err)
            if error:
                self.clear_result()
        say(self.lblError, error)

    def compute(self) -> None:
        raise NotImplementedError

    def clear_result(self) -> None:
        raise NotImplementedError
