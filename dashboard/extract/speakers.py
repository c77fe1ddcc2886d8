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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from dashboard.extract._text import trie_alternation
from dashboard.extract.sentences import sentences

__all__ = ["SpeakerIndex", "SpeakerMention", "find_speakers", "speaker_for"]


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """A reference to a speaker (``text[start:end]`` as written) and who it resolves to."""

    start: int
    end: int
    name: str
    role: str | None = None
    text: str = ""


#: Speech verbs; "emphasised"/"emphasized", "pointed out", "was quoted as saying" included.
_SAY_WORDS = (
    "said", "says", "told", "tells", "added", "adds", "stated", "states", "noted", "notes",
    "stressed", "stresses", "explained", "explains", "warned", "warns", "claimed", "claims",
    "declared", "announced", "insisted", "emphasised", "emphasized", "estimated", "estimates",
    "reported", "wrote", "tweeted", "asserted", "confirmed", "admitted", "acknowledged",
    "remarked", "commented", "underlined", "continued", "argued", "maintained", "observed",
    "believes", "believed", "cautioned", "concluded", "disclosed", "revealed", "alleged",
)  # fmt: skip
#: One match per position whatever the order (a word never ends inside another before
#: ``\b``), so the words go in a trie: one branch per letter instead of fifty words.
_SAY = rf"(?:{trie_alternation(_SAY_WORDS)}|pointed\s+out|was\s+quoted\s+as\s+saying)"
_HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Brig|Adm|Sgt|Prof|Sen|Gov|Rep|Amb|Sheikh|Mullah)"
_PARTICLE = r"(?:al|el|ad|as|bin|ibn|abu|abd|de|da|van|von|der|du|le)"
# One capitalised word holding a lower-case letter (so "TASS" and "NATO" are not names);
# the look-ahead keeps the match unambiguous, which keeps the regex linear.
_TOKEN = rf"(?:\b{_PARTICLE}[\-\s])?[A-Z](?=[\w'’\-]*[a-z])[\w'’\-]*"
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
_ROLE_ENDS = tuple(_ROLE_WORDS)
_DESCRIPTOR = "|".join(sorted(_ROLE_WORDS - {"member", "fellow", "head"}, key=len, reverse=True))
#: Plural sources: "local officials said" is named as written and never resolved.
_PLURAL_WORDS = frozenset(
    {
        "officials", "sources", "residents", "witnesses", "analysts", "experts", "authorities",
        "diplomats", "observers", "villagers", "officers", "commanders", "activists", "elders",
        "spokesmen", "police",
    }
)  # fmt: skip
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

