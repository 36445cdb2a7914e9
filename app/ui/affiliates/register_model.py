"""The register's table: every matching affiliate, filtered and sorted in SQL.

Rows are read in blocks of ``BLOCK`` as they scroll into view (a few dozen blocks are kept),
so 100,000 affiliates open and sort as fast as 100. Two ways to know the rows, whichever
costs SQLite less (measured in benchmarks/affiliates.py):

- paged, when no filter reads every row: a count (off an index) and each block by
  LIMIT/OFFSET. Sorting 100,000 rows by an unindexed column is then a top-N, not a full sort
  whose 100,000 rowids Python would also have to receive.
- by rowids, for a search and the other filters that scan the table anyway: one query gives
  every matching rowid in order (its length is the count), and blocks are read by rowid.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.core import affiliate_query as query
from app.core.affiliate_codes import KINDS, STATUSES
from app.core.affiliate_query import AffiliateFilter, Row
from app.core.money import format_money
from app.core.records import pick
from app.ui.widgets.common import ui_lang

# The follow-up date and the sales figures come first after who they are, so they are in view
# beside the detail pane; the contacts follow (WeChat and phone hidden until asked for).
(NAME, NICKNAME, KIND, STATUS, DUE, ORDERS, PAID, COMMISSION, LAST_ORDER, REGION, QQ, WECHAT, PHONE,
 TAGS) = range(14)
COLUMNS = TAGS + 1
SORT_KEYS = {NAME: "name", NICKNAME: "nickname", KIND: "kind", STATUS: "status", REGION: "region", QQ: "qq",
             WECHAT: "wechat", PHONE: "phone", ORDERS: "orders", PAID: "paid", COMMISSION: "commission",
             LAST_ORDER: "last_order", DUE: "due"}
NUMERIC = (ORDERS, PAID, COMMISSION)
BLOCK, KEEP_BLOCKS = 100, 40
# Follow-up due dates, coloured like a CRM as the follow-up log colours them: (text, background).
OVERDUE, TODAY, LATER = ("#b71c1c", "#fbd5d5"), ("#7a5600", "#fff1b8"), ("#1b5e20", "#d9f2dc")
PRIVATE_FEE_RED = "#b00020"
_PLAIN = {NICKNAME: "nickname", QQ: "qq", WECHAT: "wechat", PHONE: "phone", TAGS: "tags"}
_ROLE = Qt.ItemDataRole
ID_ROLE = _ROLE.UserRole


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.store = None
        self.filter = AffiliateFilter()
        self.sort_column, self.descending = NAME, False
        self.today: date | None = None  # None: the real today, read at each load
        self.rowids: list[int] | None = None  # every matching rowid in order, when known
        self.total = 0
        self._blocks: OrderedDict[int, list[Row | None]] = OrderedDict()
        self._lang = ui_lang()
        self._brushes = {name: (QBrush(QColor(fg)), QBrush(QColor(bg)))
                         for name, (fg, bg) in (("overdue", OVERDUE), ("today", TODAY), ("later", LATER))}
        self._red = QBrush(QColor(PRIVATE_FEE_RED))

    # -- loading -------------------------------------------------------------------------
    def load(self, store=None, flt: AffiliateFilter | None = None) -> None:
        """Run the query again; ``store`` and ``flt`` change only when given."""
        self.beginResetModel()
        if store is not None:
            self.store = store
        if flt is not None:
            self.filter = flt
        self._blocks.clear()
        self._lang = ui_lang()
        self.rowids, self.total = None, 0
        if self.store is not None:
            if query.needs_scan(self.filter):
                self.rowids = query.ordered_rowids(self.store, self.filter, *self._order(), today=self.day())
                self.total = len(self.rowids)
            else:
                self.total = query.count_affiliates(self.store, self.filter, today=self.day())
        self.endResetModel()

    def _order(self) -> tuple[str, bool]:
        return SORT_KEYS[self.sort_column], self.descending

    def day(self) -> date:
        return self.today or date.today()

    def forget_rows(self) -> None:
        """Read the shown rows again (after an edit) without running the query again."""
        self._blocks.clear()
        if self.total:
            self.dataChanged.emit(self.index(0, 0), self.index(self.total - 1, COLUMNS - 1))

    def row(self, row: int) -> Row | None:
        if not 0 <= row < self.total:
            return None
        number = row // BLOCK
        block = self._blocks.get(number)
        if block is None:
            block = self._blocks[number] = self._read_block(number)
            while len(self._blocks) > KEEP_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block[row % BLOCK] if row % BLOCK < len(block) else None

    def _read_block(self, number: int) -> list[Row | None]:
        if self.rowids is None:
            return query.list_affiliates(self.store, self.filter, *self._order(), limit=BLOCK, offset=number * BLOCK,
                                         today=self.day())
        rowids = self.rowids[number * BLOCK:(number + 1) * BLOCK]
        found = {r.rowid: r for r in query.rows_for(self.store, rowids)}
        return [found.get(rowid) for rowid in rowids]

    def affiliate_id(self, row: int) -> str | None:
        found = self.row(row)
        return found.id if found else None

    def row_of(self, affiliate_id: str, *, exhaustive: bool = True) -> int | None:
        """The row showing this affiliate, or None when the filter hides it. Paged, the rows
        read so far are looked at first; ``exhaustive`` then asks for the whole order (one
        query), else gives up."""
        if self.store is None or not self.total:
            return None
        self.row(0)
        for number, block in self._blocks.items():
            for offset, found in enumerate(block):
                if found is not None and found.id == affiliate_id:
                    return number * BLOCK + offset
        if self.rowids is None:
            if not exhaustive or not query.matches(self.store, self.filter, affiliate_id, today=self.day()):
                return None
            self.rowids = query.ordered_rowids(self.store, self.filter, *self._order(), today=self.day())
        found = self.store.conn.execute("SELECT rowid FROM affiliates WHERE id = ?", (affiliate_id,)).fetchone()
        try:
            return self.rowids.index(found[0]) if found else None
        except ValueError:
            return None

    def listed_ids(self) -> list[str]:
        """Every affiliate the list holds, in its order (for exporting what is shown)."""
        if self.store is None:
            return []
        return query.matching_ids(self.store, self.filter, *self._order(), today=self.day())

    # -- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=_ROLE.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == _ROLE.DisplayRole:
            return self.titles()[section]
        if role == _ROLE.ToolTipRole:
            if section == DUE:
                return self.tr("Red: overdue; yellow: due today; green: later. Click to sort.")
            if section in SORT_KEYS:
                return self.tr("Click to sort")
        if role == _ROLE.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Nickname"), self.tr("Type"), self.tr("Status"), self.tr("Next follow-up"),
                self.tr("Orders"), self.tr("Promoted sales"), self.tr("Commission"), self.tr("Last order"),
                self.tr("Region"), "QQ", self.tr("WeChat"), self.tr("Phone"), self.tr("Tags"))

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=_ROLE.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        if role == _ROLE.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column in NUMERIC else None
        if role not in (_ROLE.DisplayRole, _ROLE.ForegroundRole, _ROLE.BackgroundRole, _ROLE.ToolTipRole, ID_ROLE):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == _ROLE.DisplayRole:
            return self._display(row, column)
        if role == ID_ROLE:
            return row.id
        if column == DUE and row.due_on and role in (_ROLE.ForegroundRole, _ROLE.BackgroundRole):
            fg, bg = self._brushes[self.due_state(row.due_on)]
            return fg if role == _ROLE.ForegroundRole else bg
        if column == NAME and row.private_fee and role == _ROLE.ForegroundRole:
            return self._red
        if column == NAME and role == _ROLE.ToolTipRole:
            notes = [self.tr("Big affiliate (大客户)")] if row.vip else []
            if row.private_fee:
                notes.append(self.tr("Has taken private fees: against the platform's settlement rules"))
            return "\n".join(notes) or None
        if column == DUE and role == _ROLE.ToolTipRole and row.due_on:
            return {"overdue": self.tr("Overdue"), "today": self.tr("Due today"),
                    "later": self.tr("Planned")}[self.due_state(row.due_on)]
        return None

    def due_state(self, due_on: str) -> str:
        today = self.day().isoformat()
        return "overdue" if due_on < today else "today" if due_on == today else "later"

    def _display(self, row: Row, column: int) -> str:
        if column == NAME:
            return ("★ " if row.vip else "") + row.name + (" ⚠" if row.private_fee else "")
        if column == KIND:
            return pick(KINDS.get(row.kind, KINDS["other"]), self._lang)
        if column == STATUS:
            return pick(STATUSES[row.status], self._lang) if row.status in STATUSES else row.status
        if column == REGION:
            return " ".join(p for p in (row.province, row.city if row.city != row.province else "") if p)
        if column in NUMERIC:
            if not row.orders and not row.paid_fen:
                return ""
            return str(row.orders) if column == ORDERS else format_money(
                row.paid_fen if column == PAID else row.commission_fen)
        if column == LAST_ORDER:
            return row.last_order_on or ""
        if column == DUE:
            return row.due_on or ""
        return getattr(row, _PLAIN[column])

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by a sortable column; others (tags) are ignored."""
        if column not in SORT_KEYS:
            return
        self.sort_column, self.descending = column, order == Qt.SortOrder.DescendingOrder
        self.load()
