"""Which armed group a figure or a hotspot statement is about.

Order of preference for a figure, each within its clause:

1. a group in the noun phrase right after the figure ("1,000 gunmen of ISIS", "2,000
   Taliban fighters", "500 al-Shabaab militants");
2. the nearest group before the figure ("the strength of IS gunmen is estimated at about
   3,500"), skipping groups in parentheses, relative or appositive clauses and possessive
   modifiers ("al-Qaeda's Sahel affiliate"), and groups being fought ("troops deployed
   against al-Shabaab");
3. an anaphor: "the group", "its fighters" take the last *named* group of the article;
   "they", "the militants" take the last body of fighters the article spoke of, which is
   no group when that was a generic noun ("15,000 extremists ... the militants may try");
4. a group after the figure in the same clause ("3,000 fighters loyal to ISWAP").

Generic nouns ("extremists", "militants") with no group anywhere leave the group empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.extract._text import folded, folded_article, guarded, has_any
from dashboard.extract.figure_checks import EXTRA_FORCE_UNITS
from dashboard.extract.groups import GroupMention
from dashboard.extract.lexicon import FIGHTERS

__all__ = [
    "STATE_UNITS",
    "Antecedents",
    "group_for_concern",
    "group_for_figure",
    "subject_groups",
    "with_defined_acronyms",
]

_FIGHTER_NOUNS = "|".join(sorted(FIGHTERS | EXTRA_FORCE_UNITS, key=len, reverse=True))
#: Between a figure and the group it counts: "1,000 gunmen of ISIS", "3,000 foreign
#: fighters loyal to ISWAP", "500 al-Shabaab militants" (nothing at all).
_UNIT_GAP = re.compile(
    rf"[\s\-‐‑]*(?:(?:[a-z][\w'’\-]*\s+)?(?:{_FIGHTER_NOUNS})\s+)?"
    r"(?:(?:of|from|belonging\s+to|loyal\s+to|affiliated\s+(?:with|to)|linked\s+to|with)\s+"
    r"(?:the\s+)?)?"
)
#: A clause break, run without a case flag over the folded article: its words are lower
#: case, so it matches where the case-blind pattern would, several times faster.
_CLAUSE_BREAK = re.compile(
    r";|:|—|–|\s-\s|,\s*(?:but|while|whereas|although|though)\b|\s(?:but|whereas)\s"
)
#: An aside between two dashes: " - the militia formerly known as the BGF - ".
_DASH_ASIDE = re.compile(r"\s?[-–—]\s[^;:.\-–—]{1,150}?(?P<close>\s[-–—]\s?)")
#: An aside right after a group's name: "Boko Haram, the group from which ISWAP split,".
_APPOSITIVE = re.compile(
    r",\s*(?:which|who|whose|that|once|formerly|also|an?|its|itself|the|as\s+well\s+as|like|"
    r"unlike|besides|along\s+with|alongside|allied\s+with)\b[^,;]{0,100},",
    re.IGNORECASE,
)
_PAREN = re.compile(r"[()]")
#: Examples, anywhere: "up to 7,000 foreign fighters, including fighters of the IMU".
_EXAMPLES = re.compile(r",?\s*\b(?:including|such\s+as|among\s+them|notably)\b[^;:]*", re.I)
_EXAMPLE_STEMS = ("including", "such", "among", "notably")
#: Where an example list ends before the sentence does: a comma and a lower-case word that
#: cannot open a list item ("Our sources, including former members, put X's strength at").
_EXAMPLES_END = re.compile(
    r",\s+(?!(?:and|or|the|a|an|its|their|his|her|some|other|several|many|both|two|three|"
    r"four|five|as|well)\b)[a-z]+\b"
)
#: "Tehreek-i-Taliban Pakistan (TTP)": the acronym in brackets names the group just named.
_ACRONYM_GAP = re.compile(r"[\w\s'’\-]{0,25}\(\s*$")
_ENEMY_BEFORE_FIRST = (
    "against", "fight", "fought", "combat", "battl", "target", "counter", "versus", "vs",
    "clash", "offensive", "war", "defeat", "pursuit", "hunting", "rout", "took", "seized",
    "captured", "wrested", "recaptured", "retook",
)  # fmt: skip
_ENEMY_BEFORE = guarded(
    r"\b(?:against|fight|fights|fighting|fought|combat|combating|combatting|battle|battling|"
    r"battled|targeting|targeted|counter|versus|vs\.?|clashes\s+with|clashed\s+with|"
    r"offensive\s+on|war\s+on|defeat|defeated|defeating|pursuit\s+of|hunting|rout|routed|"
    # "which took the city from the Islamic State"
    r"(?:took|seized|captured|wrested|recaptured|retook)\s+(?:[\w'’\-]+\s+){0,3}?from)"
    r"(?:\s+[\w'’\-]+){0,2}\s*$",
    _ENEMY_BEFORE_FIRST,
    re.IGNORECASE,
)
_FORCE_NOUN = (
    r"(?:fighters|members|militants|ranks|gunmen|strength|forces|combatants|cadres|"
    r"recruits|followers|supporters|men|troops|army|militia|numbers)"
)
_POSSESSIVE_MODIFIER = re.compile(rf"['’]s\s+(?!(?:own\s+)?{_FORCE_NOUN}\b)", re.IGNORECASE)
_GROUP_ANAPHOR_FIRST = (
    "the", "this", "that", "its",
)  # fmt: skip
_GROUP_ANAPHOR = guarded(
    r"\b(?:the|this|that)\s+(?:(?:terrorist|militant|jihadist|extremist|insurgent|armed|"
    r"islamist|rebel|radical|international|global|transnational|banned|outlawed|whole|"
    # "The largest group, roughly 90 to 110 cadres": the group's own biggest part
    r"largest|biggest|main|strongest)\s+){0,2}"
    r"(?:group|organi[sz]ation|movement|outfit|network|faction|gang|militia|cartel|wing|"
    rf"insurgency)\b|\bits\s+(?:own\s+)?{_FORCE_NOUN}\b",
    _GROUP_ANAPHOR_FIRST,
    re.IGNORECASE,
)
_FORCE_ANAPHOR_FIRST = (
    "the", "these", "those", "their", "they",
)  # fmt: skip
_FORCE_ANAPHOR = guarded(
    r"\b(?:the|these|those)\s+(?:militants|insurgents|jihadists|jihadis|fighters|gunmen|"
    rf"rebels|terrorists|extremists|islamists)\b|\btheir\s+(?:own\s+)?{_FORCE_NOUN}\b"
    r"|\bthey\b(?!\s+(?:said|say|says|told|added|estimated?|believed?|reported|claimed|noted|"
    r"warned|stressed|explained|insisted|argued|think|thought|fear|feared)\b)",
    _FORCE_ANAPHOR_FIRST,
    re.IGNORECASE,
)


_DEFINED = re.compile(r"\s*\(\s*(?P<acronym>[A-Z][A-Za-z\-]{1,9})\s*\)")


_NAME_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _initials(name: str) -> str:
    """The capitals of a name's words: "Kachin Independence Army" -> "KIA"."""
    words = _NAME_WORD.findall(name)
    if len(words) < 2:
        return ""
    return "".join(w[0] for w in words if w[0].isupper())


