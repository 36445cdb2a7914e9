"""Read a table exported by a shop back office (CSV or XLSX), row by row, without holding it.

Chinese back offices export in GB18030/GBK or in UTF-8 (with or without a byte-order mark),
and never say which, so the encoding is found in a fixed order: a BOM if there is one, then
strict UTF-8, then strict GB18030, then (the file being neither) the one of a few candidates
with the fewest undecodable bytes, marked as a guess. The order matters: GBK text is almost
never valid UTF-8, while UTF-8 text often decodes, garbled, as GB18030.

A 1,000,000-row report is ~140 MB, so the file is decoded while it is read: the first
megabyte decides which strict encodings are worth trying, and should a later byte prove the
choice wrong (rare: UTF-8 up to there, GBK after), ``scan_table`` starts the reading over
with the next encoding, which gives the same answer as decoding the whole file first.

Exports write long numbers (order ids) as ``="2023..."`` so that Excel keeps every digit;
``clean_cell`` removes the wrapper and the whitespace around a cell. Files that are not a table
(a picture renamed .csv, an old .xls) and files cut short (a download that stopped mid-row or
mid-character) are refused with a message that says so, never read as garbled rows.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import gc
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import TypeVar

from app.core.errors import QT_TRANSLATE_NOOP, UserError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried, in order, only when the file is neither strict UTF-8 nor strict GB18030; the one
# with the fewest undecodable bytes wins, and the preview says it was a guess.
DETECTOR_CANDIDATES = ("gb18030", "big5", "utf-8")
HEAD_BYTES = 1 << 20  # what the choice of encoding looks at before reading the whole file
_CHUNK = 1 << 20
_END_OF_DATA = ("unexpected end of data", "incomplete multibyte sequence")
T = TypeVar("T")


class ImportFileError(UserError):
    """The file was not imported; nothing changed."""


@dataclass(frozen=True, slots=True)
class RowError:
    row: int  # the line of the file (CSV) or the sheet row (XLSX) the record starts on
    column: str  # the header cell as written, or "" for the whole row
    reason: str  # an English template, translated with params
    params: dict = field(default_factory=dict)

    def __str__(self) -> str:
        where = f"line {self.row}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.reason.format(**self.params)}"


@dataclass
class Table:
    """A whole small table in memory (traffic files, the self-test): cells cleaned."""
    path: Path
    encoding: str
    guessed: bool  # the encoding came from the detector, not a BOM or a strict decode
    header: list[str]
    rows: list[list]  # each as long as the header
    row_numbers: list[int]
    errors: list[RowError]

    def records(self) -> list[dict]:
        return [dict(zip(self.header, row, strict=True)) for row in self.rows]


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` by the first of BOM, strict UTF-8, strict GB18030 that fits.

    Raises UnicodeDecodeError when none does (a file with a BOM is held to its BOM)."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030"), "gb18030"


def clean_cell(value: str) -> str:
    """``="0123"`` -> ``0123``; surrounding whitespace removed."""
    value = value.strip()
    if len(value) >= 3 and value.startswith('="') and value.endswith('"'):
        value = value[2:-1].strip()
    return value


def drop_trailing_empty(cells: list[str], keep: int) -> list[str]:
    end = len(cells)
    while end > keep and not cells[end - 1]:
        end -= 1
    return cells[:end]


@contextlib.contextmanager
def no_gc():
    """Python's cycle collector, walking the young row lists again and again, costs a third of
    reading a big file; rows form no cycles, so it waits till the end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _error(template: str, **params) -> ImportFileError:
    return ImportFileError(template, **params)


# ---------------------------------------------------------------- what kind of file

_MAGIC = (  # (prefix, what it is): files people rename to .csv by mistake
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "xls"),
    (b"%PDF", "binary"), (b"\x89PNG", "binary"), (b"\xff\xd8\xff", "binary"), (b"GIF8", "binary"),
    (b"Rar!", "binary"), (b"7z\xbc\xaf", "binary"), (b"\x1f\x8b", "binary"),
)


