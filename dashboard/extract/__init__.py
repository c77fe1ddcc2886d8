"""Claim extraction: read an article, split sentences, find figures, armed groups and
speakers, and combine them into claims (:func:`dashboard.extract.claims.extract`).

The building blocks are pure (text in, spans out) so the claims builder, the CLI and the
tests can combine them freely; every offset is a ``str`` index into the decoded article
text. ``claims`` adds the geocoder's places and the rules that link figures, groups,
places, speakers and modality (``claim_places``, ``claim_groups``, ``figure_checks``,
``modality``, ``concerns``; their word lists live in ``cues``).
"""