def with_defined_acronyms(text: str, groups: list[GroupMention]) -> list[GroupMention]:
    """``groups`` plus later uses of an acronym the article defines for a known group:
    after "the National Resistance Front (NRF)", "NRF" is that group too, even though the
    groups table lacks the acronym. The article's own definition beats the table's reading
    of the acronym: after "the Ambazonia Defence Forces (ADF)", "ADF" is not the Congolese
    ADF anywhere in that article. The initials of a group's name stand for it too, when the
    table does not read them as another group ("the Kachin Independence Army ... 1,500 KIA
    troops", "the Comando Vermelho ... the CV")."""
    defined: dict[str, GroupMention] = {}
    for i, g in enumerate(groups):
        m = _DEFINED.match(text, g.end)
        if m is None:
            continue
        acronym = m.group("acronym")
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        if nxt is None or nxt.start != m.start("acronym"):
            defined.setdefault(acronym, g)
        elif nxt.text == acronym and nxt.canonical != g.canonical:
            defined.setdefault(acronym, g)  # the table knows the acronym as another group
    inferred = set()
    for g in groups:  # "the Kachin Independence Army ... 1,500 KIA troops"
        initials = _initials(g.text)
        later = text[g.end :]
        # two letters only as a name of its own, after "the": "the CV" for Comando Vermelho
        known = len(initials) >= 3 or (len(initials) == 2 and f"the {initials} " in later)
        if known and initials not in defined and initials in later:
            defined[initials] = g
            inferred.add(initials)
    if not defined:
        return groups
    kept: list[GroupMention] = []
    taken = []
    for g in groups:
        own = defined.get(g.text)
        if own is not None and own is not g and g.text not in inferred:
            g = GroupMention(g.start, g.end, g.text, own.canonical, own.kind)
        kept.append(g)
        taken.append((g.start, g.end))
    extra = []
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, defined)) + r")\b")
    for m in pattern.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            g = defined[m.group()]
            extra.append(GroupMention(m.start(), m.end(), m.group(), g.canonical, g.kind))
    return sorted([*kept, *extra], key=lambda g: g.start)


