"""The register's checks: each field of an affiliate cleaned or refused with a message that
names the field (``err.field``, a key of the form), in the user's language once translated.

QQ 5-11 digits not starting with 0; a mainland mobile (11 digits from 1) or a landline; web
addresses http(s) with a host (a bare www.example.com gets http://); an email with a domain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from app.core.affiliate_codes import CHANNEL_KINDS, GENDERS, KEY_KINDS, KINDS, STATUSES
from app.core.errors import QT_TRANSLATE_NOOP, UserError

MAX_NAME, MAX_TEXT, MAX_NOTES, MAX_TAG = 100, 200, 5000, 30
# Editable columns of ``affiliates``, with their defaults.
FIELDS = {"kind": "taoke", "name": "", "nickname": "", "gender": "", "province": "", "city": "",
          "qq": "", "wechat": "", "phone": "", "wangwang": "", "email": "", "vip": 0, "status": "active",
          "joined_on": None, "notes": "", "contact_every_days": None}


class AffiliateError(UserError):
    """Bad input to the register; nothing was changed. ``field``: the form field at fault, or ''."""

    def __init__(self, template: str, *, field: str = "", **params: object) -> None:
        super().__init__(template, **params)
        self.field = field


@dataclass(frozen=True)
class Channel:
    kind: str
    name: str = ""
    url: str = ""
    audience: int | None = None


_QQ = re.compile(r"[1-9]\d{4,10}")
_MOBILE = re.compile(r"1\d{10}")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}(-\d{1,6})?")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_URL = re.compile(r"https?://[^/\s:?#]+\.[^/\s:?#]+(:\d+)?([/?#]\S*)?", re.IGNORECASE)
_HOST_ONLY = re.compile(r"[\w-]+(\.[\w-]+)+([/:?#]\S*)?")


def normalise_phone(text: str) -> str:
    """A phone as stored: no spaces, dots or country code (+86 138 0013 8000 -> 13800138000)."""
    digits = re.sub(r"[\s.()]", "", text or "")
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    return digits if _MOBILE.fullmatch(digits.replace("-", "")) is None else digits.replace("-", "")


def normalise_url(text: str) -> str:
    """A URL as stored: a bare host such as www.example.com gets http:// in front."""
    url = (text or "").strip()
    if url and "://" not in url and _HOST_ONLY.fullmatch(url):
        url = "http://" + url
    return url


def check_qq(text: str) -> str:
    qq = re.sub(r"\s", "", text or "")
    if qq and not _QQ.fullmatch(qq):
        raise AffiliateError(QT_TRANSLATE_NOOP(
            "core", "QQ: “{value}” is not a QQ number (5 to 11 digits, not starting with 0)."), field="qq", value=qq)
    return qq


def check_phone(text: str) -> str:
    phone = normalise_phone(text)
    if phone and not (_MOBILE.fullmatch(phone) or _LANDLINE.fullmatch(phone)):
        raise AffiliateError(QT_TRANSLATE_NOOP(
            "core", "Phone: “{value}” is not a phone number (a mobile has 11 digits starting with 1; "
                    "a landline is area code and number, such as 010-12345678)."), field="phone", value=phone)
    return phone


def check_url(text: str, field: str = "channels") -> str:
    url = normalise_url(text)
    if url and not _URL.fullmatch(url):
        raise AffiliateError(QT_TRANSLATE_NOOP(
            "core", "URL: “{value}” is not a web address (such as https://www.example.com)."), field=field, value=url)
    return url


def check_text(fields: Mapping, field: str, limit: int) -> str:
    text = str(fields.get(field) or "").strip()
    if len(text) > limit:
        raise AffiliateError(QT_TRANSLATE_NOOP("core", "“{text}…” is too long: at most {limit} characters."),
                             field=field, text=text[:20], limit=limit)
    return text


