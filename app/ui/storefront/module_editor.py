"""The editor for the homepage module selected in the layout: kind, screen, width, title, notes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit

from app.core import storefront_layout as lay
from app.core.storefront import MAX_TITLE, SCREENS, pick
from app.ui.widgets.common import ui_lang


class ModuleEditor(QGroupBox):
    changed = Signal(dict)  # the fields to change, as update_module takes them

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Selected module"))
        lang = ui_lang()
        self.module: lay.Module | None = None
        self.cmbKind = QComboBox()
        for kind, names in lay.KINDS.items():
            self.cmbKind.addItem(pick(names, lang), kind)
        self.cmbScreen = QComboBox()
        for screen, names in SCREENS.items():
            self.cmbScreen.addItem(pick(names, lang), screen)
        self.cmbWidth = QComboBox()
        self.cmbWidth.addItem("—", 0)
        for width, label in zip(lay.WIDTHS, (self.tr("side column"), self.tr("main column"), self.tr("full width")),
                                strict=True):
            self.cmbWidth.addItem(f"{width}px ({label})", width)
        self.cmbWidth.setToolTip(self.tr("Taobao and Tmall shops (旺铺) allow some modules only at some widths; "
                                         "the layout check says which. Other platforms are not checked."))
        self.edtTitle = QLineEdit()
        self.edtTitle.setMaxLength(MAX_TITLE)
        self.edtTitle.setPlaceholderText(self.tr("e.g. 双11主海报"))
        self.edtNotes = QLineEdit()
        self.edtNotes.setPlaceholderText(self.tr("Notes for the designer"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind:"), self.cmbKind)
        form.addRow(self.tr("S&creen:"), self.cmbScreen)
        form.addRow(self.tr("&Width:"), self.cmbWidth)
        form.addRow(self.tr("&Title:"), self.edtTitle)
        form.addRow(self.tr("N&otes:"), self.edtNotes)
        self.cmbKind.currentIndexChanged.connect(lambda _i: self._emit(kind=self.cmbKind.currentData()))
        self.cmbScreen.currentIndexChanged.connect(lambda _i: self._emit(screen=self.cmbScreen.currentData()))
        self.cmbWidth.currentIndexChanged.connect(lambda _i: self._emit(width=self.cmbWidth.currentData() or None))
        self.edtTitle.editingFinished.connect(lambda: self._emit(title=self.edtTitle.text()))
        self.edtNotes.editingFinished.connect(lambda: self._emit(notes=self.edtNotes.text()))

    def show_module(self, module: lay.Module | None) -> None:
        self.module = None  # no change signals while the fields are filled in
        self.setEnabled(module is not None)
        self.cmbKind.setCurrentIndex(max(0, self.cmbKind.findData(module.kind)) if module else -1)
        self.cmbScreen.setCurrentIndex(max(0, self.cmbScreen.findData(module.screen)) if module else -1)
        self.cmbWidth.setCurrentIndex(max(0, self.cmbWidth.findData(module.width or 0)) if module else -1)
        self.edtTitle.setText(module.title if module else "")
        self.edtNotes.setText(module.notes if module else "")
        self.module = module

    def _emit(self, **change) -> None:
        if self.module is None:
            return
        old = {"kind": self.module.kind, "screen": self.module.screen, "width": self.module.width,
               "title": self.module.title, "notes": self.module.notes}
        if any(old[key] != (value.strip() if isinstance(value, str) else value) for key, value in change.items()):
            self.changed.emit(change)
