"""Turn a file's bytes into an :class:`~dashboard.model.Article`: decoded, visible text only,
plus the title, dateline, outlet and date the story carries.

All normalisation (newlines, NFC) happens here, once, before any offset is taken: every
later span indexes ``Article.text``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import re
import unicodedata
from pathlib import PurePath
from typing import Literal

import charset_normalizer

from dashboard.errors import InputError, NotTextError
from dashboard.extract.dateline import (
    DATE_RE,
    Dateline,
    find_dateline,
    month_number,
    outlet_name,
)
from dashboard.extract.markup import html_to_text, markdown_title, markdown_to_text, parse_html
from dashboard.extract.masthead import find_masthead, masthead_line
from dashboard.extract.unwrap import unwrap
from dashboard.model import Article

__all__ = ["decode_bytes", "html_to_text", "markdown_to_text", "normalise_text", "read_article"]

Format = Literal["html", "markdown", "text", "json"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
#: More than this share of control characters means the bytes are not prose.
_MAX_CONTROL_RATIO = 0.01
#: Unicode category Cc (U+0000-U+001F, U+007F-U+009F) less tab, newline, \v, \f and \r:
#: one regex scan instead of a category lookup per character.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _not_text(why: str) -> NotTextError:
    return NotTextError(
        f"{why}; save the article as plain text, HTML or Markdown (UTF-8 preferred) and try again"
    )


def _bomless_utf16(data: bytes) -> str | None:
    """Codec of UTF-16 text saved without a BOM (Latin text: every other byte is NUL)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    pairs = len(data) // 2
    if odd.count(0) >= 0.6 * pairs and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.6 * pairs and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _decode_raw(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).removeprefix("\ufeff")
            except UnicodeDecodeError:
                raise _not_text(
                    f"the file starts with a {codec} byte-order mark but is not valid {codec}"
                ) from None
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise _not_text(
                "the file contains NUL bytes, so it looks binary (an image, PDF or Word file?)"
            )
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            raise _not_text("the file contains NUL bytes, so it looks binary") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        matches = list(charset_normalizer.from_bytes(data))
    except (LookupError, ValueError, UnicodeError):  # pragma: no cover - defensive
        matches = []
    if not matches:
        raise _not_text("the file is neither UTF-8 nor a recognisable single-byte encoding")
    least = min(m.chaos for m in matches)
    tied = [(str(m), m.encoding, rank) for rank, m in enumerate(matches) if m.chaos <= least + 0.01]
    best = min(tied, key=lambda c: (_symbols_inside_words(c[0]), _preference(c[1]), c[2]))[0]
    broken = _broken_words(best)
    if broken:
        # the detector may leave out the code page most news files come in, and prefer a
        # DOS or Mac page that turns "Loutété" into "LoutÈtÈ": Windows-1252 and -1251 are
        # weighed too when the guess reads so
        for codec in ("cp1252", "cp1251"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            fewer = _broken_words(text)
            if fewer < broken:
                best, broken = text, fewer
    return best


#: Code pages news files come in, most likely first; breaks ties between equally clean guesses.
_PREFERRED = ("cp1252", "latin_1", "iso8859_15", "cp1251", "cp1250", "koi8_r", "cp1256")
_NON_ASCII_IN_WORD = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f](?=[^\W\d_])")
_WORD_JOINERS = frozenset("’‘ʼ‐‑·–—")  # apostrophes, hyphens and dashes ("Baringo–Pokot")


