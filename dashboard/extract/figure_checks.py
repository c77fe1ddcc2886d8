"""Which figures of a sentence are force estimates: ``classify_figure`` plus the cases the
claims builder met in news copy that a single-figure rule gets wrong.

Accepted in addition:

* a denial in *another* clause does not reject a figure ("The Taliban, who have an
  estimated 60,000 fighters, deny that ...");
* "1,000 more soldiers", "some 200 of those fighters", "2,000 reservists" (force nouns
  outside the figures lexicon, see :data:`EXTRA_FORCE_UNITS`);
* a figure that a strength noun or a force pronoun sets up: "ISKP's numbers could reach
  10,000 within two years", "a few years ago they were no more than 200".

Rejected in addition: a figure whose noun phrase later surrendered, was killed or was
arrested ("1,400 militants and their family members surrendered"), troops withdrawn or cut
("is due to withdraw 4,000 of them"), reference points ("closer to 5,000 than 3,000") and
figures called "not credible".

These rules belong in :mod:`dashboard.extract.figure_context` eventually; they live here so
the figures module's own tests keep describing its own behaviour.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extract._text import folded, folded_article, guarded, has_any
from dashboard.extract.groups import find_groups
from dashboard.extract.lexicon import EXTRA_FORCE_UNITS, FIGHTERS
from dashboard.extract.numbers import Figure, classify_figure, find_figures, unit_after

__all__ = ["EXTRA_FORCE_UNITS", "force_figures"]

_FORCE = FIGHTERS | EXTRA_FORCE_UNITS
_RESCUABLE = frozenset({"no-unit", "unit", "duration", "people", "rejected", "hypothetical"})

_SEGMENT_BREAK = re.compile(r"[,;:()\"“”]|\s[—–-]\s")
_MORE = re.compile(
    r"\s+(?:more|additional|extra|new|fresh|further|other|of\s+(?:the|its|their)\s+own)\b",
    re.IGNORECASE,
)
_OF_THOSE = re.compile(
    r"\s+of\s+(?:those|these|them|our|your|whom)\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
_OF_WHICH = re.compile(r"\b(?:out\s+of|of)\s+(?:which|whom)\s+$", re.IGNORECASE)
#: Nationality adjectives before the noun: "1,000 Afghan and Pakistani militants".
_NAMES_THEN_NOUN = re.compile(
    # "1,000 Russian National Guard (Rosgvardia) troops"
    r"\s+(?:[A-Z][\w'’\-]*(?:\s*,\s*|\s+(?:and|or)\s+|\s+)){1,4}(?:\([^()]{1,30}\)\s+)?"
    r"(?P<noun>[a-z]+)\b"
)
#: Nationals "of" what follows: "Uzbeks of", "Chechens from the ranks of".
_NATIONALS_OF = re.compile(r"\s+[A-Z][a-z]+s\s+(?:of|in|with)\s+(?:the\s+)?")
_STRENGTH_SETUP_FIRST = (
    "strength", "number", "ranks", "size", "headcount", "total", "tally", "grouping",
    "contingent", "garrison", "deployment", "mobili",
)  # fmt: skip
_STRENGTH_SETUP = guarded(
    # "the grouping could grow to 60,000"
    r"\b(?:strength|numbers?|ranks|size|headcount|total|tally|grouping|contingent|garrison|"
    r"deployment|mobili[sz]ation)\b"
    r"[^.;]{0,60}?\b"
    r"(?:(?:could|may|might|will|would|is\s+expected\s+to|are\s+expected\s+to)\s+)?"
    r"(?:reach|reached|exceed|exceeded|top|topped|hit|rise\s+to|rose\s+to|grow\s+to|grew\s+to|"
    r"swell\s+to|swelled\s+to|double\s+to|stand\s+at|stands\s+at|stood\s+at|put\s+at|"
    r"(?:be\s+)?(?:cut|reduced|lowered|raised|increased|boosted|brought\s+down)\s+to|"
    r"(?:fall|fell|drop|dropped|shrink|shrank)\s+to|"
    r"estimated\s+at|assessed\s+at|reckoned\s+at|is|are|was|were)\s*$",
    _STRENGTH_SETUP_FIRST,
    re.IGNORECASE,
)
_PRONOUN_SETUP_FIRST = (
    "they", "the", "militants", "insurgents", "fighters", "rebels", "jihadists", "gunmen",
    "gangs", "remnants", "cells", "members", "dissidents", "guerrillas", "rivals", "bandits",
    "which", "who", "elements", "cut", "reduc", "raise", "increase", "boost", "lower",
    "brought", "scaled", "put", "youths", "estimated", "attackers", "assailants", "forces",
    "troops", "men", "militiamen", "combatants", "loyalists", "people",
)  # fmt: skip
_PRONOUN_SETUP = guarded(
    r"\b(?:they|the\s+(?:militants|insurgents|fighters|rebels|jihadists|gunmen|group))\s+"
    r"(?:now\s+|still\s+|only\s+)?(?:were|are|number|numbered|numbering|totalled|totaled|total)"
    r"\s*$"
    # "has reduced its forces near the boundary to around 4,000", "could raise its West Bank
    # deployment to 4,000"
    r"|\b(?:cut|cuts|reduced?|reduces|raised?|raises|increased?|increases|boosted?|boosts|"
    r"lowered|lowers?|brought\s+down|scaled\s+(?:back|down))\s+(?:its|their|the)\s+"
    r"(?:[\w'’\-]+\s+){0,3}?(?:forces|troops|presence|contingent|deployment|garrison)\b"
    r"[^.;]{0,60}?\s+to\s*$"
    # "put its armed members across the West Bank at 'several hundred'"
    r"|\bput\s+(?:its|their|the|[A-Z][\w\-]*['’]s)\s+[^.;]{0,80}?\bat\s+[\"“]?$"
    # "put Mahmuda fighters inside the park at 300-400", "I'd put those OLA units at 300"
    r"|\bput\s+(?:those\s+|these\s+|[A-Z][\w\-]*\s+){0,3}(?:fighters|militants|insurgents|"
    r"rebels|gunmen|units|forces|troops|men|members)\b[^.;]{0,60}?\bat\s+[\"“]?$"
    # "the remaining members of the group ... do not exceed 30 individuals"
    r"|\b(?:members|fighters|militants|remnants)\b[^.;:]{0,90}?\b(?:do|does)\s+not\s+exceed\s*$"
    # "Tareq Saleh's National Resistance, which numbers about 20,000"
    r"|\b(?:which|who)\s+(?:now\s+|still\s+)?(?:numbers?|numbered|totals?|totalled|counts?)\s*$"
    # "Residents estimated the attackers at about 200"
    r"|\b(?:estimated|put)\s+(?:the\s+)?(?:attackers|assailants|raiders|gunmen|fighters|militants|"
    r"insurgents)\s+at\s*$"
    # "Haiti gangs now number up to", "IS remnants in the Hamrin hills are estimated at"
    r"|\b(?:militants|insurgents|fighters|rebels|jihadists|gunmen|gangs|remnants|cells|members|"
    # "Tribal armed men of the Dahm, estimated at ...", "people working for Sinaloa-linked
    # traffickers number some 200"
    r"dissidents|guerrillas|rivals|bandits|elements|youths|attackers|assailants|forces|troops|"
    r"men|militiamen|combatants|loyalists|people\s+working\s+for)"
    r"\b(?:(?!killed|wounded|dead|died|arrested|detained|captured|held|displaced|surrendered)"
    r"[^.;:]){0,90}?(?:\s(?:now\s+|still\s+|only\s+)?(?:number|numbered|numbering|"
    r"(?:are|were|is|was)\s+(?:now\s+)?(?:estimated|put|assessed|thought\s+to\s+number)"
    r"(?:\s+by\s+[^.;,]{1,40}?)?\s+at)"
    # "Elements of ISWAP, estimated at several hundred, remain active"
    r"|,\s*estimated\s+at)\s*$",
    _PRONOUN_SETUP_FIRST,
    re.IGNORECASE,
)
#: Verbs whose object is a force's size: "thought to command as many as 3,000".
_COMMAND_BEFORE = re.compile(
    r"\b(?:command|commands|commanded|commanding|field|fields|fielded|muster|musters|"
    r"mustered)\s+$",
    re.IGNORECASE,
)
#: What a named group has shrunk to: "has been reduced to “fewer than 10 people”".
_REDUCED_TO = re.compile(
    r"\b(reduced|dwindled|whittled\s+down|shrunk|shrunken|fallen|down)\s+to\s+[\"“‘']?$",
    re.IGNORECASE,
)
#: A force named as the subject of a growth to the figure: "the armed men around Kindamba
#: could grow to 1,500" (_STRENGTH_SETUP has "their ranks may swell to 3,000").
_GROW_TO = re.compile(
    r"\b(?:fighters|militants|gunmen|men|insurgents|rebels|forces?|"
    r"troops|members)\b[^.;:]{0,60}?\b(?:could|may|might|will|would|is\s+expected\s+to|"
    r"are\s+expected\s+to)\s+(?:grow|swell|rise|increase|climb|double)\s+to\s+$",
    re.IGNORECASE,
)
#: The strength field of a wiki infobox, up to the figure: "| strength1 = ...".
_INFOBOX_STRENGTH = re.compile(r"[ \t]*\|[ \t]*(?:strength|size|manpower)\d*[ \t]*=", re.I)
#: A formation sized by the figure after it: "a guerrilla front of perhaps 40".
_BAND_OF = re.compile(
    r"\b(?:front|column|band|detachment|contingent|squad|company|battalion|brigade|unit)\s+of\s+"
    r"[\"“]?$",
    re.IGNORECASE,
)
#: "one smuggler put them at 'a few dozen'": the fighters named just before.
_PUT_THEM_AT = re.compile(
    r"\b(?:put|puts|estimated|estimates|estimate|placed|places)\s+(?:them|their\s+number|"
    r"their\s+strength|"
    # "SENAFRONT puts the armed men preying on migrants there at fewer than 50", "UN liaison
    # estimates Houthi forces between Damt and Qatabah at 2,000-2,500"
    r"(?:the\s+)?(?:[\w'’\-]+,?\s+){1,10}?)at\s+[\"“]?$|"
    # "Its rival, Rasta City, was put at 'roughly 120'"
    r"\b(?:was|were|is|are)\s+(?:put|estimated|placed)\s+at\s+[\"“]?$",
    re.IGNORECASE,
)
#: A named group with a strength and no noun: "The splinter group JJMP, the Jharkhand Jan
#: Mukti Parishad, has about 40 there".
_GROUP_HAS = re.compile(
    r"\b(?:has|have|had|fields|fielded|commands|(?:is|are|was|were)\s+(?:said|believed|thought|"
    r"reported|estimated)\s+to\s+have)\s+$",
    re.IGNORECASE,
)
#: The force named before, with a strength and no noun: "it had fewer than 500".
_IT_HAD = re.compile(
    r"(?<![Ii]f\s)\b(?:it|they|the\s+(?:group|force|movement|militia|army))\s+"
    r"(?:had|has|have|numbered)"
    r"\s+(?:only\s+|just\s+)?$",
    re.IGNORECASE,
)
#: A share of the force counted before, opening its sentence: "Of those, roughly 120 ...".
_OF_THESE = re.compile(r"\s*Of\s+(?:these|those|them),?\s+(?:\w+\s+)?$")
_GROUP_IS_SMALL = re.compile(
    r"\b(?:group|faction|cell|gang|unit|force|militia|network|movement)\s+is\s+(?:\w+\s+)?"
    r"(?:small|tiny|modest|large|big|sizeable|sizable)\s*[—–-]\s*$",
    re.IGNORECASE,
)
_THOUGHT_TO_HAVE = re.compile(
    r"\b(?:thought|believed|said|estimated|reported|understood)\s+to\s+(?:have|have\s+had|"
    r"command|field)\s+$",
    re.IGNORECASE,
)
#: "In Zvishavane, she said, the number was 'no more than 60'": the force counted before.
_THE_NUMBER_WAS = re.compile(
    r"\bthe\s+(?:real\s+|true\s+|actual\s+)?(?:number|figure|total|count)\s+(?:was|is|stood\s+at|"
    r"stands\s+at)\s+[“\"]?$",
    re.IGNORECASE,
)
#: A strength a named group is said to have: "the KNLA was thought to number about 5,000".
_THOUGHT_TO_NUMBER = re.compile(
    r"\b(?:thought|believed|said|estimated|reported|understood|assessed|reckoned)\s+to\s+"
    r"(?:now\s+|still\s+)?(?:number|count)\s+$",
    re.IGNORECASE,
)
#: A count of people said to be somewhere under arms: "300 of them operate along the border",
#: "a few dozen are sheltering across the border".
_PRESENT_AFTER = re.compile(
    # a share of the force and where it is: "Some 400 of them are around Titao", "about
    # 300 of whom are armed"
    r"\s+of\s+(?:them|whom)\s+(?:are|were|remain|remained)\s+(?:still\s+|now\s+)?(?:in|around|"
    r"near|at|along|across|inside|outside|close\s+to|armed)\b|"
    r"\s+(?:of\s+them\s+)?(?:(?:are|were|remain|remained)\s+)?(?:still\s+|now\s+)?"
    r"(?:operat(?:e|es|ing)|sheltering|hiding|entrenched|stationed|deployed|dug\s+in|"
    r"concentrated|based|active|under\s+arms|in\s+arms|"
    # "where several thousand are thought to remain"
    r"(?:thought|believed|said|reported)\s+to\s+(?:remain|be\s+(?:present|hiding|based|"
    r"active|deployed|stationed)))\b",
    re.IGNORECASE,
)
#: "1,500 of them, concentrated in ..."; not "1,500 of them are Uzbek nationals" (who they
#: are) nor "of them killed".
_OF_THEM = re.compile(
    r"\s+of\s+(?:them|these|those)\b(?!\s+(?:killed|wounded|dead)\b)"
    # "1,200 of them are in the Qandil mountains", not "1,500 of them are Uzbek nationals"
    r"(?!\s+(?:are|were|was|is)\s+(?!in\b|based\b|stationed\b|hiding\b|active\b|deployed\b|"
    r"present\b|concentrated\b|holed\b|sheltering\b|operating\b|now\s+in\b|still\s+in\b|"
    # "fewer than 60 of them are posted in Mirebalais", "are believed to have reached Tawila"
    r"posted\b|positioned\b|garrisoned\b|(?:believed|thought|said|reported|estimated)\s+to\b|"
    # "600 of them were moved to Kauru"
    r"moved\b|sent\b|deployed\b|redeployed\b|transferred\b|shifted\b|relocated\b))",
    re.I,
)
#: What is left of a force counted before: "peaked at 8,000 fighters ... today fewer than
#: 1,000 remain"; not "remain missing", "remain in custody".
_REMAIN_AFTER = re.compile(
    r"\s+(?:still\s+)?(?:remain|remained|are\s+left|were\s+left|stay|stayed)\b"
    r"(?!\s+(?:unknown|unclear|missing|unaccounted|displaced|homeless|in\s+(?:custody|"
    r"detention|prisons?|jails?|camps|hospital)))",
    re.IGNORECASE,
)
#: Words that name some of the people just counted: "including", "among them", "of whom".
_SOME_OF = r"(?:including|among\s+them|among\s+whom|of\s+whom)"
#: Force nouns every pattern below counts; each adds the few of its own.
_FORCE_NOUNS = "fighters|militants|combatants|gunmen|insurgents|rebels|members|troops|soldiers"
_NOUN_BEFORE = re.compile(rf"\b({_FORCE_NOUNS}|guerrillas|militiamen)\s+$", re.I)
_THERE_ARE = re.compile(r"\bthere\s+(?:are|were|remain)\s+$", re.I)
#: What may stand before a figure that opens its sentence: "And a few dozen remain ...".
_OPENS_SENTENCE = re.compile(
    r"\s*(?:[A-Z][A-Za-z .'’\-]{0,40}:\s*)?(?:(?:And|But|Another|Only|Just)\s+)?"
)
#: A share of a force and where it is, right after the figure: "around Monkayo", "move
#: along the boundary", "remain in the forests above Kapalong".
_SHARE_PLACE_AFTER = re.compile(
    r",?\s+(?:(?:still|now|mostly|mainly)\s+)?(?:(?:move|moves|roam|roams|remain|remains|stay|"
    r"stays|live|lives|hide|hides|operate|operates|are|were)\s+)?(?:(?:mostly|mainly|still|now)\s+)?"
    r"(?:in|around|along|near|across|inside|above|below|between|on)\s+(?:the\s+)?[A-Za-z]"
)
#: What may close "there are N": "now", "left", "at most".
_THERE_TAIL = re.compile(
    r"\s*(?:(?:now|today|left|still|any\s?more|at\s+most|in\s+all|altogether|or\s+so)\s*)?"
    # "Around Dodola there are no more than 200, but they are the ones who stop the buses"
    r"(?:[.;]?\s*|,\s*(?:but|and|while|although|though)\b[^\n]*)",
    re.IGNORECASE,
)
#: A share of the force the sentence counted: "..., including about 300 around Goundam".
_INCLUDING_BEFORE = re.compile(rf"\b{_SOME_OF}\s+$", re.I)
#: A force that numbers so many: "Police in Dera Ismail Khan district number some 2,200".
_FORCE_NUMBERS = re.compile(
    rf"\b(?:{_FORCE_NOUNS}|police|policemen|forces|guerrillas|militiamen|cadres)\b[^.;:,]{{0,50}}?"
    r"\s(?:now\s+|still\s+)?(?:number|numbered|total|totalled|totaled)\s+$",
    re.IGNORECASE,
)
#: A figure counting a force: "8,000 fighters", "2,000 Wagner troops".
_COUNTED_FORCE = re.compile(
    rf"\d[\d,.]*\s+(?:[\w'’-]+\s+)?(?:{_FORCE_NOUNS}|jihadists|men|mercenaries|guerrillas|"
    r"regulars|cadres)\b",
    re.I,
)
_OTHER_PEOPLE = re.compile(
    r"\b(?:displaced|refugees|civilians|residents|families|children|fled|killed|dead|"
    r"detainees|prisoners|migrants|returnees|villagers|homicides|killings|murders|deaths|"
    r"victims|districts|provinces|counties)\b",
    re.IGNORECASE,
)
_FORCE_NOUN_WORDS = rf"{_FORCE_NOUNS}|jihadists|forces|officers|policemen|personnel|guards"
_FORCE_NOUN_BEFORE = re.compile(rf"\b(?:{_FORCE_NOUN_WORDS})\b", re.I)
#: A force named, then its size between commas: "The French contingent, around 1,500,",
#: "Armed Gabra herders, estimated at 150,", "PDF units, ~150,".
_APPOSITIVE_BEFORE = re.compile(
    rf"(?:\barmed\s+[\w\-]+(?:\s+[\w\-]+)?|\b(?:{_FORCE_NOUNS}|guerrillas|militiamen|"
    r"contingent|units?|battalions?|brigades?|militias?|forces|garrison))\s*,\s*~?$",
    re.IGNORECASE,
)
_COMMA_AFTER = re.compile(r"\s*,")
#: _FORCE_NOUN_BEFORE, and the people an estimate "puts at" a figure: "puts the armed men
#: preying on migrants there at fewer than 50".
_PUT_FORCE_BEFORE = re.compile(
    rf"\b(?:{_FORCE_NOUN_WORDS}|guerrillas|militiamen|armed\s+men)\b", re.I
)
_ARE_FORCE = re.compile(
    r"\s+(?:are|were|remain)\s+(?:(?:armed|active|trained|full-time|hardened)\s+)?"
    r"(?P<noun>fighters|combatants|militants|gunmen|insurgents|rebels|soldiers|troops)\b",
    re.IGNORECASE,
)
_PHONE_BEFORE = re.compile(
    r"\b(?:toll-free|hotline|helpline|phone|telephone|dial|call|emergency)\s+(?:number\s+|"
    r"line\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_ESTIMATED_AT = re.compile(
    r"(?:an?\s+)?(?:estimated\s+at|(?:does|do|did)\s+not\s+exceed)\s+", re.IGNORECASE
)
_AFTER_EVENT = re.compile(
    # up to a long name between: "At least 28 members of the Volunteers for the Defence of
    # the Homeland (VDP) were killed"
    # (not across a new subject: "commanded 300 gunmen ... before he was killed")
    r"(?:\s+(?!who\b|which\b|that\b|before\b|after\b|when\b|until\b|because\b|he\b|she\b)"
    r"[\w'’\-()]+){0,14}?\s+"
    r"(?:(?:(?:were|was|have\s+been|had\s+been|has\s+been|got)\s+)"
    r"(?:killed|martyred|slain|wounded|injured|arrested|captured|detained|abducted|kidnapped|"
    r"executed|displaced|"
    # "motorbikes - 40 of them were seized in a raid": goods, not men
    r"seized|confiscated|impounded|destroyed|torched|burned|burnt|stolen|disarmed|"
    r"demobili[sz]ed|reintegrated|decommissioned|"
    # "Three men were found shot dead beside the road"
    r"found\s+(?:shot\s+)?dead)"
    r"|(?:(?:have|had|has)\s+)?(?:surrendered|defected|died|perished|fled|martyred|"
    # "2,300 rebels and supporters have returned to the fold"
    r"returned\s+to\s+the\s+fold|rejoined\s+(?:society|the\s+fold))"
    r"|[\"“]?(?:attained|embraced)\s+martyrdom"
    # "84 Russian paramilitaries killed in an ambush", "12 soldiers who fell"
    r"|(?:killed|slain|wounded|injured)\s+(?:in|by|during|when|on|at|near)"
    r"|who\s+(?:fell|died|perished|were\s+killed|lost\s+their\s+lives)"
    # "three members of our armed forces lost their lives", "14 terrorists neutralised,"
    r"|lost\s+their\s+lives"
    # "1,200 former rebels have handed in their weapons"
    r"|(?:(?:have|has|had)\s+)?(?:handed\s+(?:in|over)|laid\s+down|turned\s+in)\s+(?:their\s+)?"
    r"(?:weapons|arms)"
    r"|(?:neutrali[sz]ed|eliminated|liquidated|killed|captured|arrested|detained)(?=\s*[,;.]|"
    r"\s+and\b))\b",
    re.IGNORECASE,
)
_BEFORE_CUT_FIRST = (
    "withdr", "pull", "cut", "reduc", "demobili", "disarm", "repatriat",
)  # fmt: skip
_BEFORE_CUT = guarded(
    r"\b(?:withdraw|withdrew|withdrawn|withdrawing|pull\s+out|pulled\s+out|pulling\s+out|"
    r"cut|cutting|reduce|reduced|reducing|demobili[sz]e|demobili[sz]ed|disarm|disarmed|"
    r"repatriate|repatriated)\s+(?:(?!to\s)\w+\s+){0,2}$",
    _BEFORE_CUT_FIRST,
    re.IGNORECASE,
)
#: Prisoners: "the SDF holds around 9,000 suspected ISIS fighters in its prisons".
_HELD_BEFORE_FIRST = (
    "hold", "held", "detain", "detention", "jail", "imprison", "arrest",
)  # fmt: skip
_HELD_BEFORE = guarded(
    r"\b(?:holds?|held(?!\s+by\b)|holding|detains?|detained|jails?|jailed|imprisons?|imprisoned|"
    r"(?:detention|arrests?|jailing|imprisonment)\s+of)\s+"
    r"(?:\w+\s+){0,2}$",
    _HELD_BEFORE_FIRST,
    re.IGNORECASE,
)
_HOLDS = re.compile(r"holds?\b", re.IGNORECASE)
_CAPTIVE_AFTER = re.compile(
    r"(?:\s+[\w'’\-]+){0,3}?\s+(?:captive|prisoners?|hostages?|detainees?|incommunicado)\b",
    re.IGNORECASE,
)
#: Units counted, then restated as men: the second figure is the estimate.
_RESTATED_AFTER = re.compile(
    # "two more CRPF battalions, about 2,000 personnel", "two MILF base commands with maybe
    # 300 armed members"
    r"\s+(?:more\s+|additional\s+|new\s+|extra\s+|further\s+)?(?:[\w\-]+\s+){0,2}?(?:battalions?|"
    r"brigades?|companies|regiments?|divisions?|squadrons?|units|commands|cells|columns|"
    r"platoons|fronts)\s*(?:,\s*|,?\s*(?:\(\s*)?(?:or|i\.e\.|that\s+is|totall?ing|comprising|with)\s+)"
    r"(?:about|some|around|roughly|nearly|up\s+to|more\s+than|over|an\s+estimated|a\s+total\s+of|"
    r"maybe|perhaps)?\s*\d",
    re.IGNORECASE,
)
#: A figure the sentence denies: "There are not hundreds of militants in Pankisi", "the group
#: does not have 5,000 fighters" (not "not more than 300": the qualifier is the figure's).
_DENIED_BEFORE = re.compile(
    r"\b(?:there\s+(?:are|were|is|was)\s+not|there\s+(?:aren|weren|isn|wasn)['’]t|"
    r"(?:does|do|did|would|will)\s+not\s+(?:have|field|command|number|need)|(?:doesn|don|didn|"
    r"wouldn|won)['’]t\s+(?:have|field|command|number|need))\s+"
    r"(?:even\s+|nearly\s+|anything\s+like\s+)?$",
    re.IGNORECASE,
)
_HELD_AFTER = re.compile(
    r"(?:\s+[\w'’\-]+){0,5}?\s+(?:in|at)\s+(?:(?:its|their|the|his|[A-Z][\w\-]*-run)\s+)*"
    r"(?:prisons?|jails?|detention|custody|prison\s+camps?)\b",
    re.IGNORECASE,
)
_BODY_AFTER = re.compile(
    r"[\s\-‐‑]*(?:member|seat|strong|members\s+of\s+the)?\s+(?:[\w\-]+\s+){0,2}?(?:commission|"
    r"committee|council|"
    r"delegation|panel|board|parliament|assembly|cabinet|jury|senate|house|legislature)\b",
    re.IGNORECASE,
)
#: A need stated after the force: "... would be required", "... will be needed".
_WOULD_BE_NEEDED = r"(?:would|will|could)\s+(?:be\s+)?(?:needed|required|necessary)\b"
_UNDER_ARMS = re.compile(r"\s+(?:\w+\s+)?(?:under|in)\s+arms\b", re.IGNORECASE)
_NOBODY_HAS = re.compile(r"\b(?:no\s+one|nobody|no\s+army|no\s+country)\s+(?:has|had)\s+$", re.I)
_AGE_AT = re.compile(
    r"\b(?:recruited|joined|enlisted|conscripted|abducted)\s+(?:as\s+young\s+as|at(?:\s+the\s+age"
    r"\s+of)?)\s+$",
    re.IGNORECASE,
)
#: Members of a house or committee, capitalised as a title: "PRESENT: ... and 9 Members".
_MEMBERS_TITLE = re.compile(r"\s+Members\b")
#: A force a relative clause says would be needed: "5,000 troops that, according to
#: analysts in Juba, would be required to secure the road".
_NEEDED_LATER = re.compile(
    rf"\s+(?:[\w'’\-]+\s+){{0,3}}?(?:that|which)\b[^.;]{{0,120}}?\b{_WOULD_BE_NEEDED}",
    re.IGNORECASE,
)
_UNIT_SIZE = re.compile(
    r"\b(?:cells|groups|units|squads|teams|bands|columns|convoys|patrols)\s+of\s+"
    r"(?:between\s+|up\s+to\s+|about\s+|around\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_EVACUATED_BEFORE = re.compile(
    r"\b(?:evacuation|evacuated|evacuating|rescue|rescued|rescuing)\s+(?:of\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
#: The gap between two coordinated counts: " soldiers and ", " troops, ".
_AND_ANOTHER = re.compile(r"\s+(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+(?:\s*,\s*|\s+)(?:and\s+)?")
#: The rest of a clause that shares the event before it ("..., and more than 400 supporters").
_AND_SAME_EVENT = re.compile(r"\s+(?:[\w'’\-]+\s+){0,8}?[\w'’\-]+\s*,\s*and\s+")
_OWN_VERB = re.compile(
    r"\b(?:are|is|were|was|remain\w*|have|has|had|operat\w*|stay\w*|hold\w*|control\w*)\b",
    re.IGNORECASE,
)
#: A short question after the figure's sentence ("Is that correct?", "Your reaction?").
_QUESTION_NEXT = re.compile(r"\s*[^.?!\n]{1,80}\?")
_BODIES_OF = re.compile(r"\b(?:bodies|remains|corpses)\s+of\s+$", re.IGNORECASE)
_SOURCE_COUNT = re.compile(
    r"\b(?:according\s+to|interviewed|surveyed|polled|spoke\s+(?:to|with)|talked\s+to|"
    r"interviews?\s+with)\s+$",
    re.IGNORECASE,
)
_NEXT_CLAUSE = re.compile(r"[^.;]{0,80};\s*")
#: A band's size per action: "ambushes with 30 or 40 men at a time".
_AT_A_TIME = re.compile(
    r"\s+(?:[\w'’\-]+\s+){0,2}?(?:at\s+a\s+time|per\s+(?:attack|raid|ambush|vehicle|"
    # "30 motorbikes, three men on each", "two gunmen per motorcycle"
    r"motorbike|motorcycle|bike|truck|pick-?up|boat|car|canoe|cell|unit)|(?:on|in)\s+each|"
    r"apiece)\b",
    re.I,
)
_ASIDE = re.compile(
    r"[^,;.]{0,40},\s*(?:including|among\s+them|such\s+as|who|which|(?:many|most|some|all)\s+"
    r"of\s+them|aged)\b[^;.]{0,160}?,"
)
#: A figure inside an aside on the subject: "Eleven people, among them three officers, ...".
_IN_ASIDE = re.compile(rf",\s*{_SOME_OF}\s+$", re.I)
#: The claim a rejection is aimed at, opening the words that hold the figure: "rejected
#: claims by IPOB that the army had 50,000 soldiers", "denied reports that ...".
_CLAIM_THAT = re.compile(
    r"\b(?:claims?|allegations?|assertions?|reports?|suggestions?|rumou?rs?|statements?|posts?|"
    r"messages?|videos?|(?:posts?|messages?|videos?|accounts?|channels?)\s+claiming)(?:\s+"
    r"(?:(?:by|of|from|in|on)\s+[^,.;]{1,40}?\s+|(?:last|this|earlier\s+this)\s+\w+\s+|"
    # "the misleading claim circulating on social media that"
    r"(?:circulating|circulated|made|spread|published|posted|repeated|shared)\s+(?:[\w'’]+\s+){1,4}?)?|"
    # "the claim, circulated by accounts linked to the khawarij, that"
    r",\s+[^,.;]{1,80},\s+)that\b",
    re.IGNORECASE,
)
#: What would suffice, not a force: "Two hundred on the right road is enough".
_ENOUGH_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:is|are|would\s+be|will\s+be|was)\s+(?:more\s+than\s+|quite\s+)?enough\b",
    re.IGNORECASE,
)
#: A counterfactual: "If they had 200 fighters in Apayao, we would be fighting every week".
_IF_THEY_HAD = re.compile(
    r"\b[Ii]f\s+(?:they|it|the\s+\w+)\s+(?:really\s+|actually\s+|truly\s+)?(?:had|commanded|fielded)\s+$"
)
_THEN_WOULD = re.compile(r"[^.;]{0,80}?,\s+(?:\w+\s+){1,2}?would\b")
#: Members of a body: "the Joint Military Commission, made up of five officers from each side".
_BODY_MADE_OF = re.compile(
    r"\b(?:commission|committee|council|panel|delegation|board|team)\b[^.;]{0,30}?\b(?:made\s+up\s+"
    r"of|composed\s+of|consisting\s+of|comprising)\s+$",
    re.IGNORECASE,
)
#: The armed share named after a total: "1,200 registered members, about 300 of whom are armed".
_OF_WHOM_ARMED = re.compile(
    r"[^.;]{0,80}?,\s+(?:about|some|around|roughly|nearly|only|just|perhaps|maybe)?\s*[\d,]+\s+of\s+"
    r"whom\s+(?:are|were|carry|bear|have|own)\s+(?:armed|weapons|arms|guns|firearms)\b",
    re.IGNORECASE,
)
_HARMED = r"(?:killed|killing|wounded|wounding|injured|injuring|abducted|kidnapped)"
#: More of the harmed after "and": "killed a district police chief and four of his guards".
_KILLED_AND = re.compile(
    rf"\b{_HARMED}\s+(?:an?|the|two|three|several|\d+)\b[^.;,]{{0,50}}?\band\s+$",
    re.IGNORECASE,
)
#: Some of the dead or wounded, named after them: "killed 12 people, including two police
#: officers", "wounded nine, among them three soldiers".
_CASUALTIES_INCLUDING = re.compile(
    rf"\b(?:{_HARMED}|dead)\b[^.;:]{{0,60}}?\b{_SOME_OF}\s+(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
#: People counted who bear no arms: relatives of the force.
_KIN_BEFORE = re.compile(r"\b(?:family\s+members|families|relatives|dependants|dependents)\b", re.I)
#: A people counted, not a force: "the Munduruku Indigenous people, who number about 14,000".
_POPULATION_WHO = re.compile(
    r"\b(?:people|peoples|population|inhabitants|residents|villagers|communit(?:y|ies)|tribes?|"
    r"clans?)\s*,?\s+(?:who|which)\s+(?:now\s+)?(?:number|total)\s+$",
    re.IGNORECASE,
)
#: The claim a rejection is aimed at, named before the figure it quotes: "a claim of",
#: "a Russian television report's figure of", "reports circulating on social media of".
_CLAIM_OF = re.compile(
    r"\b(?:claims?|boasts?|talk|rumou?rs?|figures?|numbers?|reports?|estimates?|tall(?:y|ies)|"
    r"statements?)(?:\s+[\w'’\-]+){0,8}?\s+of\s+[\"“‘']?$",
    re.IGNORECASE,
)
#: An appositive that turns down the figure just given: ", a figure X dismissed as ..."
#: (not "a claim Garowe neither confirmed nor denied").
#: A figure mocked in the words after it: 'a figure a Kabul-based analyst described as
#: "wishful thinking"', "a number rivals ridicule".
_FIGURE_MOCKED = re.compile(
    r"[^.;]{0,60}?,\s+(?:a\s+(?:figure|number|claim|estimate|tally)|which)\s+[^.;]{0,50}?"
    r"\b(?:ridicul\w*|mock(?:ed|s)?|(?:described|branded|called|dismissed)\s+as\s+[\"“]?(?:wishful|"
    r"propaganda|fantasy|fiction|exaggerat\w*|inflated|absurd|laughable|nonsense|a\s+bluff|bluster))",
    re.IGNORECASE,
)
_FIGURE_REJECTED = re.compile(
    r"[^.;]{0,60}?,\s+(?:a\s+(?:figure|number|claim|estimate|tally)|which)\s+[^.;]{0,50}?"
    r"(?<!\snor )(?<!\snot )\b(?:dismiss|den(?:y|ies|ied)|reject|disput|refut)",
    re.IGNORECASE,
)
#: A figure nobody believes: "100,000 fighters, a figure no diplomat we met takes seriously"
#: (one that some "dispute" is still the speaker's estimate).
_NOBODY_BELIEVES = re.compile(
    r"[^.;]{0,60}?,\s+(?:a\s+(?:figure|number|claim|estimate|tally)|which)\s+(?:(?:no|few)\b"
    r"[^.;]{0,50}?\b(?:takes?\s+(?:it\s+)?seriously|believes?|credits?|accepts?)\b|"
    # ", a figure local commanders and foreign diplomats treat as bluster"
    r"[^.;]{0,60}?\b(?:treats?|regards?|sees?|describes?|dismiss(?:es)?)\s+as\s+(?:mere\s+|pure\s+)?"
    r"(?:bluster|propaganda|exaggerat\w*|fantasy|fiction|boasting|inflated|wishful))",
    re.IGNORECASE,
)
#: The next sentence turns down the claim just made: "Its leaders claim 5,000 members. We do
#: not consider this credible" (the writer's own estimate may follow; it stands).
DISMISSAL_OPENING = re.compile(
    # what may open it: a transcript's timestamp or a chat export's date ("[00:04:12]",
    # "02/12/2026, 07:47 -"), an interview's answer label or a speaker's ("MINISTER:",
    # "DGP (Shri Mahto):"), a warning sign, a stage direction, a polite opener ("With
    # respect,"), the chair addressed ("Madam Speaker,") or a quotation mark
    r"\s*(?:\[[\d:]+\]\s*|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*[-–]\s*)?"
    r"(?:A\s*[:.]\s*|[A-Z][A-Za-z .'’\-]{1,40}(?:\s*\([^)\n]{1,40}\))?:\s*)?(?:⚠️?\s*)?"
    r"(?:\((?:laughs|laughing|sighs|chuckles|pause)\)\s*)?"
    r"(?:(?:Respectfully|With\s+respect|Frankly|Honestly),\s*)?"
    r"(?:(?:Madam|Mr\.?)\s+Speaker,\s*)?[\"“]?"
    # "In our assessment that figure is a fiction"
    r"(?:In\s+(?:our|my)\s+(?:assessment|view|judge?ment|estimate|opinion),?\s+)?"
    r"(?:(?:We|I|They|Analysts|Experts|Observers|Officials|Diplomats|Researchers)\s+"
    r"(?:(?:do|did)\s+not|don['’]t|didn['’]t)\s+(?:consider|believe|find|regard|accept|take|use|trust)\s+"
    r"(?:this|that|it|the\s+(?:figure|claim|number|tally))|"
    # "Décéus laughed at the figure."
    r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+(?:laughed|scoffed)\s+at\s+(?:the|this|that)\s+"
    r"(?:figure|claim|number|boast)|(?:This|That|The)\s+(?:figure|claim|number|tally)?"
    r"\s*(?:is|was|seems|looks)\s+(?:\w+\s+and\s+)?(?:not\s+credible|not\s+serious|implausible|"
    r"baseless|false|untrue|"
    r"(?:wildly\s+|greatly\s+)?(?:exaggerated|inflated|overstated)|(?:far|much|way)\s+too\s+"
    r"(?:low|high)|an?\s+(?:exaggeration|fantasy|fiction|boast)|"
    # "that figure is completely wrong", "that is not a serious number"
    r"(?:completely\s+|totally\s+|simply\s+|just\s+)?(?:wrong|incorrect|not\s+correct)|"
    r"not\s+a\s+serious\s+(?:number|figure))|"
    # "An army spokesman dismissed the claim as propaganda."
    r"(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w'’\-]*\s+){1,5}?(?:dismiss(?:es|ed)?|reject(?:s|ed)?|"
    r"den(?:y|ies|ied)|dispute[sd]?)\s+"
    r"(?:the|this|that)\s+(?:figure|claim|number|boast)|"
    # "Every contact we spoke to dismissed this; we do not use it" (a denial by those the
    # figure accuses is no dismissal: "The de facto authorities deny this")
    r"(?:[A-Za-z][\w'’\-]*\s+){1,6}?dismiss(?:es|ed)?\s+(?:this|that|it)(?=\s*[;.,])|"
    # "We consider this figure inflated"
    r"(?:We|I|They|Analysts|Experts|Officials|Diplomats)\s+(?:consider|regard|find|believe)\s+"
    r"(?:this|that|the)\s+(?:figure|claim|number)\s+(?:to\s+be\s+)?(?:inflated|exaggerated|"
    r"overstated|false|implausible|baseless)|"
    r"Few\s+(?:believe|accept|credit)\s+(?:it|this|that|the\s+(?:figure|claim))|"
    # "; we found no trace of such a force and consider the figure baseless", "we assess
    # this as not credible"
    r"(?:we|I)\s+(?:[^.;]{0,60}?\s)?(?:consider|regard|deem|assess|judge)\s+(?:this|that|it|the\s+"
    r"(?:figure|claim|number))\s+(?:as\s+|to\s+be\s+)?(?:baseless|false|not\s+credible|inflated|"
    r"exaggerated|implausible|unfounded|fanciful)|"
    # "recycled propaganda"
    r"(?:recycled\s+|pure\s+|more\s+)?propaganda\b|"
    # '"Pure fantasy, meant to frighten villagers," said ...', "Nonsense."
    r"(?:(?:pure|sheer|utter|complete|total)\s+)?(?:fantasy|fiction|nonsense|bravado|bluster|"
    r"rubbish)(?=\s*[,.;!—–])|(?:A|Pure)\s+bluff(?=\s*[,.;!—–])|"
    # a reader's doubt about what they read: "I read that there are 10,000 ... Is that true???"
    r"(?:Is|Are)\s+(?:that|this|it|they)\s+(?:really\s+)?(?:true|real|legit)(?=\s*\?)|"
    # "partners do not use that figure", "the forum does not accept this claim"
    r"(?:[\w'’\-]+\s+){1,3}?(?:do|does|did)\s+not\s+(?:use|accept|credit|retain)\s+(?:this|that|"
    r"it|the|such)\b|"
    # "they are not counted" (people linked to the networks, not members)
    r"(?:they|these|those)\s+(?:are|were)\s+not\s+(?:counted|included)\b|"
    # "Our neighbours laugh; they have heard such numbers since 1982", "Not credible;
    # disregard."
    r"[A-Z][\w'’]*\s+(?:[\w'’]+\s+){0,4}(?:laugh|laughs|laughed|scoff|scoffs|scoffed)(?=\s*[;,.])|"
    # an answer that opens with a laugh at the figure the question put: "MC: ... claiming
    # 5,000 BIFF jihadists ... NM: (laughs) That page is run by a troll farm."
    r"\((?:laughs|laughing|chuckles|scoffs)\)\s*(?=[A-Z])|"
    r"Not\s+credible\b|Disregard\b|"
    # a chat admin's "FAKE." / "Fake news!"
    r"(?-i:FAKE)\b|(?-i:Fake)\s+news\b|"
    # "That page is fake news", "It is not true" (a speaker's label may open it)
    r"(?:That|This|It)\s+(?:(?:page|post|report|claim|story|video|account|channel|rumou?r)\s+)?"
    r"(?:is|was)\s+(?:fake\s+news|not\s+true|untrue|a\s+hoax)|"
    # "That is absurd", "That number exists on paper"
    r"(?:That|This|It)(?:\s+is|['’]s)\s+(?:absurd|ridiculous|nonsense|laughable|a\s+lie|"
    r"propaganda|theat(?:er|re)|"
    r"(?:pure\s+)?fantasy|an?\s+(?:fabrication|invention|fiction))|"
    # "Nothing we have seen supports it", "The mission has found nothing to support that
    # figure"
    r"Nothing\s+(?:we\s+have\s+(?:seen|found)\s+)?supports\s+(?:it|this|that|the\s+(?:figure|"
    r"claim))|(?:[\w'’\-]+\s+){1,4}?(?:has\s+|have\s+)?(?:found|seen)\s+nothing\s+to\s+support\s+"
    r"(?:it|this|that|the)|"
    # "We regard that figure as propaganda", "Nobody I spoke to believes it"
    r"(?:We|I|They|Analysts|Experts|Officials|Diplomats)\s+(?:regard|see|treat|view)\s+(?:this|"
    r"that|the)\s+(?:figure|claim|number)\s+as\s+(?:propaganda|bluster|fiction|a\s+fabrication|"
    r"(?:wildly\s+|greatly\s+|grossly\s+)?(?:inflated|exaggerated|overstated|false|implausible|"
    r"baseless))|"
    r"(?:Nobody|No\s+one)\b[^.]{0,60}?\b(?:(?:believes|believed|accepts|accepted|credits)\s+(?:it|"
    r"this|that|the\s+(?:figure|claim|number))|(?:takes|took)\s+(?:it|this|that|the\s+(?:figure|"
    r"claim|number))\s+seriously)|"
    # "The Department wishes to state clearly that such figures have no basis"
    r"[^.]{0,100}?\b(?:such|these|those|that|this)\s+(?:figures?|claims?|numbers?)\s+(?:have|has|"
    r"had|are|were|is|was)\s+(?:no\s+basis|without\s+(?:any\s+)?(?:basis|foundation)|baseless|"
    r"unfounded)|"
    # "The claim was not corroborated by any source"
    r"(?:The|This|That)\s+(?:figure|claim|number)\s+(?:was|is|has|could)\s+(?:not|never)\s+"
    r"(?:been\s+|be\s+)?(?:corroborated|confirmed|verified|substantiated)|"
    # "Several partners disagreed ...; the chair noted the disagreement and the figure was
    # not retained"
    r"[^.]{0,120}?\b(?:the|this|that)\s+(?:figure|claim|number)\s+(?:was|is|has\s+been)\s+not\s+"
    r"(?:retained|accepted|used|adopted)|"
    # "The police spokesman called it 'fake and mischievous'"
    r"(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w'’\-]*\.?,?\s+){1,8}?(?:called|calls|has\s+called)\s+(?:it|"
    r"this|that|the)(?:\s+(?:figure|claim|number|banner|clip|video|message))?\s+[\"“]?(?:pure\s+|"
    r"a\s+|an\s+)?(?:gross\s+|wild\s+|huge\s+|massive\s+)?(?:fake|false|fabricat\w*|propaganda|intimidation|fiction|fantasy|nonsense|"
    r"baseless|"
    r"absurd|exaggerat\w*|lies?|bluster|fairy[\s-]?tale|myth|double\s+counting|joke|mischie\w+|"
    r"rubbish|laughable|ridiculous|invention)|"
    # "I cannot confirm that figure", "That is not remotely credible"
    r"(?:I|We)\s+(?:cannot|can['’]t|could\s+not|can\s+not)\s+confirm\s+(?:that|this|the)\s+"
    r"(?:figure|number|claim)|(?:That|This|It)\s+is\s+not\s+(?:remotely\s+|at\s+all\s+)?"
    r"credible|"
    r"(?:That|This|The)\s+(?:number|figure)\s+exists\s+(?:only\s+)?on\s+paper|"
    # "Neither the police, nor researchers ..., give that number any credence"
    r"(?:Neither|Nobody|No\s+one|Few)\b[^.]{0,100}?\b(?:give|gives|lend|lends)\s+(?:that|this|"
    r"the)\s+(?:number|figure|claim)\s+(?:any|much)\s+credence)\b",
    re.IGNORECASE,
)
#: Words that turn a figure down, whatever the sentence around them: the fallback for
#: dismissals DISMISSAL_OPENING does not spell out. Each needs a word pointing back at the
#: figure (a _BACK_NOUN, or "it", "this", "that") in the same clause, and none may be negated.
_DISMISS_TERM = (
    r"(?:(?:a\s+)?(?:gross|grossly|wild|wildly|hugely|massively)\s+(?:exaggerat\w*|inflated|"
    r"overstated|overblown)|fantas(?:y|ies|tical)|fiction(?:al)?|fabricat\w*|invented|invention|propaganda|"
    r"baseless|unfounded|groundless|implausible|not\s+(?:remotely\s+|at\s+all\s+)?credible|"
    r"no\s+credib\w+|lacks?\s+(?:any\s+)?credib\w+|absurd|nonsense|ridiculous|laughable|bluster|"
    r"empty\s+talk|bravado|(?:a\s+)?boast\b|boasting|bragging|laugh(?:ed|s)?|scoff(?:ed|s)?|"
    r"intimidation|scare\s+tactics?|psychological\s+warfare|ridicul\w*|mock(?:ed|s)?|(?:a\s+)?bluff(?:ing)?|theat(?:er|re)|"
    r"(?:a\s+)?(?:recruiting\s+|propaganda\s+)?slogan|not\s+a\s+number|wishful\s+thinking|a\s+myth|(?-i:FAKE)|fake|false|untrue|a\s+lie|lies|"
    r"no\s+basis|without\s+(?:any\s+)?(?:basis|foundation)|not\s+retained|disregard(?:ed)?|"
    r"debunk(?:s|ed)?|far[\s-]fetched|unsupported|not\s+supported\s+by|no\s+evidence|"
    r"nothing\s+to\s+support|hoax|pure\s+guesswork|a\s+joke|fear-?mongering|scaremongering|"
    r"contradicts?|contradicted|"
    r"not\s+(?:a\s+)?(?:serious|real)\s+(?:number|figure|estimate))"
)
_BACK_NOUN = (
    r"(?:figures?|numbers?|claims?|estimates?|tally|tallies|count|totals?|boasts?|"
    r"assertions?|allegations?|videos?|posts?|messages?|quotes?|broadcasts?|statements?|"
    r"communiqu[ée]s?|pamphlets?|banners?|recordings?)"
)
_NOT_BEFORE = re.compile(r"\b(?:not|never|no|n['’]t|hardly)\s+(?:\w+\s+)?$", re.IGNORECASE)
_DISMISSED = re.compile(
    # a noun pointing back, the term after it in the clause ("the ministry called the
    # figure wildly inflated") or before it ("dismissed as propaganda the claim")
    rf"\b(?:the|this|that|these|those|such)\s+(?:[\w\-]+\s+){{0,2}}?{_BACK_NOUN}\b[^.;:?!\n]{{0,90}}?\b(?P<a>{_DISMISS_TERM})\b|"
    rf"\b(?P<b>{_DISMISS_TERM})\b[^.;:?!\n]{{0,40}}?\b(?:the|this|that|these|those|such)\s+"
    rf"(?:[\w'’\-]+\s+){{0,2}}?{_BACK_NOUN}\b|"
    # a pronoun: "it is fantasy", "that is a gross exaggeration", "dismissed it as bluster",
    # "called it pure fiction"
    rf"\b(?:it|this|that)\s+(?:is|was|'s|’s|seems|sounds|looks)\s+(?:\w+\s+){{0,2}}?"
    rf"(?P<c>{_DISMISS_TERM})\b|"
    rf"\b(?:dismiss\w*|reject\w*|discount\w*|call(?:s|ed)?|describ\w+|brand(?:s|ed)?)\s+"
    rf"(?:it|this|that|them)\s+(?:as\s+)?[\"“‘']?(?:\w+\s+){{0,2}}?(?P<d>{_DISMISS_TERM})\b|"
    # "No independent researcher accepts that number", "few analysts believe it"
    # "a U.N. official said nobody took that number seriously", "None of the diplomats, aid
    # workers or residents interviewed accepted that figure"
    r"\b(?P<e>(?:no|few|nobody|none\s+of)\s+(?:[\w'’\-]+,?\s+){0,10}?(?:who\s+)?"
    # "No official or independent source backs that number", "None of the analysts
    # considered the figure credible", "It is a figure no diplomat ... takes seriously"
    r"(?:(?:back|corroborate|confirm)(?:s|ed)?\s+(?:it|this|that|these|those|such|the)\b|"
    r"(?:consider(?:s|ed)?|deem(?:s|ed)?|f(?:i|ou)nds?|thought|regard(?:s|ed)?)\s+(?:it|this|that|"
    r"the)\s+(?:\w+\s+)?(?:credible|plausible|reliable|accurate)|(?:takes?|took)\s+seriously\b|"
    r"(?:accept|believe|credit|support)"
    r"(?:s|ed|d)?\s+(?:it|this|that|these|those|such|the)\b|(?:takes?|took)\s+(?:it|this|that|"
    r"the)\s+(?:\w+\s+)?seriously)|"
    # "Drone images of the port contradict that", "Nothing in the imagery supports a number
    # of that order"
    r"\bcontradict(?:s|ed)?\s+(?:it|this|that|them)\b|(?:could|can)\s*not\s+vouch\s+for\s+"
    r"(?:it|this|that|them|the)\b|\bnothing\b[^.;]{0,40}?\bsupports?\s+"
    r"(?:it|this|that|them|such|a\s+(?:number|figure))\b)",
    re.IGNORECASE,
)
#: Every _DISMISSED match holds one of these (lower case): the cheap test before the regex.
_DISMISSED_STEMS = (
    "exaggerat", "inflated", "overstated", "overblown", "fantas", "fiction", "fabricat",
    "invent", "propaganda", "baseless", "unfounded", "groundless", "implausible", "credib",
    "absurd", "nonsense", "ridiculous", "laughable", "bluster", "empty talk", "wishful", "myth",
    "fake", "false", "untrue", "lie", "basis", "foundation", "retained", "disregard", "debunk",
    "fetched", "support", "evidence", "hoax", "guesswork", "joke", "mongering", "contradict",
    "vouch", "accept", "believ", "credit", "serious", "real ", "bravado", "boast", "brag",
    "bluff", "theater", "theatre", "slogan", "not a number", "back", "corroborat", "confirm",
    "plausib", "reliab", "accura", "laugh", "scoff", "intimidat", "scare", "psychological",
    "ridicul", "mock",
)  # fmt: skip
_NUMBER_WORD = re.compile(r"\b(?:hundreds?|thousands?|dozens?|millions?)\b", re.IGNORECASE)
#: Where the next sentence ends: its first full stop (not an abbreviation's: "A U.N.
#: official"), question or exclamation mark, or line break, within 240 characters.
_NEXT_SENTENCE = re.compile(r"\s*[^\n]{0,240}?(?:[.!?](?<!\.[A-Z]\.)(?=\s|$)|\n|$)")
_HAS_DIGIT = re.compile(r"\d")


def dismissed_after(text: str, end: int) -> bool:
    """True when the sentence after ``end`` turns down the figure before it in words the
    spelled-out openings miss ("Diplomats in Niamey called the number a gross
    exaggeration"): a word of dismissal, a word pointing back at the figure, no negation
    ("not inflated") and no figure of its own (that would be the one turned down: "dismissed
    as fiction the movement's claim that it commands 5,000"). Plain "exaggerated" or
    "inflated" is left alone: it is as often a rival's retort, and the estimate stands."""
    if not has_any(folded(text[end : end + 240]), _DISMISSED_STEMS):
        return False  # most next sentences hold no word of dismissal: no regex
    nxt = _NEXT_SENTENCE.match(text, end)
    if nxt is None:
        return False
    hi = nxt.end()
    if _HAS_DIGIT.search(text, end, hi) or _NUMBER_WORD.search(text, end, hi):
        return False  # (its own figure: "claimed 'a thousand soldiers' ...; called it fiction")
    m = _DISMISSED.search(text, end, hi)
    if m is None:
        return False
    term = next(g for g in ("a", "b", "c", "d", "e") if m.group(g) is not None)
    start = m.start(term)
    negative = text[start : start + 4].lower().startswith(("not ", "no ", "noth", "lack", "with"))
    return negative or _NOT_BEFORE.search(text, max(end, start - 20), start) is None


#: A claim in a clause that the rest of the sentence corrects: "the groups claimed 20,000
#: members; researchers put the real number closer to 5,000".
_CLAIMED = re.compile(r"\b(?:claims?|claimed|boasts?|boasted)\b", re.I)
_REAL_NUMBER = re.compile(
    r"[^.]{0,80}?\b(?:the|their)\s+(?:real|true|actual)\s+(?:number|figure|strength|size)\b", re.I
)
#: A stated need with the figure quoted: would need "at least 10,000 troops".
_NEED_QUOTED = re.compile(
    # (or after an aside: "would, in the estimate of one general, need at least 8,000")
    r"\b(?:would|will|could),[^,;.]{1,60},\s+(?:need|require|take)\s*$|"
    r"\b(?:would|will|could)\s+(?:need|require|take)\s*[\"“‘']\s*$|\b(?:needs|needed|requires|"
    r"required)\s*[\"“‘']\s*$",
    re.IGNORECASE,
)
#: The need after the quoted figure: "1,000 more soldiers” would be needed".
_QUOTE_NEEDED = re.compile(rf"[^\"”’\n]{{0,40}}[\"”’]\s+{_WOULD_BE_NEEDED}", re.IGNORECASE)
_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$", re.I)
_WHOLE_FORCE = re.compile(r"\b(?:the|its|their|all)\s+$", re.IGNORECASE)
_THAN = re.compile(r"\bthan\s+$", re.IGNORECASE)
_NOT_CREDIBLE_FIRST = (
    "not", "implausible", "unrealistic", "overestimat", "unreliable",
)  # fmt: skip
_NOT_CREDIBLE = guarded(
    r"\b(?:not\s+credible|implausible|unrealistic|overestimat\w*|not\s+reliable|unreliable)\b",
    _NOT_CREDIBLE_FIRST,
    re.IGNORECASE,
)
#: Every match of :data:`_NOT_CREDIBLE` holds one of these (in the folded text): a
#: substring test skips the pattern for nearly every figure.
_NOT_CREDIBLE_STEMS = ("credible", "implausible", "unrealistic", "overestimat", "reliable")
#: A clause break, run without a case flag over the folded article (its words are lower
#: case, so it matches where the case-blind pattern would, several times faster).
_CLAUSE = re.compile(r";|\s(?:but|while|whereas)\s|,\s*(?:and|but)\s")


def _segment(text: str, lo: int, hi: int, figure: Figure) -> tuple[int, int]:
    """The comma-delimited stretch of ``text[lo:hi]`` around the figure."""
    start, end = lo, hi
    for m in _SEGMENT_BREAK.finditer(text, lo, hi):
        if m.end() <= figure.start:
            start = m.end()
        elif m.start() >= figure.end:
            end = m.start()
            break
    return start, end


def _clause(text: str, lo: int, hi: int, figure: Figure) -> tuple[int, int]:
    start, end = lo, hi
    for m in _CLAUSE.finditer(folded_article(text), lo, hi):
        if m.end() <= figure.start:
            start = m.end()
        elif m.start() >= figure.end:
            end = m.start()
            break
    return start, end


def _rescued(text: str, lo: int, hi: int, figure: Figure, reason: str) -> tuple[bool, str | None]:
    """(accepted, unit) for a figure ``classify_figure`` turned down for ``reason``."""
    if reason == "rejected" and (
        _CLAIM_THAT.search(text, lo, figure.start)
        or _CLAIM_OF.search(text, max(lo, figure.start - 60), figure.start)
    ):
        # "dismissed as 'pure fiction' the claim that it commands 5,000"; "a channel's
        # claim of '2,000 mujahideen at the gates' could not be verified"
        return False, None
    if reason == "rejected" and _FIGURE_REJECTED.match(text, figure.end, hi):
        return False, None  # "it had 5,000 fighters, a figure Warsame dismissed as propaganda"
    if reason == "hypothetical" and (
        _NEED_QUOTED.search(text, max(lo, figure.start - 90), figure.start)
        or _QUOTE_NEEDED.match(text, figure.end, hi)
    ):
        # the army would need "at least 10,000 well-equipped troops"; argued that "1,000
        # more soldiers" would be needed
        return False, None
    if reason in ("rejected", "hypothetical"):
        s_lo, s_hi = _segment(text, lo, hi, figure)
        narrower = s_lo <= figure.start and (s_lo, s_hi) != (lo, hi)
        again = classify_figure(text[s_lo:s_hi], figure, sentence_start=s_lo) if narrower else ""
        if again is None:
            return True, unit_after(text, figure)
        if again != "no-unit":
            return False, None
        # "dissidents who rejected a peace deal, number fewer than 400": the rejection is
        # another clause's; the figure still needs a count verb, as below
        reason = "no-unit"
    more = _MORE.match(text, figure.end, hi)
    if more is not None and reason == "no-unit" and _PRESENT_AFTER.match(text, more.end(), hi):
        return True, None  # "Some 40 more operate in the bush near Nhamatanda"
    if more is not None:
        shifted = replace(figure, end=more.end())
        again = classify_figure(text[lo:hi], shifted, sentence_start=lo)
        unit = unit_after(text, shifted)
        if again is None or (again == "unit" and unit in EXTRA_FORCE_UNITS):
            return True, unit
    of_those = _OF_THOSE.match(text, figure.end, hi)
    if of_those is not None and of_those.group("noun").lower() in _FORCE:
        return True, of_those.group("noun").lower()
    unit = unit_after(text, figure)
    # a share of the force counted before: "Of those, roughly 120 cross into Sucumbíos",
    # "about 400 operate along the Uganda border" (the verb read as the unit)
    share = (
        reason in ("unit", "no-unit", "duration", "people")
        and _OF_THESE.match(text, lo, figure.start) is not None
    ) or (reason == "unit" and _PRESENT_AFTER.match(text, figure.end, hi) is not None)
    if share and _force_last(text, figure):
        return True, None
    if (
        reason == "unit"
        and _PRESENT_AFTER.match(text, figure.end, hi) is not None
        and _CORE_OF.search(text, max(lo, figure.start - 30), figure.start) is not None
    ):
        return True, None  # "A separate gang of about 70 operates in the hills"
    if unit is not None and unit.lower() in EXTRA_FORCE_UNITS and reason == "unit":
        return True, unit if unit.isupper() else unit.lower()  # "2,500 VDP", "500 guards"
    # "between 6,000 and 8,000 armed fighters across Oromia. In West Wollega alone there
    # are perhaps 2,500.": a share of the force counted last
    just_before = text[max(lo, figure.start - 20) : figure.start]
    if (
        reason in ("no-unit", "unit")
        and _OPENS_SENTENCE.fullmatch(text, lo, figure.start)
        and _SHARE_PLACE_AFTER.match(text, figure.end, hi)
        and _force_last(text, figure)
    ):
        # "Where are they now? - Scattered. Perhaps 60 around Monkayo. Between 30 and 40 move
        # along the boundary ...": shares of the force counted before, and where they are
        return True, None
    there = reason == "no-unit" and _THERE_ARE.search(just_before) is not None
    if there and _THERE_TAIL.fullmatch(text, figure.end, hi) and _force_last(text, figure):
        return True, None  # (or "... there are no more than 300 now")
    if (
        reason == "no-unit"
        and _INCLUDING_BEFORE.search(just_before)
        and _COUNTED_FORCE.search(text, lo, figure.start)
        and not _CASUALTIES_INCLUDING.search(text, max(lo, figure.start - 90), figure.start)
    ):
        # "has 1,500 fighters in the region, including about 300 around Goundam" ("of whom no
        # more than 80 are armed combatants" names its noun)
        named = _ARE_FORCE.match(text, figure.end, hi)
        return True, named.group("noun").lower() if named is not None else None
    if reason == "no-unit" and _FORCE_NUMBERS.search(
        text, max(lo, figure.start - 80), figure.start
    ):
        return True, None  # "Police in Dera Ismail Khan district number some 2,200"
    # "By our count it has about 6,000 fighters ... When it was formed it had fewer than
    # 500": the force counted last, at another time
    had = reason == "no-unit" and _IT_HAD.search(just_before) is not None
    if had and _force_last(text, figure):
        return True, None
    if reason == "no-unit" and figure.number_text[:6].lower() == "in the":
        noun = _NOUN_BEFORE.search(text, max(lo, figure.start - 40), figure.start)
        if noun is not None:  # "has fighters in the hundreds"
            return True, noun.group(1).lower()
    # "peaked at 8,000 fighters ... today fewer than 1,000 remain": what is left of the force
    # counted last, unless people were counted after it
    if reason == "unit" and _REMAIN_AFTER.match(text, figure.end, hi) and _force_last(text, figure):
        return True, None
    nationals = _NATIONALS_OF.match(text, figure.end, hi) if reason == "unit" else None
    if nationals is not None:  # "a few hundred Uzbeks of Katibat Imam al-Bukhari"
        owners = find_groups(text[nationals.end() : hi])
        if owners and owners[0].start == 0:
            return True, None
    names = _NAMES_THEN_NOUN.match(text, figure.end, hi)
    if reason == "unit" and names is not None and names.group("noun") in _FORCE:
        return True, names.group("noun")
    if reason == "people" and _GROUP_IS_SMALL.search(
        text, max(lo, figure.start - 60), figure.start
    ):
        return True, unit  # "The Hassan group is small — fewer than 30 people, around Isulan"
    if reason == "people" and _UNDER_ARMS.match(text, figure.end, hi):
        return True, unit  # "the Armando Ríos front has perhaps 250 people under arms"
    if reason in ("no-unit", "unit") and _INFOBOX_STRENGTH.match(
        text, text.rfind("\n", 0, figure.start) + 1, figure.start
    ):
        return True, None  # a wiki infobox: "| strength1 = Zaporizhzhia axis: ~45,000"
    if reason in ("no-unit", "duration", "people"):
        before = text[max(lo, figure.start - 120) : figure.start]
        lead = _ESTIMATED_AT.match(figure.number_text)  # the figure took "estimated at"
        if lead is not None:
            before += lead.group()
        if _COMMAND_BEFORE.search(before) and reason == "no-unit":
            return True, None  # "the Mayiza is thought to command as many as 3,000"
        if reason == "no-unit" and _PRESENT_AFTER.match(text, figure.end, hi):
            return True, None  # "around 300 of them operate along the border"
        reduced = _REDUCED_TO.search(before) if reason in ("no-unit", "people") else None
        # (a group named up to 200 characters before a strong verb: "The East Indonesia
        # Mujahidin (MIT), the militant group that ..., has been reduced to")
        reach = 120 if reduced is None or reduced.group(1).lower() in ("fallen", "down") else 200
        if reduced and find_groups(text[max(lo, figure.start - reach) : figure.start]):
            return True, None  # "MIT ... has been reduced to 'fewer than 10 people'"
        if reason == "no-unit" and _THOUGHT_TO_HAVE.search(before) and _force_last(text, figure):
            return True, None  # "In 2015 the faction was thought to have about 1,500."
        if reason == "no-unit" and _THE_NUMBER_WAS.search(before) and _force_last(text, figure):
            return True, None
        if reason == "no-unit" and _GROW_TO.search(before):
            return True, None  # "the armed men around Kindamba could grow to 1,500"
        if (
            reason == "no-unit"
            and _PUT_THEM_AT.search(before)
            and (
                _PUT_FORCE_BEFORE.search(text, max(0, figure.start - 250), figure.start)
                or find_groups(text[max(lo, figure.start - 120) : figure.start])
            )
        ):
            return (
                True,
                None,
            )  # "Fighters of the SLA-MM ...; one smuggler put them at 'a few dozen'"
        if (
            reason == "no-unit"
            and _GROUP_HAS.search(before)
            and find_groups(text[max(lo, figure.start - 80) : figure.start])
        ):
            return True, None  # "the Jharkhand Jan Mukti Parishad, has about 40 there"
        if (
            reason == "no-unit"
            and _THOUGHT_TO_NUMBER.search(before)
            and find_groups(text[max(lo, figure.start - 120) : figure.start])
        ):
            return True, None  # "the KNLA was thought to number about 5,000"
        if reason == "no-unit" and _CORE_OF.search(text, max(lo, figure.start - 30), figure.start):
            return True, None  # "interviews suggest a core of several hundred"
        if reason == "no-unit" and _BAND_OF.search(text, max(lo, figure.start - 40), figure.start):
            return True, None  # "a guerrilla front of perhaps 40", "a military column of 300"
        if (
            reason == "no-unit"
            and _APPOSITIVE_BEFORE.search(text, max(lo, figure.start - 60), figure.start)
            and _COMMA_AFTER.match(text, figure.end, hi)
        ):
            return True, None  # "The French contingent, around 1,500, remains in Djibouti"
        if reason in ("no-unit", "unit") and "|" in text[lo:hi] and _strength_table(text, lo):
            return True, None  # a row under "Actor | Estimated strength | Main areas"
        named = _ARE_FORCE.match(text, figure.end, hi) if reason == "no-unit" else None
        if named is not None:  # "of whom no more than 80 are armed combatants"
            return True, named.group("noun").lower()
        # "most of those forces were in Belgorod, with between 8,000 and 10,000 more held in
        # reserve": more of the force the sentence counts
        more_of = reason == "no-unit" and (
            _MORE.match(text, figure.end, hi) is not None
            # "will send another 600 to the Kolda region"
            or _ANOTHER.search(text, max(lo, figure.start - 15), figure.start) is not None
        )
        # the force may be the previous sentence's: "KFOR has some 4,600 troops ... the
        # alliance could send up to 1,000 more"
        if more_of and _FORCE_NOUN_BEFORE.search(text, max(0, figure.start - 300), figure.start):
            return True, None
        # "the Katiba Macina accounts for an estimated 1,500 of them" after a count of fighters:
        # a share of that force ("displaced an estimated 185,000 ... about 60,000 of them have
        # not returned": people named after it are what "them" counts)
        of_them = reason == "no-unit" and _OF_THEM.match(text, figure.end, hi) is not None
        if of_them and (
            _force_last(text, figure, _FORCE_NOUN_BEFORE)
            # "Where is the ELN strongest? ... There are maybe 150 of them in Arenal"
            or (
                (there or _PRESENT_AFTER.match(text, figure.end, hi) is not None)
                and _group_last(text, figure)
            )
        ):
            return True, None
        # not a span of time: "they are thirty minutes from Cali" (but "could reach 10,000
        # within two years" is a figure with a time after it)
        setup = _STRENGTH_SETUP.search(before) or _PRONOUN_SETUP.search(before)
        if setup and (_KIN_BEFORE.search(before) or _POPULATION_WHO.search(before)):
            setup = None  # "militia supporters and family members, who number several thousand"
        if setup and not (reason == "duration" and _TIME_NEXT.match(text, figure.end, hi)):
            return True, unit if reason == "people" else None
    return False, None


_TIME_NEXT = re.compile(
    r"[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", re.I
)


def _force_last(text: str, figure: Figure, force: re.Pattern[str] = _COUNTED_FORCE) -> bool:
    """True when the 400 characters before the figure name a force (``force``) and no other
    people after it: a bare figure there is a share of that force."""
    earlier = text[max(0, figure.start - 400) : figure.start]
    found = list(force.finditer(earlier))
    return bool(found) and _OTHER_PEOPLE.search(earlier, found[-1].end()) is None


def _group_last(text: str, figure: Figure) -> bool:
    """True when the 300 characters before the figure name an armed group and no other
    people after it: "them" in "maybe 150 of them" is that group's men."""
    earlier = text[max(0, figure.start - 300) : figure.start]
    found = find_groups(earlier)
    return bool(found) and _OTHER_PEOPLE.search(earlier, found[-1].end) is None


_CORE_OF = re.compile(
    # ("A separate gang of about 70 operates in the hills")
    r"\b(?:core|force|contingent|garrison|band|army|militia|strength|gang|cell|squad|faction|"
    r"column|group)\s+of\s+(?:some\s+)?$",
    re.IGNORECASE,
)
#: (every force noun of the lexicon: "| Unit | Area | Armed cadres (est.) |")
_TABLE_STRENGTH = re.compile(
    r"\b(?:strength|size|numbers?|"
    + "|".join(sorted((w for w in _FORCE if " " not in w), key=len, reverse=True))
    + r")\b",
    re.I,
)


def table_header(text: str, row_start: int) -> tuple[int, int] | None:
    """Where the first line of the table whose row holds ``row_start`` (its header) starts
    and ends, if the row is under one."""
    header = None
    line_start = text.rfind("\n", 0, row_start) + 1
    for _ in range(40):  # up the rows to the table's first line
        if line_start <= 0:
            break
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start : line_start - 1]
        if "|" not in line:
            break
        if line.strip(" |-:"):  # not a "----|----" rule
            header = (prev_start, line_start - 1)
        line_start = prev_start
    return header


def _table_header(text: str, row_start: int) -> str | None:
    """The header line of the table whose row holds ``row_start``, if any."""
    span = table_header(text, row_start)
    return text[span[0] : span[1]] if span is not None else None


#: A header with an "Estimate" column counts a force's size when another column names the
#: force: "| Force | Area | Estimate | Confidence |"
_TABLE_ESTIMATE = re.compile(r"\b(?:estimate[ds]?\b|est\.)", re.I)
_TABLE_FORCE = re.compile(r"\b(?:forces?|groups?|actors?|factions?|armed|units?)\b", re.I)


def _strength_table(text: str, row_start: int) -> bool:
    """True when the table row at ``row_start`` sits under a header naming a force's size."""
    header = _table_header(text, row_start)
    if header is None:
        return False
    if _TABLE_STRENGTH.search(header) is not None:
        return True
    return _TABLE_ESTIMATE.search(header) is not None and _TABLE_FORCE.search(header) is not None


#: A plain-text table's rule: dashes in columns two blanks or more apart.
_DASH_RULE = re.compile(r"[ \t]*-{3,}(?:[ \t]{2,}-{3,})+[ \t]*")


def _fixed_width_strength(text: str, figure: Figure) -> bool:
    """True for a figure in a plain-text table's column headed by a force's size ("Area
    Estimate  Basis" under "Table 1. Estimated ASMLA armed members by area"): the header is
    the line above the dashed rule, the column the header's words at the figure's offset."""
    line_start = text.rfind("\n", 0, figure.start) + 1
    column = figure.start - line_start
    end = line_start - 1
    for _ in range(30):  # up the rows to the rule under the header
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _DASH_RULE.fullmatch(line):
            header_end = start - 1
            header_start = text.rfind("\n", 0, max(header_end, 0)) + 1
            header = text[header_start:header_end]
            cell = header[column : column + 30].split("  ")[0]
            caption = text[max(0, header_start - 300) : header_start]
            if _TABLE_STRENGTH.search(cell):
                return True
            return _TABLE_ESTIMATE.search(cell) is not None and (
                _TABLE_FORCE.search(header + caption) is not None
                or _TABLE_STRENGTH.search(caption) is not None
            )
        if "  " not in line:
            return False
        end = start - 1
    return False


def _other_column(text: str, figure: Figure) -> bool:
    """True for a figure in a table column that counts something else, when another column
    counts the force: "| Narathiwat | 1,200–1,500 | 214 |" under "| Province | Estimated
    fighters | Incidents |" (214 is incidents)."""
    header = _table_header(text, figure.start)  # a line above the figure's row
    if header is None:
        return False
    line_start = text.rfind("\n", 0, figure.start) + 1
    cells = header.strip().strip("|").split("|")
    column = text.count("|", line_start, figure.start) - (text[line_start:].lstrip()[:1] == "|")
    if not 0 <= column < len(cells):
        return False
    counted = [bool(_TABLE_STRENGTH.search(c)) for c in cells]
    return any(counted) and not counted[column]


def _rejected(text: str, lo: int, hi: int, figure: Figure) -> bool:
    """Extra reasons a figure that the figures module accepted is not a force estimate."""
    c_lo, c_hi = _clause(text, lo, hi, figure)
    if _AFTER_EVENT.match(text, figure.end, c_hi):
        return True
    aside = _ASIDE.match(text, figure.end, hi)
    if aside and _AFTER_EVENT.match(text, aside.end(), hi):
        return True  # "Twenty-nine Maoists, including a zonal commander ..., were killed"
    if _IN_ASIDE.search(text, max(lo, figure.start - 20), figure.start):
        close = text.find(",", figure.end, min(hi, figure.end + 80))
        if close > 0 and _AFTER_EVENT.match(text, close + 1, hi):
            return True  # "Eleven people, among them three police officers, were killed"
    if _BEFORE_CUT.search(text, max(c_lo, figure.start - 40), figure.start) and not (
        _WHOLE_FORCE.search(text, max(c_lo, figure.start - 8), figure.start)
    ):  # "withdraw 2,000 troops" is a cut; "withdraw the 1,500 troops it keeps" its force
        return True
    held = _HELD_BEFORE.search(text, max(c_lo, figure.start - 40), figure.start)
    if (
        held is not None
        and _HOLDS.match(held.group())
        and not _CAPTIVE_AFTER.match(text, figure.end)
    ):
        # "the camp holds between 1,000 and 1,300 fighters", "the garrison holds 3,000
        # troops": where the force is, not whom it detains
        held = None if unit_after(text, figure) in _FORCE else held
    if held is not None or _HELD_AFTER.match(text, figure.end, c_hi):
        return True
    if _CLAIMED.search(text, max(c_lo, figure.start - 60), figure.start) and _REAL_NUMBER.match(
        text, figure.end, hi
    ):
        return True  # "claimed 20,000 members; researchers put the real number closer to 5,000"
    if _FIGURE_MOCKED.match(text, figure.end, hi):
        return True  # 'a figure a Kabul-based analyst described as "wishful thinking"'
    if _NOBODY_BELIEVES.match(text, figure.end, hi):
        return True  # "100,000 fighters, a figure no diplomat we met takes seriously"
    if _RESTATED_AFTER.match(text, figure.end, hi):
        return True  # "two more battalions, or about 1,000 soldiers": the men are the figure
    if _DENIED_BEFORE.search(text, max(lo, figure.start - 40), figure.start) and not (
        figure.number_text.lower().startswith(("more than", "over ", "above "))
    ):  # "does not have more than 300" is an upper bound
        return True  # "There are not hundreds of militants in Pankisi"
    if _THAN.search(text, max(lo, figure.start - 10), figure.start):
        return True  # "closer to 5,000 than 3,000": 3,000 is a reference point
    if _BODY_AFTER.match(text, figure.end, hi) or _MEMBERS_TITLE.match(text, figure.end, hi):
        return True  # "a 51-member parliamentary commission", "(Chairperson) and 9 Members"
    if _ENOUGH_AFTER.match(text, figure.end, hi):
        return True  # "Two hundred on the right road is enough": what would suffice
    if _NEEDED_LATER.match(text, figure.end, hi):
        return True  # "the estimated 5,000 troops that, according to ..., would be required"
    if _NOBODY_HAS.search(text, max(lo, figure.start - 30), figure.start):
        return True  # "He was not wrong, but no one has 20,000 soldiers"
    if _AGE_AT.search(text, max(lo, figure.start - 40), figure.start):
        return True  # "teenagers recruited at 13 or 14": an age
    if "|" in text[lo:hi] and _other_column(text, figure):
        return True  # a table's incidents column next to its fighters column
    if _IF_THEY_HAD.search(text, max(lo, figure.start - 40), figure.start) and _THEN_WOULD.match(
        text, figure.end, hi
    ):
        return True  # "If they had 200 fighters in Apayao, we would be fighting every week"
    if _BODY_MADE_OF.search(text, max(lo, figure.start - 60), figure.start):
        return True  # "the Joint Military Commission, made up of five officers from each side"
    if _OF_WHOM_ARMED.match(text, figure.end, hi):
        return True  # "1,200 registered members, about 300 of whom are armed": the 300 are
    if _KILLED_AND.search(text, max(lo, figure.start - 70), figure.start):
        return True  # "a bomb that killed a district police chief and four of his guards"
    if _CASUALTIES_INCLUDING.search(text, max(lo, figure.start - 90), figure.start):
        return True  # "a bombing that killed 12 people, including two police officers"
    if _BODIES_OF.search(text, max(lo, figure.start - 20), figure.start):
        return True  # "the bodies of 12 uniformed Maoist cadres were recovered"
    if _EVACUATED_BEFORE.search(text, max(lo, figure.start - 40), figure.start):
        return True  # "forced the evacuation of at least 60 rangers and staff"
    if _SOURCE_COUNT.search(text, max(lo, figure.start - 20), figure.start):
        return True  # "according to two officers in the Taiz Military Axis": sources
    semi = _NEXT_CLAUSE.match(text, figure.end, hi)
    if semi is not None and DISMISSAL_OPENING.match(text, semi.end()):
        return True  # "put the figure at 15,000; the government rejected that number"
    if _AT_A_TIME.match(text, figure.end, hi):
        return True  # "they still manage ambushes with 30 or 40 men at a time"
    if _UNIT_SIZE.search(text, max(lo, figure.start - 40), figure.start):
        return True  # "move in cells of five to 10 members": the size of a unit, not a force
    return (
        has_any(folded(text[c_lo:c_hi]), _NOT_CREDIBLE_STEMS)
        and _NOT_CREDIBLE.search(text, c_lo, c_hi) is not None
    )


#: "ISWAP has 3,000 fighters and JAS about 1,500": a bare figure right after a name,
#: following a counted one.
_AND_ANOTHER_BEFORE = re.compile(
    r"\b(?:and|with|plus)\s+(?:(?:another|a\s+further|an\s+additional|an\s+extra)\s+)?$", re.I
)
#: What a further share of the force is: where it is, or what is done with it.
_MORE_WHERE = re.compile(
    r"(?:\s+or\s+so)?(?:\s+more)?\s+(?:in|around|near|along|across|at|on|inside|outside|(?:are|were|"
    r"will\s+be)\s+(?:to\s+be\s+)?(?:trained|deployed|sent|posted|stationed|based|recruited))\b",
    re.IGNORECASE,
)
_ELLIPSIS = re.compile(
    r"(?:,\s*|\s+)(?:and|while|whereas|but|,)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*"
    r"(?:\s+(?:has|had|have|with|fields?|fielded|counts?|numbers?))?\s*$"
)


#: A figure set against the one before it: the same force at another time.
_COMPARED = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|up\s+from|down\s+from|versus|vs\.?|(?:from|after)\s+"
    r"(?:a\s+)?(?:peak|high|low)\s+of|(?:rising|falling|growing|shrinking)\s+from)\s+"
    r"(?:(?:a\s+(?:peak|high|low)\s+of|an\s+estimated|the)\s+)?$",
    re.IGNORECASE,
)
#: "some 2,000 two years ago": a time after the figure, not a duration it counts.
_AGO = re.compile(
    r"\s+(?:[\w\-]+\s+)?(?:years?|months?|weeks?)\s+(?:ago|earlier|before|previously)\b",
    re.IGNORECASE,
)
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_NEXT_WORD = re.compile(r"[\s\-]*([A-Za-z]+)")
_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE
)