@dataclass(slots=True)
class Antecedents:
    """What an anaphor can point back to, updated sentence by sentence.

    ``named`` is the last group the article named; ``force`` is the last body of fighters
    it spoke of: a named group, or ``None`` after a generic one ("15,000 extremists").
    """

    named: GroupMention | None = None
    force: GroupMention | None = None

    def saw_groups(self, groups: list[GroupMention]) -> None:
        """A sentence named these groups (in order)."""
        if groups:
            self.named = self.force = groups[-1]

    def saw_generic_force(self) -> None:
        """A sentence counted fighters of no named group."""
        self.force = None


def _clause(text: str, lo: int, hi: int, at: int) -> tuple[int, int]:
    """The clause of ``text[lo:hi]`` around offset ``at``; the dashes around an aside that
    ends before ``at`` break nothing ("The Karen National Army - the militia formerly known
    as the BGF - retains 4,000 men")."""
    start, end = lo, hi
    dashes: set[int] = set()  # where the aside's two dashes stand
    window = text[lo:at]
    if "-" in window or "–" in window or "—" in window:
        for a in _DASH_ASIDE.finditer(text, lo, at):
            dashes.update((_dash_at(text, a.start()), _dash_at(text, a.start("close"))))
    for m in _CLAUSE_BREAK.finditer(folded_article(text), lo, hi):
        if dashes and _dash_at(text, m.start()) in dashes:
            continue
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return start, end


def _dash_at(text: str, at: int) -> int:
    """Where the dash of a break that starts at ``at`` stands (after a space, if any)."""
    return at + 1 if text[at : at + 1].isspace() else at


def _asides(text: str, groups: list[GroupMention], lo: int, hi: int) -> list[tuple[int, int]]:
    """Parentheses, examples and appositives after a group's name in ``text[lo:hi]``:
    groups there are not the subject."""
    examples = has_any(folded(text[lo:hi]), _EXAMPLE_STEMS)
    spans: list[tuple[int, int]] = []
    for ex in _EXAMPLES.finditer(text, lo, hi) if examples else ():
        stop = _EXAMPLES_END.search(text, ex.start() + 1, ex.end())
        spans.append((ex.start(), stop.start() if stop is not None else ex.end()))
    for g in groups:
        m = _APPOSITIVE.match(text, g.end, hi) or _DASH_ASIDE.match(text, g.end, hi)
        if m is not None:
            spans.append(m.span())
    depth, opened = 0, -1
    for m in _PAREN.finditer(text, lo, hi):
        if m.group() == "(":
            if depth == 0:
                opened = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, m.end()))
    return spans


