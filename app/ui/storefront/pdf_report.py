"""A shop's checklist and homepage layout, with the progress and the layout check, as a PDF.

Rendered from HTML by ``HtmlPdfWriter`` (QTextDocument onto a QPdfWriter, the bundled CJK font
embedded); this module gives the HTML.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from app.core import storefront_layout as lay
from app.core import storefront_reviews as reviews
from app.core.storefront import PLATFORMS, SCREENS, Shop, pick
from app.ui.widgets.pdf_writer import CSS, HtmlPdfWriter


class PdfReport(HtmlPdfWriter):
    def __init__(self, store, shop: Shop, lang: str) -> None:
        super().__init__()
        self.store, self.shop, self.lang = store, shop, lang

    def title(self) -> str:
        return self.shop.name

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
