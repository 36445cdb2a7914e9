"""Writing CSV files that Excel and WPS open correctly and safely.

* UTF-8 with a byte-order mark: without it Excel on a Chinese Windows reads the file as GBK
  and every Chinese character turns into mojibake.
* Formula injection (OWASP "CSV Injection"): a text cell that begins with ``=``, ``+``,
  ``-``, ``@``, tab, carriage return or line feed would be run as a formula by the
  spreadsheet, so it gets a leading single quote, which shows it as the text it is. Numbers
  (``int``, ``float``, ``Decimal``) are written as they are, so ``-5`` stays a number that
  sums; the same ``"-5"`` as text is quoted.
* A file is written next to its target and moved into place, so a failed export never leaves
  half a file, and a file held open by Excel gives a message instead of a traceback.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP, UserError

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


class ExportError(UserError):
    """The export file could not be written; nothing was changed."""


def escape_cell(value: object) -> str | int | float | Decimal:
    """The value as it should stand in a cell: numbers unchanged, text made formula-safe."""
    if value is None:
        return ""
    if isinstance(value, bool):  # a bool is an int to Python, but not a number to the reader
        return str(value)
    if isinstance(value, (int, float, Decimal)):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(header: Sequence[object], rows: Iterable[Sequence[object]]) -> str:
    """The CSV as text, without the byte-order mark (for previews and tests)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([escape_cell(cell) for cell in header])
    writer.writerows([escape_cell(cell) for cell in row] for row in rows)
    return out.getvalue()


def csv_bytes(header: Sequence[object], rows: Iterable[Sequence[object]]) -> bytes:
    """What is written to disk: UTF-8 with a byte-order mark."""
    return (BOM + csv_text(header, rows)).encode("utf-8")


def write_csv(path: Path, header: Sequence[object], rows: Iterable[Sequence[object]]) -> int:
    """Write ``rows`` under ``header`` to ``path`` (replacing it); return the number of rows."""
    path = Path(path)
    rows = list(rows)
    data = csv_bytes(header, rows)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "core", "Cannot write {path}: {reason}. If the file is open in Excel or WPS, close it and try again."
            ),
            path=path, reason=exc.strerror or exc,
        ) from exc
    return len(rows)
