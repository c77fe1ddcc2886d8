"""Who says what: attributions ("said Kabulov", "X has told TASS", "according to X", "the
diplomat said", "he added") resolved to full names and roles given earlier in the article.

Resolution rules:

* A full name ("Zamir Kabulov") registers its surname; a later "Kabulov" or
  "Mr. Kabulov" is "Zamir Kabulov".
* A role is taken from the words around the name: "Russian president's special envoy to
  Afghanistan, Zamir Kabulov, has told TASS", "Foreign Minister Sergei Lavrov said",
  "said Kabulov, the director of ...", "Kabulov, who is director of ...". A mention without
  a role of its own carries the role last given for that person.
* "he/she said" and "the <role word> said" ("the diplomat", "the envoy") mean the most recent
  singular speaker (a "the <word>" prefers one whose role contains that word). "a security
  official said" is a new, unnamed speaker named as written; plural sources ("local
  officials said") are named as written too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from dashboard.extract.sentences import sentences

__all__ = ["SpeakerMention", "find_speakers", "speaker_for"]


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """A reference to a speaker (``text[start:end]`` as written) and who it resolves to."""

    start: int
    end: int
    name: str
    role: str | None = None
    text: str = ""


_SAY = (
    r"(?:said|says|told|tells|added|adds|stated|states|noted|notes|stressed|stresses|"
    r"explained|explains|warned|warns|claimed|claims|declared|announced|insisted|"
    r"emphasi[sz]ed|pointed\s+out|estimated|estimates|reported|wrote|tweeted|asserted|"
    r"confirmed|admitted|acknowledged|remarked|commented|underlined|continued|argued|"
    r"maintained|observed|believes|believed|cautioned|concluded|disclosed|revealed|"
    r"alleged|was\s+quoted\s+as\s+saying)"
)
_AUX = r"(?:(?:has|had|have|also|further|later)\s+)*"
_HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Brig|Adm|Sgt|Prof|Sen|Gov|Rep|Amb|Sheikh|Mullah)"
_PARTICLE = r"(?:al|el|ad|as|bin|ibn|abu|abd|de|da|van|von|der|du|le)"
# One capitalised word holding a lower-case letter (so "TASS" and "NATO" are not names);
# the look-ahead keeps the match unambiguous, which keeps the regex linear.
_TOKEN = rf"(?:{_PARTICLE}[\-\s])?[A-Z](?=[\w'’\-]*[a-z])[\w'’\-]*"
_NAME = rf"(?:(?:{_HONORIFIC}\.?\s+)*{_TOKEN}(?:\s+(?:[A-Z]\.\s+)?{_TOKEN}){{0,5}})"
_ROLE_WORDS = frozenset(
    {
        "envoy", "minister", "spokesman", "spokeswoman", "spokesperson", "commander", "general",
        "director", "president", "chief", "head", "official", "ambassador", "adviser", "advisor",
        "analyst", "expert", "governor", "leader", "secretary", "representative", "deputy",
        "officer", "diplomat", "researcher", "colonel", "lieutenant", "major", "captain",
        "mayor", "chairman", "chairwoman", "coordinator", "lawmaker", "senator", "prosecutor",
        "emir", "founder", "negotiator", "correspondent", "professor", "sheikh", "mullah",
        "commissioner", "inspector", "editor", "member", "fellow", "specialist", "chairperson",
    }
)  # fmt: skip
_ROLE_ALT = "|".join(sorted(_ROLE_WORDS, key=len, reverse=True))
_DESCRIPTOR = "|".join(sorted(_ROLE_WORDS - {"member", "fellow", "head"}, key=len, reverse=True))
_PLURAL = (
    r"(?i:officials|sources|residents|witnesses|analysts|experts|authorities|diplomats|"
    r"observers|villagers|officers|commanders|activists|elders|spokesmen|police)"
)
#: Capitalised words that open sentences but are not names.
_NOT_NAMES = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they",
        "we", "i", "you", "there", "here", "but", "and", "or", "so", "yet", "in", "on", "at",
        "as", "after", "before", "however", "meanwhile", "also", "earlier", "later", "then",
        "yesterday", "today", "tonight", "last", "speaking", "asked", "separately", "according",
        "officials", "sources", "residents", "witnesses", "analysts", "experts", "authorities",
        "police", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "when", "while", "if", "since", "his", "her", "their", "our", "some", "many", "most",
        "what", "who", "why", "how", "all", "both", "each", "one", "two", "three", "several",
    }
)  # fmt: skip

_INVERTED = re.compile(
    rf"(?:[\"”’»]|,)\s*(?P<verb>{_SAY})\s+"
    rf"(?:(?P<pre>(?:the\s+)?(?:[\w'’\-]+\s+){{0,3}}?(?:{_ROLE_ALT}))\s*,?\s+)?"
    rf"(?P<name>{_NAME})"
)
_NAME_SAYS = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_NAME})(?:\s*,\s*(?P<appos>[^,.;\"“”\n]{{3,160}}?)\s*,|\s*,)?\s+{_AUX}(?P<verb>{_SAY})\b"
)
_ACCORDING = re.compile(
    r"\b[Aa]ccording\s+to\s+(?P<src>[^,.;:\"“”()\n]{2,100}?)(?=\s*(?:[,.;:\"“”()\n]|$))"
)
_NAME_AT_END = re.compile(rf"{_NAME}$")
_THE_DESCRIPTOR = re.compile(
    rf"^(?:the|this)\s+(?:[\w'’\-]+\s+){{0,3}}?(?P<word>{_DESCRIPTOR})$", re.IGNORECASE
)
_PRONOUN = re.compile(
    rf"\b(?P<name>[Hh]e|[Ss]he)\s+{_AUX}(?P<verb>{_SAY})\b|(?:[\"”’»]|,)\s*{_SAY}\s+(?P<name2>he|she)\b"
)
_DESCRIBED = re.compile(
    rf"\b(?P<desc>(?P<det>[Tt]he|[Aa]n?|[Oo]ne|[Tt]his)\s+(?:[\w'’\-]+\s+){{0,3}}?(?P<word>{_DESCRIPTOR}))"
    rf"\s+{_AUX}(?P<verb>{_SAY})\b"
    rf"|(?:[\"”’»]|,)\s*{_SAY}\s+(?P<desc2>(?P<det2>the|an?|one)\s+(?:[\w'’\-]+\s+){{0,3}}?(?P<word2>{_DESCRIPTOR}))\b"
)
_PLURAL_SAY = re.compile(rf"\b(?P<noun>{_PLURAL})\s+{_AUX}(?P<verb>{_SAY})\b")
_MODIFIERS = re.compile(r"(?<![\w'’\-])(?:[A-Za-z][\w'’\-]*[ \t]+){1,2}$")
_HONORIFIC_RE = re.compile(rf"{_HONORIFIC}\.?")
_ROLE_BEFORE = re.compile(
    rf"(?<![\w'’\-])(?P<role>(?:[A-Za-z][\w'’\-]*\s+){{0,3}}?(?:{_ROLE_ALT}))\s+$"
)
_APPOSITIVE = re.compile(
    r"\s*,\s*(?:who\s+(?:is|was|serves\s+as)\s+)?(?P<role>[^,.;\"“”\n]{3,160})"
)
_LEAD_IN = re.compile(r"(?:^|[,.;:\"“”()\n—–]|\s-\s)\s*(?P<role>[^,.;:\"“”()\n—–]{3,120}?)\s*,\s*$")


def _has_role_word(phrase: str) -> bool:
    words = re.findall(r"[a-z]+", phrase.lower())
    return any(w in _ROLE_WORDS for w in words)


def _clean_role(phrase: str) -> str | None:
    phrase = phrase.strip(" \t-—–")
    phrase = re.sub(r"^(?:the|a|an|their|his|her|its|our)\s+", "", phrase, flags=re.IGNORECASE)
    return phrase if phrase and _has_role_word(phrase) else None


def _split_name(raw: str, start: int) -> tuple[int, str, str | None]:
    """Drop leading non-names and split off title words: returns (offset, name, role).

    "Foreign Minister Sergei Lavrov" -> "Sergei Lavrov", role "Foreign Minister";
    "Gen. Abdul Rahman" -> "Abdul Rahman", role "Gen.".
    """
    tokens = list(re.finditer(r"\S+", raw))
    while tokens and tokens[0].group().lower().rstrip(".,") in _NOT_NAMES:
        tokens.pop(0)
    if not tokens:
        return start, "", None
    role_end = -1
    for i, tok in enumerate(tokens[:-1]):
        if tok.group().lower().rstrip(".") in _ROLE_WORDS or _HONORIFIC_RE.fullmatch(tok.group()):
            role_end = i
    role = None
    if role_end >= 0:
        role = raw[tokens[0].start() : tokens[role_end].end()]
        tokens = tokens[role_end + 1 :]
    first = tokens[0].start()
    return start + first, raw[first : tokens[-1].end()], role


def _according(text: str, m: re.Match[str]) -> _Raw:
    """'according to Col. X, the army spokesman', 'according to the UN monitoring team'."""
    src, src_start = m.group("src"), m.start("src")
    name_match = _NAME_AT_END.search(src)
    appos = _APPOSITIVE.match(text, m.end("src"))
    appos_role = _clean_role(appos.group("role")) if appos else None
    if name_match:
        start, name, role = _split_name(src[name_match.start() :], src_start + name_match.start())
        prefix = src[: name_match.start()].strip()
        role = appos_role or (_clean_role(prefix) if prefix else None) or role
        if name:
            return _Raw(start, start + len(name), name, role, "name")
    described = _THE_DESCRIPTOR.match(src)
    if described:
        return _Raw(src_start, m.end("src"), src, None, "the", described.group("word").lower())
    source = re.sub(r"^(?:the|a|an)\s+", "", src, flags=re.IGNORECASE)
    start = m.end("src") - len(source)
    return _Raw(start, m.end("src"), source, None, "source")


def _role_before(text: str, start: int) -> str | None:
    """A role right before a name: "Pentagon spokesman John Kirby" or "Envoy to X, Name,"."""
    window_start = max(0, start - 160)
    bare = _ROLE_BEFORE.search(text, window_start, start)
    if bare:
        return _clean_role(bare.group("role"))
    lead = _LEAD_IN.search(text, window_start, start)
    return _clean_role(lead.group("role")) if lead else None


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    name: str
    role: str | None
    kind: str  # "name", "pronoun", "the", "unnamed", "plural"
    word: str = ""


def _raw_mentions(text: str) -> list[_Raw]:
    found: dict[tuple[int, int], _Raw] = {}

    def add(raw: _Raw) -> None:
        key = (raw.start, raw.end)
        if raw.name and key not in found:
            found[key] = raw

    pos = 0
    while (m := _NAME_SAYS.search(text, pos)) is not None:
        pos = m.end()
        appos_role = _clean_role(m.group("appos")) if m.group("appos") else None
        if m.group("appos") and appos_role is None:
            # "envoy to Afghanistan, Zamir Kabulov, has told": the comma phrase is the
            # speaker, not an appositive of "Afghanistan"; look again from the next word.
            pos = m.start("name") + 1
            continue
        start, name, role = _split_name(m.group("name"), m.start("name"))
        if name:
            role = appos_role or role or _role_before(text, start)
            add(_Raw(start, start + len(name), name, role, "name"))
    for m in _INVERTED.finditer(text):
        start, name, role = _split_name(m.group("name"), m.start("name"))
        if not name or name.lower() in _NOT_NAMES:
            continue
        appos = _APPOSITIVE.match(text, start + len(name))
        explicit = _clean_role(appos.group("role")) if appos else None
        if m.group("pre"):
            explicit = explicit or _clean_role(m.group("pre"))
        role = explicit or role
        add(_Raw(start, start + len(name), name, role, "name"))
    for m in _ACCORDING.finditer(text):
        add(_according(text, m))
    for m in _PRONOUN.finditer(text):
        group = "name" if m.group("name") else "name2"
        add(_Raw(m.start(group), m.end(group), m.group(group), None, "pronoun"))
    for m in _DESCRIBED.finditer(text):
        desc, det, word = ("desc", "det", "word") if m.group("desc") else ("desc2", "det2", "word2")
        kind = "the" if m.group(det).lower() in ("the", "this") else "unnamed"
        add(_Raw(m.start(desc), m.end(desc), m.group(desc), None, kind, m.group(word).lower()))
    for m in _PLURAL_SAY.finditer(text):
        start = m.start("noun")
        modifiers = _MODIFIERS.search(text, max(0, start - 40), start)
        if modifiers:
            for token in re.finditer(r"\S+", modifiers.group()):
                if token.group().lower() not in _NOT_NAMES - {"police"}:
                    start = modifiers.start() + token.start()
                    break
        add(_Raw(start, m.end("noun"), text[start : m.end("noun")], None, "plural"))
    return sorted(found.values(), key=lambda r: (r.start, -r.end))


def find_speakers(text: str) -> list[SpeakerMention]:
    """Every attribution in ``text`` in order, each resolved to a full name and role."""
    full_names: dict[str, str] = {}  # surname -> full name
    roles: dict[str, str] = {}
    out: list[SpeakerMention] = []
    people: list[SpeakerMention] = []  # singular speakers "he" or "the diplomat" may mean
    last_end = -1
    for raw in _raw_mentions(text):
        if raw.start < last_end:
            continue  # nested in a longer mention already taken
        name, role = raw.name, raw.role
        if raw.kind == "name":
            parts = name.split()
            if len(parts) > 1:
                full_names[parts[-1]] = name
            else:
                name = full_names.get(name, name)
        elif raw.kind in ("pronoun", "the"):
            previous = _previous_person(people, raw.word if raw.kind == "the" else "")
            if previous is not None:
                name = previous.name
            elif raw.kind == "pronoun":
                continue  # "he said" with nobody named before: nothing to resolve to
        if role:
            roles[name] = role
        else:
            role = roles.get(name)
        mention = SpeakerMention(raw.start, raw.end, name, role, text[raw.start : raw.end])
        out.append(mention)
        if raw.kind in ("name", "pronoun", "the", "unnamed"):
            people.append(mention)
        last_end = raw.end
    return out


def _previous_person(people: list[SpeakerMention], word: str) -> SpeakerMention | None:
    if word:
        for m in reversed(people):
            if m.role and word in m.role.lower():
                return m
    return people[-1] if people else None


# --- whose quote is it -------------------------------------------------------------------

_OPEN = "“«"
_CLOSE = "”»"


def _quote_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Double-quoted spans inside ``text[lo:hi]`` (straight quotes toggle)."""
    spans: list[tuple[int, int]] = []
    opened = -1
    for i in range(lo, hi):
        ch = text[i]
        if ch == '"':
            if opened < 0:
                opened = i
            else:
                spans.append((opened, i + 1))
                opened = -1
        elif ch in _OPEN and opened < 0:
            opened = i
        elif ch in _CLOSE and opened >= 0:
            spans.append((opened, i + 1))
            opened = -1
    return spans


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    lo = text.rfind("\n\n", 0, offset)
    hi = text.find("\n\n", offset)
    return (0 if lo < 0 else lo + 2), (len(text) if hi < 0 else hi)


