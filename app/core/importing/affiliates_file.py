"""Read the owner's own affiliate spreadsheet (CSV in UTF-8/GBK, or XLSX) into checked rows.

Reading reuses the order report's reader (``orders.read_table``: encodings, ``="…"`` cells,
XLSX) and never touches the database. Columns are found by the names owners give them (姓名,
QQ号, 手机, 推广途径, 粉丝数 …), or by the mapping the user chose for a layout we do not know
(``columns.get_mapping``/``save_mapping``, kind ``affiliates``). Every cell is checked by the
register's own rules (``app.core.affiliates``), so a row that reads here is one the form would
accept; a row that does not is a RowError naming its line, column and reason.

Cells are parsed by ``affiliate_cells``; writing (duplicates merged or skipped, all or
nothing) is in ``affiliates_merge``.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import re
from dataclasses import dataclass, field
from pathlib import Path

from app.core import regions
from app.core.affiliate_codes import KEY_KINDS
from app.core.affiliates import (
    MAX_TEXT, AffiliateError, Channel, check_fields, check_tags, check_url, split_tags,
)
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.importing import columns
from app.core.importing.affiliate_cells import (
    CHANNEL_NAMES, GENDER_NAMES, KIND_NAMES, STATUS_NAMES, cell_text, clean_city, clean_province,
    guess_channel_kind, parse_audience, parse_code, parse_date, parse_yes_no, split_region,
)
from app.core.importing.orders import CellError, RowError, read_table, resolve_columns

KIND = "affiliates"  # the imports and column_mappings kind
MAX_CHANNELS = 9  # 推广途径, 推广途径2 … 推广途径9: one affiliate's channels side by side
MAX_URL = 1000  # as affiliates.check_channels

# field -> (label, required, aliases); the first alias present in a header wins. The first
# alias is also the header the export writes, so an exported file imports unchanged.
AFFILIATE_FIELDS: dict[str, tuple[str, bool, tuple[str, ...]]] = {
    "name": (QT_TRANSLATE_NOOP("core", "Name"), True, ("姓名", "名字", "淘客", "联系人", "淘客姓名", "name")),
    "nickname": (QT_TRANSLATE_NOOP("core", "Nickname"), False, ("昵称", "nickname")),
    "kind": (QT_TRANSLATE_NOOP("core", "Contact type"), False, ("类型", "身份", "联系人类型", "type")),
    "gender": (QT_TRANSLATE_NOOP("core", "Gender"), False, ("性别", "gender")),
    "province": (QT_TRANSLATE_NOOP("core", "Province"), False, ("省份", "省", "province")),
    "city": (QT_TRANSLATE_NOOP("core", "City"), False, ("城市", "市", "city")),
    "region": (QT_TRANSLATE_NOOP("core", "Region"), False, ("所在地区", "地区", "所在地", "region")),
    "qq": (QT_TRANSLATE_NOOP("core", "QQ"), False, ("QQ", "QQ号", "QQ号码", "qq number")),
    "wechat": (QT_TRANSLATE_NOOP("core", "WeChat"), False, ("微信", "微信号", "wechat")),
    "phone": (QT_TRANSLATE_NOOP("core", "Telephone"), False,
              ("电话", "手机", "手机号", "联系电话", "手机号码", "phone", "mobile")),
    "wangwang": (QT_TRANSLATE_NOOP("core", "Wangwang"), False, ("旺旺", "旺旺号", "旺旺名", "wangwang")),
    "email": (QT_TRANSLATE_NOOP("core", "Email"), False, ("邮箱", "电子邮箱", "email", "e-mail")),
    "channel_kind": (QT_TRANSLATE_NOOP("core", "Channel type"), False,
                     ("推广途径类型", "渠道类型", "推广方式", "channel type")),
    "channel": (QT_TRANSLATE_NOOP("core", "Promotion channel"), False, ("推广途径", "推广渠道", "渠道", "channel")),
    "url": (QT_TRANSLATE_NOOP("core", "Website / URL"), False, ("网站", "URL", "网址", "链接", "website")),
    "audience": (QT_TRANSLATE_NOOP("core", "Audience"), False,
                 ("粉丝数", "受众", "受众人数", "粉丝", "audience", "followers")),
    "groups": (QT_TRANSLATE_NOOP("core", "Our groups"), False, ("所在群", "群", "所在群组", "groups")),
    "vip": (QT_TRANSLATE_NOOP("core", "Key account"), False, ("大客户", "vip")),
    "status": (QT_TRANSLATE_NOOP("core", "Status"), False, ("状态", "合作状态", "status")),
    "tags": (QT_TRANSLATE_NOOP("core", "Tags"), False, ("标签", "tags")),
    "joined_on": (QT_TRANSLATE_NOOP("core", "Joined"), False,
                  ("加入时间", "合作时间", "加入日期", "合作日期", "joined")),
    "notes": (QT_TRANSLATE_NOOP("core", "Notes"), False, ("备注", "notes")),
    "nick": (QT_TRANSLATE_NOOP("core", "Promoter nickname"), False, ("推广者昵称", "推广者")),
    "pid": (QT_TRANSLATE_NOOP("core", "Ad zone / PID"), False, ("PID", "推广位", "推广位ID", "推广位/PID")),
    "media": (QT_TRANSLATE_NOOP("core", "Source media"), False,
              ("来源媒体", "来源媒体名称", "来源媒体ID", "媒体名称")),
}
CHANNEL_PARTS = ("channel_kind", "channel", "url", "audience")
KEY_FIELDS = tuple(KEY_KINDS)  # nick, pid, media: the same codes as affiliate_keys.kind


_LOOKS_LIKE_URL = re.compile(r"(https?://|www\.)", re.IGNORECASE)  # a bad one is an error, not a name
_KEY_SPLIT = re.compile(r"[;；\n]")


@dataclass(slots=True)
class ParsedAffiliate:
    row: int  # the file line (CSV) or sheet row (XLSX)
    fields: dict  # every key of affiliates.FIELDS, checked
    given: frozenset  # the fields the file filled in: a merge overwrites only these
    channels: list[Channel]
    tags: list[str]
    groups: list[str]  # our group names
    keys: list[tuple[str, str]]  # (kind, value)


@dataclass
class AffiliateFile:
    path: Path
    encoding: str
    header: list[str]
    mapping: dict[str, str]  # field -> header cell
    rows: list[ParsedAffiliate]
    errors: list[RowError]
    encoding_guessed: bool = False
    columns: dict[str, int] = field(default_factory=dict)  # field -> column index (of the mapping)

    @property
    def signature(self) -> str:
        return columns.signature(self.header)

    def column_of(self, field_name: str) -> str:
        """The header cell a field was read from ('' when it has none)."""
        i = self.columns.get(field_name)
        return "" if i is None else self.header[i]


@contextlib.contextmanager
def no_gc():
    """Python's cycle collector, walking the hundreds of thousands of live row objects again and
    again, costs a third of a big import; none of them form cycles, so it waits till the end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# ---------------------------------------------------------------- reading


