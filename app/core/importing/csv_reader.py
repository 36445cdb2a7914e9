"""Read a CSV export from a shop back office into a header and rows of text.

Chinese back offices export in GB18030/GBK or in UTF-8 (with or without a byte-order mark),
and never say which, so the encoding is found by trying them in a fixed order: a BOM if there
is one, then strict UTF-8, then strict GB18030. The order matters: GBK text is almost never
valid UTF-8, while UTF-8 text often decodes, garbled, as GB18030; so UTF-8 goes first.

Exports write long numbers (order ids) as ``="2023..."`` so that Excel keeps every digit;
the wrapper is removed here, as is the whitespace around each cell.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP, UserError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class CsvReadError(UserError):
    """The file cannot be read as a CSV table; nothing was imported."""


class CsvEncodingError(CsvReadError):
    pass


class CsvFormatError(CsvReadError):
    pass


@dataclass(frozen=True)
class CsvTable:
    path: Path
    encoding: str
    header: list[str]
    rows: list[list[str]]  # each as long as the header
    line_numbers: list[int]  # the file line each row starts on, for messages about a row

    def records(self) -> list[dict[str, str]]:
        return [dict(zip(self.header, row, strict=True)) for row in self.rows]


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` by the first of BOM, strict UTF-8, strict GB18030 that fits.

    Raises UnicodeDecodeError when none does (a file with a BOM is held to its BOM).
    """
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


def read_csv(path: Path) -> CsvTable:
    """The header and the non-blank rows of ``path``, cells cleaned, each row as long as the
    header (short rows padded, trailing empty cells dropped: exports often end lines with a comma)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CsvReadError(
            QT_TRANSLATE_NOOP("core", "Could not read {path}: {reason}"), path=path, reason=exc.strerror or exc
        ) from exc
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError as exc:
        raise CsvEncodingError(
            QT_TRANSLATE_NOOP("core", "{path} is not a text file in UTF-8 or GB18030 (GBK). "
                                      "Export it again as CSV from the back office."),
            path=path,
        ) from exc
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] = []
    rows: list[list[str]] = []
    line_numbers: list[int] = []
    line = 1  # where the next record starts
    try:
        for raw in reader:
            start, line = line, reader.line_num + 1
            cells = [clean_cell(c) for c in raw]
            if not any(cells):
                continue  # a blank line
            if not header:
                header = drop_trailing_empty(cells, keep=0)
                continue
            cells = drop_trailing_empty(cells, keep=len(header))
            if len(cells) > len(header):
                raise CsvFormatError(
                    QT_TRANSLATE_NOOP("core", "{path}, line {line}: {count} cells, but the header "
                                              "has {expected}. The file may be damaged."),
                    path=path, line=start, count=len(cells), expected=len(header),
                )
            rows.append(cells + [""] * (len(header) - len(cells)))
            line_numbers.append(start)
    except csv.Error as exc:
        raise CsvFormatError(
            QT_TRANSLATE_NOOP("core", "{path}, line {line}: not valid CSV ({reason})."),
            path=path, line=line, reason=exc,
        ) from exc
    if not header:
        raise CsvFormatError(QT_TRANSLATE_NOOP("core", "{path} has no header line: it is empty."), path=path)
    return CsvTable(path, encoding, header, rows, line_numbers)
