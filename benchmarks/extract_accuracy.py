"""Accuracy of claim extraction on the annotated test articles.

Every ``tests/fixtures/articles/*.json`` names an article and the claims a careful reader
finds in it (written by hand). Scored per force estimate:

* figures: an estimate matches a gold one with the same low and high ends (vague amounts:
  the same words), in text order; precision, recall and F1 over matches;
* places: claim-level place ids (``admin1:AF-BDS``...) of matched estimates; a missed or
  spurious estimate counts all its places as missed or spurious;
* groups: the canonical group of each estimate (an empty group is not scored as a hit);
* modality: share of matched estimates with the gold modality;
* concerns: place ids of hotspot statements, per article (``or_places`` as for estimates).

Five sets: the development articles (the claims builder's rules were written against
them); ``heldout/`` (annotated before the extractor was first run on them); ``blind2/``
(ten articles from other regions and outlets' styles, annotated blind and first scored at
commit 974544a, places F1 0.58: see docs/ACCURACY.md; rules fixed since then count as
development); ``blind3/`` (ten more, annotated blind, first scored at commit f863717);
``blind4/`` (eight more, first scored at commit 9df22e5); ``blind5/`` (ten more, first
scored at commit f71faa2, places F1 0.547); ``blind6/`` (ten more, first scored at commit
4abef21, places F1 0.337); ``blind7/`` (eight more, first scored at commit 30f24e4, places
F1 0.400); ``blind8/`` (nine more, first scored at commit 7be5778, places F1 0.623);
``blind9/`` (nine more, first scored at commit a697f62,
places F1 0.679); ``blind10/`` (nine more, first scored at commit 918e2e2, places F1
0.741); ``blind11/`` (nine more, first scored at commit ea22955, places F1 0.530);
``blind12/`` (nine more, first scored at commit 5d219a9, places F1 0.697); ``blind13/``
(eight more, first scored at commit c9eddb4, places F1 0.709); ``blind14/`` (eight more,
first scored at commit a15576c, places F1 0.567); ``blind15/`` (eight more, first scored at
commit ed985e8, places F1 0.465); ``blind16/`` (eight more, first scored at commit 6f73d2e,
places F1 0.631); ``blind17/`` (eight more, first scored at commit f863a25, places F1
0.531); ``blind18/`` (eight more, first scored at commit de03c07, places F1 0.496);
``blind19/`` (eight more, first scored at commit 8666119, places F1 0.624); ``blind20/``
(eight more, first scored at commit 9e1fbe4, places F1 0.657); ``blind21/`` (eight more,
first scored at commit 7c63c2a, places F1 0.626); ``blind22/`` (eight more, first scored
at commit 6b8c28f, places F1 0.581); ``blind23/`` (eight more, first scored at commit
79ef4c3, places F1 0.701); ``blind24/`` (eight more, first scored at commit b539fae, places F1
0.647); ``blind25/`` (eight more, first scored at commit 4a1921e, places F1 0.617);
``blind26/`` (eight more, first scored at commit 44ce932, places F1 0.592); ``blind27/``
(eight more, first scored at commit a41dc08, places F1 0.571); ``blind28/`` (eight more,
first scored at commit 784cf5e, places F1 0.599); ``blind29/`` (eight more, first scored at
commit 0ad3908, places F1 0.600); ``blind30/`` to ``blind35/`` (eight articles of ordinary
news each, first scored at 04795eb, 774b792, 854ad3a, caee4e5, e53857b and caee4e5: places
F1 0.739, 0.679, 0.694, 0.663, 0.671 and 0.808); ``blind36/`` (eight more of ordinary news,
first scored at 81d964b, places F1 0.807); ``blind37/`` and ``blind38/`` (eight more each,
first scored at b0f4866 and 676deaa, places F1 0.731 and 0.740); ``blind39/`` and
``blind40/`` (first scored at 0ef4e34 and 42dfbb5, places F1 0.886 and 0.841); ``blind41/``
(first scored at c3fb5ec, places F1 0.783). A gold
estimate's ``or_places`` name towns that are as right as the province given for a
district the data lacks (see :func:`_gold_places`).
Gold entries marked ``known`` name the cause of an expected error (mostly geocoder gaps);
``--verbose`` lists every error with it.

Usage: ``python benchmarks/extract_accuracy.py [--verbose] [--json]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "fixtures" / "articles"


@dataclass
class Tally:
    """True positives, false positives and false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def row(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f"| {name} | {self.tp} | {self.fp} | {self.fn} | {p:.3f} | {r:.3f} | {f1:.3f} |"

    def as_dict(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": p, "recall": r, "f1": f1}


@dataclass
class Scores:
    """Every measure, plus the errors for ``--verbose``."""

    figures: Tally = field(default_factory=Tally)
    places: Tally = field(default_factory=Tally)
    places_if_geocoded: Tally = field(default_factory=Tally)  # geocoder gaps counted right
    groups: Tally = field(default_factory=Tally)
    concerns: Tally = field(default_factory=Tally)
    modality_right: int = 0
    modality_total: int = 0
    known_place_errors: int = 0
    errors: list[str] = field(default_factory=list)


def _key(c: dict[str, Any]) -> tuple[Any, ...]:
    if c["low"] is None:  # "estimated at several hundred" is the figure "several hundred"
        words = _VAGUE_LEAD.sub("", (c["number_text"] or "").lower())
        return ("vague", words)
    return (c["low"], c["high"])


_VAGUE_LEAD = re.compile(r"^(?:an?\s+)?estimated\s+(?:at\s+)?")


def _align(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) with the same figure, in text order: the longest
    common subsequence, so one extra or missing figure does not shift the pairs after it
    (a greedy scan paired a body's "a handful" with the headline's and lost the rest)."""
    n, m = len(gold), len(pred)
    gk, pk = [_key(g) for g in gold], [_key(p) for p in pred]
    best = [[0] * (m + 1) for _ in range(n + 1)]  # best[i][j]: pairs in gold[i:], pred[j:]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if gk[i] == pk[j]:
                best[i][j] = best[i + 1][j + 1] + 1
            else:
                best[i][j] = max(best[i + 1][j], best[i][j + 1])
    pairs = []
    i = j = 0
    while i < n and j < m:
        if gk[i] == pk[j] and best[i][j] == best[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _predicted(path: Path, date: str | None) -> tuple[list[dict[str, Any]], list[list[str]]]:
    from dashboard.extract.claims import extract

    _article, claims = extract(path.read_bytes(), filename=path.name, date=date)
    estimates = [
        {
            "number_text": c.number_text,
            "low": c.number_low,
            "high": c.number_high,
            "group": c.group_canonical,
            "places": [m.place.id for m in c.places],
            "modality": c.modality,
        }
        for c in claims
        if c.kind == "estimate"
    ]
    concerns = [[m.place.id for m in c.places] for c in claims if c.kind == "concern"]
    return estimates, concerns


def _canonical(group: str | None) -> str | None:
    """A gold group under the name the groups table gives it: an annotator who wrote "YPG"
    meant the People's Defense Units (names the table does not know stay as written)."""
    if group is None:
        return None
    from dashboard.extract.groups import canonical_group

    return canonical_group(group) or group


def _gold_places(g: dict[str, Any], pp: set[str]) -> tuple[set[str], set[str]]:
    """The gold place ids that fit the prediction best, and the predicted ids. A gold entry
    may give ``or_places``: a district the data lacks, annotated as its province, is as
    right drawn as the same-named town; the alternative swaps each such town in for the
    province that contains it."""
    gp = set(g["places"])
    if not g.get("or_places"):
        return gp, pp
    from dashboard.geo.gazetteer import make_place

    towns = [make_place("city", i.split(":", 1)[1]) for i in g["or_places"]]
    held = {f"admin1:{a}" for t in towns if t is not None for a in t.admin1}
    alternative = (gp - held) | set(g["or_places"])

    def errors(gold: set[str]) -> int:
        return len(pp - gold) + len(gold - pp)

    return (alternative if errors(alternative) < errors(gp) else gp), pp


def score_article(gold_path: Path, s: Scores) -> None:
    """Add one article's matches and errors to ``s``."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    name = gold_path.stem
    pred, pred_concerns = _predicted(gold_path.parent / gold["file"], gold.get("date_arg"))
    gold_est = gold["estimates"]
    pairs = _align(gold_est, pred)
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    s.figures.tp += len(pairs)
    s.figures.fp += len(pred) - len(pairs)
    s.figures.fn += len(gold_est) - len(pairs)
    for j, p in enumerate(pred):
        if j not in matched_p:
            s.errors.append(f"{name}: spurious estimate {p['number_text']!r} {p['places']}")
            s.places.fp += len(p["places"])
            s.places_if_geocoded.fp += len(p["places"])
            s.groups.fp += p["group"] is not None
    for i, g in enumerate(gold_est):
        if i not in matched_g:
            s.errors.append(f"{name}: missed estimate {g['number_text']!r}")
            s.places.fn += len(g["places"])
            s.places_if_geocoded.fn += len(g["places"])
            s.groups.fn += g["group"] is not None
    for i, j in pairs:
        g, p = gold_est[i], pred[j]
        known = g.get("known", {})
        gp, pp = _gold_places(g, set(p["places"]))
        s.places.tp += len(gp & pp)
        s.places.fp += len(pp - gp)
        s.places.fn += len(gp - pp)
        geocoder_gap = known.get("places", "").startswith(("geocoder", "gazetteer"))
        s.places_if_geocoded.tp += len(gp) if geocoder_gap else len(gp & pp)
        s.places_if_geocoded.fp += 0 if geocoder_gap else len(pp - gp)
        s.places_if_geocoded.fn += 0 if geocoder_gap else len(gp - pp)
        if gp != pp:
            s.known_place_errors += "places" in known
            why = f" [known: {known['places']}]" if "places" in known else ""
            s.errors.append(
                f"{name}: {g['number_text']!r} places {sorted(pp)} != {sorted(gp)}{why}"
            )
        if _canonical(g["group"]) == p["group"]:
            s.groups.tp += g["group"] is not None
        else:
            s.groups.fp += p["group"] is not None
            s.groups.fn += g["group"] is not None
            why = f" [known: {known['group']}]" if "group" in known else ""
            s.errors.append(
                f"{name}: {g['number_text']!r} group {p['group']!r} != {g['group']!r}{why}"
            )
        s.modality_total += 1
        if g["modality"] == p["modality"]:
            s.modality_right += 1
        else:
            s.errors.append(
                f"{name}: {g['number_text']!r} modality {p['modality']} != {g['modality']}"
            )
    pred_c = Counter(pid for c in pred_concerns for pid in c)
    # a concern's or_places, like an estimate's: a town as right as the district's province
    gold_c = Counter(
        pid for c in gold.get("concerns", []) for pid in _gold_places(c, set(pred_c))[0]
    )
    s.concerns.tp += sum((gold_c & pred_c).values())
    s.concerns.fp += sum((pred_c - gold_c).values())
    s.concerns.fn += sum((gold_c - pred_c).values())
    if gold_c != pred_c:
        s.errors.append(
            f"{name}: concern places {sorted(pred_c.elements())} != {sorted(gold_c.elements())}"
        )


def _table(title: str, n_articles: int, s: Scores) -> None:
    n_est = s.figures.tp + s.figures.fn
    print(f"### {title}: {n_articles} articles, {n_est} gold estimates\n")
    print("| measure | TP | FP | FN | precision | recall | F1 |")
    print("|---|---|---|---|---|---|---|")
    print(s.figures.row("figures (exact low/high)"))
    print(s.places.row("places of estimates (ids)"))
    print(s.places_if_geocoded.row("places, geocoder gaps counted right"))
    print(s.groups.row("groups of estimates (canonical)"))
    print(s.concerns.row("places of concerns (ids)"))
    print(
        f"\nmodality: {s.modality_right}/{s.modality_total} matched estimates right; "
        f"{s.known_place_errors} place mismatches are annotated as known (geocoder gaps "
        "and inherited places)\n"
    )


def _as_dict(n_articles: int, s: Scores) -> dict[str, Any]:
    return {
        "articles": n_articles,
        "gold_estimates": s.figures.tp + s.figures.fn,
        "figures": s.figures.as_dict(),
        "places": s.places.as_dict(),
        "places_if_geocoded": s.places_if_geocoded.as_dict(),
        "groups": s.groups.as_dict(),
        "concern_places": s.concerns.as_dict(),
        "modality_accuracy": s.modality_right / max(1, s.modality_total),
    }


def main(argv: list[str] | None = None) -> int:
    """Score every annotated article and print Markdown tables (development, held-out)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list every error")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    sets = {
        "development": sorted(GOLD_DIR.glob("*.json")),
        "held-out": sorted((GOLD_DIR / "heldout").glob("*.json")),
        "second blind set": sorted((GOLD_DIR / "blind2").glob("*.json")),
        "third blind set": sorted((GOLD_DIR / "blind3").glob("*.json")),
        "fourth blind set": sorted((GOLD_DIR / "blind4").glob("*.json")),
        "fifth blind set": sorted((GOLD_DIR / "blind5").glob("*.json")),
        "sixth blind set": sorted((GOLD_DIR / "blind6").glob("*.json")),
        "seventh blind set": sorted((GOLD_DIR / "blind7").glob("*.json")),
        "eighth blind set": sorted((GOLD_DIR / "blind8").glob("*.json")),
        "ninth blind set": sorted((GOLD_DIR / "blind9").glob("*.json")),
        "tenth blind set": sorted((GOLD_DIR / "blind10").glob("*.json")),
        "eleventh blind set": sorted((GOLD_DIR / "blind11").glob("*.json")),
        "twelfth blind set": sorted((GOLD_DIR / "blind12").glob("*.json")),
        "thirteenth blind set": sorted((GOLD_DIR / "blind13").glob("*.json")),
        "fourteenth blind set": sorted((GOLD_DIR / "blind14").glob("*.json")),
        "fifteenth blind set": sorted((GOLD_DIR / "blind15").glob("*.json")),
        "sixteenth blind set": sorted((GOLD_DIR / "blind16").glob("*.json")),
        "seventeenth blind set": sorted((GOLD_DIR / "blind17").glob("*.json")),
        "eighteenth blind set": sorted((GOLD_DIR / "blind18").glob("*.json")),
        "nineteenth blind set": sorted((GOLD_DIR / "blind19").glob("*.json")),
        "twentieth blind set": sorted((GOLD_DIR / "blind20").glob("*.json")),
        "twenty-first blind set": sorted((GOLD_DIR / "blind21").glob("*.json")),
        "twenty-second blind set": sorted((GOLD_DIR / "blind22").glob("*.json")),
        "twenty-third blind set": sorted((GOLD_DIR / "blind23").glob("*.json")),
        "twenty-fourth blind set": sorted((GOLD_DIR / "blind24").glob("*.json")),
        "twenty-fifth blind set": sorted((GOLD_DIR / "blind25").glob("*.json")),
        "twenty-sixth blind set": sorted((GOLD_DIR / "blind26").glob("*.json")),
        "twenty-seventh blind set": sorted((GOLD_DIR / "blind27").glob("*.json")),
        "twenty-eighth blind set": sorted((GOLD_DIR / "blind28").glob("*.json")),
        "twenty-ninth blind set": sorted((GOLD_DIR / "blind29").glob("*.json")),
        "thirtieth blind set": sorted((GOLD_DIR / "blind30").glob("*.json")),
        "thirty-first blind set": sorted((GOLD_DIR / "blind31").glob("*.json")),
        "thirty-second blind set": sorted((GOLD_DIR / "blind32").glob("*.json")),
        "thirty-third blind set": sorted((GOLD_DIR / "blind33").glob("*.json")),
        "thirty-fourth blind set": sorted((GOLD_DIR / "blind34").glob("*.json")),
        "thirty-fifth blind set": sorted((GOLD_DIR / "blind35").glob("*.json")),
        "thirty-sixth blind set": sorted((GOLD_DIR / "blind36").glob("*.json")),
        "thirty-seventh blind set": sorted((GOLD_DIR / "blind37").glob("*.json")),
        "thirty-eighth blind set": sorted((GOLD_DIR / "blind38").glob("*.json")),
        "thirty-ninth blind set": sorted((GOLD_DIR / "blind39").glob("*.json")),
        "fortieth blind set": sorted((GOLD_DIR / "blind40").glob("*.json")),
        "forty-first blind set": sorted((GOLD_DIR / "blind41").glob("*.json")),
    }
    started = time.perf_counter()
    scores = {}
    for name, golds in sets.items():
        scores[name] = Scores()
        for path in golds:
            score_article(path, scores[name])
    elapsed = time.perf_counter() - started
    if args.json:
        out = {name: _as_dict(len(sets[name]), s) for name, s in scores.items()}
        print(json.dumps(out, indent=2))
        return 0
    print(f"scored in {elapsed:.1f} s\n")
    for name, s in scores.items():
        _table(name, len(sets[name]), s)
    if args.verbose:
        for name, s in scores.items():
            print(f"--- {name} errors\n" + "\n".join(s.errors) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
