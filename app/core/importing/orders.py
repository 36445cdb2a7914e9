"""Read a platform's order report (订单报表, CSV or XLSX) and import it into ``orders``.

Reading never touches the database: ``read_orders`` returns every good row and every
unreadable one (line, column, reason), for the preview. ``import_orders`` then writes the
whole file in one transaction, or nothing: it refuses a file with unreadable rows unless the
user chose to import the good rows only, and a progress callback that raises (the worker's
Cancelled) rolls everything back.

Orders are keyed by (platform, order id): importing the same file twice adds nothing, and a
later export updates the status and payment of orders already there. An older export read
after a newer one does not move an order back (a shipped order is not made unpaid again).
The roll-ups (see schema_v5_sales) of every day an import touches are recomputed inside the
same transaction.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.importing import columns
from app.core.importing.csv_reader import clean_cell, decode, drop_trailing_empty
from app.core.money import MoneyError, parse_money

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 5000
# Tried, in order, only when the file is neither strict UTF-8 nor strict GB18030; the one
# with the fewest undecodable bytes wins, and the preview says it was a guess.
DETECTOR_CANDIDATES = ("gb18030", "big5", "utf-8")

STATUSES = {  # as exported (after NFKC, so ， is ,) -> code
    "等待买家付款": "awaiting_payment",
    "买家已付款,等待卖家发货": "paid",
    "卖家已发货,等待买家确认": "shipped",
    "交易成功": "completed",
    "交易关闭": "closed",
}
PAID_STATUSES = ("paid", "shipped", "completed")
# An older export must not move an order back; completed and closed are both final.
_RANK = {"awaiting_payment": 0, "paid": 1, "shipped": 2, "completed": 3, "closed": 3}


class OrderImportError(UserError):
    """The file was not imported; nothing changed."""


class MissingColumns(OrderImportError):
    """Required fields no column matched: the GUI offers the column-mapping dialog."""

    def __init__(self, template: str, *, header: list[str], encoding: str, missing: list[str], **params):
        super().__init__(template, **params)
        self.header = header
        self.encoding = encoding
        self.missing = missing
        self.signature = columns.signature(header)


@dataclass(frozen=True)
class RowError:
    row: int  # the line of the file (CSV) or the sheet row (XLSX) the record starts on
    column: str  # the header cell as written, or "" for the whole row
    reason: str  # an English template, translated with params
    params: dict = field(default_factory=dict)

    def __str__(self) -> str:
        where = f"line {self.row}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.reason.format(**self.params)}"


@dataclass(slots=True)
class ParsedOrder:
    row: int
    order_id: str
    buyer: str
    created_at: str | None
    paid_at: str | None
    paid_fen: int
    status: str
    status_text: str
    title: str
    quantity: int

    @property
    def day(self) -> str:
        return (self.paid_at or self.created_at or "")[:10]


@dataclass
class Table:
    path: Path
    encoding: str
    guessed: bool  # the encoding came from the detector, not a BOM or a strict decode
    header: list[str]
    rows: list[list]  # each as long as the header
    row_numbers: list[int]
    errors: list[RowError]


@dataclass
class OrderFile:
    path: Path
    encoding: str
    header: list[str]
    mapping: dict[str, str]
    rows: list[ParsedOrder]
    errors: list[RowError]
    platform: str = "taobao"
    encoding_guessed: bool = False

    @property
    def signature(self) -> str:
        return columns.signature(self.header)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    skipped: int
    days: int = 0  # roll-up days recomputed


# ---------------------------------------------------------------- reading tables


def _read_error(template: str, **params) -> OrderImportError:
    return OrderImportError(template, **params)


def _decode(path: Path, data: bytes, encoding: str | None) -> tuple[str, str, bool]:
    if encoding:
        try:
            return data.decode(encoding), encoding, False
        except (UnicodeDecodeError, LookupError) as exc:
            raise _read_error(
                QT_TRANSLATE_NOOP("core", "{path} cannot be read as {encoding}: {reason}"),
                path=path, encoding=encoding, reason=exc,
            ) from exc
    try:
        text, name = decode(data)  # BOM, strict UTF-8, strict GB18030
        return text, name, False
    except UnicodeDecodeError:
        pass
    best = min(DETECTOR_CANDIDATES, key=lambda c: data.decode(c, errors="replace").count("\ufffd"))
    return data.decode(best, errors="replace"), best, True


def read_table(path: Path, *, encoding: str | None = None) -> Table:
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _read_error(
            QT_TRANSLATE_NOOP("core", "Could not read {path}: {reason}"), path=path, reason=exc.strerror or exc
        ) from exc
    text, enc, guessed = _decode(path, data, encoding)
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] = []
    rows: list[list] = []
    numbers: list[int] = []
    errors: list[RowError] = []
    line = 1
    try:
        for raw in reader:
            start, line = line, reader.line_num + 1
            cells = [clean_cell(c) for c in raw]
            if not any(cells):
                continue
            if not header:
                header = drop_trailing_empty(cells, 0)
                continue
            cells = drop_trailing_empty(cells, len(header))
            if len(cells) > len(header):
                errors.append(RowError(start, "", QT_TRANSLATE_NOOP(
                    "core", "{count} cells, but the header has {expected}"), {"count": len(cells), "expected": len(header)}))
                continue
            if len(cells) < len(header):
                cells += [""] * (len(header) - len(cells))
            rows.append(cells)
            numbers.append(start)
    except csv.Error as exc:
        raise _read_error(
            QT_TRANSLATE_NOOP("core", "{path}, line {line}: not valid CSV ({reason})."), path=path, line=line, reason=exc
        ) from exc
    if not header:
        raise _read_error(QT_TRANSLATE_NOOP("core", "{path} has no header line: it is empty."), path=path)
    return Table(path, enc, guessed, header, rows, numbers, errors)


def _read_xlsx(path: Path) -> Table:
    try:
        import openpyxl
    except ImportError as exc:
        raise _read_error(
            QT_TRANSLATE_NOOP("core", "{path} is an Excel file, and reading Excel files needs the openpyxl "
                                      "package, which is not installed. Save it as CSV and import that."),
            path=path,
        ) from exc
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise _read_error(
            QT_TRANSLATE_NOOP("core", "{path} cannot be read as an Excel file: {reason}"), path=path, reason=exc
        ) from exc
    try:
        sheet = book.worksheets[0]
        header: list[str] = []
        rows: list[list] = []
        numbers: list[int] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [clean_cell(v) if isinstance(v, str) else ("" if v is None else v) for v in values]
            if not any(c != "" for c in cells):
                continue
            if not header:
                header = drop_trailing_empty([str(c) for c in cells], 0)
                continue
            cells = cells[: len(header)] + [""] * (len(header) - len(cells))
            rows.append(cells)
            numbers.append(number)
    finally:
        book.close()
    if not header:
        raise _read_error(QT_TRANSLATE_NOOP("core", "{path} has no header line: it is empty."), path=path)
    return Table(path, "xlsx", False, header, rows, numbers, [])


# ---------------------------------------------------------------- cell parsers

_PLAIN_MONEY = re.compile(r"\d{1,10}(?:\.\d{1,2})?")
_DATE_TIME = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")


class CellError(Exception):
    def __init__(self, reason: str, **params) -> None:
        super().__init__(reason)
        self.reason, self.params = reason, params


def parse_time(value) -> str | None:
    """'YYYY-MM-DDTHH:MM:SS', or None for an empty cell; raises CellError."""
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat() + "T00:00:00"
    text = str(value).strip()
    if not text:
        return None
    if len(text) == 19 and text[4] == "-" and text[10] == " ":  # the usual export: fast path
        try:
            return datetime.fromisoformat(text).isoformat()
        except ValueError:
            pass
    m = _DATE_TIME.fullmatch(unicodedata.normalize("NFKC", text))
    if m:
        y, mo, d, h, mi, s = (int(x) if x else 0 for x in m.groups())
        try:
            return datetime(y, mo, d, h, mi, s).isoformat()
        except ValueError:
            pass
    raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is not a date and time"), text=text[:40])


def parse_fen(value) -> int:
    if isinstance(value, str) and _PLAIN_MONEY.fullmatch(value):
        whole, _, frac = value.partition(".")
        return int(whole) * 100 + int((frac + "00")[:2])
    try:
        return parse_money(value, allow_negative=False)
    except MoneyError as exc:
        raise CellError(exc.template, **exc.params) from exc


def parse_count(value, *, empty: int | None = None) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        n = value
    elif isinstance(value, float) and value.is_integer():
        n = int(value)
    else:
        text = unicodedata.normalize("NFKC", str(value)).replace(",", "").strip()
        if not text and empty is not None:
            return empty
        if not text.isascii() or not text.isdigit():
            raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is not a whole number"), text=str(value)[:40])
        n = int(text)
    if n < 0:
        raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is negative"), text=value)
    return n


def _text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


# ---------------------------------------------------------------- orders


def read_orders(
    path: Path, *, encoding: str | None = None, mapping: dict[str, str] | None = None, platform: str = "taobao"
) -> OrderFile:
    """Every order of the file and every row that cannot be read; the database is not touched.

    ``mapping`` (field -> header cell) overrides matching by name, for the column-mapping
    dialog; raises MissingColumns when a required field has no column.
    """
    table = read_table(path, encoding=encoding)
    if mapping is None:
        match = columns.match_header(table.header)
        mapping, missing = match.mapping, match.missing
    else:
        indexes = columns.column_indexes(table.header, mapping)
        mapping = {f: table.header[i] for f, i in indexes.items()}
        missing = [f for f, (_l, req, _a) in columns.ORDER_FIELDS.items() if req and f not in mapping]
    if missing:
        names = ", ".join(columns.ORDER_FIELDS[f][2][0] for f in missing)
        raise MissingColumns(
            QT_TRANSLATE_NOOP("core", "{path} has no column for: {names}. Choose the columns by hand."),
            header=table.header, encoding=table.encoding, missing=missing, path=table.path, names=names,
        )
    idx = columns.column_indexes(table.header, mapping)
    errors = list(table.errors)
    rows: list[ParsedOrder] = []
    i_id, i_buyer, i_paid, i_status = idx["order_id"], idx["buyer"], idx["paid"], idx["status"]
    i_created, i_paid_at = idx["created_at"], idx["paid_at"]
    i_title, i_qty = idx.get("title"), idx.get("quantity")
    header = table.header
    seen: dict[str, int] = {}
    for number, cells in zip(table.row_numbers, table.rows):
        column = ""
        try:
            column = header[i_id]
            order_id = _text(cells[i_id])
            if not order_id:
                raise CellError(QT_TRANSLATE_NOOP("core", "the order number is empty"))
            if order_id in seen:
                raise CellError(QT_TRANSLATE_NOOP("core", "order {order} is already on line {line}"),
                                order=order_id, line=seen[order_id])
            column = header[i_status]
            status_text = _text(cells[i_status])
            status = STATUSES.get(unicodedata.normalize("NFKC", status_text).replace(" ", ""))
            if status is None:
                raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is not a known order status"),
                                text=status_text[:40])
            column = header[i_paid]
            paid_fen = parse_fen(cells[i_paid])
            column = header[i_created]
            created_at = parse_time(cells[i_created])
            if created_at is None:
                raise CellError(QT_TRANSLATE_NOOP("core", "the order time is empty"))
            column = header[i_paid_at]
            paid_at = parse_time(cells[i_paid_at])
            if paid_at is None and status in PAID_STATUSES:
                raise CellError(QT_TRANSLATE_NOOP("core", "the order is paid but has no payment time"))
            title = _text(cells[i_title]) if i_title is not None else ""
            quantity = 1
            if i_qty is not None:
                column = header[i_qty]
                quantity = parse_count(cells[i_qty], empty=1)
        except CellError as exc:
            errors.append(RowError(number, column, exc.reason, exc.params))
            continue
        seen[order_id] = number
        rows.append(ParsedOrder(number, order_id, _text(cells[i_buyer]), created_at, paid_at, paid_fen,
                                status, status_text, title, quantity))
    errors.sort(key=lambda e: e.row)
    return OrderFile(table.path, table.encoding, table.header, mapping, rows, errors, platform, table.guessed)


def refuse_if_errors(path: Path, errors: list[RowError]) -> None:
    if errors:
        first = errors[0]
        raise OrderImportError(
            QT_TRANSLATE_NOOP("core", "{path}: {count} rows cannot be read, so nothing was imported. "
                                      "First: line {line}, column “{column}”: {reason}"),
            path=path, count=len(errors), line=first.row, column=first.column,
            reason=first.reason.format(**first.params),
        )


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _chunks(seq: list, size: int):
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


def import_orders(
    store, order_file: OrderFile, *, good_rows_only: bool = False, progress: Progress | None = None,
    backup: bool = True,
) -> ImportResult:
    """Write the file's orders in one transaction; see the module docstring."""
    if not good_rows_only:
        refuse_if_errors(order_file.path, order_file.errors)
    if backup:
        from app.core.backup import make_backup

        make_backup(store.path, reason="import")
    platform = order_file.platform
    rows = order_file.rows
    total = len(rows)
    now = _now()
    days: set[str] = set()
    # Inserting in file order touches index pages all over: a big page cache for the import
    # keeps them in memory instead of spilling.
    cache = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    store.conn.execute(f"PRAGMA cache_size = {-min(256, 16 + total // 2000) * 1024}")
    try:
        return _import(store, order_file, platform, rows, total, now, days, good_rows_only, progress)
    finally:
        store.conn.execute(f"PRAGMA cache_size = {cache}")


