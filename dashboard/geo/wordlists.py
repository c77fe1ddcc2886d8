"""Word lists the matcher consults: English words that are also place names, given names,
institutions, acronyms, and the keywords that announce a place phrase.

Facts about usage, written for this project; each list says what it guards against.
"""

from __future__ import annotations

from dashboard.geo.names import fold


def _words(block: str) -> frozenset[str]:
    """Folded words of a whitespace-separated block."""
    return frozenset(fold(w) for w in block.split())


#: Words that are names of places somewhere but, standing alone, are English words.
COMMON = _words(
    """
  a about above across adm affairs afp africa after again against agency ahram all
  also am an anadolu and any april are army as asia assembly at aug august autumn back
  bar bath be because been before being below bernama between border borders both but by can
  capital capitol capt central  chief christian city cmdr coast col
  commander commanders const could council court cpl day deal dec december defence defense
  department det did director district districts do does down dr during each east eastern
  eden europe even every feb february federal female few fighters for force forces
  foreign freedom friday from ft further gen general global golden goodwill gov
  government group groups had has have he her here hers high him his hon hope house
  how i if in independence insp interfax interior international into irna is islam islamic
  isna it its jan january july june just justice kingdom kremlin kyodo last later
  liberty like lt made maj male man many march may me media middle might militants
  minister ministry mission mobile monday more most mr mrs ms mt much muslim must my national
  navy near new news next nice no north northern not nov november now oceania oct october of
  off office on once one only or orange other our out over own pajhwok paradise parliament
  pentagon per police premier president press prime progress province provinces pte reading
   region regions rep republic reuters rev said sale salvation same saturday say says
  security see sen sept september sgt she should since so soldiers some south southern split
  spring sputnik st state states such summer sunday supreme supt tass than that the
  their them then there these they this those through thursday to tolo too trade troops
  tuesday under union unity until up upon us very was we wednesday well
  were west western what when where which while white who whom why will winter with within
  world would xinhua yonhap you your around outside inside beyond along towards toward behind
  despite throughout amid among beside besides via past opposite
  """
)

#: Given names that are also places: skipped when a capitalised surname follows.
GIVEN_NAMES = _words(
    """
  adelaide africa america asia austin chad charlotte chelsea china dakota florence georgia
  houston india israel jackson jordan kenya lincoln paris regina savannah sierra sydney
  trinidad tyler victoria
  """
)

#: Words after a name that make it a place, not part of a person's name.
GEO_WORDS = _words(
    """
  area areas border city county department district districts division frontier governorate
  line mountains oblast prefecture province provinces region regions river state territories
  territory town valley village zone
  """
)

#: Type words of first-order divisions as news writes them after a name ("the Maradi
#: region", "Plateau State", "the Pool department"), for the patterns that look for them.
PROVINCE_TYPE_WORDS = (
    "department", "province", "region", "state", "governorate", "county", "prefecture",
)  # fmt: skip

#: Words after a town's name for a site in or near it, or a unit of local government:
#: "Hudur Airport", "Faskari LGA" name the town, not a longer name the gazetteer lacks.
SITE_WORDS = _words(
    """
  airport airstrip base camp camps hospital market prison university bridge dam gate
  crossing checkpoint station garrison barracks road highway corridor axis front sector
  lga lgas local woreda tehsil upazila regency township municipality commune county
  subdistrict sub-district locality
  """
)

#: All-caps abbreviations that do stand for places.
ACRONYMS = _words(
    """
  drc fata gbao krg loc uae uk us usa vraem
  """
)

#: Multi-word names that are institutions or landmarks, not the towns of the same name.
BLOCKED = frozenset(
    fold(w)
    for w in (
        "White House",
        "Capitol Hill",
        "Wall Street",
        "Downing Street",
        "Scotland Yard",
        "New York Times",
        "National Park",  # "the W National Park": part of a park's name, not the US town
        "Red Cross",
        "Red Crescent",
        "Security Council",
        "Foggy Bottom",
        "Silicon Valley",
        "Hollywood",
    )
)

#: Words any phrase pattern needs nearby; spans with none of them skip the phrase checks.
HINT_WORDS = tuple(
    sorted(
        _words(
            """
  agency airlines alliance army bank battalion border boundary brigade capital center central
  centre city company congress corporation council democratic department east embassy emirate
  force front frontier governorate group militia institute jama liberation lower ministry movement
  mujahideen national news north oblast organi party patriotic people post province region
  revolutionary south state taliban times town union united university upper velayat village
  viloyat west wilayat mountains countryside hills highlands desert rural county counties
  district territory prefecture regency upazila township tehsil woreda lga
  government faction
  """
        )
    )
)

#: Words that open the names of natural features and sites ("Mount Sinjar", "Lake Lanao"):
#: never a person's first name, and a town's name after one is the feature's, not the town.
FEATURE_WORDS = _words(
    """
  mount mt mountains lake jebel jabal djebel wadi cape port fort camp bay gulf river valley
  desert forest island isle ras tell tel lac monte sierra cerro rio bahr koh kuh
  """
)
