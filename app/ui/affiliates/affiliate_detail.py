"""The register's right-hand pane: who the selected affiliate is, how they sell, and their
follow-up log. A red banner warns when they have taken private fees (私下收费)."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QStackedWidget,
                               QTabWidget, QVBoxLayout, QWidget)

from app.core import affiliates as core
from app.core.affiliate_codes import CHANNEL_KINDS, GENDERS, KEY_KINDS, KINDS, STATUSES
from app.core.errors import UserError
from app.core.money import format_money, format_rate
from app.core.records import pick
from app.ui.widgets.common import ui_lang
from app.ui.widgets.empty_state import EmptyState, escape

BANNER_STYLE = "background: #b00020; color: white; font-weight: bold; padding: 6px 8px; border-radius: 3px"
VIP_BADGE = ('<span style="background:#c77700; color:white">&nbsp;{text}&nbsp;</span>')
EMPTY, SHOWN = range(2)


class AffiliateDetail(QWidget):
    edit_requested = Signal(str)  # the user wants to edit this affiliate
    changed = Signal()  # something about the affiliate was written here (a private fee, a follow-up)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self.affiliate: core.Affiliate | None = None
        self.follow_up_log = None
        self.lblName = QLabel()
        font = self.lblName.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.lblName.setFont(font)
        self.lblName.setTextFormat(Qt.TextFormat.RichText)
        self.lblBanner = QLabel(self.tr("This affiliate has taken private fees — against the platform's "
                                        "settlement rules"))
        self.lblBanner.setStyleSheet(BANNER_STYLE)
        self.lblBanner.setWordWrap(True)
        self.lblSummary = QLabel()
        self.lblSummary.setTextFormat(Qt.TextFormat.RichText)
        self.lblSummary.setWordWrap(True)
        self.lblSummary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lblSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.btnEdit = QPushButton(self.tr("Edit…"))
        self.btnPrivateFee = QPushButton(self.tr("Record private fee…"))
        self.btnPrivateFee.setToolTip(self.tr("Record that this affiliate asked for or took a fee outside the "
                                              "platform's settlement (私下收费)"))
        self.btnEdit.clicked.connect(lambda: self.affiliate and self.edit_requested.emit(self.affiliate.id))
        self.btnPrivateFee.clicked.connect(self.record_private_fee)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btnEdit)
        buttons.addWidget(self.btnPrivateFee)
        buttons.addStretch(1)

        summary = QWidget()
        inner = QVBoxLayout(summary)
        inner.addWidget(self.lblName)
        inner.addWidget(self.lblBanner)
        inner.addWidget(self.lblSummary)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(summary)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        top = QWidget()  # the buttons stay in view however long the summary grows
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 4)
        top_layout.addWidget(scroll, 1)
        top_layout.addLayout(buttons)

        self.detail_tabs = QTabWidget()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail_tabs)
        self.splitter.setSizes([420, 300])  # the summary scrolls past that; the log gets the rest
        self.splitter.setChildrenCollapsible(False)
        self.empty = EmptyState(self.tr("No affiliate selected"),
                                self.tr("Pick someone in the list to see their details and follow-up log."))
        self.empty.layout().setContentsMargins(24, 24, 24, 24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._build_follow_up_log()

    def _build_follow_up_log(self) -> None:
        from app.ui.affiliates.follow_up_log import FollowUpLog

        self.follow_up_log = FollowUpLog(self)
        self.follow_up_log.changed.connect(self.changed)
        self.detail_tabs.addTab(self.follow_up_log, self.tr("Follow-up log"))

    def set_store(self, store) -> None:
        self.store = store
        if self.follow_up_log is not None:
            self.follow_up_log.set_store(store)
        self.set_affiliate(None)

    def set_affiliate(self, affiliate_id: str | None) -> None:
        self.affiliate = None
        if affiliate_id and self.store is not None:
            try:
                self.affiliate = core.get_affiliate(self.store, affiliate_id)
            except UserError:
                self.affiliate = None
        self.stack.setCurrentIndex(SHOWN if self.affiliate else EMPTY)
        if self.follow_up_log is not None:
            self.follow_up_log.set_affiliate(self.affiliate.id if self.affiliate else None)
        if self.affiliate:
            self._show(self.affiliate)

    def refresh(self) -> None:
        """Read the shown affiliate again (its follow-ups and totals change elsewhere)."""
        if self.affiliate is None:
            return
        try:
            self.affiliate = core.get_affiliate(self.store, self.affiliate.id)
        except UserError:
            self.set_affiliate(None)
            return
        self._show(self.affiliate)
        if self.follow_up_log is not None:
            self.follow_up_log.set_affiliate(self.affiliate.id)

    def _show(self, a: core.Affiliate) -> None:
        lang = ui_lang()
        badge = " " + VIP_BADGE.format(text=escape(self.tr("Big affiliate"))) if a.vip else ""
        nickname = f"（{escape(a.nickname)}）" if a.nickname else ""
        self.lblName.setText(f"{escape(a.name)}{nickname}{badge}")
        self.lblBanner.setVisible(a.private_fee > 0)
        groups = {g.id: g.name for g in core.list_groups(self.store, counts=False)}
        wechat, phone, wangwang = self.tr("WeChat"), self.tr("Phone"), self.tr("Wangwang")
        contacts = [f"QQ {a.qq}" if a.qq else "", f"{wechat} {a.wechat}" if a.wechat else "",
                    f"{phone} {a.phone}" if a.phone else "", f"{wangwang} {a.wangwang}" if a.wangwang else "", a.email]
        channels = []
        for c in a.channels:
            text = pick(CHANNEL_KINDS.get(c.kind, CHANNEL_KINDS["other"]), lang)
            text += "：" + escape(c.name) if c.name else ""
            if c.url:
                text += f' <a href="{escape(c.url)}">{escape(c.url)}</a>'
            if c.audience is not None:
                text += " · " + self.tr("{n} people").format(n=f"{c.audience:,}")
            channels.append(text)
        keys = [f"{pick(KEY_KINDS[k], lang)} {escape(v)}" for k, v in a.keys if k in KEY_KINDS]
        rate = a.effective_rate_bp
        rows = [
            (self.tr("Type"), pick(KINDS.get(a.kind, KINDS["other"]), lang) + " · "
             + pick(STATUSES.get(a.status, STATUSES["active"]), lang)
             + (" · " + pick(GENDERS[a.gender], lang) if a.gender in GENDERS and a.gender else "")),
            (self.tr("Region"), escape(a.region)),
            (self.tr("Contacts"), escape("　".join(c for c in contacts if c))),
            (self.tr("Channels"), "<br>".join(channels)),
            (self.tr("Our groups"), escape("、".join(groups[g] for g in a.group_ids if g in groups))),
            (self.tr("Tags"), escape("、".join(a.tags))),
            (self.tr("Promoter keys"), "<br>".join(keys)),
            (self.tr("Joined"), a.joined_on or ""),
            (self.tr("Stay in touch"), self.tr("every {n} days").format(n=a.contact_every_days)
             if a.contact_every_days else ""),
            (self.tr("Next follow-up"), a.due_on or ""),
            (self.tr("Orders"), self.tr("{orders} orders, {paid} sales, {commission} commission").format(
                orders=a.orders, paid=format_money(a.paid_fen), commission=format_money(a.commission_fen))
             + (" · " + self.tr("effective rate {rate}").format(rate=format_rate(rate)) if rate is not None else "")),
            (self.tr("Last order"), a.last_order_on or self.tr("none yet")),
            (self.tr("Notes"), escape(a.notes).replace("\n", "<br>")),
        ]
        cells = "".join(f'<tr><td style="color:#666; padding-right:10px; white-space:nowrap">{escape(label)}</td>'
                        f"<td>{value}</td></tr>" for label, value in rows if value)
        self.lblSummary.setText(f"<table cellspacing='0' cellpadding='2'>{cells}</table>")
        self.lblSummary.setOpenExternalLinks(True)

    def record_private_fee(self) -> None:
        if self.affiliate is None:
            return
        dialog_class = import_module("app.ui.affiliates.private_fee_dialog").PrivateFeeDialog
        dialog_class(self.store, self.affiliate.id, self).exec()
        self.refresh()
        self.changed.emit()
