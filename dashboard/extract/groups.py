"""Armed-group names in text, mapped to one canonical name per group.

The names come from ``dashboard/data/groups.csv`` (columns ``canonical, alias, kind,
source``; one row per alias, each group citing a public source). Users add or override
aliases with a CSV of the same columns named by the ``HOTSPOTS_GROUPS`` environment
variable; a user row whose alias is already known re-maps it to the user's canonical name.

Decisions worth knowing:

* Branches are distinct groups: "ISKP"/"ISIS-K"/"the Afghan branch of the Islamic State"
  map to "Islamic State – Khorasan Province", not to "Islamic State"; likewise ISWAP and
  the Sahel province. We never infer the branch from where the text is set: "1,000 ISIS
  gunmen in Afghanistan" stays "Islamic State", as written.
* Case: an acronym-like alias -- one word (hyphens allowed), two or more capitals, no run
  of three lower-case letters: IS, ISIS, ISIS-K, IMU, TTP, LeT, JeM, HTS -- matches
  case-sensitively as a whole word, so "is", "let" and "tip" never match. Known risk:
  "IS" inside an all-capitals headline ("WHAT IS NEXT") does match.
  Other aliases match case-insensitively.
* Spaces, hyphens and dashes between words are interchangeable ("al-Qaeda", "al Qaeda"),
  apostrophes are optional ("Kataib"/"Kata'ib"), and a possessive "'s" is ignored.
* Longest match wins: "Pakistani Taliban" is TTP, not "Taliban"; "Kata'ib Hezbollah" is
  not "Hezbollah".
* Name clashes we accept: "Ansarullah" alone is the Houthis (their own name), the Tajik
  group needs "Jamaat Ansarullah"; "al-Shabaab" is the Somali group even when a text uses
  it for the Mozambican insurgents; "ADF" is the Congolese/Ugandan group; "JEM" is Sudan's
  Justice and Equality Movement and "JeM" Jaish-e-Mohammed (case tells them apart).
* Armed wings count as their movement (the Qassam Brigades as Hamas, the Eastern Security
  Network as IPOB, the TPNPB as the Free Papua Movement). Acronyms that are also common
  abbreviations (PLA, CPC, OPM, KIA, AA, IRA, EPP ...) are left out: those groups are
  found by their full names.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dashboard.errors import InputError
from dashboard.extract._text import lowered, trie_alternation

__all__ = ["ENV_VAR", "GroupMention", "GroupTable", "canonical_group", "find_groups", "group_table"]

#: Environment variable naming a user CSV of extra aliases (same columns as the bundled one).
ENV_VAR = "HOTSPOTS_GROUPS"
_COLUMNS = ("canonical", "alias", "kind", "source")

# A word; a possessive "'s" after it is consumed but kept out of the key.
_TOKEN = re.compile(r"(?P<w>[^\W_]+(?:['’ʼ](?![sS](?![^\W_]))[^\W_]+)*)(?:['’ʼ][sS](?![^\W_]))?")
#: What may stand between a name's words: blanks, hyphens, dashes, apostrophes, and an opening
#: bracket ("CPI (Maoist)").
_GAP = re.compile(r"[\s\-‐‑–—'’ʼ(]+")
#: The gap and the word after it in one match (a word never starts with a gap character).
_NEXT = re.compile(rf"(?P<gap>{_GAP.pattern})?{_TOKEN.pattern}")
_APOSTROPHES = str.maketrans("", "", "'’ʼ")
#: Acronym-like aliases (one word, two or more capitals, no lower-case run of 3): exact case.
_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})(?!.*[a-z]{3})[\w\-‐]+")


@dataclass(frozen=True, slots=True)
class GroupMention:
    """A group name as written (``text == article[start:end]``) and its canonical name."""

    start: int
    end: int
    text: str
    canonical: str
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class _Alias:
    canonical: str
    tokens: tuple[str, ...]  # as written, apostrophes removed
    case_sensitive: bool


class _Node:
    """One word of the alias trie: the words that may follow, and aliases ending here."""

    __slots__ = ("aliases", "children")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.aliases: list[_Alias] = []


def _key(word: str) -> str:
    return word.translate(_APOSTROPHES).lower()


def _tokens(alias: str) -> tuple[str, ...]:
    return tuple(m.group("w").translate(_APOSTROPHES) for m in _TOKEN.finditer(alias))


class GroupTable:
    """Aliases organised as a word trie, so matching is one pass over the text's words."""

    def __init__(self) -> None:
        self._root = _Node()
        self._first_words: re.Pattern[str] | None = None
        self._spellings: set[str] = set()  # first words as the table writes them
        self.kinds: dict[str, str] = {}
        self.sources: dict[str, str] = {}
        self.aliases: dict[str, str] = {}  # normalised alias -> canonical
        self._runs: frozenset[str] | None = None  # see _word_runs
        self._follows: dict[str, frozenset[str]] | None = None  # see _next_initials
        #: the last text find() read and what it found: the geocoder (marking place names
        #: inside group names) and the claims builder both read each article's groups
        self._last: tuple[str, tuple[GroupMention, ...]] | None = None

    def add(self, canonical: str, alias: str, kind: str = "", source: str = "") -> None:
        """Map ``alias`` to ``canonical``, replacing an earlier mapping of the same alias."""
        tokens = _tokens(alias)
        canonical = canonical.strip()
        if not tokens or not canonical:
            raise ValueError(f"empty alias or canonical name: {alias!r} -> {canonical!r}")
        case_sensitive = _ACRONYM.fullmatch(alias.strip()) is not None
        self._first_words = None
        self._runs = None
        self._follows = None
        self._last = None
        first = _TOKEN.match(alias.strip().lower())
        if first is not None:
            self._spellings.add(first.group("w"))
        node = self._root
        for token in tokens:
            node = node.children.setdefault(_key(token), _Node())
        node.aliases = [a for a in node.aliases if a.tokens != tokens]
        node.aliases.append(_Alias(canonical, tokens, case_sensitive))
        self.aliases[" ".join(_key(t) for t in tokens)] = canonical
        if kind:
            self.kinds[canonical] = kind
        if source:
            self.sources.setdefault(canonical, source)

    @property
    def canonicals(self) -> list[str]:
        """Every canonical group name, sorted."""
        return sorted(set(self.aliases.values()))

    def lookup(self, name: str) -> str | None:
        """Canonical name when ``name`` is exactly one alias ("ISIL" -> "Islamic State")."""
        name = name.strip()
        found = self.find(name)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(name):
            return found[0].canonical
        return None

    def may_hold(self, text: str, start: int, end: int) -> bool:
        """False only when no mention :meth:`find` reports can hold ``text[start:end]`` (a
        name); True whenever a closer look would be needed.

        A mention holding the name has the name's words among its own, in a row, so their
        keys are a run of an alias's keys; unless the mention is the name (an alias that
        takes the words as written), the mention's word right before or right after them
        extends that run. Words are read as find() reads them; the word before, backwards,
        only where that is plain (no apostrophe nearby). A name that does not start and end
        on a word is held only if it is made of what mentions are made of.
        """
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’ʼ"):
            return True  # the name may start inside a word
        if text.startswith("ʼ", start):
            return True  # a letter that a gap may also take
        words = _words_at(text, start, end)
        if words is None:  # "U.S.": a mention holds letters, digits, apostrophes, gaps only
            return _MENTION_CHARS.fullmatch(text, start, end) is not None
        keys = " ".join(_key(w.group("w")) for w in words)
        runs = self._word_runs()
        if keys not in runs:
            return False
        if self._alias_of(words):
            return True
        nxt = _NEXT.match(text, words[-1].end())
        if (
            nxt is not None
            and "\n\n" not in (nxt.group("gap") or "")
            and f"{keys} {_key(nxt.group('w'))}" in runs
        ):
            return True
        before = _word_before(text, start)
        return before is None or (before != "" and f"{_key(before)} {keys}" in runs)

    def _alias_of(self, words: list[re.Match[str]]) -> bool:
        """True when an alias is exactly ``words`` as _longest_at accepts them (its case too,
        for an acronym)."""
        node: _Node | None = self._root
        for word in words:
            node = node.children.get(_key(word.group("w"))) if node is not None else None
        return node is not None and any(
            not alias.case_sensitive or _same_case(words, 0, alias.tokens) for alias in node.aliases
        )

    def _word_runs(self) -> frozenset[str]:
        """Every run of one or more consecutive keys of an alias, space-joined."""
        if self._runs is None:
            runs: set[str] = set()
            for alias in self.aliases:
                keys = alias.split(" ")
                for i in range(len(keys)):
                    runs.update(" ".join(keys[i:j]) for j in range(i + 1, len(keys) + 1))
            self._runs = frozenset(runs)
        return self._runs

    def _first_word_pattern(self) -> re.Pattern[str]:
        """One regex for every word an alias can start with, run over " " + the lower-cased
        text. A match opens with the character before the word (no letter or digit), so the
        engine skips from one such character to the next; in the padded text that
        character's offset is the word's offset in the text."""
        if self._first_words is None:
            spellings = set(self._root.children)
            for word in self._spellings:
                spellings.update({word, word.replace("'", "’"), word.replace("’", "'")})
            spellings.discard("")
            # each match opens with the character before the word (the scan runs over
            # " " + text): the engine skips letters instead of testing a look-behind at each
            words = trie_alternation(spellings, self._dead_end_guards())
            self._first_words = re.compile(rf"[\W_](?:{words})(?![^\W_])")
        return self._first_words

    def _dead_end_guards(self) -> dict[str, str]:
        """For a first word that is no alias on its own, a look-ahead for what
        :meth:`_dead_end` lets through: the word reads on, or a gap and a word starting with
        a letter that may follow it. In the scan it drops most dead ends ("the" is half of
        all first words in news copy, and only "the r..." may start an alias) before any
        Python runs; :meth:`_dead_end` still judges the rest. Only words whose followers
        start with ASCII letters or digits get one: for those, a letter of the lower-cased
        text is the letter _dead_end lower-cases ("İ" stays "İ" there, _dead_end reads "i").
        """
        guards = {}
        for word, initials in self._next_initials().items():
            if not all(c.isascii() for c in initials):
                continue
            letters = "".join(sorted(initials)) + ("İ" if "i" in initials else "")
            guards[word] = rf"(?=['’ʼ]|{_GAP.pattern}[{re.escape(letters)}])"
        return guards

    def _next_initials(self) -> dict[str, frozenset[str]]:
        """For each first word that is no alias on its own (plain ASCII letters and digits),
        the first letters of the words that may follow it in an alias."""
        if self._follows is None:
            self._follows = {
                word: frozenset(key[:1] for key in node.children)
                for word, node in self._root.children.items()
                if not node.aliases and word.isascii() and word.isalnum()
            }
        return self._follows

    def _dead_end(self, text: str, hit: re.Match[str]) -> bool:
        """True when :meth:`_longest_at` surely finds nothing at ``hit``: its word is no alias
        on its own and the word after it starts no word that may follow in an alias. Most
        hits are such ("the", "security"); this look at one character spares them the
        reading of two words.
        """
        initials = self._next_initials().get(hit.group()[1:])
        if initials is None:
            return False
        after = hit.end() - 1  # in text: the hit opens with the padding character
        if after < len(text) and (text[after].isalnum() or text[after] in "'’ʼ"):
            return False  # the word reads on (an apostrophe, a possessive): let it be read
        gap = _GAP.match(text, after)
        nxt = gap.end() if gap is not None else after
        return nxt >= len(text) or text[nxt].lower()[:1] not in initials

    def find(self, text: str) -> list[GroupMention]:
        """Leftmost-longest, non-overlapping group mentions in ``text``.

        The answer for the last text is kept (one entry, so no other text's): an article's
        groups are asked for twice, by the geocoder and by the claims builder.
        """
        last = self._last
        if last is not None and last[0] == text:
            return list(last[1])
        out = self._find(text)
        self._last = (text, tuple(out))
        return out

    def _find(self, text: str) -> list[GroupMention]:
        out: list[GroupMention] = []
        last_end = 0
        for hit in self._first_word_pattern().finditer(" " + lowered(text)):
            start = hit.start()  # of the padding before the word: the word's offset in text
            if start < last_end or (
                start > 1 and text[start - 1] in "'’ʼ" and text[start - 2].isalnum()
            ):
                continue
            if self._dead_end(text, hit):
                continue
            found = self._longest_at(text, start)
            if found is not None:
                out.append(found)
                last_end = found.end
        return out

    def mention_at(self, text: str, start: int) -> GroupMention | None:
        """The mention :meth:`find` reports first when it starts at ``start``, else None.

        Only for a ``text`` with no letter or digit before ``start``: then no earlier match
        can take the place, and one pattern match replaces a scan of the whole text.
        """
        low = lowered(text)  # the pattern opens with the character before the word
        padded = " " + low if start == 0 else low
        if self._first_word_pattern().match(padded, start if start == 0 else start - 1) is None:
            return None
        return self._longest_at(text, start)

    def _longest_at(self, text: str, start: int) -> GroupMention | None:
        first = _TOKEN.match(text, start)
        if first is None:
            return None
        words = [first]
        node = self._root.children.get(_key(first.group("w")))
        best: tuple[int, _Alias] | None = None
        while node is not None:
            for alias in node.aliases:
                if not alias.case_sensitive or _same_case(words, 0, alias.tokens):
                    best = (len(words), alias)
                    break
            if not node.children:
                break  # no longer alias: the next word cannot matter
            nxt = _NEXT.match(text, words[-1].end())
            if nxt is None or "\n\n" in (nxt.group("gap") or ""):
                break
            words.append(nxt)
            node = node.children.get(_key(nxt.group("w")))
        if best is None:
            return None
        count, alias = best
        end = words[count - 1].end("w")
        if text.startswith(")", end) and text.count("(", start, end) > text.count(")", start, end):
            end += 1  # "CPI (Maoist)": the name's own closing bracket
        kind = self.kinds.get(alias.canonical)
        return GroupMention(start, end, text[start:end], alias.canonical, kind)


