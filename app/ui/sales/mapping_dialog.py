"""Choose by hand which column of an export holds which field, for a layout we do not know.
OK remembers the choice under the header's signature, so the next file with the same header
imports without asking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from app.core.importing import columns
from app.ui.widgets.save_dialog import SaveDialog


class MappingDialog(SaveDialog):
    def __init__(self, store, header: list[str], *, fields: dict = columns.ORDER_FIELDS, kind: str = "orders",
                 parent=None) -> None:
        super().__init__(parent)
        self.store, self.header, self.fields, self.kind = store, list(header), fields, kind
        self.setWindowTitle(self.tr("Choose the columns"))
        form = QFormLayout()
        intro = QLabel(self.tr("This file's columns have names we do not know. Choose the column that holds "
                               "each field; fields marked * are required. The choice is remembered for files "
                               "with the same columns."))
        intro.setWordWrap(True)
        form.addRow(intro)
        guess = columns.match_header(self.header, fields).mapping
        self.combos: dict[str, QComboBox] = {}
        for field, (label, required, _aliases) in fields.items():
            combo = QComboBox()
            combo.addItem(self.tr("(not in this file)"), None)
            for cell in self.header:
                if cell:
                    combo.addItem(cell, cell)
            if field in guess:
                combo.setCurrentIndex(max(0, combo.findData(guess[field])))
            combo.setObjectName(f"cmb_{field}")
            self.combos[field] = combo
            text = QCoreApplication.translate("core", label)
            form.addRow(text + (" *" if required else ""), combo)
        self.finish(form)

    def mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData()}

    def accept(self) -> None:
        mapping = self.mapping()
        missing = [QCoreApplication.translate("core", label)
                   for f, (label, required, _a) in self.fields.items() if required and f not in mapping]
        if missing:
            self.lblError.setText(self.tr("Choose a column for: {names}").format(names="、".join(missing)))
            self.lblError.show()
            return
        super().accept()

    def save(self):
        mapping = self.mapping()
        columns.save_mapping(self.store, self.header, mapping, self.kind)
        return mapping

    @classmethod
    def choose(cls, store, header, parent=None, *, fields: dict = columns.ORDER_FIELDS, kind: str = "orders"):
        """The mapping chosen (and saved), or None when cancelled."""
        dialog = cls(store, header, fields=fields, kind=kind, parent=parent)
        dialog.exec()
        return dialog.saved if dialog.result() == SaveDialog.DialogCode.Accepted else None