def _channel_columns(header: list[str], idx: dict[str, int]) -> list[dict[str, int]]:
    """The channel columns: the mapped ones, then 推广途径2/网站2/粉丝数2 … as the export writes them."""
    groups = [{p: idx[p] for p in CHANNEL_PARTS if p in idx}]
    by_name = {columns.normalise(c): i for i, c in reversed(list(enumerate(header)))}
    for n in range(2, MAX_CHANNELS + 1):
        found = {}
        for part in CHANNEL_PARTS:
            for alias in AFFILIATE_FIELDS[part][2]:
                i = by_name.get(columns.normalise(alias) + str(n))
                if i is not None:
                    found[part] = i
                    break
        if found:
            groups.append(found)
    return [g for g in groups if g]


def read_affiliates(path: Path, *, encoding: str | None = None,
                    mapping: dict[str, str] | None = None) -> AffiliateFile:
    """Every affiliate of the file and every row that cannot be read; the database is not touched.
    ``mapping`` (field -> header cell) overrides matching by name; raises MissingColumns."""
    fields = AFFILIATE_FIELDS
    table = read_table(path, encoding=encoding)
    mapping, idx = resolve_columns(table.header, fields, mapping, path=table.path, encoding=table.encoding)
    reader = RowReader(table.header, idx)
    errors, rows = list(table.errors), []
    with no_gc():
        for number, cells in zip(table.row_numbers, table.rows):
            try:
                rows.append(reader.parse(number, cells))
            except _RowProblem as exc:
                errors.append(RowError(number, exc.column, exc.reason, exc.params))
    errors.sort(key=lambda e: e.row)
    return AffiliateFile(table.path, table.encoding, table.header, mapping, rows, errors, table.guessed, idx)


class _RowProblem(Exception):
    def __init__(self, column: str, reason: str, **params) -> None:
        super().__init__(reason)
        self.column, self.reason, self.params = column, reason, params


_FIELD_COLUMN = {"channels": "channel", "keys": "pid"}
_TEXT_FIELDS = ("name", "nickname", "qq", "wechat", "phone", "wangwang", "email", "notes")
_CODES = (
    ("kind", KIND_NAMES, QT_TRANSLATE_NOOP("core", "“{text}” is not a contact type (淘客, 团长, 达人, 优站站长 or 其他)")),
    ("status", STATUS_NAMES, QT_TRANSLATE_NOOP("core", "“{text}” is not a status (潜在, 合作中, 暂停 or 流失)")),
    ("gender", GENDER_NAMES, QT_TRANSLATE_NOOP("core", "“{text}” is not a gender (男 or 女)")),
)
_CHANNEL_TEMPLATE = QT_TRANSLATE_NOOP(
    "core", "“{text}” is not a kind of channel (导购网站, QQ群, 微信群, 微博, 直播, 短视频, App or 其他)")


