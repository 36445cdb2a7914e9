"""Export the affiliate register to CSV (UTF-8 with a BOM, for Excel) or XLSX.

The headers are the Chinese names the importer recognises first (``AFFILIATE_FIELDS``), so an
exported file imports back unchanged; an affiliate's second and later channels go in
推广途径2/网站2/粉丝数2 … columns. Text cells that a spreadsheet would run as a formula (they
begin with = + - @, tab, CR or LF) get a leading ' in both formats (``csv_export.escape_cell``);
numbers stay numbers: audience and promoted orders as integers, amounts in 元 as numbers with
two decimals. The file is written next to its target and moved into place, so a failed or
cancelled export leaves no half file, and a file held open by Excel gives a message.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.core import csv_export
from app.core.affiliate_codes import CHANNEL_KINDS, GENDERS, KEY_KINDS, KINDS, STATUSES
from app.core.affiliates import FIELDS
from app.core.csv_export import ExportError, escape_cell
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.importing.affiliates_file import AFFILIATE_FIELDS, CHANNEL_PARTS

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 5000
FORMATS = (".csv", ".xlsx")
_CENT = Decimal("0.01")
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # XML 1.0 forbids them; openpyxl refuses them
_FIRST = {f: aliases[0] for f, (_label, _required, aliases) in AFFILIATE_FIELDS.items()}
BEFORE_CHANNELS = ("name", "nickname", "kind", "gender", "province", "city", "qq", "wechat", "phone", "wangwang",
                   "email")
AFTER_CHANNELS = ("groups", "vip", "status", "tags", "joined_on", "notes", *KEY_KINDS)
FIGURES = ("推广单量", "推广金额(元)", "佣金(元)", "最近出单")  # from the order reports; the importer ignores them
DATE_COLUMNS = {_FIRST["joined_on"], FIGURES[3]}


def header(channels: int = 1) -> list[str]:
    out = [_FIRST[f] for f in BEFORE_CHANNELS]
    for n in range(1, max(1, channels) + 1):
        out += [_FIRST[p] + ("" if n == 1 else str(n)) for p in CHANNEL_PARTS]
    return out + [_FIRST[f] for f in AFTER_CHANNELS] + list(FIGURES)


def _yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(_CENT)


def _by_affiliate(conn, sql: str, where: str, arg) -> dict[str, list]:
    out: dict[str, list] = {}
    for affiliate_id, *rest in conn.execute(sql.format(where=where), arg):
        out.setdefault(affiliate_id, []).append(rest[0] if len(rest) == 1 else tuple(rest))
    return out


def table(store, ids: Iterable[str] | None = None, progress: Progress | None = None) -> tuple[list[str], Iterator]:
    """(header, rows) of the live affiliates (``ids``: those, in that order), for either format."""
    conn = store.conn
    if ids is None:
        where, arg = "", ()
        order = "ORDER BY sort_name, rowid"
    else:
        ids = list(dict.fromkeys(ids))
        where, arg = " WHERE affiliate_id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
        order = ""
    records = conn.execute(
        f"SELECT id, {', '.join(FIELDS)}, orders, paid_fen, commission_fen, last_order_on FROM affiliates "
        f"WHERE deleted_at IS NULL {'AND id IN (SELECT value FROM json_each(?))' if ids is not None else ''} {order}",
        arg).fetchall()
    if ids is not None:
        position = {i: n for n, i in enumerate(ids)}
        records.sort(key=lambda r: position[r[0]])
    channels = _by_affiliate(conn, "SELECT affiliate_id, kind, name, url, audience FROM affiliate_channels{where} "
                                   "ORDER BY affiliate_id, position", where, arg)
    tags = _by_affiliate(conn, "SELECT affiliate_id, tag FROM affiliate_tags{where} ORDER BY tag", where, arg)
    groups = _by_affiliate(conn, "SELECT m.affiliate_id, g.name FROM affiliate_group_members m JOIN affiliate_groups g "
                                 "ON g.id = m.group_id AND g.deleted_at IS NULL{where} ORDER BY g.name",
                           where.replace("affiliate_id", "m.affiliate_id"), arg)
    keys = _by_affiliate(conn, "SELECT affiliate_id, kind, value FROM affiliate_keys{where} ORDER BY value", where, arg)
    most = max((len(c) for c in channels.values()), default=1)

    def rows() -> Iterator[list]:
        total = len(records)
        for n, (affiliate_id, *values) in enumerate(records, start=1):
            f = dict(zip(FIELDS, values))
            orders, paid_fen, commission_fen, last_order_on = values[len(FIELDS):]
            row = [f["name"], f["nickname"], KINDS.get(f["kind"], (f["kind"],))[0],
                   GENDERS[f["gender"]][0] if f["gender"] else "", f["province"], f["city"], f["qq"], f["wechat"],
                   f["phone"], f["wangwang"], f["email"]]
            mine = channels.get(affiliate_id, [])
            for i in range(most):
                kind, name, url, audience = mine[i] if i < len(mine) else ("", "", "", None)
                row += [CHANNEL_KINDS[kind][0] if kind in CHANNEL_KINDS else kind, name, url, audience]
            mine_keys = keys.get(affiliate_id, [])
            row += ["，".join(groups.get(affiliate_id, [])), "是" if f["vip"] else "否",
                    STATUSES.get(f["status"], (f["status"],))[0], "，".join(tags.get(affiliate_id, [])),
                    f["joined_on"] or "", f["notes"]]
            row += ["；".join(v for k, v in mine_keys if k == kind) for kind in KEY_KINDS]
            row += [orders, _yuan(paid_fen), _yuan(commission_fen), last_order_on or ""]
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(n, total)
            yield row

    return header(most), rows()


def export_affiliates(store, path: Path, ids: Iterable[str] | None = None, *,
                      progress: Progress | None = None) -> int:
    """Write the register (or ``ids``) to ``path``, CSV or XLSX by its suffix; how many affiliates."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(QT_TRANSLATE_NOOP("core", "Cannot export to {path}: choose a file ending in .csv or .xlsx."),
                          path=path)
    head, rows = table(store, ids, progress)
    if suffix == ".csv":
        return csv_export.write_csv(path, head, rows)
    return write_xlsx(path, head, rows)


