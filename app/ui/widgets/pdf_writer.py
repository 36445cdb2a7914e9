"""HTML as a PDF: laid out by QTextDocument and written onto a QPdfWriter (QtGui: QtPrintSupport
is not shipped), A4 with 15 mm margins. The document's font lists the bundled CJK font, so the
Chinese is embedded in the PDF. Subclasses give the HTML (``html``) and the title (``title``);
``CSS``, ``_heading`` and ``_table`` are the shared styling. No text of its own to ``tr``."""

from __future__ import annotations

import contextlib
import os
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from app.core.csv_export import ExportError
from app.core.errors import QT_TRANSLATE_NOOP
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


class HtmlPdfWriter(QObject):
    def title(self) -> str:
        """The PDF's title (its metadata)."""
        raise NotImplementedError

    def html(self, today: date | None = None) -> str:
        raise NotImplementedError

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
        writer.setTitle(self.title())
        writer.setCreator("掌柜助手 Zhanggui")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        self.document(today).print_(writer)
        del writer  # closes the file
        try:
            if not partial.exists() or partial.stat().st_size == 0:
                # context "PdfReport": where this text was first written, and where zh_CN.ts keeps it
                raise OSError(0, QCoreApplication.translate("PdfReport", "the PDF could not be written"))
            os.replace(partial, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise ExportError(QT_TRANSLATE_NOOP(
                "core", "Cannot write {path}: {reason}. If the file is open in Excel or WPS, close it and try again."),
                path=path, reason=exc.strerror or exc) from exc