def _import(store, order_file, platform, rows, total, now, days, good_rows_only, progress) -> ImportResult:
    added = updated = unchanged = 0
    with store.write() as conn:
        done = 0
        for chunk in _chunks(rows, PROGRESS_EVERY):
            ids = [r.order_id for r in chunk]
            existing: dict[str, tuple] = {}
            for part in _chunks(ids, 500):
                marks = ",".join("?" * len(part))
                for rec in conn.execute(
                    "SELECT order_id, buyer, created_at, paid_at, paid_fen, status, status_text, title, "
                    f"quantity, day FROM orders WHERE platform = ? AND order_id IN ({marks})",
                    (platform, *part),
                ):
                    existing[rec[0]] = rec
            inserts, updates = [], []
            for r in chunk:
                day = r.day
                values = (r.buyer, r.created_at, r.paid_at, r.paid_fen, r.status, r.status_text, r.title,
                          r.quantity, day)
                old = existing.get(r.order_id)
                if old is None:
                    inserts.append((platform, r.order_id, *values, now, now))
                    days.add(day)
                elif old[1:] == values or _RANK[r.status] < _RANK[old[5]]:
                    unchanged += 1  # the same, or an older export than the one already imported
                else:
                    updates.append((*values, now, platform, r.order_id))
                    days.add(day)
                    days.add(old[9])
            conn.executemany(
                "INSERT INTO orders (platform, order_id, buyer, created_at, paid_at, paid_fen, status, "
                "status_text, title, quantity, day, imported_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                inserts,
            )
            conn.executemany(
                "UPDATE orders SET buyer = ?, created_at = ?, paid_at = ?, paid_fen = ?, status = ?, "
                "status_text = ?, title = ?, quantity = ?, day = ?, updated_at = ? "
                "WHERE platform = ? AND order_id = ?",
                updates,
            )
            added += len(inserts)
            updated += len(updates)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        recompute_rollups(conn, days)
        skipped = len(order_file.errors) if good_rows_only else 0
        conn.execute(
            "INSERT INTO imports (kind, file, encoding, platform, rows, added, updated, unchanged, skipped, "
            "imported_at) VALUES ('orders', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (str(order_file.path), order_file.encoding, platform, total, added, updated, unchanged, skipped, now),
        )
        if progress is not None:
            progress(total, total)
    return ImportResult(added, updated, unchanged, skipped, len(days))