def _fought(text: str, g: GroupMention, lo: int) -> bool:
    """True for a group being fought: "troops deployed against al-Shabaab"."""
    return _ENEMY_BEFORE.search(text, max(lo, g.start - 60), g.start) is not None


#: "Taliban spokesman", "an ISWAP commander said": the group speaks, it is not counted.
_SPEAKER_AFTER = re.compile(
    r"['’]?s?\s+(?:spokes(?:man|woman|person)|officials?|commanders?|leaders?|sources?|"
    r"statement|negotiators?|envoys?|media)\b",
    re.IGNORECASE,
)
#: "a group that the military links to Islamic State": an affiliation, not the subject.
_AFFILIATION_BEFORE_FIRST = (
    "link", "ties", "tied", "affiliat", "aligned", "allied", "loyal", "close", "connected",
    "pledged", "splinter", "offshoot", "faction", "branch", "wing", "rival", "ally",
    "allies", "remnant", "backed", "with", "formed", "created", "set", "trained", "supported",
    "assisted",
)  # fmt: skip
_AFFILIATION_BEFORE = guarded(
    r"\b(?:links?|linked|ties|tied|affiliated|aligned|allied|loyal|close|connected|pledged\s+"
    r"allegiance)\s+(?:with|to)\s+(?:the\s+)?$|(?<!armed\s)(?<!military\s)\b(?:splinter|offshoot|faction|branch|wing|"
    r"rival|affiliate|ally|allies|remnants?)\s+of\s+(?:the\s+)?$|\b(?:backed|supported|assisted)\s+"
    r"by\s+(?:(?:units|fighters|elements|members|forces)\s+of\s+)?(?:the\s+)?$"
    # "the YBS, formed with the help of the PKK": the helper is not the subject
    r"|\b(?:with\s+the\s+(?:help|support|backing)\s+of|with\s+support\s+from|(?:formed|"
    r"created|set\s+up|trained)\s+by)\s+(?:the\s+)?$",
    _AFFILIATION_BEFORE_FIRST,
    re.IGNORECASE,
)


#: Fighters, or unnamed bands of them, before an affiliation: "fighters linked to JNIM",
#: "the armed groups affiliated with JNIM" are counted as that group's.
_MEMBERS_BEFORE = re.compile(
    r"\b(?:fighters|militants|gunmen|jihadists|insurgents|rebels|members|men|recruits|"
    r"combatants|groups|cells|factions|units|elements|bands|gangs)[\"”’]?\s+(?:now\s+|still\s+)?$",
    re.IGNORECASE,
)


def _secondary(text: str, g: GroupMention, lo: int) -> bool:
    """True for a group named as a qualifier: "al-Qaeda's Sahel affiliate", "a Taliban
    spokesman", "linked to Islamic State"."""
    if _possessive_modifier(text, g) or _SPEAKER_AFTER.match(text, g.end):
        return True
    m = _AFFILIATION_BEFORE.search(text, max(lo, g.start - 50), g.start)
    # "fighters linked to JNIM" are JNIM's; "a group linked to JNIM" is another group
    return m is not None and not _MEMBERS_BEFORE.search(text, max(lo, m.start() - 30), m.start())


def _possessive_modifier(text: str, g: GroupMention) -> bool:
    """True for "al-Qaeda's Sahel affiliate": the group qualifies another noun."""
    if g.text.endswith(("'s", "’s")):
        return _POSSESSIVE_MODIFIER.match("'s" + text[g.end : g.end + 40]) is not None
    return _POSSESSIVE_MODIFIER.match(text, g.end) is not None


