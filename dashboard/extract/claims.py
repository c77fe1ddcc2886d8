"""Turn an article into the claims the map shows: force estimates and hotspot statements.

One pass over the sentences, in order, because claims lean on what came before: "the
group" means the last group named, "there" the last place named, "he said" the last
speaker. Every claim quotes one whole sentence (or headline): ``quote == text[start:end]``.

* ``estimate``: a figure that :func:`~dashboard.extract.numbers.classify_figure` accepts
  (or a vague amount such as "several hundred fighters"), with its unit, group, places,
  speaker and modality.
* ``concern``: a sentence with no accepted figure that says the situation at a place is
  alarming, deteriorating, tense or a threat; dropped when it names no place and refers
  back to none.

Places come from the geocoder (run once per article, and only when a sentence may hold a
claim); :mod:`~dashboard.extract.claim_places` says which of them a claim is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace

from dashboard.extract._text import folded_article, has_any
from dashboard.extract.claim_groups import (
    STATE_UNITS,
    Antecedents,
    group_for_concern,
    group_for_figure,
    subject_groups,
    with_defined_acronyms,
)
from dashboard.extract.claim_places import (
    SentencePlaces,
    back_reference,
    bare_borders,
    concern_places,
    direction_references,
    is_nationality,
    most_precise,
    not_claim_place,
    referred_places,
    sentence_places,
    subset_start,
    towns_as_provinces,
)
from dashboard.extract.concerns import concern_cue
from dashboard.extract.dateline import find_dateline
from dashboard.extract.figure_checks import DISMISSAL_OPENING, force_figures, table_header
from dashboard.extract.groups import GroupMention, find_groups
from dashboard.extract.lexicon import FIGHTERS
from dashboard.extract.masthead import find_masthead
from dashboard.extract.modality import modality
from dashboard.extract.numbers import Figure, find_figures
from dashboard.extract.reader import read_article
from dashboard.extract.sentences import sentences
from dashboard.extract.speakers import SpeakerIndex, find_speakers
from dashboard.geo.landmarks import LANDMARKS
from dashboard.model import Article, Claim, Mention, Modality

__all__ = ["extract", "extract_claims"]

#: How many sentences back an estimate with no place of its own looks for one.
LOOKBACK = 6

#: A dateline the reader's finder does not know: "GOMA, Democratic Republic of Congo,
#: Oct. 9 (Reuters) - ", "ISLAMABAD: ". Only its span matters here (never a claim's place).
_LOOSE_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){0,3}"
    r"(?:,[ \t]*[A-Z][\w'’.\-]*(?:[ \t]+(?:of|the|[A-Z][\w'’.\-]*)){0,5}){0,2}"
    r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:--?|[–—:])[ \t]",
    re.MULTILINE,
)
_FIGURE_CLAUSE = re.compile(
    r";|:|\s[—–-]\s|,\s*(?:and\s+that|but|while|whereas|and\s+(?:the|a|an|its|their|he|she|"
    r"it|they|we|there|that)|(?:adding|saying|noting|explaining|stressing)\s+that|"
    # a circumstance after the report: "..., military sources said, as rebels take advantage
    # of chaos across the border in Libya"
    r"as\s+[^,;.]{0,120}?\b(?:take|takes|took|exploit|exploits|"
    r"continue|continues|remain|remains|seek|seeks|try|tries|push|pushes|gain|gains|fight|"
    r"fights|spread|spreads|step|steps|battle|battles|consolidate|consolidates|expand|expands|"
    # "sent about 1,500 soldiers to Kindu, ..., as AFC/M23 rebels consolidate in South Kivu"
    r"advance|advances|regroup|regroups|mass|masses|tighten|tightens|close\s+in|drove|drives|"
    # "..., as a three-way war between ... drove killings in Tijuana to their highest level"
    r"engulfs|engulfed|rages|raged|escalates|escalated|intensifies|intensified|grows|grew|"
    r"worsens|worsened|deepens|deepened)\b|"
    # "... concentrated in Belgorod, with between 8,000 and 10,000 more ... in Kursk"
    r"with(?=\s+(?:between|some|about|around|up\s+to|at\s+least|an\s+estimated|\d)))\b",
    # no case flag: run over the folded article, where its lower-case words match wherever
    # the case-blind pattern would in the text, several times faster
)
_SEGMENT_BREAK = re.compile(r"[,;:](?!\d)|\s[—–-]\s")
_RELATIVE = re.compile(r"\s*(?:which|who|whose|that|where)\b", re.IGNORECASE)
#: A sentence opening with the fighters just counted and where they are.
_THEY_ARE_IN = re.compile(
    # "Our sources say these fighters are now active in ..."
    r"\s*(?:[A-Z][\w'’]*\s+(?:[\w'’]+\s+){0,3}?(?:say|says|said|believe|believes|report|"
    r"reports)\s+"
    r"(?:that\s+)?)?"
    r"(?:They|they|These\s+(?:fighters|militants|men|rebels|insurgents)|these\s+(?:fighters|"
    r"militants|men|rebels|insurgents)|The\s+(?:fighters|"
    r"militants|rebels|insurgents|group)|Most\s+of\s+them|Many\s+of\s+them)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:operate|are\s+(?:(?:now|still|mostly|mainly|largely|chiefly)\s+)*"
    r"(?:based|active|present|concentrated|deployed|stationed|entrenched|hiding|in|around|"
    r"near)|hide|shelter|remain|live|move)\b"
)
_FURTHER_REPORT = re.compile(
    r",\s*(?:adding|saying|noting|explaining|stressing)\s+that\b", re.IGNORECASE
)
_SITUATION_STEMS = ("situation", "security", "tension", "violence", "fighting")
_SITUATION_IN = re.compile(
    # "the situation in the far north", "the security situation [along the border]"
    r"\b(?:situation|security|tensions?|violence|fighting)\s+(?:(?:in|on|along|across|at|"
    r"around)\s+)?$",
    re.IGNORECASE,
)
_REPORTED_CLAUSE = re.compile(r",?\s+and\s+that\b|;")  # run over the folded article
_MODAL_BREAK = re.compile(r"[,;:]|\s[—–-]\s|\s(?:and|but|while|whereas)\s")


@dataclass(slots=True)
class _Sentence:
    """A sentence that may hold claims: its accepted figures or its concern cue."""

    index: int
    start: int
    end: int
    figures: list[tuple[Figure, str | None]] = field(default_factory=list)
    concern_at: int | None = None


@dataclass(slots=True)
class _Context:
    """The article-wide facts every sentence reads."""

    text: str
    mentions: list[Mention]
    mention_starts: list[int]
    groups: list[GroupMention]
    group_starts: list[int]
    speakers: SpeakerIndex
    dateline: tuple[int, int]  # never a claim's place, nor a claim on its own


@dataclass(slots=True)
class _Seen:
    """A sentence that named places or groups; its usable places are worked out only when
    a later claim looks back at it."""

    index: int
    start: int
    end: int
    named: list[Mention]
    groups: list[GroupMention]
    claims: list[Claim]
    places: SentencePlaces | None = None


#: Between a question and a sentence of its answer: blank lines, an "A:" label and the
#: answer's paragraph so far.
_ANSWER_GAP = re.compile(r"\s*(?:A\s*[:.\-–—]\s*)?[^\n]*")
_ANSWER_LABEL = re.compile(r"[ \t]*A\s*[:.\-–—]")
_STATE_FORCE = re.compile(
    r"\b(?:army|armed\s+forces|military|units|contingents?|troops|soldiers|police|"
    r"government|ministry|deployment|garrison)\b",
    re.IGNORECASE,
)
#: Who an interview is with: "We spoke to an NRF field commander", "in an interview with a
#: senior al-Shabaab official" (the group is looked up inside the match).
_INTERVIEWEE = re.compile(
    r"\b(?:(?:spoke|talked|speaking|talking)\s+(?:to|with)|interview(?:ed)?\s+(?:with\s+)?)"
    r"\s*(?:an?|the|one)\s+(?:[\w'’\-]+\s+){0,5}?(?:commanders?|spokes(?:man|woman|person)|"
    r"leaders?|members?|fighters?|officials?|chiefs?|founders?|negotiators?)\b",
    re.IGNORECASE,
)
#: _INTERVIEWEE without its case flag, for the folded text (its words are lower case).
_INTERVIEWEE_LOW = re.compile(_INTERVIEWEE.pattern)
_INTERVIEW_STEMS = ("spoke", "talk", "speaking", "interview")
#: An answer's first person: "we have around 3,000 fighters", "our men number".
_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
#: A total over the forces just counted, not a share of the last one.
_TOTAL = re.compile(r"\b(?:altogether|in\s+total|in\s+all|all\s+told|combined|together)\b", re.I)
#: How far back (characters) a bare figure may take the last estimate's group.
_SHARE_REACH = 400


@dataclass(slots=True)
class _Memory:
    """What later sentences may refer back to."""

    text: str
    antecedents: Antecedents = field(default_factory=Antecedents)
    countries: Counter[str] = field(default_factory=Counter)
    cities: Counter[str] = field(default_factory=Counter)  # town ids named so far
    seen: list[_Seen] = field(default_factory=list)
    current: int = 0  # index of the sentence being read
    #: a group a paragraph opens with as its label ("Taliban authorities. The de facto
    #: authorities deployed ..."), and where that paragraph ends
    label: tuple[GroupMention, int] | None = None
    #: where the last estimate's figure and sentence ended, and its group
    last_estimate: tuple[int, int, GroupMention | None] | None = None
    #: the group of the person an interview is with, if the article says (see _interviewee)
    interviewee: GroupMention | None = None

    def implied_group(self, sentence_start: int, at: int, unit: str | None) -> GroupMention | None:
        """The group of a figure whose sentence names none and has no anaphor: the group a
        question just asked about ("Q: How big is the OLA today? A: ... between 6,000 and
        8,000 armed fighters"), or, for a bare figure the checks took as a share of the
        force counted last ("today fewer than 1,000 remain"), that force's group."""
        prev = self.seen[-1] if self.seen else None
        named = self.antecedents.named
        if (
            prev is not None
            and named is not None
            and prev.start <= named.start < prev.end
            and self.text[prev.start : prev.end].rstrip().endswith("?")
            and _ANSWER_GAP.fullmatch(self.text, prev.end, sentence_start) is not None
        ):
            return named
        if _WE.search(self.text, sentence_start, at) and self._answering(sentence_start):
            return self.interviewee  # "A: ... we have around 3,000 fighters inside Afghanistan"
        last = self.last_estimate
        if unit is not None or last is None or at - last[0] > _SHARE_REACH:
            return None
        if _TOTAL.search(self.text, sentence_start, at) is not None:
            return None  # "Altogether, foreign fighters ... number perhaps 5,000": all of them
        if _STATE_FORCE.search(self.text, sentence_start, at) is not None:
            return None  # a state's force named before it: "Eritrean units ... where several
            # thousand are thought to remain"
        # a group named since that estimate is the one in view ("Hamas, by contrast, has kept
        # a larger network. An official put its members at ...")
        return named if named is not None and named.start >= last[1] else last[2]

    def claimant(self) -> GroupMention | None:
        """The group the sentence before named last (a claim's maker), else the last one."""
        prev = self.seen[-1] if self.seen else None
        if prev is not None and prev.index == self.current - 1 and prev.groups:
            return prev.groups[-1]
        return self.antecedents.named

    def _answering(self, at: int) -> bool:
        """True inside an interview's answer (a paragraph opened by "A:")."""
        line = self.text.rfind("\n", 0, at) + 1
        return _ANSWER_LABEL.match(self.text, line) is not None

    def places_of(self, s: _Seen) -> SentencePlaces:
        """The usable places of an earlier sentence (worked out once)."""
        if s.places is None:
            s.places = sentence_places(self.text, s.named, s.start, s.end)
        return s.places

    @property
    def earlier(self) -> list[Mention]:
        """Places of the last sentence that named any, at most :data:`LOOKBACK` back: where
        it put things when it says so ("calls on Russia to withdraw the troops it keeps in
        Transnistria" leaves Transnistria, not Russia), else every place it named."""
        for s in reversed(self.seen):
            if self.current - s.index > LOOKBACK:
                break
            places = self.places_of(s)
            if places.all:
                return places.locative or places.all
        return []

    @property
    def last(self) -> dict[str, Mention]:
        """The last province, region and border named before ("the province", ...)."""
        out: dict[str, Mention] = {}
        for s in reversed(self.seen):
            found = self.places_of(s).all
            # "Panjshir and neighbouring Andarab ... the province": a province named as
            # itself, not one standing in for a district or valley inside it
            stand_ins = [m for m in found if m.text in LANDMARKS]
            for m in [*reversed([m for m in found if m.text not in LANDMARKS]), *stand_ins[::-1]]:
                out.setdefault(m.place.kind, m)
                if m.place.kind == "admin1" and "region" in m.text.lower():
                    out.setdefault("admin1-region", m)  # named with "region" ("Maradi region")
            if {"admin1", "region", "border"} <= out.keys():
                break
        return out

    def city(self) -> Mention | None:
        """The town the story is about so far ("the city"): the one named most, the later
        one on a tie."""
        if not self.cities:
            return None
        best = max(self.cities.values())
        for s in reversed(self.seen):
            for m in reversed(s.named):
                if m.place.kind == "city" and self.cities[m.place.id] == best:
                    return m
        return None

    def focus(self) -> str | None:
        """The country named most so far ("the country" means it)."""
        return self.countries.most_common(1)[0][0] if self.countries else None

    def group_places(self, canonical: str) -> list[Mention]:
        """Where the article last put a group: its claims' places in the last sentence
        naming it, else that sentence's places, unless they are another group's figure's
        ("Boko Haram, from which ISWAP split, has 1,500 fighters in the Sambisa Forest")."""
        for s in reversed(self.seen):
            if any(g.canonical == canonical for g in s.groups):
                own = [c.places for c in s.claims if c.group_canonical == canonical and c.places]
                if own:
                    return own[0]
                if any(c.places for c in s.claims):
                    continue
                found = self.places_of(s).all
                if found:
                    return found
        return []

    def implicit(self, group: str | None) -> list[Mention]:
        """Places for a figure that names none and refers to none: where the article last
        put the same group, else those of the last sentence that named any."""
        return (self.group_places(group) if group is not None else []) or self.earlier


def extract(
    data: bytes | str,
    *,
    filename: str | None = None,
    date: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> tuple[Article, list[Claim]]:
    """Read an article (bytes in any supported encoding and format, or text) and extract
    its claims.

    Raises
    ------
    NotTextError
        The bytes are binary or undecodable, or a PDF/Word document.
    InputError
        ``date`` is not YYYY-MM-DD, or a JSON article is malformed.
    """
    article = read_article(data, filename=filename, date=date, outlet=outlet, url=url, title=title)
    return article, extract_claims(article)


def extract_claims(article: Article) -> list[Claim]:
    """Every force estimate and hotspot statement of ``article``, in text order."""
    text = article.text
    spans = sentences(text)
    dateline = _dateline_span(text)
    candidates = _candidates(text, spans, dateline)
    if not candidates:
        return []
    from dashboard.geo.geocoder import get_geocoder  # heavy: only when there may be claims

    found = [m for m in get_geocoder().places(text) if not dateline[0] <= m.start < dateline[1]]
    mentions = sorted(found + bare_borders(text, found), key=lambda m: m.start)
    groups = with_defined_acronyms(text, find_groups(text))
    groups = _without_national_forces(text, groups, mentions)
    ctx = _Context(
        text,
        mentions,
        [m.start for m in mentions],
        groups,
        [g.start for g in groups],
        SpeakerIndex(text, find_speakers(text), spans),
        dateline,
    )
    claims = _walk(ctx, spans, {c.index: c for c in candidates})
    body = dateline[1] if dateline[1] > 0 else -1
    return _drop_summary_repeats(text, _drop_headline_repeats(claims, spans, article, body))


def _dateline_span(text: str) -> tuple[int, int]:
    """The dateline's span, or (-1, -1)."""
    found = find_dateline(text)
    if found is not None:
        return found.start, found.end
    masthead = None
    for m in _LOOSE_DATELINE.finditer(text, 0, min(len(text), 1500)):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_start == m.start() and (m.start() == 0 or text[m.start() - 1] == "\n"):
            if m.start() == 0:  # "LE MESSAGER DU PLATEAU – English edition" is no dateline
                masthead = masthead or find_masthead(text)
                if masthead is not None:
                    continue
            return m.start(), m.end()
    return -1, -1


def _candidates(
    text: str, spans: list[tuple[int, int]], dateline: tuple[int, int]
) -> list[_Sentence]:
    """Sentences with an accepted figure or, failing that, a concern cue (cheap: no geocoder)."""
    figures = find_figures(text)
    # a number inside a group's name ("Barrio 18 has fewer than 80", "400 Mawozo") counts
    # nobody (the article's groups are read once and kept)
    numbered = [g for g in find_groups(text) if _NUMBER_IN_NAME.search(g.text)]
    if numbered:
        figures = [
            f for f in figures if not any(g.start < f.end and f.start < g.end for g in numbered)
        ]
    starts = [f.start for f in figures]
    watch = _watch_sections(text)
    # headings and labels that turn figures down, only in articles holding their words
    maybe = has_any(folded_article(text), _TURNED_DOWN_STEMS)
    turned_down = _sections(text, _TURNED_DOWN_HEADING) if maybe else []
    labelled = maybe and _TURNED_DOWN_WORDS.search(text) is not None
    out = []
    for i, (start, end) in enumerate(spans):
        if dateline[0] <= start and end <= dateline[1]:
            continue
        if turned_down and any(lo <= start < hi for lo, hi in turned_down):
            continue  # under "Figures not retained": claims the writer turns down
        label = _TURNED_DOWN_LABEL.match(text, _line_start(text, start)) if labelled else None
        if label is not None and start <= label.end():
            continue  # "3.6 Figures not retained: a news site's claim of ..."
        lo = max(start, dateline[1]) if start < dateline[1] and end > dateline[0] else start
        k = bisect_left(starts, lo)
        inside = []
        while k < len(figures) and figures[k].start < end:
            if figures[k].end <= end:
                inside.append(figures[k])
            k += 1
        accepted = force_figures(text, start, end, inside) if inside else []
        if accepted:
            out.append(_Sentence(i, start, end, figures=accepted))
            continue
        cue = concern_cue(text, lo, end)
        if cue is not None:
            out.append(_Sentence(i, start, end, concern_at=cue.start()))
        elif watch and _watch_item(text, start, end, watch):
            out.append(_Sentence(i, start, end, concern_at=start))
    return out


#: A number inside a group's name: "Barrio 18", "400 Mawozo", "Three Brotherhood Alliance".
_NUMBER_IN_NAME = re.compile(
    r"\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|hundred|"
    r"thousand)\b"
)
#: A brief's heading over the places it flags: "What to watch", "Points of concern",
#: "Hotspots", "Key risks".
_WATCH_HEADING = re.compile(
    r"^[ \t]*(?:[\w'’]+[ \t]+){0,3}?(?:watch|concern|concerns|hotspots?|flashpoints?|risks?)"
    r"(?:[ \t]+[\w'’]+){0,3}[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: A short label opening a list item: "Malanville.", "Sungai Kolok: the border town ...".
_ITEM_LABEL = re.compile(
    r"(?!(?:contacts?|sources?|notes?|editing|reporting|e-?mail|web(?:site)?|tel|phone|fax|"
    r"published|updated)\b)[^\n.:;]{1,60}?[.:]\s",
    re.IGNORECASE,
)


#: Figures the writer turns down, as a heading or a label names them: "Figures not
#: retained", "Claims we rejected", "Estimates not used".
_NOT_RETAINED = (
    r"(?:figures?|claims?|numbers?|estimates?)[ \t]+(?:not[ \t]+retained|not[ \t]+used|"
    r"(?:we[ \t]+)?(?:rejected?|discount(?:ed)?|(?:do|did)[ \t]+not[ \t]+use|could[ \t]+not"
    r"[ \t]+(?:verify|confirm)|cannot[ \t]+(?:verify|confirm)))"
)
#: A heading over figures the writer turns down: "Figures not retained", "Disputed
#: claims", "Claims we could not verify", "Rumours", "Propaganda watch".
_TURNED_DOWN_HEADING = re.compile(
    rf"^[ \t]*(?:#{{1,6}}[ \t]*|\*\*)?(?:[\w'’]+[ \t]+){{0,3}}?(?:{_NOT_RETAINED}|"
    r"(?:disputed|rejected|unverified|discounted|false|fake|misleading)[ \t]+(?:figures|claims|"
    r"numbers|estimates)|rumou?rs|propaganda[ \t]+watch)(?:[ \t]+[\w'’]+){0,3}[ \t]*(?:\*\*)?:?"
    r"[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: A paragraph labelled so: "3.6 Figures not retained: a news site's claim of ...".
_TURNED_DOWN_LABEL = re.compile(
    rf"[ \t]*(?:[\d.]+[ \t]+|[-*•][ \t]+)?(?:\*\*)?{_NOT_RETAINED}(?:\*\*)?[ \t]*:", re.I
)


#: Every _TURNED_DOWN_HEADING and _TURNED_DOWN_LABEL holds one of these (lower case).
_TURNED_DOWN_STEMS = (
    "retained", "rejected", "discounted", "not use", "verify", "confirm", "disputed",
    "unverified", "false", "fake", "misleading", "rumour", "rumor", "propaganda watch",
)  # fmt: skip
_TURNED_DOWN_WORDS = re.compile(r"(?i:not\s+retained|rejected|discounted|not\s+used)\s*(?:\*\*)?:")


def _line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts."""
    return text.rfind("\n", 0, pos) + 1


def _watch_sections(text: str) -> list[tuple[int, int]]:
    """The spans of text under a watch-list heading, up to the next heading-like line."""
    return _sections(text, _WATCH_HEADING)


def _sections(text: str, heading: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans of text under each ``heading``, up to the next heading-like line."""
    out = []
    for m in heading.finditer(text):
        body = m.end()
        nxt = _NEXT_HEADING.search(text, body + 1)
        out.append((body, nxt.start() if nxt is not None else len(text)))
    return out


#: A line alone between blank lines with no sentence end: the next heading.
_NEXT_HEADING = re.compile(r"\n\n[^\n.!?]{1,60}\n\n")


def _watch_item(text: str, start: int, end: int, watch: list[tuple[int, int]]) -> bool:
    """True for the first sentence of a paragraph in a watch-list section whose opening is a
    short label ("Malanville.", "Sungai Kolok: ...")."""
    if not any(lo <= start < hi for lo, hi in watch):
        return False
    if start and text[max(0, start - 2) : start] != "\n\n":
        return False
    return _ITEM_LABEL.match(text, start, end + 1) is not None


def _between(starts: list[int], items: list[Mention], lo: int, hi: int) -> list[Mention]:
    i = bisect_left(starts, lo)
    out = []
    while i < len(items) and items[i].start < hi:
        if items[i].end <= hi:
            out.append(items[i])
        i += 1
    return out


def _groups_in(ctx: _Context, lo: int, hi: int) -> list[GroupMention]:
    i = bisect_left(ctx.group_starts, lo)
    out = []
    while i < len(ctx.groups) and ctx.groups[i].start < hi:
        if ctx.groups[i].end <= hi:
            out.append(ctx.groups[i])
        i += 1
    return out


def _without_national_forces(
    text: str, groups: list[GroupMention], mentions: list[Mention]
) -> list[GroupMention]:
    """``groups`` less the names a country's own forces share with a group: "the South
    Sudan People's Defence Forces" and "the Uganda People's Defence Force" are armies, not
    Myanmar's People's Defence Force."""
    # only a country named right before a group's name (one blank between) is looked up
    before = {g.start - 1 for g in groups if g.start and text[g.start - 1] == " "}
    national = {
        m.end
        for m in mentions
        if m.end in before and m.place.kind == "country" and not is_nationality(m.text)
    }
    return [g for g in groups if g.start - 1 not in national] if national else groups


def _interviewee(ctx: _Context) -> GroupMention | None:
    """The group of the person an interview is with: "We spoke to an NRF field commander"."""
    low = ctx.text.lower()
    m = None
    if "\na" in low and has_any(low, _INTERVIEW_STEMS):
        # in the folded text, where a match opens with one of the stems: the search starts
        # at the first of them
        text = folded_article(ctx.text)
        pos = min((i for i in map(text.find, _INTERVIEW_STEMS) if i >= 0), default=0)
        m = _INTERVIEWEE_LOW.search(text, pos)
    found = _groups_in(ctx, m.start(), m.end()) if m is not None else []
    return found[-1] if found else None


def _walk(
    ctx: _Context, spans: list[tuple[int, int]], candidates: dict[int, _Sentence]
) -> list[Claim]:
    """Sentence by sentence: claims, and what later sentences may refer back to."""
    text = ctx.text
    memory = _Memory(text, interviewee=_interviewee(ctx))
    claims: list[Claim] = []
    placeless: list[Claim] = []  # the last sentence's estimates that named no place
    for i, (start, end) in enumerate(spans):
        if ctx.dateline[0] <= start and end <= ctx.dateline[1]:
            continue
        memory.current = i
        named = _between(ctx.mention_starts, ctx.mentions, start, end)
        groups = _groups_in(ctx, start, end)
        seen = _Seen(i, start, end, named, groups, [])
        if placeless and named and _THEY_ARE_IN.match(text, start, end):
            # "... have between 250 and 300 members. They operate mainly in Junin.": the
            # next sentence says where the figure's fighters are
            here = memory.places_of(seen).all
            if here:
                for c in placeless:
                    c.places = most_precise(text, here)
        placeless = []
        if memory.label is not None and start >= memory.label[1]:
            memory.label = None
        if groups and _is_label(text, start, end, groups):
            memory.label = (groups[0], _line_end(text, end))
        found = candidates.get(i)
        if found is not None:
            places = memory.places_of(seen)
            if found.figures:
                seen.claims = _estimates(ctx, found, places, groups, memory)
                placeless = [
                    c for c in seen.claims if not any(start <= m.start < end for m in c.places)
                ]
                generic = any(
                    c.group is None and c.unit in FIGHTERS and c.unit not in STATE_UNITS
                    for c in seen.claims
                )
                if generic and not groups:
                    memory.antecedents.saw_generic_force()
            else:
                seen.claims = _concern(ctx, found, places, groups, memory)
            claims.extend(seen.claims)
        if groups:  # with no group, no subject: skip the sentence's patterns
            memory.antecedents.saw_groups(subject_groups(text, start, end, groups))
        if named:
            memory.countries.update(
                m.place.countries[0]
                for m in named
                if m.role == "location" and len(m.place.countries) == 1
            )
            memory.cities.update(m.place.id for m in named if m.place.kind == "city")
        if named or groups:
            memory.seen.append(seen)
    return claims


_LABEL_WORDS = 6
#: Words a list item's heading may add to a group's name ("Taliban authorities").
_LABEL_NOUNS = frozenset(
    {
        "authorities", "forces", "fighters", "militants", "militia", "militias", "group",
        "groups", "movement", "affiliate", "affiliates", "branch", "faction", "factions",
        "rebels", "insurgents", "network", "and", "the", "its", "remnants", "cells",
    }
)  # fmt: skip
_PARENTHESES = re.compile(r"\([^()]*\)")


def _is_label(text: str, start: int, end: int, groups: list[GroupMention]) -> bool:
    """True for a sentence that opens its line and only names a group: a list item's
    heading ("Taliban authorities.", "Pakistani Taliban (TTP)."), not "The Taliban
    control Kunduz."."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip(" \t-*•") or len(text[start:end].split()) > _LABEL_WORDS:
        return False
    rest = list(text[start:end])
    for g in groups:
        rest[g.start - start : g.end - start] = " " * (g.end - g.start)
    words = _PARENTHESES.sub(" ", "".join(rest)).strip(" .:;—–-").split()
    return all(w.lower() in _LABEL_NOUNS or w[:1].isupper() for w in words)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _referred(ctx: _Context, lo: int, hi: int, memory: _Memory) -> list[Mention] | None:
    """Places a back-reference in ``text[lo:hi]`` points to, or None without one. Words
    inside a named place are no reference ("the South West Region" is not "the south")."""
    ref = back_reference(ctx.text, lo, hi)
    feature = None
    while ref is not None and (
        _named(ctx, ref[1].start(), ref[1].end())
        # "the hills above the town": hills the article never named are no reference
        or (
            ref[0] == "feature"
            and (feature := _feature_before(ctx, ref[1].start(), ref[1].group().split()[-1]))
            is None
        )
    ):
        ref = back_reference(ctx.text, ref[1].end(), hi)
    if ref is None:
        return None
    focus = memory.focus()
    if ref[0] == "country":  # "Minsk says 1,000 Russian servicemen are in the country"
        focus = _speaking_country(ctx, ref[1].start()) or focus
    if ref[0] == "city":  # "on the edges of the city": the town the story is about
        # unless the sentence has just named one ("Residents of Verrettes say gunmen patrol
        # the hills above the town")
        here = _town_before(ctx, ref[1].start())
        city = here or memory.city()
        return [city] if city is not None else memory.earlier
    if ref[0] == "feature" and feature is not None:  # "returned to the gorge": Pankisi Gorge
        return [feature]
    if ref[0] == "direction":  # "towards the south and the east": every part named
        out: list[Mention] = []
        for m in direction_references(ctx.text, lo, hi):
            # "120 km to the east" is a bearing from a place, not a part of the country
            bearing = _DISTANCE_BEFORE.search(ctx.text, max(lo, m.start() - 25), m.start())
            if not _named(ctx, m.start(), m.end()) and bearing is None:
                out += referred_places([], "direction", m, focus=focus)
        return out or memory.earlier
    if ref[0] == "listed":  # "the two provinces": the last ones the article listed
        words = ref[1].group().lower().split()
        count = 2 if words[0] == "both" else _COUNT_WORDS.get(words[1], 0)
        return _listed_provinces(memory, count) or memory.earlier
    # only these kinds read the last province, region or border named: finding them may
    # read the places of every earlier sentence
    last = memory.last if ref[0] in ("admin1", "region", "border") else {}
    if ref[0] in ("admin1", "region"):  # "the Governor of X said fighters in the region"
        here = _named_before(ctx, ref[1].start())
        if here is not None:
            last = {**last, here.place.kind: here}
        elif ref[0] == "admin1" and "admin1" in last:
            story = _story_province(ctx, ref[1].start(), last["admin1"])
            if story is not None:  # "... in the state": Guárico, named all along, not Aragua
                last = {**last, "admin1": story}
        elif ref[0] == "region" and "region" not in last:
            listed = _listed_provinces(memory)
            if listed:  # "the three provinces of Pattani, Yala and Narathiwat ... the region"
                return listed
    earlier = memory.earlier
    if ref[0] == "any" and _THE_DISTRICT.fullmatch(ref[1].group()):
        # "... operates from Afghanistan's Kunar province. ISKP has 50 militants in the
        # district": the district the story is about, not the places of the sentence before
        story = _story_place(ctx, ref[1].start())
        if story is not None and not any(
            m.place.id == story.place.id or set(m.place.admin1) & set(story.place.admin1)
            for m in earlier
        ):
            return [story]
    return referred_places(
        earlier, ref[0], ref[1], focus=focus, last=last, countries=memory.countries
    )


_THE_DISTRICT = re.compile(r"(?:this|that|the)\s+district", re.IGNORECASE)


def _provinces_named(ctx: _Context, before: int) -> dict[str, list[Mention]]:
    """The provinces named as locations before ``before``, each with its mentions."""
    counts: dict[str, list[Mention]] = {}
    for m in ctx.mentions:
        if m.start >= before:
            break
        if m.place.kind == "admin1" and m.role == "location":
            counts.setdefault(m.place.id, []).append(m)
    return counts


def _story_place(ctx: _Context, before: int) -> Mention | None:
    """The province the story names most before ``before``, when named at least four times."""
    counts = _provinces_named(ctx, before)
    if not counts:
        return None
    best = max(counts.values(), key=len)
    return best[-1] if len(best) >= 4 else None


def _story_province(ctx: _Context, before: int, last: Mention) -> Mention | None:
    """The province the story is about when it is named at least three times before
    ``before`` and the last province named was named only once: "the state" means it."""
    counts = _provinces_named(ctx, before)
    if len(counts.get(last.place.id, [])) != 1:
        return None
    best = max(counts.values(), key=len)
    return best[-1] if len(best) >= 3 and best[-1].place.id != last.place.id else None


_LOCATIVE_REF = re.compile(
    r"\s+(?:[\w'’\-]+\s+){0,4}?(?:in|to|into|across|throughout|inside|within)\s+$", re.IGNORECASE
)


#: References precise enough to outrank an earlier one of the clause.
_SPECIFIC_REFS = frozenset({"listed", "admin1", "city"})


def _referred_after(ctx: _Context, at: int, hi: int, memory: _Memory) -> list[Mention] | None:
    """Places of a back-reference that follows the figure as its location ("may send 2,000
    more men to the two provinces"): it outranks one earlier in the clause ("if the clashes
    on the border continue")."""
    ref = back_reference(ctx.text, at, hi)
    if ref is None or ref[0] not in _SPECIFIC_REFS:
        return None  # "the region", "there" may mean a place the clause named before
    if not _LOCATIVE_REF.fullmatch(ctx.text, at, ref[1].start()):
        return None
    return _referred(ctx, ref[1].start(), hi, memory)


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


_SPEAKS = re.compile(
    r"\s+(?:says|said|insists|insisted|claims|claimed|maintains|maintained|denies|denied)\b"
)


def _sentence_opening(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens, roughly: after the last ". " or line break."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)


def _town_before(ctx: _Context, at: int) -> Mention | None:
    """The last town the sentence names before ``at``, if any."""
    lo = _sentence_opening(ctx.text, at)
    towns = [
        m for m in _between(ctx.mention_starts, ctx.mentions, lo, at) if m.place.kind == "city"
    ]
    return towns[-1] if towns else None


def _feature_before(ctx: _Context, at: int, noun: str) -> Mention | None:
    """The last place before ``at`` the article named with ``noun`` ("the Pankisi Gorge",
    "Panjshir valley") for "the gorge", "the valley"."""
    text = ctx.text
    for m in reversed(_between(ctx.mention_starts, ctx.mentions, 0, at)):
        noun = noun.lower()
        own = text[m.start : m.end].lower().split()[-1:]
        after = text[m.end : m.end + len(noun) + 2].lower().split()[:1]
        if m.role == "location" and noun in (*own, *after):
            return m
    return None


def _speaking_country(ctx: _Context, at: int) -> str | None:
    """The country of a capital or country speaking earlier in the sentence ("Minsk says"),
    or the country the sentence is about as its subject ("Mali has turned to Russia's Africa
    Corps, which has about 2,500 personnel in the country")."""
    lo = _sentence_opening(ctx.text, at)
    for m in reversed(_between(ctx.mention_starts, ctx.mentions, lo, at)):
        if m.place.kind not in ("country", "city") or not m.place.countries:
            continue
        # the subject, when the figure is another's in a relative clause ("Mali has turned to
        # the Africa Corps, which has ..."; but "Rwanda has 2,500 troops in the country" are
        # Rwanda's, in another country)
        subject = (
            m.place.kind == "country"
            and not ctx.text[lo : m.start].strip(" .\n\"'“‘")
            and _VERB_AFTER.match(ctx.text, m.end) is not None
            and _WHICH_CLAUSE.search(ctx.text, m.end, at) is not None
        )
        if subject or _SPEAKS.match(ctx.text, m.end):
            return m.place.countries[0]
    return None


_WHICH_CLAUSE = re.compile(r",\s+(?:which|who)\b")
#: A verb right after a name: "Mali has turned", "Niger expelled".
_VERB_AFTER = re.compile(r"\s+(?:has|have|had|is|was|will|would|could|now|also|[a-z]+ed)\b")


def _listed_provinces(memory: _Memory, count: int = 0) -> list[Mention]:
    """The provinces of one country that a recent sentence listed together, if any; with
    ``count`` ("the two provinces"), the last sentence listing that many, however far back."""
    for s in reversed(memory.seen):
        if not count and memory.current - s.index > LOOKBACK:
            break
        provinces = [m for m in memory.places_of(s).all if m.place.kind == "admin1"]
        if count and len(provinces) != count:
            continue
        if len(provinces) >= 2 and len({m.place.countries for m in provinces}) == 1:
            return provinces
    return _last_provinces(memory, count) if count else []


def _last_provinces(memory: _Memory, count: int) -> list[Mention]:
    """The last ``count`` provinces of one country the article named, one sentence or more
    apart ("the South West Region ... the North West Region ... the two regions")."""
    found: list[Mention] = []
    for s in reversed(memory.seen):
        for m in reversed(s.named):  # named at all: "sources in the North West Region"
            if m.role != "location":
                continue
            if m.place.kind == "admin1" and all(m.place.id != f.place.id for f in found):
                found.append(m)
        if len(found) >= count:
            break
    found = found[:count]
    same_country = len({m.place.countries for m in found}) == 1
    return sorted(found, key=lambda m: m.start) if len(found) == count and same_country else []


def _named_before(ctx: _Context, at: int) -> Mention | None:
    """The last province or region named in the same sentence shortly before ``at``, not
    a speech venue ("an officer, speaking in Luanda, put it at 6,000 across the province")."""
    lo = max(at - 200, _sentence_opening(ctx.text, at))
    found = [
        m
        for m in _between(ctx.mention_starts, ctx.mentions, lo, at)
        if m.role == "location"
        and m.place.kind in ("admin1", "region")
        and not not_claim_place(ctx.text, m, lo)
    ]
    return found[-1] if found else None


_DISTANCE_BEFORE = re.compile(
    r"\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?|mi)\s+(?:to\s+)?$", re.IGNORECASE
)


def _named(ctx: _Context, lo: int, hi: int) -> bool:
    """True when ``text[lo:hi]`` overlaps a place the geocoder found."""
    i = bisect_left(ctx.mention_starts, hi)
    return i > 0 and any(m.end > lo for m in ctx.mentions[max(0, i - 3) : i])


def _clause(text: str, lo: int, hi: int, at: int, pattern: re.Pattern[str]) -> tuple[int, int]:
    start, end = lo, hi
    for m in pattern.finditer(text, lo, hi):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


def _shares(
    text: str, start: int, end: int, figures: list[Figure], places: list[Mention]
) -> list[tuple[list[Mention], tuple[int, int]]]:
    """Each figure's places and clause. A place belongs to the nearest figure of its own
    clause; a figure left with none takes the places named before it outside other
    figures' clauses ("In Borno, ISWAP has 3,000 and JAS 1,500")."""
    low = folded_article(text)
    clauses = [_clause(low, start, end, f.start, _FIGURE_CLAUSE) for f in figures]
    shares: list[list[Mention]] = [[] for _ in figures]
    unassigned = []
    for m in places:
        near = [k for k, (lo, hi) in enumerate(clauses) if lo <= m.start < hi]
        if not near:
            unassigned.append(m)
            continue
        # a place between two figures of a clause qualifies the one before it: "1,200
        # combatants on the border with Mali, against some 2,000 two years ago"
        before = [k for k in near if figures[k].end <= m.start]
        if before:
            shares[max(before, key=lambda k: figures[k].end)].append(m)
            continue
        gaps = [figures[k].start - m.end + 1 for k in near]
        shares[near[gaps.index(min(gaps))]].append(m)
    out = []
    for k, fig in enumerate(figures):
        share = shares[k]
        if not share:
            share = [
                m for m in places if m.end <= fig.start and (m in unassigned or len(figures) > 1)
            ]
            share = [
                m for m in share if not any(m in shares[j] for j in range(len(figures)) if j != k)
            ]
        if not share and len(figures) == 1:
            # not a place of a further reported clause: "..., adding that residents had
            # moved to camps in Khar"
            share = [m for m in unassigned if not _FURTHER_REPORT.search(text, fig.end, m.start)]
        seg_lo, seg_hi = _clause(text, start, end, fig.start, _SEGMENT_BREAK)
        if _RELATIVE.match(text, seg_lo):  # "Al-Shabaab, which has 7,000 fighters across
            narrow = [m for m in share if seg_lo <= m.start < seg_hi]  # Somalia, attacks Kenya"
            share = narrow or share
        out.append((share, clauses[k]))
    return out


def _estimate_places(
    ctx: _Context,
    figure: Figure,
    share: list[Mention],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    group: str | None,
    places: SentencePlaces,
    memory: _Memory,
    home: list[Mention],
) -> list[Mention]:
    """A figure's places, first found wins: its own (a subset such as "most of them in
    Anbar" only when nothing broader is named); a back-reference in its clause; its subset;
    a back-reference elsewhere in the sentence; the sentence's other locative places; the
    places of the last sentence that named any; the land its group's name claims
    (``home``: "the Free Papua Movement has some 1,500 fighters")."""
    text = ctx.text
    subset_at = subset_start(text, figure.end, clause[1])
    primary = [m for m in share if m.start < subset_at]
    if primary and min(m.start for m in primary) > figure.end:
        # "14,000 personnel in the country ... said the situation in Ouham-Pende": the
        # reference next to the figure, not a place of a later clause
        ref = back_reference(text, figure.end, min(m.start for m in primary))
        if ref is not None and ref[0] == "country":
            primary = _referred(ctx, figure.end, min(m.start for m in primary), memory) or primary
    found = (
        primary
        or _referred_after(ctx, figure.end, subset_at, memory)
        or _referred(ctx, clause[0], subset_at, memory)
        or share
        or _referred(ctx, sentence[0], sentence[1], memory)
        or [m for m in places.locative if not _FURTHER_REPORT.search(text, figure.end, m.start)]
        or places.home
    )
    if not found:
        found = memory.implicit(group)
        if found and _names_unknown_place(ctx, sentence[0], sentence[1]):
            # "In Intan Jaya, the faction is thought to number 150": a place the data lacks,
            # likelier in the province of the town named before than in that town
            found = towns_as_provinces(found)
        found = found or home
    subset = [m for m in share if m.start >= subset_at]
    if (
        len(found) == 1
        and found[0].place.kind == "admin1"
        and found[0] not in share
        and subset
        and all(m.place.kind == "city" and len(m.place.admin1) == 1 for m in subset)
        and len({m.place.admin1[0] for m in subset}) == 1
        and subset[0].place.admin1[0] not in found[0].place.admin1
    ):
        # "“between 600 and 800 gunmen in the state, most of them in Manzanillo and Tecomán”":
        # the state holding the towns named, whatever province was named last
        found = towns_as_provinces(subset[:1])
    cond = _IF_CLAUSE.search(text, sentence[0], figure.start)
    if cond is not None and len(found) > 1:
        # "if the army pushes ahead around Gusau in Zamfara, as many as 500 more gunmen could
        # be driven into the Maradi region": the condition's places are not where they go
        outside = [m for m in found if not cond.start() <= m.start < cond.end()]
        found = outside or found
    side = _SIDE.search(text, clause[0], clause[1])
    if side is not None and len({cc for m in found for cc in m.place.countries}) > 1:
        # "number fewer than 400 on the Colombian side": only that country's places
        cc = _country_of(side.group(1))
        found = [m for m in found if cc in m.place.countries] or found
    return most_precise(text, found)


#: A condition or a time opening the figure's clause, up to its comma: "if Nigeria's army
#: pushes ahead with its offensive around Gusau in Zamfara,", "when Maoists looted the police
#: armoury at Nayagarh,".
_IF_CLAUSE = re.compile(
    r"\b(?:if|If|unless|Unless|when|When|after|After|before|Before|while|While)\b[^.;,]{0,200},"
    r"(?=[^,]*$)"
)
#: A capitalised name after a preposition of place: "in Intan Jaya", "across the Central
#: Highlands", "in neighbouring Puncak regency".
_PLACE_AFTER_PREPOSITION = re.compile(
    r"\b(?i:in|across|throughout|around|near)\s+(?:the\s+)?(?:(?i:neighbouring|neighboring)\s+)?"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)
#: Capitalised words after "in" that name no place: times of the year and week.
_NOT_PLACES = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter", "ramadan",
    }
)  # fmt: skip


def _names_unknown_place(ctx: _Context, lo: int, hi: int) -> bool:
    """True when ``text[lo:hi]`` puts something in a named place that neither the
    gazetteer nor the groups table knows ("In Intan Jaya, ...")."""
    named = _between(ctx.mention_starts, ctx.mentions, max(0, lo - 200), hi)
    groups = _groups_in(ctx, lo, hi)
    for m in _PLACE_AFTER_PREPOSITION.finditer(ctx.text, lo, hi):
        a, b = m.span(1)
        if m.group(1).split()[0].lower() in _NOT_PLACES:
            continue
        if any(x.start < b and a < x.end for x in named) or any(
            g.start < b and a < g.end for g in groups
        ):
            continue
        return True
    return False


#: "on the Colombian side (of the border)".
_SIDE = re.compile(r"\bon\s+the\s+([A-Z][a-z]+)\s+side\b")


def _country_of(adjective: str) -> str | None:
    """The country a nationality adjective names ("Colombian" -> "CO")."""
    from dashboard.geo.geocoder import get_geocoder

    place = get_geocoder().geocode(adjective)
    return place.countries[0] if place is not None and place.kind == "country" else None


def _group_home(ctx: _Context, group: GroupMention | None, lo: int, hi: int) -> list[Mention]:
    """The places named inside the group's names in ``text[lo:hi]`` (its sentence) or the
    name it is known by ("the Free Papua Movement (OPM)" when the figure follows "TPNPB"),
    read as locations."""
    if group is None:
        return []
    names = [g for g in _groups_in(ctx, lo, hi) if g.canonical == group.canonical] or [group]
    out: dict[str, Mention] = {}
    for g in names:
        for m in _between(ctx.mention_starts, ctx.mentions, g.start, g.end):
            if m.end <= g.end and m.place.kind in ("admin1", "region", "country"):
                out.setdefault(m.place.id, replace(m, role="location"))
    return list(out.values())


def _speaker(ctx: _Context, offset: int) -> str | None:
    found = ctx.speakers.speaker_for(offset)
    return found.name if found is not None else None


_CONTRAST = re.compile(r",\s*(?:although|though|whereas|even\s+though)\b|;\s")


def _modal_segment(
    text: str, start: int, end: int, figures: list[Figure], k: int
) -> tuple[int, int]:
    """The words whose frame applies to figure ``k``: up to the clause that leads to the
    next figure ("... in the country, and Moscow could send 500 more")."""
    lo, hi = start, end
    if k:
        prev = figures[k - 1].end
        first = _MODAL_BREAK.search(text, prev, figures[k].start)
        lo = first.start() if first else prev
    if k + 1 < len(figures):
        nxt = figures[k + 1].start
        breaks = list(_MODAL_BREAK.finditer(text, figures[k].end, nxt))
        hi = breaks[-1].start() if breaks else nxt
    # "keeps about 6,000 soldiers in Sulu, although two battalions are expected to be
    # redeployed": a contrast has its own frame
    contrast = _CONTRAST.search(text, figures[k].end, hi)
    if contrast is not None:
        hi = contrast.start()
    # "said that the army had sent 250 men, and that more would follow if needed": each
    # reported clause has its own frame
    for m in _REPORTED_CLAUSE.finditer(folded_article(text), lo, hi):
        if m.end() <= figures[k].start:
            lo = m.end()
        elif m.start() >= figures[k].end:
            hi = m.start()
            break
    return lo, hi


def _estimates(
    ctx: _Context,
    found: _Sentence,
    places: SentencePlaces,
    groups: list[GroupMention],
    memory: _Memory,
) -> list[Claim]:
    text, start, end = ctx.text, found.start, found.end
    figures = [f for f, _ in found.figures]
    out = []
    previous_unit: str | None = None
    previous: tuple[Figure, list[Mention]] | None = None
    for k, ((fig, unit), (share, clause)) in enumerate(
        zip(found.figures, _shares(text, start, end, figures, places.locative), strict=True)
    ):
        unit = unit or previous_unit  # "some 4,000 soldiers, after Kigali sent 1,000 more"
        previous_unit = unit
        # a table row ("| Government army | Marib city | around 25,000 |") names its own
        # actor: no group from the rows above
        row = "|" in text[start:end]
        group = group_for_figure(
            text,
            (start, end),
            (fig.start, fig.end),
            groups,
            Antecedents() if row else memory.antecedents,
            unit,
        )
        if group is None and not groups and DISMISSAL_OPENING.match(text, start):
            # "X's leaders claim 5,000 members. We do not consider this credible: we estimate
            # fewer than 2,000 armed men": the counter-estimate counts the claimant's force
            group = memory.claimant()
        if group is None and memory.label is not None and start >= memory.label[0].end:
            group = memory.label[0]  # the list item's heading names whose figure this is
        if group is None and row and unit not in STATE_UNITS:
            header = table_header(text, start)  # "| Province | Estimated RKK fighters |"
            named = _groups_in(ctx, *header) if header is not None else []
            group = named[0] if len({g.canonical for g in named}) == 1 else None
        if group is None and not groups and not row:
            group = memory.implied_group(start, fig.start, unit)
        memory.last_estimate = (fig.end, end, group)
        if group is not None:  # "the group ... 10 to 15 fighters": later "they" are its too
            memory.antecedents.force = group
        found_places = _estimate_places(
            ctx,
            fig,
            share,
            clause,
            (start, end),
            group.canonical if group else None,
            places,
            memory,
            _group_home(ctx, group, start, end),
        )
        if (
            not share
            and previous is not None
            and previous[1]
            and _AS_WELL_AS.fullmatch(text, previous[0].end, fig.start) is not None
        ):
            # "some 1,500 soldiers in and around Kayes, as well as perhaps 200 fighters of
            # Africa Corps": the second force is where the first is
            found_places = previous[1]
        previous = (fig, found_places)
        out.append(
            Claim(
                kind="estimate",
                quote=text[start:end],
                start=start,
                end=end,
                number_low=fig.number_low,
                number_high=fig.number_high,
                number_text=fig.number_text,
                qualifier=fig.qualifier,
                unit=unit,
                group=group.text if group else None,
                group_canonical=group.canonical if group else None,
                speaker=_speaker(ctx, fig.start),
                modality=_figure_modality(text, fig, *_modal_segment(text, start, end, figures, k)),
                places=found_places,
            )
        )
    return out


#: A second force joined to the first with no place of its own: "..., as well as perhaps".
_AS_WELL_AS = re.compile(
    r"[^.;:]{0,120}?,?\s+(?:as\s+well\s+as|plus|along\s+with|together\s+with)\s+"
)


#: A force said to be in place already: "Some 1,200 soldiers ... are already deployed in
#: Colón, ... which said the new units would arrive" (the plan is another force's).
_ALREADY_THERE = re.compile(
    r"[^.;:]{0,80}?\b(?:are|is|were|was|have\s+been|has\s+been)\s+already\s+(?:deployed|stationed|"
    r"based|in\b|on\s+the\s+ground|there)|[^.;:]{0,80}?\balready\s+(?:deployed|stationed|based)\b",
    re.IGNORECASE,
)


def _figure_modality(text: str, figure: Figure, start: int, end: int) -> Modality:
    """The frame of the figure's words, but a force already in place is asserted whatever
    plan the rest of the sentence names."""
    found = modality(text, start, end)
    if found == "planned" and _ALREADY_THERE.match(text, figure.end, end):
        return "asserted"
    return found


def _concern(
    ctx: _Context,
    found: _Sentence,
    places: SentencePlaces,
    groups: list[GroupMention],
    memory: _Memory,
) -> list[Claim]:
    text, start, end = ctx.text, found.start, found.end
    low = text[start:end].lower()
    ref = back_reference(text, start, end) if has_any(low, _SITUATION_STEMS) else None
    named_situation = ref is not None and _SITUATION_IN.search(
        text, max(start, ref[1].start() - 30), ref[1].start()
    )
    if named_situation:  # "the situation in the far north of the country is worrying, with
        # clinics closed around Dapaong": the part of the country, not the town
        where = most_precise(text, _referred(ctx, start, end, memory) or places.all)
    elif places.all:
        where = concern_places(text, places.all, start, found.concern_at)
    else:
        where = most_precise(text, _referred(ctx, start, end, memory) or [])
    if not where:
        return []
    group = group_for_concern(text, (start, end), groups, memory.antecedents)
    return [
        Claim(
            kind="concern",
            quote=text[start:end],
            start=start,
            end=end,
            group=group.text if group else None,
            group_canonical=group.canonical if group else None,
            speaker=_speaker(ctx, found.concern_at if found.concern_at is not None else start),
            modality=modality(text, start, end),
            places=where,
        )
    ]


def _drop_headline_repeats(
    claims: list[Claim], spans: list[tuple[int, int]], article: Article, body_start: int
) -> list[Claim]:
    """A headline or standfirst claim that the story repeats is one claim, not two: keep the
    story's (it has the speaker and the context)."""
    if body_start < 0:
        title = (article.title or "").strip()
        heads = [e for s, e in spans if title and article.text[s:e].strip() == title]
        body_start = heads[0] if heads else -1
    if body_start < 0:
        return claims
    head = [c for c in claims if c.end <= body_start]
    body = [c for c in claims if c.end > body_start]
    repeated = {_key(c) for c in body}
    figures = [c.number_high for c in body if c.kind == "estimate" and c.number_high]
    ranges = {
        (c.group_canonical, n)
        for c in body
        if c.kind == "estimate" and c.number_low != c.number_high
        for n in (c.number_low, c.number_high)
    }
    return [
        c
        for c in head
        if _key(c) not in repeated
        and not _summarises(c, figures)
        # "Shabaab masses 400 fighters" over "between 300 and 400 fighters" of al-Shabaab
        and not (c.number_low == c.number_high and (c.group_canonical, c.number_low) in ranges)
    ] + body


def _drop_summary_repeats(text: str, claims: list[Claim]) -> list[Claim]:
    """Figures a summary box or a fact-check's claim line states before the text that
    says them again: "Summary: • The army already has about 3,200 troops in Sonora." over
    the section's own sentence, and 'CLAIM 4: "The security forces have 4,500 personnel"'
    (a claim under check: the verdict says whether the figure stands) are not claims of
    their own."""
    out = []
    for i, c in enumerate(claims):
        if c.kind == "estimate" and _CHECKED_CLAIM.match(text, c.start):
            continue
        if c.kind == "estimate" and _in_summary(text, c.start):
            key = _key(c)
            if any(_key(later) == key for later in claims[i + 1 :]):
                continue
        out.append(c)
    return out


#: A fact-check's label for the claim it checks: "CLAIM 2:", "Claim:".
_CHECKED_CLAIM = re.compile(r"\s*(?:CLAIM|Claim)\s*\d{0,2}\s*:")
#: A summary box's label, then only its bullet lines up to the claim.
_SUMMARY_BOX = re.compile(
    r"(?:^|\n)[ \t]*(?:summary|key\s+points|in\s+brief|highlights|at\s+a\s+glance|"
    r"key\s+(?:figures|numbers|facts)|bottom\s+line|tl;?dr)\s*:?[ \t]*(?:\n|(?=[•*\-–]))",
    re.IGNORECASE,
)
_SUMMARY_STEMS = (
    "summary", "key points", "in brief", "highlights", "at a glance", "key figures",
    "key numbers", "key facts", "bottom line", "tl;dr", "tldr",
)  # fmt: skip


def _in_summary(text: str, start: int) -> bool:
    """True for a claim in a bullet of a summary box ("Summary: • ... • ...")."""
    lo = max(0, start - 400)
    window = text[lo:start]
    if not has_any(folded_article(text)[lo:start], _SUMMARY_STEMS):
        return False  # most claims: no summary label near
    boxes = list(_SUMMARY_BOX.finditer(window))
    if not boxes:
        return False
    between = window[boxes[-1].end() :]
    # only bullets since the label: no paragraph of running text in between
    return "\n\n" not in between.strip("\n")


#: The sizes a vague headline amount covers: "Thousands of troops guard Kurram road" over a
#: story about "nearly 4,000 Frontier Corps and police personnel".
_VAGUE_SIZES = (
    ("tens of thousands", 10_000, 99_999),
    ("thousand", 1_000, 99_999),
    ("hundred", 100, 999),
    ("dozen", 12, 99),
)


def _summarises(c: Claim, body_figures: list[int]) -> bool:
    """True for a vague headline estimate that a figure of the story states exactly."""
    if c.kind != "estimate" or c.number_low is not None:
        return False
    words = (c.number_text or "").lower()
    for word, low, high in _VAGUE_SIZES:
        if word in words:
            return any(low <= n <= high for n in body_figures)
    return False


def _key(c: Claim) -> tuple[object, ...]:
    if c.kind == "concern":
        return (c.kind, tuple(m.place.id for m in c.places))
    if c.number_low is None:
        return (c.kind, (c.number_text or "").lower(), c.unit)
    return (c.kind, c.number_low, c.number_high)
