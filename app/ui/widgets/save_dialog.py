"""The frame of a form dialog (the storefront's shop and item, a product): OK saves through
core, and a refusal is shown in the dialog, which stays open so nothing typed is lost. No text
of its own (translations are looked up by the class that calls tr)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from app import i18n
from app.core.errors import UserError


class SaveDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.saved = None  # what the save returned
        self.lblError = QLabel()
        self.lblError.setStyleSheet("color: #b00020")
        self.lblError.setWordWrap(True)
        self.lblError.hide()

    def finish(self, form: QFormLayout) -> None:
        """Lay out ``form``, the error line and OK / Cancel."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.btnOk = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lblError)
        layout.addWidget(buttons)

    def save(self):
        """Save what the form holds through core and return it; raise UserError to refuse."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved = self.save()
        except UserError as err:
            self.lblError.setText(i18n.error_text(err))
            self.lblError.show()
            return
        super().accept()

    @classmethod
    def run(cls, parent, *args, **kwargs):
        """Show the dialog; what was saved, or None when cancelled."""
        dialog = cls(*args, parent=parent, **kwargs)
        dialog.exec()
        return dialog.saved if dialog.result() == QDialog.DialogCode.Accepted else None
