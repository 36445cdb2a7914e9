"""私下收费: an affiliate who asked for (or took) a fee outside the platform's settlement.

Settlement is CPS: the shop pays a commission only for completed deals, through the platform;
exposure and clicks cost nothing. A fee asked for on the side breaks the rules, so each one is
recorded here and ``affiliates.private_fee`` (the number of live records, kept in the same
transaction as every write) makes the register show a warning. Deleted records go to a trash
and can be restored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.core.db import Store
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.festivals import as_date, limited
from app.core.money import MAX_FEN
from app.core.products import require_int
from app.core.records import new_id, now_stamp

MAX_NOTE, MAX_STAFF = 1000, 40
_COLUMNS = "id, affiliate_id, on_date, amount_fen, note, recorded_by, created_at, updated_at, deleted_at"
# The register's warning on an affiliate with records; {count} is the number of records.
WARNING = QT_TRANSLATE_NOOP(
    "core", "Private fee (私下收费) ×{count}: this affiliate asked for a fee outside the platform's settlement, "
    "which breaks the rules. Under CPS the shop pays only for completed deals, through the platform.")


class PrivateFeeError(UserError):
    """Bad input to a private-fee record; nothing was changed."""


@dataclass(frozen=True)
class PrivateFee:
    id: str
    affiliate_id: str
    on_date: str  # 'YYYY-MM-DD'
    amount_fen: int | None  # None: not known
    note: str
    recorded_by: str
    created_at: str
    updated_at: str
    deleted_at: str | None = None


def _refresh_count(conn, affiliate_id: str) -> None:
    conn.execute("UPDATE affiliates SET private_fee = (SELECT count(*) FROM private_fees WHERE affiliate_id = ? "
                 "AND deleted_at IS NULL) WHERE id = ?", (affiliate_id, affiliate_id))


def _read(conn, fee_id: str, *, deleted: bool = False) -> PrivateFee:
    row = conn.execute(f"SELECT {_COLUMNS} FROM private_fees WHERE id = ?", (fee_id,)).fetchone()
    if row is None or (row[-1] is not None) != deleted:
        raise PrivateFeeError(QT_TRANSLATE_NOOP("core", "This private-fee record no longer exists."))
    return PrivateFee(*row)


def _live_affiliate(conn, affiliate_id: str) -> None:
    if not conn.execute("SELECT 1 FROM affiliates WHERE id = ? AND deleted_at IS NULL", (affiliate_id,)).fetchone():
        raise PrivateFeeError(QT_TRANSLATE_NOOP("core", "This affiliate no longer exists (it may have been deleted)."))


def record_private_fee(store: Store, affiliate_id: str, *, on_date: date | str, amount_fen: int | None = None,
                       note: str = "", recorded_by: str = "", today: date | None = None,
                       now: datetime | None = None) -> PrivateFee:
    """Record that ``affiliate_id`` asked for a fee on ``on_date`` (not in the future); the amount is optional."""
    day = as_date(on_date, PrivateFeeError)
    if day > (today or date.today()):
        raise PrivateFeeError(QT_TRANSLATE_NOOP("core", "The date {date} is in the future."), date=day.isoformat())
    if amount_fen is not None and not 0 < require_int(amount_fen, "amount_fen") <= MAX_FEN:
        raise PrivateFeeError(QT_TRANSLATE_NOOP("core", "The amount must be more than ¥0, or left empty."))
    note = limited(note, PrivateFeeError, limit=MAX_NOTE)
    staff = limited(recorded_by, PrivateFeeError, limit=MAX_STAFF)
    _, stamp = now_stamp(now)
    with store.write() as conn:
        _live_affiliate(conn, affiliate_id)
        fee_id = new_id()
        conn.execute(f"INSERT INTO private_fees ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                     (fee_id, affiliate_id, day.isoformat(), amount_fen, note, staff, stamp, stamp))
        _refresh_count(conn, affiliate_id)
        return _read(conn, fee_id)


def delete_private_fee(store: Store, fee_id: str, *, deleted: bool = True, now: datetime | None = None) -> PrivateFee:
    """Move a record to the trash (``deleted=False``: bring it back) and recount the affiliate's records."""
    _, stamp = now_stamp(now)
    with store.write() as conn:
        fee = _read(conn, fee_id, deleted=not deleted)
        conn.execute("UPDATE private_fees SET deleted_at = ?, updated_at = ? WHERE id = ?",
                     (stamp if deleted else None, stamp, fee_id))
        _refresh_count(conn, fee.affiliate_id)
        return _read(conn, fee_id, deleted=deleted)


def restore_private_fee(store: Store, fee_id: str, *, now: datetime | None = None) -> PrivateFee:
    return delete_private_fee(store, fee_id, deleted=False, now=now)


def list_private_fees(store: Store, affiliate_id: str, *, deleted: bool = False) -> list[PrivateFee]:
    """An affiliate's records (``deleted=True``: those in the trash), the latest first."""
    rows = store.conn.execute(
        f"SELECT {_COLUMNS} FROM private_fees WHERE affiliate_id = ? AND deleted_at IS {'NOT ' if deleted else ''}NULL "
        "ORDER BY on_date DESC, created_at DESC", (affiliate_id,))
    return [PrivateFee(*row) for row in rows]


def load_demo(store: Store, *, today: date) -> None:
    """One record, on the third affiliate on file (or the first, when there are fewer)."""
    rows = [row[0] for row in store.conn.execute(
        "SELECT id FROM affiliates WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 3")]
    if rows:
        record_private_fee(store, rows[-1], on_date=today - timedelta(days=12), amount_fen=20_000,
                           note="要求先付200元坑位费才肯推广，已拒绝，告知只按成交佣金结算。", recorded_by="客服小王", today=today,
                           now=datetime.combine(today - timedelta(days=12), datetime.min.time()).replace(hour=15))
