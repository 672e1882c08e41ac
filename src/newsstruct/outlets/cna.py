"""Central News Agency (cna.com.tw, focustaiwan.tw): Taiwan's national wire, Chinese copy.

Conventions, as its wire copy and its site print it:

* The dateline opens the lead in full-width brackets: the agency, its reporters after
  "記者" (joined by "、"), the place, the day and "電" (a dispatch; "專電", a special one):
  ``（中央社記者王小明台北12日電）``, ``（中央社台北12日電）``.  No mark parts the last reporter
  from the place: Taiwan's names have three characters mostly, and each is read so where
  the place after it can still be read (``王明台北``: a name of two, then the place).
* The story closes with its editor in brackets and a code of the date in the Republic of
  China's calendar: ``（編輯：陳小華）1150312``: furniture.

The name "中央社" alone is no sign: other outlets cite it.
"""

from newsstruct.outlets import OutletRules

# （中央社記者王小明、李大同台北12日電）   （中央社台北12日專電）
_DATELINE = (
    r"^（(?P<agency>中央社)(?:記者\p{Han}{2,3}(?:、\p{Han}{2,3})*)?"
    r"(?P<place>\p{Han}{2,8}?)(?P<date>\d{1,2}日)專?電）"
)
# （編輯：陳小華）1150312
_EDITOR = r"[ \t]*+（編輯：[^）\n]{1,30}+）[ \t]*+\d{7}[ \t]*+"

RULES = OutletRules(
    name="cna",
    title="Central News Agency",
    languages=("zh",),
    signs=(_DATELINE, rf"^{_EDITOR}$"),
    dateline_patterns=(_DATELINE,),
    self_names=("中央社", "Central News Agency"),
    boilerplate_patterns=(_EDITOR,),
)
