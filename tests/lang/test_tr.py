"""Turkish: language detection, the verb-final quote constructions of invented articles,
names with case endings after an apostrophe, and background openers.

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Lornport Emniyet Genel Müdürlüğünden yapılan açıklamaya göre, kazada üç kişi yaralandı.",
        [
            (
                "reported",
                "kazada üç kişi yaralandı",
                "Lornport Emniyet Genel Müdürlüğünden",
                "göre",
            )
        ],
        id="a-body-s-adjective-is-no-role-of-its-name",
    ),
    pytest.param(
        "Ulaştırma Bakanı Deniz Kara, köprünün haziranda açılacağını söyledi.",
        [("reported", "köprünün haziranda açılacağını", "Deniz Kara", "söyledi")],
        id="subject-comma-content-cue",
    ),
    pytest.param(
        'Kara, "Projeyi zamanında bitireceğiz" dedi.',
        [("direct", "Projeyi zamanında bitireceğiz", "Kara", "dedi")],
        id="quotation-then-dedi",
    ),
    pytest.param(
        'Kara, törende yaptığı konuşmada, "Bu köprü şehrin yüzünü değiştirecek" diye konuştu.',
        [("direct", "Bu köprü şehrin yüzünü değiştirecek", "Kara", "diye konuştu")],
        id="adjunct-between-subject-and-quotation",
    ),
    pytest.param(
        "Trafiğin yüzde 30 azalacağını belirten Kara, ihalenin yakında yapılacağını vurguladı.",
        [
            ("reported", "Trafiğin yüzde 30 azalacağını", "Kara", "belirten"),
            ("reported", "ihalenin yakında yapılacağını", "Kara", "vurguladı"),
        ],
        id="participle-before-its-speaker",
    ),
    pytest.param(
        'Kara, maliyetin arttığını ifade ederek, "Yine de bütçeyi aşmayacağız" dedi.',
        [
            ("reported", "maliyetin arttığını", "Kara", "ifade ederek"),
            ("direct", "Yine de bütçeyi aşmayacağız", "Kara", "dedi"),
        ],
        id="converb-gives-its-content-to-the-subject",
    ),
    pytest.param(
        "Vali Ece Tan ise okulların iki gün kapalı kalacağını duyurdu.",
        [("reported", "okulların iki gün kapalı kalacağını", "Ece Tan", "duyurdu")],
        id="topic-particle-ends-the-subject",
    ),
    pytest.param(
        "Tan'a göre, yolların açılması bir haftayı bulacak.",
        [("reported", "yolların açılması bir haftayı bulacak", "Tan", "göre")],
        id="göre-with-a-case-ending-after-the-apostrophe",
    ),
    pytest.param(
        '"Bu kabul edilemez," Ayşe Demir dedi.',
        [("direct", "Bu kabul edilemez,", "Ayşe Demir", "dedi")],
        id="quotation-name-cue",
    ),
    pytest.param(
        "Kaptan Ali Er, taraftarlardan destek istedi.",
        [],
        id="a-noun-object-is-no-reported-clause",
    ),
    pytest.param(
        "Ulaştırma Bakanı Deniz Kara, yaptığı açıklamada köprünün haziranda açılacağını söyledi.",
        [("reported", "köprünün haziranda açılacağını", "Deniz Kara", "söyledi")],
        id="in-the-statement-he-made-is-no-content",
    ),
    pytest.param(
        "Vali Ayşe Demir, düzenlediği basın toplantısında, köprünün haziranda açılacağını "
        "belirtti.",
        [("reported", "köprünün haziranda açılacağını", "Ayşe Demir", "belirtti")],
        id="at-the-press-conference-she-held-is-no-content",
    ),
    pytest.param(
        'Bakan Aydın, yaptığı açıklamada şunları söyledi: "Köprü temmuzda açılacak."',
        [("direct", "Köprü temmuzda açılacak.", "Aydın", "söyledi")],
        id="the-subject-before-the-comma-not-the-object-before-a-colon-cue",
    ),
    pytest.param(
        "Vali Mehmet Ali Aydın, köprünün temmuzda açılacağını söyledi.",
        [("reported", "köprünün temmuzda açılacağını", "Mehmet Ali Aydın", "söyledi")],
        id="two-given-names-after-a-role",
    ),
    pytest.param(
        '"Köprü temmuzda açılacak" dedi Vali Mehmet Aydın.',
        [("direct", "Köprü temmuzda açılacak", "Mehmet Aydın", "dedi")],
        id="the-name-after-the-cue-of-a-quotation-inverted",
    ),
    pytest.param(
        'Sözcü Ali Kaya, "Liman mayısta yeniden açılacak" dedi.',
        [("direct", "Liman mayısta yeniden açılacak", "Ali Kaya", "dedi")],
        id="a-spokesperson-is-no-newspaper",
    ),
    pytest.param(
        "Vali Ali Kaya'ya göre sürücü alkollüydü.",
        [("reported", "sürücü alkollüydü", "Ali Kaya", "göre")],
        id="gore-then-a-content-of-two-words",
    ),
    pytest.param(
        "Ali Kaya, AA muhabirine yaptığı açıklamada köprünün mayısta açılacağını söyledi.",
        [("reported", "köprünün mayısta açılacağını", "Ali Kaya", "söyledi")],
        id="whom-to-and-the-medium-before-the-content",
    ),
    pytest.param(
        "Valiliğin açıklamasına göre kazada üç kişi yaralandı.",
        [("reported", "kazada üç kişi yaralandı", "Valiliğin", "göre")],
        id="the-statement-before-gore-is-no-part-of-its-owner",
    ),
    pytest.param(
        "Sağlık Bakanlığının verilerine göre vaka sayısı geçen hafta düştü.",
        [("reported", "vaka sayısı geçen hafta düştü", "Sağlık Bakanlığının", "göre")],
        id="the-data-before-gore-is-no-part-of-its-owner",
    ),
    pytest.param(
        "Lornport Liman Müdürlüğünden yapılan açıklamada ise seferlerin yarın yeniden "
        "başlayacağı belirtildi.",
        [
            (
                "reported",
                "seferlerin yarın yeniden başlayacağı",
                "Lornport Liman Müdürlüğünden",
                "belirtildi",
            )
        ],
        id="the-ablative-body-of-a-statement-speaks-an-impersonal-cue",
    ),
    pytest.param(
        "Valilikten yapılan açıklamada, köprünün iki gün boyunca kapalı kalacağı bildirildi.",
        [("reported", "köprünün iki gün boyunca kapalı kalacağı", "Valilikten", "bildirildi")],
        id="the-ablative-body-before-a-comma-speaks-an-impersonal-cue",
    ),
    pytest.param(
        "Sosyal medya hesabından yapılan açıklamada, Lorn köprüsünün kapatıldığı belirtildi.",
        [("reported", "Lorn köprüsünün kapatıldığı", None, "belirtildi")],
        id="an-account-in-the-ablative-is-where-the-statement-was-made-no-speaker",
    ),
    pytest.param(
        "Olay yerinden yapılan açıklamada, yaralı olmadığı bildirildi.",
        [("reported", "yaralı olmadığı", None, "bildirildi")],
        id="a-place-in-the-ablative-is-no-speaker",
    ),
    pytest.param(
        "Twitter'dan yapılan açıklamada, köprünün pazartesi açılacağı belirtildi.",
        [("reported", "köprünün pazartesi açılacağı", None, "belirtildi")],
        id="a-platform-in-the-ablative-is-no-speaker",
    ),
    pytest.param(
        "Basın toplantısından yapılan açıklamada, feribotun yarın döneceği bildirildi.",
        [("reported", "feribotun yarın döneceği", None, "bildirildi")],
        id="an-event-in-the-ablative-is-no-speaker",
    ),
    pytest.param(
        "Sabahtan yapılan açıklamada, limanın kapalı kalacağı belirtildi.",
        [("reported", "limanın kapalı kalacağı", None, "belirtildi")],
        id="a-time-in-the-ablative-is-no-speaker",
    ),
    pytest.param(
        "AFAD'dan yapılan açıklamada, 12 evin zarar gördüğü belirtildi.",
        [("reported", "12 evin zarar gördüğü", "AFAD", "belirtildi")],
        id="a-body-acronym-in-the-ablative-speaks",
    ),
]

TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_tr(text: str) -> None:
    assert lang.detect(text) == "tr"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "tr"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text, lang="tr") == expected


def test_colon_then_a_quotation_paragraph() -> None:
    text = 'Bakan Deniz Kara, şunları kaydetti:\n"Köprü gelecek yıl açılacak. Hazırız."'
    assert quote_rows(text, lang="tr") == [
        ("direct", "Köprü gelecek yıl açılacak. Hazırız.", "Deniz Kara", "kaydetti")
    ]


def test_name_with_a_case_ending_resolves_to_the_full_name() -> None:
    text = (
        "Bakan Deniz Kara, yeni yolun hazır olduğunu söyledi.\n"
        "Kara'ya göre, çalışmalar mayısta bitecek."
    )
    speakers = {row[2] for row in quote_rows(text, lang="tr")}
    assert speakers == {"Deniz Kara"}


def test_background_opener() -> None:
    text = (
        "Bakan Deniz Kara, köprünün açılacağını söyledi.\n"
        "Hatırlanacağı üzere, köprünün temeli 2020 yılında atılmıştı."
    )
    article = newsstruct.parse(text, lang="tr", registry=REGISTRY)
    assert [p.text for p in article.background] == [
        "Hatırlanacağı üzere, köprünün temeli 2020 yılında atılmıştı."
    ]


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("tr")
