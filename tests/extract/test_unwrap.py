"""Hard-wrapped text (a PDF's, an e-mail's) is read as paragraphs; other text is left alone."""

from __future__ import annotations

from dashboard.extract.claims import extract
from dashboard.extract.unwrap import unwrap

REPORT = """\
                          Monitoring Team report                       S/2031/12

          12. One Member State estimated that the group had gathered 3,000 to 3,500
          fighters in the hills east of Kandahar by October, most of them
          recruited locally. Another Member State put the figure at some 2,000,
          noting that many of them move between the front and rear bases. The
          Team was not able to reconcile the two esti-
          mates.

          13. The group's leadership is believed to sit in Helmand. Its finances
          rely on levies on trucks crossing the Chaman border.

          - Annex 4 lists the incidents.
          - Annex 5 lists the sources.
"""


def test_wrapped_lines_become_paragraphs() -> None:
    text = unwrap(REPORT)
    assert (
        "estimated that the group had gathered 3,000 to 3,500 fighters in the hills east of" in text
    )
    assert "reconcile the two estimates." in text  # the hyphen at the line's end mended
    # paragraphs, the header and list items keep their breaks
    assert "\n\n          13. The group's leadership" in text
    assert "\n          - Annex 4 lists the incidents.\n          - Annex 5" in text
    assert text.startswith("                          Monitoring Team report")


def test_figures_split_across_lines_are_found() -> None:
    claims = [c for c in extract(REPORT.encode())[1] if c.kind == "estimate"]
    found = [(c.number_low, c.number_high, c.unit, [m.place.id for m in c.places]) for c in claims]
    # the unit on the next line is the figure's: read line by line it was lost
    assert found[0] == (3000, 3500, "fighters", ["admin1:AF-KAN"])
    assert (2000, 2000) in [(lo, hi) for lo, hi, _unit, _places in found]


def test_text_that_is_not_hard_wrapped_is_unchanged() -> None:
    soft = (
        "KABUL, March 3 (Wire) - Some 400 fighters have gathered in Kunar province, officials "
        "said on Monday, in the largest such movement this year.\n\n"
        "The governor said the situation was tense but under control and that more police "
        "would be sent to the border districts this week.\n"
    )
    assert unwrap(soft) == soft
    masthead = (
        "THE FRONTIER DAILY\nPeshawar | Monday, 3 March 2031\nSection: Region\n\n"
        "Militants regroup near the border\n\n" + soft
    )
    assert unwrap(masthead) == masthead
    table = "\n".join(f"  District {i} ...................... HIGH ({i} of 5)" for i in range(9))
    assert unwrap(table) == table