def _in_quote(text: str, speakers: list[SpeakerMention], offset: int) -> SpeakerMention | None:
    """The attribution of the quotation around ``offset``, if ``offset`` is quoted."""
    p_lo, p_hi = _paragraph(text, offset)
    for q_lo, q_hi in _quote_spans(text, p_lo, p_hi):
        if not q_lo <= offset < q_hi:
            continue
        for s in speakers:
            gap = text[q_hi : s.start]
            if q_hi <= s.start <= min(q_hi + 80, p_hi) and not any(q in gap for q in '"“«'):
                return s
        before = [s for s in speakers if p_lo <= s.start and s.end <= q_lo <= s.end + 100]
        return before[-1] if before else None
    return None


def _in_sentence(text: str, speakers: list[SpeakerMention], offset: int) -> SpeakerMention | None:
    """An attribution in the sentence holding ``offset``: the first after it, else the last."""
    p_lo, p_hi = _paragraph(text, offset)
    for s_lo, s_hi in sentences(text[p_lo:p_hi]):
        if s_lo + p_lo <= offset < s_hi + p_lo:
            same = [s for s in speakers if s_lo + p_lo <= s.start < s_hi + p_lo]
            after = [s for s in same if s.start >= offset]
            return after[0] if after else same[-1] if same else None
    return None


def speaker_for(text: str, speakers: list[SpeakerMention], offset: int) -> SpeakerMention | None:
    """The speaker of the words at ``offset``.

    Inside a quotation: the attribution right after the closing quote ("...," said
    Kabulov), else one just before the opening quote. Outside quotes: an attribution in
    the same sentence. Otherwise the last speaker before ``offset``; None when there is none.
    """
    found = _in_quote(text, speakers, offset) or _in_sentence(text, speakers, offset)
    if found is not None:
        return found
    index = bisect_right([s.start for s in speakers], offset)
    return speakers[index - 1] if index else None