def _usable(text: str, groups: list[GroupMention], lo: int, hi: int) -> list[GroupMention]:
    """Subject candidates: not in an aside, not fought; possessive modifiers only when
    nothing else is left. A name followed by its acronym in brackets yields the acronym's
    group ("Tehreek-i-Taliban Pakistan (TTP)" is TTP even if only "Taliban" matched)."""
    asides = _asides(text, groups, lo, hi)
    out = []
    qualifiers: set[int] = set()  # acronyms of names that are only qualifiers
    for i, g in enumerate(groups):
        if any(a <= g.start < b for a, b in asides) or _fought(text, g, lo):
            continue
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        acronym = nxt is not None and _ACRONYM_GAP.fullmatch(text, g.end, nxt.start)
        chosen = nxt if acronym and nxt is not None else g
        if chosen is not g and _secondary(text, g, lo):
            qualifiers.add(id(chosen))  # "with the help of the Kurdistan Workers' Party (PKK)"
        out.append(chosen)
    plain = [g for g in out if id(g) not in qualifiers and not _secondary(text, g, lo)]
    if plain:
        return plain
    # only qualifiers left: an owner ("the BLA's suicide squad") still names the group; a
    # speaker ("a Taliban spokesman") or an affiliation ("linked to Islamic State") does not
    return [g for g in out if _possessive_modifier(text, g)]


_NAMED_AS = re.compile(
    r"\s*(?:\(|,\s*(?:(?:also\s+)?(?:known|called|named)\s+(?:as\s+)?)?)\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def subject_groups(
    text: str, start: int, end: int, groups: list[GroupMention]
) -> list[GroupMention]:
    """The groups of a sentence that later anaphors may mean. When "The group" or "The
    militants" opens it, only a name given to that subject counts ("The group, known as
    ISKP, ..."): others are objects ("... the war between the Huthi rebels and ...")."""
    lo = start + len(text[start:end]) - len(text[start:end].lstrip(" \t\"“'‘"))
    opener = _GROUP_ANAPHOR.match(text, lo, end) or _FORCE_ANAPHOR.match(text, lo, end)
    if opener is None:
        # "troops, backed by units of the PMF (Hashd al-Shaabi)": a helper is not what "the
        # group" means later; a name in brackets only repeats the one before it; "Africa
        # Corps, which took over from the Wagner Group, ...": an aside's group is not either
        asides = _asides(text, groups, start, end) if len(groups) > 1 else []
        return [
            g
            for g in groups
            if not _secondary(text, g, start)
            and not _ACRONYM_GAP.search(text, max(start, g.start - 30), g.start)
            and not any(a <= g.start < b for a, b in asides)
        ]
    return [g for g in groups if _NAMED_AS.fullmatch(text, opener.end(), g.start)]


#: "estimated that it had up to 4,000 men": "it" right before the figure is the group the
#: article is about, unless a state body is the subject ("the army says it has ...").
_IT_HAS = re.compile(
    r"\bit\s+(?:still\s+|now\s+)?(?:has|had|fields|fielded|commands|commanded|musters|"
    r"mustered|counts|counted)\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_STATE_SUBJECT = re.compile(
    r"\b(?:army|military|government|police|mission|junta|ministry|force|authorities)\s+"
    r"(?:[a-z]+\s+){0,2}it\s",
    re.IGNORECASE,
)


def _it_has(text: str, lo: int, at: int, antecedents: Antecedents) -> GroupMention | None:
    m = _IT_HAS.search(text, max(lo, at - 40), at)
    if m is None:
        # "Its commander ... said he had 1,200 men under arms": the commander's group
        he = _HE_HAS.search(text, max(lo, at - 40), at)
        if he is not None and _COMMANDER.search(text, lo, he.start()):
            return antecedents.named
        return None
    if _STATE_SUBJECT.search(text, max(lo, m.start() - 40), m.start() + 3):
        return None
    return antecedents.named


