"""Import a read affiliate spreadsheet (``affiliates_file``) into the register: all or nothing.

Duplicates: a row is the same person as a record on file, or as an earlier row of the file,
when it shares the QQ, WeChat or phone (compared as stored: ``affiliates.normalise_phone``) or a
promoter key (推广者昵称, PID, 来源媒体: a key belongs to one affiliate). A row with none of
those is the same person as a record of the same name that has no QQ, WeChat or phone either,
so that importing the same file twice adds nothing. The user chooses:

- ``merge``: the file's filled-in cells overwrite the record's fields (notes are appended,
  never replaced, so nothing typed in the app is lost); channels, tags, groups and keys are
  added. Merging rows of one file gives one record.
- ``skip``: the row is left out and the record stays as it is.

A row that matches two different records (QQ of one, phone of another), or whose promoter key
belongs to an affiliate in the trash, is an error: the user must sort that out by hand.

``plan_import`` works all of this out without writing (the preview shows it);
``import_affiliates`` plans again inside one transaction and writes with executemany; a file
with any error is refused unless the user chose the good rows only, and a progress callback
that raises (the worker's Cancelled) rolls everything back. Groups named in the file that we
do not have yet are created (微信 in the name: a WeChat group, else a QQ group).
"""

from __future__ import annotations

import contextlib
import json
import operator
from dataclasses import dataclass, field
from datetime import datetime

from app.core.affiliates import FIELDS, MAX_NOTES, Channel, search_fields
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.importing.affiliates_file import KEY_FIELDS, KIND, AffiliateFile, ParsedAffiliate, no_gc
from app.core.importing.orders import OrderImportError, Progress, RowError, refuse_if_errors
from app.core.records import new_id, now_stamp

ON_DUPLICATE = ("merge", "skip")
PROGRESS_EVERY = 2000
REBUILD_AT = 5000  # new affiliates from which dropping and rebuilding the indexes pays
_FIELD_COLUMNS = ", ".join(FIELDS)


@dataclass(frozen=True, slots=True)
class RowPlan:
    action: str  # new, merge, skip, error
    target_id: str = ""  # the record on file it duplicates
    target_name: str = ""
    target_row: int = 0  # or the earlier row of the file
    matched: str = ""  # what matched: qq, wechat, phone, nick, pid, media, name
    value: str = ""


@dataclass
class Record:
    """An affiliate as it will be written: a new one, or one on file with the rows merged in."""
    id: str
    existing: bool
    name: str
    first_row: int = 0
    fields: dict = field(default_factory=dict)
    channels: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    groups: list = field(default_factory=list)  # names
    keys: list = field(default_factory=list)
    rows: list = field(default_factory=list)  # the ParsedAffiliate rows merged into it
    loaded: tuple = ()  # the state read from the database, to tell what changed
    changed: bool = False

    def state(self) -> tuple:
        return (tuple(self.fields.items()), tuple(self.channels), tuple(sorted(self.tags)),
                tuple(sorted(self.groups)), tuple(sorted(self.keys)))


@dataclass
class Plan:
    rows: list[RowPlan]  # one per af.rows
    errors: list[RowError]  # found against the register (the file's own are in af.errors)
    records: list[Record]  # new ones and changed ones on file
    added: int = 0  # new records
    updated: int = 0  # records on file that the merged rows change
    unchanged: int = 0  # records on file that the merged rows leave as they were
    skipped: int = 0  # duplicate rows left out

    def count(self, action: str) -> int:
        """How many rows of the file are new, merge, skip or error."""
        return sum(1 for r in self.rows if r.action == action)


@dataclass(frozen=True)
class AffiliateImportResult:
    added: int  # new affiliates
    updated: int  # affiliates on file changed by merged rows
    unchanged: int  # affiliates on file that the file matched, already as it says
    skipped: int  # duplicate rows skipped
    errors: int  # rows with errors left out, at the user's choice
    groups_added: int = 0
    left_out: tuple = ()  # those rows' RowErrors, in file order


# ---------------------------------------------------------------- matching


