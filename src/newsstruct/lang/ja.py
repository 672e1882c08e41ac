"""Japanese lexicon (news copy).

Cue verbs are the verbs of saying of Japanese wire and paper copy ("述べた", stated;
"語った", told; "話した", said; "強調した", stressed; "説明した", explained; "明らかにした",
made clear) in the plain past of news, the progressive and the polite past of broadcast
copy, each also with the quotative particle "と" written onto it.

Japanese goes without spaces between words, so a run of letters is one word to the
tokenizer: in "田中外相は「Q」と述べた" the subject with its topic particle is one word
("田中外相は"), the quotation follows in corner brackets and the particle "と" is written
onto the cue after the closing mark ("と述べた").  The subject ends at the particle "は" or
"が" (:attr:`~newsstruct.lang.Lexicon.subject_particles`) and the speaker is named
without it ("田中外相"); where a run goes on past its particle before the quotation
("田中外相は記者会見で「Q」と述べた", at a press conference), a noun and its particle open
the run, the subject, and the rest is a word of its own.

Where the subject follows the quotation, the particle, the subject and the cue are one
word ("「Q」と港長は述べた"): a word that ends in a cue reads as its words and the cue
(:attr:`~newsstruct.lang.Lexicon.glued_cues`), and the quotative particle after a
closing mark as a word of its own
(:attr:`~newsstruct.lang.Lexicon.quotative_particles`).  Reported speech runs from the
subject's particle to the cue the quotative particle opens ("港長は、C1、C2と述べた"), and
where the subject is written onto the content, from its noun's first particle
("港長はフェリーが明日再開すると述べた").
"X によると、C" (according to X) is a postposition written onto its source.

Quotation marks are the corner brackets 「」, the white ones 『』 inside, and the curly
double marks.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

# the plain past, the progressive, the polite past, and broadcast copy's progressive in the
# past and the polite forms ("と話していました", she was saying; "と話しています")
_VERBS = """
述べた 語った 話した 強調した 説明した 指摘した 明らかにした 発表した 主張した 訴えた
明言した 答えた 批判した 否定した 表明した 警告した 強調している 述べている 語っている
話している 述べました 語りました 話しました 強調しました 説明しました 指摘しました
明らかにしました 言った 言っている 言いました
話していた 述べていた 語っていた 話していました 述べていました 語っていました 説明していました
強調していました 指摘していました 話しています 述べています 語っています 説明しています
強調しています 指摘しています
"""

LEXICON = Lexicon(
    code="ja",
    name="Japanese",
    quote_pairs=(
        ("\N{LEFT CORNER BRACKET}", "\N{RIGHT CORNER BRACKET}"),
        ("\N{LEFT WHITE CORNER BRACKET}", "\N{RIGHT WHITE CORNER BRACKET}"),
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
    ),
    # each alone and with the quotative particle written onto it
    cue_verbs=frozenset(verb for stem in _VERBS.split() for verb in (stem, "と" + stem))
    # holds that, as broadcast copy reports a body's position ("市は、Cとしています"); only
    # with the quotative particle ("している" alone is doing)
    | {"としている", "としています"},
    question_cues=frozenset({"尋ねた", "と尋ねた"}),
    verb_final=True,
    # the cue written onto the words before it: "「Q」と港長は述べた", "…見通しだと述べた"
    glued_cues=True,
    quotative_particles=frozenset({"と"}),
    # according to, written onto the source: "国土交通省によると、C"
    # and the polite form of broadcast copy ("市によりますと、C")
    source_postpositions=frozenset({"によると", "によれば", "によりますと"}),
    subject_particles=("は", "が"),
    # of, joining nouns: "国土交通省の担当者は" (the ministry's official)
    linking_particles=("の",),
    # at, in ("記者会見で", at the press conference; "会合では"): where it was said
    adjunct_particles=("で", "では"),
    bare_noun_subjects=True,
    pro_drop=True,
    # the wires, also by the short names of their datelines ("【東京共同】")
    media_words=frozenset({"共同通信", "時事通信", "共同", "時事", "nhk"}) | INTERNATIONAL_MEDIA,
    platform_words=PLATFORMS,
    month_names=tuple((f"{n}月",) for n in range(1, 13)),
    # with the demonstratives (this, that), no subject before their particle
    # and the day of the month, in ASCII and full-width digits ("港長は3日、C と述べた")
    time_words=frozenset({"今日", "昨日", "明日", "同日"})
    | {f"{n}日" for n in range(1, 32)}
    | {f"{n}日".translate(_FULL_WIDTH) for n in range(1, 32)},
    # he, she, the same person (the one just named)
    pronouns=frozenset({"彼", "彼女", "同氏"}),
    person_pronouns=frozenset({"彼", "彼女", "同氏"}),
    # she, he, and the words for a woman or a man after an unnamed speaker's age or
    # trade ("40代の女性", a woman in her forties) and the titles written onto a name
    # ("田中夫人", Mrs Tanaka); the honorifics "氏", "さん" tell no gender
    feminine_words=frozenset({"彼女", "女性", "夫人", "女史"}),
    masculine_words=frozenset({"彼", "男性"}),
    genderless_pronouns=frozenset({"同氏"}),
    # the roles and honorifics written after a name ("山田太郎市長", "佐藤花子さん"): the
    # name comes before them
    glued_name_suffixes=(
        # (the compound roles first: chief cabinet secretary, president, spokesperson)
        *("官房長官", "国務長官", "事務総長", "大統領", "報道官", "委員長"),
        *("市長", "知事", "首相", "大臣", "長官", "社長", "会長", "議員", "教授", "監督"),
        *("さん", "氏"),
    ),
    # the United States, Britain, Russia, China, South Korea, France, Germany, Italy,
    # North Korea, and former, acting: between a katakana name and its role
    # ("トランプ米大統領", "ローン前米大統領")
    glued_role_prefixes=frozenset("米英露中韓仏独伊朝前元現"),
    # grandmother, grandfather, mother, father, aunt, uncle, elder sister and brother,
    # everyone (in kana and with ideographs): no given name before さん
    honorific_nouns=(
        *("おばあさん", "おじいさん", "おかあさん", "おとうさん", "おばさん", "おじさん"),
        *("おねえさん", "おにいさん", "お母さん", "お父さん", "お婆さん", "お爺さん"),
        *("お姉さん", "お兄さん", "みなさん", "皆さん", "みなさま", "皆様"),
    ),
    # the last characters of a place's or a body's name (Tokyo metropolis, prefecture,
    # city, ward, company, association, ministry, agency, bureau, party, country,
    # university, team): "東京都知事", "同社社長" name no one
    # (no 村, village: it ends many surnames, and "北村社長" names Kitamura; a village's
    # "北浜村長" has the place's role rule below)
    glued_body_endings=tuple("都道府県市区町社会省庁局党国学団"),
    # a place's (prefecture, city, ward, town, village): "大阪市長" needs a full name
    # before it to name one; "田中社長" does not
    glued_place_endings=tuple("都道府県市区町村"),
    stopwords=frozenset(
        {"の", "は", "に", "を", "が", "と", "で", "た", "し", "て", "これ", "それ", "あれ"}
    ),
    # background, how it came about (a label on its own line)
    background_markers=("背景", "経緯", "これまでの経緯"),
    # before this; last year, month, week, each closed by its comma (a word written onto
    # the next has no boundary to tell it by)
    background_openers=("これに先立ち", "これに先立って", "昨年、", "去年、", "先月、", "先週、"),
    # related articles, related news
    boilerplate=("関連記事", "関連ニュース"),
)