def _words_at(text: str, start: int, end: int) -> list[re.Match[str]] | None:
    """The words of ``text[start:end]`` as _longest_at reads them from ``start``, or None
    when the last one does not end at ``end`` (or a blank line comes between)."""
    word = _TOKEN.match(text, start)
    if word is None:
        return None
    words = [word]
    while word.end("w") < end:
        nxt = _NEXT.match(text, word.end())
        if nxt is None or "\n\n" in (nxt.group("gap") or ""):
            return None
        word = nxt
        words.append(word)
    return words if word.end("w") == end else None


#: What a mention is made of: the letters and digits of its words, their apostrophes, gaps.
_MENTION_CHARS = re.compile(r"(?:[^\W_]|[\s\-‐‑–—'’ʼ])*")
#: Gap characters the backward reading in _word_before steps over (the apostrophes of
#: _GAP are left out: there a word, a possessive and a gap are hard to tell apart).
_PLAIN_GAP = "-‐‑–—"


def _word_before(text: str, start: int) -> str | None:
    """The word (without a possessive) that find() would read right before the gap that
    ends at ``start``; "" when no word links to ``start`` (no gap, or a blank line in it);
    None when a backward reading cannot be sure (an apostrophe in the way)."""
    gap_start = start
    while gap_start > 0 and (text[gap_start - 1].isspace() or text[gap_start - 1] in _PLAIN_GAP):
        gap_start -= 1
    if gap_start == start or "\n\n" in text[gap_start:start]:
        return ""
    if gap_start == 0:
        return ""
    if text[gap_start - 1] in "'’ʼ":
        return None
    end = gap_start
    if end >= 3 and text[end - 1] in "sS" and text[end - 2] in "'’" and text[end - 3].isalnum():
        end -= 2  # "Syria's": the possessive
    elif not text[end - 1].isalnum():
        return ""  # no word ends at the gap
    begin = end
    while begin > 0 and text[begin - 1].isalnum():
        begin -= 1
    if begin > 0 and text[begin - 1] in "'’ʼ":
        return None  # an apostrophe may join this word to the one before
    return text[begin:end]


