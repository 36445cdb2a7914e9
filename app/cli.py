"""The command line: ``python main.py`` starts the GUI; commands run headless on the same core.

Exit codes: 0 done, 1 a user error (one line on stderr, in the user's language), 2 wrong usage.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.core import migrations, paths
from app.core.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    import argparse

CLI = "cli"


def say(template: str, **params: object) -> None:
    from app import i18n

    print(i18n.text(CLI, template, **params))


def _require_database(db_path: Path) -> None:
    if not db_path.exists():
        raise UserError(QT_TRANSLATE_NOOP("core", "There is no database at {path}."), path=db_path)


def cmd_check(args: argparse.Namespace) -> int:
    from app.core import backup
    from app.core.db import inspect

    _require_database(args.db)
    info = inspect(args.db)  # read-only; raises with the reason when the file is refused
    say(QT_TRANSLATE_NOOP("cli", "Database: {path}"), path=args.db)
    say(QT_TRANSLATE_NOOP("cli", "Integrity check: ok"))
    say(QT_TRANSLATE_NOOP("cli", "Data version: {found} (this version of Zhanggui: {latest})"),
        found=info.user_version, latest=migrations.LATEST)
    if info.user_version < migrations.LATEST:
        say(QT_TRANSLATE_NOOP("cli", "It will be upgraded when opened, after a backup."))
    say(QT_TRANSLATE_NOOP("cli", "Size: {size:,} bytes"), size=args.db.stat().st_size)
    backups = backup.list_backups(args.db)
    if backups:
        say(QT_TRANSLATE_NOOP("cli", "Backups: {count}, newest {when}"),
            count=len(backups), when=f"{backups[0].taken_at:%Y-%m-%d %H:%M:%S}")
    else:
        say(QT_TRANSLATE_NOOP("cli", "Backups: none yet"))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.core import backup
    from app.core.db import inspect

    _require_database(args.db)
    inspect(args.db)
    path = backup.make_backup(args.db, reason="manual", dest=args.dest)
    say(QT_TRANSLATE_NOOP("cli", "Backed up to {path}"), path=path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.core import backup

    safety = backup.restore_backup(args.db, args.src)
    say(QT_TRANSLATE_NOOP("cli", "Restored {db} from {src}."), db=args.db, src=args.src)
    if safety is not None:
        say(QT_TRANSLATE_NOOP("cli", "The previous data was kept in {path}"), path=safety)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.core.db import open_database
    from app.core.demo import load_demo

    store = open_database(args.db)
    try:
        load_demo(store)
    finally:
        store.close()
    say(QT_TRANSLATE_NOOP("cli", "Demo data added to {path}"), path=args.db)
    return 0


def cmd_export_campaign(args: argparse.Namespace) -> int:
    from app import i18n
    from app.core.db import open_database
    from app.ui.promotions.campaign_pdf import export_campaign_pdf  # Qt only for this command

    _require_database(args.db)
    store = open_database(args.db)
    try:
        lang = i18n.resolve_language(args.lang, os.environ.get("ZHANGGUI_LANG"))
        campaign = export_campaign_pdf(store, args.campaign_id, args.file, lang)
    finally:
        store.close()
    say(QT_TRANSLATE_NOOP("cli", "Exported the campaign “{name}” to {path}"), name=campaign.name, path=args.file)
    return 0


def cmd_import_orders(args: argparse.Namespace) -> int:
    from app.core.importing.orders import import_orders, read_orders

    return _import_file(args, read_orders, import_orders, QT_TRANSLATE_NOOP(
        "cli", "Imported {path}: {added} orders added, {updated} updated, {unchanged} unchanged."))


def _import_file(args: argparse.Namespace, read, write, done: str) -> int:
    from app.core.db import open_database

    table = read(args.file)  # before opening: a bad file leaves no trace
    store = open_database(args.db)
    try:  # without --skip-bad-rows, refuses a file with any unreadable row
        result = write(store, table, good_rows_only=args.skip_bad_rows)
    finally:
        store.close()
    say(done, path=args.file, added=result.added, updated=result.updated, unchanged=result.unchanged)
    _list_skipped(table.errors)
    return 0


def _list_skipped(errors) -> None:
    from app import i18n

    for error in errors:
        say(QT_TRANSLATE_NOOP("cli", "Skipped line {line}, column “{column}”: {reason}"), line=error.row,
            column=error.column, reason=i18n.text("core", error.reason, **(error.params or {})))


def cmd_import_traffic(args: argparse.Namespace) -> int:
    from app.core.importing.traffic import import_traffic, read_traffic

    return _import_file(args, read_traffic, import_traffic, QT_TRANSLATE_NOOP(
        "cli", "Imported {path}: {added} days added, {updated} updated, {unchanged} unchanged."))


def cmd_import_affiliate_orders(args: argparse.Namespace) -> int:
    from app.core.db import open_database
    from app.core.importing import columns
    from app.core.importing.affiliate_orders import KIND, import_affiliate_orders, read_affiliate_orders
    from app.core.importing.orders import MissingColumns

    try:
        table = read_affiliate_orders(args.file)  # before opening: a bad file leaves no trace
    except MissingColumns as exc:  # a layout whose columns were chosen once in the window
        mapping = None
        if args.db.exists():
            store = open_database(args.db)
            try:
                mapping = columns.get_mapping(store, exc.header, KIND)
            finally:
                store.close()
        if not mapping:
            raise
        table = read_affiliate_orders(args.file, mapping=mapping)
    store = open_database(args.db)
    try:  # refuses a file with any unreadable row unless --skip-bad-rows, and one with no good row
        result = import_affiliate_orders(store, table, good_rows_only=args.skip_bad_rows)
    finally:
        store.close()
    say(QT_TRANSLATE_NOOP("cli", "Imported {path}: {added} affiliate orders added, {updated} updated, "
                                 "{unchanged} skipped as unchanged, {errors} rows with errors left out; "
                                 "{unmatched} orders from promoters not in the register."),
        path=args.file, added=result.added, updated=result.updated, unchanged=result.unchanged,
        errors=result.skipped, unmatched=result.unmatched)
    _list_skipped(table.errors)
    return 0


def _read_remembered(args: argparse.Namespace, read, kind: str):
    """``read(args.file)``; a layout whose columns were chosen once in the window is read with
    that choice (looked up without creating a database that is not there)."""
    from app.core.db import open_database
    from app.core.importing import columns
    from app.core.importing.orders import MissingColumns

    try:
        return read(args.file)
    except MissingColumns as exc:
        mapping = None
        if args.db.exists():
            store = open_database(args.db)
            try:
                mapping = columns.get_mapping(store, exc.header, kind)
            finally:
                store.close()
        if not mapping:
            raise
        return read(args.file, mapping=mapping)


def cmd_import_affiliates(args: argparse.Namespace) -> int:
    from app.core.db import open_database
    from app.core.importing.affiliates_file import KIND, read_affiliates
    from app.core.importing.affiliates_merge import import_affiliates

    table = _read_remembered(args, read_affiliates, KIND)  # before opening: a bad file leaves no trace
    store = open_database(args.db)
    try:  # refuses a file with any bad row unless --skip-bad-rows, and one with no good row
        result = import_affiliates(store, table, on_duplicate=args.on_duplicate, good_rows_only=args.skip_bad_rows)
    finally:
        store.close()
    say(QT_TRANSLATE_NOOP("cli", "Imported {path}: {added} affiliates added, {updated} updated, {unchanged} "
                                 "already up to date, {skipped} duplicates skipped, {errors} rows with errors "
                                 "left out."),
        path=args.file, added=result.added, updated=result.updated, unchanged=result.unchanged,
        skipped=result.skipped, errors=result.errors)
    _list_skipped(result.left_out)
    return 0


def cmd_export_affiliates(args: argparse.Namespace) -> int:
    from app.core.affiliates_export import export_affiliates
    from app.core.db import open_database

    _require_database(args.db)
    store = open_database(args.db)
    try:
        count = export_affiliates(store, args.file)
    finally:
        store.close()
    say(QT_TRANSLATE_NOOP("cli", "Exported {count} affiliates to {path}"), count=count, path=args.file)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    import json
    from datetime import date

    from app.core.db import open_database
    from app.core.sales_report import report

    try:
        start, end = date.fromisoformat(args.start), date.fromisoformat(args.end)
    except ValueError as exc:
        raise UserError(QT_TRANSLATE_NOOP("cli", "Dates are written YYYY-MM-DD: {reason}"), reason=exc) from exc
    _require_database(args.db)
    store = open_database(args.db)
    try:
        data = report(store, start, end, args.by)
    finally:
        store.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    for row in [*data["rows"], {"period": "total", **data["total"]}]:
        conversion = "—" if row["conversion"] is None else f"{row['conversion']:.2%}"
        aov = "—" if row["aov_fen"] is None else f"{row['aov_fen'] / 100:.2f}"
        print(f"{row['period']:<10} {row['revenue_fen'] / 100:>14,.2f} {row['orders']:>8} "
              f"{row['buyers'] if row['buyers'] is not None else '—':>8} {conversion:>8} {aov:>10}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "demo": cmd_demo,
    "export-campaign": cmd_export_campaign,
    "import-orders": cmd_import_orders,
    "import-traffic": cmd_import_traffic,
    "import-affiliate-orders": cmd_import_affiliate_orders,
    "import-affiliates": cmd_import_affiliates,
    "export-affiliates": cmd_export_affiliates,
    "report": cmd_report,
}


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="zhanggui", description="掌柜助手 Zhanggui. Without a command, starts the app."
    )
    parser.add_argument("--db", type=Path, help="the database file (default: $ZHANGGUI_DB, "
                        "else zhanggui.sqlite3 in the data folder)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of the app and messages")
    parser.add_argument("--version", action="version", version=f"Zhanggui {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on temporary data, print one line, exit 0 or 1")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("check", help="report integrity and data version (read-only)")
    p = commands.add_parser("backup", help="back up the database now")
    p.add_argument("dest", nargs="?", type=Path, help="a folder or a new file name (default: backups/)")
    p = commands.add_parser("restore", help="replace the database with a backup (the current data is backed up first)")
    p.add_argument("src", type=Path, help="the backup file")
    commands.add_parser("demo", help="fill a new, empty database with demo shops to try the app on")
    p = commands.add_parser("export-campaign", help="write a campaign's plan, prices and tasks to a PDF for staff")
    p.add_argument("campaign_id", metavar="ID", help="the campaign's id")
    p.add_argument("file", metavar="FILE.pdf", type=Path, help="the PDF to write (replaced if it exists)")
    p = commands.add_parser("import-orders", help="import an order report (订单报表 CSV/XLSX); "
                            "a file with any unreadable row is refused")
    p.add_argument("file", metavar="FILE", type=Path, help="the exported order report")
    p.add_argument("--skip-bad-rows", action="store_true", help="import the good rows and list the others")
    p = commands.add_parser("import-traffic", help="import daily traffic (日期, 访客数, 浏览量 CSV); "
                            "a file with any unreadable row is refused")
    p.add_argument("file", metavar="FILE", type=Path, help="the traffic CSV")
    p.add_argument("--skip-bad-rows", action="store_true", help="import the good rows and list the others")
    p = commands.add_parser("import-affiliate-orders", help="import the affiliate platform's order report "
                            "(推广订单明细 CSV/XLSX); a file with any unreadable row is refused")
    p.add_argument("file", metavar="FILE", type=Path, help="the exported affiliate order report")
    p.add_argument("--skip-bad-rows", action="store_true", help="import the good rows and list the others")
    p = commands.add_parser("import-affiliates", help="import an affiliate register (淘客名录 CSV/XLSX); "
                            "a file with any bad row is refused")
    p.add_argument("file", metavar="FILE", type=Path, help="the spreadsheet of affiliates")
    p.add_argument("--on-duplicate", choices=["merge", "skip"], default="merge",
                   help="a row with the QQ, WeChat, phone or promoter key of an affiliate on file: merge it "
                        "into theirs (default) or skip it")
    p.add_argument("--skip-bad-rows", action="store_true", help="import the good rows and list the others")
    p = commands.add_parser("export-affiliates", help="export the affiliate register; .csv or .xlsx by the name")
    p.add_argument("file", metavar="FILE", type=Path, help="the file to write (replaced if it exists)")
    p = commands.add_parser("report", help="sales by day, week or month from the imported orders")
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--by", choices=["day", "week", "month"], default="day")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:  # a double-click: straight to the window, without argparse's import time
        from app.ui.app import run_gui

        return run_gui()
    args = build_parser().parse_args(argv)
    if args.self_test:
        from app import selftest

        return selftest.run()
    if args.command is None:
        from app.ui.app import run_gui  # Qt widgets only when there is a window to show

        return run_gui(args.db, args.lang)
    from app import i18n

    i18n.use_without_app(i18n.resolve_language(args.lang, os.environ.get("ZHANGGUI_LANG")))
    args.db = Path(args.db) if args.db else paths.default_db_path()
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        # One line, even when a reason (such as quick_check's report) spans several.
        print("zhanggui: " + " ".join(i18n.error_text(exc).splitlines()), file=sys.stderr)
        return 1
