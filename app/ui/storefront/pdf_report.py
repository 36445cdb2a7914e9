"""A shop's checklist and homepage layout, with the progress and the layout check, as a PDF.

Rendered from HTML by QTextDocument onto a QPdfWriter (QtGui: QtPrintSupport is not shipped).
The document's font lists the bundled CJK font, so the Chinese is embedded in the PDF.
"""

from __future__ import annotations

import contextlib
import os
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from app.core import storefront_layout as lay
from app.core import storefront_reviews as reviews
from app.core.csv_export import ExportError
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.storefront import PLATFORMS, SCREENS, Shop, pick
from app.ui.fonts import CJK_FAMILY

CSS = """
body { font-size: 9pt; }
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; }
table { border-collapse: collapse; }
th { background: #eeeeee; text-align: left; }
td, th { border: 1px solid #999999; padding: 2px 4px; }
.muted { color: #555555; }
.error { color: #b00020; }
.ok { color: #1e7d32; }
"""


class PdfReport(QObject):
    def __init__(self, store, shop: Shop, lang: str) -> None:
        super().__init__()
        self.store, self.shop, self.lang = store, shop, lang

    def html(self, today: date | None = None) -> str:
        today = today or date.today()
        progress = reviews.progress(reviews.checklist(self.store, self.shop.id, today=today))
        platform = pick(PLATFORMS.get(self.shop.platform, PLATFORMS["other"]), self.lang)
        exported = self.tr("Exported on {date}").format(date=today.isoformat())
        score = self.tr("Score {score} / 100").format(score=progress.score)
        numbers = self.tr("Done {done} / applicable {applicable} · required {required_done}/{required_total} · "
                          "stale {stale}").format(**progress.__dict__)
        parts = [f"<html><head><style>{CSS}</style></head><body>",
                 f"<h1>{escape(self.shop.name)}</h1>",
                 f'<p class="muted">{escape(" · ".join(filter(None, [platform, self.shop.url])))}<br>'
                 f"{escape(exported)}</p>",
                 f"<p><b>{escape(score)}</b> &nbsp; {escape(numbers)}</p>",
                 self._heading(self.tr("Checklist")),
                 self._table(*reviews.checklist_table(self.store, self.shop.id, lang=self.lang, today=today)),
                 self._heading(self.tr("Homepage layout"))]
        modules = lay.list_modules(self.store, self.shop.id)
        if modules:
            parts.append(self._table(
                ["#", self.tr("Module"), self.tr("Screen"), self.tr("Width"), self.tr("Title"), self.tr("Notes")],
                [[m.position + 1, pick(lay.KINDS[m.kind], self.lang), pick(SCREENS[m.screen], self.lang),
                  f"{m.width}px" if m.width else "", m.title, m.notes] for m in modules]))
        parts.append(self._heading(self.tr("Layout check")))
        findings = lay.check_layout(modules, self.shop.platform)
        if not findings:
            passed = self.tr("Layout check passed")
            parts.append(f'<p class="ok">✓ {escape(passed)}</p>')
        for finding in findings:
            text = lay.finding_text(finding, self.lang, lambda t: QCoreApplication.translate("core", t))
            label = self.tr("Error") if finding.severity == "error" else self.tr("Advice")
            parts.append(f'<p><span class="{finding.severity}"><b>{escape(label)}</b></span> {escape(text)}</p>')
        parts.append("</body></html>")
        return "".join(parts)

    @staticmethod
    def _heading(text: str) -> str:
        return f"<p></p><h2>{escape(text)}</h2>"  # the empty paragraph: Qt drops h2's margin after a table

    @staticmethod
    def _table(header, rows) -> str:
        head = "".join(f"<th>{escape(str(cell))}</th>" for cell in header)
        body = "".join("<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows)
        return f'<table width="100%" cellspacing="0"><tr>{head}</tr>{body}</table>'

    def document(self, today: date | None = None) -> QTextDocument:
        document = QTextDocument()
        font = QFont(QApplication.font())
        font.setFamilies([*QApplication.font().families(), CJK_FAMILY])
        font.setPointSizeF(9)
        document.setDefaultFont(font)
        document.setHtml(self.html(today))
        return document

    def write(self, path: Path, today: date | None = None) -> None:
        """Write the PDF to ``path`` (replacing it), whole or not at all."""
        path = Path(path)
        partial = path.with_name(path.name + ".partial")
        writer = QPdfWriter(str(partial))
        writer.setTitle(self.shop.name)
        writer.setCreator("掌柜助手 Zhanggui")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        self.document(today).print_(writer)
        del writer  # closes the file
        try:
            if not partial.exists() or partial.stat().st_size == 0:
                raise OSError(0, QCoreApplication.translate("PdfReport", "the PDF could not be written"))
            os.replace(partial, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise ExportError(QT_TRANSLATE_NOOP(
                "core", "Cannot write {path}: {reason}. If the file is open in Excel or WPS, close it and try again."),
                path=path, reason=exc.strerror or exc) from exc