_PAID = "status IN ('paid', 'shipped', 'completed') AND paid_at IS NOT NULL"


def recompute_rollups(conn, days) -> None:
    """Rebuild sales_daily, sales_daily_product and sales_hourly for ``days`` from orders."""
    days = sorted(d for d in days if d)
    if not days:
        return
    # When the days hold much of the table (a first import), one pass over the table beats a
    # primary-key lookup per order through the day index.
    affected = conn.execute(
        "SELECT count(*) FROM orders WHERE day IN (SELECT value FROM json_each(?))", (json.dumps(days),)
    ).fetchone()[0]
    total = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
    source = "orders NOT INDEXED" if affected * 4 > total else "orders"
    for part in [days] if source != "orders" else _chunks(days, 500):
        arg = json.dumps(part)
        in_days = "day IN (SELECT value FROM json_each(?))"
        for table in ("sales_daily", "sales_daily_product", "sales_hourly"):
            conn.execute(f"DELETE FROM {table} WHERE {in_days}", (arg,))
        conn.execute(
            f"""INSERT INTO sales_daily (day, revenue_fen, orders, quantity, buyers, closed, closed_fen, unpaid)
            SELECT day,
                   coalesce(sum(CASE WHEN {_PAID} THEN paid_fen END), 0),
                   count(CASE WHEN {_PAID} THEN 1 END),
                   coalesce(sum(CASE WHEN {_PAID} THEN quantity END), 0),
                   count(DISTINCT CASE WHEN {_PAID} THEN buyer END),
                   count(CASE WHEN status = 'closed' THEN 1 END),
                   coalesce(sum(CASE WHEN status = 'closed' AND paid_at IS NOT NULL THEN paid_fen END), 0),
                   count(CASE WHEN status = 'awaiting_payment' THEN 1 END)
            FROM {source} WHERE {in_days} GROUP BY day""",
            (arg,),
        )
        conn.execute(
            f"""INSERT INTO sales_daily_product (day, title, revenue_fen, orders, quantity)
            SELECT day, title, sum(paid_fen), count(*), sum(quantity)
            FROM {source} WHERE {in_days} AND {_PAID} GROUP BY day, title""",
            (arg,),
        )
        conn.execute(
            f"""INSERT INTO sales_hourly (day, hour, orders, revenue_fen)
            SELECT day, CAST(substr(paid_at, 12, 2) AS INTEGER), count(*), sum(paid_fen)
            FROM {source} WHERE {in_days} AND {_PAID} GROUP BY day, substr(paid_at, 12, 2)""",
            (arg,),
        )
