"""Reading the cells of an affiliate spreadsheet: codes written in Chinese or English, yes/no,
dates, audience sizes ("1.2万"), regions ("浙江省杭州市") and the spreadsheet's ' text marker.

Each parser raises ``orders.CellError`` with a translatable reason; the reader adds the row
and column.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from app.core import regions
from app.core.affiliate_codes import CHANNEL_KINDS, GENDERS, KINDS, STATUSES
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.importing import columns
from app.core.importing.orders import CellError, parse_time

MAX_AUDIENCE = 10**10  # as affiliates.check_channels


def lookup(names: dict, extra: dict) -> dict[str, str]:
    """Every way a code is written (code, Chinese, English, extras), normalised -> code."""
    out = {}
    for code, (zh, en) in names.items():
        for text in (code, zh, en):
            out[columns.normalise(text)] = code
    out.update({columns.normalise(k): v for k, v in extra.items()})
    return out


KIND_NAMES = lookup(KINDS, {"淘宝客": "taoke", "达人/KOL": "creator", "KOL": "creator", "网红": "creator",
                         "站长": "curator", "优站": "curator", "Affiliate": "taoke"})
STATUS_NAMES = lookup(STATUSES, {"潜在客户": "prospect", "意向": "prospect", "合作": "active", "正常": "active",
                               "活跃": "active", "已暂停": "paused", "已流失": "lost", "停止合作": "lost"})
GENDER_NAMES = lookup(GENDERS, {"未知": "", "保密": "", "男性": "m", "女性": "f", "male": "m", "female": "f"})
CHANNEL_NAMES = lookup(CHANNEL_KINDS, {"网站": "guide_site", "导购": "guide_site", "导购站": "guide_site",
                                    "QQ": "qq_group", "微信": "wechat_group", "朋友圈": "wechat_group",
                                    "抖音": "short_video", "快手": "short_video", "APP": "app"})
_YES = {columns.normalise(t) for t in ("是", "Y", "yes", "true", "1", "√", "✓", "✔", "大客户", "是的", "VIP")}
_NO = {columns.normalise(t) for t in ("否", "N", "no", "false", "0", "×", "✗", "不是", "-", "")}
# A channel's kind guessed from its name or address when the file has no type column.
_CHANNEL_HINTS = (("qq群", "qq_group"), ("微信群", "wechat_group"), ("微博", "weibo"), ("weibo.", "weibo"),
                  ("直播", "live"), ("抖音", "short_video"), ("快手", "short_video"), ("短视频", "short_video"),
                  ("douyin.", "short_video"), ("kuaishou.", "short_video"), ("app", "app"))
_PROVINCE_SUFFIX = re.compile(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$")
_SUFFIX_START = re.compile(r"^(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)")
_BY_LENGTH = sorted(regions.PROVINCES, key=len, reverse=True)  # 内蒙古 before 内…
_REGION_SPLIT = re.compile(r"[\s/\-—·,，、|]+")
_FORMULA_OR_DIGIT = re.compile(r"'[=+\-@\t\r\n0-9]")


def cell_text(value) -> str:
    """A cell as text: 12345.0 from Excel is 12345; the ' that keeps a spreadsheet from running
    a formula or dropping leading zeros (our own export writes it) is removed."""
    if value.__class__ is str:
        text = value.strip()
    elif value is None:
        return ""
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value).strip()
    if text[:1] == "'" and _FORMULA_OR_DIGIT.match(text):
        text = text[1:]
    return text


def parse_code(value, table: dict[str, str], template: str) -> str:
    text = cell_text(value)
    code = table.get(columns.normalise(text))
    if code is None:
        raise CellError(template, text=text[:40])
    return code


def parse_yes_no(value) -> int:
    if isinstance(value, bool):
        return int(value)
    key = columns.normalise(cell_text(value))
    if key in _YES:
        return 1
    if key in _NO:
        return 0
    raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is neither yes (是) nor no (否)"), text=cell_text(value)[:40])


def parse_date(value) -> str | None:
    """'YYYY-MM-DD' of a date cell or text (2024-05-01, 2024/5/1, 2024年5月1日, with or without a time)."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = cell_text(value)
    if not text:
        return None
    try:
        stamp = parse_time(text)
    except CellError:
        raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is not a date (such as 2024-05-01)"),
                        text=text[:40]) from None
    return stamp[:10] if stamp else None


def parse_audience(value) -> int | None:
    """A number of people: 1200, "1,200", "1.2万", "3w"; None when empty."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 0 <= value <= MAX_AUDIENCE and float(value).is_integer():
            return int(value)
    else:
        text = unicodedata.normalize("NFKC", cell_text(value)).replace(",", "").replace(" ", "").lower()
        if not text:
            return None
        scale = 10000 if text.endswith(("万", "w")) else 1
        number = text[:-1] if scale > 1 else text.rstrip("人")
        if re.fullmatch(r"\d{1,11}(\.\d+)?", number):
            people = float(number) * scale
            if (people.is_integer() or scale > 1) and people <= MAX_AUDIENCE:
                return int(round(people))
    raise CellError(QT_TRANSLATE_NOOP("core", "“{text}” is not a number of people"), text=cell_text(value)[:40])


def split_region(text: str) -> tuple[str, str]:
    """(province, city) of "浙江 杭州", "浙江省杭州市", "杭州", "广西壮族自治区南宁市"; free text stays
    as the province when it names no province or listed city (a county, a place abroad)."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return "", ""
    parts = [p for p in _REGION_SPLIT.split(text) if p]
    if len(parts) >= 2:
        province = clean_province(parts[0])
        return province, clean_city(parts[1], province)
    for province in _BY_LENGTH:
        if text.startswith(province):
            city = clean_city(_SUFFIX_START.sub("", text[len(province):]), province)
            if not city and regions.cities(province) == (province,):
                city = province  # 北京市: the city is the municipality itself
            return province, city
    city = clean_city(text, "")
    province = regions.province_of(city)
    return (province, city) if province else (text, "")


def clean_province(text: str) -> str:
    """浙江省 -> 浙江, as the picker writes it; a name not on the list stays as written."""
    text = (text or "").strip()
    short = _PROVINCE_SUFFIX.sub("", text)
    return short if short in regions.PROVINCES else text


def clean_city(text: str, province: str) -> str:
    """杭州市 -> 杭州, 杭州市西湖区 -> 杭州 (a listed city); anything else stays as written."""
    text = (text or "").strip()
    head = text.split("市", 1)[0] if "市" in text[1:] else text
    listed = regions.cities(province) if province else ()
    if head in listed or regions.province_of(head):
        return head
    return text[:-1] if text.endswith("市") and len(text) > 2 else text


def guess_channel_kind(name: str, url: str) -> str:
    text = f"{name} {url}".lower()
    for hint, kind in _CHANNEL_HINTS:
        if hint in text:
            return kind
    return "guide_site" if url else "other"

