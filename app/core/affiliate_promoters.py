"""Promoters of the affiliate order report who are not in the register yet: list them, attach
one to an affiliate (adding the key) or make a new affiliate of one, and match their orders.

Each write is one transaction that also rolls up (affiliate_daily and the affiliates' kept
totals) whatever it matched. ``rematch_unmatched`` is for any code that adds promoter keys
(the register's form, its import) so that orders already imported find their affiliate.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.core.affiliate_codes import KEY_KINDS
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.importing.affiliate_orders import roll_up
from app.core.records import now_stamp

# The column of affiliate_orders that holds each kind of key.
KEY_COLUMNS = {"pid": "pid", "nick": "promoter_nick", "media": "media"}


class PromoterError(UserError):
    """The promoter could not be attached; nothing was changed."""


@dataclass(frozen=True)
class UnmatchedPromoter:
    nick: str
    pid: str
    media: str
    orders: int  # every order, failed ones too
    paid_fen: int  # valid (not failed) orders only
    commission_fen: int
    last_day: str

    @property
    def label(self) -> str:
        """What to call this promoter: the nickname, else the PID, else the media."""
        return self.nick or self.pid or self.media


_VALID = "status != 'failed'"


def unmatched_promoters(store, limit: int = 200, offset: int = 0) -> list[UnmatchedPromoter]:
    """Promoters of orders no affiliate's key matched, the most promoted amount first."""
    rows = store.conn.execute(
        f"""SELECT promoter_nick, pid, media, count(*),
                   coalesce(sum(CASE WHEN {_VALID} THEN paid_fen END), 0) AS paid,
                   coalesce(sum(CASE WHEN {_VALID} THEN commission_fen END), 0), max(day)
            FROM affiliate_orders WHERE affiliate_id IS NULL
            GROUP BY promoter_nick, pid, media
            ORDER BY paid DESC, count(*) DESC, promoter_nick, pid, media LIMIT ? OFFSET ?""",
        (int(limit), int(offset)))
    return [UnmatchedPromoter(*r) for r in rows]


def count_unmatched(store) -> tuple[int, int]:
    """(promoters, orders) not matched to any affiliate."""
    return store.conn.execute(  # both from the partial index of unmatched orders alone
        "SELECT count(*), coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM affiliate_orders "
        "WHERE affiliate_id IS NULL GROUP BY promoter_nick, pid, media)").fetchone()


def rematch_unmatched(conn, keys: Iterable[tuple[str, str]] | None = None, *, now: datetime | None = None) -> int:
    """Match the unmatched orders that carry one of ``keys`` ((kind, value); None: every unmatched
    order) against affiliate_keys, PID before nickname before media, and roll up; inside the
    caller's transaction. Orders already matched keep their affiliate. Returns how many matched."""
    _, stamp = now_stamp(now)
    match = """coalesce(
        (SELECT affiliate_id FROM affiliate_keys WHERE kind = 'pid' AND value = o.pid AND o.pid != ''),
        (SELECT affiliate_id FROM affiliate_keys WHERE kind = 'nick' AND value = o.promoter_nick
                                                       AND o.promoter_nick != ''),
        (SELECT affiliate_id FROM affiliate_keys WHERE kind = 'media' AND value = o.media AND o.media != ''))"""
    where, args = "affiliate_id IS NULL", []
    if keys is not None:
        by_kind: dict[str, list[str]] = {}
        for kind, value in keys:
            if kind in KEY_COLUMNS and value:
                by_kind.setdefault(kind, []).append(value)
        if not by_kind:
            return 0
        terms = [f"{KEY_COLUMNS[k]} IN (SELECT value FROM json_each(?))" for k in by_kind]
        where += " AND (" + " OR ".join(terms) + ")"
        args = [json.dumps(v) for v in by_kind.values()]
    changed = conn.execute(
        f"""UPDATE affiliate_orders AS o SET affiliate_id = {match}, updated_at = ?
            WHERE {where} AND {match} IS NOT NULL RETURNING affiliate_id, day""", (stamp, *args)).fetchall()
    roll_up(conn, changed)
    return len(changed)


def _check_key(kind: str, value: str) -> str:
    value = (value or "").strip()
    if kind not in KEY_KINDS:
        raise PromoterError(QT_TRANSLATE_NOOP("core", "Promoter key: “{value}” is not a kind of key."), value=kind)
    if not value:
        raise PromoterError(QT_TRANSLATE_NOOP("core", "The promoter key is empty: nothing to attach."))
    return value


def attach_promoter(store, affiliate_id: str, *, kind: str, value: str, now: datetime | None = None) -> int:
    """Give the affiliate this promoter key and match the unmatched orders that carry it;
    how many orders were matched. Raises when the key is another affiliate's."""
    return _attach(store, affiliate_id, [(kind, _check_key(kind, value))], now)


def attach(store, affiliate_id: str, promoter: UnmatchedPromoter, *, now: datetime | None = None) -> int:
    """Attach an unmatched promoter to an affiliate: the keys that identify the promoter (see
    promoter_keys) become the affiliate's and the orders are matched; how many orders."""
    keys = promoter_keys(promoter.nick, promoter.pid, promoter.media)
    if not keys:
        raise PromoterError(QT_TRANSLATE_NOOP("core", "This promoter has no nickname, PID or media to go by."))
    return _attach(store, affiliate_id, keys, now)


def _attach(store, affiliate_id: str, keys: list[tuple[str, str]], now: datetime | None) -> int:
    from app.core.affiliates import _get, check_keys  # the register's own checks and messages

    with store.write() as conn:
        _get(conn, affiliate_id)
        conn.executemany("INSERT OR IGNORE INTO affiliate_keys (kind, value, affiliate_id) VALUES (?, ?, ?)",
                         [(k, v, affiliate_id) for k, v in check_keys(conn, keys, affiliate_id)])
        return rematch_unmatched(conn, keys, now=now)


def promoter_keys(nick: str, pid: str, media: str) -> list[tuple[str, str]]:
    """The keys that identify a promoter as a person: nickname and PID. The media only when there
    is nothing else, since a site or an app can carry several promoters."""
    keys = [(k, v.strip()) for k, v in (("nick", nick), ("pid", pid)) if v and v.strip()]
    return keys or ([("media", media.strip())] if media and media.strip() else [])


def create_from_promoter(store, *, nick: str = "", pid: str = "", media: str = "",
                         now: datetime | None = None) -> tuple[str, int]:
    """A new affiliate named after the promoter (nickname, else PID, else media) with its keys;
    its orders matched. Returns (affiliate id, orders matched)."""
    from app.core.affiliates import add_affiliate

    keys = promoter_keys(nick, pid, media)
    if not keys:
        raise PromoterError(QT_TRANSLATE_NOOP("core", "This promoter has no nickname, PID or media to go by."))
    name = (nick or pid or media).strip()
    with store.write() as conn:
        affiliate_id = add_affiliate(store, {"name": name, "nickname": nick.strip()}, keys=keys, now=now)
        rematch_unmatched(conn, keys, now=now)
        # Counted, not taken from rematch: the register may already match new keys itself.
        matched = conn.execute("SELECT count(*) FROM affiliate_orders WHERE affiliate_id = ?",
                               (affiliate_id,)).fetchone()[0]
        return affiliate_id, matched
