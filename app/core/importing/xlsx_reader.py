"""Reading the seller centre's newer XLSX order reports (and a workbook saved under a .csv name)
as a TableStream, like a CSV file: the first sheet, its first non-blank row the header."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP
from app.core.importing import csv_reader
from app.core.importing.csv_reader import ImportFileError, TableStream, clean_cell, drop_trailing_empty


def open_xlsx(path: Path) -> TableStream:
    """Cells come cleaned and typed (numbers, datetimes); the rows in batches of csv_reader.BATCH."""
    try:
        import openpyxl
    except ImportError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("core", "{path} is an Excel file, and reading Excel files needs the openpyxl "
                                      "package, which is not installed. Save it as CSV and import that."),
            path=path,
        ) from exc
    handle = path.open("rb")  # a file object: openpyxl refuses a .csv name that holds a workbook
    try:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        handle.close()
        raise ImportFileError(
            QT_TRANSLATE_NOOP("core", "{path} cannot be read as an Excel file: {reason}"), path=path, reason=exc
        ) from exc

    def cleaned(values) -> list:
        return [clean_cell(v) if isinstance(v, str) else ("" if v is None else v) for v in values]

    source = enumerate(book.worksheets[0].iter_rows(values_only=True), start=1)
    header: list[str] = []
    for _number, values in source:
        cells = cleaned(values)
        if any(c != "" for c in cells):
            header = drop_trailing_empty([str(c) for c in cells], 0)
            break
    if not header:
        book.close()
        handle.close()
        raise ImportFileError(QT_TRANSLATE_NOOP("core", "{path} has no header line: it is empty."), path=path)
    width = len(header)

    def batches() -> Iterator[tuple[list[int], list[list]]]:
        lines: list[int] = []
        rows: list[list] = []
        try:
            for number, values in source:
                cells = cleaned(values)
                if any(c != "" for c in cells):
                    lines.append(number)
                    rows.append(cells[:width] + [""] * (width - len(cells)))
                    if len(rows) >= csv_reader.BATCH:
                        yield lines, rows
                        lines, rows = [], []
            if rows:
                yield lines, rows
        finally:
            book.close()
            handle.close()

    return TableStream(path, "xlsx", False, header, batches(), [], handle.tell)