def _xlsx_cell(sheet, value, column: str):
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, Decimal):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "0.00"
        return cell
    if column in DATE_COLUMNS and value:
        cell = WriteOnlyCell(sheet, value=date.fromisoformat(value))
        cell.number_format = "yyyy-mm-dd"
        return cell
    if value == "" or value is None:
        return None
    value = escape_cell(value)
    return _ILLEGAL_XLSX.sub("", value) if isinstance(value, str) else value


def write_xlsx(path: Path, head: list[str], rows: Iterable[list]) -> int:
    """One sheet, header frozen; written to a partial file that replaces ``path`` at the end."""
    import openpyxl

    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    count = 0
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("淘客名录")
    sheet.freeze_panes = "A2"
    for i, name in enumerate(head, start=1):
        width = 28 if name.startswith(("网站", "备注")) else 14
        sheet.column_dimensions[openpyxl.utils.get_column_letter(i)].width = width
    try:
        sheet.append([escape_cell(h) for h in head])
        for row in rows:
            sheet.append([_xlsx_cell(sheet, v, c) for v, c in zip(row, head)])
            count += 1
    except BaseException:  # cancelled: openpyxl's own temporary file goes too
        _discard(sheet)
        raise
    try:
        book.save(partial)
        os.replace(partial, path)
    except OSError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "core", "Cannot write {path}: {reason}. If the file is open in Excel or WPS, close it and try again."
            ),
            path=path, reason=exc.strerror or exc,
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return count


def _discard(sheet) -> None:
    """Close and remove the temporary file a write-only sheet streams into (openpyxl would
    leave it until the program exits)."""
    writer = getattr(sheet, "_writer", None)
    for step in (lambda: sheet._rows is not None and sheet._rows.close(), lambda: writer.close(),
                 lambda: writer.cleanup()):
        with contextlib.suppress(Exception):
            step()
