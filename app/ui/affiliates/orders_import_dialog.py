"""Import an affiliate order report (推广订单明细): the sales import dialog (read in a worker,
preview with encoding, row errors and "good rows only", import in a worker with a progress dialog
that can cancel) with the affiliate report's reader, columns, mapping kind and importer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from app.core.importing.affiliate_orders import (
    AFFILIATE_ORDER_FIELDS, KIND as AFFILIATE_ORDERS_KIND, AffiliateOrderFile, import_affiliate_orders, read_affiliate_orders,
)
from app.core.money import format_money, format_rate
from app.ui.sales.import_dialog import ImportDialog

PREVIEW_FIELDS = ("order_id", "title", "paid", "rate", "commission", "status", "created_at", "nick", "pid", "media")


class AffiliateOrdersImportDialog(ImportDialog):
    FIELDS = AFFILIATE_ORDER_FIELDS
    KIND = AFFILIATE_ORDERS_KIND

    def __init__(self, store, path, parent=None) -> None:
        super().__init__(store, path, parent)
        self.setWindowTitle(self.tr("Import affiliate orders"))

    def read(self, path, encoding, mapping, progress) -> AffiliateOrderFile:
        return read_affiliate_orders(path, encoding=encoding, mapping=mapping)

    def import_file(self, store, order_file, good_rows_only, progress):
        return import_affiliate_orders(store, order_file, good_rows_only=good_rows_only, progress=progress)

    def preview_fields(self, order_file) -> list[str]:
        return [k for k in PREVIEW_FIELDS if k in order_file.mapping]

    def preview_values(self, o) -> dict[str, str]:
        return {"order_id": f"{o.order_id} {o.sub_order_id}".strip(), "title": o.title,
                "paid": format_money(o.paid_fen), "commission": format_money(o.commission_fen),
                "rate": "" if o.rate_bp is None else format_rate(o.rate_bp), "status": o.status_text,
                "created_at": o.created_at.replace("T", " "), "nick": o.nick, "pid": o.pid, "media": o.media}

    def _show_file(self, order_file) -> None:
        super()._show_file(order_file)
        if order_file is not None:
            self.tblRows.resizeColumnsToContents()

    @classmethod
    def run(cls, store, parent, path: str | None = None):
        """Ask for a file (when ``path`` is None), preview and import it; the result, or None."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                parent, QCoreApplication.translate("AffiliateOrdersImportDialog", "Import affiliate orders"), "",
                QCoreApplication.translate("AffiliateOrdersImportDialog", "Affiliate order reports (*.csv *.xlsx)"))
            if not path:
                return None
        dialog = cls(store, path, parent)
        dialog.exec()
        dialog.setParent(None)  # not kept as a hidden child of the page: freed with the last reference
        return dialog.result_
