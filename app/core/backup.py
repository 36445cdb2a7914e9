"""Backups with SQLite's online backup API, their rotation, and restore.

A backup is written under a temporary name, checked with ``quick_check``, then renamed, so a
file named like a backup is always a good one. Rotation keeps all of today and yesterday, then
the newest of each of 12 days, 10 weeks and 9 months before that: about a year.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from app.core import paths
from app.core.db import DatabaseRefused, connect, connect_readonly, inspect
from app.core.errors import QT_TRANSLATE_NOOP, UserError

AUTO_INTERVAL = timedelta(minutes=30)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
_NAME = re.compile(r"^(?P<stem>.+)-(?P<ts>\d{8}-\d{6})-(?P<reason>[a-z-]+?)(?:-(?P<n>\d+))?\.sqlite3$")

Progress = Callable[[int, int], None]  # (pages done, pages in all)


class BackupError(UserError):
    pass


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str


def parse_backup_name(path: Path, stem: str | None = None) -> Backup | None:
    match = _NAME.match(Path(path).name)
    if not match or (stem is not None and match["stem"] != stem):
        return None
    taken = datetime.strptime(match["ts"], "%Y%m%d-%H%M%S")
    return Backup(Path(path), taken, match["reason"])


def list_backups(db_path: Path, folder: Path | None = None) -> list[Backup]:
    """This database's backups, newest first."""
    folder = folder or paths.backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = (parse_backup_name(p, Path(db_path).stem) for p in folder.glob("*.sqlite3"))
    return sorted((b for b in found if b), key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _free_name(folder: Path, stem: str, when: datetime, reason: str) -> Path:
    base = f"{stem}-{when:%Y%m%d-%H%M%S}-{reason}"
    candidate, n = folder / f"{base}.sqlite3", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{base}-{n}.sqlite3"
    return candidate


def verify_backup(path: Path) -> None:
    try:
        conn = connect_readonly(path)
        try:
            result = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        result = [str(exc)]
    if result != ["ok"]:
        raise BackupError(
            QT_TRANSLATE_NOOP("core", "The backup {path} failed its check: {reason}"),
            path=path, reason="; ".join(result),
        )


def make_backup(
    db_path: Path,
    *,
    reason: str = "manual",
    dest: Path | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    prune: bool = True,
) -> Path:
    """Copy the live database (other copies of the app may keep writing) to a checked file.

    ``dest`` may be a folder or a file name; by default the database's ``backups/`` folder,
    which is then pruned.
    """
    db_path = Path(db_path)
    now = now or datetime.now()
    if dest is not None and not Path(dest).is_dir():
        final = Path(dest)
        if final.exists():
            raise BackupError(
                QT_TRANSLATE_NOOP("core", "{path} already exists; choose a new file name for the backup."),
                path=final,
            )
    else:
        folder = Path(dest) if dest is not None else paths.backups_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        final = _free_name(folder, db_path.stem, now, reason)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(final.name + ".tmp")
    try:
        src = connect_readonly(db_path)
        dst = sqlite3.connect(str(tmp))
        try:
            def step(status: int, remaining: int, total: int) -> None:
                if progress:
                    progress(total - remaining, total)

            src.backup(dst, pages=256, progress=step)
            # A backup is one self-contained file, not a WAL database with side files.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        verify_backup(tmp)
        os.replace(tmp, final)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("core", "Could not back up {path}: {reason}"), path=db_path, reason=exc
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    if dest is None and prune:
        prune_backups(db_path, now=now)
    return final


def backups_to_keep(backups: Iterable[Backup], today: date) -> set[Path]:
    """Which backups rotation keeps; the tiers follow one another back in time."""
    keep: set[Path] = set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    yesterday = today - timedelta(days=1)
    for b in sorted(backups, key=lambda b: b.taken_at, reverse=True):
        day = b.taken_at.date()
        week = tuple(day.isocalendar())[:2]
        month = (day.year, day.month)
        if day >= yesterday:
            keep.add(b.path)
        elif day in days or week in weeks or month in months:
            continue  # a newer backup already stands for this day, week or month
        elif len(days) < KEEP_DAILY:
            days.add(day)
            keep.add(b.path)
        elif len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.add(b.path)
        elif len(months) < KEEP_MONTHLY:
            months.add(month)
            keep.add(b.path)
    return keep


def prune_backups(db_path: Path, *, now: datetime | None = None) -> list[Path]:
    backups = list_backups(db_path)
    keep = backups_to_keep(backups, (now or datetime.now()).date())
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _changed_since(db_path: Path, moment: float) -> bool:
    db_path = Path(db_path)
    wal = db_path.with_name(db_path.name + "-wal")
    if db_path.exists() and db_path.stat().st_mtime > moment:
        return True
    # A WAL file is created empty on open; only one with frames in it means new data.
    return wal.exists() and wal.stat().st_size > 0 and wal.stat().st_mtime > moment


def needs_backup(db_path: Path, *, now: datetime | None = None, max_age: timedelta = AUTO_INTERVAL) -> bool:
    """True when the data changed since the newest backup and that backup is at least
    ``max_age`` old (``timedelta(0)`` for "changed at all", as on close)."""
    backups = list_backups(db_path)
    if not backups:
        return Path(db_path).exists()
    newest = backups[0]
    now = now or datetime.now()
    if now - newest.taken_at < max_age:
        return False
    return _changed_since(db_path, newest.path.stat().st_mtime)


def restore_backup(db_path: Path, source: Path, *, now: datetime | None = None) -> Path | None:
    """Replace the database's content with ``source``; return the backup of what was there.

    The source is checked first; the current data is backed up before anything changes.
    A healthy current file is overwritten through the backup API (other open copies of the
    app see the change safely); a damaged one is kept aside byte for byte, then replaced.
    """
    db_path, source = Path(db_path), Path(source)
    if not source.exists():
        raise BackupError(QT_TRANSLATE_NOOP("core", "The backup {path} does not exist."), path=source)
    inspect(source)  # refuses a damaged, foreign or newer file with its own message
    verify_backup(source)
    try:
        return _replace_content(db_path, source, now)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("core", "Could not restore {path}: {reason}"), path=db_path, reason=exc
        ) from exc


def _replace_content(db_path: Path, source: Path, now: datetime | None) -> Path | None:
    if not db_path.exists():
        db_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, db_path)
        return None
    try:
        inspect(db_path)
        healthy = True
    except DatabaseRefused as exc:
        if not exc.restorable:  # in use, foreign, newer...: not damaged, so not to be replaced
            raise
        healthy = False
    if healthy:
        safety = make_backup(db_path, reason="before-restore", now=now, prune=False)
        src, live = connect_readonly(source), connect(db_path)
        try:
            src.backup(live)
        finally:
            src.close()
            live.close()
        return safety
    folder = paths.backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    safety = _free_name(folder, db_path.stem, now or datetime.now(), "damaged")
    shutil.copy2(db_path, safety)
    tmp = db_path.with_name(db_path.name + ".restore-tmp")
    shutil.copyfile(source, tmp)
    for side in ("-wal", "-shm"):
        side_file = db_path.with_name(db_path.name + side)
        if side_file.exists():
            shutil.copy2(side_file, safety.with_name(safety.name + side))
            side_file.unlink()
    os.replace(tmp, db_path)
    return safety
