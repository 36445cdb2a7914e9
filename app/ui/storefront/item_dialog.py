"""Add one of the user's own checklist items, or edit an item (a built-in one only changes group)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit

from app.core.storefront import CUSTOM_GROUP, MAX_TITLE, ChecklistItem, group_name
from app.ui.widgets.common import ui_lang
from app.ui.widgets.save_dialog import SaveDialog

# (title, reason, group, this shop only) -> the saved item; raises UserError
SaveItem = Callable[[str, str, str, bool], ChecklistItem]


class ItemDialog(SaveDialog):
    def __init__(self, saver: SaveItem, groups: dict[str, str], item: ChecklistItem | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.saver = saver
        lang = ui_lang()
        self.setWindowTitle(self.tr("Edit checklist item") if item else self.tr("Add checklist item"))
        self.setMinimumWidth(480)
        self.edtTitle = QLineEdit(item.title(lang) if item else "")
        self.edtTitle.setMaxLength(MAX_TITLE)
        self.edtTitle.setPlaceholderText(self.tr("What to check, e.g. 详情页首屏放买家秀"))
        self.edtReason = QPlainTextEdit(item.reason(lang) if item else "")
        self.edtReason.setPlaceholderText(self.tr("Why it matters (shown as the item's tooltip)"))
        self.edtReason.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.cmbGroup = QComboBox()
        self.cmbGroup.setEditable(True)
        self.cmbGroup.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        groups = {CUSTOM_GROUP: group_name(CUSTOM_GROUP, lang), **groups}
        for key, name in groups.items():
            self.cmbGroup.addItem(name, key)
        self.cmbGroup.setCurrentIndex(max(0, self.cmbGroup.findData(item.group if item else CUSTOM_GROUP)))
        self.cmbGroup.setToolTip(self.tr("Choose a group or type the name of a new one."))
        self.chkThisShop = QCheckBox(self.tr("Only on this shop's checklist"))
        if item is not None:
            builtin = item.builtin
            self.edtTitle.setReadOnly(builtin)
            self.edtReason.setReadOnly(builtin)
            self.chkThisShop.setChecked(item.shop_id is not None)
            self.chkThisShop.setEnabled(False)
            if builtin:
                self.edtTitle.setToolTip(self.tr("A built-in item's text cannot be changed; its group can."))
        form = QFormLayout()
        form.addRow(self.tr("&Item:"), self.edtTitle)
        form.addRow(self.tr("&Why:"), self.edtReason)
        form.addRow(self.tr("&Group:"), self.cmbGroup)
        form.addRow("", self.chkThisShop)
        self.finish(form)

    def group(self) -> str:
        """The chosen group's key, or the name typed for a new group."""
        text = self.cmbGroup.currentText().strip()
        found = self.cmbGroup.findText(text)
        return self.cmbGroup.itemData(found) if found >= 0 else text

    def save(self) -> ChecklistItem:
        return self.saver(self.edtTitle.text(), self.edtReason.toPlainText(), self.group(),
                          self.chkThisShop.isChecked())