def _kind(path: Path, head: bytes) -> str:
    """'xlsx', 'xls', 'binary' or 'text', by the file's first bytes (its name may lie)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return "xlsx"
    for prefix, kind in _MAGIC:
        if head.startswith(prefix):
            return "xlsx" if kind == "zip" else kind
    if any(head.startswith(bom) for bom, _ in BOMS[1:]):
        return "text"  # UTF-16 is full of NUL bytes
    return "binary" if b"\x00" in head[:8192] else "text"


def _refuse_kind(path: Path, kind: str) -> None:
    if kind == "xls":
        raise _error(QT_TRANSLATE_NOOP(
            "core", "{path} is an old Excel 97-2003 (.xls) workbook, which cannot be read. Open it in Excel "
                    "or WPS and save it as .xlsx or CSV, then import that."), path=path)
    raise _error(QT_TRANSLATE_NOOP(
        "core", "{path} is not a table: it holds no text in rows and columns (it may be a picture or another "
                "kind of file renamed). Export the report again as CSV or Excel and import that."), path=path)


# ---------------------------------------------------------------- encodings

def _decodes(data: bytes, name: str) -> bool:
    try:  # not final: the head may end inside a character
        codecs.getincrementaldecoder(name)("strict").decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _replacements(path: Path, name: str) -> int:
    decoder = codecs.getincrementaldecoder(name)("replace")
    count = 0
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            count += decoder.decode(chunk).count("\ufffd")
    return count + decoder.decode(b"", final=True).count("\ufffd")


def _encodings(path: Path, head: bytes, encoding: str | None) -> Iterator[tuple[str, bool]]:
    """(codec, guessed) to try in turn; the last one reads anything (undecodable -> U+FFFD)."""
    if encoding:
        yield encoding, False
        return
    bom = next((name for mark, name in BOMS if head.startswith(mark)), None)
    if bom:
        yield bom, False
    else:
        for name in ("utf-8", "gb18030"):
            if _decodes(head, name):
                yield name, False
    yield min(DETECTOR_CANDIDATES, key=lambda name: _replacements(path, name)), True


class _WrongEncoding(Exception):
    """A byte past the head did not decode: read the file again with the next encoding."""


# ---------------------------------------------------------------- streams

class TableStream:
    """The header of a table file and then its rows, read as they are iterated.

    ``batches()`` yields ``(lines, rows)``, up to BATCH rows at a time (what a million-row
    reader works on: per-column operations instead of per-row Python); iterating yields
    ``(line, cells)`` one by one. ``line`` is the line (CSV) or sheet row (XLSX) a record starts
    on; ``cells`` are at least as many as the header has (padded with ""; extra cells are
    empty). CSV cells come as written, to be put through ``clean_cell`` by whoever uses them
    (cleaning every cell of a million rows costs more than reading them); XLSX cells come
    cleaned and typed (numbers, datetimes). Rows with more non-empty cells than the header are
    not yielded but listed in ``errors``. Blank lines are skipped. Read it once.
    """

    def __init__(self, path: Path, encoding: str, guessed: bool, header: list[str], batches: Iterator,
                 errors: list[RowError], progress: Callable[[], int] | None = None) -> None:
        self.path, self.encoding, self.guessed, self.header = path, encoding, guessed, header
        self.errors = errors
        self._batches = batches
        self.bytes_read = progress or (lambda: 0)  # how far the reading got, for a progress bar

    def batches(self) -> Iterator[tuple[list[int], list[list]]]:
        return self._batches

    def __iter__(self) -> Iterator[tuple[int, list]]:
        for lines, rows in self._batches:
            yield from zip(lines, rows)


BATCH = 5000


def _open_csv(path: Path, name: str, guessed: bool, explicit: bool, size: int) -> TableStream:
    raw = path.open("rb")
    text = io.TextIOWrapper(raw, encoding=name, errors="replace" if guessed else "strict", newline="")
    try:
        first = text.readline()
        text.seek(0)
    except BaseException:
        raw.close()
        raise
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    errors: list[RowError] = []
    line = 1  # where the next record starts

    def records() -> Iterator:
        """Yields the header, then batches of (lines, rows): one generator, and no per-row
        yield, as a row passes through each layer a million times."""
        nonlocal line
        try:
            header: list[str] = []
            header_width = 0
            for cells in reader:
                line = reader.line_num + 1
                cleaned = [clean_cell(c) for c in cells]
                if any(cleaned):
                    header = drop_trailing_empty(cleaned, 0)
                    header_width = len(cells)
                    break
            yield header
            width = len(header)
            extras = header_width - width  # Taobao ends every line with a comma: one empty column
            last_cell = itemgetter(-1)
            n, start = header_width, line
            while batch := list(islice(reader, BATCH)):  # C-level: no Python runs per row here
                first, line = line, reader.line_num + 1
                starts = (range(first, line) if line - first == len(batch)  # one line per record
                          else _record_starts(first, batch))
                n, start = len(batch[-1]), starts[-1]
                if ({*map(len, batch)} == {header_width} and all(map(any, batch))
                        and (not extras or (extras == 1 and not any(map(last_cell, batch))))):
                    yield list(starts), batch  # the usual: as wide as the header line, extras empty
                    continue
                lines: list[int] = []
                rows: list[list] = []
                for start, cells in zip(starts, batch):
                    n = len(cells)
                    if n >= width and not any(cells[width:]):
                        if any(cells):  # else a blank line
                            lines.append(start)
                            rows.append(cells)
                    elif n < width:
                        if any(c.strip() for c in cells):  # else a blank line
                            lines.append(start)
                            rows.append(cells + [""] * (width - n))
                    elif drop_trailing_empty([clean_cell(c) for c in cells[width:]], 0):
                        errors.append(RowError(start, "", QT_TRANSLATE_NOOP(
                            "core", "{count} cells, but the header has {expected}"),
                            {"count": len(drop_trailing_empty([clean_cell(c) for c in cells], 0)), "expected": width}))
                    else:
                        lines.append(start)
                        rows.append(cells)
                if rows:
                    yield lines, rows
            # A last line without its line break that is shorter than the header line is a file
            # cut off mid-row (a download or copy that stopped): refuse it, not import half a row.
            if n < header_width and not _ends_with_newline(path):
                raise _truncated(path, start)
        except UnicodeDecodeError as exc:
            if exc.reason in _END_OF_DATA:
                raise _truncated(path, _failing_record(path, name, delimiter)) from exc
            if explicit:
                raise _error(QT_TRANSLATE_NOOP("core", "{path} cannot be read as {encoding}: {reason}"),
                             path=path, encoding=name,
                             reason=f"line {_failing_record(path, name, delimiter)}: {exc.reason}") from exc
            raise _WrongEncoding from exc
        except csv.Error as exc:
            line = _failing_record(path, name, delimiter, "replace" if guessed else "strict")
            if raw.tell() >= size and "end of data" in str(exc):
                raise _truncated(path, line) from exc
            raise _error(QT_TRANSLATE_NOOP("core", "{path}, line {line}: not valid CSV ({reason})."),
                         path=path, line=line, reason=exc) from exc
        finally:
            raw.close()

    batches = records()
    header = next(batches)
    if not header:
        raise _error(QT_TRANSLATE_NOOP("core", "{path} has no header line: it is empty."), path=path)
    return TableStream(path, name, guessed, header, batches, errors, raw.tell)


def _record_starts(first: int, batch: list[list[str]]) -> list[int]:
    """The line each record starts on, when some span lines (a line break inside quotes)."""
    starts = []
    for cells in batch:
        starts.append(first)
        first += 1 + sum(c.count("\n") + c.count("\r") - c.count("\r\n") for c in cells if "\n" in c or "\r" in c)
    return starts


def _failing_record(path: Path, name: str, delimiter: str, errors: str = "strict") -> int:
    """The line the record that cannot be read starts on: read again, record by record (only
    after an error, so the usual read need not track each record)."""
    start = 1
    with path.open(encoding=name, errors=errors, newline="") as text:
        reader = csv.reader(text, delimiter=delimiter, strict=True)
        try:
            for _cells in reader:
                start = reader.line_num + 1
        except (csv.Error, UnicodeDecodeError):
            pass
    return start


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as f:
        f.seek(0, io.SEEK_END)
        if f.tell() == 0:
            return True
        f.seek(-1, io.SEEK_END)
        return f.read(1) in (b"\n", b"\r")


def _last_line(path: Path) -> int:
    lines, last = 1, b"\n"
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines - (last == b"\n")


def _truncated(path: Path, line: int) -> ImportFileError:
    return _error(QT_TRANSLATE_NOOP(
        "core", "{path} ends in the middle of line {line}: the file is incomplete (the download or copy "
                "stopped early). Nothing was imported; export or download the report again."),
        path=path, line=line)


def scan_table(path: Path, consume: Callable[[TableStream], T], *, encoding: str | None = None) -> T:
    """``consume(stream)`` for the file's table; called again, from the start, with a fresh stream
    when a byte deep in the file shows that the encoding chosen from its head was wrong, so
    ``consume`` must not leave anything behind when it raises."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(HEAD_BYTES)
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("core", "Could not read {path}: {reason}"), path=path, reason=exc.strerror or exc
        ) from exc
    kind = _kind(path, head)
    if kind == "xlsx":
        from app.core.importing.xlsx_reader import open_xlsx

        return consume(open_xlsx(path))
    if kind != "text":
        _refuse_kind(path, kind)
    for name, guessed in _encodings(path, head, encoding):
        try:
            stream = _open_csv(path, name, guessed, explicit=bool(encoding), size=size)
            return consume(stream)
        except LookupError as exc:  # an encoding name Python does not know
            raise _error(QT_TRANSLATE_NOOP("core", "{path} cannot be read as {encoding}: {reason}"),
                         path=path, encoding=name, reason=exc) from exc
        except UnicodeDecodeError as exc:  # in the first block, before any row
            if exc.reason in _END_OF_DATA:
                raise _truncated(path, _last_line(path)) from exc
            if encoding:
                raise _error(QT_TRANSLATE_NOOP("core", "{path} cannot be read as {encoding}: {reason}"),
                             path=path, encoding=name, reason=exc) from exc
        except _WrongEncoding:
            pass
    raise AssertionError("the detector reads any bytes")  # pragma: no cover


def read_table(path: Path, *, encoding: str | None = None) -> Table:
    """The whole table, cells cleaned: for files that fit in memory (traffic, affiliates, the
    self-test's sample). Order reports are read as a stream instead (orders.read_orders)."""
    def collect(stream: TableStream) -> Table:
        width = len(stream.header)
        text = stream.encoding != "xlsx"  # XLSX cells are typed: 0 is a value, not a blank
        rows, numbers = [], []
        for lines, batch in stream.batches():
            for line, cells in zip(lines, batch):
                cells = [clean_cell(c) if isinstance(c, str) else c for c in cells[:width]]
                if any(cells) if text else any(c != "" for c in cells):  # not a line of spaces
                    rows.append(cells)
                    numbers.append(line)
        return Table(stream.path, stream.encoding, stream.guessed, stream.header, rows, numbers,
                     sorted(stream.errors, key=lambda e: e.row))

    return scan_table(path, collect, encoding=encoding)