_WORD_WITH_NON_ASCII = re.compile(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*")


def _broken_words(text: str) -> int:
    """Words whose case breaks at a non-ASCII letter, the mark of a wrong code page:
    "LoutÈtÈ", "CongoñOcean" (a capital right after a small letter, one of them not ASCII).
    "McDonald" and "iPhone" break at ASCII letters only and do not count."""
    count = 0
    for m in _WORD_WITH_NON_ASCII.finditer(text):
        word = m.group()
        for a, b in itertools.pairwise(word):
            if a.islower() and b.isupper() and not (a.isascii() and b.isascii()):
                count += 1
                break
    return count


def _preference(encoding: str) -> int:
    return _PREFERRED.index(encoding) if encoding in _PREFERRED else len(_PREFERRED)


def _symbols_inside_words(text: str) -> int:
    """How many non-letter symbols sit inside words: "przysz³aœ" is Polish read as cp1252."""
    return sum(
        1
        for m in _NON_ASCII_IN_WORD.finditer(text)
        if not m.group().isalpha() and m.group() not in _WORD_JOINERS
    )


def normalise_text(text: str) -> str:
    """Newlines to ``\\n``, Unicode to NFC, no BOM: the one form all offsets refer to."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return unicodedata.normalize("NFC", text)


def decode_bytes(data: bytes) -> str:
    """Decode an article file whatever its encoding, or say why it cannot be read.

    UTF-8 is tried strictly first (most files, and never mis-detected); a BOM selects
    UTF-8/16/32; anything else goes to charset_normalizer (cp1251, cp1252, latin-1...).
    Bytes that decode to mostly control characters are refused as binary.

    Raises
    ------
    NotTextError
        The bytes are binary or in no encoding we can recognise.
    """
    text = _decode_raw(bytes(data))
    if text:
        controls = len(_CONTROLS.findall(text))
        if "\x00" in text or controls > max(1, _MAX_CONTROL_RATIO * len(text)):
            raise _not_text("the file is mostly control characters, so it looks binary")
    return normalise_text(text)


# --- format ------------------------------------------------------------------------------

_EXTENSIONS: dict[str, Format] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".json": "json",
}
_BINARY_DOCUMENTS = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".xls", ".xlsx"})
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<(?:html|head|body|p|div|br|h[1-6]|article|span|a\s+href)\b[^>]*>",
    re.IGNORECASE,
)
_MARKDOWN_SNIFF = re.compile(r"^#{1,6}[ \t]+\S|\[[^\]\n]+\]\([^)\s]+\)|^```", re.MULTILINE)


def _sniff(text: str) -> Format:
    head = text[:4000]
    if _HTML_SNIFF.search(head):
        return "html"
    stripped = head.lstrip()
    if stripped.startswith("{") and stripped.rstrip().endswith("}") and '"text"' in text:
        return "json"
    if _MARKDOWN_SNIFF.search(head):
        return "markdown"
    return "text"


def _format_for(filename: str | None, text: str) -> Format:
    if filename:
        suffix = PurePath(filename).suffix.lower()
        if suffix in _BINARY_DOCUMENTS:
            raise NotTextError(
                f"{filename}: {suffix} documents are not read directly; "
                "export the article as plain text or HTML and try again"
            )
        if suffix in _EXTENSIONS:
            return _EXTENSIONS[suffix]
    return _sniff(text)


# --- metadata ----------------------------------------------------------------------------

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BOILERPLATE = re.compile(
    r"^(?:all news|latest news|news|home|menu|search|share|print|subscribe|advertisement|"
    r"read more|related|more|top stories|updated(?: at)?|published(?: at)?|posted(?: on| at)?|"
    r"by\s.+|photo:?.*|image:?.*|source:?.*|\d.*|[^\w]*)\s*:?$",
    re.IGNORECASE,
)
_META_DATE = re.compile(
    r"^[ \t]*(?:published|posted|updated|date|dated)(?:[ \t]+(?:on|at))?[ \t]*:?[ \t]*"
    r"(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2})?"
    rf"(?:{DATE_RE})?",
    re.IGNORECASE | re.MULTILINE,
)
_DATE_LINE = re.compile(
    # "Hinche, Tuesday 10 November 2026": a paper's place of issue may come first
    r"^[ \t]*(?:[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+){0,2},[ \t]+)?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?{DATE_RE}[^\n\w]*"
    r"(?:\d{1,2}[:.]\d{2}.*)?$",
    re.MULTILINE,
)
_BYLINE_OUTLET = re.compile(
    r"^[ \t]*(?:by\b[^\n]*?|source:|©|\(c\)|copyright)[ \t,]*(?P<outlet>[^\n]{2,60})$",
    re.IGNORECASE | re.MULTILINE,
)
_SEPARATOR = re.compile(r"[ \t]*[|·][ \t]*")
_PAREN_OUTLET = re.compile(r"\((?P<outlet>[A-Za-z][A-Za-z/ .\-]{1,30})\)")
_WORD = re.compile(r"[^\W\d_]+")
#: Common English function words: their share of an article's words tells English apart.
_ENGLISH = frozenset(
    {
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "by",
        "was", "said", "are", "from", "at", "has", "have", "it", "be", "were", "he", "this",
        "who", "which", "its", "an", "not", "been", "their", "they",
    }
)  # fmt: skip


def _every_case(word: str) -> set[str]:
    """Every way of writing ``word`` (ASCII, lower-case) in upper and lower case."""
    spellings = {""}
    for ch in word:
        spellings = {s + c for s in spellings for c in {ch, ch.upper()}}
    return spellings


#: Every word whose ``lower()`` is in :data:`_ENGLISH`, so no word needs lower-casing. Only
#: ASCII words qualify: the one other letter that lower-cases to ASCII is the Kelvin sign
#: (to "k"), and no function word has a "k".
_ENGLISH_ANY_CASE = frozenset(s for word in _ENGLISH for s in _every_case(word))


def _check_date(date: str) -> str:
    if not _ISO_DATE.match(date):
        raise InputError(f"date {date!r} is not in YYYY-MM-DD form; give it like 2017-02-09")
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise InputError(
            f"date {date!r} is not a real calendar date; give it like 2017-02-09"
        ) from None
    return date


def _valid_iso(value: str | None) -> str | None:
    if value is None or not _ISO_DATE.match(value):
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _text_date(head: str) -> str | None:
    """A full publication date printed in the article's head ("Published 2019-05-12"),
    also between a masthead's separators ("weekly | Thursday, October 3, 2024 | Vol. 18")."""
    if "|" in head or "·" in head:  # the pattern tries every blank otherwise, to no end
        head = _SEPARATOR.sub("\n", head)
    for m in _META_DATE.finditer(head):
        if m.group("iso") and _valid_iso(m.group("iso")):
            return _valid_iso(m.group("iso"))
        if m.group("year"):
            found = _iso_from_match(m)
            if found:
                return found
    for m in _DATE_LINE.finditer(head):
        if m.group("year"):
            found = _iso_from_match(m)
            if found:
                return found
    return None


def _iso_from_match(m: re.Match[str]) -> str | None:
    month = month_number(m.group("m1") or m.group("m2") or "")
    day = int(m.group("d1") or m.group("d2"))
    if month is None:
        return None
    return _iso(int(m.group("year")), month, day)


def _plain_title(text: str, stop: int, start: int = 0) -> str | None:
    """The first short headline-like line before the story starts (``stop``), after a
    masthead (``start``): not its issue lines nor a short line in capitals under it."""
    for line in text[start:stop].split("\n")[:12]:
        line = line.strip()
        if not line or _BOILERPLATE.match(line) or _DATE_LINE.match(line):
            continue
        if start and masthead_line(line):
            continue
        words = line.split()
        if (
            2 <= len(words) <= 25
            and len(line) <= 200
            and line[-1] not in ".,;:"
            and line.lstrip("\"'“‘")[:1].isupper()  # a headline may open with a quote
        ):
            return line
    return None


def _outlet_from_head(head: str) -> str | None:
    for m in _BYLINE_OUTLET.finditer(head):
        for part in re.split(r"[,;|/]| and | for ", m.group("outlet")):
            found = outlet_name(part.strip(" .()"))
            if found:
                return found
    for m in _PAREN_OUTLET.finditer(head):
        found = outlet_name(m.group("outlet"))
        if found:
            return found
    return None


#: bytes.translate keeps the ASCII letters and blanks out every other byte.
_ASCII_LETTERS_ONLY = bytes(b if chr(b).isascii() and chr(b).isalpha() else 32 for b in range(256))
#: A letter outside ASCII (what _WORD takes into a word beyond the ASCII letters).
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")


def _words(sample: str) -> list[str]:
    """What ``_WORD.findall(sample)`` finds. A sample with no letter outside ASCII (most:
    curly quotes and dashes are no letters) is split in C, without a match per word."""
    if not sample.isascii() and _NON_ASCII_LETTER.search(sample) is not None:
        return _WORD.findall(sample)
    raw = sample.encode("ascii", "replace").translate(_ASCII_LETTERS_ONLY)
    return raw.decode("ascii").split()


def guess_language(text: str) -> str:
    """'en' when the words are mostly ASCII Latin and English function words occur, else 'und'."""
    sample = text[:5000]
    words = _words(sample)
    if not words:
        return "und"
    ascii_words = len(words) if sample.isascii() else sum(map(str.isascii, words))
    ascii_share = ascii_words / len(words)
    english = sum(map(_ENGLISH_ANY_CASE.__contains__, words)) / len(words)
    return "en" if ascii_share >= 0.8 and (english >= 0.05 or len(words) < 8) else "und"


def _json_fields(raw: str) -> tuple[str, dict[str, str]]:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"the JSON article is not valid JSON ({exc.msg} at line {exc.lineno}); fix it"
        ) from None
    if not isinstance(obj, dict):
        raise InputError('the JSON article must be a single object with a "text" field, not a list')
    body = obj.get("text")
    if not isinstance(body, str):
        raise InputError(
            'the JSON article has no "text" string field; put the article text in "text"'
        )
    meta = {
        k: v for k in ("title", "date", "outlet", "url") if isinstance(v := obj.get(k), str) and v
    }
    return body, meta


