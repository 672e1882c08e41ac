"""Indonesian lexicon.

Cue verbs are the verbs of saying of Indonesian news copy (Antara, Kompas, Tempo, Detik
style: "mengatakan", "menyatakan", "menjelaskan", "menambahkan", "mengungkapkan",
"menegaskan", "menuturkan") with the cognition verbs that ANNOTATION.md counts as cues
("menilai", "berharap", "meyakini", "memperkirakan").  Verbs do not inflect for person or
tense: each lemma is listed with its active prefix form ("mengatakan"), its bare form where
news copy signs a quotation with it ("kata", "ujar", "ucap", "tutur", "jelas", "tambah":
"“Q,” kata Budi") and that form with the enclitic "-nya" of the third person
("katanya", "ujarnya": "“Q,” ujarnya", said he or she), whose speaker is the one of
the discourse.  The passive in "di-" ("dikatakan", "disampaikan") names its agent after
"oleh" or right after it: "Hal itu disampaikan Kepala Dinas X" credits X with the
sentence before.

"Menurut X, C" credits X as "according to" does ("Menurut Budi", "Menurutnya" with the
enclitic).  "bahwa" introduces reported content, often left out ("mengatakan pemerintah
akan …").  Pronouns have no gender ("ia", "dia", "beliau"): no gender is marked.

Quotation marks are straight or curly double marks ("…", “…”), single ones inside.
Months are capitalised ("3 Maret 2026"); a weekday with the day and month in brackets
("Selasa (3/3)") dates a lead.  Background opens with "Sebelumnya", "Seperti diberitakan"
or "Sebagaimana diketahui".
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, PLATFORMS

# lemma by lemma: the active form(s), then the bare form and its "-nya" form where news
# signs a quotation with them
_SPEECH_VERBS = """
mengatakan berkata berkatanya kata katanya
menyatakan nyatakan nyatanya
menjelaskan jelas jelasnya
menambahkan tambah tambahnya
mengungkapkan ungkap ungkapnya
menegaskan tegas tegasnya
menuturkan bertutur tutur tuturnya
mengucapkan ucap ucapnya
berujar ujar ujarnya
menyebutkan menyebut sebut sebutnya
menerangkan terang terangnya
memaparkan papar paparnya
menyampaikan sampaikan
mengumumkan
melaporkan
memberitahukan memberitahu
mengimbuhkan imbuh imbuhnya
melanjutkan lanjut lanjutnya
memungkasi pungkas pungkasnya
menandaskan tandas tandasnya
berkilah kilah kilahnya
berseru seru serunya
mencetuskan cetus cetusnya
menyambung sambung sambungnya
mengaku mengakui akunya
membantah bantah bantahnya
menyangkal
menampik
menepis
membenarkan
mengonfirmasi mengkonfirmasi
menekankan
mengingatkan ingat ingatnya
memperingatkan
mengimbau imbau imbaunya
meminta pinta pintanya
mendesak desak desaknya
menyerukan
mengajak ajak ajaknya
menuntut
mengusulkan
menyarankan saran sarannya
menjanjikan berjanji janji janjinya
mengklaim klaim klaimnya
menuding
menuduh
mengkritik kritik kritiknya
mengecam
memuji
menyesalkan
menyayangkan
menanggapi
menjawab jawab jawabnya
bertanya menanyakan tanya tanyanya
mempertanyakan
menulis tulis tulisnya
mencuit cuitnya
bercerita menceritakan
mengutarakan
mengemukakan
memastikan
menjamin
menolak
mencatat
menyoroti
menggarisbawahi
berpesan pesan pesannya
"""

_COGNITION_VERBS = """
menilai nilai nilainya
berharap harap harapnya mengharapkan
meyakini yakin
percaya mempercayai
berpendapat
menganggap
memandang
merasa
khawatir mengkhawatirkan
menyadari
mengetahui
mengira
menduga
memperkirakan perkiraan
memprediksi memprediksikan
menyimpulkan
"""

# the one told is their object ("memberitahu warga", told the residents); "mengatakan",
# "berkata", "menjelaskan", "menyampaikan" and "menuturkan" take what is said as object,
# and whom it is told after "kepada" ("mengatakan warga harus …": the content's subject)
_OBJECT_VERBS = """
memberitahukan memberitahu meminta mendesak mengajak mengimbau
mengingatkan memperingatkan menjanjikan
"""

_CONTROL_VERBS = """
meminta mendesak mengajak mengimbau menyerukan menuntut menyarankan mengusulkan
berjanji menjanjikan menolak
"""

# bare forms that are as often nouns or adjectives ("jelas" is "clear", "nilai" "value"):
# cues only where a source or a quotation stands by them; "kata" (also "word"), "ujar",
# "ucap", "tutur" sign "C, kata X" too often to be among them
_NOUN_LIKE = """
jelas tegas tambah sebut terang lanjut harap nilai tanya tulis seru janji klaim kritik
saran pesan ingat ajak desak imbau pinta yakin percaya merasa khawatir
"""

_ROLE_NOUNS = """
menteri presiden wakil gubernur bupati wali walikota camat lurah kepala ketua direktur
sekretaris jenderal juru jubir pengamat ekonom analis peneliti profesor guru dosen
dokter anggota pejabat komisioner kapolri kapolda kapolres kapolsek kasat panglima jaksa
hakim pengacara penasihat staf duta dubes warga saksi korban petugas pengurus pemimpin
pimpinan manajer pelatih kapten pemain tersangka terdakwa sumber
"""

_THING_NOUNS = """
pemerintah kementerian dinas badan lembaga komisi kepolisian polisi polda polres negeri
pengadilan kejaksaan partai perusahaan bank universitas pemkot pemkab
pemprov dpr dprd mpr kpk bpbd bmkg tni polri laporan survei pernyataan siaran pers
"""

# the common words of bodies' and offices' names ("Badan Pusat Statistik", "Kementerian Luar
# Negeri", "Komisi Pemilihan Umum"); the nouns in pe-/ke-/per- -an go by their affixes
_COMPLEMENT_WORDS = """
umum pusat statistik luar dalam negeri nasional daerah rakyat agung tinggi sosial tenaga
kerja energi sumber daya mineral hukum hak asasi manusia negara republik informasi bencana
korupsi intelijen meteorologi klimatologi geofisika investasi modal koordinasi agama
urusan bidang tugas khusus darat laut udara militer polisi komisi dewan majelis
mahkamah konstitusi pengawas ombudsman bank sentral otoritas jasa keuangan usaha milik
provinsi kota kabupaten desa
"""

# frequent words no other lexicon's language writes; not "di" (Italian), "ke" (Czech),
# "para", "dia" (Spanish, Portuguese), "dan" (Dutch)
_STOPWORDS = """
yang dari untuk dengan pada ini itu dalam tidak akan juga oleh karena bahwa adalah sudah
telah bisa dapat lebih mengatakan menurut tersebut sebagai kami kita mereka atau namun
tetapi jika kepada hingga sejak setelah sebelum masih belum harus agar sehingga serta
antara bagi terhadap secara sementara selain banyak tahun hari rupiah persen warga
pemerintah saat
"""

_DETERMINERS = """
ini itu tersebut para sejumlah beberapa seorang sebuah suatu semua seluruh setiap
"""

_AUXILIARIES = """
akan sudah telah sedang masih belum tidak tak juga pun pula hanya bahkan lalu kemudian
sempat pernah ingin mau bisa dapat harus perlu kembali lagi kini
senin selasa rabu kamis jumat sabtu minggu kemarin
"""

_CLAUSE_OPENERS = """
yang apa siapa di mana kapan bagaimana mengapa kenapa apakah bahwa jika kalau karena
agar supaya sehingga ketika saat setelah sebelum meskipun walaupun
"""

_PREPOSITIONS = """
di ke dari pada dalam untuk dengan oleh tentang terhadap kepada bagi antara sejak hingga
sampai menuju melalui tanpa atas bawah
"""

_TIME_WORDS = """
senin selasa rabu kamis jumat sabtu minggu kemarin besok hari ini sebelumnya kemudian
lalu pagi siang sore malam
"""

# "“Q,” katanya singkat", "ujarnya lagi": how or when again it was said
_MANNER_ADVERBS = """
singkat tegas lagi pula pelan santai lirih lantang yakin optimistis
"""

_ABBREVIATIONS = """
dr prof ir h hj drs dra sh se mt mm no hlm tsb dll dsb dst yth bpk ibu jl kab kec kel
"""

LEXICON = Lexicon(
    code="id",
    name="Indonesian",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
        ("'", "'"),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    question_cues=frozenset({"bertanya", "menanyakan", "tanya", "tanyanya", "mempertanyakan"}),
    thought_cues=frozenset({"yakin", "percaya", "berharap", "merasa", "khawatir", "mengira"}),
    hedge_subjects=frozenset({"saya", "aku", "kami", "kita", "anda", "kamu"}),
    cue_phrases=("memberi tahu",),
    naming_cues=("menyebut", "menyebutnya", "menamai", "menjuluki", "disebut"),
    alias_openers=("dikenal sebagai", "dijuluki", "alias"),
    agent_prepositions=frozenset({"dari", "oleh"}),
    source_phrases=("menurut", "berdasarkan keterangan", "mengutip"),
    min_according_words=2,
    pronouns=frozenset({"ia", "dia", "beliau", "mereka", "saya", "aku", "kami", "kita", "nya"}),
    person_pronouns=frozenset({"ia", "dia", "beliau", "nya"}),
    genderless_pronouns=frozenset({"ia", "dia", "beliau", "nya"}),
    subject_enclitics=("nya",),
    audience_nouns=frozenset({"wartawan", "awak media", "media", "jurnalis", "pers"}),
    relative_pronouns=frozenset({"yang"}),
    noun_like_cues=frozenset(_NOUN_LIKE.split()),
    first_person=frozenset({"saya", "aku", "kami", "kita", "ku"}),
    determiners=frozenset(_DETERMINERS.split()),
    quantifiers=frozenset({"banyak", "beberapa", "sejumlah", "semua", "dua", "tiga"}),
    auxiliaries=frozenset(_AUXILIARIES.split()),
    # that; and that of a request ("meminta agar C", asked that C)
    complementizers=frozenset({"bahwa", "agar", "supaya"}),
    # a request of a thing, no words: "meminta maaf" (to apologise), permission, help,
    # statements (of witnesses), accountability
    request_objects=frozenset({"maaf", "izin", "bantuan", "keterangan", "pertanggungjawaban"}),
    infinitive_markers=frozenset({"untuk"}),
    comma_complement=True,
    # verbs do not inflect: "mengatakan jalan itu ditutup minggu lalu", a clause and its time
    uninflected_verbs=True,
    bare_role_complements=True,
    dative_prepositions=frozenset({"kepada"}),
    conjunctions=frozenset({"dan", "tetapi", "namun", "atau", "serta", "sedangkan"}),
    list_conjunctions=frozenset({"dan", "atau", "serta"}),
    clause_openers=frozenset(_CLAUSE_OPENERS.split()),
    question_words=frozenset({"apa", "siapa", "kapan", "bagaimana", "mengapa", "apakah"}),
    content_stops=frozenset({"meskipun", "walaupun", "padahal"}),
    impersonal_cues=frozenset(
        {"dikatakan", "disebutkan", "dilaporkan", "diberitakan", "dikabarkan", "diketahui"}
    ),
    sentence_adverbs=frozenset({"namun", "sementara", "selain", "bahkan", "kini"}),
    prepositions=frozenset(_PREPOSITIONS.split()),
    time_words=frozenset(_TIME_WORDS.split()),
    title_case_dash_datelines=True,  # "Jakarta - Pemerintah …" (a known city: no place list here)
    manner_adverbs=frozenset(_MANNER_ADVERBS.split()),
    role_nouns=frozenset(_ROLE_NOUNS.split()),
    # "Wali Kota Bandung Rina Lestari": the role's second word is no part of the name
    role_equivalents=(
        ("walikota", "wali kota"),
        ("jubir", "juru bicara"),
        ("dubes", "duta besar"),
        ("kuasa hukum", "pengacara"),
    ),
    thing_nouns=frozenset(_THING_NOUNS.split()),
    bare_complement_words=frozenset(_COMPLEMENT_WORDS.split()),
    bare_complement_affixes=(("pe", "an"), ("ke", "an"), ("per", "an")),
    # city, regency, province ("Kota Bandung", "Kabupaten Bogor")
    area_nouns=frozenset({"kota", "kabupaten", "provinsi"}),
    # west, east, north, south, central, south-east, south-west ("Jawa Barat",
    # "Sulawesi Tenggara", "Sumba Barat Daya")
    compass_words=frozenset({"barat", "timur", "utara", "selatan", "tengah", "tenggara", "daya"}),
    titles=frozenset({"dr", "prof", "ir", "h", "hj", "bapak", "ibu", "pak", "bu", "presiden"}),
    media_words=frozenset(
        {
            "kantor berita antara",
            "kompas",
            "kompas.com",
            "tempo",
            "tempo.co",
            "detik",
            "detikcom",
            "detik.com",
            "cnn indonesia",
            "kumparan",
            "liputan6",
            "liputan6.com",
            "republika",
            "metro tv",
            "tvri",
            "rri",
            "jakarta post",
            "the jakarta post",
            "kantor berita",
        }
    )
    | INTERNATIONAL_MEDIA,
    agency_nouns=frozenset({"kantor berita"}),
    generic_media=frozenset({"media", "awak media"}),
    platform_words=PLATFORMS,
    credit_cues=frozenset({"dilansir", "melansir", "mengutip", "dikutip"}),
    attribution_cues=("dilansir", "melansir", "mengutip", "dikutip dari", "seperti dilansir"),
    attribution_verbs=("melaporkan", "memberitakan", "melansir", "menulis"),
    anaphoric_cues=(
        "hal itu dikatakan",
        "hal itu disampaikan",
        "hal itu diungkapkan",
        "hal itu ditegaskan",
        "hal itu dijelaskan",
        "hal tersebut dikatakan",
        "hal tersebut disampaikan",
        "hal tersebut diungkapkan",
        "hal tersebut ditegaskan",
        "hal tersebut dijelaskan",
        "demikian dikatakan",
        "demikian disampaikan",
        "demikian diungkapkan",
        "demikian dijelaskan",
        "hal ini disampaikan",
        "hal ini dikatakan",
    ),
    byline_words=("Penulis", "Editor", "Pewarta", "Reporter"),
    background_markers=("latar belakang",),
    background_openers=(
        "sebelumnya",
        "seperti diberitakan",
        "seperti diberitakan sebelumnya",
        "sebagaimana diberitakan",
        "sebagaimana diketahui",
        "seperti diketahui",
        "tahun lalu",
        "pekan lalu",
        "bulan lalu",
    ),
    section_markers=("baca juga", "video", "foto"),
    month_names=(
        ("januari", "jan"),
        ("februari", "feb", "pebruari"),
        ("maret", "mar"),
        ("april", "apr"),
        ("mei",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("agustus", "agu", "agt", "ags"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov", "nopember"),
        ("desember", "des"),
    ),
    boilerplate=("baca juga:", "foto:", "sumber:", "editor:", "pewarta:"),
    abbreviations=frozenset(_ABBREVIATIONS.split()),
    stopwords=frozenset(_STOPWORDS.split()),
)
