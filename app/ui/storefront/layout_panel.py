"""首页布局: the homepage's modules top to bottom, an editor for one, and the rules' findings, live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem, QMenu, QSplitter, QStyle,
    QToolButton, QVBoxLayout, QWidget,
)

from app.core import storefront_layout as lay
from app.core.errors import UserError
from app.core.storefront import SCREENS, Shop, pick
from app.ui.widgets.common import GREEN, ActionList, show_error, ui_lang
from app.ui.storefront.module_editor import ModuleEditor
from app.ui.storefront.parts import action_button, column, keyed_action

ID = Qt.ItemDataRole.UserRole


class LayoutPanel(QWidget):
    undoable = Signal(str, object)  # what was done, and a callable that undoes it
    checked = Signal(int)  # the number of findings, after every change

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.store = None
        self.shop: Shop | None = None
        self.modules: list[lay.Module] = []
        self.findings: list[lay.Finding] = []
        self.lstModules = ActionList()
        self.lstModules.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.lstModules.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.lstModules.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.lstModules.setIconSize(QSize(16, 16))
        self.lstModules.setSpacing(1)
        self.lstModules.setToolTip(self.tr("The homepage from the top down. Drag a module to move it."))
        self.lstModules.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._save_order))
        self.lstModules.currentItemChanged.connect(lambda *_: self._show_current())
        self._build_actions()
        buttons = QHBoxLayout()
        buttons.addWidget(self.btnAddModule)
        for action in (self.actRemove, self.actUp, self.actDown):
            buttons.addWidget(action_button(action))
        buttons.addStretch(1)
        left = column(QLabel(self.tr("<b>Homepage modules</b>, top to bottom")), (self.lstModules, 1), buttons)

        self.editor = ModuleEditor()
        self.editor.changed.connect(self._update_module)
        self.lblFindings = QLabel(self.tr("<b>Layout check</b>"))
        passed = self.tr("Layout check passed")
        self.lblLayoutOk = QLabel(f'<span style="color:{GREEN}">✓ {passed}</span>')
        self.lstFindings = QListWidget()
        self.lstFindings.setWordWrap(True)
        self.lstFindings.setResizeMode(QListView.ResizeMode.Adjust)
        self.lstFindings.setSpacing(3)
        self.lstFindings.setIconSize(QSize(16, 16))
        self.lstFindings.setToolTip(self.tr("Click a finding to select the modules it is about."))
        self.lstFindings.itemClicked.connect(self._select_modules_of)
        right = column(self.editor, self.lblFindings, self.lblLayoutOk, (self.lstFindings, 1))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter)
        self._show_current()

    def _build_actions(self) -> None:
        def action(text, slot, key) -> QAction:
            return keyed_action(self.lstModules, text, slot, key)

        self.actAdd = action(self.tr("Add module"), lambda: self.add_module("custom", focus=True), "Ins")
        self.actRemove = action(self.tr("Remove"), self.remove_module, "Del")
        self.actUp = action(self.tr("Move up"), lambda: self.move(-1), "Ctrl+Up")
        self.actDown = action(self.tr("Move down"), lambda: self.move(1), "Ctrl+Down")
        self.lstModules.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.mnuKinds = QMenu(self)
        self.kind_actions = {}
        for kind, names in lay.KINDS.items():
            self.kind_actions[kind] = self.mnuKinds.addAction(pick(names, self.lang))
            self.kind_actions[kind].triggered.connect(lambda _checked=False, k=kind: self.add_module(k))
        self.btnAddModule = QToolButton()
        self.btnAddModule.setText(self.tr("Add module"))
        self.btnAddModule.setToolTip(self.tr("Add a module below the selected one (Insert)"))
        self.btnAddModule.setMenu(self.mnuKinds)
        self.btnAddModule.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    # -- loading -------------------------------------------------------------------------
    def set_shop(self, store, shop: Shop | None) -> None:
        self.store, self.shop = store, shop
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        if select_id is None and self.lstModules.currentItem() is not None:
            select_id = self.lstModules.currentItem().data(ID)
        self.modules = lay.list_modules(self.store, self.shop.id) if self.store and self.shop else []
        self.lstModules.blockSignals(True)
        self.lstModules.clear()
        for module in self.modules:
            item = QListWidgetItem(self.row_text(module))
            item.setData(ID, module.id)
            if module.notes:
                item.setToolTip(module.notes)
            self.lstModules.addItem(item)
        self.lstModules.blockSignals(False)
        row = next((n for n, m in enumerate(self.modules) if m.id == select_id), 0 if self.modules else None)
        if row is not None:
            self.lstModules.setCurrentRow(row)
        self._show_current()
        self.refresh_findings()

    def row_text(self, module: lay.Module) -> str:
        parts = [pick(lay.KINDS[module.kind], self.lang), pick(SCREENS[module.screen], self.lang)]
        if module.width:
            parts.append(f"{module.width}px")
        if module.title:
            parts.append(module.title)
        return f"{module.position + 1}. " + " · ".join(parts)

    def current_module(self) -> lay.Module | None:
        row = self.lstModules.currentRow()
        return self.modules[row] if 0 <= row < len(self.modules) else None

    def _show_current(self) -> None:
        module = self.current_module()
        self.editor.show_module(module)
        row = self.lstModules.currentRow()
        self.actRemove.setEnabled(module is not None)
        self.actUp.setEnabled(module is not None and row > 0)
        self.actDown.setEnabled(module is not None and row < len(self.modules) - 1)
        for widget in (self.btnAddModule, self.lstModules):
            widget.setEnabled(self.shop is not None)
        self.actAdd.setEnabled(self.shop is not None)

    # -- the findings --------------------------------------------------------------------
    def refresh_findings(self) -> None:
        self.findings = lay.check_layout(self.modules, self.shop.platform) if self.shop else []
        style = self.style()
        icons = {"error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        self.lstFindings.clear()
        flagged: dict[str, str] = {}
        for finding in self.findings:
            text = lay.finding_text(finding, self.lang, lambda t: QCoreApplication.translate("core", t))
            item = QListWidgetItem(icons[finding.severity], text)
            item.setData(ID, list(finding.module_ids))
            self.lstFindings.addItem(item)
            for module_id in finding.module_ids:
                flagged[module_id] = "error" if finding.severity == "error" else flagged.get(module_id, "warning")
        for row in range(self.lstModules.count()):
            item = self.lstModules.item(row)
            severity = flagged.get(item.data(ID))
            item.setIcon(icons[severity] if severity else self._blank_icon())
        ok = self.shop is not None and not self.findings
        self.lblLayoutOk.setVisible(ok)
        self.lstFindings.setVisible(not ok)
        self.checked.emit(len(self.findings))

    def _blank_icon(self) -> QIcon:
        """Keeps the modules' text aligned whether or not a row has a warning icon."""
        pixmap = QPixmap(self.lstModules.iconSize())
        pixmap.fill(Qt.GlobalColor.transparent)
        return QIcon(pixmap)

    def finding_texts(self) -> list[str]:
        return [self.lstFindings.item(row).text() for row in range(self.lstFindings.count())]

    def _select_modules_of(self, item: QListWidgetItem) -> None:
        ids = set(item.data(ID) or ())
        self.lstModules.clearSelection()
        for row in range(self.lstModules.count()):
            if self.lstModules.item(row).data(ID) in ids:
                self.lstModules.item(row).setSelected(True)

    # -- editing -------------------------------------------------------------------------
    def _try(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except UserError as err:
            show_error(self, err)
            return None

    def add_module(self, kind: str, *, focus: bool = False) -> None:
        if self.shop is None:
            return
        current = self.current_module()
        module = self._try(lay.add_module, self.store, self.shop.id, kind=kind,
                           screen=current.screen if current else 1,
                           index=current.position + 1 if current else None)
        if module is not None:
            self.reload(module.id)
            if focus:
                self.editor.cmbKind.setFocus()

    def remove_module(self) -> None:
        module = self.current_module()
        removed = module and self._try(lay.remove_module, self.store, module.id)
        if not removed:
            return
        self.reload()

        def undo() -> None:
            again = lay.add_module(self.store, removed.shop_id, kind=removed.kind, screen=removed.screen,
                                   width=removed.width, title=removed.title, notes=removed.notes,
                                   index=removed.position)
            if self.shop and self.shop.id == removed.shop_id:
                self.reload(again.id)
        self.undoable.emit(self.tr("Removed the module “{name}”.").format(name=removed.name(self.lang)), undo)

    def move(self, delta: int) -> None:
        module = self.current_module()
        if module is not None and 0 <= module.position + delta < len(self.modules):
            self._try(lay.move_module, self.store, module.id, module.position + delta)
            self.reload(module.id)

    def _update_module(self, change: dict) -> None:
        module = self.current_module()
        if module is not None and self._try(lay.update_module, self.store, module.id, **change):
            self.reload(module.id)

    def _save_order(self) -> None:
        """After a drag: store the order the list now shows (one module moved)."""
        if self.store is None or self.shop is None:
            return
        shown = [self.lstModules.item(row).data(ID) for row in range(self.lstModules.count())]
        stored = [m.id for m in self.modules]
        if shown == stored:
            return
        moved = next((i for i in shown if [x for x in shown if x != i] == [x for x in stored if x != i]), None)
        if moved is not None:
            self._try(lay.move_module, self.store, moved, shown.index(moved))
        else:  # several at once: move each into its place
            for index, module_id in enumerate(shown):
                self._try(lay.move_module, self.store, module_id, index)
        self.reload(moved)