def _plainly_not_force(text: str, figure: Figure) -> bool:
    """Years ("in 2014"), days of the month ("February 9"), phone numbers ("the
    toll-free number 112") and vehicles ("46 armoured personnel carriers"), decided without
    the full classification: most figures in news copy are these."""
    if _CARRIERS.match(text, figure.end):
        return True
    number = figure.number_text
    if not number.isdigit():
        return False
    if _PHONE_BEFORE.search(text, max(0, figure.start - 30), figure.start):
        return True
    if _footnote_mark(text, figure):
        return True
    if _YEAR_LIKE.fullmatch(number):
        nxt = _NEXT_WORD.match(text, figure.end)
        return nxt is None or nxt.group(1).lower() not in _FORCE
    month = _MONTH_BEFORE.search(text, max(0, figure.start - 12), figure.start)
    return len(number) <= 2 and month is not None


def _footnote_mark(text: str, figure: Figure) -> bool:
    """A footnote's mark: "in the area.[4]", "fighters[12]", "fighters [3]" (a bracketed
    number of three digits at most, after a word or a full stop, that opens no text)."""
    lo, hi = figure.start, figure.end
    if lo < 2 or text[lo - 1 : lo] != "[" or text[hi : hi + 1] != "]" or hi - lo > 3:
        return False
    before = text[lo - 2]
    return (
        before.isalnum()
        or before in ".,;:)\"”’'"
        or (before == " " and text[lo - 3 : lo - 2].isalpha())
    )


