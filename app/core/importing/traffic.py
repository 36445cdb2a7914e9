"""Daily traffic (访客数 UV, 浏览量 PV) read off the analytics back office: typed in the grid
(``set_traffic``) or imported from a CSV with 日期, 访客数, 浏览量. One row a day; a later
figure for a day replaces the earlier one. Like orders, a file lands whole or not at all."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.importing import columns
from app.core.importing.orders import (
    CellError, ImportResult, Progress, RowError, parse_count, read_table, refuse_if_errors, resolve_columns,
)

_DAY = re.compile(r"(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?")


@dataclass(frozen=True)
class TrafficRow:
    row: int
    day: str
    visitors: int
    page_views: int


@dataclass
class TrafficFile:
    path: Path
    encoding: str
    header: list[str]
    mapping: dict[str, str]
    rows: list[TrafficRow]
    errors: list[RowError]


def parse_day(value) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = unicodedata.normalize("NFKC", str(value)).strip()
    m = _DAY.fullmatch(text.split(" ")[0]) if text else None
    if m:
        try:
            return date(*map(int, m.groups())).isoformat()
        except ValueError:
            pass
    raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is not a date"), text=text[:40])


def read_traffic(path: Path, *, encoding: str | None = None, mapping: dict[str, str] | None = None) -> TrafficFile:
    table = read_table(path, encoding=encoding)
    mapping, idx = resolve_columns(table.header, columns.TRAFFIC_FIELDS, mapping, path=table.path,
                                   encoding=table.encoding)
    rows: list[TrafficRow] = []
    errors = list(table.errors)
    seen: dict[str, int] = {}
    for number, cells in zip(table.row_numbers, table.rows):
        column = ""
        try:
            column = table.header[idx["day"]]
            day = parse_day(cells[idx["day"]])
            if day in seen:
                raise CellError(QT_TRANSLATE_NOOP("core", "{day} is already on line {line}"), day=day, line=seen[day])
            column = table.header[idx["visitors"]]
            visitors = parse_count(cells[idx["visitors"]])
            column = table.header[idx["page_views"]]
            page_views = parse_count(cells[idx["page_views"]])
        except CellError as exc:
            errors.append(RowError(number, column, exc.reason, exc.params))
            continue
        seen[day] = number
        rows.append(TrafficRow(number, day, visitors, page_views))
    errors.sort(key=lambda e: e.row)
    return TrafficFile(table.path, table.encoding, table.header, mapping, rows, errors)


_UPSERT = (
    "INSERT INTO traffic_daily (day, visitors, page_views, updated_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (day) DO UPDATE SET visitors = excluded.visitors, page_views = excluded.page_views, "
    "updated_at = excluded.updated_at"
)


def import_traffic(
    store, traffic_file: TrafficFile, *, good_rows_only: bool = False, progress: Progress | None = None,
    backup: bool = True,
) -> ImportResult:
    if not good_rows_only:
        refuse_if_errors(traffic_file.path, traffic_file.errors)
    if backup:
        from app.core.backup import make_backup

        make_backup(store.path, reason="import")
    now = datetime.now().isoformat(timespec="seconds")
    added = updated = unchanged = 0
    with store.write() as conn:
        old = {d: (v, p) for d, v, p in conn.execute("SELECT day, visitors, page_views FROM traffic_daily")}
        changes = []
        for r in traffic_file.rows:
            before = old.get(r.day)
            if before is None:
                added += 1
            elif before == (r.visitors, r.page_views):
                unchanged += 1
                continue
            else:
                updated += 1
            changes.append((r.day, r.visitors, r.page_views, now))
        conn.executemany(_UPSERT, changes)
        if progress is not None:
            progress(len(traffic_file.rows), len(traffic_file.rows))
        skipped = len(traffic_file.errors) if good_rows_only else 0
        conn.execute(
            "INSERT INTO imports (kind, file, encoding, rows, added, updated, unchanged, skipped, imported_at) "
            "VALUES ('traffic', ?, ?, ?, ?, ?, ?, ?, ?)",
            (str(traffic_file.path), traffic_file.encoding, len(traffic_file.rows), added, updated, unchanged,
             skipped, now),
        )
    return ImportResult(added, updated, unchanged, skipped)


def set_traffic(store, day: str | date, visitors: int, page_views: int) -> None:
    """One day's figures as typed in the grid; raises UserError for a bad value."""
    try:
        day = parse_day(day)
    except CellError as exc:
        raise UserError(exc.reason, **exc.params) from exc
    for value in (visitors, page_views):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise UserError(QT_TRANSLATE_NOOP("core", "“{text}” is not a whole number of 0 or more"), text=value)
    with store.write() as conn:
        conn.execute(_UPSERT, (day, visitors, page_views, datetime.now().isoformat(timespec="seconds")))
