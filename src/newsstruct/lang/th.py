"""Thai lexicon (news copy).

Cue verbs are the verbs of saying of Thai wire and paper copy ("กล่าว", said; "ระบุ",
stated; "เปิดเผย", "เผย", revealed; "ชี้แจง", explained; "ยืนยัน", confirmed; "บอก", told;
"แถลง", announced), alone and with the complementizer "ว่า" (that) written onto them
("กล่าวว่า").

Thai sets spaces between phrases, not between words, and the cue is often written onto its
subject: "ผู้อำนวยการท่าเรือกล่าวว่า “Q”" (the port director said that "Q"), "“Q”
ผู้อำนวยการท่าเรือกล่าว".  Such a phrase reads as two words, the subject and the cue
(:attr:`~newsstruct.lang.Lexicon.glued_cues`); a name and a role set apart by spaces
("นายสมชาย ใจดี โฆษกรัฐบาล กล่าวว่า") are the subject as written.  Where the content is
written onto the cue too, the cue with its "ว่า" splits the phrase in three
("ผู้อำนวยการกล่าวว่าเรือจะกลับมา").  Thai has no capital letters.

Quotation marks are the curly and straight double marks.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_STEMS = """
กล่าว ระบุ เปิดเผย เผย ชี้แจง ยืนยัน บอก แถลง เน้นย้ำ อธิบาย เตือน ปฏิเสธ
"""

_LOOKALIKES = """
คำเตือน แจ้งเตือน การเตือน คำยืนยัน การยืนยัน การปฏิเสธ คำปฏิเสธ คำอธิบาย การอธิบาย การเปิดเผย
ป้ายบอก
"""

LEXICON = Lexicon(
    code="th",
    name="Thai",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
    ),
    # each alone and with "ว่า" (that) written onto it
    cue_verbs=frozenset(verb for stem in _STEMS.split() for verb in (stem, stem + "ว่า")),
    glued_cues=True,
    # that, written onto the cue ("กล่าวว่า") and the content onto both: "Xกล่าวว่าC"
    complementizers=frozenset({"ว่า"}),
    # nouns that end in a cue (a warning, a notification, a confirmation, a denial, an
    # explanation, a disclosure, a signpost), each alone and with "ว่า" written onto it
    glued_lookalikes=frozenset(
        noun for stem in _LOOKALIKES.split() for noun in (stem, stem + "ว่า")
    ),
    bare_noun_subjects=True,
    pro_drop=True,
    pronouns=frozenset({"เขา", "เธอ", "ผม", "ฉัน", "เรา"}),
    person_pronouns=frozenset({"เขา", "เธอ"}),
    first_person=frozenset({"ผม", "ฉัน", "เรา", "ดิฉัน"}),
    # the wires as Thai spells them (Reuters, AFP, AP) and Thai News Agency
    media_words=frozenset({"รอยเตอร์", "เอเอฟพี", "เอพี", "อสมท"}) | INTERNATIONAL_MEDIA,
    platform_words=PLATFORMS,
    # "ก่อนหน้านี้" (before this, earlier) opens a paragraph of what came before the news
    background_openers=("ก่อนหน้านี้",),
    stopwords=frozenset({"และ", "ที่", "ของ", "ใน", "ได้", "ว่า", "จะ", "เป็น"}),
)