#: Vehicles named after what they carry: "46 armoured personnel carriers", "12 APCs".
_CARRIERS = re.compile(
    r"\s+(?:(?:armou?red|infantry|troop)\s+)?(?:personnel|troop)\s+carriers\b|\s+APCs\b", re.I
)


def force_figures(
    text: str, start: int, end: int, figures: list[Figure] | None = None
) -> list[tuple[Figure, str | None]]:
    """The force-estimate figures of the sentence ``text[start:end]`` and the noun each
    counts, in order. ``figures`` are the sentence's figures when the caller found them
    already (one ``find_figures`` pass over the article is faster than one per sentence)."""
    sentence = text[start:end]
    out: list[tuple[Figure, str | None]] = []
    casualties = -1  # where the last figure counting casualties ended
    fixed_width = "   " in sentence
    for figure in find_figures(text, start, end) if figures is None else figures:
        if _plainly_not_force(text, figure):
            continue
        if fixed_width and _fixed_width_strength(text, figure):
            out.append((figure, None))  # a plain-text table's strength column
            continue
        reason = classify_figure(sentence, figure, sentence_start=start)
        if reason in ("casualties", "surrendered", "arrests", "detainees"):
            # ("67 members have surrendered, and more than 400 supporters": the same event)
            casualties = figure.end
        elif casualties >= 0 and (
            _AND_ANOTHER.fullmatch(text, casualties, figure.start)
            # "67 NPA members have surrendered to our brigade, and more than 400 supporters"
            or (
                _AND_SAME_EVENT.fullmatch(text, casualties, figure.start)
                and not _OWN_VERB.search(text, figure.end, end)
            )
        ):
            casualties = figure.end  # "killing 23 soldiers and 11 auxiliaries"
            continue
        if reason is None:
            if not _rejected(text, start, end, figure):
                out.append((figure, unit_after(text, figure)))
            continue
        if reason not in _RESCUABLE:
            continue
        accepted, unit = _rescued(text, start, end, figure, reason)
        at_time = reason == "duration" and _AGO.match(text, figure.end, end) is not None
        compared = (
            reason == "no-unit"
            and out
            and _COMPARED.search(text, max(out[-1][0].end, figure.start - 40), figure.start)
        )
        if compared and not accepted:  # "to around 4,000, after a peak of 8,000"
            accepted, unit = True, out[-1][1]
        elif (
            not accepted
            and (reason == "no-unit" or at_time)
            and out
            and (out[-1][1] or "").lower() in _FORCE  # ("2,500 VDP" as written)
        ):
            last = out[-1][0]  # "ISWAP has 3,000 fighters and JAS about 1,500",
            accepted = (  # "has 3,000 soldiers ... would send 1,000 more"
                _ELLIPSIS.search(text, last.end, figure.start) is not None
                or _MORE.match(text, figure.end, end) is not None
                # "about 2,500 armed members in greater Salvador ..., and some 600 in Camaçari",
                # "About 5,000 VDP have been recruited ..., and a further 800 are to be trained"
                or (
                    _AND_ANOTHER_BEFORE.search(text, max(last.end, figure.start - 30), figure.start)
                    is not None
                    and _MORE_WHERE.match(text, figure.end, end) is not None
                )
                # "2,645 guards, out of which 1,100 are deployed in Maru"
                or _OF_WHICH.search(text, max(last.end, figure.start - 20), figure.start)
                is not None
                # "no more than 1,200 combatants, against some 2,000 two years ago"
                or _COMPARED.search(text, max(last.end, figure.start - 40), figure.start)
                is not None
            )
            unit = out[-1][1]
        if accepted and not _rejected(text, start, end, figure):
            out.append((figure, unit))
    if out:
        # "... claim 5,000 members. We do not consider this credible", and after a
        # question put to the speaker: "Is that correct? DGP: that figure is wrong"
        question = _QUESTION_NEXT.match(text, end)
        if (
            DISMISSAL_OPENING.match(text, end)
            or (question is not None and DISMISSAL_OPENING.match(text, question.end()))
            or dismissed_after(text, end)
            or _both_dismissed(text, end)
        ):
            out.pop()
    return out


