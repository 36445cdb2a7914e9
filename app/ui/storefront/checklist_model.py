"""The checklist table: one row per item of a shop's checklist, with its state in the current review."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from app.core import storefront_reviews as reviews
from app.core.errors import UserError
from app.core.storefront import SCREENS, STATUSES, group_name, pick
from app.core.storefront_reviews import STALE_DAYS, ItemState
from app.ui.settings import staff_name
from app.ui.widgets.common import AMBER, ui_lang

GROUP, TITLE, STATUS, SCREEN, NOTES, CHECKED, SHOT = range(7)
EDITABLE = (STATUS, SCREEN, NOTES)
STATUS_ORDER = ("todo", "doing", "done", "na")  # keys 1-4
NEXT_STATUS = {"todo": "doing", "doing": "done", "done": "todo", "na": "todo"}  # Space
REQUIRED_MARK = "★ "
_ROLE = Qt.ItemDataRole


class ChecklistModel(QAbstractTableModel):
    edited = Signal()  # a state changed in the database: progress needs redrawing
    failed = Signal(object)  # a UserError from core, for the view to show

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.store = None
        self.shop_id: str | None = None
        self.states: list[ItemState] = []
        self._amber = QBrush(QColor(AMBER))
        self._grey = QBrush(QColor("#888888"))
        self._bold = QFont()
        self._bold.setBold(True)
        self._shot_icon = None

    # -- loading -------------------------------------------------------------------------
    def load(self, store, shop_id: str | None, *, include_hidden: bool = False) -> None:
        self.beginResetModel()
        self.store, self.shop_id = store, shop_id
        self.states = (reviews.checklist(store, shop_id, include_hidden=include_hidden)
                       if store is not None and shop_id else [])
        self.endResetModel()

    def state(self, row: int) -> ItemState:
        return self.states[row]

    def row_of(self, item_id: str) -> int | None:
        return next((row for row, s in enumerate(self.states) if s.item.id == item_id), None)

    def shown_states(self) -> list[ItemState]:
        """The states progress counts: hidden items do not."""
        return [s for s in self.states if not s.item.hidden]

    def groups(self) -> dict[str, str]:
        """Group key -> name, of the items listed, in their order."""
        return {s.item.group: group_name(s.item.group, self.lang) for s in self.states}

    # -- writing -------------------------------------------------------------------------
    def set_state(self, rows: list[int], **change) -> bool:
        """Apply ``change`` (status=, screen=, notes=) to ``rows`` through core; False on an error."""
        try:
            for row in rows:
                new = reviews.set_state(self.store, self.shop_id, self.states[row].item.id,
                                        staff=staff_name(), **change)
                self.states[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, SHOT))
        except UserError as err:
            self.failed.emit(err)
            return False
        finally:
            if rows:
                self.edited.emit()
        return True

    def set_screenshot_flag(self, row: int, present: bool) -> None:
        self.states[row] = replace(self.states[row], has_screenshot=present)
        self.dataChanged.emit(self.index(row, SHOT), self.index(row, SHOT))

    # -- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return 0 if parent.isValid() else len(self.states)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else SHOT + 1

    def headerData(self, section, orientation, role=_ROLE.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= SHOT:
            return None
        if role == _ROLE.DisplayRole:
            return (self.tr("Group"), self.tr("Checklist item"), self.tr("Status"), self.tr("Screen"),
                    self.tr("Notes"), self.tr("Last checked"), self.tr("Screenshot"))[section]
        if role == _ROLE.ToolTipRole:
            return self._help(section)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else flags

    def data(self, index, role=_ROLE.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.states):
            return None
        state, column = self.states[index.row()], index.column()
        if role == _ROLE.DisplayRole:
            return self._display(state, column)
        if role == _ROLE.EditRole:
            return {STATUS: state.status, SCREEN: state.screen or 0, NOTES: state.notes}.get(column)
        if role == _ROLE.ToolTipRole:
            return self._tooltip(state, column)
        if role == _ROLE.BackgroundRole and state.stale and not state.item.hidden:
            return self._amber
        if role == _ROLE.ForegroundRole and state.item.hidden:
            return self._grey
        if role == _ROLE.FontRole and column == TITLE and state.item.required:
            return self._bold
        if role == _ROLE.DecorationRole and column == SHOT and state.has_screenshot:
            return self._screenshot_icon()
        return None

    def setData(self, index, value, role=_ROLE.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != _ROLE.EditRole or index.column() not in EDITABLE:
            return False
        state = self.states[index.row()]
        if index.column() == STATUS:
            if value not in STATUSES:
                return False
            return self.set_state([index.row()], status=value)
        if index.column() == SCREEN:
            screen = value if value in SCREENS else None
            return screen != state.screen and self.set_state([index.row()], screen=screen)
        notes = str(value or "")
        return notes.strip() != state.notes and self.set_state([index.row()], notes=notes)

    # -- what the cells say --------------------------------------------------------------
    def _display(self, state: ItemState, column: int) -> str:
        if column == GROUP:
            return group_name(state.item.group, self.lang)
        if column == TITLE:
            title = (REQUIRED_MARK if state.item.required else "") + state.item.title(self.lang)
            return self.tr("{title} (hidden)").format(title=title) if state.item.hidden else title
        if column == STATUS:
            return pick(STATUSES[state.status], self.lang)
        if column == SCREEN:
            return pick(SCREENS[state.screen], self.lang) if state.screen else "—"
        if column == NOTES:
            return state.notes
        if column == CHECKED:
            return f"{state.checked_at.isoformat()} {state.checked_by}".strip() if state.checked_at else ""
        return self.tr("Yes") if state.has_screenshot else ""

    def _tooltip(self, state: ItemState, column: int) -> str | None:
        parts = []
        if column == TITLE:
            parts += [state.item.title(self.lang), state.item.reason(self.lang)]  # the title: when cut short
            if state.item.required:
                parts.append(self.tr("★ Required module: counts {weight} times in the score.").format(
                    weight=reviews.REQUIRED_WEIGHT))
        elif column in (STATUS, SCREEN, NOTES, SHOT):
            parts.append(self._help(column))
        if state.stale and not state.item.hidden:
            parts.append(self._stale_reason(state))
        return "\n\n".join(p for p in parts if p) or None

    def _stale_reason(self, state: ItemState) -> str:
        if state.status == "todo":
            return self.tr("Stale: not done yet, so it needs checking.")
        if state.checked_at is None:
            return self.tr("Stale: never checked.")
        return self.tr("Stale: last checked on {date}, more than {days} days ago.").format(
            date=state.checked_at.isoformat(), days=STALE_DAYS)

    def _help(self, column: int) -> str | None:
        if column == STATUS:
            return self.tr("Space: To do → In progress → Done. Keys 1–4: To do, In progress, Done, "
                           "Not applicable. Double-click to choose.")
        if column == SCREEN:
            return self.tr("Where on the page the module is: screen 1, 2, 3 or below. Double-click to choose.")
        if column == NOTES:
            return self.tr("Double-click or press F2 to write a note.")
        if column == SHOT:
            return self.tr("Ctrl+V pastes a screenshot onto the selected item, or drop an image file on a row. "
                           "Double-click to view it.")
        return None

    def _screenshot_icon(self):
        if self._shot_icon is None:
            self._shot_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        return self._shot_icon