class RowReader:
    """Turns the cells of one row into a ParsedAffiliate, or raises _RowProblem naming the column.
    Values that repeat down a column (types, statuses, regions, dates) are worked out once.
    A field without a column reads index -1: the empty cell appended to every row."""

    def __init__(self, header: list[str], idx: dict[str, int]) -> None:
        self.header = [*header, ""]
        self.i = {f: idx.get(f, -1) for f in AFFILIATE_FIELDS}
        self.channel_columns = [tuple(g.get(p, -1) for p in CHANNEL_PARTS) for g in _channel_columns(header, idx)]
        memo = functools.lru_cache(maxsize=4096)
        self.text_fields = [(f, idx[f]) for f in _TEXT_FIELDS if f in idx]
        self.code_fields = [(f, idx[f], memo(functools.partial(parse_code, table=t, template=m)))
                            for f, t, m in _CODES if f in idx]
        if "vip" in idx:
            self.code_fields.append(("vip", idx["vip"], memo(parse_yes_no)))
        self.key_fields = [(k, idx[k]) for k in KEY_FIELDS if k in idx]
        self.date, self.region = memo(parse_date), memo(split_region)
        self.province, self.city = memo(clean_province), memo(clean_city)
        self.audience = memo(parse_audience)
        self.channel_kind = memo(functools.partial(parse_code, table=CHANNEL_NAMES, template=_CHANNEL_TEMPLATE))

    def at(self, name: str) -> str:
        return self.header[self.i.get(name, -1)]

    def parse(self, number: int, cells: list) -> ParsedAffiliate:
        texts = [*map(cell_text, cells), ""]
        i, header = self.i, self.header
        values = {f: texts[c] for f, c in self.text_fields if texts[c]}
        column = ""
        try:
            for f, c, parse in self.code_fields:
                if texts[c]:
                    column = header[c]
                    values[f] = parse(texts[c])
            if texts[i["joined_on"]]:
                column = header[i["joined_on"]]
                values["joined_on"] = self.date(cells[i["joined_on"]])
            province, city, region = self.province(texts[i["province"]]), texts[i["city"]], texts[i["region"]]
            if region and not (province and city):
                r_province, r_city = self.region(region)
                province, city = province or r_province, city or r_city
            if city:
                city = self.city(city, province)
                province = province or regions.province_of(city)
                values["city"] = city
            if province:
                values["province"] = province
            column = ""
            try:
                clean = check_fields(values)
            except AffiliateError as exc:
                name = _FIELD_COLUMN.get(exc.field, exc.field)
                column = self.at(name) or (self.at("region") if name in ("province", "city") else "")
                raise CellError(exc.template, **exc.params) from None
            channels = []
            for group in self.channel_columns:
                channel = self.channel(texts, cells, group)
                if channel is not None:
                    channels.append(channel)
            tags = groups = ()
            if texts[i["tags"]]:
                column = header[i["tags"]]
                try:
                    tags = check_tags(split_tags(texts[i["tags"]]))
                except AffiliateError as exc:
                    raise CellError(exc.template, **exc.params) from None
            if texts[i["groups"]]:
                column = header[i["groups"]]
                groups = list(dict.fromkeys(split_tags(texts[i["groups"]])))
                for group in groups:
                    if len(group) > MAX_TEXT:
                        raise CellError(QT_TRANSLATE_NOOP("core", "the group name “{text}” is too long"),
                                        text=group[:40])
            keys = []
            for kind, c in self.key_fields:
                if texts[c]:
                    column = header[c]
                    for value in _KEY_SPLIT.split(texts[c]):
                        value = value.strip()
                        if len(value) > MAX_TEXT:
                            raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is too long for a promoter key"),
                                            text=value[:40])
                        if value and (kind, value) not in keys:
                            keys.append((kind, value))
        except CellError as exc:
            raise _RowProblem(column, exc.reason, **exc.params) from None
        return ParsedAffiliate(number, clean, frozenset(values), channels, list(tags), list(groups), keys)

    def channel(self, texts: list[str], cells: list, group: tuple[int, int, int, int]) -> Channel | None:
        i_kind, i_name, i_url, i_audience = group
        name, url, audience, kind = texts[i_name], texts[i_url], texts[i_audience], texts[i_kind]
        if not (name or url or audience or kind):
            return None
        header = self.header
        if not url and _LOOKS_LIKE_URL.match(name):
            name, url, i_url = "", name, i_name
        if len(name) > MAX_TEXT:
            raise _RowProblem(header[i_name], QT_TRANSLATE_NOOP(
                "core", "the channel name is too long (at most {limit} characters)"), limit=MAX_TEXT)
        if url:
            try:
                url = check_url(url)
            except AffiliateError as exc:
                raise _RowProblem(header[i_url], exc.template, **exc.params) from None
            if len(url) > MAX_URL:
                raise _RowProblem(header[i_url], QT_TRANSLATE_NOOP(
                    "core", "the address is too long (at most {limit} characters)"), limit=MAX_URL)
        try:
            audience = self.audience(cells[i_audience]) if audience else None
        except CellError as exc:
            raise _RowProblem(header[i_audience], exc.reason, **exc.params) from None
        try:
            kind = self.channel_kind(kind) if kind else guess_channel_kind(name, url)
        except CellError as exc:
            raise _RowProblem(header[i_kind], exc.reason, **exc.params) from None
        return Channel(kind, name, url, audience)
