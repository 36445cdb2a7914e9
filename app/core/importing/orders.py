"""Read a platform's order report (订单报表, CSV or XLSX) and import it into ``orders``.

Reading never touches the database: ``read_orders`` reads the file once, as it streams past
(csv_reader), and returns every unreadable row (line, column, reason) and the good orders,
which wait in a scratch file (order_scratch) so that a million of them take megabytes, not
gigabytes. ``import_orders`` (order_import) then writes the whole file in one transaction, or
nothing: it refuses a file with unreadable rows unless the user chose to import the good
rows only, and a progress callback that raises (the worker's Cancelled) rolls everything back.

Orders are keyed by (platform, order id): importing the same file twice adds nothing, and a
later export updates the status and payment of orders already there. An older export read
after a newer one does not move an order back (a shipped order is not made unpaid again).
The roll-ups (see schema_v5_sales) of every day an import touches are brought up to date in
the same transaction.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP
from app.core.importing import columns
from app.core.importing.csv_reader import (  # noqa: F401 - re-exported: traffic and the tests read them here
    DETECTOR_CANDIDATES, ImportFileError, RowError, Table, TableStream, no_gc, read_table, scan_table,
)
from app.core.importing.order_parse import (  # noqa: F401 - re-exported
    PAID_STATUSES, RANK, STATUSES, BadCell, CellError, Columns, ParsedOrder, batch_parser, fast_parser, parse_count,
    parse_fen, parse_row, parse_time, row_error,
)
from app.core.importing.order_import import (  # noqa: F401 - re-exported: the import side
    BULK_ROWS, PROGRESS_EVERY, ImportResult, Progress, import_orders, recompute_rollups, refuse_if_errors,
)
from app.core.importing.order_scratch import Scratch, Totals, duplicate_ids

PREVIEW_ROWS = 50  # orders kept in memory for the preview; the rest stay in the scratch file

OrderImportError = ImportFileError


class MissingColumns(OrderImportError):
    """Required fields no column matched: the GUI offers the column-mapping dialog."""

    def __init__(self, template: str, *, header: list[str], encoding: str, missing: list[str], **params):
        super().__init__(template, **params)
        self.header = header
        self.encoding = encoding
        self.missing = missing
        self.signature = columns.signature(header)


def resolve_columns(header: list[str], fields: dict, mapping: dict[str, str] | None, *, path, encoding: str
                    ) -> tuple[dict[str, str], dict[str, int]]:
    """(field -> header cell, field -> column index) of a file: matched by name, or from the
    ``mapping`` the user chose (only ``fields``' own entries kept); raises MissingColumns when a
    required field has no column, so the GUI can offer the column-mapping dialog."""
    if mapping is None:
        match = columns.match_header(header, fields)
        mapping, missing = match.mapping, match.missing
    else:
        indexes = columns.column_indexes(header, mapping)
        mapping = {f: header[i] for f, i in indexes.items() if f in fields}
        missing = [f for f, (_l, req, _a) in fields.items() if req and f not in mapping]
    if missing:
        raise MissingColumns(
            QT_TRANSLATE_NOOP("core", "{path} has no column for: {names}. Choose the columns by hand."),
            header=header, encoding=encoding, missing=missing, path=path,
            names=", ".join(fields[f][2][0] for f in missing))
    return mapping, columns.column_indexes(header, mapping)


class OrderRows(Sequence[ParsedOrder]):
    """A file's good orders: the first few in memory, all of them in the scratch file."""

    def __init__(self, scratch: Scratch, head: list[ParsedOrder]) -> None:
        self.scratch = scratch
        self._head = head

    def __len__(self) -> int:
        return self.scratch.count

    def __iter__(self) -> Iterator[ParsedOrder]:
        return self.scratch.orders()

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step < 0:
                return list(self)[index]
            if stop <= len(self._head):
                return self._head[index]
            return list(self.scratch.orders(start, max(0, stop - start)))[::step]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index < len(self._head):
            return self._head[index]
        return next(self.scratch.orders(index, 1))


@dataclass
class OrderFile:
    path: Path
    encoding: str
    header: list[str]
    mapping: dict[str, str]
    rows: OrderRows
    errors: list[RowError]
    platform: str = "taobao"
    encoding_guessed: bool = False
    totals: Totals = field(default_factory=Totals, repr=False)

    @property
    def signature(self) -> str:
        return columns.signature(self.header)

    def close(self) -> None:
        """Delete the scratch file now (it goes anyway when this object does)."""
        self.rows.scratch.close()


# ---------------------------------------------------------------- reading


def read_orders(
    path: Path, *, encoding: str | None = None, mapping: dict[str, str] | None = None, platform: str = "taobao",
    progress: Progress | None = None,
) -> OrderFile:
    """Every order of the file and every row that cannot be read; the database is not touched.

    ``mapping`` (field -> header cell) overrides matching by name, for the column-mapping
    dialog; raises MissingColumns when a required field has no column. ``progress(bytes read,
    file size)`` is called now and then."""
    return scan_table(path, lambda stream: _read(stream, mapping, platform, progress), encoding=encoding)


def _columns(stream: TableStream, mapping: dict[str, str] | None) -> tuple[Columns, dict[str, str]]:
    header = stream.header
    if (mapping is None and columns.match_header(header).missing
            and not columns.match_header(header, columns.TRAFFIC_FIELDS).missing):
        raise OrderImportError(QT_TRANSLATE_NOOP(
            "core", "{path} holds daily traffic (date, visitors, page views), not orders. Import it with "
                    "“Enter traffic…” → “Import traffic”."), path=stream.path)
    mapping, idx = resolve_columns(header, columns.ORDER_FIELDS, mapping, path=stream.path, encoding=stream.encoding)
    at = Columns(header, idx["order_id"], idx["buyer"], idx["paid"], idx["status"], idx["created_at"],
                 idx["paid_at"], idx.get("title"), idx.get("quantity"))
    return at, mapping


def _read(stream: TableStream, mapping: dict[str, str] | None, platform: str, progress: Progress | None) -> OrderFile:
    at, mapping = _columns(stream, mapping)
    scratch = Scratch(stream.path)
    try:
        head, errors, totals = _parse_all(stream, at, scratch, progress)
    except BaseException:
        scratch.close()  # a wrong encoding guess reads again from the start: leave nothing
        raise
    if not scratch.count and not errors:
        scratch.close()
        raise OrderImportError(QT_TRANSLATE_NOOP(
            "core", "{path} has a header line but no orders below it: there is nothing to import."), path=stream.path)
    return OrderFile(stream.path, stream.encoding, stream.header, mapping, OrderRows(scratch, head), errors,
                     platform, stream.guessed, totals)


def _parse_all(stream: TableStream, at: Columns, scratch: Scratch, progress: Progress | None):
    """Parse every row into ``scratch``; (preview orders, row errors, totals). A batch whose rows
    all have the usual shape is parsed column by column (order_parse.batch_parser); any other
    batch row by row, by the fast parser or, failing that, by parse_row."""
    text = stream.encoding != "xlsx"
    whole = batch_parser(at) if text else None
    fast = fast_parser(at) if text else None
    size = stream.path.stat().st_size
    totals = Totals()
    keys = array("q")  # hash(order id) per good row, for finding repeated ids afterwards
    head: list[ParsedOrder] = []
    errors = list(stream.errors)
    with no_gc():
        for lines, rows in stream.batches():
            parsed = whole(lines, rows) if whole else None
            if parsed is not None:
                columns_, paid_times, order_times = parsed
            else:
                orders = _parse_rows(lines, rows, at, fast, errors)
                if not orders:
                    continue
                columns_ = list(zip(*orders))
                paid_times = [p.replace("T", " ") if p else "" for p in columns_[4]]
                order_times = columns_[3]
            _lines, ids, _buyer, _created, _paid, fens, statuses, _text, titles, quantities = columns_
            totals.extend(paid_times, order_times, titles, fens, quantities, statuses)
            keys.extend(map(hash, ids))
            if len(head) < PREVIEW_ROWS:
                head.extend(ParsedOrder(*o) for o in islice(zip(*columns_), PREVIEW_ROWS - len(head)))
            scratch.write(zip(*columns_[1:]), columns_[0])
            if progress is not None:
                progress(stream.bytes_read(), size)
    repeated = duplicate_ids(keys, scratch)
    del keys
    removed = [seq for seq, _line, _id, _first in repeated]
    if repeated:
        column = at.header[at.order_id]
        scratch.delete(removed)
        for _seq, line, order_id, first in repeated:
            errors.append(RowError(line, column, QT_TRANSLATE_NOOP("core", "order {order} is already on line {line}"),
                                   {"order": order_id, "line": first}))
        lines = {line for _seq, line, _id, _first in repeated}
        head = [o for o in head if o.row not in lines]
    totals.finish(removed)
    scratch.finish()
    errors.sort(key=lambda e: e.row)
    return head, errors, totals


def _parse_rows(lines: list[int], rows: list[list], at: Columns, fast, errors: list[RowError]) -> list[tuple]:
    orders = []
    for line, cells in zip(lines, rows):
        order = fast(line, cells) if fast else None
        if order is None:
            try:
                parsed = parse_row(cells, at)
            except BadCell as exc:
                errors.append(row_error(line, exc))
                continue
            if parsed is None:
                continue  # a line of blank cells
            order = (line, *parsed)
        orders.append(order)
    return orders


# ---------------------------------------------------------------- importing
