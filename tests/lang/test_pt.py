"""Portuguese: language detection and the quote constructions of invented articles (issue 4).

Every text here is invented; the conventions (strict xfail rows) are in ``lang_cases``.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "A balsa volta a operar em junho, informou nesta quinta-feira a Capitania dos Portos.",
        [
            (
                "reported",
                "A balsa volta a operar em junho",
                "Capitania dos Portos",
                "informou",
            )
        ],
        id="an-inverted-body-after-nesta-and-a-weekday",
    ),
    pytest.param(
        "A balsa volta a operar em junho, informou esta quinta-feira a Capitania.",
        [("reported", "A balsa volta a operar em junho", "Capitania", "informou")],
        id="an-inverted-body-after-esta-and-a-weekday",
    ),
    pytest.param(
        "A balsa volta a operar em junho, informou hoje a Defesa Civil do estado.",
        [("reported", "A balsa volta a operar em junho", "a Defesa Civil do estado", "informou")],
        id="an-inverted-body-s-name-then-a-lower-case-phrase-that-places-it",
    ),
    pytest.param(
        "Segundo a presidência do Parlamento, a sessão em Lornporto foi adiada.",
        [
            (
                "reported",
                "a sessão em Lornporto foi adiada",
                "a presidência do Parlamento",
                "Segundo",
            )
        ],
        id="a-body-described-by-a-preposition-written-onto-its-article",
    ),
    pytest.param(
        "«A dívida vai cair», disse o presidente do Conselho Mário Cabral.",
        [("direct", "A dívida vai cair", "Mário Cabral", "disse")],
        id="a-first-name-after-a-body-noun-opens-a-holder-s-name-printed-once",
    ),
    pytest.param(
        "O desemprego caiu para 6% em março, segundo dados do INE divulgados nesta terça-feira.",
        [("reported", "O desemprego caiu para 6% em março", "INE", "segundo")],
        id="a-participle-and-its-time-after-the-source",
    ),
    pytest.param(
        (
            "Segundo o vice-presidente do BCE, Luís de Guindos, os "
            "salários continuam a crescer acima do esperado."
        ),
        [
            (
                "reported",
                "os salários continuam a crescer acima do esperado",
                "Luís de Guindos",
                "Segundo",
            )
        ],
        id="a-hyphenated-role-before-a-name-with-a-particle",
    ),
    pytest.param(
        "O presidente do Banco Central Europeu disse que a inflação vai cair no próximo ano.",
        [
            (
                "reported",
                "a inflação vai cair no próximo ano",
                "O presidente do Banco Central Europeu",
                "disse",
            )
        ],
        id="a-role-of-a-body-whose-name-has-two-adjectives",
    ),
    pytest.param(
        (
            "O presidente da Câmara Municipal de Lisboa, Carlos Moedas, "
            "afirmou que a obra vai avançar em março."
        ),
        [("reported", "a obra vai avançar em março", "Carlos Moedas", "afirmou")],
        id="the-name-after-a-role-of-a-body-with-an-adjective-and-a-place",
    ),
    pytest.param(
        "«O plano do porto está pronto», tinham dito os funcionários.",
        [("direct", "O plano do porto está pronto", "os funcionários", "tinham dito")],
        id="tinham-dito-plural-pluperfect",
    ),
    pytest.param(
        "«As contas batem certo este ano», disse Ana Silva claramente.",
        [("direct", "As contas batem certo este ano", "Ana Silva", "disse")],
        id="an-adverb-in-mente-after-an-inverted-name",
    ),
    pytest.param(
        "Segundo a Comissão Europeia, a inflação vai cair no próximo ano.",
        [("reported", "a inflação vai cair no próximo ano", "a Comissão Europeia", "Segundo")],
        id="a-body-noun-and-its-adjective-name-the-body",
    ),
    pytest.param(
        "Segundo o Banco Central Europeu, a inflação vai cair no próximo ano.",
        [("reported", "a inflação vai cair no próximo ano", "o Banco Central Europeu", "Segundo")],
        id="a-body-noun-and-two-adjectives-after-an-article-name-the-body",
    ),
    pytest.param(
        "O ministro João Silva disse que o orçamento do próximo ano estará equilibrado.",
        [("reported", "o orçamento do próximo ano estará equilibrado", "João Silva", "disse")],
        id="reported-que",
    ),
    pytest.param(
        "«Não vamos aumentar os impostos este ano», afirmou o ministro João Silva.",
        [("direct", "Não vamos aumentar os impostos este ano", "João Silva", "afirmou")],
        id="guillemets",
    ),
    pytest.param(
        ("Segundo o presidente da câmara, a nova ponte sobre o rio será aberta já em julho."),
        [
            (
                "reported",
                "a nova ponte sobre o rio será aberta já em julho",
                "o presidente da câmara",
                "Segundo",
            )
        ],
        id="segundo",
    ),
    pytest.param(
        ("As obras na estrada vão durar ainda dois meses, disse o porta-voz da autarquia."),
        [
            (
                "reported",
                "As obras na estrada vão durar ainda dois meses",
                "o porta-voz da autarquia",
                "disse",
            )
        ],
        id="before-cue",
    ),
    pytest.param(
        ("De acordo com a ministra da Saúde, os hospitais vão receber mais médicos este ano."),
        [
            (
                "reported",
                "os hospitais vão receber mais médicos este ano",
                "a ministra da Saúde",
                "De acordo com",
            )
        ],
        id="de-acordo-com",
    ),
    pytest.param(
        (
            "A autarca da cidade, Ana Costa, declarou: «Vamos reconstruir todas as "
            "escolas até ao fim do ano»."
        ),
        [
            (
                "direct",
                "Vamos reconstruir todas as escolas até ao fim do ano",
                "Ana Costa",
                "declarou",
            )
        ],
        id="apposition-colon",
    ),
    pytest.param(
        (
            "O Governo vai aumentar as pensões mais baixas em julho, disse hoje a "
            "ministra do Trabalho, Maria Ramalho."
        ),
        [
            (
                "reported",
                "O Governo vai aumentar as pensões mais baixas em julho",
                "Maria Ramalho",
                "disse",
            ),
        ],
        id="inverted-article-preposition",
    ),
    pytest.param(
        ("A inflação vai abrandar no próximo ano, disse hoje o Banco de Portugal."),
        [
            ("reported", "A inflação vai abrandar no próximo ano", "o Banco de Portugal", "disse"),
        ],
        id="agency-no-outlet",
    ),
    pytest.param(
        (
            '"É um passo decisivo para devolver a casa às famílias", reagiu Luís '
            "Montenegro, numa publicação na rede social."
        ),
        [
            (
                "direct",
                "É um passo decisivo para devolver a casa às famílias",
                "Luís Montenegro",
                "reagiu",
            ),
        ],
        id="reagiu",
    ),
    pytest.param(
        (
            'O Presidente angolano, Manuel Neto, visitou hoje a província. "Vamos '
            'reconstruir as estradas", declarou o chefe de Estado aos jornalistas.'
        ),
        [("direct", "Vamos reconstruir as estradas", "Manuel Neto", "declarou")],
        id="role-equivalent-chefe-de-estado",
    ),
    pytest.param(
        (
            "O ministro da Economia, Rui Lopes, reuniu-se hoje com os parceiros "
            "sociais. Segundo o ministro, o acordo será assinado na próxima semana."
        ),
        [("reported", "o acordo será assinado na próxima semana", "Rui Lopes", "Segundo")],
        id="role-in-commas-before-name",
    ),
    pytest.param(
        (
            "Para o sindicato dos professores, o aumento do salário não é "
            "suficiente para as famílias portuguesas."
        ),
        [
            (
                "reported",
                "o aumento do salário não é suficiente para as famílias portuguesas",
                "o sindicato dos professores",
                "Para",
            )
        ],
        id="opinion-para-x",
    ),
    pytest.param(
        ('"A reforma da saúde vai avançar este ano", disse a Azevedo o ministro Rui Lopes.'),
        [("direct", "A reforma da saúde vai avançar este ano", "Rui Lopes", "disse")],
        id="addressee-name-after-cue-then-speaker",
    ),
    pytest.param(
        ('"A reforma da saúde vai avançar este ano", disse a Azevedo na saída do encontro.'),
        # the cue with its subject dropped: whom it was said to is no speaker
        [("direct", "A reforma da saúde vai avançar este ano", None, "disse")],
        id="addressee-name-after-cue-is-no-speaker",
    ),
    pytest.param(
        (
            '"O museu vai reabrir", disse a ministra Rita Lopes, acrescentando que as salas '
            "serão renovadas."
        ),
        [
            ("direct", "O museu vai reabrir", "Rita Lopes", "disse"),
            ("reported", "as salas serão renovadas", "Rita Lopes", "acrescentando"),
        ],
        id="gerund-adds-content",
    ),
    pytest.param(
        "A prefeita visitou o porto na terça-feira, acrescentando novos guindastes ao cais.",
        [],
        id="gerund-with-a-noun-phrase-object-reports-nothing",
    ),
    pytest.param(
        "Em nota, a entidade declarou que o museu vai reabrir.",
        [("reported", "o museu vai reabrir", "a entidade", "declarou")],
        id="article-that-is-a-preposition-opens-the-subject",
    ),
    pytest.param(
        (
            "O presidente da Câmara de Tavira, Rui Matos, explicou que a estrada reabre amanhã. "
            '"Não houve feridos", adiantou o autarca.'
        ),
        [
            ("reported", "a estrada reabre amanhã", "Rui Matos", "explicou"),
            ("direct", "Não houve feridos", "Rui Matos", "adiantou"),
        ],
        id="autarca-is-the-presidente-da-camara",
    ),
    pytest.param(
        "Além disso, disse o prefeito, o porto vai reabrir em maio.",
        [("reported", "o porto vai reabrir em maio", "o prefeito", "disse")],
        id="adverb-then-parenthetical-cue-and-source",
    ),
    pytest.param(
        "O mercado municipal vai reabrir na próxima semana, disse a prefeita.",
        [("reported", "O mercado municipal vai reabrir na próxima semana", "a prefeita", "disse")],
        id="inverted-feminine-article",
    ),
    pytest.param(
        "As vacinas chegam aos postos de saúde em maio, afirmou a ministra da Saúde.",
        [
            (
                "reported",
                "As vacinas chegam aos postos de saúde em maio",
                "a ministra da Saúde",
                "afirmou",
            )
        ],
        id="inverted-feminine-role-domain",
    ),
    pytest.param(
        "A ponte nova fica pronta até o fim do ano, disse à imprensa a governadora.",
        [
            (
                "reported",
                "A ponte nova fica pronta até o fim do ano",
                "a governadora",
                "disse à imprensa",
            )
        ],
        id="inverted-addressee-then-feminine-article",
    ),
    pytest.param(
        "O novo hospital abre as portas em setembro, contou a Helena.",
        [
            (
                "reported",
                "O novo hospital abre as portas em setembro",
                "Helena",
                "contou",
            )
        ],
        id="inverted-article-before-name-ending-clause",
    ),
    pytest.param(
        "Quando a câmara municipal aprova um novo orçamento, ela responde.",
        [],
        id="adverbial-clause-before-pronoun-and-cue-is-no-content",
    ),
    pytest.param(
        "O dinheiro da obra veio de uma herança antiga, disse à Polícia Federal o empresário.",
        [("reported", "O dinheiro da obra veio de uma herança antiga", "o empresário", "disse")],
        id="inverted-dative-addressee-before-the-source",
    ),
    pytest.param(
        "O empresário Rui Lopes falou com os jornalistas. Em depoimento, disse à Polícia "
        "Federal que o dinheiro veio de uma herança antiga.",
        [("reported", "o dinheiro veio de uma herança antiga", None, "disse")],
        id="fronted-adjunct-then-dative-addressee-is-no-speaker",
    ),
    pytest.param(
        "O empresário Rui Lopes falou com os jornalistas. Em depoimento, disse a PF que o "
        "dinheiro veio de uma herança antiga.",
        [("reported", "o dinheiro veio de uma herança antiga", None, "disse")],
        id="fronted-adjunct-then-name-before-que-is-whom-it-was-said-to",
    ),
    pytest.param(
        "Em depoimento, disse o empresário que o dinheiro veio de uma herança antiga.",
        [("reported", "o dinheiro veio de uma herança antiga", "o empresário", "disse")],
        id="fronted-adjunct-then-subject-after-the-cue-before-que",
    ),
    pytest.param(
        "Segundo explicou o ministro, as obras começarão em maio.",
        [("reported", "as obras começarão em maio", "o ministro", "explicou")],
        id="segundo-and-a-cue-clause",
    ),
    pytest.param(
        "Segundo o Instituto Nacional de Habitação, as rendas subiram em abril.",
        [
            (
                "reported",
                "as rendas subiram em abril",
                "o Instituto Nacional de Habitação",
                "Segundo",
            )
        ],
        id="body-named-with-de-and-a-capitalised-word-stays-whole",
    ),
    pytest.param(
        "Segundo os dados do Instituto Nacional de Habitação, as rendas subiram em abril.",
        [("reported", "as rendas subiram em abril", "Instituto Nacional de Habitação", "Segundo")],
        id="record-noun-names-the-body-after-its-preposition",
    ),
    pytest.param(
        "Segundo os dados divulgados pelo Instituto das Pescas, as capturas caíram em abril.",
        [("reported", "as capturas caíram em abril", "Instituto das Pescas", "Segundo")],
        id="record-noun-names-the-agent-after-its-participle",
    ),
    pytest.param(
        "A ponte reabrirá em maio, disse a nova ministra.",
        [("reported", "A ponte reabrirá em maio", "a nova ministra", "disse")],
        id="an-article-that-is-a-preposition-then-a-modifier-and-a-role-noun",
    ),
    pytest.param(
        "João Silva em Lisboa disse que a ponte sobre o rio vai reabrir até ao fim do mês.",
        [("reported", "a ponte sobre o rio vai reabrir até ao fim do mês", "João Silva", "disse")],
        id="a-name-before-its-place-speaks",
    ),
    pytest.param(
        (
            "O Governo vai aprovar a reforma em abril, anunciou hoje a ministra das Finanças, "
            'Maria Silva. "Não haverá aumento de impostos", garantiu a governante.'
        ),
        [
            ("reported", "O Governo vai aprovar a reforma em abril", "Maria Silva", "anunciou"),
            ("direct", "Não haverá aumento de impostos", "Maria Silva", "garantiu"),
        ],
        id="a-generic-noun-for-the-person-last-named",
    ),
    pytest.param(
        "A ministra garantiu que as obras terminam em junho, acrescentando que o orçamento "
        "não foi ultrapassado.",
        [
            ("reported", "as obras terminam em junho", "A ministra", "garantiu"),
            ("reported", "o orçamento não foi ultrapassado", "A ministra", "acrescentando"),
        ],
        id="a-gerund-after-a-subject-whose-article-is-a-preposition-too",
    ),
    pytest.param(
        "O autarca da cidade garantiu que as obras terminam em junho, acrescentando que o "
        "orçamento não foi ultrapassado.",
        [
            ("reported", "as obras terminam em junho", "O autarca da cidade", "garantiu"),
            (
                "reported",
                "o orçamento não foi ultrapassado",
                "O autarca da cidade",
                "acrescentando",
            ),
        ],
        id="a-gerund-after-a-subject-with-a-contracted-preposition",
    ),
    pytest.param(
        "Inês Costa e Rui Lopes visitaram o porto. «Está tudo pronto», disse ela.",
        [("direct", "Está tudo pronto", "Inês Costa", "disse")],
        id="ela-a-woman-s-name-that-does-not-end-in-a",
    ),
    pytest.param(
        "«O acordo é justo», disse Paulo Henrique Duarte da Silva.",
        [("direct", "O acordo é justo", "Paulo Henrique Duarte da Silva", "disse")],
        id="first-names-before-a-surname-with-a-particle",
    ),
    pytest.param(
        "Marta Sofia Reis dos Santos afirmou que o porto vai reabrir em maio.",
        [("reported", "o porto vai reabrir em maio", "Marta Sofia Reis dos Santos", "afirmou")],
        id="a-surname-with-a-contracted-plural-particle",
    ),
    pytest.param(
        "«O porto reabre em maio», disse um assessor de Rui Tavares.",
        [("direct", "O porto reabre em maio", "um assessor de Rui Tavares", "disse")],
        id="a-role-of-a-named-person-speaks-not-the-person",
    ),
    pytest.param(
        "«O cais abre em maio», pontuou o autarca.",
        [
            ("direct", "O cais abre em maio", "o autarca", "pontuou"),
        ],
        id="a-newsroom-cue-verb",
    ),
    pytest.param(
        "O governo reforçou a segurança no cais.",
        [],
        id="a-clause-cue-with-a-noun-object-reports-nothing",
    ),
    pytest.param(
        "Tal como explicou o ministro, a ponte reabre em maio.",
        [("reported", "a ponte reabre em maio", "o ministro", "explicou")],
        id="tal-como-opens-the-as-clause",
    ),
    pytest.param(
        "O mercado reabre na próxima semana, anunciou hoje a câmara municipal.",
        [("reported", "O mercado reabre na próxima semana", "a câmara municipal", "anunciou")],
        id="a-council-speaks-after-an-inverted-cue",
    ),
    pytest.param(
        "O cais reabre na segunda-feira, informou a autoridade portuária.",
        [("reported", "O cais reabre na segunda-feira", "a autoridade portuária", "informou")],
        id="a-is-the-article-before-a-singular-common-noun",
    ),
    pytest.param(
        "O cais reabre na segunda-feira, disse a jornalistas o ministro.",
        [("reported", "O cais reabre na segunda-feira", "o ministro", "disse")],
        id="a-is-the-preposition-before-a-bare-plural",
    ),
    pytest.param(
        "O cais reabre na segunda-feira, disse a jornalistas.",
        [("reported", "O cais reabre na segunda-feira", None, "disse")],
        id="a-bare-plural-after-a-is-whom-to-no-source",
    ),
    pytest.param(
        "O cais reabre na segunda-feira, disse a verdade.",
        [("reported", "O cais reabre na segunda-feira", None, "disse")],
        id="a-noun-of-what-is-said-is-no-source",
    ),
    pytest.param(
        "A feira foi adiada para junho, informou a prefeitura.",
        [("reported", "A feira foi adiada para junho", "a prefeitura", "informou")],
        id="a-city-hall-speaks-after-an-inverted-cue",
    ),
    pytest.param(
        "De acordo com a Polícia Judiciária, o suspeito foi detido ontem.",
        [("reported", "o suspeito foi detido ontem", "a Polícia Judiciária", "De acordo com")],
        id="police-body-capitalised-with-its-adjective",
    ),
    pytest.param(
        "A ponte vai estar fechada até sexta-feira, informou a Guarda Nacional Republicana"
        " em comunicado.",
        [
            (
                "reported",
                "A ponte vai estar fechada até sexta-feira",
                "a Guarda Nacional Republicana",
                "informou",
            )
        ],
        id="guard-body-of-three-words",
    ),
    pytest.param(
        "A ponte vai estar fechada até sexta-feira, disse o Ministério dos Negócios Estrangeiros.",
        [
            (
                "reported",
                "A ponte vai estar fechada até sexta-feira",
                "o Ministério dos Negócios Estrangeiros",
                "disse",
            )
        ],
        id="body-noun-dos-two-capitalised-words",
    ),
    pytest.param(
        "A ponte vai estar fechada até sexta-feira, disse a Polícia de Segurança Pública.",
        [
            (
                "reported",
                "A ponte vai estar fechada até sexta-feira",
                "a Polícia de Segurança Pública",
                "disse",
            )
        ],
        id="police-de-two-words",
    ),
    pytest.param(
        "O ministro foi claro: «Não haverá aumento de impostos».",
        [("direct", "Não haverá aumento de impostos", "O ministro", None)],
        id="the-copula-and-a-manner-adjective-before-a-colon",
    ),
    pytest.param(
        "O hospital vai fechar em março, adiantou à agência Lusa fonte oficial do ministério.",
        [("reported", "O hospital vai fechar em março", "fonte oficial do ministério", "adiantou")],
        id="the-agency-told-by-its-noun-and-name-before-a-bare-source",
    ),
    pytest.param(
        "— Perdemos muito — disse o presidente da Câmara —, mas vamos reconstruir a ponte.",
        [
            ("direct", "Perdemos muito", "o presidente da Câmara", "disse"),
            ("direct", "mas vamos reconstruir a ponte", "o presidente da Câmara", "disse"),
        ],
        id="the-words-resume-after-the-closing-dash-s-comma",
    ),
    pytest.param(
        "«Não vamos ceder nas pensões», disse o ministro aos jornalistas.",
        [("direct", "Não vamos ceder nas pensões", "o ministro", "disse")],
        id="the-journalists-after-a-source-s-role-are-its-audience",
    ),
    pytest.param(
        "O governo apelou à população para evitar deslocações durante o temporal.",
        [("reported", "evitar deslocações durante o temporal", "O governo", "apelou")],
        id="a-control-cue-s-infinitive-after-its-addressee-and-para",
    ),
    pytest.param(
        "A ponte de Lornport ficará fechada até segunda-feira, como confirmado pelo prefeito.",
        [
            (
                "reported",
                "A ponte de Lornport ficará fechada até segunda-feira",
                "prefeito",
                "confirmado",
            )
        ],
        id="an-as-participle-s-agent-speaks",
    ),
    pytest.param(
        "O centro de saúde de Lornport fecha em junho, como foi confirmado pela Câmara.",
        [
            (
                "reported",
                "O centro de saúde de Lornport fecha em junho",
                "Câmara",
                "confirmado",
            )
        ],
        id="an-as-clause-s-passive-agent-speaks",
    ),
    pytest.param(
        "A ponte de Lornport fecha na sexta-feira. A informação foi avançada pela Câmara.",
        [
            (
                "reported",
                "A ponte de Lornport fecha na sexta-feira",
                "Câmara",
                "A informação foi avançada pela",
            )
        ],
        id="an-anaphoric-passive-with-the-article-written-onto-por",
    ),
    pytest.param(
        "As chuvas deixaram 300 pessoas desalojadas, informou na segunda-feira a Defesa Civil "
        "do município.",
        [
            (
                "reported",
                "As chuvas deixaram 300 pessoas desalojadas",
                "a Defesa Civil do município",
                "informou",
            )
        ],
        id="the-article-a-after-a-day-opens-the-inverted-subject",
    ),
    pytest.param(
        "A prefeita Rita Sousa decretou emergência. Em nota, a prefeitura afirmou que os "
        "abrigos estão preparados.",
        [("reported", "os abrigos estão preparados", "a prefeitura", "afirmou")],
        id="the-city-hall-is-a-body",
    ),
    pytest.param(
        "Segundo o coordenador da Defesa Civil, Marcos Vieira, o nível do rio subiu quatro "
        "metros durante a noite.",
        [
            (
                "reported",
                "o nível do rio subiu quatro metros durante a noite",
                "Marcos Vieira",
                "Segundo",
            )
        ],
        id="a-coordinator-s-name-apposed-after-segundo",
    ),
]


TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_pt(text: str) -> None:
    assert lang.detect(text) == "pt"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "pt"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("pt")