def identifiers(p: ParsedAffiliate) -> list[tuple[str, str]]:
    """What identifies the row's person: (field, value) pairs, as stored."""
    found = [(f, p.fields[f]) for f in ("qq", "wechat", "phone") if p.fields.get(f)]
    found += list(p.keys)
    return found or [("name", p.fields["name"])]


def _on_file(conn, all_idents: list[list[tuple[str, str]]]) -> dict[tuple[str, str], tuple[str, str, bool]]:
    """(field, value) -> (id, name, in the trash) of records holding the file's identifiers."""
    wanted: dict[str, set] = {}
    for idents in all_idents:
        for f, v in idents:
            wanted.setdefault(f, set()).add(v)
    found: dict[tuple[str, str], tuple[str, str, bool]] = {}

    def query(sql: str, f: str, values) -> None:
        for value, affiliate_id, name, deleted in conn.execute(sql, (json.dumps(sorted(values)),)):
            found.setdefault((f, value), (affiliate_id, name, deleted is not None))

    live = "deleted_at IS NULL AND {f} != '' AND {f} IN (SELECT value FROM json_each(?)) ORDER BY created_at, rowid"
    for f in ("qq", "wechat", "phone"):
        if wanted.get(f):
            query(f"SELECT {f}, id, name, deleted_at FROM affiliates WHERE " + live.format(f=f), f, wanted[f])
    for kind in KEY_FIELDS:
        if wanted.get(kind):
            query("SELECT k.value, a.id, a.name, a.deleted_at FROM affiliate_keys k JOIN affiliates a "
                  "ON a.id = k.affiliate_id WHERE k.kind = '" + kind + "' AND k.value IN "
                  "(SELECT value FROM json_each(?))", kind, wanted[kind])
    if wanted.get("name"):
        query("SELECT name, id, name, deleted_at FROM affiliates WHERE deleted_at IS NULL AND qq = '' AND "
              "wechat = '' AND phone = '' AND name IN (SELECT value FROM json_each(?)) ORDER BY created_at, rowid",
              "name", wanted["name"])
    return found


def _error(p: ParsedAffiliate, af: AffiliateFile, f: str, reason: str, **params) -> RowError:
    return RowError(p.row, af.column_of(f), reason, params)


def plan_import(conn, af: AffiliateFile, on_duplicate: str = "merge", progress: Progress | None = None) -> Plan:
    """What importing ``af`` would do to the register; nothing is written."""
    if on_duplicate not in ON_DUPLICATE:
        raise ValueError(on_duplicate)
    with no_gc():
        return _plan(conn, af, on_duplicate, progress)


def _plan(conn, af: AffiliateFile, on_duplicate: str, progress: Progress | None) -> Plan:
    all_idents = [identifiers(p) for p in af.rows]
    on_file = _on_file(conn, all_idents)
    index: dict[tuple[str, str], Record] = {}
    by_id: dict[str, Record] = {}
    records: list[Record] = []
    plans: list[RowPlan] = []
    errors: list[RowError] = []
    for n, (p, idents) in enumerate(zip(af.rows, all_idents), start=1):
        found = other = problem = None
        for ident in idents:
            record = index.get(ident)
            if record is None and ident in on_file:
                affiliate_id, name, trashed = on_file[ident]
                if trashed:
                    problem = _error(p, af, ident[0], QT_TRANSLATE_NOOP(
                        "core", "the promoter key “{value}” belongs to {name}, who is in the trash: restore them "
                                "or empty the trash first"), value=ident[1], name=name)
                    break
                record = by_id.get(affiliate_id)
                if record is None:
                    record = by_id[affiliate_id] = Record(affiliate_id, True, name)
            if record is None:
                continue
            if found is None:
                found = (record, ident)
            elif record is not found[0] and other is None:
                other = (record, ident)
        if problem is None and other is not None:
            problem = _error(p, af, other[1][0], QT_TRANSLATE_NOOP(
                "core", "this row matches two records, {first} and {second} (by {value}): merge them by hand first"),
                first=_label(found[0]), second=_label(other[0]), value=other[1][1])
        if problem is not None:
            errors.append(problem)
            plans.append(_ERROR)
            continue
        if found is not None:
            record, (f, v) = found
            plans.append(RowPlan(on_duplicate, record.id if record.existing else "", record.name,
                                 0 if record.existing else record.first_row, f, v))
            if on_duplicate == "skip":
                continue
            record.rows.append(p)
        else:
            record = Record("", False, p.fields["name"], p.row, rows=[p])
            records.append(record)
            plans.append(_NEW)
        for ident in idents:
            index.setdefault(ident, record)
        if progress is not None and n % PROGRESS_EVERY == 0:
            progress(n, 2 * len(af.rows))
    plan = Plan(plans, errors, [])
    _load(conn, [r for r in by_id.values() if r.rows])
    for record in [*by_id.values(), *records]:
        if record.rows:
            _build(record, plan, af)
    plan.skipped = sum(1 for r in plans if r.action == "skip")
    plan.records = [r for r in [*records, *by_id.values()] if r.rows and r.changed]
    return plan


