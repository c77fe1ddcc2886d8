"""Name facts: what a candidate list says, computed once and reused while the list stands."""

from __future__ import annotations

from dashboard.geo.facts import context_weight, name_facts
from dashboard.geo.gazetteer import Candidate, gazetteer
from dashboard.geo.matcher import Span, facts_of


def test_country_name_and_adjective() -> None:
    cands = (Candidate("demonym", "AF", "AF"), Candidate("country", "AF", "AF"))
    facts = name_facts(cands)
    assert facts.country_codes == ("AF",)
    assert facts.own_country == "AF"
    assert facts.weight == 1.0
    assert facts.province == ""
    assert facts.place_ids == ("country:AF", "country:AF")
    assert facts.countries_only


def test_one_province_and_several_countries() -> None:
    facts = name_facts((Candidate("admin1", "AF-KDZ", "AF", 0, "AF-KDZ"),))
    assert (facts.province, facts.own_country, facts.weight) == ("AF-KDZ", "AF", 0.75)
    both = name_facts(
        (Candidate("admin1", "AF-BDS", "AF", 0, "AF-BDS"), Candidate("admin1", "TJ-GB", "TJ"))
    )
    assert (both.own_country, both.weight, both.country_codes) == ("", 0.0, ())
    region = name_facts((Candidate("region", "central-asia", ""),))
    assert region.own_country == ""
    assert not region.countries_only and not both.countries_only


def test_small_towns_weigh_little() -> None:
    towns = (Candidate("city", "1", "US", 5_000), Candidate("city", "2", "US", 20_000))
    assert context_weight(towns) == 0.25
    assert name_facts(towns).weight == 0.25


def test_one_place_only_without_towns_or_provinces() -> None:
    country = (Candidate("demonym", "AF", "AF"), Candidate("country", "AF", "AF"))
    assert name_facts(country).one_place
    assert name_facts((Candidate("region", "central-asia", ""),)).one_place
    town_too = (*country, Candidate("city", "1", "AF", 2_000))
    assert not name_facts(town_too).one_place
    assert not name_facts((Candidate("admin1", "AF-KDZ", "AF"),)).one_place
    two = (Candidate("country", "NE", "NE"), Candidate("demonym", "NG", "NG"))
    assert not name_facts(two).one_place


def test_one_place_resolves_as_the_full_scoring_does() -> None:
    from dashboard.geo.geocoder import get_geocoder

    geo = get_geocoder()
    for text in ("Afghan and Tajik officials met.", "Troops left Central Asia."):
        mentions = geo.places(text)
        assert mentions and all(m.place.score == 1.0 for m in mentions)
        assert all(m.place.alternatives == () for m in mentions)


def test_one_place_is_no_shortcut_for_a_person_or_a_province_qualifier() -> None:
    from dashboard.geo.geocoder import get_geocoder

    geo = get_geocoder()
    cands = (Candidate("country", "TD", "TD"),)
    assert name_facts(cands).one_place
    ctx: dict[str, float] = {}
    plain = Span(0, 4, "Chad", cands, 0, 0)
    assert geo._resolve(plain, ctx, None) is not None
    person = Span(0, 4, "Chad", cands, 0, 0, person=True)  # "Chad Smith ... Chad said"
    assert geo._resolve(person, ctx, None) is None
    hinted = Span(0, 4, "Chad", cands, 0, 0, admin1_hint="US-KY")  # "Chad, Ky."
    assert geo._resolve(hinted, ctx, None) is None


def test_votes_and_town_sizes() -> None:
    country = (Candidate("country", "CA", "CA"), Candidate("city", "9", "MX", 900))
    assert name_facts(country).country_vote == ("CA", 1.0)
    ontario = (
        Candidate("admin1", "CA-ON", "CA", 0, "CA-ON"),
        Candidate("city", "8", "US", 5_000, "US-CA"),
    )
    assert name_facts(ontario).province_vote == "CA-ON"
    assert name_facts(ontario).near_provinces == frozenset({"CA-ON"})
    big = (Candidate("city", "7", "GB", 8_000_000, "GB-ENG"), Candidate("city", "6", "CA", 300_000))
    assert not name_facts(big).no_big_city
    assert name_facts(big).country_vote == ("GB", 0.75)
    assert name_facts(()).country_vote is None and name_facts(()).province_vote == ""


def test_empty() -> None:
    facts = name_facts(())
    assert facts.country_codes == () and facts.own_country == "" and facts.place_ids == ()


def test_span_facts_follow_replaced_candidates() -> None:
    cands = tuple(gazetteer().lookup("afghanistan"))
    span = Span(0, 11, "Afghanistan", cands, 0, 0)
    first = facts_of(span)
    assert first.country_codes == ("AF",)
    assert facts_of(span) is first  # remembered
    span.cands = ()  # a pass drops the readings
    assert facts_of(span).country_codes == ()
