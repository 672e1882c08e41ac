"""Spanish: language detection and the quote constructions of invented articles (issue 4).

Every text here is invented.
"""

from __future__ import annotations

import pytest
from lang_cases import REGISTRY, Quote, check_lexicon, quote_rows

import newsstruct
from newsstruct import lang

CASES = [
    pytest.param(
        "Los estibadores, por su parte, han criticado la medida y han anunciado que "
        "habrá paros en el puerto.",
        [("reported", "habrá paros en el puerto", "Los estibadores", "han anunciado")],
        id="a-coordinated-cue-after-an-aside-and-a-compound-tense-shares-the-subject",
    ),
    pytest.param(
        "La Junta ha aprobado el nuevo horario de los ferris, según ha anunciado la "
        "consejera de Puertos, Inés Lorca, en la rueda de prensa posterior al pleno.",
        [
            (
                "reported",
                "La Junta ha aprobado el nuevo horario de los ferris",
                "Inés Lorca",
                "ha anunciado",
            )
        ],
        id="an-adjunct-after-the-apposed-name-of-a-segun-clause-is-no-second-piece",
    ),
    pytest.param(
        "Según la presidencia del Parlamento, la sesión en Lornia se aplaza.",
        [("reported", "la sesión en Lornia se aplaza", "la presidencia del Parlamento", "Según")],
        id="a-body-described-by-a-preposition-written-onto-its-article",
    ),
    pytest.param(
        "El puente de Lornport seguirá cerrado, como fue confirmado por el alcalde.",
        [("reported", "El puente de Lornport seguirá cerrado", "el alcalde", "confirmado")],
        id="an-as-clause-s-passive-agent-speaks",
    ),
    pytest.param(
        "«La deuda bajará», dijo el presidente del Consejo Mario Vidal.",
        [("direct", "La deuda bajará", "Mario Vidal", "dijo")],
        id="a-first-name-after-a-body-noun-opens-a-holder-s-name-printed-once",
    ),
    pytest.param(
        "«La deuda bajará», dijo el ministro José Luis Ortega.",
        [("direct", "La deuda bajará", "José Luis Ortega", "dijo")],
        id="a-first-name-after-a-first-name-is-a-second-given-name",
    ),
    pytest.param(
        "El juicio seguirá en mayo, según el abogado ayer.",
        [("reported", "El juicio seguirá en mayo", "el abogado", "según")],
        id="a-noun-with-a-participle-ending-before-a-time",
    ),
    pytest.param(
        "El paro bajó al 12 % en marzo, según datos del INE publicados este martes.",
        [("reported", "El paro bajó al 12 % en marzo", "INE", "según")],
        id="a-participle-and-its-time-after-the-source",
    ),
    pytest.param(
        "El presidente del Banco Central Europeo dijo que la inflación bajará el próximo año.",
        [
            (
                "reported",
                "la inflación bajará el próximo año",
                "El presidente del Banco Central Europeo",
                "dijo",
            )
        ],
        id="a-role-of-a-body-whose-name-has-two-adjectives",
    ),
    pytest.param(
        (
            "El vicepresidente del Fondo Monetario Internacional, Luis "
            "de la Vega, dijo que la economía crecerá."
        ),
        [("reported", "la economía crecerá", "Luis de la Vega", "dijo")],
        id="a-name-with-particles-after-a-role-of-a-body",
    ),
    pytest.param(
        "«El plan del puerto está listo», habían dicho los funcionarios.",
        [("direct", "El plan del puerto está listo", "los funcionarios", "habían dicho")],
        id="habian-dicho-plural-pluperfect",
    ),
    pytest.param(
        "«Las cuentas cuadran este año», dijo Ana Ruiz tajantemente.",
        [("direct", "Las cuentas cuadran este año", "Ana Ruiz", "dijo")],
        id="an-adverb-in-mente-after-an-inverted-name",
    ),
    pytest.param(
        "Según la Comisión Europea, la inflación bajará el próximo año.",
        [("reported", "la inflación bajará el próximo año", "la Comisión Europea", "Según")],
        id="a-body-noun-and-its-adjective-name-the-body",
    ),
    pytest.param(
        "«Las cuentas cuadran», dijo Marta Solís el lunes en Soria.",
        [("direct", "Las cuentas cuadran", "Marta Solís", "dijo")],
        id="an-article-after-the-name-opens-a-time-adjunct",
    ),
    pytest.param(
        ("El ministro Pedro García dijo que el presupuesto del próximo año estará equilibrado."),
        [("reported", "el presupuesto del próximo año estará equilibrado", "Pedro García", "dijo")],
        id="reported-que",
    ),
    pytest.param(
        "«No subiremos los impuestos este año», dijo el ministro Pedro García.",
        [("direct", "No subiremos los impuestos este año", "Pedro García", "dijo")],
        id="guillemets",
    ),
    pytest.param(
        ("Según el alcalde, el nuevo puente sobre el río se abrirá ya en el mes de julio."),
        [
            (
                "reported",
                "el nuevo puente sobre el río se abrirá ya en el mes de julio",
                "el alcalde",
                "Según",
            )
        ],
        id="segun",
    ),
    pytest.param(
        "Según la ministra de Transportes, Ana Gil, el puente se abrirá ya en el mes de julio.",
        [("reported", "el puente se abrirá ya en el mes de julio", "Ana Gil", "Según")],
        id="segun-description-comma-name",
    ),
    pytest.param(
        (
            "Las obras en la carretera durarán todavía dos meses, señaló el "
            "portavoz del ayuntamiento."
        ),
        [
            (
                "reported",
                "Las obras en la carretera durarán todavía dos meses",
                "el portavoz del ayuntamiento",
                "señaló",
            )
        ],
        id="before-cue",
    ),
    pytest.param(
        ("«Estamos dispuestos a negociar —dijo el sindicalista— pero no a cualquier precio»."),
        [
            ("direct", "Estamos dispuestos a negociar", "el sindicalista", "dijo"),
            ("direct", "pero no a cualquier precio", "el sindicalista", "dijo"),
        ],
        id="inserted-dash-cue",
    ),
    pytest.param(
        (
            "La alcaldesa de la ciudad, Ana López, afirmó: «Reconstruiremos todas "
            "las escuelas antes de fin de año»."
        ),
        [
            (
                "direct",
                "Reconstruiremos todas las escuelas antes de fin de año",
                "Ana López",
                "afirmó",
            )
        ],
        id="apposition-colon",
    ),
    pytest.param(
        (
            "Ayer, la ministra de Hacienda, Lucía Ortega, dijo que el presupuesto "
            "del próximo año será equilibrado."
        ),
        [
            ("reported", "el presupuesto del próximo año será equilibrado", "Lucía Ortega", "dijo"),
        ],
        id="apposition-name-after-role",
    ),
    pytest.param(
        (
            "El presupuesto del próximo año será equilibrado, dijo la ministra de "
            "Hacienda, Lucía Ortega."
        ),
        [
            ("reported", "El presupuesto del próximo año será equilibrado", "Lucía Ortega", "dijo"),
        ],
        id="inverted-article-apposition",
    ),
    pytest.param(
        (
            "“No tenemos otra opción —ha explicado el consejero de Agricultura, "
            "Ramón Fernández—. Si no actuamos ahora, no habrá agua”."
        ),
        [
            ("direct", "No tenemos otra opción", "Ramón Fernández", "ha explicado"),
            ("direct", "Si no actuamos ahora, no habrá agua", "Ramón Fernández", "ha explicado"),
        ],
        id="inserted-dash-cue-apposition",
    ),
    pytest.param(
        (
            "Cabe recordar que la Ley de Vivienda aprobada hace tres años ya "
            "permitía declarar zonas tensionadas."
        ),
        [],
        id="writer-reminder-no-quote",
    ),
    pytest.param(
        (
            "El ministro quiso recordar que la Ley de Vivienda ya permitía declarar "
            "zonas tensionadas."
        ),
        [
            (
                "reported",
                "la Ley de Vivienda ya permitía declarar zonas tensionadas",
                "El ministro",
                "recordar",
            ),
        ],
        id="infinitive-with-subject",
    ),
    pytest.param(
        (
            "El presidente de Perú, Jorge Salas, visitó este lunes la zona afectada "
            'por las lluvias. "No dejaremos a nadie atrás", afirmó el jefe del '
            "Estado ante los vecinos."
        ),
        [("direct", "No dejaremos a nadie atrás", "Jorge Salas", "afirmó")],
        id="role-equivalent-jefe-del-estado",
    ),
    pytest.param(
        (
            'El alcalde de Tordesillas, Pedro Gil, presentó el plan. "Es una obra '
            'necesaria", explicó el regidor.'
        ),
        [("direct", "Es una obra necesaria", "Pedro Gil", "explicó")],
        id="role-equivalent-regidor",
    ),
    pytest.param(
        ("Para la alcaldesa, Marta Gil, la obra es necesaria para el barrio."),
        [("reported", "la obra es necesaria para el barrio", "Marta Gil", "Para")],
        id="opinion-para-x",
    ),
    pytest.param(
        ("En la operación se incautaron tres fusiles y dinero en efectivo, según se informó."),
        [],
        id="impersonal-segun-se-informo",
    ),
    pytest.param(
        ("Se espera que el texto llegue al Congreso en septiembre."),
        [],
        id="impersonal-se-espera",
    ),
    pytest.param(
        ("El ministro se mostró convencido de que el acuerdo llegará antes del verano."),
        [
            (
                "reported",
                "el acuerdo llegará antes del verano",
                "El ministro",
                "se mostró convencido",
            )
        ],
        id="reflexive-cue-with-subject",
    ),
    pytest.param(
        (
            "El ministro Juan Ruiz dijo que el plan es bueno. A su juicio, la "
            "reforma es indispensable para el país."
        ),
        [
            ("reported", "el plan es bueno", "Juan Ruiz", "dijo"),
            ("reported", "la reforma es indispensable para el país", "Juan Ruiz", "A su juicio"),
        ],
        id="source-phrase-holds-its-possessive",
    ),
    pytest.param(
        ('"Es un golpe contundente", dijo el director de la Policía, Óscar Iván Beltrán.'),
        [("direct", "Es un golpe contundente", "Óscar Iván Beltrán", "dijo")],
        id="role-de-la-body-then-name-after-cue",
    ),
    pytest.param(
        ('"Es un golpe contundente", dijo el director de la Policía, general Óscar Iván Beltrán.'),
        [("direct", "Es un golpe contundente", "Óscar Iván Beltrán", "dijo")],
        id="rank-before-apposed-name",
    ),
    pytest.param(
        ('"El plan de obras está listo", dijo a EFE el portavoz del ministerio.'),
        [("direct", "El plan de obras está listo", "el portavoz del ministerio", "dijo")],
        id="outlet-told-before-the-source",
    ),
    pytest.param(
        "El puerto reabrirá en mayo, dijo ayer en Vigo la portavoz municipal, Ana Gil.",
        [("reported", "El puerto reabrirá en mayo", "Ana Gil", "dijo")],
        id="adjunct-between-cue-and-source",
    ),
    pytest.param(
        ('"El museo reabrirá", dijo la ministra Ana Gil, añadiendo que las salas serán renovadas.'),
        [
            ("direct", "El museo reabrirá", "Ana Gil", "dijo"),
            ("reported", "las salas serán renovadas", "Ana Gil", "añadiendo"),
        ],
        id="gerund-adds-content",
    ),
    pytest.param(
        "La alcaldesa visitó el puerto el martes, añadiendo nuevas grúas al muelle.",
        [],
        id="gerund-with-a-noun-phrase-object-reports-nothing",
    ),
    pytest.param(
        "La alcaldesa añadió dos grúas al muelle.",
        [],
        id="add-with-a-noun-phrase-object-reports-nothing",
    ),
    pytest.param(
        "El puerto reabrirá en mayo, dijo en Vigo durante una visita.",
        [("reported", "El puerto reabrirá en mayo", None, "dijo")],
        id="adjunct-after-cue-names-no-one",
    ),
    pytest.param(
        "El puerto reabrirá en mayo, dijo ayer en Vigo el veterano pescador Manuel Souto.",
        [("reported", "El puerto reabrirá en mayo", "Manuel Souto", "dijo")],
        id="adjunct-then-description-ending-in-a-full-name",
    ),
    pytest.param(
        (
            "La alcaldesa Ana Gil ha explicado que el puerto reabrirá. Además, ha subrayado "
            "que las obras costarán dos millones."
        ),
        [
            ("reported", "el puerto reabrirá", "Ana Gil", "ha explicado"),
            ("reported", "las obras costarán dos millones", "Ana Gil", "ha subrayado"),
        ],
        id="adverb-and-comma-before-a-cue-without-subject",
    ),
    pytest.param(
        "Además, dijo la alcaldesa, el puerto reabrirá en mayo.",
        [("reported", "el puerto reabrirá en mayo", "la alcaldesa", "dijo")],
        id="adverb-then-parenthetical-cue-and-source",
    ),
    pytest.param(
        "Cuando el ayuntamiento aprueba un nuevo presupuesto, ella responde.",
        [],
        id="adverbial-clause-before-pronoun-and-cue-is-no-content",
    ),
    pytest.param(
        "El dinero de la obra procedía de una herencia antigua, dijo a la Policía el empresario.",
        [
            (
                "reported",
                "El dinero de la obra procedía de una herencia antigua",
                "el empresario",
                "dijo",
            )
        ],
        id="inverted-dative-addressee-before-the-source",
    ),
    pytest.param(
        "El dinero de la obra procedía de una herencia antigua, dijo a la Policía Nacional.",
        [("reported", "El dinero de la obra procedía de una herencia antigua", None, "dijo")],
        id="dative-addressee-is-no-speaker",
    ),
    pytest.param(
        "Cuando se derrita el hielo, el capitán dijo.",
        [("reported", "Cuando se derrita el hielo", "el capitán", "dijo")],
        id="adverbial-clause-before-a-verb-of-saying-is-its-short-answer",
    ),
    pytest.param(
        "El ministro de Obras Públicas ha añadido nuevos detalles sobre el plan de carreteras.",
        [],
        id="compound-clause-cue-with-a-noun-object-is-no-speech",
    ),
    pytest.param(
        "Según ha explicado el consejero, las obras empezarán en mayo.",
        [("reported", "las obras empezarán en mayo", "el consejero", "ha explicado")],
        id="segun-and-a-cue-clause",
    ),
    pytest.param(
        "Según lo que ha explicado el consejero, las obras empezarán en mayo.",
        [("reported", "las obras empezarán en mayo", "el consejero", "ha explicado")],
        id="segun-lo-que-and-a-cue-clause",
    ),
    pytest.param(
        "Según el Instituto Nacional de Vivienda, los alquileres subieron en abril.",
        [
            (
                "reported",
                "los alquileres subieron en abril",
                "el Instituto Nacional de Vivienda",
                "Según",
            )
        ],
        id="body-named-with-de-and-a-capitalised-word-stays-whole",
    ),
    pytest.param(
        "Según los datos del Instituto Nacional de Vivienda, los alquileres subieron en abril.",
        [
            (
                "reported",
                "los alquileres subieron en abril",
                "Instituto Nacional de Vivienda",
                "Según",
            )
        ],
        id="record-noun-names-the-body-after-its-preposition",
    ),
    pytest.param(
        "Según los datos publicados el martes por el Instituto de Pesca, las capturas bajaron.",
        [("reported", "las capturas bajaron", "el Instituto de Pesca", "Según")],
        id="record-noun-names-the-agent-after-its-dated-participle",
    ),
    pytest.param(
        "Juan Pérez en Madrid dijo que el puente sobre el río reabrirá antes de fin de mes.",
        [("reported", "el puente sobre el río reabrirá antes de fin de mes", "Juan Pérez", "dijo")],
        id="a-name-before-its-place-speaks",
    ),
    pytest.param(
        "Según el nuevo diputado el martes, el puente sobre el río reabrirá antes de fin de mes.",
        [
            (
                "reported",
                "el puente sobre el río reabrirá antes de fin de mes",
                "el nuevo diputado",
                "Según",
            )
        ],
        id="a-role-noun-with-a-participle-ending-before-a-time-and-its-article",
    ),
    pytest.param(
        "El puente reabrirá en mayo, dijo la nueva ministra. "
        "Según la antigua alcaldesa el martes, el túnel cerrará.",
        [
            ("reported", "El puente reabrirá en mayo", "la nueva ministra", "dijo"),
            ("reported", "el túnel cerrará", "la antigua alcaldesa", "Según"),
        ],
        id="an-article-that-is-a-clitic-then-a-modifier-and-a-role-noun",
    ),
    pytest.param(
        (
            "El Gobierno aprobará la reforma en abril, según ha anunciado este martes la "
            "ministra de Hacienda, María Pérez."
        ),
        [
            (
                "reported",
                "El Gobierno aprobará la reforma en abril",
                "María Pérez",
                "ha anunciado",
            )
        ],
        id="segun-and-a-cue-then-the-holder-s-name-in-apposition",
    ),
    pytest.param(
        "El presidente del Tribunal Portuario Juan Pérez dijo que la sentencia llegará pronto. "
        "El Tribunal Portuario dijo que no habrá más retrasos.",
        [
            ("reported", "la sentencia llegará pronto", "Juan Pérez", "dijo"),
            ("reported", "no habrá más retrasos", "El Tribunal Portuario", "dijo"),
        ],
        id="a-body-s-noun-opens-its-name-no-person-of-its-role",
    ),
    pytest.param(
        "La ministra de Vivienda, Ana Ruiz, aseguró que habrá ayudas. «No habrá recortes», "
        "añadió la funcionaria.",
        [
            ("reported", "habrá ayudas", "Ana Ruiz", "aseguró"),
            ("direct", "No habrá recortes", "Ana Ruiz", "añadió"),
        ],
        id="an-epithet-for-the-person-named-last",
    ),
    pytest.param(
        "«No habrá recortes», añadió el titular de Vivienda.",
        [("direct", "No habrá recortes", "el titular de Vivienda", "añadió")],
        id="the-holder-of-a-portfolio-is-a-role-no-name",
    ),
    pytest.param(
        "Según informó la ministra del ramo, Ana Ruiz, el Gobierno aprobó el decreto.",
        [("reported", "el Gobierno aprobó el decreto", "Ana Ruiz", "informó")],
        id="as-the-role-said-with-its-holder-apposed",
    ),
    pytest.param(
        "El Gobierno aprobó el decreto de vivienda, según informó la ministra del ramo, Ana Ruiz.",
        [("reported", "El Gobierno aprobó el decreto de vivienda", "Ana Ruiz", "informó")],
        id="as-the-role-said-after-the-content-with-its-holder-apposed",
    ),
    pytest.param(
        "La ministra de Vivienda, Ana Ruiz, aseguró que habrá ayudas. «No habrá recortes», "
        "añadió el funcionario.",
        [
            ("reported", "habrá ayudas", "Ana Ruiz", "aseguró"),
            ("direct", "No habrá recortes", "el funcionario", "añadió"),
        ],
        id="a-masculine-epithet-is-no-woman-named-before",
    ),
    pytest.param(
        "Pilar Gómez y Juan Vidal visitaron el puerto. «Está listo», dijo ella.",
        [("direct", "Está listo", "Pilar Gómez", "dijo")],
        id="ella-a-woman-s-name-that-does-not-end-in-a",
    ),
    pytest.param(
        "Ayer dijo el ministro Juan Pérez que el puente abrirá en julio.",
        [("reported", "el puente abrirá en julio", "Juan Pérez", "dijo")],
        id="a-word-of-time-the-cue-and-its-subject-before-que",
    ),
    pytest.param(
        "Según María de los Ángeles Ortega, el puerto reabrirá en mayo.",
        [("reported", "el puerto reabrirá en mayo", "María de los Ángeles Ortega", "Según")],
        id="a-first-name-with-a-plural-particle",
    ),
    pytest.param(
        "«El puerto reabre en mayo», dijo un asesor de Pedro Gil.",
        [("direct", "El puerto reabre en mayo", "un asesor de Pedro Gil", "dijo")],
        id="a-role-of-a-named-person-speaks-not-the-person",
    ),
    pytest.param(
        "«El muelle abre en mayo», ha lamentado el alcalde.",
        [
            ("direct", "El muelle abre en mayo", "el alcalde", "ha lamentado"),
        ],
        id="every-cue-participle-after-its-auxiliary",
    ),
    pytest.param(
        "«El muelle abre en mayo», remarcó la alcaldesa.",
        [
            ("direct", "El muelle abre en mayo", "la alcaldesa", "remarcó"),
        ],
        id="a-newsroom-cue-verb",
    ),
    pytest.param(
        "El equipo mantuvo la calma durante el partido.",
        [],
        id="a-clause-cue-with-a-noun-object-reports-nothing",
    ),
    pytest.param(
        "Según ha informado el Ministerio de Sanidad, los casos han bajado.",
        [
            ("reported", "los casos han bajado", "el Ministerio de Sanidad", "ha informado"),
        ],
        id="segun-before-a-compound-cue",
    ),
    pytest.param(
        "Tal como explicó el ministro, el puente abrirá en mayo.",
        [("reported", "el puente abrirá en mayo", "el ministro", "explicó")],
        id="tal-como-opens-the-as-clause",
    ),
    pytest.param(
        "Tal y como explicó la alcaldesa, el puerto abrirá en mayo.",
        [("reported", "el puerto abrirá en mayo", "la alcaldesa", "explicó")],
        id="tal-y-como-opens-the-as-clause",
    ),
    pytest.param(
        "El puente abrirá en mayo, tal como explicó el ministro.",
        [("reported", "El puente abrirá en mayo", "el ministro", "explicó")],
        id="tal-como-after-the-words",
    ),
    pytest.param(
        "La alcaldesa dijo que el puerto abrirá en mayo. Añadió: «El muelle es seguro».",
        [
            ("reported", "el puerto abrirá en mayo", "La alcaldesa", "dijo"),
            ("direct", "El muelle es seguro", "La alcaldesa", "Añadió"),
        ],
        id="dropped-subject-cue-before-a-colon",
    ),
    pytest.param(
        "El puente estará cerrado hasta el viernes, indicó la Policía Nacional en un comunicado.",
        [
            (
                "reported",
                "El puente estará cerrado hasta el viernes",
                "la Policía Nacional",
                "indicó",
            )
        ],
        id="police-body-capitalised-with-its-adjective",
    ),
    pytest.param(
        "Según la Guardia Civil, el detenido tiene 34 años.",
        [("reported", "el detenido tiene 34 años", "la Guardia Civil", "Según")],
        id="guard-body-after-segun",
    ),
    pytest.param(
        "El puente estará cerrado hasta el viernes, informó el Ministerio de Asuntos Exteriores.",
        [
            (
                "reported",
                "El puente estará cerrado hasta el viernes",
                "el Ministerio de Asuntos Exteriores",
                "informó",
            )
        ],
        id="body-noun-de-two-capitalised-words",
    ),
    pytest.param(
        "El puente estará cerrado hasta el viernes, señaló el Servicio de Emergencias Sanitarias.",
        [
            (
                "reported",
                "El puente estará cerrado hasta el viernes",
                "el Servicio de Emergencias Sanitarias",
                "señaló",
            )
        ],
        id="servicio-de-two-words",
    ),
    pytest.param(
        "Según el ministro, que habló ayer en Madrid, el puente se abrirá en mayo.",
        [("reported", "el puente se abrirá en mayo", "el ministro", "Según")],
        id="segun-x-then-a-relative-clause-about-x",
    ),
    pytest.param(
        "«Es un día histórico», dijo el alcalde, que añadió que el puente se abrirá en mayo.",
        [
            ("direct", "Es un día histórico", "el alcalde", "dijo"),
            ("reported", "el puente se abrirá en mayo", "el alcalde", "añadió"),
        ],
        id="relative-que-after-the-speaker-opens-a-second-cue",
    ),
    pytest.param(
        "La ministra ha sido tajante: «No habrá subida de impuestos».",
        [("direct", "No habrá subida de impuestos", "La ministra", None)],
        id="the-copula-and-a-manner-adjective-before-a-colon",
    ),
    pytest.param(
        "—No vamos a ceder en las pensiones —afirmó la ministra—. Es una cuestión de principios.",
        [
            ("direct", "No vamos a ceder en las pensiones", "la ministra", "afirmó"),
            ("direct", "Es una cuestión de principios", "la ministra", "afirmó"),
        ],
        id="a-dash-joined-to-the-attribution-s-end-resumes-the-words",
    ),
    pytest.param(
        "—Hemos perdido mucho —reconoció el alcalde, Pedro Ruiz—, pero vamos a reconstruir.",
        [
            ("direct", "Hemos perdido mucho", "Pedro Ruiz", "reconoció"),
            ("direct", "pero vamos a reconstruir", "Pedro Ruiz", "reconoció"),
        ],
        id="a-dash-joined-to-an-apposed-name-resumes-the-words-after-its-comma",
    ),
    pytest.param(
        "—No vamos a ceder en las pensiones —dijo el ministro. Luego se marchó de la sala.",
        [("direct", "No vamos a ceder en las pensiones", "el ministro", "dijo")],
        id="an-attribution-closed-by-a-full-stop-leaves-the-writer-s-sentence-after-it",
    ),
    pytest.param(
        "—No vamos a ceder en las pensiones —dijo el ministro a los periodistas.",
        [("direct", "No vamos a ceder en las pensiones", "el ministro", "dijo")],
        id="the-journalists-after-a-source-s-role-are-its-audience",
    ),
    pytest.param(
        "El puente estará cerrado hasta el viernes, informaron fuentes municipales.",
        [
            (
                "reported",
                "El puente estará cerrado hasta el viernes",
                "fuentes municipales",
                "informaron",
            )
        ],
        id="a-bare-plural-source-takes-its-adjective-after-it",
    ),
    pytest.param(
        "El alcalde instó a los vecinos a quedarse en casa durante el temporal.",
        [("reported", "quedarse en casa durante el temporal", "El alcalde", "instó")],
        id="a-control-cue-s-infinitive-after-its-addressee-and-a",
    ),
    pytest.param(
        "El puerto de Lornport reabrirá el lunes, informó la autoridad portuaria.",
        [
            (
                "reported",
                "El puerto de Lornport reabrirá el lunes",
                "la autoridad portuaria",
                "informó",
            )
        ],
        id="a-common-noun-and-its-adjective-after-the-cue-close-the-sentence",
    ),
    pytest.param(
        "El puerto de Lornport cerrará el lunes, dijo la verdad.",
        [],
        id="a-noun-of-what-is-said-after-the-cue-is-its-object-no-source",
    ),
    pytest.param(
        "La Policía ha detenido a dos personas en el puerto, según ha informado la Jefatura "
        "Superior de Policía en un comunicado.",
        [
            (
                "reported",
                "La Policía ha detenido a dos personas en el puerto",
                "la Jefatura Superior de Policía",
                "ha informado",
            )
        ],
        id="a-headquarters-noun-opens-a-body-s-name",
    ),
    pytest.param(
        "Según Ana Roe, directora de la biblioteca, las salas abrirán también los domingos.",
        [("reported", "las salas abrirán también los domingos", "Ana Roe", "Según")],
        id="an-article-in-the-role-after-the-name-of-segun-is-no-clitic",
    ),
    pytest.param(
        'El coro cantará en la catedral. El director de la orquesta, Pablo Roe: "Hemos '
        'ensayado todo el invierno".',
        [("direct", "Hemos ensayado todo el invierno", "Pablo Roe", None)],
        id="a-role-and-a-comma-before-the-name-of-a-colon-label",
    ),
]


TEXTS = [case.values[0] for case in CASES]


@pytest.mark.parametrize("text", TEXTS, ids=[str(case.id) for case in CASES])
def test_detects_es(text: str) -> None:
    assert lang.detect(text) == "es"
    assert newsstruct.parse(text, registry=REGISTRY).lang == "es"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[Quote]) -> None:
    assert quote_rows(text) == expected


def test_lexicon_is_registered_and_rich() -> None:
    check_lexicon("es")


def test_an_adverb_between_the_auxiliary_and_its_participle_stays_in_the_cue() -> None:
    """``ha también dicho que C``: the compound cue with its adverb, the content after
    ``que`` (was the cue ``ha`` and the content ``dicho que C``)."""
    assert quote_rows("Juan Roe ha también dicho que el puerto está cerrado.", lang="es") == [
        ("reported", "el puerto está cerrado", "Juan Roe", "ha también dicho")
    ]