#: Two figures turned down at once: "Neither figure is taken seriously by the analysts",
#: "Both claims are wildly exaggerated".
_BOTH_DISMISSED = re.compile(
    r"\s*(?:[\"“]\s*)?(?:(?:Neither|None\s+of\s+(?:these|those|the))\s+(?:figures?|claims?|numbers?|"
    r"estimates?)\b[^.;]{0,40}?\b(?:is|was|are|were|has\s+been|could\s+be)\s+(?:\w+\s+)?(?:taken\s+"
    r"seriously|credible|accepted|believed|credited|supported|verified|confirmed|corroborated)|"
    r"(?:Both|All)\s+(?:(?:these|those|the)\s+)?(?:figures|claims|numbers)\s+(?:are|were|seem|look)\s+"
    r"(?:\w+\s+)?(?:exaggerated|inflated|overstated|propaganda|implausible|false|fanciful|fantasy|"
    r"fiction|not\s+credible))",
    re.IGNORECASE,
)
_BOTH_STEMS = ("neither", "none", "both", "all")


def _both_dismissed(text: str, end: int) -> bool:
    """True when the next sentence turns down two figures at once, or the one after it
    does and the next sentence holds the second figure ("... 'a million fighters' ...
    'only 2,000 fighters left' ... Neither figure is taken seriously")."""
    if not has_any(folded(text[end : end + 400]), _BOTH_STEMS):
        return False
    if _BOTH_DISMISSED.match(text, end):
        return True
    nxt = _NEXT_SENTENCE.match(text, end)
    if nxt is None or nxt.end() == end:
        return False
    own = _HAS_DIGIT.search(text, end, nxt.end()) or _NUMBER_WORD.search(text, end, nxt.end())
    return own is not None and _BOTH_DISMISSED.match(text, nxt.end()) is not None
