"""Reuters (reuters.com) and Reuters copy reprinted by other sites.

Conventions (``OUTLETS.md``; the Reuters Handbook of Journalism):

* The dateline opens the lead: ``FRANKFURT (Reuters) -``, ``LONDON, March 1 (Reuters) -``,
  ``NEW YORK/LONDON, Dec 4 (Reuters) -``, ``WILMINGTON, Delaware, Jan 5 (Reuters) -``; the
  months are written Jan, Feb, March, April, May, June, July, Aug, Sept, Oct, Nov, Dec.
  Business and markets copy filed from no one city drops the place: ``March 4 (Reuters) -``.
  Commentary runs as ``(Reuters Breakingviews) -``.
* The story closes with the credit line ``(Reporting by …; Editing by …)``, often after
  ``Additional reporting by …``, and on reuters.com with "Our Standards: The Thomson
  Reuters Trust Principles."
* Updates carry a parenthetical note on top: ``(Adds comment from ministry in
  paragraph 5)``, ``(Updates with close)``; a correction note (``(Corrects month of
  the vote in paragraph 2, says …)``) restates facts and stays in the body.
* reuters.com pages print the reading time and the date line under the headline: ``3
  minute read``, ``June 2, 2026 10:15 AM GMT+1 Updated 2 hours ago`` (a crawl may glue
  its parts: ``June 2, 20265:41 AM UTCUpdated 2 hours ago``); furniture, the date line
  dating the story where no crawl date line does.
* Reprints may add "FILE PHOTO: …" captions; captions are body text, not furniture.
* reuters.com pages print a related story's headline after "Related Coverage", and links
  to graphics on lines of their own: ``To view a graphic on bond yields, click:
  reut.rs/…``, ``GRAPHIC: Oil output - tmsnrt.rs/…``; both are furniture.

The bare word "Reuters" is no sign: other outlets cite it all the time.
"""

from newsstruct.outlets import OutletRules
from newsstruct.outlets._fragments import CAPITAL_PLACE, DASH, EN_MONTH

# a state or country after the city (", Delaware", ", South Korea"), never a month
_QUALIFIER = (
    rf",[ ](?!{EN_MONTH}[ ]\d)\p{{Lu}}[\p{{L}}.]{{1,20}}+(?:[ ]\p{{Lu}}[\p{{L}}.]{{1,20}}+)?+"
)

# June 2, 2026 10:15 AM GMT+1 Updated 2 hours ago; a crawl may glue the time to the year
# and "Updated" to the zone: June 2, 20265:41 AM UTCUpdated 2 hours ago
_DATED = (
    rf"(?P<month>{EN_MONTH})[ ](?P<day>\d{{1,2}}),[ ](?P<year>\d{{4}})"
    r"[ ]?+\d{1,2}:\d{2}[ ][AP]M[ ](?:GMT|UTC)(?:[+\-]\d{1,2})?+"
    r"(?:[ ]?+Updated(?:[ ]\d{1,3}+[ ]\p{Ll}++)?+[ ]ago)?+"
)

RULES = OutletRules(
    name="reuters",
    title="Reuters",
    languages=("en", "es", "fr", "de", "ja", "ar", "pt"),
    signs=(
        rf"\(Reuters(?:[ ]Breakingviews)?\)[ ]*{DASH}",
        r"^[ \t]*\(\s*(?:Additional\s+)?[Rr]eporting\s+by\s[^\n]{1,300}[Ee]diting\s+by\s",
        r"^[ \t]*Our\s+Standards:\s+The\s+Thomson\s+Reuters\s+Trust\s+Principles",
    ),
    dateline_patterns=(
        # LONDON, March 1 (Reuters) -   NEW YORK/LONDON (Reuters) -
        # WILMINGTON, Delaware, Jan 5 (Reuters) -
        rf"^(?P<place>{CAPITAL_PLACE}(?:/{CAPITAL_PLACE}){{0,3}}+(?:{_QUALIFIER})?+)"
        rf"(?:,[ ](?P<date>{EN_MONTH}[ ]\d{{1,2}}))?+"
        rf"[ ]\((?P<agency>Reuters(?:[ ]Breakingviews)?)\)(?=[ ]*+{DASH})",
        # March 4 (Reuters) -   (business and markets copy filed from no one city)
        rf"^(?P<date>{EN_MONTH}[ ]\d{{1,2}})[ ]\((?P<agency>Reuters(?:[ ]Breakingviews)?)\)"
        rf"(?=[ ]*+{DASH})",
    ),
    self_names=("Reuters", "Thomson Reuters", "Reuters Breakingviews"),
    boilerplate=(
        "reporting by",
        "additional reporting by",
        "writing by",
        "editing by",
        "compiled by",
        "our standards:",
        "this story has been refiled",
        "sign up here",
        # the web page's newsletter prompt ("Get a look at the day ahead in markets with our
        # morning newsletter. Sign up here.")
        "get a look at the day ahead",
        "register now for free",
        "related coverage",
    ),
    boilerplate_patterns=(
        # (Adds comment from ministry in paragraph 5)   (Updates with close)
        # A "(Corrects …)" note is left to the body: it restates the corrected facts.
        r"\((?:Adds|Updates|Recasts|Refiles|Rewrites)\b[^\n]{0,200}\)",
        r"Reuters\s+Graphics",
        # To view a graphic on bond yields, click: reut.rs/2Ab3Cd   (a line that ends in a
        # link to Reuters' graphics)
        r"[^\n]{0,200}?(?:reut|tmsnrt)\.rs/[\w/.\-]+",
        r"\d{1,2}[ ]min(?:ute)?+[ ]read",  # the reading time
        _DATED,
    ),
    published_patterns=(_DATED,),
)