_NEW, _ERROR = RowPlan("new"), RowPlan("error")


def _label(record: Record) -> str:
    return record.name if record.existing else f"{record.name} (#{record.first_row})"


def _load(conn, records: list[Record]) -> None:
    """The current fields, channels, tags, groups and keys of the records on file to merge into."""
    if not records:
        return
    by_id = {r.id: r for r in records}
    arg = json.dumps(list(by_id))
    within = "affiliate_id IN (SELECT value FROM json_each(?))"
    for row in conn.execute(f"SELECT id, {_FIELD_COLUMNS} FROM affiliates WHERE id IN (SELECT value FROM json_each(?))",
                            (arg,)):
        by_id[row[0]].fields = dict(zip(FIELDS, row[1:]))
    for affiliate_id, *channel in conn.execute(
            f"SELECT affiliate_id, kind, name, url, audience FROM affiliate_channels WHERE {within} "
            "ORDER BY affiliate_id, position", (arg,)):
        by_id[affiliate_id].channels.append(Channel(*channel))
    for affiliate_id, tag in conn.execute(f"SELECT affiliate_id, tag FROM affiliate_tags WHERE {within}", (arg,)):
        by_id[affiliate_id].tags.append(tag)
    for affiliate_id, name in conn.execute(
            "SELECT m.affiliate_id, g.name FROM affiliate_group_members m JOIN affiliate_groups g "
            f"ON g.id = m.group_id WHERE g.deleted_at IS NULL AND m.{within}", (arg,)):
        by_id[affiliate_id].groups.append(name)
    for affiliate_id, kind, value in conn.execute(
            f"SELECT affiliate_id, kind, value FROM affiliate_keys WHERE {within}", (arg,)):
        by_id[affiliate_id].keys.append((kind, value))
    for record in records:
        record.loaded = record.state()


def _build(record: Record, plan: Plan, af: AffiliateFile) -> None:
    """Apply the record's rows in file order: the first makes a new record, the rest merge in."""
    rows, record.rows = record.rows, []
    for p in rows:
        if not record.existing and not record.fields:
            # The row's own lists, not copies: a second row merging in copies them first.
            record.id = new_id()
            record.fields, record.channels, record.tags = p.fields, p.channels, p.tags
            record.groups, record.keys = p.groups, p.keys
            record.rows.append(p)
            continue
        record.channels, record.tags = list(record.channels), list(record.tags)
        record.groups, record.keys = list(record.groups), list(record.keys)
        fields = {**record.fields, **{f: p.fields[f] for f in p.given if f != "notes"}}
        notes = p.fields.get("notes") or ""
        if notes and notes not in (record.fields.get("notes") or ""):
            fields["notes"] = f"{record.fields['notes']}\n{notes}" if record.fields.get("notes") else notes
            if len(fields["notes"]) > MAX_NOTES:
                plan.errors.append(RowError(p.row, af.column_of("notes"), QT_TRANSLATE_NOOP(
                    "core", "the notes, added to those of {name}, would be longer than {limit} characters"),
                    {"name": record.name, "limit": MAX_NOTES}))
                continue
        record.fields = fields
        for channel in p.channels:
            merge_channel(record.channels, channel)
        record.tags += [t for t in p.tags if t not in record.tags]
        record.groups += [g for g in p.groups if g not in record.groups]
        record.keys += [k for k in p.keys if k not in record.keys]
        record.rows.append(p)
    record.changed = not record.existing or record.state() != record.loaded
    if not record.existing:
        plan.added += 1
    elif record.changed:
        plan.updated += 1
    elif record.rows:
        plan.unchanged += 1