def read_article(
    data: bytes | str,
    *,
    filename: str | None = None,
    date: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """Decode an article and read the metadata it carries; arguments override what is found.

    The format comes from the extension (.html/.htm, .md, .txt, .json) or, failing that,
    from sniffing the text; a JSON article's "title", "date", "outlet" and "url" fields are
    defaults the arguments override. Dates: the ``date`` argument wins (precision "day"); else a
    dated dateline or a "Published ..." line; else a dateline without a year gives
    ``--MM-DD`` with precision "day-month" (we never assume the current year).

    Raises
    ------
    NotTextError
        The bytes are binary or undecodable, or the file is a PDF/Word document.
    InputError
        ``date`` is not a valid YYYY-MM-DD date, or a JSON article is malformed.
    """
    if date is not None:
        date = _check_date(date)
    raw = decode_bytes(data) if isinstance(data, bytes | bytearray) else normalise_text(data)
    fmt = _format_for(filename, raw)
    meta: dict[str, str] = {}
    if fmt == "json":
        raw, meta = _json_fields(raw)
        raw = normalise_text(raw)
        fmt = _sniff(raw)
        if fmt == "json":
            fmt = "text"
    found_title: str | None = None
    if fmt == "html":
        doc = parse_html(raw)
        text, found_title = doc.text, doc.title
        if doc.published and _ISO_DATE.match(doc.published):
            meta.setdefault("published", doc.published)
        if doc.site:
            meta.setdefault("site", doc.site)
    elif fmt == "markdown":
        text, found_title = markdown_to_text(raw), markdown_title(raw)
    else:
        text = unwrap(raw)  # a PDF's or an e-mail's fixed-width lines
    dateline = find_dateline(text)
    head = text[: dateline.start if dateline else min(len(text), 1500)]
    masthead = find_masthead(text) if fmt in ("text", "json") else None
    if fmt in ("text", "json") and found_title is None:
        stop = dateline.start if dateline else min(len(text), 600)
        found_title = _plain_title(text, stop, masthead.end if masthead else 0)

    found_date, precision = _article_date(head, dateline, meta.get("published"))
    if date is None and meta.get("date"):
        date = _check_date(meta["date"])
    if date is not None:
        found_date, precision = date, "day"

    found_outlet = dateline.outlet if dateline and dateline.outlet else None
    found_outlet = found_outlet or (masthead.outlet if masthead else None)
    found_outlet = found_outlet or _outlet_from_head(head)
    found_outlet = found_outlet or meta.get("site")  # the page's own name for its site
    return Article(
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=title or meta.get("title") or found_title,
        outlet=outlet or meta.get("outlet") or found_outlet,
        date=found_date,
        date_precision=precision,
        dateline=dateline.place if dateline else None,
        url=url or meta.get("url"),
        language=guess_language(text),
    )


def _article_date(
    head: str, dateline: Dateline | None, published: str | None
) -> tuple[str | None, Literal["day", "day-month"] | None]:
    """The story's date from the dateline and the printed publication date, if any."""
    printed = _text_date(head) or _valid_iso(published)
    if dateline is None or dateline.month is None or dateline.day is None:
        return (printed, "day") if printed else (None, None)
    if dateline.year is not None:
        full = _iso(dateline.year, dateline.month, dateline.day)
        if full:
            return full, "day"
    if printed:
        # A dateline cannot be later than the publication date: "December 31" printed on
        # 2 January belongs to the year before.
        year = int(printed[:4])
        if (dateline.month, dateline.day) > (int(printed[5:7]), int(printed[8:10])):
            year -= 1
        full = _iso(year, dateline.month, dateline.day)
        if full:
            return full, "day"
    return f"--{dateline.month:02d}-{dateline.day:02d}", "day-month"
