"""The variants table of an ad test: one row per variant with its label, the nine variables, the
results from the 钻展 report and the metrics computed from them.

Every edited cell is one core call; a refused edit (a negative number, more clicks than
impressions, a label used twice) changes nothing and says why through ``failed``. The cells of
the variables that differ between variants are highlighted: green while the test changes one
variable, red when it changes more and so is not comparable.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView

from app import i18n
from app.core import ad_tests as at
from app.core.errors import UserError
from app.core.money import format_money, parse_money
from app.core.storefront import pick
from app.ui.promotions.ad_test_badge import COLOURS, NOT_COMPARABLE, WINNER
from app.ui.widgets.amount_edit import MoneyEdit
from app.ui.widgets.common import trigger_shortcut, ui_lang

VARIABLE_CODES = tuple(at.VARIABLES)
METRICS = ("ctr", "cpc_fen", "roi", "conversion")
COLUMNS = ("label", *VARIABLE_CODES, *at.RESULTS, *METRICS)
LABEL = 0
FIRST_RESULT = 1 + len(VARIABLE_CODES)
FIRST_METRIC = FIRST_RESULT + len(at.RESULTS)
MONEY = ("cost_fen", "revenue_fen")
EDITABLE = FIRST_METRIC  # the columns before the metrics are edited
_ROLE = Qt.ItemDataRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def column(code: str) -> int:
    return COLUMNS.index(code)


def percent(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.2f}%"


class VariantsModel(QAbstractTableModel):
    edited = Signal(object)  # the AdTest, read again after an edit landed
    failed = Signal(str)  # why an edit was refused, in the user's language

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.store = None
        self.test: at.AdTest | None = None
        self.summary: at.Summary | None = None
        self.names = {"label": self.tr("Variant"), "impressions": self.tr("Impressions"), "clicks": self.tr("Clicks"),
                      "cost_fen": self.tr("Cost"), "favourites": self.tr("Favourites"),
                      "add_to_cart": self.tr("Add to cart"), "orders": self.tr("Orders"),
                      "revenue_fen": self.tr("Revenue"), "ctr": self.tr("CTR"), "cpc_fen": self.tr("CPC"),
                      "roi": self.tr("ROI"), "conversion": self.tr("Conversion"),
                      **{code: pick(name, self.lang) for code, name in at.VARIABLES.items()}}
        self.help = {"label": self.tr("The variant's name: A, B, …"),
                     "ctr": self.tr("CTR = clicks ÷ impressions"), "cpc_fen": self.tr("CPC = cost ÷ clicks"),
                     "roi": self.tr("ROI = revenue ÷ cost"), "conversion": self.tr("Conversion = orders ÷ clicks")}
        self._brushes = {key: QBrush(QColor(COLOURS[key][1])) for key in (WINNER, NOT_COMPARABLE)}
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def variants(self) -> tuple[at.Variant, ...]:
        return self.test.variants if self.test else ()

    def load(self, store, test: at.AdTest | None) -> None:
        self.beginResetModel()
        self.store, self.test = store, test
        self.summary = at.summarise(test, self.lang) if test else None
        self.endResetModel()

    def _changed(self, test: at.AdTest) -> None:
        """The test as it is now: rows added or removed reset the table, else every cell is redrawn
        (one edit can change which columns differ and which row wins)."""
        if len(test.variants) != len(self.variants):
            self.load(self.store, test)
        else:
            self.test, self.summary = test, at.summarise(test, self.lang)
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.edited.emit(test)

    def reread(self) -> None:
        self._changed(at.get_test(self.store, self.test.id))

    # -- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return 0 if parent.isValid() else len(self.variants)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=_ROLE.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        code = COLUMNS[section]
        if role == _ROLE.DisplayRole:  # "单次点击成本(CPC)" on two lines keeps the column narrow
            return self.names[code].replace("(", "\n(")
        if role == _ROLE.ToolTipRole:
            if code in self.help:
                return self.help[code]
            if code in at.VARIABLES:
                return self.tr("Double-click to edit. An A/B test changes one variable only.")
            return self.tr("Double-click to enter the figure from the ad report.")
        if role == _ROLE.FontRole and self.summary and code in self.summary.comparability.varied:
            return self._bold
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() < EDITABLE else flags

    def data(self, index, role=_ROLE.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.variants):
            return None
        variant, code = self.variants[index.row()], COLUMNS[index.column()]
        if role == _ROLE.DisplayRole:
            return self._display(variant, code)
        if role == _ROLE.EditRole and index.column() < EDITABLE:
            return self._edit_text(variant, code)
        if role == _ROLE.TextAlignmentRole and index.column() >= FIRST_RESULT:
            return _RIGHT
        if role == _ROLE.BackgroundRole:
            return self._background(variant, code)
        if role == _ROLE.FontRole and self.summary and variant.id == self.summary.winner_id \
                and code in ("label", "ctr"):
            return self._bold
        if role == _ROLE.ToolTipRole and code in at.VARIABLES:
            varied = self.summary is not None and code in self.summary.comparability.varied
            lines = [variant.variables[code], self.tr("{variable} differs between the variants.").format(
                variable=self.names[code]) if varied else ""]
            return "\n".join(line for line in lines if line) or None
        return None

    def _display(self, variant: at.Variant, code: str) -> str:
        if code == "label":
            winner = self.summary is not None and variant.id == self.summary.winner_id
            return f"{variant.label} ★" if winner else variant.label
        if code in at.VARIABLES:
            return variant.variables[code]
        if code in MONEY or code == "cpc_fen":
            value = getattr(variant, code)
            return "—" if value is None else format_money(value)
        if code in ("ctr", "conversion"):
            return percent(getattr(variant, code))
        if code == "roi":
            return "—" if variant.roi is None else f"{variant.roi:.2f}"
        return f"{getattr(variant, code):,}"

    def _edit_text(self, variant: at.Variant, code: str) -> str:
        if code == "label":
            return variant.label
        if code in at.VARIABLES:
            return variant.variables[code]
        if code in MONEY:
            return format_money(getattr(variant, code), symbol=False, thousands=False, always_decimals=False)
        return str(getattr(variant, code))

    def _background(self, variant: at.Variant, code: str):
        if self.summary is None:
            return None
        if code in self.summary.comparability.varied:
            return self._brushes[WINNER if self.summary.comparability.comparable else NOT_COMPARABLE]
        if variant.id == self.summary.winner_id and code == "ctr":
            return self._brushes[WINNER]
        return None

    def setData(self, index, value, role=_ROLE.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != _ROLE.EditRole or index.column() >= EDITABLE:
            return False
        variant, code = self.variants[index.row()], COLUMNS[index.column()]
        try:
            if code == "label":
                change = {"label": str(value)}
            elif code in at.VARIABLES:
                change = {"variables": {**variant.variables, code: str(value).strip()}}
            else:
                change = {code: self._number(code, value)}
            if all(getattr(variant, name) == new for name, new in change.items()):
                return False  # nothing changed: no write, no new updated_at
            at.update_variant(self.store, variant.id, **change)
        except UserError as err:
            self.failed.emit(i18n.error_text(err))
            return False
        except ValueError:
            self.failed.emit(self.tr("“{text}” is not a whole number.").format(text=value))
            return False
        self.reread()
        return True

    @staticmethod
    def _number(code: str, value) -> int:
        """A result as core stores it: fen for money (元 as typed, or fen from the money editor), else a count."""
        if isinstance(value, int):
            return value
        text = unicodedata.normalize("NFKC", str(value)).strip()
        if code in MONEY:
            return parse_money(text) if text else 0
        return int(text.replace(",", "")) if text else 0


class VariantDelegate(QStyledItemDelegate):
    """Money cells are edited in a MoneyEdit (¥, 元, thousands separators); the rest as text."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's names
        if COLUMNS[index.column()] in MONEY:
            editor = MoneyEdit(parent, placeholder="0", allow_negative=True)  # core says why not
            editor.setFrame(False)
            return editor
        return super().createEditor(parent, option, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, MoneyEdit):
            if editor.error:
                model.failed.emit(editor.error)
            else:
                model.setData(index, editor.value() or 0)
            return
        super().setModelData(editor, model, index)


