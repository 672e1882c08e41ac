"""Turkish lexicon.

Cue verbs are the verbs of saying of Turkish news copy (Anadolu Ajansı wire style:
"söyledi", "dedi", "açıkladı", "belirtti", "vurguladı", "kaydetti", "ifade etti", "dile
getirdi"; the papers' "anlattı", "savundu", "öne sürdü") with the cognition verbs that
ANNOTATION.md counts as cues.  Every form is spelled out, one stem a line: the past of
the third person singular and plural (the tense of news), the reported past and its
pluperfect, the present, the participle in "-(y)An" ("belirten Yılmaz") and the
converbs in "-(y)ArAk" and "-(y)Ip" ("belirterek").  Light-verb cues ("ifade etti",
"dile getirdi", "öne sürdü") are cue phrases.

Turkish is verb-final: the subject opens the sentence and a comma sets it off ("Bakan
Yılmaz, C söyledi"), the content stands between that comma and the cue at the end, a
reported clause nominalised ("-DIğInI", "-AcAğInI"), a direct one in marks before "dedi"
or "diye konuştu".  A participle before a name makes the name its speaker ("C belirten
Yılmaz, …"); a converb gives its content to the sentence's subject ("Yılmaz, C ifade
ederek, …").  "X'e göre, C" credits X as "according to" does.  Case endings join a
proper name after an apostrophe ("Aksoy'a göre", "Yılmaz'ın"), so the name is the part
before it.

Quotation marks follow the Türk Dil Kurumu's Yazım Kılavuzu (tırnak işareti): straight
or curly double marks, single ones inside.  Months and weekdays are lower case inside a
date ("4 mart").
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

_SPEECH_VERBS = """
söyledi söylediler söylemiş söylemişti söylüyor söylüyordu söyleyen söyleyerek söyleyip
dedi dediler demiş demişti diyor diyordu diyen diyerek deyip
açıkladı açıkladılar açıklamış açıklamıştı açıklıyor açıklayan açıklayarak açıklayıp
belirtti belirttiler belirtmiş belirtmişti belirtiyor belirten belirterek belirtip
vurguladı vurguladılar vurgulamış vurgulamıştı vurguluyor vurgulayan vurgulayarak vurgulayıp
kaydetti kaydettiler kaydetmiş kaydetmişti kaydediyor kaydeden kaydederek kaydedip
bildirdi bildirdiler bildirmiş bildirmişti bildiriyor bildiren bildirerek bildirip
duyurdu duyurdular duyurmuş duyurmuştu duyuruyor duyuran duyurarak duyurup
anlattı anlattılar anlatmış anlatmıştı anlatıyor anlatan anlatarak anlatıp
savundu savundular savunmuş savunmuştu savunuyor savunan savunarak savunup
hatırlattı hatırlattılar hatırlatmış hatırlatmıştı hatırlatıyor hatırlatan hatırlatarak hatırlatıp
uyardı uyardılar uyarmış uyarmıştı uyarıyor uyaran uyararak uyarıp
ekledi eklediler eklemiş eklemişti ekliyor ekleyen ekleyerek ekleyip
aktardı aktardılar aktarmış aktarmıştı aktarıyor aktaran aktararak aktarıp
yazdı yazdılar yazmış yazmıştı yazıyor yazan yazarak yazıp
sordu sordular sormuş sormuştu soruyor soran sorarak sorup
yanıtladı yanıtladılar yanıtlamış yanıtlıyor yanıtlayan yanıtlayarak yanıtlayıp
cevapladı cevapladılar cevaplamış cevaplıyor cevaplayan cevaplayarak cevaplayıp
istedi istediler istemiş istemişti istiyor isteyen isteyerek isteyip
önerdi önerdiler önermiş önermişti öneriyor öneren önererek önerip
tekrarladı tekrarladılar tekrarlamış tekrarlıyor tekrarlayan tekrarlayarak tekrarlayıp
yineledi yinelediler yinelemiş yineliyor yineleyen yineleyerek yineleyip
paylaştı paylaştılar paylaşmış paylaşıyor paylaşan paylaşarak paylaşıp
seslendi seslendiler seslenmiş sesleniyor seslenen seslenerek seslenip
reddetti reddettiler reddetmiş reddediyor reddeden reddederek reddedip
yalanladı yalanladılar yalanlamış yalanlıyor yalanlayan yalanlayarak yalanlayıp
doğruladı doğruladılar doğrulamış doğruluyor doğrulayan doğrulayarak doğrulayıp
eleştirdi eleştirdiler eleştirmiş eleştiriyor eleştiren eleştirerek eleştirip
çağırdı çağırdılar çağırmış çağırıyor çağıran çağırarak çağırıp
yorumladı yorumladılar yorumlamış yorumluyor yorumlayan yorumlayarak yorumlayıp
değerlendirdi değerlendirdiler değerlendirmiş değerlendiriyor değerlendiren değerlendirerek
müjdeledi müjdelediler müjdelemiş müjdeliyor müjdeleyen müjdeleyerek müjdeleyip
öngördü öngördüler öngörmüş öngörüyor öngören öngörerek öngörüp
onayladı onayladılar onaylamış onaylıyor onaylayan onaylayarak onaylayıp
iletti ilettiler iletmiş iletiyor ileten ileterek iletip
konuştu konuştular konuşmuş konuşuyor
yakındı yakındılar yakınmış yakınıyor yakınan yakınarak
haykırdı haykırdılar haykırmış haykıran haykırarak
belirtmişler söylemişler açıklamışlar demişler kaydetmişler vurgulamışlar bildirmişler
söyleyecek açıklayacak belirtecek duyuracak söyleyeceğiz açıklayacağız
söyledik açıkladık belirttik duyurduk söyledim dedim açıkladım belirttim
bildirildi açıklandı belirtildi vurgulandı kaydedildi denildi dendi duyuruldu
"""

_COGNITION_VERBS = """
düşünüyor düşünüyorum düşündü düşünen düşünerek
inanıyor inanıyoruz inandı inanan inanarak
umuyor umuyoruz umdu uman umarak
bekliyor bekliyoruz beklediklerini
"""

_OBJECT_VERBS = """
söyledi söylediler uyardı uyardılar sordu sordular hatırlattı hatırlattılar
"""

_CONTROL_VERBS = """
istedi istediler isteyen isteyerek çağırdı çağırdılar çağıran çağırarak
"""

_IMPERSONAL = """
bildirildi açıklandı belirtildi vurgulandı kaydedildi denildi dendi duyuruldu
"""

# light verbs of saying: a noun and "et-", "getir-", "sür-", "çiz-", "çek-", "kullan-"
_LIGHT = """
ifade:etti ifade:ettiler ifade:etmiş ifade:etmişti ifade:ediyor ifade:eden ifade:ederek ifade:edip
dile:getirdi dile:getirdiler dile:getirmiş dile:getiren dile:getirerek dile:getirip
öne:sürdü öne:sürdüler öne:sürmüş öne:süren öne:sürerek öne:sürüp
ileri:sürdü ileri:sürdüler ileri:süren ileri:sürerek
itiraf:etti itiraf:eden itiraf:ederek
ilan:etti ilan:eden ilan:ederek
vaat:etti vaat:eden vaat:ederek
söz:verdi söz:veren söz:vererek
yanıt:verdi yanıt:veren yanıt:vererek
ısrar:etti ısrar:eden ısrar:ederek
iddia:etti iddia:ettiler iddia:etmiş iddia:eden iddia:ederek
tavsiye:etti tavsiye:ettiler tavsiye:eden tavsiye:ederek
kabul:etti kabul:ettiler kabul:eden kabul:ederek
talep:etti talep:ettiler talep:eden talep:ederek
rica:etti rica:eden rica:ederek
teyit:etti teyit:eden teyit:ederek
altını:çizdi altını:çizen altını:çizerek
dikkat:çekti dikkat:çeken dikkat:çekerek
diye:konuştu diye:konuşan diye:ekledi diye:sordu diye:uyardı diye:yazdı diye:seslendi
şeklinde:konuştu şeklinde:konuşan
sözlerine:ekledi sözlerine:ekleyen sözlerine:şöyle:devam:etti
ifadelerini:kullandı ifadesini:kullandı ifadelerini:kullanan ifadesini:kullanan
ifadelerine:yer:verdi ifadelerine:yer:verildi ifadesine:yer:verildi
bilgisini:verdi bilgisini:veren
açıklamasında:bulundu açıklamada:bulundu
ifade:edildi
"""

_ROLE_NOUNS = """
bakan bakanı bakanlar cumhurbaşkanı başbakan başkan başkanı başkanvekili yardımcısı
sözcü sözcüsü vali valisi kaymakam kaymakamı milletvekili milletvekilleri vekil
müdür müdürü direktör direktörü uzman uzmanı uzmanlar akademisyen
profesör doçent doktor hekim öğretmen öğrenci avukat avukatı hakim savcı savcısı
büyükelçi büyükelçisi diplomat general komutan komutanı asker polis
antrenör kaptan kaptanı oyuncu futbolcu voleybolcu sporcu gazeteci
muhabir yazar sanatçı oyuncu şarkıcı vatandaş vatandaşlar sakin sakinleri esnaf
işçi işçiler çiftçi sendikacı temsilci temsilcisi yetkili yetkilisi yetkilileri
kaynak kaynaklar ekonomist analist başsavcı rektör dekan imam muhtar lider lideri
"""

_THING_NOUNS = """
bakanlık bakanlığı hükümet belediye belediyesi valilik valiliği meclis meclisi parti
partisi kurum kurumu kurul kurulu şirket şirketi banka bankası üniversite üniversitesi
hastane hastanesi mahkeme mahkemesi sendika sendikası dernek derneği vakıf vakfı ajans
müdürlük müdürlüğü başkanlık başkanlığı komisyon komisyonu rapor raporu açıklama
açıklamada açıklamasında bildiri
"""

# common given names, men's and women's (Turkish names carry no gender in the grammar); a
# known one before two more words opens a name of two given names ("Cumhurbaşkanı Recep
# Tayyip Erdoğan")
_FIRST_NAMES = """
mehmet mustafa ahmet ali hüseyin hasan ibrahim ismail osman yusuf murat ömer ramazan
halil süleyman abdullah mahmut recep salih fatih kemal kadir emre hakan burak serkan
mert can cem onur tolga volkan selim levent erdal erkan orhan necdet tayyip bülent
devlet numan abdulkadir binali nurettin yaşar sedat tuncay umut berk barış doğan
fatma ayşe emine hatice zeynep elif meryem şerife sultan hanife merve zehra esra özlem
yasemin hülya aylin derya ebru gül gülsüm leyla selin sevgi tuba büşra nur nurcan
meral tansu sibel dilek aslı pınar filiz canan gamze seda
"""

_MONTHS = (
    ("ocak",),
    ("şubat",),
    ("mart",),
    ("nisan",),
    ("mayıs",),
    ("haziran",),
    ("temmuz",),
    ("ağustos",),
    ("eylül",),
    ("ekim",),
    ("kasım",),
    ("aralık",),
)


def _phrases(entries: str) -> tuple[str, ...]:
    return tuple(entry.replace(":", " ") for entry in entries.split())


LEXICON = Lexicon(
    code="tr",
    name="Turkish",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        (
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    impersonal_cues=frozenset(_IMPERSONAL.split()),
    question_cues=frozenset({"sordu", "sordular", "sormuş", "soran", "sorarak"}),
    cue_phrases=_phrases(_LIGHT),
    verb_final=True,
    modifier_participle_endings=("an", "en"),
    # -DIğInI, -AcAğInI (accusative), -DIğInA (dative: "…olduğuna dikkat çekti"),
    # -mAsInI, -mAsInA (requests: "…uzak durmasını tavsiye etti")
    complement_endings=(
        "ğını",
        "ğini",
        "ğunu",
        "ğünü",
        "ğına",
        "ğine",
        "ğuna",
        "ğüne",
        "masını",
        "mesini",
        "masına",
        "mesine",
        "ğı",
        "ği",
        "ğu",
        "ğü",
        # of the third person plural: -DIklArInI, -AcAklArInI
        "klarını",
        "klerini",
        "klarına",
        "klerine",
    ),
    object_content_cues=frozenset({"eleştirdi", "eleştirdiler", "eleştiren", "eleştirerek"}),
    name_suffix_marks=("'", "\N{RIGHT SINGLE QUOTATION MARK}"),
    participle_endings=("arak", "erek", "ıp", "ip", "up", "üp"),
    source_postpositions=frozenset({"göre"}),
    source_phrases=(),
    pronouns=frozenset({"o", "onlar", "ben", "biz"}),
    person_pronouns=frozenset({"o"}),
    genderless_pronouns=frozenset({"o"}),
    object_pronouns=frozenset({"onu", "ona", "onlara", "bana", "bize"}),
    possessive_determiners=frozenset({"onun", "onların", "benim", "bizim"}),
    feminine_words=frozenset({"hanım", "bayan"}),
    masculine_words=frozenset({"bey", "bay"}),
    first_person=frozenset({"ben", "biz", "benim", "bizim", "bana", "bize"}),
    determiners=frozenset({"bu", "şu", "bir", "her", "bazı", "tüm", "bütün", "birçok"}),
    indefinites=frozenset({"bir", "bazı", "birçok"}),
    auxiliaries=frozenset(
        {"da", "de", "ise", "ayrıca", "ancak", "yine", "bir", "kez", "daha", "dün", "bugün"}
    ),
    conjunctions=frozenset({"ve", "ama", "fakat", "ancak", "veya", "ya", "ile"}),
    list_conjunctions=frozenset({"ve", "veya", "ile"}),
    question_words=frozenset({"ne", "kim", "nerede", "neden", "nasıl", "ne zaman", "hangi"}),
    pro_drop=True,
    bare_noun_subjects=True,
    zero_complementizer=True,
    verbal_cues=True,
    sentence_adverbs=frozenset({"ayrıca", "ancak", "öte yandan", "bununla birlikte"}),
    prepositions=frozenset({"için", "ile", "gibi", "kadar", "göre", "karşı", "sonra", "önce"}),
    time_words=frozenset(
        {
            "pazartesi",
            "salı",
            "çarşamba",
            "perşembe",
            "cuma",
            "cumartesi",
            "pazar",
            "bugün",
            "dün",
            "yarın",
            "sabah",
            "akşam",
            "daha önce",
            "geçen",
        }
    ),
    # the ablative of the body whose statement it was ("Valilikten yapılan açıklamada C
    # belirtildi": the governorate speaks)
    agent_case_endings=("dan", "den", "tan", "ten"),
    # only a body or an office makes it; an account, a platform, an event, a time or a
    # place made no statement ("Sosyal medya hesabından", "Basın toplantısından",
    # "Sabahtan yapılan açıklamada")
    agent_body_stems=(
        "valili",
        "bakanlı",
        "belediye",
        "müdürlü",
        "başkanlı",
        "cumhurbaşkanlı",
        "kaymakamlı",
        "komutanlı",
        "savcılı",
        "sözcülü",
        "emniyet",
        "jandarma",
        "genelkurmay",
        "hükümet",
        "meclis",
        "mahkeme",
        "kurum",
        "kurul",
        "şirket",
        "sendika",
        "parti",
        "üniversite",
        "hastane",
        "federasyon",
        "kulüb",
        "kulüp",
        "dernek",
        "derneğ",
        "vakıf",
        "vakf",
        "birlik",
        "birliğ",
        "idare",
        "yönetim",
        "elçili",
        "konsolosluğ",
    ),
    # one word carries the subject and the verb ("Valiliğe göre sürücü alkollüydü")
    min_according_words=2,
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    first_names=frozenset(_FIRST_NAMES.split()),
    role_heads=("bakanı", "başkanı", "müdürü", "sözcüsü", "valisi", "yetkilisi", "kaptanı"),
    # the statement or the data the source gave, before "göre" (dative: "Valiliğin
    # açıklamasına göre", according to the governor's office's statement), and the words
    # that describe it: no part of the source's name
    statement_words=frozenset(
        {
            "açıklamaya",
            "açıklamasına",
            "açıklamalarına",
            "verilere",
            "verilerine",
            "bilgilere",
            "bilgilerine",
            "ifadesine",
            "ifadelerine",
            "sözlerine",
            "raporuna",
            "raporlarına",
            "tespitlerine",
            "yapılan",
            "yaptığı",
            "yazılı",
            "resmi",
        }
    ),
    # the statement, the press conference, the speech, the message, the post, the
    # interview in the locative, where it was said ("yaptığı açıklamada", in the statement
    # he made): the words up to one after the subject are no content
    medium_nouns=frozenset(
        {
            "açıklamada",
            "açıklamasında",
            "açıklamalarında",
            "toplantıda",
            "toplantısında",
            "konuşmada",
            "konuşmasında",
            "mesajında",
            "paylaşımında",
            "röportajda",
            "röportajında",
            "görüşmede",
            "görüşmesinde",
        }
    ),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    titles=frozenset(
        {"prof", "prof. dr", "doç", "doç. dr", "dr", "av", "sayın", "bakan", "başkan", "vali"}
    ),
    media_words=frozenset(
        {
            "aa",
            "anadolu ajansı",
            "dha",
            "demirören haber ajansı",
            "iha",
            "ihlas haber ajansı",
            "trt",
            "trt haber",
            "ntv",
            "cnn türk",
            "hürriyet",
            "milliyet",
            # "sözcü" is a spokesperson, "sabah" the morning: those papers by their noun
            "sabah gazetesi",
            "cumhuriyet",
            "sözcü gazetesi",
            "habertürk",
            "gazete",
            "gazetesi",
            "ajans",
            "ajansı",
            "televizyon",
            "kanalı",
            "haber",
            "sitesi",
        }
    )
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"ajans", "ajansı"}),
    generic_media=frozenset({"basın", "medya"}),
    platform_words=PLATFORMS | {"hesabından"},
    attribution_cues=("göre", "muhabirine", "haberine göre"),
    attribution_verbs=("bildirdi", "duyurdu", "yazdı", "aktardı"),
    anaphoric_cues=("bunu söyledi", "bunu açıkladı", "bunu belirtti"),
    background_markers=("hatırlatma", "arka plan"),
    background_openers=(
        "hatırlanacağı üzere",
        "hatırlanacağı gibi",
        "bilindiği üzere",
        "bilindiği gibi",
        "daha önce",
        "daha önce,",
        "geçen yıl",
        "geçen ay",
        "geçen hafta",
        "geçen yaz",
        "geçtiğimiz yıl",
        "geçtiğimiz ay",
        "geçtiğimiz hafta",
        "önceki haberimizde",
    ),
    section_markers=("video", "foto", "galeri", "ilgili haberler"),
    month_names=_MONTHS,
    boilerplate=("ilgili haber", "ilgili haberler", "fotoğraf:", "kaynak:", "haber merkezi"),
    abbreviations=frozenset(
        {"prof", "doç", "dr", "av", "yrd", "vb", "vs", "bkz", "no", "tel", "sn", "örn", "st"}
    ),
    close_languages=frozenset({"az"}),
    # the dotless "ı" and "ğ" are Turkish's among the languages with a lexicon
    letters=frozenset("ığ"),
    stopwords=frozenset(
        {
            "bir",
            "bu",
            "için",
            "ile",
            "olarak",
            "olan",
            "çok",
            "daha",
            "gibi",
            "ancak",
            "ise",
            "kadar",
            "sonra",
            "olduğunu",
            "dedi",
            "söyledi",
            "ayrıca",
            "değil",
            "göre",
            "şekilde",
            "büyük",
            "yeni",
            "tüm",
            "veya",
            "belirtti",
            "yılında",
            "yaptığı",
            "açıklamada",
            "önce",
            "ilk",
            "üzere",
            "bin",
            "milyon",
            "yüzde",
            "ki",
            "şu",
        }
    ),
)