_SAY_RE = re.compile(rf"\b{_SAY}\b")
#: Speech verbs that are plural nouns too, and what follows them as nouns: "Bayelsa and
#: Rivers states, except", "the agency's estimates."
_NOUN_TOO = frozenset({"states", "notes", "claims", "estimates"})
_NOUN_AFTER = re.compile(r"[ \t]*(?:[,.;:()\n]|and\b|or\b|of\b|$)")
_AUX_WORDS = frozenset({"has", "had", "have", "also", "further", "later"})
_DESCRIPTOR_WORDS = frozenset(_DESCRIPTOR.split("|"))
_DETERMINERS = frozenset({"the", "a", "an", "one", "this"})
_WORD_TOKEN = re.compile(r"\S+")
_NAME_TOKEN = re.compile(
    rf"(?:{_PARTICLE}-)?[A-Z](?=[\w'’\-]*[a-z])[\w'’\-]*|{_HONORIFIC}\.?|[A-Z]\.|{_PARTICLE}"
)
#: What may follow "," said / "…," told: a pronoun, a named person, or "the diplomat".
_AFTER_VERB = re.compile(
    r"\s+(?:(?P<pron>he|she)\b"
    rf"|(?:(?P<pre>(?:the\s+)?(?:[\w'’\-]+\s+){{0,3}}?(?:{_ROLE_ALT}))\s*,?\s+)?(?P<name>{_NAME})"
    rf"|(?P<desc>(?P<det>the|an?|one|this)\s+(?:[\w'’\-]+\s+){{0,3}}?(?P<word>{_DESCRIPTOR}))\b)"
)
#: Opens with "[Aa]" and a look-behind for the word boundary, not with ``\b``: the engine
#: then skips to the next "a" instead of trying the pattern at every position.
#: A dotted abbreviation inside the source ("according to a U.N. monitoring report") is
#: part of it when a lower-case word or a comma follows, and a title's full stop ("Col.")
#: always is.
_ACCORDING = re.compile(
    r"[Aa](?<!\w.)ccording\s+to\s+(?P<src>(?:[A-Z]\.(?:[A-Z]\.)+(?=\s+[a-z]|[,;:)])|"
    rf"(?<![\w.]){_HONORIFIC}\.(?=\s+[A-Z])|"
    r"[^,.;:\"“”()\n]){2,100}?)(?=\s*(?:[,.;:\"“”()\n]|$))"
)
_NAME_AT_END = re.compile(rf"{_NAME}$")
#: The capitalised words of a body's name before its "of"/"for" and the name after them.
_BODY_BEFORE = re.compile(r"(?<![\w'’\-])(?:[A-Z][\w'’\-]*\s+)+(?:of|for)\s+(?:the\s+)?$")
#: A person, then the body they speak for: "Amina Yusuf of the Hiiraan Institute".
_PERSON_OF = re.compile(rf"(?P<name>{_NAME})\s+(?:of|from|at)\s+(?P<org>(?:the\s+)?[A-Z].*)$")
#: Where a source is, closing the words after "according to": "provincial officials we met
#: in Asadabad", "a UN source in Bamako". The source is the words before it.
_SOURCE_PLACE = re.compile(
    r"\s+(?:(?:we|I|who|that)\s+(?:[a-z]+\s+){1,2}?)?(?:based\s+)?(?:in|at)\s+(?:the\s+)?"
    r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}$"
)
_THE_DESCRIPTOR = re.compile(
    rf"^(?:the|this)\s+(?:[\w'’\-]+\s+){{0,3}}?(?P<word>{_DESCRIPTOR})$", re.IGNORECASE
)
_HONORIFIC_RE = re.compile(rf"{_HONORIFIC}\.?")
_ROLE_BEFORE = re.compile(
    rf"(?<![\w'’\-])(?P<role>(?:[A-Za-z][\w'’\-]*\s+){{0,3}}?(?:{_ROLE_ALT}))\s+$"
)
_APPOSITIVE = re.compile(
    r"\s*,\s*(?:who\s+(?:is|was|serves\s+as)\s+)?(?P<role>[^,.;\"“”\n]{3,160})"
)
_LEAD_IN = re.compile(r"(?:^|[,.;:\"“”()\n—–]|\s-\s)\s*(?P<role>[^,.;:\"“”()\n—–]{3,120}?)\s*,\s*$")


