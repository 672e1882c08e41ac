"""ΑΠΕ-ΜΠΕ, Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων (amna.gr): the Greek news agency.

Conventions (ΑΠΕ-ΜΠΕ's wire as its clients print it):

* The dateline opens the lead: the city in capitals, the agency in brackets and a dash:
  ``ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) –``, ``ΘΕΣΣΑΛΟΝΙΚΗ (ΑΠΕ-ΜΠΕ) -``; the English service writes ``ATHENS
  (ANA-MPA) -``.  The span drops the dash.
* Papers that print its copy close it with the credit ``Πηγή: ΑΠΕ-ΜΠΕ``.
* Its own reporters are its channel: "δήλωσε στο ΑΠΕ-ΜΠΕ" in its copy is no credit of
  another outlet.

The name "ΑΠΕ" alone is no sign: other outlets cite it ("σύμφωνα με το ΑΠΕ-ΜΠΕ").
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_PLACE, DASH

_AGENCY = r"(?:ΑΠΕ-ΜΠΕ|ΑΠΕ|ANA-MPA)"

RULES = OutletRules(
    name="ape_mpe",
    title="Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων",
    languages=("el", "en"),
    signs=(rf"^{CAPITAL_PLACE}[ ]\({_AGENCY}\)[ ]*+{DASH}",),
    dateline_patterns=(
        # ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) –   ATHENS (ANA-MPA) -
        rf"^(?P<place>{CAPITAL_PLACE})[ ]\((?P<agency>{_AGENCY})\)(?=[ ]*+{DASH})",
    ),
    self_names=("ΑΠΕ-ΜΠΕ", "ΑΠΕ", "ANA-MPA", "Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων"),
    boilerplate=("πηγή: απε-μπε",),
)