def check_fields(fields: Mapping) -> dict:
    """All editable fields, cleaned (defaults for missing ones); AffiliateError on the first problem."""
    out = {**FIELDS, **{k: v for k, v in fields.items() if k in FIELDS}}
    out["name"] = check_text(out, "name", MAX_NAME)
    if not out["name"]:
        raise AffiliateError(QT_TRANSLATE_NOOP("core", "Name: enter the affiliate's name."), field="name")
    for field in ("nickname", "province", "city", "wangwang", "email", "wechat"):
        out[field] = check_text(out, field, MAX_TEXT)
    out["notes"] = check_text(out, "notes", MAX_NOTES)
    for field, codes, template in (
            ("kind", KINDS, QT_TRANSLATE_NOOP("core", "Type: “{value}” is not a contact type.")),
            ("status", STATUSES, QT_TRANSLATE_NOOP("core", "Status: “{value}” is not a status.")),
            ("gender", GENDERS, QT_TRANSLATE_NOOP("core", "Gender: “{value}” is not a gender."))):
        if out[field] not in codes:
            raise AffiliateError(template, field=field, value=out[field])
    out["qq"], out["phone"] = check_qq(out["qq"]), check_phone(out["phone"])
    if re.search(r"\s", out["wechat"]):
        raise AffiliateError(QT_TRANSLATE_NOOP("core", "WeChat: a WeChat ID has no spaces."), field="wechat")
    if out["email"] and not _EMAIL.fullmatch(out["email"]):
        raise AffiliateError(QT_TRANSLATE_NOOP("core", "Email: “{value}” is not an email address."),
                             field="email", value=out["email"])
    out["vip"] = int(bool(out["vip"]))
    joined = out["joined_on"]
    if isinstance(joined, (date, datetime)):
        joined = joined.strftime("%Y-%m-%d")
    joined = (joined or "").strip() or None
    if joined is not None:
        try:
            date.fromisoformat(joined)
        except ValueError:
            raise AffiliateError(QT_TRANSLATE_NOOP("core", "Joined: “{value}” is not a date (YYYY-MM-DD)."),
                                 field="joined_on", value=joined) from None
    out["joined_on"] = joined
    every = out["contact_every_days"]
    if every in ("", 0):
        every = None
    if every is not None and (isinstance(every, bool) or not isinstance(every, int) or not 1 <= every <= 365):
        raise AffiliateError(QT_TRANSLATE_NOOP("core", "Stay in touch: every 1 to 365 days, not {value}."),
                             field="contact_every_days", value=every)
    out["contact_every_days"] = every
    return out


def check_channels(channels: Iterable) -> list[Channel]:
    out = []
    for raw in channels:
        get = raw.get if isinstance(raw, Mapping) else (lambda k, d=None, r=raw: getattr(r, k, d))
        kind = get("kind") or "other"
        if kind not in CHANNEL_KINDS:
            raise AffiliateError(QT_TRANSLATE_NOOP("core", "Channel: “{value}” is not a kind of channel."),
                                 field="channels", value=kind)
        name = check_text({"channels": get("name")}, "channels", MAX_TEXT)
        url = check_url(check_text({"channels": get("url")}, "channels", 1000))
        audience = get("audience")
        if audience in ("", None):
            audience = None
        elif isinstance(audience, bool) or not isinstance(audience, int) or not 0 <= audience <= 10**10:
            raise AffiliateError(QT_TRANSLATE_NOOP("core", "Audience: “{value}” is not a number of people."),
                                 field="channels", value=audience)
        if name or url or audience is not None or kind != "other":
            out.append(Channel(kind, name, url, audience))
    return out


def split_tags(text: str) -> list[str]:
    """Tags as typed in one box: separated by commas (either width), 、, ; or new lines."""
    return [t for t in (p.strip() for p in re.split(r"[,，、;；\n]", text or "")) if t]


def check_tags(tags: Iterable[str]) -> list[str]:
    out = []
    for tag in tags:
        tag = str(tag).strip()
        if len(tag) > MAX_TAG:
            raise AffiliateError(QT_TRANSLATE_NOOP("core", "Tags: “{value}” is too long, at most {limit} characters."),
                                 field="tags", value=tag, limit=MAX_TAG)
        if tag and tag not in out:
            out.append(tag)
    return out


def check_keys(conn, keys: Iterable[tuple[str, str]], affiliate_id: str = "") -> list[tuple[str, str]]:
    """Promoter keys, each free or already this affiliate's; else an error naming the holder."""
    out = []
    for kind, value in keys:
        value = str(value or "").strip()
        if kind not in KEY_KINDS:
            raise AffiliateError(QT_TRANSLATE_NOOP("core", "Promoter key: “{value}” is not a kind of key."),
                                 field="keys", value=kind)
        if not value or (kind, value) in out:
            continue
        holder = conn.execute(
            "SELECT a.id, a.name, a.deleted_at FROM affiliate_keys k JOIN affiliates a ON a.id = k.affiliate_id "
            "WHERE k.kind = ? AND k.value = ?", (kind, value)).fetchone()
        if holder is not None and holder[0] != affiliate_id:
            template = (QT_TRANSLATE_NOOP("core", "Promoter key “{value}” already belongs to {name}.")
                        if holder[2] is None else
                        QT_TRANSLATE_NOOP("core", "Promoter key “{value}” already belongs to {name} (in the trash)."))
            raise AffiliateError(template, field="keys", value=value, name=holder[1])
        out.append((kind, value))
    return out


def check_groups(conn, group_ids: Iterable[str]) -> list[str]:
    out = list(dict.fromkeys(group_ids))
    for group_id in out:
        if conn.execute("SELECT 1 FROM affiliate_groups WHERE id = ? AND deleted_at IS NULL",
                        (group_id,)).fetchone() is None:
            raise AffiliateError(QT_TRANSLATE_NOOP("core", "This group no longer exists (it may have been deleted)."),
                                 field="group_ids")
    return out