def merge_channel(channels: list[Channel], new: Channel) -> None:
    """Add ``new``, or fill in the one already there with the same address (or, without one,
    the same name): its kind stays, the file's name and audience win when given."""
    for i, old in enumerate(channels):
        if (new.url and old.url == new.url) or (not new.url and new.name and old.name == new.name):
            channels[i] = Channel(old.kind, new.name or old.name, new.url or old.url,
                                  old.audience if new.audience is None else new.audience)
            return
    channels.append(new)


# ---------------------------------------------------------------- writing


def import_affiliates(store, af: AffiliateFile, *, on_duplicate: str = "merge", good_rows_only: bool = False,
                      progress: Progress | None = None, backup: bool = True,
                      now: datetime | None = None) -> AffiliateImportResult:
    """Plan and write the file in one transaction; see the module docstring."""
    if not af.rows:
        refuse_if_errors(af.path, af.errors)
        raise OrderImportError(QT_TRANSLATE_NOOP("core", "{path} has no affiliates, so nothing was imported."),
                               path=af.path)
    if not good_rows_only:
        refuse_if_errors(af.path, af.errors)
    if backup:
        from app.core.backup import make_backup

        make_backup(store.path, reason="import")
    _, stamp = now_stamp(now)
    cache = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    # A page cache big enough for the indexes of the whole import (negative: KiB).
    store.conn.execute(f"PRAGMA cache_size = {-min(256, 16 + len(af.rows) // 1000) * 1024}")
    try:
        with no_gc():
            return _import(store, af, on_duplicate, good_rows_only, progress, stamp)
    finally:
        store.conn.execute(f"PRAGMA cache_size = {cache}")


def _import(store, af, on_duplicate, good_rows_only, progress, stamp) -> AffiliateImportResult:
    with store.write() as conn:
        plan = plan_import(conn, af, on_duplicate, progress)
        errors = sorted([*af.errors, *plan.errors], key=lambda e: e.row)
        if not good_rows_only or (errors and not plan.records and not plan.count("skip") and not plan.unchanged):
            refuse_if_errors(af.path, errors)
        groups_added = write_plan(conn, plan, stamp, progress, len(af.rows))
        skipped_errors = len(errors) if good_rows_only else 0
        conn.execute(
            "INSERT INTO imports (kind, file, encoding, rows, added, updated, unchanged, skipped, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (KIND, str(af.path), af.encoding, len(af.rows) + len(af.errors), plan.added, plan.updated,
             plan.unchanged, plan.skipped + skipped_errors, stamp))
        if progress is not None:
            progress(2 * len(af.rows), 2 * len(af.rows))
    return AffiliateImportResult(plan.added, plan.updated, plan.unchanged, plan.skipped, skipped_errors, groups_added,
                                 tuple(errors) if good_rows_only else ())