_LETTERS = re.compile(r"[a-z]+")
_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|their|his|her|its|our)\s+", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_PLAIN_WORD = re.compile(r"[\w'’\-]+")


def _has_role_word(phrase: str) -> bool:
    words = _LETTERS.findall(phrase.lower())
    return any(w in _ROLE_WORDS for w in words)


def _clean_role(phrase: str) -> str | None:
    phrase = phrase.strip(" \t-—–")
    phrase = _LEADING_DETERMINER.sub("", phrase)
    return phrase if phrase and _has_role_word(phrase) else None


def _split_name(raw: str, start: int) -> tuple[int, str, str | None]:
    """Drop leading non-names and split off title words: returns (offset, name, role).

    "Foreign Minister Sergei Lavrov" -> "Sergei Lavrov", role "Foreign Minister";
    "Gen. Abdul Rahman" -> "Abdul Rahman", role "Gen.".
    """
    tokens = list(_WORD_TOKEN.finditer(raw))
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
    home = _SOURCE_PLACE.search(src)
    if home is not None and home.start() >= 2:
        src = src[: home.start()]
    person = _PERSON_OF.match(src)
    if person is not None:  # "according to Amina Yusuf of the Hiiraan Institute"
        start, name, role = _split_name(person.group("name"), src_start)
        if name and " " in name:
            return _Raw(start, start + len(name), name, role or person.group("org"), "name")
    src_end = src_start + len(src)
    name_match = _NAME_AT_END.search(src)
    body = _BODY_BEFORE.search(src, 0, name_match.start()) if name_match is not None else None
    if body is not None:  # "the Ministry of Defence", "the Observatory for Human Rights"
        source = src[body.start() :]
        return _Raw(src_start + body.start(), src_end, source, None, "source")
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
        return _Raw(src_start, src_end, src, None, "the", described.group("word").lower())
    source = _LEADING_ARTICLE.sub("", src)
    start = src_end - len(source)
    return _Raw(start, src_end, source, None, "source")


def _role_before(text: str, start: int) -> str | None:
    """A role right before a name: "Pentagon spokesman John Kirby" or "Envoy to X, Name,"."""
    window_start = max(0, start - 160)
    # both patterns end the window: with a role word, or with a comma (and blanks)
    last = text[window_start:start].rstrip()
    bare = _ROLE_BEFORE.search(text, window_start, start) if last.endswith(_ROLE_ENDS) else None
    if bare:
        return _clean_role(bare.group("role"))
    lead = _LEAD_IN.search(text, window_start, start) if last.endswith(",") else None
    return _clean_role(lead.group("role")) if lead else None


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    name: str
    role: str | None
    kind: str  # "name", "pronoun", "the", "unnamed", "plural"
    word: str = ""


#: The words before a speech verb, as matches of ``\S+`` (``m[0]`` is the word).
_Token = re.Match[str]


def _is_name_token(token: str) -> bool:
    return _NAME_TOKEN.fullmatch(token) is not None


def _name_backwards(text: str, tokens: list[_Token], last: int, end: int) -> _Raw | None:
    """The name whose last word is ``tokens[last]`` (cut at ``end``), read right to left."""
    first = last
    while first > 0 and last - first < 6:
        word = tokens[first - 1][0]
        if not _is_name_token(word):
            break
        first -= 1
    head = tokens[first].start()
    start, name, role = _split_name(text[head:end], head)
    if not name:
        return None
    return _Raw(start, start + len(name), name, role or _role_before(text, start), "name")


def _subject_before(text: str, verb_start: int) -> _Raw | None:
    """The speaker written before a speech verb: "Kabulov said", "he added", "the diplomat
    said", "Security sources told", "Zamir Kabulov, has told", "X, the army chief, said"."""
    lo = max(0, verb_start - 240)
    tokens = list(_WORD_TOKEN.finditer(text, lo, verb_start))
    if tokens and lo > 0 and not text[lo - 1].isspace():
        tokens.pop(0)  # cut by the window
    i = len(tokens) - 1
    while i >= 0 and tokens[i][0].lower() in _AUX_WORDS:
        i -= 1
    if i < 0:
        return None
    (start, end), token = tokens[i].span(), tokens[i][0]
    comma = token.endswith(",")
    bare = token[:-1] if comma else token
    if not bare or not (bare[-1].isalnum() or bare[-1] in "'’"):
        return None  # '…here," said' is an inverted attribution, handled after the verb
    end -= comma
    lowered = bare.lower()
    if not comma and lowered in ("he", "she"):
        return _Raw(start, end, bare, None, "pronoun")
    if not comma and lowered in _PLURAL_WORDS:
        first = i
        while first > 0 and i - first < 2:
            word = tokens[first - 1][0]
            if not word.isalpha() or word.lower() in _NOT_NAMES:
                break
            first -= 1
        head = tokens[first].start()
        return _Raw(head, end, text[head:end], None, "plural")
    if not comma and lowered in _DESCRIPTOR_WORDS:
        for back in range(i, max(-1, i - 5), -1):
            word = tokens[back][0]
            if back < i and not _PLAIN_WORD.fullmatch(word):
                break
            if word.lower() in _DETERMINERS:
                kind = "the" if word.lower() in ("the", "this") else "unnamed"
                head = tokens[back].start()
                return _Raw(head, end, text[head:end], None, kind, lowered)
    if _is_name_token(bare):
        first = i
        while first > 0 and i - first < 5 and _is_name_token(tokens[first - 1][0]):
            first -= 1
        if first > 0 and tokens[first - 1][0].lower() in _WHERE_WORDS:
            # "A researcher at the Centre for Public Integrity in Maputo told": a place
            return _described_before(text, tokens, first - 1)
        return _name_backwards(text, tokens, i, end)
    if comma:
        # "Gen. Abdullahi Hassan, the commander of the Somali army, said"
        for p in range(i - 1, max(-1, i - 25), -1):
            word = tokens[p][0]
            if word[-1] in '.;:"”“':
                return None
            if word.endswith(","):
                role = _clean_role(text[tokens[p].end() : end])
                if role and _is_name_token(word[:-1]):
                    found = _name_backwards(text, tokens, p, tokens[p].end() - 1)
                    if found:
                        found.role = role
                    return found
                return None
    return None


#: Words before where a speaker is: "a researcher in Maputo told".
_WHERE_WORDS = frozenset({"in", "at", "from"})


def _described_before(text: str, tokens: list[_Token], stop: int) -> _Raw | None:
    """The described speaker ("a researcher at the Centre for Public Integrity") whose
    words end before ``tokens[stop]``, or None when no role word leads them."""
    if stop and tokens[stop - 1][0].lower() == "based":
        stop -= 1  # "a Western diplomat based in Accra"
    for back in range(stop - 1, max(-1, stop - 12), -1):
        word = tokens[back][0]
        if not _PLAIN_WORD.fullmatch(word):
            return None
        lowered = word.lower()
        if lowered in _DESCRIPTOR_WORDS or lowered in _PLURAL_WORDS:
            head = back
            if back and tokens[back - 1][0].lower() in _DETERMINERS:
                head = back - 1
            start, end = tokens[head].start(), tokens[stop - 1].end()
            det = tokens[head][0].lower()
            if lowered in _PLURAL_WORDS:  # "Security sources in Kabul told"
                while head and head > back - 2 and tokens[head - 1][0].isalpha():
                    if tokens[head - 1][0].lower() in _NOT_NAMES:
                        break
                    head -= 1
                start = tokens[head].start()
                return _Raw(start, end, text[start:end], None, "plural")
            kind = "the" if det in ("the", "this") else "unnamed"
            return _Raw(start, end, text[start:end], None, kind, lowered)
    return None


def _speaker_after(text: str, verb: re.Match[str]) -> _Raw | None:
    """The speaker written after the verb of an inverted attribution ("…," said Kabulov)."""
    before = text[max(0, verb.start() - 3) : verb.start()].rstrip()
    if not before or before[-1] not in '"”’»,':
        return None
    m = _AFTER_VERB.match(text, verb.end())
    if m is None:
        return None
    if m.group("pron"):
        return _Raw(m.start("pron"), m.end("pron"), m.group("pron"), None, "pronoun")
    if m.group("desc"):
        kind = "the" if m.group("det").lower() in ("the", "this") else "unnamed"
        word = m.group("word").lower()
        return _Raw(m.start("desc"), m.end("desc"), m.group("desc"), None, kind, word)
    start, name, role = _split_name(m.group("name"), m.start("name"))
    if not name:
        return None
    appos = _APPOSITIVE.match(text, start + len(name))
    explicit = _clean_role(appos.group("role")) if appos else None
    if m.group("pre"):
        explicit = explicit or _clean_role(m.group("pre"))
    return _Raw(start, start + len(name), name, explicit or role, "name")


def _raw_mentions(text: str) -> list[_Raw]:
    found: dict[tuple[int, int], _Raw] = {}
    for verb in _SAY_RE.finditer(text):
        if verb.group() in _NOUN_TOO and _NOUN_AFTER.match(text, verb.end()):
            continue  # "Delta and Rivers states, except Port Harcourt": the noun
        raw = _speaker_after(text, verb) or _subject_before(text, verb.start())
        if raw is not None and raw.name:
            found.setdefault((raw.start, raw.end), raw)
    for m in _ACCORDING.finditer(text):
        raw = _according(text, m)
        if raw.name:
            found.setdefault((raw.start, raw.end), raw)
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


_QUOTE_MARK = re.compile(r'["“”«»]')


def _quote_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Double-quoted spans inside ``text[lo:hi]`` (straight quotes toggle)."""
    spans: list[tuple[int, int]] = []
    opened = -1
    for m in _QUOTE_MARK.finditer(text, lo, hi):
        ch, i = m.group(), m.start()
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


class SpeakerIndex:
    """An article's attributions, with each paragraph's quotations and sentences split once:
    the claims builder asks for the speaker of every figure, often in the same paragraph.

    ``spans`` are the article's :func:`~dashboard.extract.sentences.sentences`, when the
    caller has them: a paragraph's sentences are then read off them instead of split again.
    """

    __slots__ = ("_quotes", "_sentences", "_span_starts", "_spans", "_starts", "speakers", "text")

    def __init__(
        self,
        text: str,
        speakers: list[SpeakerMention],
        spans: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        self.speakers = speakers
        self._starts = [s.start for s in speakers]
        self._spans = spans
        self._span_starts = [start for start, _ in spans] if spans is not None else []
        self._quotes: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._sentences: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def quotes(self, p_lo: int, p_hi: int) -> list[tuple[int, int]]:
        """Double-quoted spans of the paragraph ``text[p_lo:p_hi]``."""
        found = self._quotes.get((p_lo, p_hi))
        if found is None:
            found = self._quotes[p_lo, p_hi] = _quote_spans(self.text, p_lo, p_hi)
        return found

    def sentences(self, p_lo: int, p_hi: int) -> list[tuple[int, int]]:
        """Sentence spans of the paragraph ``text[p_lo:p_hi]``, relative to ``p_lo``."""
        found = self._sentences.get((p_lo, p_hi))
        if found is None:
            found = self._sentences[p_lo, p_hi] = self._split(p_lo, p_hi)
        return found

    def _split(self, p_lo: int, p_hi: int) -> list[tuple[int, int]]:
        """Between blank lines the splitter reads a paragraph alone as it reads it within
        the article (blocks never cross a blank line), so the article's spans serve."""
        text, spans = self.text, self._spans
        bounded = (p_lo == 0 or text[p_lo - 2 : p_lo] == "\n\n") and (
            p_hi == len(text) or text[p_hi : p_hi + 2] == "\n\n"
        )
        if spans is None or not bounded:
            return sentences(text[p_lo:p_hi])
        out = []
        for i in range(bisect_left(self._span_starts, p_lo), len(spans)):
            start, end = spans[i]
            if start >= p_hi:
                break
            out.append((start - p_lo, end - p_lo))
        return out

    def speaker_for(self, offset: int) -> SpeakerMention | None:
        """The speaker of the words at ``offset`` (see :func:`speaker_for`)."""
        found = _in_quote(self, offset) or _in_sentence(self, offset)
        if found is not None:
            return found
        index = bisect_right(self._starts, offset)
        return self.speakers[index - 1] if index else None


def _in_quote(index: SpeakerIndex, offset: int) -> SpeakerMention | None:
    """The attribution of the quotation around ``offset``, if ``offset`` is quoted."""
    text, speakers = index.text, index.speakers
    p_lo, p_hi = _paragraph(text, offset)
    for q_lo, q_hi in index.quotes(p_lo, p_hi):
        if not q_lo <= offset < q_hi:
            continue
        for s in speakers:
            gap = text[q_hi : s.start]
            if q_hi <= s.start <= min(q_hi + 80, p_hi) and not any(q in gap for q in '"“«'):
                return s
        before = [s for s in speakers if p_lo <= s.start and s.end <= q_lo <= s.end + 100]
        return before[-1] if before else None
    return None


def _in_sentence(index: SpeakerIndex, offset: int) -> SpeakerMention | None:
    """An attribution in the sentence holding ``offset``: the first after it, else the last."""
    p_lo, p_hi = _paragraph(index.text, offset)
    for s_lo, s_hi in index.sentences(p_lo, p_hi):
        if s_lo + p_lo <= offset < s_hi + p_lo:
            same = [s for s in index.speakers if s_lo + p_lo <= s.start < s_hi + p_lo]
            after = [s for s in same if s.start >= offset]
            return after[0] if after else same[-1] if same else None
    return None


def speaker_for(text: str, speakers: list[SpeakerMention], offset: int) -> SpeakerMention | None:
    """The speaker of the words at ``offset``.

    Inside a quotation: the attribution right after the closing quote ("...," said
    Kabulov), else one just before the opening quote. Outside quotes: an attribution in
    the same sentence. Otherwise the last speaker before ``offset``; None when there is none.
    Ask a :class:`SpeakerIndex` instead for many offsets of one article.
    """
    return SpeakerIndex(text, speakers).speaker_for(offset)
