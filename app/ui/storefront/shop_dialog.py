"""Add or edit a shop: name, platform, address. The save happens in the dialog, so a bad
name is explained there and the user can correct it without retyping everything."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit

from app.core.storefront import MAX_NAME, PLATFORMS, Shop, pick
from app.ui.widgets.common import ui_lang
from app.ui.widgets.save_dialog import SaveDialog

SaveShop = Callable[[str, str, str], Shop]  # (name, platform, url) -> the saved shop; raises UserError


class ShopDialog(SaveDialog):
    def __init__(self, saver: SaveShop, shop: Shop | None = None, parent=None) -> None:
        super().__init__(parent)
        self.saver = saver
        self.setWindowTitle(self.tr("Edit shop") if shop else self.tr("Add shop"))
        self.setMinimumWidth(440)
        lang = ui_lang()
        self.edtName = QLineEdit(shop.name if shop else "")
        self.edtName.setMaxLength(MAX_NAME)
        self.edtName.setPlaceholderText(self.tr("e.g. 小林家居旗舰店"))
        self.cmbPlatform = QComboBox()
        for code, names in PLATFORMS.items():
            self.cmbPlatform.addItem(pick(names, lang), code)
        self.cmbPlatform.setCurrentIndex(max(0, self.cmbPlatform.findData(shop.platform if shop else "taobao")))
        self.edtUrl = QLineEdit(shop.url if shop else "")
        self.edtUrl.setPlaceholderText(self.tr("Shop address (optional), e.g. https://xiaolin.tmall.com"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.edtName)
        form.addRow(self.tr("&Platform:"), self.cmbPlatform)
        form.addRow(self.tr("&Address:"), self.edtUrl)
        self.finish(form)

    def save(self) -> Shop:
        return self.saver(self.edtName.text(), self.cmbPlatform.currentData(), self.edtUrl.text())