def _group_ids(conn, records: list[Record], stamp: str) -> tuple[dict[str, str], int]:
    """Our groups by name; the ones the file names that we do not have yet are created."""
    ids = {}
    for group_id, name in conn.execute("SELECT id, name FROM affiliate_groups WHERE deleted_at IS NULL "
                                       "ORDER BY created_at DESC"):
        ids[name] = group_id  # the oldest of two groups with one name wins
    wanted = dict.fromkeys(g for r in records for g in r.groups if g not in ids)
    for name in wanted:
        ids[name] = new_id()
    conn.executemany(
        "INSERT INTO affiliate_groups (id, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        [(ids[n], n, "wechat" if "微信" in n else "qq", stamp, stamp) for n in wanted])
    return ids, len(wanted)


def write_plan(conn, plan: Plan, stamp: str, progress: Progress | None = None, total: int = 0) -> int:
    """Write the planned records inside the caller's transaction; how many groups were created."""
    group_ids, groups_added = _group_ids(conn, plan.records, stamp)
    inserts, updates, channels, tags, members, keys, replaced = [], [], [], [], [], [], []
    values_of = operator.itemgetter(*FIELDS)
    for n, record in enumerate(plan.records, start=1):
        rid = record.id
        key, sort_name = search_fields(record.fields, [(c.name, c.url) for c in record.channels])
        if record.existing:
            updates.append((*values_of(record.fields), key, sort_name, stamp, rid))
            replaced.append((rid,))
            old_keys = set(record.loaded[4])
            keys += [(k, v, rid) for k, v in record.keys if (k, v) not in old_keys]
        else:
            inserts.append((rid, *values_of(record.fields), key, sort_name, stamp, stamp))
            keys += [(k, v, rid) for k, v in record.keys]
        for i, c in enumerate(record.channels):
            channels.append((new_id(), rid, c.kind, c.name, c.url, c.audience, i))
        for t in record.tags:
            tags.append((t, rid))
        for g in record.groups:
            members.append((group_ids[g], rid))
        if progress is not None and n % PROGRESS_EVERY == 0:
            progress(total + n * total // max(1, len(plan.records)), 2 * total)
    # Each table's rows in its primary key's order: the B-trees grow at one end instead of
    # splitting pages all over (a third faster for 100,000 affiliates).
    for rows in (inserts, channels, tags, members, keys):
        rows.sort()
    with _indexes_rebuilt(conn, len(inserts) >= REBUILD_AT and len(inserts) >= _live(conn)):
        _insert(conn, inserts, updates, replaced, channels, tags, members, keys)
    return groups_added


@contextlib.contextmanager
def _indexes_rebuilt(conn, rebuild: bool):
    """For a big first load, the register's indexes are dropped and built again afterwards,
    from sorted data, in the same transaction: three times faster than growing a dozen
    B-trees row by row. The index definitions are read back from the schema itself."""
    saved = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
        "('affiliates', 'affiliate_channels', 'affiliate_tags', 'affiliate_group_members', 'affiliate_keys')"
    ).fetchall() if rebuild else []
    for name, _sql in saved:
        conn.execute(f'DROP INDEX "{name}"')
    yield  # an exception propagates and the caller's rollback brings the indexes back
    for _name, sql in saved:
        conn.execute(sql)


def _live(conn) -> int:
    return conn.execute("SELECT count(*) FROM affiliates").fetchone()[0]


def _insert(conn, inserts, updates, replaced, channels, tags, members, keys) -> None:
    marks = ", ".join("?" * len(FIELDS))
    conn.executemany(f"INSERT INTO affiliates (id, {_FIELD_COLUMNS}, search_key, sort_name, created_at, updated_at) "
                     f"VALUES (?, {marks}, ?, ?, ?, ?)", inserts)
    sets = ", ".join(f"{f} = ?" for f in FIELDS)
    conn.executemany(f"UPDATE affiliates SET {sets}, search_key = ?, sort_name = ?, updated_at = ? WHERE id = ?",
                     updates)
    conn.executemany("DELETE FROM affiliate_channels WHERE affiliate_id = ?", replaced)
    conn.executemany("INSERT INTO affiliate_channels (id, affiliate_id, kind, name, url, audience, position) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", channels)
    conn.executemany("INSERT OR IGNORE INTO affiliate_tags (tag, affiliate_id) VALUES (?, ?)", tags)
    conn.executemany("INSERT OR IGNORE INTO affiliate_group_members (group_id, affiliate_id) VALUES (?, ?)", members)
    conn.executemany("INSERT INTO affiliate_keys (kind, value, affiliate_id) VALUES (?, ?, ?)", keys)
    if keys:  # affiliate orders imported before these keys were known now find their affiliate
        from app.core.affiliate_promoters import rematch_unmatched

        rematch_unmatched(conn, [(kind, value) for kind, value, _ in keys])
