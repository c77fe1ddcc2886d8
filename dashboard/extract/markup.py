"""Visible text from HTML and Markdown, with paragraphs kept as blank-line breaks.

Paragraph breaks matter downstream: the sentence splitter always ends a sentence at one, so
a headline never runs into the first line of the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["HtmlDocument", "html_to_text", "markdown_title", "markdown_to_text", "parse_html"]

#: Elements whose content a reader never sees, and the page chrome around a story (menus,
#: "trending" boxes, footers, forms): headlines of other stories are not this article.
_HIDDEN = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas",
        "nav", "aside", "footer", "form",
    }
)  # fmt: skip
#: Class or id words of page chrome: "Related stories", adverts, newsletter boxes, the
#: scrolling ticker of other stories' headlines.
_CHROME = re.compile(
    r"(?i)(?:^|[\s_-])(?:related|recommended|trending|most-?read|popular|ad|ads|advert\w*|"
    r"banner|promo\w*|newsletter|subscribe|sidebar|share|social|comments?|cookie\w*|"
    r"breadcrumbs?|menu|masthead-nav|ticker|marquee|breaking(?:-?news)?|headlines?-?bar|"
    r"live-?strip)(?:$|[\s_-])"
)
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }
)
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
_PARA = "\x1e"  # paragraph break marker (stripped from the input first)
_LINE = "\x1f"  # <br> marker
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_DATE_META = frozenset({"article:published_time", "datepublished", "date", "pubdate", "dc.date"})


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    """What a page shows: its text, its title and the publication date its metadata gives."""

    text: str
    title: str | None
    published: str | None
    site: str | None = None  # og:site_name / application-name: the outlet


class _Visible(HTMLParser):
    """Collects the text a browser would show, marking block boundaries."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.hidden = 0
        self.in_head = False
        self.pre = 0
        self.title: list[str] | None = None
        self.title_text: str | None = None
        self.h1: list[str] | None = None
        self.h1_text: str | None = None
        self.published: str | None = None
        self.site: str | None = None
        self.depth: dict[str, int] = {}  # open elements per tag name
        self.chrome: list[tuple[str, int]] = []  # chrome elements entered: (tag, depth)

    def _enter(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Count the element; a chrome box ("related", "ad-banner") hides what it holds."""
        if tag in _VOID:
            return
        self.depth[tag] = self.depth.get(tag, 0) + 1
        names = " ".join(v for k, v in attrs if k in ("class", "id") and v)
        if names and _CHROME.search(names):
            self.chrome.append((tag, self.depth[tag]))
            self.hidden += 1

    def _leave(self, tag: str) -> None:
        if self.chrome and self.chrome[-1] == (tag, self.depth.get(tag, 0)):
            self.chrome.pop()
            self.hidden -= 1
        if self.depth.get(tag):
            self.depth[tag] -= 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._enter(tag, attrs)
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        if tag == "meta":
            self._meta(dict(attrs))
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "title" and self.title_text is None:
            self.title = []
        elif tag == "h1" and self.h1_text is None and not self.hidden:
            self.h1 = []
        if tag == "pre":
            self.pre += 1
        if tag == "br":
            self.chunks.append(_LINE)
        elif tag in _BLOCK:
            self.chunks.append(_PARA)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self._leave(tag)
        if tag == "head":
            self.in_head = False
        elif tag in _HIDDEN and self.hidden:
            self.hidden -= 1
        elif tag == "title" and self.title is not None:
            self.title_text = " ".join("".join(self.title).split()) or None
            self.title = None
        elif tag == "h1" and self.h1 is not None:
            self.h1_text = " ".join("".join(self.h1).split()) or None
            self.h1 = None
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in _BLOCK:
            self.chunks.append(_PARA)

    def handle_data(self, data: str) -> None:
        if self.title is not None:
            self.title.append(data)
            return
        if self.hidden or self.in_head:
            return
        if self.h1 is not None:
            self.h1.append(data)
        if self.pre:
            self.chunks.append(data.replace("\n", _LINE))
        else:
            self.chunks.append(_SPACES.sub(" ", data))

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if key in _DATE_META and content and self.published is None:
            self.published = content.strip()[:10]
        elif key in ("og:site_name", "application-name") and content and self.site is None:
            self.site = " ".join(content.split())[:80] or None


def parse_html(html: str) -> HtmlDocument:
    """Visible text, title and metadata date of an HTML page (stdlib parser, no dependency)."""
    html = html.replace(_PARA, " ").replace(_LINE, " ")
    parser = _Visible()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:
        # Python 3.11's parser asserts on unknown "<![keyword" sections; read them as comments.
        parser = _Visible()
        parser.feed(html.replace("<![", "<!"))
        parser.close()
    paragraphs = []
    for block in "".join(parser.chunks).split(_PARA):
        lines = [" ".join(line.split()) for line in block.split(_LINE)]
        para = "\n".join(line for line in lines if line)
        if para:
            paragraphs.append(para)
    title = parser.title_text
    h1 = parser.h1_text
    if h1 and (title is None or h1 in title):
        title = h1  # the headline without the " | Site name" a <title> usually carries
    return HtmlDocument("\n\n".join(paragraphs), title, parser.published, parser.site)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Visible text of a page (paragraphs separated by blank lines) and its title.

    Scripts, styles, templates and the ``<head>`` are dropped (except ``<title>``),
    entities are decoded, and block elements become paragraph breaks.
    """
    doc = parse_html(html)
    return doc.text, doc.title


# --- Markdown ----------------------------------------------------------------------------

_FENCE = re.compile(r"^[ \t]*(```|~~~)")
_ATX = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+")
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
#: Each inline rule after the strings one of which its every match contains: a line with
#: none of them skips the pattern (most lines hold no markup, and ten substitutions per
#: line add up).
_INLINE: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    (("![",), re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"), ""),  # images carry no article text
    (("](",), re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),
    (("][",), re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),
    (("<",), re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),
    (("`",), re.compile(r"`([^`\n]+)`"), r"\1"),
    (("**", "__"), re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (("*",), re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (("_",), re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), r"\1"),
    (("~~",), re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (("\\",), re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),
)


def _inline(line: str) -> str:
    for needed, pattern, repl in _INLINE:
        if any(map(line.__contains__, needed)):
            line = pattern.sub(repl, line)
    return line


_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$")


def markdown_to_text(md: str) -> str:
    """Readable text of a Markdown article: one paragraph per block, markup removed.

    Headings lose their ``#``, links keep their text, images go, emphasis markers go, code
    fences keep their content; soft-wrapped lines of a paragraph are joined by a space.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    table: list[str] = []  # a pipe table's rows: one line each, as the reader sees rows
    code: list[str] | None = None

    def flush_lines(lines: list[str], joiner: str) -> None:
        if lines:
            paragraphs.append(joiner.join(lines))
            lines.clear()

    def flush() -> None:
        flush_lines(current, " ")
        flush_lines(table, "\n")

    for line in md.split("\n"):
        if code is None and line.lstrip().startswith("|"):
            flush_lines(current, " ")
            if not _TABLE_RULE.match(line):  # "|---|:---:|": the header's underline
                table.append(_inline(line.strip()))
            continue
        flush_lines(table, "\n")
        if _FENCE.match(line):
            flush()
            if code is None:
                code = []
            else:
                if any(c.strip() for c in code):
                    paragraphs.append("\n".join(code).strip("\n"))
                code = None
            continue
        if code is not None:
            code.append(line.rstrip())
            continue
        if not line.strip():
            flush()
            continue
        if current and _SETEXT.match(line):
            flush()  # the paragraph above was a setext heading
            continue
        if _RULE.match(line) or _REF_DEF.match(line):
            flush()
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            if text := _inline(heading.group(1)).strip():
                paragraphs.append(text)
            continue
        body = _QUOTE.sub("", line)
        item = _ITEM.match(body)
        if item:
            flush()
            body = body[item.end() :]
        if text := _inline(body.strip()):
            current.append(text)
    flush()
    if code:
        paragraphs.append("\n".join(code).strip("\n"))
    return "\n\n".join(p for p in paragraphs if p.strip())


def markdown_title(md: str) -> str | None:
    """The first heading of a Markdown article (``# Title`` or a setext underline)."""
    previous = ""
    in_code = False
    for line in md.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            continue
        heading = _ATX.match(line)
        if heading:
            return _inline(heading.group(1)).strip() or None
        if previous.strip() and _SETEXT.match(line) and not _RULE.match(previous):
            return _inline(previous.strip()) or None
        previous = line
    return None
