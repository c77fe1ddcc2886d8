"""Hard-wrapped plain text made into paragraphs again.

Text copied out of a PDF (a UN panel's report), an e-mail or a wire terminal breaks its
lines at a fixed width, often mid-sentence and mid-word ("between 8,000 and 10,000" /
"fighters", "esti-" / "mates"). The claim rules read a line break as the end of a sentence
or a table row, so such a text loses its figures. A text is hard-wrapped when most of its
long lines stop short of a sentence's end and none is much longer than the rest; its
wrapped lines are then joined, and a word split by a hyphen at the end of a line is
mended. Lines that were short on purpose (headings, mastheads, the last line of a
paragraph), list items, table rows and dotted leaders keep their breaks.
"""

from __future__ import annotations

import re

__all__ = ["unwrap"]

#: A prose line: at least this many characters once stripped.
_PROSE = 30
#: Lines a text needs for its wrapping to be judged.
_MIN_LINES = 6
#: Widest a hard-wrapped text's lines are (e-mail: 72–80, PDF columns: 60–95).
_MAX_WIDTH = 100
#: How close to the width a line must come to have been wrapped, not ended.
_FILL = 0.82
#: What a line that ends a sentence or a heading ends with.
_ENDS = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "]")
#: A line that starts something of its own: a list item, a table row, a speaker's label or
#: a field ("Issued: 24 November").
_OWN_START = re.compile(
    r"\s*(?:[-*•–—|>]\s|\d{1,3}[.)]\s|[a-z][.)]\s|\(?[ivx]{1,4}\)\s|[A-Z][A-Z .'-]{1,30}:\s"
    r"|[A-Z][\w-]{1,20}:\s)"
)
#: A line laid out as a table or an index: dotted leaders or a gap of three spaces.
_TABULAR = re.compile(r"\S(?: {3,}|\.{4,})\S")
_HYPHENATED = re.compile(r"[^\W\d_]-$")


def _tabular(line: str) -> bool:
    """_TABULAR in ``line``; most lines hold neither three spaces nor four dots, which two
    substring tests tell without the regex scanning the line."""
    return ("   " in line or "...." in line) and _TABULAR.search(line) is not None


def unwrap(text: str) -> str:
    """``text`` with the lines of its hard-wrapped paragraphs joined (or as it was)."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    out: list[str] = [lines[0]]
    for line in lines[1:]:
        prev = out[-1]
        if _continues(prev, line, width):
            head = prev.rstrip()
            rest = line.strip()
            if _HYPHENATED.search(head) and rest[:1].islower():
                out[-1] = head[:-1] + rest  # "esti-" + "mates"
            elif head.endswith("-") and not head.endswith(" -"):
                out[-1] = head + rest  # "Nioro du Sahel-" + "Diéma"
            else:
                out[-1] = f"{head} {rest}"
        else:
            out.append(line)
    return "\n".join(out)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text's lines were wrapped at, or None for a text that is not wrapped."""
    prose = [ln.rstrip() for ln in lines if len(ln.strip()) >= _PROSE and not _tabular(ln)]
    if len(prose) < _MIN_LINES:
        return None
    lengths = sorted(len(ln) for ln in prose)
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if width > _MAX_WIDTH:
        return None
    open_ended = sum(not ln.endswith(_ENDS) for ln in prose)
    return width if open_ended >= 0.5 * len(prose) else None


def _continues(prev: str, line: str, width: int) -> bool:
    """True when ``line`` carries on the paragraph ``prev`` was wrapped in."""
    head, rest = prev.rstrip(), line.strip()
    if not head.strip() or not rest or _OWN_START.match(line):
        return False
    if _tabular(prev) or _tabular(line) or " | " in prev:
        return False  # a table, an index, a masthead's fields
    first = len(rest.split()[0])
    if head.endswith((".", "!", "?", ":")) and rest[:1].isupper():
        # a sentence ends the line and a new one starts the next: the same paragraph only
        # when the next line's first word could not have fitted at the full width
        return len(head) + 1 + first > width
    # wrapped: the next line's first word would not have fitted on this one
    return len(head) + 1 + first > _FILL * width