class VariantsView(QTableView):
    """The label column and ``columns`` of the model; its actions' keys (Del) work while no cell is
    being edited. Two views share one model (and selection): the variables, and the figures."""

    def __init__(self, columns: range, parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setItemDelegate(VariantDelegate(self))
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def fit(self, widest: int = 110, rows: int = 2) -> None:
        """Show only the label and this view's columns, each as wide as its contents up to ``widest``
        (a cell's tooltip shows a long value) and widened alike to fill the view; as tall as the
        variants (at least ``rows``, at most six, then it scrolls)."""
        self.rows = rows
        self.resizeColumnsToContents()
        self.natural = {}
        for section in range(self.horizontalHeader().count()):
            self.setColumnHidden(section, section != LABEL and section not in self.columns)
            if not self.isColumnHidden(section):
                self.natural[section] = min(max(self.columnWidth(section), 56), widest)
        self._spread()

    def _spread(self) -> None:
        natural = getattr(self, "natural", {})
        if not natural:
            return
        total = sum(natural.values())
        room = self.viewport().width()
        scale = max(1.0, room / total)
        for section, width in natural.items():
            self.setColumnWidth(section, int(width * scale))
        shown = max(self.rows, min(self.model().rowCount(), 6))
        scroll = self.horizontalScrollBar().sizeHint().height() if total > room else 0
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
                            + shown * self.verticalHeader().defaultSectionSize() + scroll)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._spread()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.state() != QAbstractItemView.State.EditingState and trigger_shortcut(self, event):
            return
        super().keyPressEvent(event)