_HE_HAS = re.compile(
    r"\b(?:he|she)\s+(?:still\s+|now\s+)?(?:has|had|commands|commanded|leads|led)\s+"
    r"(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A group's own leader as the subject: "Its commander", "the group's leader".
_COMMANDER = re.compile(
    r"\b(?:its|their|the\s+(?:group|movement|militia|brigade|faction)['’]s)\s+(?:[a-z]+\s+)?"
    r"(?:commander|leader|chief|emir|head)\b",
    re.IGNORECASE,
)


def _anaphor(
    text: str, lo: int, hi: int, antecedents: Antecedents, earlier: list[GroupMention]
) -> GroupMention | None:
    """The group an anaphor in ``text[lo:hi]`` stands for (groups named earlier in the
    same sentence count as antecedents too)."""
    named = earlier[-1] if earlier else antecedents.named
    force = earlier[-1] if earlier else antecedents.force
    g = _GROUP_ANAPHOR.search(text, lo, hi)
    f = _FORCE_ANAPHOR.search(text, lo, hi)
    if g is not None and (f is None or g.start() <= f.start()):
        return named
    if f is not None:
        return force
    return None


_DIGIT = re.compile(r"\d")
_FORMER_GAP = re.compile(r"\s+(?:former|ex-?)\s*", re.IGNORECASE)
#: Another figure, then a clause joined to it: "X has up to 800 members in Guerrero, and a
#: further 1,200 troops ..." (the troops are not X's).
_ANOTHER_CLAUSE = re.compile(r"\d[^.;]*?,\s+(?:and|while|but|whereas)\s+")
#: A force the state raised or backs: no armed group's, whatever was named before.
_STATE_BACKED = re.compile(
    r"\b(?:state|government|army|military)[\s-](?:backed|sponsored|funded|run|allied)\b|"
    r"\bpro-government\b",
    re.IGNORECASE,
)
#: A group named as what a state's troops answer: "the arrival of Wagner", "to counter
#: al-Shabaab"; the troops are not the group's.
_CAUSE_BEFORE = re.compile(
    r"\b(?:(?:arrival|presence|threat|advance|attacks?|offensive|incursions?|withdrawal|"
    r"departure|build-?up|rise)\s+of|against|to\s+(?:counter|fight|deter|confront|contain|"
    r"repel)|response\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ITS_SUBJECT = re.compile(
    r"\s*(?:Its|Their)\s+(?:[\w\-]+\s+){0,2}?(?:footprint|presence|deployment|contingent|"
    r"strength|forces|troops|fighters|men)\b"
)
_OF_ITS = re.compile(rf"\s+of\s+its\s+(?:own\s+)?{_FORCE_NOUN}\b", re.IGNORECASE)


#: Nouns for state forces: a group named later in their clause is not theirs ("900 troops
#: in northeast Syria to support the SDF", "1,500 soldiers ... after al-Shabaab massed").
STATE_UNITS = frozenset(
    {
        "troops", "soldiers", "servicemen", "personnel", "police", "policemen", "reservists",
        "peacekeepers", "gendarmes", "guards", "marines", "paratroopers", "instructors",
        "trainers", "advisers", "advisors", "officers", "sailors", "airmen", "conscripts",
    }
)  # fmt: skip


def group_for_figure(
    text: str,
    sentence: tuple[int, int],
    figure: tuple[int, int],
    groups: list[GroupMention],
    antecedents: Antecedents,
    unit: str | None = None,
) -> GroupMention | None:
    """The group the figure at ``figure`` (start, end) counts, or None.

    ``groups`` are the group mentions inside ``sentence`` (start, end), in order; ``unit``
    is the noun the figure counts (state forces take no group named after them).
    """
    s_lo, s_hi = sentence
    f_lo, f_hi = figure
    c_lo, c_hi = _clause(text, s_lo, s_hi, f_lo)
    usable = _usable(text, groups, s_lo, s_hi)
    for g in groups:  # 1. "1,000 gunmen of ISIS": asides do not matter right after the figure
        gap_ok = f_hi <= g.start <= f_hi + 45 and _UNIT_GAP.fullmatch(text, f_hi, g.start)
        if f_hi <= g.start <= f_hi + 12 and _FORMER_GAP.fullmatch(text, f_hi, g.start):
            return None  # "some 20,000 former HTS fighters now wear army uniform"
        if gap_ok and not _fought(text, g, s_lo):
            return g
    if _OF_ITS.match(text, f_hi) and unit not in STATE_UNITS:
        # "several thousand of its fighters": the group named last (but "Niger ... relies on
        # roughly 1,800 of its own troops": a state's)
        earlier_named = [g for g in groups if g.end <= f_lo]
        return earlier_named[-1] if earlier_named else antecedents.named
    if _STATE_BACKED.search(text, c_lo, f_lo):
        return None  # "the state-backed Agunechemba outfit now has two thousand operatives"
    before = [g for g in usable if c_lo <= g.start and g.end <= f_lo]
    if unit in STATE_UNITS:  # "responded to the arrival of Wagner by moving 10,000 soldiers"
        before = [
            g for g in before if not _CAUSE_BEFORE.search(text, max(c_lo, g.start - 30), g.start)
        ]
    if before and not (unit in STATE_UNITS and _ANOTHER_CLAUSE.search(text, before[-1].end, f_lo)):
        # 2. (not "X has up to 800 members ..., and a further 1,200 troops will arrive": a
        # state's troops after another figure are not the group's)
        return before[-1]
    its = _ITS_SUBJECT.match(text, c_lo, f_lo)
    if its is not None:  # "Its footprint in Niger remains limited to a few hundred instructors"
        earlier_named = [g for g in groups if g.end <= f_lo]
        return earlier_named[-1] if earlier_named else antecedents.named
    if unit in STATE_UNITS:
        # a state's soldiers are no group's, whatever "the insurgency" nearby refers to
        return None
    # groups named before the figure that "their"/"the group" may mean: not a speaker
    # ("SDF officials estimate their strength at 4,000": the others' strength)
    earlier = [g for g in groups if g.end <= f_lo and not _SPEAKER_AFTER.match(text, g.end)]
    found = _anaphor(text, c_lo, f_lo, antecedents, earlier)  # 3. "The group has 2,000 ..."
    if found is not None:
        return found
    if not earlier:
        found = _it_has(text, c_lo, f_lo, antecedents)
        if found is not None:
            return found
    after = [g for g in usable if f_hi <= g.start and g.end <= c_hi]
    if after:  # 4.
        return after[0]
    found = _anaphor(text, f_lo, s_hi, antecedents, earlier) or _anaphor(
        text, s_lo, c_lo, antecedents, []
    )
    if found is not None:
        return found
    # "The Islamic State Sahel Province is smaller — between 1,000 and 1,500 fighters": the
    # subject of the sentence, across the dash, when no other figure comes between
    before_all = [g for g in usable if g.end <= f_lo]
    if before_all and not _DIGIT.search(text, before_all[-1].end, f_lo):
        return before_all[-1]
    return None


def group_for_concern(
    text: str, sentence: tuple[int, int], groups: list[GroupMention], antecedents: Antecedents
) -> GroupMention | None:
    """The group a hotspot statement is about: the first usable group of the sentence, else
    an anaphor's antecedent, else None."""
    s_lo, s_hi = sentence
    usable = _usable(text, groups, s_lo, s_hi)
    if usable:
        return usable[0]
    found = _anaphor(text, s_lo, s_hi, antecedents, [])
    if found is not None:
        return found
    return next((g for g in groups if not _fought(text, g, s_lo)), None)