def _same_case(words: list[re.Match[str]], i: int, tokens: tuple[str, ...]) -> bool:
    return all(words[i + k].group("w") == token for k, token in enumerate(tokens))


def _read_csv(stream: Iterable[str], origin: str, table: GroupTable) -> None:
    """Add every row of a groups CSV; lines whose first cell starts with "#" are comments."""
    reader = csv.DictReader(stream)
    missing = [c for c in ("canonical", "alias") if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(
            f"{origin}: missing column(s) {', '.join(missing)}; "
            f"the header must be {','.join(_COLUMNS)}"
        )
    for row in reader:
        canonical, alias = (row.get("canonical") or "").strip(), (row.get("alias") or "").strip()
        if canonical.startswith("#"):
            continue
        if not canonical or not _tokens(alias):
            raise InputError(
                f"{origin}, line {reader.line_num}: both 'canonical' and 'alias' need a name"
            )
        table.add(
            canonical, alias, (row.get("kind") or "").strip(), (row.get("source") or "").strip()
        )


def _load_bundled(table: GroupTable) -> GroupTable:
    data = resources.files("dashboard").joinpath("data", "groups.csv").read_text(encoding="utf-8")
    _read_csv(io.StringIO(data), "dashboard/data/groups.csv", table)
    return table


@lru_cache(maxsize=1)
def _bundled() -> GroupTable:
    return _load_bundled(GroupTable())


@lru_cache(maxsize=4)
def _with_user_file(path: str, _mtime: int, _size: int) -> GroupTable:
    table = _load_bundled(GroupTable())
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as stream:
            _read_csv(stream, path, table)
    except UnicodeDecodeError:
        raise InputError(f"{ENV_VAR}={path}: the file is not UTF-8; save it as UTF-8 CSV") from None
    except OSError as exc:
        raise InputError(f"{ENV_VAR}={path}: cannot read the file ({exc.strerror})") from None
    return table


def group_table() -> GroupTable:
    """The bundled table, extended by the CSV that ``HOTSPOTS_GROUPS`` names (if set).

    Raises
    ------
    InputError
        The user file is missing, unreadable or lacks the ``canonical``/``alias`` columns.
    """
    path = os.environ.get(ENV_VAR, "").strip()
    if not path:
        return _bundled()
    try:
        stat = Path(path).stat()
    except OSError as exc:
        raise InputError(
            f"{ENV_VAR}={path}: cannot read the file ({exc.strerror}); "
            f"fix the path or unset {ENV_VAR}"
        ) from None
    return _with_user_file(path, stat.st_mtime_ns, stat.st_size)


def find_groups(text: str, *, table: GroupTable | None = None) -> list[GroupMention]:
    """Armed-group mentions in ``text`` (leftmost-longest, non-overlapping, in order)."""
    return (table or group_table()).find(text)


def canonical_group(name: str, *, table: GroupTable | None = None) -> str | None:
    """The canonical name when ``name`` is exactly one known alias, else None."""
    return (table or group_table()).lookup(name)
