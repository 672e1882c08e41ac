"""Cue frames, end to end through :func:`newsstruct.parse`: reported, mixed and direct
quotes with their speaker and cue (ANNOTATION.md, "Quotes" and "Finer points").

Each row is ``(text, [(kind, text, speaker, cue), ...])`` with every quote of the
article in order; every text is invented.  Rows the library gets wrong are marked
``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

from typing import Any

import pytest

import newsstruct
from newsstruct import Article

QuoteRow = tuple[str, str, "str | None", "str | None"]


def quotes_of(article: Article) -> list[QuoteRow]:
    """The article's quotes as rows, after checking that every span slices its text."""
    for quote in article.quotes:
        assert quote.text == article.text[quote.span.start : quote.span.end]
        if quote.cue is not None:
            assert quote.cue_text == article.text[quote.cue.start : quote.cue.end]
    return [
        (q.kind.value, q.text, q.speaker.name if q.speaker else None, q.cue_text)
        for q in article.quotes
    ]


def bug(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


REPORTED = [
    pytest.param(
        "Later, emails between the two managers revealed that the ferry was unsafe.",
        [
            (
                "reported",
                "the ferry was unsafe",
                "emails between the two managers",
                "revealed",
            )
        ],
        id="a-medium-noun-that-opens-an-english-subject-stays",
    ),
    pytest.param(
        "The ferry will run on Sunday, Jo Roe said when she was asked.",
        [("reported", "The ferry will run on Sunday", "Jo Roe", "said")],
        id="an-adverbial-clause-after-a-closing-cue-is-its-adjunct",
    ),
    pytest.param(
        "The ferry will not sail on Sunday, the port said, as reported by the Pier Gazette.",
        [("reported", "The ferry will not sail on Sunday", "the port", "said")],
        id="as-reported-by-after-a-closing-cue-credits-an-outlet-no-second-fragment",
    ),
    pytest.param(
        "The ferry will not sail on Sunday, the port said, according to the Pier Gazette.",
        [("reported", "The ferry will not sail on Sunday", "the port", "said")],
        id="according-to-after-a-closing-cue-credits-an-outlet-no-second-fragment",
    ),
    pytest.param(
        "The ferry will run on Sunday, Jo Roe said, when she was asked.",
        [("reported", "The ferry will run on Sunday", "Jo Roe", "said")],
        id="when-she-was-asked-after-a-closing-cue-and-comma-is-the-writers",
    ),
    pytest.param(
        "The ferry will run on Sunday, Jo Roe said, when asked about the strike.",
        [
            ("reported", "The ferry will run on Sunday", "Jo Roe", "said"),
            ("reported", "the strike", None, "asked"),
        ],
        id="when-asked-after-a-closing-cue-and-comma-is-no-second-fragment",
    ),
    pytest.param(
        "The ferry will run on Sunday, Jo Roe said, because the crew is back.",
        [
            ("reported", "The ferry will run on Sunday", "Jo Roe", "said"),
            ("reported", "because the crew is back", "Jo Roe", "said"),
        ],
        id="a-reason-after-a-closing-cue-and-comma-is-the-speakers",
    ),
    pytest.param(
        "The ferry will run on Sunday, said Jo Roe when she was asked.",
        [("reported", "The ferry will run on Sunday", "Jo Roe", "said")],
        id="an-adverbial-clause-after-an-inverted-subject-ends-the-attribution",
    ),
    pytest.param(
        "Meanwhile, Jo Roe said when the ferry would run.",
        [("reported", "when the ferry would run", "Jo Roe", "said")],
        id="a-question-after-a-cue-with-no-clause-before-is-its-content",
    ),
    pytest.param(
        "Instead, Jo Roe told the radio station, her plan would be “to go slow” if she wins.",
        [
            ("reported", "Instead", "Jo Roe", "told"),
            ("mixed", "her plan would be “to go slow” if she wins", "Jo Roe", "told"),
        ],
        id="the-second-fragment-after-the-addressee-of-an-interrupting-told",
    ),
    pytest.param(
        "The solution, the captain told them, was simple.",
        [
            ("reported", "The solution", "the captain", "told"),
            ("reported", "was simple", "the captain", "told"),
        ],
        id="a-short-predicate-after-an-interrupting-told-and-its-pronoun",
    ),
    pytest.param(
        "The ferry is late, Jo Roe told the mayor of Leeds, who nodded.",
        [("reported", "The ferry is late", "Jo Roe", "told")],
        id="a-relative-clause-after-the-addressee-is-no-second-fragment",
    ),
    pytest.param(
        "The mayor thanked the marchers, whom she described as calm, for their patience.",
        [
            ("reported", "whom", "she", "described"),
            ("reported", "as calm", "she", "described"),
        ],
        id="whom-after-a-comma-is-the-first-fragment-of-a-description",
    ),
    pytest.param(
        'The survey put the loss at $2 billion, which Jo Roe called "a disgrace," blaming'
        " the board.",
        [
            ("reported", "which", "Jo Roe", "called"),
            ("direct", "a disgrace,", "Jo Roe", "called"),
            ("reported", "the board", "Jo Roe", "blaming"),
        ],
        id="which-after-a-comma-is-the-first-fragment-of-a-naming-cue",
    ),
    pytest.param(
        "Jo Roe said, twice, that the pier would close in May.",
        [("reported", "the pier would close in May", "Jo Roe", "said")],
        id="one-word-set-off-by-commas-between-the-cue-and-that",
    ),
    pytest.param(
        "Jo Roe said on Monday — a day after the storm — that the pier would close in May.",
        [("reported", "the pier would close in May", "Jo Roe", "said")],
        id="an-aside-set-off-by-dashes-between-the-cue-and-that",
    ),
    pytest.param(
        "Jo Roe said -- again -- that the pier would close in May.",
        [("reported", "the pier would close in May", "Jo Roe", "said")],
        id="an-aside-set-off-by-double-hyphens-between-the-cue-and-that",
    ),
    pytest.param(
        "Critics called the toll “a disgrace.” The harbour master said the pier would close.",
        [
            ("mixed", "the toll “a disgrace.”", "Critics", "called"),
            ("reported", "the pier would close", "The harbour master", "said"),
        ],
        id="a-quoted-fragment-with-its-full-stop-ends-the-writer-s-sentence",
    ),
    pytest.param(
        "The orchard keeper added, though, that by October the pears would be ripe.",
        [
            (
                "reported",
                "by October the pears would be ripe",
                "The orchard keeper",
                "added",
            )
        ],
        id="though-set-off-by-commas-between-the-cue-and-that",
    ),
    pytest.param(
        "This season, Coach Jo Roe says, is different.",
        [
            ("reported", "This season", "Jo Roe", "says"),
            ("reported", "is different", "Jo Roe", "says"),
        ],
        id="a-subject-before-the-attribution-and-its-short-predicate-after-it",
    ),
    pytest.param(
        "The skipper, the crew said, ordered them to wait.",
        [
            ("reported", "The skipper", "the crew", "said"),
            ("reported", "ordered them to wait", "the crew", "said"),
        ],
        id="a-predicate-after-the-attribution-that-opens-with-a-cue-verb",
    ),
    pytest.param(
        "The new pier, Jo Roe said, adding that it will open in May.",
        [
            ("reported", "The new pier", "Jo Roe", "said"),
            ("reported", "it will open in May", "Jo Roe", "adding"),
        ],
        id="a-participle-after-the-attribution-is-a-cue-of-its-own-not-a-predicate",
    ),
    pytest.param(
        "Jo Roe, host of the Harbour Channel’s “Morning Tide,” suggested the mayor’s refusal"
        " to resign could end his career.",
        [
            (
                "reported",
                "the mayor’s refusal to resign could end his career",
                "Jo Roe",
                "suggested",
            )
        ],
        id="a-title-after-its-owners-name-closes-the-speakers-apposition",
    ),
    pytest.param(
        'Ann Poe, author of "The Long Tide," a new book on ferries, first pointed out the'
        " gap in the rules.",
        [("reported", "the gap in the rules", "Ann Poe", "pointed out")],
        id="a-title-after-a-role-and-of-closes-the-speakers-apposition",
    ),
    pytest.param(
        "The ferry tax will end in May, Mayor Jo Roe said on Monday at a harbour meeting"
        " — a change from her earlier stance on it.",
        [("reported", "The ferry tax will end in May", "Jo Roe", "said")],
        id="a-dash-after-the-cues-adjuncts-opens-the-writers-comment",
    ),
    pytest.param(
        "The ferry tax will end in May, the harbour board reported on Friday -- a"
        " move that worries traders.",
        [("reported", "The ferry tax will end in May", "the harbour board", "reported")],
        id="a-double-hyphen-after-the-cue-opens-the-writers-comment",
    ),
    pytest.param(
        "Harbour officials in coastal states that border the strait said the pier would shut.",
        [("reported", "the pier would shut", "Harbour officials in coastal states", "said")],
        id="a-relative-clause-after-a-plural-noun-is-the-subjects",
    ),
    pytest.param(
        "Voters who met Jo Roe said the pier would shut.",
        [("reported", "the pier would shut", "Voters", "said")],
        id="a-name-in-a-relative-clause-is-no-speaker",
    ),
    pytest.param(
        "Voters who praised the mayor said the pier would shut.",
        [("reported", "the pier would shut", "Voters", "said")],
        id="a-cue-in-a-relative-clause-of-the-subject-gives-way-to-the-subjects-cue",
    ),
    pytest.param(
        "Harbourmart's said on Monday that fares would rise.",
        [("reported", "fares would rise", "Harbourmart's", "said")],
        id="a-possessor-before-a-finite-cue-is-its-subject",
    ),
    pytest.param(
        "Harbourmart's says fares would rise.",
        [("reported", "fares would rise", "Harbourmart's", "says")],
        id="a-possessor-before-a-present-cue-is-its-subject",
    ),
    pytest.param(
        "Jo Roe's aide said fares would rise.",
        [("reported", "fares would rise", "Jo Roe's aide", "said")],
        id="a-possessor-before-a-noun-is-no-subject-of-its-own",
    ),
    pytest.param(
        "Skippers that praised the harbour master said the pier would shut.",
        [("reported", "the pier would shut", "Skippers", "said")],
        id="that-opening-a-relative-clause-after-a-noun",
    ),
    pytest.param(
        "The head of the harbour states that the pier will open again in May.",
        [("reported", "the pier will open again in May", "The head of the harbour", "states")],
        id="states-after-a-singular-head-is-a-cue",
    ),
    pytest.param(
        "Jo Roe is seizing upon a Harbour Post report that the ferry lost money in 1995.",
        [("reported", "the ferry lost money in 1995", "Harbour Post", "report")],
        id="participle-and-its-preposition-are-no-part-of-the-reports-owner",
    ),
    pytest.param(
        "The council did not hire a pilot who said the tides were wrong.",
        [("reported", "the tides were wrong", "a pilot", "said")],
        id="relative-clause-on-the-object-after-an-auxiliary-speaks-for-the-object",
    ),
    pytest.param(
        "Jo Roe had hired pilots who said the tides were wrong.",
        [("reported", "the tides were wrong", "pilots", "said")],
        id="relative-clause-on-a-bare-object-after-an-auxiliary-speaks-for-the-object",
    ),
    pytest.param(
        "Jo Roe spoke on Monday. The ferry will stop in May, in his words.",
        [("reported", "The ferry will stop in May", "Jo Roe", "in his words")],
        id="in-his-words-closes-the-content-before-it",
    ),
    pytest.param(
        "Ann Lee spoke on Monday. In her own words, the ferry will stop in May.",
        [("reported", "the ferry will stop in May", "Ann Lee", "In her own words")],
        id="in-her-own-words-opens-the-content",
    ),
    pytest.param(
        "The ferry, in the words of Jo Roe, will stop in May.",
        [
            ("reported", "The ferry", "Jo Roe", "in the words of"),
            ("reported", "will stop in May", "Jo Roe", "in the words of"),
        ],
        id="in-the-words-of-a-name-interrupts-the-content",
    ),
    pytest.param(
        "Jo Roe spoke on Monday. The ferry, in his words, will stop in May.",
        [
            ("reported", "The ferry", "Jo Roe", "in his words"),
            ("reported", "will stop in May", "Jo Roe", "in his words"),
        ],
        id="in-his-words-interrupts-the-content",
    ),
    pytest.param(
        "Jo Roe spoke on Monday. The plan was, in his words, a disaster.",
        [
            ("reported", "The plan was", "Jo Roe", "in his words"),
            ("reported", "a disaster", "Jo Roe", "in his words"),
        ],
        id="in-his-words-after-an-auxiliary-keeps-the-short-complement",
    ),
    pytest.param(
        "The plan was, he said, a disaster.",
        [
            ("reported", "The plan was", "he", "said"),
            ("reported", "a disaster", "he", "said"),
        ],
        id="a-cue-after-an-auxiliary-keeps-the-short-complement",
    ),
    pytest.param(
        "The senator criticized the mistakes in the ruling.",
        [("reported", "the mistakes in the ruling", "The senator", "criticized")],
        id="a-ruling-holding-the-object-is-no-medium-of-speech",
    ),
    pytest.param(
        "The senator denied the allegations in a statement.",
        [("reported", "the allegations", "The senator", "denied")],
        id="a-noun-phrase-content-ends-before-its-medium",
    ),
    pytest.param(
        "Jo Roe announced her bid for the harbour board in June 2019.",
        [("reported", "her bid for the harbour board", "Jo Roe", "announced")],
        id="a-noun-phrase-content-ends-before-the-date-of-its-speech",
    ),
    pytest.param(
        "Ada Moss posted a photo of the flooded pier on Facebook.",
        [("reported", "a photo of the flooded pier", "Ada Moss", "posted")],
        id="a-noun-phrase-content-ends-before-the-platform-of-its-speech",
    ),
    pytest.param(
        "Ada Moss posted a photo on Facebook of the flooded pier.",
        [("reported", "a photo on Facebook of the flooded pier", "Ada Moss", "posted")],
        id="a-genitive-after-the-platform-goes-on-with-the-noun-phrase",
    ),
    pytest.param(
        "Jo Roe said the pier that opened in May was unsafe.",
        [("reported", "the pier that opened in May was unsafe", "Jo Roe", "said")],
        id="a-date-in-a-clause-of-the-content-stays",
    ),
    pytest.param(
        "The harbour board has said the ferry needs the money by April 15.",
        [("reported", "the ferry needs the money by April 15", "The harbour board", "has said")],
        id="a-date-after-a-present-verb-of-the-content-stays",
    ),
    pytest.param(
        "Ada Moss announced the class of 2019.",
        [("reported", "the class of 2019", "Ada Moss", "announced")],
        id="a-year-after-of-is-the-noun-phrase-s-own",
    ),
    pytest.param(
        "The senator denied the allegations through a spokeswoman, calling them a pack of lies.",
        [
            ("reported", "the allegations", "The senator", "denied"),
            ("reported", "them a pack of lies", "The senator", "calling"),
        ],
        id="a-noun-phrase-content-ends-before-the-person-who-spoke-for-the-subject",
    ),
    pytest.param(
        "The senator said the ferry deserves praise for making it through the long winter.",
        [
            (
                "reported",
                "the ferry deserves praise for making it through the long winter",
                "The senator",
                "said",
            )
        ],
        id="through-a-thing-is-no-person-who-spoke",
    ),
    pytest.param(
        "The harbour master denied the claims and sued the weekly for libel.",
        [("reported", "the claims", "The harbour master", "denied")],
        id="a-noun-phrase-content-ends-before-a-second-predicate",
    ),
    pytest.param(
        "The harbour master said the ferry sank and cost the town a fortune.",
        [
            (
                "reported",
                "the ferry sank and cost the town a fortune",
                "The harbour master",
                "said",
            )
        ],
        id="a-clause-content-keeps-its-own-second-predicate",
    ),
    pytest.param(
        "The harbour master mentioned the fog and unsettled weather on the coast.",
        [
            (
                "reported",
                "the fog and unsettled weather on the coast",
                "The harbour master",
                "mentioned",
            )
        ],
        id="a-past-form-before-a-noun-is-no-second-predicate",
    ),
    pytest.param(
        "Jo Roe said that the ferry was, in his words, a relic.",
        [("reported", "the ferry was, in his words", "Jo Roe", "said")],
        id="in-his-words-inside-a-clause-with-its-own-cue",
    ),
    pytest.param(
        "The harbour master said the ferry, in his words, was a relic.",
        [("reported", "the ferry, in his words, was a relic", "The harbour master", "said")],
        id="in-his-words-interrupting-the-content-of-a-cue",
    ),
    pytest.param(
        "The harbour master said the ferry was a relic, in his words.",
        [("reported", "the ferry was a relic, in his words", "The harbour master", "said")],
        id="in-his-words-closing-the-content-of-a-cue",
    ),
    pytest.param(
        "Jo Roe met two pilots who said the tides were wrong.",
        [("reported", "the tides were wrong", "two pilots", "said")],
        id="relative-clause-on-the-object-of-a-past-verb-speaks-for-the-object",
    ),
    pytest.param(
        "Ann Lee had thanked the newly hired pilots who said the tides were wrong.",
        [("reported", "the tides were wrong", "the newly hired pilots", "said")],
        id="a-participle-after-an-article-is-part-of-the-antecedent",
    ),
    pytest.param(
        "The levy is unfair, she said, by making a fee that hurts sailors.",
        [
            ("reported", "The levy is unfair", "she", "said"),
            ("reported", "by making a fee that hurts sailors", "she", "said"),
        ],
        id="relative-that-in-a-gerund-adjunct-after-the-cue-is-no-complementizer",
    ),
    pytest.param(
        "The mayor said, after meeting the crews, that the strike was over.",
        [("reported", "the strike was over", "The mayor", "said")],
        id="that-after-a-gerund-adjunct-closed-by-a-comma-is-the-complementizer",
    ),
    pytest.param(
        "Jo Roe shot back that the fares were too high.",
        [("reported", "the fares were too high", "Jo Roe", "shot back")],
        id="a-retort-verb-with-its-particle-back-is-one-cue",
    ),
    pytest.param(
        "Jo Roe used to back the mayor, but now said the fares were too high.",
        [("reported", "the fares were too high", "Jo Roe", "said")],
        id="sentence-adverb-between-conjunction-and-cue",
    ),
    pytest.param(
        "The ferry will stop at Eastport, as first announced by the harbour master on Monday.",
        [("reported", "The ferry will stop at Eastport", "the harbour master", "announced")],
        id="the-agent-of-as-reported-by-speaks",
    ),
    pytest.param(
        "The harbour board less than two weeks ago said that the ferry would stop at "
        "Eastport.\n\nJo Roe, the board's chairman, this past week announced a new "
        "timetable for the winter.",
        [
            ("reported", "the ferry would stop at Eastport", "The harbour board", "said"),
            ("reported", "a new timetable for the winter", "Jo Roe", "announced"),
        ],
        id="a-phrase-of-time-between-subject-and-cue-is-no-source",
    ),
    pytest.param(
        "One sailor said the ferry was late again. Another said he hoped the pier would "
        "reopen soon.",
        [
            ("reported", "the ferry was late again", "One sailor", "said"),
            ("reported", "he hoped the pier would reopen soon", "Another", "said"),
        ],
        id="another-alone-is-a-subject-no-article",
    ),
    pytest.param(
        "The clerk spoke late in the evening, when harbour workers interrupted her, "
        "saying the ballots were lost. The mayor spoke of fraud on Monday, a charge that "
        "county officials firmly denied, noting that the count had been open.",
        [
            ("reported", "the ballots were lost", "harbour workers", "saying"),
            ("reported", "the count had been open", "county officials", "noting"),
        ],
        id="a-participle-after-a-subordinate-clause-is-its-subject-s",
    ),
    pytest.param(
        "The mayor insisted that the ferry was “safe enough for everyone,” adding that the "
        "bridge would close in May.",
        [
            ("mixed", "the ferry was “safe enough for everyone,”", "The mayor", "insisted"),
            ("reported", "the bridge would close in May", "The mayor", "adding"),
        ],
        id="comma-inside-closing-mark-ends-content-before-participle-cue",
    ),
    pytest.param(
        "The mayor allowed her staff to think that the ferry was safe.",
        [("reported", "her staff to think that the ferry was safe", "The mayor", "allowed")],
        id="clause-cue-with-object-and-cue-infinitive",
    ),
    pytest.param(
        "The harbour master said the ferry would run again from June.",
        [("reported", "the ferry would run again from June", "The harbour master", "said")],
        id="X-said-C",
    ),
    pytest.param(
        "The harbour master said that the ferry would run again from June.",
        [("reported", "the ferry would run again from June", "The harbour master", "said")],
        id="X-said-that-C",
    ),
    pytest.param(
        "The harbour master has said the ferry would run again from June.",
        [("reported", "the ferry would run again from June", "The harbour master", "has said")],
        id="auxiliary-before-cue",
    ),
    pytest.param(
        "The ferry will run again from June, the harbour master said.",
        [("reported", "The ferry will run again from June", "the harbour master", "said")],
        id="C-X-said",
    ),
    pytest.param(
        "The ferry will run again from June, said the harbour master.",
        [("reported", "The ferry will run again from June", "the harbour master", "said")],
        id="C-said-X",
    ),
    pytest.param(
        "The ferry will run again from June, said harbour master Ivan Sokil.",
        [("reported", "The ferry will run again from June", "Ivan Sokil", "said")],
        id="C-said-role-and-name",
    ),
    pytest.param(
        "According to the harbour master, the ferry will run again from June.",
        [("reported", "the ferry will run again from June", "the harbour master", "According to")],
        id="according-to-X-C",
    ),
    pytest.param(
        "The ferry will run again from June, according to the harbour master.",
        [("reported", "The ferry will run again from June", "the harbour master", "according to")],
        id="C-according-to-X",
    ),
    pytest.param(
        "“The ferry will run again from June,” according to the harbour master.",
        [("direct", "The ferry will run again from June,", "the harbour master", "according to")],
        id="a-quotation-alone-then-according-to-X",
    ),
    pytest.param(
        "Ferry trips rose by a fifth, according to a harbour survey released on Friday.",
        [("reported", "Ferry trips rose by a fifth", "a harbour survey", "according to")],
        id="C-according-to-X-and-a-dated-participle",
    ),
    pytest.param(
        "The mayor attacked the council over its vote on the police budget.",
        [
            (
                "reported",
                "the council over its vote on the police budget",
                "The mayor",
                "attacked",
            )
        ],
        id="force-verb-of-speech-with-an-armed-noun-after-another-preposition",
    ),
    pytest.param(
        "According to the port director, Ivan Sokil, the ferry will run again from June.",
        [("reported", "the ferry will run again from June", "Ivan Sokil", "According to")],
        id="according-to-description-comma-name-C",
    ),
    pytest.param(
        "According to Ivan Sokil, the port director, the ferry will run again from June.",
        [("reported", "the ferry will run again from June", "Ivan Sokil", "According to")],
        id="according-to-name-comma-description-C",
    ),
    pytest.param(
        "The ferry will run again from June, according to the port director, Ivan Sokil.",
        [("reported", "The ferry will run again from June", "Ivan Sokil", "according to")],
        id="C-according-to-description-comma-name",
    ),
    pytest.param(
        "According to Ivan Sokil, the ferry, which sank in May, will run again from June.",
        [
            (
                "reported",
                "the ferry, which sank in May, will run again from June",
                "Ivan Sokil",
                "According to",
            )
        ],
        id="according-to-X-then-a-noun-with-a-relative-clause-is-no-apposition",
    ),
    pytest.param(
        "The mayor called on drivers to avoid the old bridge until July.",
        [("reported", "avoid the old bridge until July", "The mayor", "called on")],
        id="X-called-on-Y-to-C",
    ),
    pytest.param(
        "The mayor urged drivers to use the ring road until July.",
        [("reported", "use the ring road until July", "The mayor", "urged")],
        id="X-urged-Y-to-C",
    ),
    pytest.param(
        "The mayor asked Al Hale, the harbour master, to close the old pier until July.",
        [("reported", "close the old pier until July", "The mayor", "asked")],
        id="X-asked-Y-an-apposition-to-C",
    ),
    pytest.param(
        "The mayor noted that the bridge would reopen in July, but added that the tunnel "
        "would stay closed.",
        [
            ("reported", "the bridge would reopen in July", "The mayor", "noted"),
            ("reported", "the tunnel would stay closed", "The mayor", "added"),
        ],
        id="noted-that-C1-but-added-that-C2",
    ),
    pytest.param(
        "Most singers say the hall is too cold, after few said so at the autumn rehearsal.",
        [
            ("reported", "the hall is too cold", "Most singers", "say"),
            ("reported", "so", "few", "said"),
        ],
        id="C1-then-comma-subordinator-and-a-speech-of-its-own",
    ),
    pytest.param(
        "Jo Roe said fares would rise, if the suppliers said costs were up.",
        [
            (
                "reported",
                "fares would rise, if the suppliers said costs were up",
                "Jo Roe",
                "said",
            )
        ],
        id="C1-then-comma-and-a-condition-holding-speech-is-one-claim",
    ),
    pytest.param(
        "Jo Roe says she is tied for second, in a count that she said defied the polls.",
        [
            ("reported", "she is tied for second, in a count", "Jo Roe", "says"),
            # "she": Jo Roe, whose gender only the name's missing feminine ending guessed
            ("reported", "defied the polls", "Jo Roe", "said"),
        ],
        id="relative-that-with-its-own-speech-ends-the-outer-content",
    ),
    pytest.param(
        "Jo Roe said the ferry plan that critics said was too costly would pass.",
        [
            (
                "reported",
                "the ferry plan that critics said was too costly would pass",
                "Jo Roe",
                "said",
            )
        ],
        id="relative-that-in-the-content-s-subject-stays-nested",
    ),
    pytest.param(
        "Jo Roe rejected the claim that she said the pier was unsafe.",
        [("reported", "the claim that she said the pier was unsafe", "Jo Roe", "rejected")],
        id="noun-complement-that-with-a-subject-is-no-relative-clause",
    ),
    pytest.param(
        "The mayor said $5 million would be spent on the pier.",
        [("reported", "$5 million would be spent on the pier", "The mayor", "said")],
        id="content-opens-with-a-sum-of-money",
    ),
    pytest.param(
        "Harbour police said at least 20 people were hurt in the ferry fire.",
        [("reported", "at least 20 people were hurt in the ferry fire", "Harbour police", "said")],
        id="content-opens-with-an-approximated-number",
    ),
    pytest.param(
        "More than 4 in 10 ferry riders said the fares were too high.",
        [("reported", "the fares were too high", "More than 4 in 10 ferry riders", "said")],
        id="a-subject-keeps-the-approximator-of-its-number",
    ),
    pytest.param(
        "The council called for €40 million in new spending.",
        [("reported", "€40 million in new spending", "The council", "called for")],
        id="object-content-opens-with-a-sum-of-money",
    ),
    pytest.param(
        "The ferry sank in May, a loss the coast guard said was avoidable.",
        [
            ("reported", "a loss", "the coast guard", "said"),
            ("reported", "was avoidable", "the coast guard", "said"),
        ],
        id="relative-clause-without-its-pronoun-reports-its-predicate",
    ),
    pytest.param(
        "The orchard lacks the water Jo Roe insists is needed to save the pears.",
        [
            ("reported", "the water", "Jo Roe", "insists"),
            ("reported", "is needed to save the pears", "Jo Roe", "insists"),
        ],
        id="relative-clause-without-its-pronoun-after-the-noun-phrase",
    ),
    pytest.param(
        "The crews hired the divers they thought were the best fit.",
        [],
        id="relative-clause-without-its-pronoun-holds-a-thought-no-speech",
    ),
    pytest.param(
        "The ferry the mayor said was late arrived at noon.",
        [],
        id="relative-clause-without-its-pronoun-in-the-sentence-s-subject-is-no-report",
    ),
    pytest.param(
        "The harbour master said £2 million.",
        [],
        id="a-sum-alone-is-no-clause",
    ),
    pytest.param(
        "Jo Roe said the ferry was late and she thinks the pier is unsafe.",
        [("reported", "the ferry was late and she thinks the pier is unsafe", "Jo Roe", "said")],
        id="thought-after-a-conjunction-inside-the-content-is-nested",
    ),
    pytest.param(
        "The mayor says the ferry scandal, while troublesome, was handled well.",
        [
            (
                "reported",
                "the ferry scandal, while troublesome, was handled well",
                "The mayor",
                "says",
            )
        ],
        id="aside-inside-the-content-s-subject-is-no-content-stop",
    ),
    pytest.param(
        "The mayor said the ferry was late, while the bus was on time.",
        [("reported", "the ferry was late", "The mayor", "said")],
        id="contrast-clause-after-the-content-s-verb-still-ends-it",
    ),
    pytest.param(
        "Jo Roe, a former aide, gave a speech on Monday, saying the ferry was late.",
        [("reported", "the ferry was late", "Jo Roe", "saying")],
        id="irregular-past-after-an-apposition-opens-the-predicate-of-the-subject",
    ),
    pytest.param(
        "Rural voters appeared more likely to describe the ferry plan as fair.",
        [("reported", "the ferry plan as fair", "Rural voters", "describe")],
        id="verb-and-adjective-before-the-infinitive-are-no-part-of-the-subject",
    ),
    pytest.param(
        "Early on Monday, the mayor began tweeting that the ferry was late.",
        [("reported", "the ferry was late", "the mayor", "tweeting")],
        id="past-verb-before-the-gerund-cue-is-no-part-of-the-subject",
    ),
    pytest.param(
        "Pilots and their union said the pier was unsafe.",
        [("reported", "the pier was unsafe", "Pilots and their union", "said")],
        id="subject-joined-at-the-unit-start-speaks-whole",
    ),
    pytest.param(
        "The mayor left and officials said the ferry would run.",
        [("reported", "the ferry would run", "officials", "said")],
        id="a-clause-before-the-conjunction-joins-no-subject",
    ),
    pytest.param(
        "The fares rose. (Having said that, some pilots argue that the fares should be low.)",
        [("reported", "the fares should be low", "some pilots", "argue")],
        id="set-phrase-having-said-that-is-no-cue",
    ),
    pytest.param(
        "The mayor asked the pilots to slow down and warn the ferries at the pier.",
        [("reported", "slow down and warn the ferries at the pier", "The mayor", "asked")],
        id="bare-cue-after-an-infinitive-and-a-conjunction-goes-on-the-content",
    ),
    pytest.param(
        "The mayor said the ferry would stop and added that the pier was unsafe.",
        [
            ("reported", "the ferry would stop", "The mayor", "said"),
            ("reported", "the pier was unsafe", "The mayor", "added"),
        ],
        id="past-cue-after-a-modal-and-a-conjunction-is-a-second-frame",
    ),
    pytest.param(
        "Pilots say the channel is too shallow and warn that the ferries will run aground.",
        [
            ("reported", "the channel is too shallow", "Pilots", "say"),
            ("reported", "the ferries will run aground", "Pilots", "warn"),
        ],
        id="plural-present-cues-are-two-frames",
    ),
    pytest.param(
        "The captain said the ferry would stop at four piers, which the council said was too many.",
        [
            ("reported", "the ferry would stop at four piers", "The captain", "said"),
            ("reported", "which", "the council", "said"),
            ("reported", "was too many", "the council", "said"),
        ],
        id="relative-clause-with-its-own-cue-ends-C",
    ),
    pytest.param(
        "The mayor visited the site on Tuesday, saying that the bridge would reopen in July.",
        [("reported", "the bridge would reopen in July", "The mayor", "saying")],
        id="participle-saying-that",
    ),
    pytest.param(
        "The mayor visited the site on Tuesday, saying the bridge would reopen in July.",
        [("reported", "the bridge would reopen in July", "The mayor", "saying")],
        id="participle-saying",
    ),
    pytest.param(
        "The mayor calmed the crowd by saying that the bridge would reopen in July.",
        [("reported", "the bridge would reopen in July", "The mayor", "saying")],
        id="gerund-after-preposition",
    ),
    pytest.param(
        "After announcing on Monday that the bridge would reopen, the mayor left for Rome.",
        [("reported", "the bridge would reopen", "the mayor", "announcing")],
        id="gerund-after-preposition-opens-sentence",
    ),
    pytest.param(
        "Now, after arguing that the storm had closed the pier, Jo Roe's team is "
        "suggesting a new plan.",
        [
            ("reported", "the storm had closed the pier", "Jo Roe's team", "arguing"),
            ("reported", "a new plan", "Jo Roe's team", "is suggesting"),
        ],
        id="gerund-after-an-opening-adverb-takes-the-subject-after-the-content",
    ),
    pytest.param(
        "And in explaining why the ferry had not sailed, Jo Roe described a broken timetable.",
        [
            ("reported", "why the ferry had not sailed", "Jo Roe", "explaining"),
            ("reported", "a broken timetable", "Jo Roe", "described"),
        ],
        id="gerund-after-a-conjunction-takes-the-subject-after-the-content",
    ),
    pytest.param(
        "Jo Roe, 52, after initially saying he would stay ashore, has bought a ferry.",
        [("reported", "he would stay ashore", "Jo Roe", "saying")],
        id="gerund-aside-after-the-subject-ends-before-the-verb",
    ),
    pytest.param(
        "Of course, as Jo Roe observed, the ferry was late again.",
        [("reported", "the ferry was late again", "Jo Roe", "observed")],
        id="connective-of-several-words-before-an-as-clause-is-no-content",
    ),
    pytest.param(
        "The town's old harbour, as one of the mayor's advisers pointed out, rarely gets"
        " two storms in a row.",
        [
            ("reported", "The town's old harbour", "one of the mayor's advisers", "pointed out"),
            (
                "reported",
                "rarely gets two storms in a row",
                "one of the mayor's advisers",
                "pointed out",
            ),
        ],
        id="as-clause-between-a-subject-and-its-predicate-gives-both",
    ),
    pytest.param(
        "Lornport, as Jo Roe pointed out, has rarely had two storms in one week.",
        [
            ("reported", "Lornport", "Jo Roe", "pointed out"),
            ("reported", "has rarely had two storms in one week", "Jo Roe", "pointed out"),
        ],
        id="as-clause-after-a-one-word-subject-gives-both",
    ),
    pytest.param(
        "The pier closed, as Jo Roe predicted, forcing the ferry to stop.",
        [("reported", "The pier closed", "Jo Roe", "predicted")],
        id="as-clause-after-a-whole-clause-takes-no-participle-after-it",
    ),
    pytest.param(
        "According to Jo Roe, who chairs the board, the harbour will close in May.",
        [("reported", "the harbour will close in May", "Jo Roe", "According to")],
        id="relative-clause-after-according-to-describes-the-source",
    ),
    pytest.param(
        "According to the ministry, whose staff run the port, the harbour will close.",
        [("reported", "the harbour will close", "the ministry", "According to")],
        id="possessive-relative-after-according-to-describes-the-source",
    ),
    pytest.param(
        "In addition, according to the harbour board, the pier will close in May.",
        [("reported", "the pier will close in May", "the harbour board", "according to")],
        id="connective-of-several-words-before-according-to-is-no-content",
    ),
    pytest.param(
        "John Roe spoke on Monday. He's suggesting that the bridge should reopen in July.",
        [("reported", "the bridge should reopen in July", "John Roe", "'s suggesting")],
        id="pronoun-contraction-before-progressive-cue",
    ),
    pytest.param(
        "The mayors are increasingly admitting that the bridge will not reopen in July.",
        [("reported", "the bridge will not reopen in July", "The mayors", "admitting")],
        id="adverb-after-auxiliary-before-cue",
    ),
    pytest.param(
        "If the rain goes on, flood specialists say the bridge will close in July.",
        [("reported", "the bridge will close in July", "flood specialists", "say")],
        id="bare-plural-subject",
    ),
    pytest.param(
        "Drivers complained bitterly that the bridge was closed for a month.",
        [("reported", "the bridge was closed for a month", "Drivers", "complained")],
        id="adverb-between-cue-and-that",
    ),
    pytest.param(
        "The mayor would not say whether the bridge would reopen in July.",
        [("reported", "whether the bridge would reopen in July", "The mayor", "would not say")],
        id="say-embedded-question",
    ),
    pytest.param(
        "The mayor closed the old bridge on Friday, citing fears of flooding.",
        [("reported", "fears of flooding", "The mayor", "citing")],
        id="participle-citing-a-reason",
    ),
    pytest.param(
        "The ferry will stop in June, the harbour master said, citing Harbour Wire.",
        [("reported", "The ferry will stop in June", "the harbour master", "said")],
        id="participle-citing-an-outlet-is-no-content",
    ),
    pytest.param(
        "The mayor toured the harbour on Friday, slamming the ferry company for the delays.",
        [("reported", "the ferry company for the delays", "The mayor", "slamming")],
        id="participle-of-force-verb-after-comma",
    ),
    pytest.param(
        "Repairs are slow, but as the mayor noted, the bridge will reopen in July.",
        [("reported", "the bridge will reopen in July", "the mayor", "noted")],
        id="conjunction-then-as-X-noted-C",
    ),
    pytest.param(
        "The mayor wrote in the early morning hours that the bridge would close.",
        [("reported", "the bridge would close", "The mayor", "wrote")],
        id="long-prepositional-phrase-before-that",
    ),
    pytest.param(
        "The mayor told reporters that the bridge would reopen in July.",
        [("reported", "the bridge would reopen in July", "The mayor", "told reporters")],
        id="told-reporters",
    ),
    pytest.param(
        "The mayor told reporters the bridge was in danger.",
        [("reported", "the bridge was in danger", "The mayor", "told reporters")],
        id="told-reporters-then-a-clause-without-that",
    ),
    pytest.param(
        "The mayor told the council the bridge was in danger.",
        [("reported", "the bridge was in danger", "The mayor", "told")],
        id="told-an-addressee-then-a-clause-without-that",
    ),
    pytest.param(
        "The mayor told the council the first ferries would sail in May.",
        [("reported", "the first ferries would sail in May", "The mayor", "told")],
        id="told-an-addressee-then-a-clause-whose-subject-has-an-adverb-modifier",
    ),
    pytest.param(
        "The mayor told reporters the owner of the ferry line had sold it.",
        [("reported", "the owner of the ferry line had sold it", "The mayor", "told reporters")],
        id="told-reporters-then-a-subject-with-of-the",
    ),
    pytest.param(
        "The captain, who asked not to be named, said the ferry was late.",
        [("reported", "the ferry was late", "The captain", "said")],
        id="source-who-asked-not-to-be-named",
    ),
    pytest.param(
        "“The ferry was late,” one captain, who asked not to be named, told reporters.",
        [("direct", "The ferry was late,", "one captain", "told reporters")],
        id="quotation-then-source-who-asked-not-to-be-named-then-told",
    ),
    pytest.param(
        "The mayor told the head of the port the ferry had sold out.",
        [("reported", "the ferry had sold out", "The mayor", "told")],
        id="told-an-addressee-with-of-the-then-a-clause",
    ),
    pytest.param(
        "The mayor warned that the bridge could close again in winter.",
        [("reported", "the bridge could close again in winter", "The mayor", "warned")],
        id="warned",
    ),
    pytest.param(
        "The mayor denied that the repairs had been delayed by corruption.",
        [("reported", "the repairs had been delayed by corruption", "The mayor", "denied")],
        id="denied",
    ),
    pytest.param(
        "The mayor insisted that the repairs were finished on time.",
        [("reported", "the repairs were finished on time", "The mayor", "insisted")],
        id="insisted",
    ),
    pytest.param(
        "The harbour master pointed out that the ferry would run again from June.",
        [("reported", "the ferry would run again from June", "The harbour master", "pointed out")],
        id="phrase-cue-pointed-out",
    ),
    pytest.param(
        "The harbour master was quoted as saying that the ferry would run again from June.",
        [
            (
                "reported",
                "the ferry would run again from June",
                "The harbour master",
                "was quoted as saying",
            )
        ],
        id="phrase-cue-quoted-as-saying",
    ),
    pytest.param(
        "Olga Tsvit, the city's mayor, said the bridge would reopen in July.",
        [("reported", "the bridge would reopen in July", "Olga Tsvit", "said")],
        id="name-with-apposition",
    ),
    pytest.param(
        "The mayor, a former engineer, said the bridge would reopen in July.",
        [("reported", "the bridge would reopen in July", "The mayor", "said")],
        id="description-with-apposition",
    ),
    pytest.param(
        "Ivan Sokil, who grew up in Brody, Lviv, in the 1970s, said the bridge would "
        "reopen in July.",
        [("reported", "the bridge would reopen in July", "Ivan Sokil", "said")],
        id="apposition-with-place-and-region",
    ),
    pytest.param(
        "Ivan Sokil, now 70 and retired in Brody, said the bridge would reopen in July.",
        [("reported", "the bridge would reopen in July", "Ivan Sokil", "said")],
        id="apposition-clause-ending-in-a-name",
    ),
    pytest.param(
        "The ferry will run again from June, said Lviv State University professor Ivan Sokil.",
        [("reported", "The ferry will run again from June", "Ivan Sokil", "said")],
        id="C-said-X-name-holds-a-cue-word",
    ),
    pytest.param(
        "Harbour master Ivan Sokil on Friday said the ferry would run again from June.",
        [("reported", "the ferry would run again from June", "Ivan Sokil", "said")],
        id="time-between-source-and-cue",
    ),
    pytest.param(
        "Sokil later Thursday said the ferry would run again from June.",
        [("reported", "the ferry would run again from June", "Sokil", "said")],
        id="time-words-between-source-and-cue",
    ),
    pytest.param(
        "The retired harbour master later wrote to the council, saying the ferry would "
        "run again from June.",
        [
            (
                "reported",
                "the ferry would run again from June",
                "The retired harbour master",
                "saying",
            )
        ],
        id="description-subject-of-participle",
    ),
    pytest.param(
        "The port authority sent an email early Friday saying the ferry would run again from June.",
        [("reported", "the ferry would run again from June", "The port authority", "saying")],
        id="participle-after-time-words",
    ),
    pytest.param(
        "The mayor, who visited the site, said the bridge would reopen in July.",
        [("reported", "the bridge would reopen in July", "The mayor", "said")],
        id="description-with-relative-clause",
    ),
    pytest.param(
        "The mayor said in a statement on Monday that the bridge would reopen in July.",
        [("reported", "the bridge would reopen in July", "The mayor", "said in a statement")],
        id="said-in-a-statement-on-Monday",
    ),
    pytest.param(
        "The ferry will run again from June, the harbour master said, adding that fares "
        "would not rise.",
        [
            ("reported", "The ferry will run again from June", "the harbour master", "said"),
            ("reported", "fares would not rise", "the harbour master", "adding"),
        ],
        id="C-X-said-adding-that-C2",
    ),
    pytest.param(
        "The mayor will veto the “ferry plan,” Jo Roe said, adding that the council had lost"
        " its way.",
        [
            ("mixed", "The mayor will veto the “ferry plan,”", "Jo Roe", "said"),
            ("reported", "the council had lost its way", "Jo Roe", "adding"),
        ],
        id="C-with-comma-inside-its-marks-X-said-adding-that-C2",
    ),
    pytest.param(
        "On “Morning Tide,” Jo Roe said that by refusing to pay, the council was hiding.",
        [("reported", "by refusing to pay, the council was hiding", "Jo Roe", "said")],
        id="a-that-clause-after-the-cue-after-a-fronted-title-in-marks",
    ),
    pytest.param(
        "Her friends mocked the plan, calling it “a joke,” Mary Poe said as she left.",
        [
            (
                "mixed",
                "Her friends mocked the plan, calling it “a joke,”",
                "Mary Poe",
                "said",
            )
        ],
        id="a-closing-attribution-and-an-adverbial-clause-after-a-participle-s-quotation",
    ),
    pytest.param(
        "The paper “Harbour Times” said the town had flooded.",
        [("reported", "the town had flooded", "Harbour Times", "said")],
        id="a-title-cased-name-in-marks-after-its-noun-is-the-subject-of-the-cue",
    ),
    pytest.param(
        "The mayor will veto the plan, said Jo Roe, adding that the council had lost its way.",
        [
            ("reported", "The mayor will veto the plan", "Jo Roe", "said"),
            ("reported", "the council had lost its way", "Jo Roe", "adding"),
        ],
        id="C-said-X-adding-that-C2",
    ),
    pytest.param(
        "WASHINGTON (AP) — The ferry will run again from June, the harbour master said.",
        [("reported", "The ferry will run again from June", "the harbour master", "said")],
        id="C-X-said-after-inline-dateline",
    ),
    pytest.param(
        "WASHINGTON (AP) — The ferry will run again from June, according to the harbour master.",
        [("reported", "The ferry will run again from June", "the harbour master", "according to")],
        id="C-according-to-X-after-inline-dateline",
    ),
    pytest.param(
        "The ferry will run again from June, according to the port authority on Monday.",
        [("reported", "The ferry will run again from June", "the port authority", "according to")],
        id="according-to-X-time-adjunct",
    ),
    pytest.param(
        "Mr. Sokil said Mr. Lys would resign before the summer.",
        [("reported", "Mr. Lys would resign before the summer", "Sokil", "said")],
        id="abbreviated-title-after-cue",
    ),
    pytest.param(
        "Many said the ferry was too slow for commuters.",
        [("reported", "the ferry was too slow for commuters", "Many", "said")],
        id="quantifier-as-subject",
    ),
    pytest.param(
        "In the poll, 46 percent said they would take the ferry more often.",
        [("reported", "they would take the ferry more often", "46 percent", "said")],
        id="percentage-as-subject",
    ),
    pytest.param(
        "Olga Tsvit, the city's mayor, said the port and the ferry would reopen in July.",
        [("reported", "the port and the ferry would reopen in July", "Olga Tsvit", "said")],
        id="apposition-then-coordinated-subject",
    ),
    pytest.param(
        "Several captains, including Ivan Sokil, said the port was unsafe at night.",
        [("reported", "the port was unsafe at night", "Several captains", "said")],
        id="apposition-with-including",
    ),
    pytest.param(
        "After the vote, Ivan Sokil, 44, said that the port was unsafe at night.",
        [("reported", "the port was unsafe at night", "Ivan Sokil", "said")],
        id="apposition-age",
    ),
    pytest.param(
        "Rep. Olga Tsvit, D-N.Y., noted that the port was unsafe at night.",
        [("reported", "the port was unsafe at night", "Olga Tsvit", "noted")],
        id="apposition-party-and-state",
    ),
    pytest.param(
        "The mayor pledged on Friday to rebuild the old bridge.",
        [("reported", "rebuild the old bridge", "The mayor", "pledged")],
        id="pledged-adjunct-to",
    ),
    pytest.param(
        "When the mayor said the bridge would reopen in July, the crowd cheered.",
        [("reported", "the bridge would reopen in July", "the mayor", "said")],
        id="fronted-when-clause",
    ),
    pytest.param(
        "The ferry will run again from June, according to Ivan Sokil, a former captain.",
        [("reported", "The ferry will run again from June", "Ivan Sokil", "according to")],
        id="C-according-to-X-apposition",
    ),
    pytest.param(
        "Since May, according to the harbour master, the ferry has run twice a day.",
        [
            ("reported", "Since May", "the harbour master", "according to"),
            ("reported", "the ferry has run twice a day", "the harbour master", "according to"),
        ],
        id="C1-according-to-X-C2",
    ),
    pytest.param(
        "In Dayton, the mill is under pressure from imports, said the plant manager.",
        [
            (
                "reported",
                "In Dayton, the mill is under pressure from imports",
                "the plant manager",
                "said",
            )
        ],
        id="clause-between-commas-is-no-apposition-of-a-speaker",
    ),
    pytest.param(
        "Jo Roe worried that if the ferry stops, the mayor could threaten to close the pier.",
        [
            (
                "reported",
                "if the ferry stops, the mayor could threaten to close the pier",
                "Jo Roe",
                "worried",
            )
        ],
        id="cue-in-the-main-clause-after-a-fronted-clause-of-the-content-is-nested",
    ),
    pytest.param(
        "Jo Roe admitted that while the pier was safe, he argued the ferry was late.",
        [
            ("reported", "while the pier was safe", "Jo Roe", "admitted"),
            ("reported", "the ferry was late", "Jo Roe", "argued"),
        ],
        id="cue-after-a-fronted-clause-of-contrast-opens-an-attribution",
    ),
    pytest.param(
        "Overall, the mayor said, the repairs went well.",
        [
            ("reported", "Overall", "the mayor", "said"),
            ("reported", "the repairs went well", "the mayor", "said"),
        ],
        id="one-word-fragment-C1-X-said-C2",
    ),
    pytest.param(
        "The council criticized the new parking fees.",
        [("reported", "the new parking fees", "The council", "criticized")],
        id="judgement-verb-noun-phrase-object",
    ),
    pytest.param(
        "The captain asked the mayor about the winter timetable.",
        [("reported", "the winter timetable", "The captain", "asked")],
        id="asked-Y-about-C",
    ),
    pytest.param(
        "The mayor frowned when a pilot asked whether the ferry would run in winter.",
        [("reported", "whether the ferry would run in winter", "a pilot", "asked")],
        id="asked-whether-C-in-a-when-clause",
    ),
    pytest.param(
        "When the captain asked the mayor about the winter timetable, she smiled.",
        [("reported", "the winter timetable", "the captain", "asked")],
        id="asked-Y-about-C-in-a-fronted-when-clause",
    ),
    pytest.param(
        "When asked which ferry she preferred, Jo Roe shrugged.",
        [("reported", "which ferry she preferred", None, "asked")],
        id="when-asked-wh-C-ends-at-the-clause-comma",
    ),
    pytest.param(
        "“Not yet,” Jo Roe said when asked whether the pier would reopen.",
        [
            ("direct", "Not yet,", "Jo Roe", "said"),
            ("reported", "whether the pier would reopen", None, "asked"),
        ],
        id="when-asked-wh-C-after-an-answer-names-no-asker",
    ),
    pytest.param(
        "Jo Roe was asked by a pilot if the ferry would run in winter.",
        [("reported", "if the ferry would run in winter", "a pilot", "was asked")],
        id="passive-asked-by-agent-if-C",
    ),
    pytest.param(
        "Jo Roe was asked about the winter timetable.",
        [("reported", "the winter timetable", None, "was asked")],
        id="passive-asked-about-a-topic-names-no-asker",
    ),
    pytest.param(
        "When asked about the orchard's new owners, Jo Roe shrugged.",
        [("reported", "the orchard's new owners", None, "asked")],
        id="when-asked-about-a-topic-ends-at-the-clause-comma",
    ),
    pytest.param(
        "Jo Roe was asked about the lighthouse: “It stays dark,” she said.",
        [
            ("reported", "the lighthouse", None, "was asked"),
            ("direct", "It stays dark,", "Jo Roe", "said"),
        ],
        id="passive-asked-about-a-topic-ends-at-a-colon",
    ),
    pytest.param(
        "Jo Roe was accused of selling the pier to a rival.",
        [("reported", "selling the pier to a rival", None, "was accused")],
        id="passive-judgement-of-C-names-no-source",
    ),
    pytest.param(
        "Jo Roe has been criticized by Al Poe for failing to water the orchard.",
        [("reported", "failing to water the orchard", "Al Poe", "has been criticized")],
        id="passive-judgement-by-agent-for-C",
    ),
    pytest.param(
        "The crews have been blamed for bringing rats to the island, killing the birds.",
        [("reported", "bringing rats to the island", None, "have been blamed")],
        id="passive-judgement-content-ends-at-a-comma",
    ),
    pytest.param(
        "The pilots were accused of smuggling, including the theft of rope.",
        [("reported", "smuggling, including the theft of rope", None, "were accused")],
        id="passive-judgement-content-goes-on-over-an-example",
    ),
    pytest.param(
        "The pilots were accused of hiding the tide tables; the crews left.",
        [("reported", "hiding the tide tables", None, "were accused")],
        id="passive-judgement-content-ends-at-a-semicolon",
    ),
    pytest.param(
        "The pilots were accused of calling the pier “a wreck,” and of hiding the nets.",
        [("mixed", "calling the pier “a wreck,”", None, "were accused")],
        id="passive-judgement-content-ends-at-a-comma-inside-marks",
    ),
    pytest.param(
        "When asked about the piers, including the old one, Jo Roe smiled.",
        [("reported", "the piers, including the old one", None, "asked")],
        id="when-asked-about-a-topic-goes-on-over-an-example",
    ),
    pytest.param(
        "When asked about the pier — the old one — Jo Roe smiled.",
        [("reported", "the pier", None, "asked")],
        id="when-asked-about-a-topic-ends-at-a-dash",
    ),
    pytest.param(
        "The choir's new route was described to the singers by an usher.",
        [],
        id="passive-judgement-to-an-addressee-is-no-content",
    ),
    pytest.param(
        "The mayor was accused by harbour staff of selling the pier.",
        [("reported", "selling the pier", "harbour staff", "was accused")],
        id="passive-judgement-by-a-bare-plural-agent",
    ),
    pytest.param(
        "The pilots were accused by the island's council of hiding the nets.",
        [("reported", "hiding the nets", "the island's council", "were accused")],
        id="passive-judgement-agent-ends-before-the-content-preposition",
    ),
    pytest.param(
        "The ferry crews were blamed by many of the islanders for the lost nets.",
        [("reported", "the lost nets", "many of the islanders", "were blamed")],
        id="passive-judgement-agent-keeps-of-after-a-quantifier",
    ),
    pytest.param(
        "Jo Roe has faced criticism for closing the pier in winter.",
        [("reported", "closing the pier in winter", None, "criticism")],
        id="received-criticism-for-C-names-no-source",
    ),
    pytest.param(
        "The board came under sharp criticism over its plan to sell the ferry, which sank.",
        [("reported", "its plan to sell the ferry", None, "criticism")],
        id="received-criticism-over-C-ends-at-a-comma",
    ),
    pytest.param(
        "Al Poe drew criticism from the growers for cutting the water supply.",
        [("reported", "cutting the water supply", "the growers", "criticism")],
        id="received-criticism-from-an-agent-for-C",
    ),
    pytest.param(
        "The choir has faced criticism for its long concerts — often mocked as marathons — "
        "but the hall is full.",
        [("reported", "its long concerts", None, "criticism")],
        id="received-criticism-content-ends-at-a-dash",
    ),
    pytest.param(
        "The mayor will face the criticism of the growers for the pier.",
        [],
        id="criticism-with-its-agent-after-of-is-no-received-criticism",
    ),
    pytest.param(
        "Despite complaints that the ferry is too slow, the board kept it.",
        [("reported", "the ferry is too slow", None, "complaints")],
        id="complaints-that-C-name-no-source",
    ),
    pytest.param(
        "The mayor, facing accusations of favouritism toward the growers, met the council.",
        [("reported", "favouritism toward the growers", None, "accusations")],
        id="accusations-of-C-name-no-source",
    ),
    pytest.param(
        "The board has faced calls to sell the old pier.",
        [("reported", "sell the old pier", None, "calls")],
        id="received-calls-to-C-name-no-source",
    ),
    pytest.param(
        "The captain drew criticism after he seemed to hint that the nets were torn.",
        [("reported", "the nets were torn", "The captain", "hint")],
        id="a-received-noun-takes-no-complementizer-past-its-adjuncts",
    ),
    pytest.param(
        "Despite claims that the ferry is slow, the board kept it.",
        [],
        id="claims-that-C-without-a-source-are-no-quote",
    ),
    pytest.param(
        "The ferry company claims the new pier is safe.",
        [("reported", "the new pier is safe", "The ferry company", "claims")],
        id="noun-like-cue-after-an-articled-noun-phrase-is-the-verb",
    ),
    pytest.param(
        "The mayor told anxious harbour pilots in Eastport, Maine, on Monday that the pier "
        "would reopen.",
        [("reported", "the pier would reopen", "The mayor", "told")],
        id="that-after-an-addressee-with-modifiers-and-adjuncts",
    ),
    pytest.param(
        "The mayor attacked the harbour board in early-morning posts.",
        [("reported", "the harbour board", "The mayor", "attacked")],
        id="noun-phrase-object-ends-before-its-medium",
    ),
    pytest.param(
        "Half the pilots said so in the spring poll.",
        [("reported", "so", "Half the pilots", "said")],
        id="answer-word-before-adjuncts",
    ),
    pytest.param(
        "The captain said he would.",
        [("reported", "he would", "The captain", "said")],
        id="elided-clause-of-a-pronoun-and-an-auxiliary",
    ),
    pytest.param(
        "The mayor went on radio to criticize the new parking fees.",
        [("reported", "the new parking fees", "The mayor", "criticize")],
        id="infinitive-of-a-judgement-verb-takes-its-object",
    ),
    pytest.param(
        "The captain then went on to explain why the ferry was late.",
        [("reported", "why the ferry was late", "The captain", "explain")],
        id="infinitive-of-explaining-takes-its-question",
    ),
    pytest.param(
        "Officials at the ministry refused to explain why the plant closed.",
        [("reported", "why the plant closed", "Officials at the ministry", "explain")],
        id="refused-infinitive-keeps-the-whole-subject",
    ),
    pytest.param(
        "Lawyers for the family are expected to explain why the will was changed.",
        [("reported", "why the will was changed", "Lawyers for the family", "explain")],
        id="expected-infinitive-keeps-the-whole-subject",
    ),
    pytest.param(
        "The mayor announced a new timetable for the ferry, telling reporters it would "
        "start in May.",
        [
            ("reported", "a new timetable for the ferry", "The mayor", "announced"),
            ("reported", "it would start in May", "The mayor", "telling"),
        ],
        id="participle-ends-content",
    ),
    pytest.param(
        "Ivan Sokil, who says the port is unsafe, resigned from the board on Monday.",
        [("reported", "the port is unsafe", "Ivan Sokil", "says")],
        id="relative-clause-ends-content",
    ),
    pytest.param(
        "The council raised the fares, which the drivers say could empty the buses.",
        [
            ("reported", "which", "the drivers", "say"),
            ("reported", "could empty the buses", "the drivers", "say"),
        ],
        id="which-X-say-predicate",
    ),
    pytest.param(
        "The pilots met in the old depot, which the mayor described as a ruin.",
        [
            ("reported", "which", "the mayor", "described"),
            ("reported", "as a ruin", "the mayor", "described"),
        ],
        id="which-X-described-as-Y",
    ),
    pytest.param(
        "The board now leases the pier to a shipyard, an arrangement the mayor has criticized.",
        [("reported", "an arrangement", "the mayor", "has criticized")],
        id="object-noun-before-subject-and-cue",
    ),
    pytest.param(
        "According to early results of a poll for The Daily Planet, most residents want "
        "the ferry back.",
        [
            (
                "reported",
                "most residents want the ferry back",
                "early results of a poll for The Daily Planet",
                "According to",
            )
        ],
        id="according-to-results-for-an-outlet",
    ),
    pytest.param(
        "Most residents want the ferry back, according to Jo Roe of The Daily Planet.",
        [("reported", "Most residents want the ferry back", "Jo Roe", "according to")],
        id="according-to-a-person-of-an-outlet",
    ),
    pytest.param(
        "The mayor cited several reasons for the delay, including the cost of fuel.",
        [
            (
                "reported",
                "several reasons for the delay, including the cost of fuel",
                "The mayor",
                "cited",
            )
        ],
        id="object-goes-on-with-including",
    ),
    pytest.param(
        "Judge Jo Roe, in her dissent, said the ferry rules were unfair.",
        [("reported", "the ferry rules were unfair", "Jo Roe", "said")],
        id="subject-aside-said-C",
    ),
    pytest.param(
        "The harbour board met on Monday, and every member said yes.",
        [("reported", "yes", "every member", "said")],
        id="said-yes",
    ),
    pytest.param(
        "The senator said no to the new ferry tax.",
        [("reported", "no to the new ferry tax", "The senator", "said")],
        id="said-no-to-Y",
    ),
    pytest.param(
        "The council raised the ferry fares, which the mayor denies, and the pilots went on "
        "strike.",
        [("reported", "which", "the mayor", "denies")],
        id="which-X-denies",
    ),
    pytest.param(
        "The pilots met in the hall, in which the mayor said the lamps had failed.",
        [("reported", "the lamps had failed", "the mayor", "said")],
        id="preposition-which-is-no-fragment",
    ),
    pytest.param(
        "The union wrote to the mayor's office that the depot was unsafe.",
        [("reported", "the depot was unsafe", "The union", "wrote")],
        id="wrote-to-Y-that",
    ),
    pytest.param(
        "The mayor said on “Morning Harbour” that the ferry would run again.",
        [("reported", "the ferry would run again", "The mayor", "said")],
        id="programme-title-before-that",
    ),
    pytest.param(
        "The mayor described the meeting with the ferry company.",
        [("reported", "the meeting with the ferry company", "The mayor", "described")],
        id="described-noun-phrase-object",
    ),
    pytest.param(
        "The ferry will run again from June, said Jan Roe, a professor at the port school.",
        [("reported", "The ferry will run again from June", "Jan Roe", "said")],
        id="C-said-X-apposition-is-no-C2",
    ),
    pytest.param(
        "The mayor, said Jan Roe, who knows her well, doesn't give up easily.",
        [
            ("reported", "The mayor", "Jan Roe", "said"),
            ("reported", "doesn't give up easily", "Jan Roe", "said"),
        ],
        id="C1-said-X-relative-clause-C2-with-negated-auxiliary",
    ),
    pytest.param(
        "From June, said Jan Roe, a former captain, the ferry will run twice a day.",
        [
            ("reported", "From June", "Jan Roe", "said"),
            ("reported", "the ferry will run twice a day", "Jan Roe", "said"),
        ],
        id="C1-said-X-apposition-C2",
    ),
    pytest.param(
        "The mayor told her staff that the bridge would reopen in July.",
        [("reported", "the bridge would reopen in July", "The mayor", "told")],
        id="told-possessive-addressee-that",
    ),
    pytest.param(
        "The mayor told residents that day that the water was safe.",
        [("reported", "the water was safe", "The mayor", "told")],
        id="told-addressee-then-a-demonstrative-before-a-time-noun",
    ),
    pytest.param(
        "The mayor said bluntly that the bridge would not reopen before July.",
        [("reported", "the bridge would not reopen before July", "The mayor", "said")],
        id="adverb-after-cue",
    ),
    pytest.param(
        "The mayor rejected the harbour board's plan for a second ferry.",
        [
            (
                "reported",
                "the harbour board's plan for a second ferry",
                "The mayor",
                "rejected",
            )
        ],
        id="force-verb-noun-phrase-object",
    ),
    pytest.param(
        "The mayor attacked the ferry company at a rally on Sunday.",
        [("reported", "the ferry company", "The mayor", "attacked")],
        id="object-ends-before-adjunct",
    ),
    pytest.param(
        "The mayor defended the new timetable this week, calling it fair.",
        [("reported", "the new timetable", "The mayor", "defended")],
        id="object-ends-before-time-and-comma",
    ),
    pytest.param(
        "Sunday on Radio Port’s “Morning Tide,” Olga Tsvit said the ferry would run.",
        [("reported", "the ferry would run", "Olga Tsvit", "said")],
        id="programme-title-after-possessive-is-no-quote",
    ),
    pytest.param(
        "Residents welcomed his criticism of the harbour board.",
        [("reported", "the harbour board", "his", "criticism")],
        id="speech-noun-possessive-of",
    ),
    pytest.param(
        "Pear prices rose 2.7 percent to $412.85. The growers reported a gain of $5 a crate.",
        [("reported", "a gain of $5 a crate", "The growers", "reported")],
        id="a-decimal-number-ends-the-sentence-before-a-capital",
    ),
    pytest.param(
        "Many sailors fought in World War II. Some Islanders say the war changed the port.",
        [("reported", "the war changed the port", "Islanders", "say")],
        id="a-roman-numeral-ends-the-sentence-and-the-speakers-name",
    ),
    pytest.param(
        "The choir lost its hall in May. I’m standing up at every meeting and saying: We will "
        "sing again.",
        [("direct", "We will sing again", "I", "saying")],
        id="a-pronoun-with-a-clitic-auxiliary-names-the-pronoun",
    ),
    pytest.param(
        "The ferry sails from the U.S. The harbour master says the fog will lift.",
        [("reported", "the fog will lift", "The harbour master", "says")],
        id="a-dotted-acronym-ends-the-sentence-before-an-article",
    ),
    pytest.param(
        "Roe notes the club hid three gifts that totaled two million.",
        [("reported", "the club hid three gifts that totaled two million", "Roe", "notes")],
        id="irregular-past-makes-the-clause-after-a-noun-like-cue",
    ),
    pytest.param(
        "The mayor's claim that the ferry was safe drew scorn from sailors.",
        [("reported", "the ferry was safe", "The mayor", "claim")],
        id="speech-noun-subject-content-ends-before-the-sentence-verb",
    ),
    pytest.param(
        "The mayor's criticism of the ferry timetable angered sailors.",
        [("reported", "the ferry timetable", "The mayor", "criticism")],
        id="speech-noun-subject-noun-phrase-ends-before-the-sentence-verb",
    ),
    pytest.param(
        "The mayor's claim that the ferry was unsafe and had been closed for years was false.",
        [
            (
                "reported",
                "the ferry was unsafe and had been closed for years",
                "The mayor",
                "claim",
            )
        ],
        id="speech-noun-subject-content-keeps-its-coordinated-predicate",
    ),
    pytest.param(
        "The council ignored the mayor's call to close the old bridge.",
        [("reported", "close the old bridge", "the mayor", "call")],
        id="speech-noun-call-to-infinitive",
    ),
    pytest.param(
        "The council ignored the mayor's suggestion that the old bridge should close.",
        [("reported", "the old bridge should close", "the mayor", "suggestion")],
        id="speech-noun-possessive-that-clause",
    ),
    pytest.param(
        "The post mocked the mayor's statement earlier this year that fares would fall.",
        [("reported", "fares would fall", "the mayor", "statement")],
        id="speech-noun-time-adjunct-before-that-clause",
    ),
    pytest.param(
        "There is no record of Jo Roe's claim in a radio interview that the pier was sold.",
        [("reported", "the pier was sold", "Jo Roe", "claim")],
        id="speech-noun-place-adjunct-before-that-clause",
    ),
    pytest.param(
        "Despite Jo Roe's claim that prices, fares and rents rose, the bank raised its rate.",
        [("reported", "prices, fares and rents rose", "Jo Roe", "claim")],
        id="speech-noun-in-a-fronted-phrase-ends-before-the-main-clause",
    ),
    pytest.param(
        "In her reply to the email that Lee Poe noted, “The plan is late.”",
        [("direct", "The plan is late.", "Lee Poe", "noted")],
        id="speech-noun-relative-that-attributes-a-quotation-is-no-content",
    ),
    pytest.param(
        "In her reply that Lee Poe wrote in an email: “The plan is late.”",
        [("direct", "The plan is late.", "Lee Poe", "wrote")],
        id="speech-noun-relative-that-attributes-a-quotation-after-adjuncts",
    ),
    pytest.param(
        "Roe wrote back. Her reply on Monday was that, as Lee Poe noted, “the plan is late.”",
        [("direct", "the plan is late.", "Lee Poe", "noted")],
        id="speech-noun-that-and-comma-before-an-attribution-is-no-content",
    ),
    pytest.param(
        "Jan Roe's attacks on the ferry company have cost her support.",
        [("reported", "the ferry company", "Jan Roe", "attacks")],
        id="speech-noun-subject-ends-before-verb",
    ),
    pytest.param(
        "The harbour master said on Friday he would keep the ferry running.",
        [("reported", "he would keep the ferry running", "The harbour master", "said")],
        id="zero-that-after-adjunct",
    ),
    pytest.param(
        "The harbour master agreed to sell it to the council in May.",
        [],
        id="infinitive-object-is-no-zero-that-subject",
    ),
    pytest.param(
        "Jo Roe said on Sept. 3 that the ward would reopen.",
        [("reported", "the ward would reopen", "Jo Roe", "said")],
        id="abbreviated-month-date-before-that",
    ),
    pytest.param(
        "Jo Roe said Aug. 30, 2026, the ward would reopen.",
        [("reported", "the ward would reopen", "Jo Roe", "said")],
        id="bare-abbreviated-date-before-zero-that-clause",
    ),
    pytest.param(
        "Jo Roe said March 3 the ward would reopen.",
        [("reported", "the ward would reopen", "Jo Roe", "said")],
        id="bare-month-and-day-before-zero-that-clause",
    ),
    pytest.param(
        "The ward will reopen, Jo Roe said Sept. 3.",
        [("reported", "The ward will reopen", "Jo Roe", "said")],
        id="date-after-a-trailing-cue-is-no-content",
    ),
    pytest.param(
        "Among the injured is a girl, police said.",
        [("reported", "Among the injured is a girl", "police", "said")],
        id="inverted-copular-clause-before-a-closing-cue",
    ),
    pytest.param(
        "In a speech on Monday, Jo Roe said the ward would reopen.",
        [("reported", "the ward would reopen", "Jo Roe", "said")],
        id="a-fronted-phrase-without-a-verb-is-no-content",
    ),
    pytest.param(
        "After the old ferry was towed away, the harbour master has not commented.",
        [],
        id="a-subordinate-clause-of-time-before-a-verb-is-no-content",
    ),
    pytest.param(
        "Jo Roe said Jan. 12 was a good day for the ward.",
        [("reported", "Jan. 12 was a good day for the ward", "Jo Roe", "said")],
        id="a-date-before-a-verb-is-the-content-s-subject",
    ),
    pytest.param(
        "The mayor accused the ferry company of raising fares in secret.",
        [
            (
                "reported",
                "the ferry company of raising fares in secret",
                "The mayor",
                "accused",
            )
        ],
        id="accused-X-of-C",
    ),
    pytest.param(
        "The mayor pointed to the new timetable at a meeting on Monday.",
        [("reported", "the new timetable", "The mayor", "pointed to")],
        id="pointed-to-noun-phrase",
    ),
    pytest.param(
        "The coastguard warned of a fierce storm off the cape on Monday.",
        [("reported", "a fierce storm off the cape", "The coastguard", "warned of")],
        id="warned-of-noun-phrase-is-the-content-not-the-addressee",
    ),
    pytest.param(
        "The mayor warned against the closure of the ferry, but kept her plan.",
        [("reported", "the closure of the ferry", "The mayor", "warned against")],
        id="warned-against-noun-phrase-ends-at-the-comma",
    ),
    pytest.param(
        "The mayor called for a second bridge at a rally on Monday.",
        [("reported", "a second bridge", "The mayor", "called for")],
        id="called-for-noun-phrase-ends-before-the-cue-adjuncts",
    ),
    pytest.param(
        "The mayor called Wednesday for a second bridge to the island.",
        [("reported", "a second bridge to the island", "The mayor", "called Wednesday for")],
        id="a-word-of-time-between-the-cue-and-its-preposition",
    ),
    pytest.param(
        "The coastguard warned again of a fierce storm off the cape.",
        [("reported", "a fierce storm off the cape", "The coastguard", "warned again of")],
        id="an-adverb-of-time-between-the-cue-and-its-preposition",
    ),
    pytest.param(
        "The ferry crew was warned of the storm.",
        [],
        id="passive-warned-of-names-no-source",
    ),
    pytest.param(
        "The mayor criticized the ferry company and challenged its owners to a debate.",
        [("reported", "the ferry company", "The mayor", "criticized")],
        id="object-ends-before-second-predicate",
    ),
    pytest.param(
        "The mayor said the ferry would run again, while the board wants to sell it.",
        [("reported", "the ferry would run again", "The mayor", "said")],
        id="content-ends-before-contrast-clause",
    ),
    pytest.param(
        "Harbour pilots point out that the channel silts up every spring.",
        [("reported", "the channel silts up every spring", "Harbour pilots", "point out")],
        id="point-out-base-form",
    ),
    pytest.param(
        "The harbour master continues to insist that the ferry will run in June.",
        [("reported", "the ferry will run in June", "The harbour master", "insist")],
        id="catenative-verb-before-cue",
    ),
    pytest.param(
        "The harbour master was quick to add that the fares would not rise.",
        [("reported", "the fares would not rise", "The harbour master", "add")],
        id="catenative-adjective-before-cue",
    ),
    pytest.param(
        "It is a reminder, the harbour master said, that the port matters to everyone.",
        [
            ("reported", "It is a reminder", "the harbour master", "said"),
            ("reported", "the port matters to everyone", "the harbour master", "said"),
        ],
        id="P-X-said-that-C",
    ),
    pytest.param(
        "The trouble with the timetable, the harbour master said, is that nobody asked.",
        [
            ("reported", "The trouble with the timetable", "the harbour master", "said"),
            ("reported", "nobody asked", "the harbour master", "said"),
        ],
        id="P-X-said-is-that-C",
    ),
    pytest.param(
        "While the harbour master said the ferry would run again, the board wants to sell it.",
        [("reported", "the ferry would run again", "the harbour master", "said")],
        id="content-ends-with-while-clause",
    ),
    pytest.param(
        "While he's said the ferry will run again, the board wants to sell it.",
        [("reported", "the ferry will run again", "he", "'s said")],
        id="contracted-pronoun-subject",
    ),
    pytest.param(
        "Noting that the channel had silted up again, the harbour master bought a dredger.",
        [("reported", "the channel had silted up again", "the harbour master", "Noting")],
        id="participle-clause-opens-sentence",
    ),
    pytest.param(
        "The ferry will run again from June. The harbour master said this on Monday.",
        [("reported", "The ferry will run again from June", "The harbour master", "said this")],
        id="X-said-this-after-the-sentence",
    ),
    pytest.param(
        "The ferry will run again from June. The harbour master said this in an exclusive "
        "comment to Metro News.",
        [("reported", "The ferry will run again from June", "The harbour master", "said this")],
        id="X-said-this-in-a-comment-to-an-outlet",
    ),
    pytest.param(
        "The ferry will run again from June.\n\nThe Commissioner for Harbours, Dr Jo Roe, "
        "disclosed this in a statement on Sunday.",
        [("reported", "The ferry will run again from June", "Jo Roe", "disclosed this")],
        id="X-with-a-name-in-apposition-disclosed-this-on-a-line-of-its-own",
    ),
    pytest.param(
        "The ferry will run again from June.\n\nThe state Harbour Public Relations Officer, "
        "SP Ada Okoro, disclosed this in a statement made available to our correspondent.",
        [("reported", "The ferry will run again from June", "Ada Okoro", "disclosed this")],
        id="a-cue-word-in-the-description-and-a-relative-on-the-statement",
    ),
    pytest.param(
        "The ferry will run again from June.\n\nThe state harbour spokesperson disclosed this.",
        [
            (
                "reported",
                "The ferry will run again from June",
                "The state harbour spokesperson",
                "disclosed this",
            )
        ],
        id="a-cue-word-in-the-subject-before-disclosed-this",
    ),
    pytest.param(
        "The ferry will run again from June.\n\nThe Harbour Public Relations Officer, Ada "
        "Okoro, disclosed this.",
        [("reported", "The ferry will run again from June", "Ada Okoro", "disclosed this")],
        id="a-name-in-apposition-to-a-capitalised-office-disclosed-this",
    ),
    pytest.param(
        "The ferry will run again from June.\n\nThis press release",
        [],
        id="an-anaphor-s-first-word-opening-a-unit-its-subject-runs-to-the-end",
    ),
    pytest.param(
        "The ferry will run again from June.\n\nThe review may conclude this month, a source "
        "familiar with the matter told reporters.",
        [
            (
                "reported",
                "The review may conclude this month",
                "a source familiar with the matter",
                "told reporters",
            ),
        ],
        id="a-demonstrative-of-time-is-no-anaphor",
    ),
    pytest.param(
        "The ferry will run again from June, the press service of the port reports.",
        [
            (
                "reported",
                "The ferry will run again from June",
                "the press service of the port",
                "reports",
            )
        ],
        id="C-X-reports",
    ),
    pytest.param(
        "The ferry will run again from June, reports the press service of the city council.",
        [
            (
                "reported",
                "The ferry will run again from June",
                "the press service of the city council",
                "reports",
            )
        ],
        id="C-reports-X",
    ),
    pytest.param(
        "The ferry will run again from June. The harbour master wrote about it on Facebook.",
        [
            (
                "reported",
                "The ferry will run again from June",
                "The harbour master",
                "wrote about it",
            )
        ],
        id="X-wrote-about-it-after-the-sentence",
    ),
    pytest.param(
        "The ferry will run again from June, said the press service of the port.",
        [
            (
                "reported",
                "The ferry will run again from June",
                "the press service of the port",
                "said",
            )
        ],
        id="C-said-press-service-of-a-body-no-outlet",
    ),
    pytest.param(
        "The ferry will run again from June, according to a draft seen by Reuters.",
        [("reported", "The ferry will run again from June", "a draft", "according to")],
        id="according-to-a-document-seen-by-an-outlet",
    ),
    pytest.param(
        "A draft seen by Reuters said the ferry would run again from June.",
        [("reported", "the ferry would run again from June", "A draft", "said")],
        id="document-seen-by-an-outlet-said-C",
    ),
    pytest.param(
        "The ferry will run again from June, said a draft reviewed by Reuters.",
        [("reported", "The ferry will run again from June", "a draft", "said")],
        id="C-said-a-document-reviewed-by-an-outlet",
    ),
    pytest.param(
        "And she claims the ferry timetable is out of date.",
        [("reported", "the ferry timetable is out of date", "she", "claims")],
        id="subject-pronoun-before-noun-like-cue",
    ),
    pytest.param(
        "The harbour master has since said that the ferry will run again.",
        [("reported", "the ferry will run again", "The harbour master", "said")],
        id="has-since-said",
    ),
    pytest.param(
        "The harbour master said about 40 passengers were stranded.",
        [("reported", "about 40 passengers were stranded", "The harbour master", "said")],
        id="said-about-a-number",
    ),
    pytest.param(
        "The harbour master, a former captain, on Friday said the ferry would run again.",
        [("reported", "the ferry would run again", "The harbour master", "said")],
        id="X-apposition-adjunct-said",
    ),
    pytest.param(
        "On the timetable, 47% say the ferry should run at night.",
        [("reported", "the ferry should run at night", "47%", "say")],
        id="percent-subject",
    ),
    pytest.param(
        "Saving the ferry was not about him, the mayor told his aides as he left the pier.",
        [("reported", "Saving the ferry was not about him", "the mayor", "told")],
        id="C-X-told-Y-as-clause",
    ),
    pytest.param(
        "Ferry workers rushed to the radio station to say that the pier was unsafe.",
        [("reported", "the pier was unsafe", "Ferry workers", "say")],
        id="purpose-infinitive-cue",
    ),
    pytest.param(
        "The storm led him to declare that the pier was closed.",
        [("reported", "the pier was closed", "him", "declare")],
        id="object-before-infinitive-cue",
    ),
    pytest.param(
        "The late timing of the vote led skippers to say that the board was hiding.",
        [("reported", "the board was hiding", "skippers", "say")],
        id="a-plural-object-before-the-infinitive-cue-speaks-not-the-subject",
    ),
    pytest.param(
        "And even Jo Roe tried to help them, noting that she would wait too.",
        [("reported", "she would wait too", "Jo Roe", "noting")],
        id="even-before-the-subject-of-a-participle-cue",
    ),
    pytest.param(
        "Aides said the gap between the mayor and then-Gov. Jo Roe was narrower than now.",
        [
            (
                "reported",
                "the gap between the mayor and then-Gov. Jo Roe was narrower than now",
                "Aides",
                "said",
            )
        ],
        id="abbreviated-title-after-a-hyphen",
    ),
    pytest.param(
        "The mayor criticized the ferry plan, the budget and the timing of the works.",
        [
            (
                "reported",
                "the ferry plan, the budget and the timing of the works",
                "The mayor",
                "criticized",
            )
        ],
        id="object-content-is-a-list",
    ),
    pytest.param(
        "The mayor criticized Jo Roe, the harbour master and owner of the ferry line.",
        [("reported", "Jo Roe", "The mayor", "criticized")],
        id="apposition-after-object-is-no-list",
    ),
    pytest.param(
        "The ferry will run again from June, the mayor said in his nightly video address.",
        [("reported", "The ferry will run again from June", "the mayor", "said")],
        id="C-X-said-in-a-possessive-adjunct",
    ),
    pytest.param(
        "The mayor wrote on X (formerly Twitter) that the ferry would run again.",
        [("reported", "the ferry would run again", "The mayor", "wrote")],
        id="bracket-after-a-platform-before-that",
    ),
    pytest.param(
        "The ferry will run again, Eastport's port authority said on Tuesday, adding that "
        "fares would not rise.",
        [
            ("reported", "The ferry will run again", "Eastport's port authority", "said"),
            ("reported", "fares would not rise", "Eastport's port authority", "adding"),
        ],
        id="C1-X-said-on-a-day-adding-that-C2",
    ),
    pytest.param(
        "Jo Roe told RFE/RL that the ferry would run again.",
        [("reported", "the ferry would run again", "Jo Roe", "told")],
        id="a-slash-joins-an-outlet-s-name",
    ),
    pytest.param(
        "The port reopened on Monday. This is stated in the message of the port authority.",
        [
            (
                "reported",
                "The port reopened on Monday",
                "the message of the port authority",
                "This is stated in",
            )
        ],
        id="anaphoric-this-is-stated-in-a-message",
    ),
    pytest.param(
        "The harbour master said she and the mayor promised to reopen the port.",
        [
            (
                "reported",
                "she and the mayor promised to reopen the port",
                "The harbour master",
                "said",
            )
        ],
        id="coordinated-subject-of-content-holds-nested-cue",
    ),
    pytest.param(
        "Jo Roe said nothing and Al Poe said the plan would fail.",
        [
            ("reported", "nothing", "Jo Roe", "said"),
            ("reported", "the plan would fail", "Al Poe", "said"),
        ],
        id="two-cues-joined-by-and-stay-two",
    ),
    pytest.param(
        "The harbour master said on Monday the ferry would run again from June.",
        [("reported", "the ferry would run again from June", "The harbour master", "said")],
        id="X-said-on-day-C-without-that",
    ),
    pytest.param(
        "The harbour master has argued for months the ferry is too slow.",
        [("reported", "the ferry is too slow", "The harbour master", "has argued")],
        id="X-said-for-a-span-of-time-C-without-that",
    ),
    pytest.param(
        "The harbour master said two years ago the fare is unfair.",
        [("reported", "the fare is unfair", "The harbour master", "said")],
        id="X-said-a-time-ago-C-without-that",
    ),
    pytest.param(
        "The harbour master said a few weeks ago that she would retire.",
        [("reported", "she would retire", "The harbour master", "said")],
        id="X-said-a-time-ago-that-C",
    ),
    pytest.param(
        "The harbour master said two years was too long to wait.",
        [("reported", "two years was too long to wait", "The harbour master", "said")],
        id="X-said-a-span-of-time-as-the-subject-of-C",
    ),
    pytest.param(
        "The harbour master argued on Monday the ferry runs too late.",
        [("reported", "the ferry runs too late", "The harbour master", "argued")],
        id="X-said-on-day-C-in-the-present-without-that",
    ),
    pytest.param(
        "The harbour master sent a clear message that the fares must fall.",
        [("reported", "the fares must fall", "The harbour master", "sent a clear message")],
        id="light-verb-and-a-noun-of-speech-then-that-C",
    ),
    pytest.param(
        "The harbour master has tried to make the case that the ferry is too slow.",
        [("reported", "the ferry is too slow", "The harbour master", "make the case")],
        id="light-verb-infinitive-and-a-noun-of-speech-then-that-C",
    ),
    pytest.param(
        "The port closed on Monday, the port said, as the Harbour Times reported.",
        [("reported", "The port closed on Monday", "the port", "said")],
        id="C-X-said-and-an-as-clause-crediting-another-is-no-second-fragment",
    ),
    pytest.param(
        "Governor Jo Roe told state inspectors recently that the budget would pass.",
        [("reported", "the budget would pass", "Jo Roe", "told")],
        id="told-an-addressee-opened-by-a-word-that-may-be-a-cue-verb",
    ),
    pytest.param(
        "The harbour master expressed doubt that the fares would fall.",
        [("reported", "the fares would fall", "The harbour master", "expressed doubt")],
        id="light-verb-and-a-bare-light-noun-then-that-C",
    ),
    pytest.param(
        "The union made similarly harsh charges that the port had lied.",
        [("reported", "the port had lied", "The union", "made similarly harsh charges")],
        id="light-verb-modifiers-and-a-bare-light-noun-then-that-C",
    ),
    pytest.param(
        "The harbour master expressed the hope that the fares would fall.",
        [],
        id="light-verb-and-hope-is-a-wish-no-cue",
    ),
    pytest.param(
        "As the mayor announced that the pier will close, crowds gathered at the gate.",
        [("reported", "the pier will close", "the mayor", "announced")],
        id="as-X-said-that-C-is-a-clause-of-time-not-as-X-said",
    ),
    pytest.param(
        "As the mayor told reporters that day, the pier is unsafe.",
        [("reported", "the pier is unsafe", "the mayor", "told reporters")],
        id="as-X-said-that-day-C",
    ),
    pytest.param(
        "When the mayor urged the council to reopen the pier, the crowd cheered.",
        [("reported", "reopen the pier", "the mayor", "urged")],
        id="control-cue-and-its-infinitive-in-a-clause-of-time",
    ),
    pytest.param(
        "The crowd cheered when the mayor blasted them for raising the fares.",
        [("reported", "them for raising the fares", "the mayor", "blasted")],
        id="judgement-cue-and-its-pronoun-object-in-a-clause-of-time",
    ),
    pytest.param(
        "The harbour master noted how busy the pier had become.",
        [("reported", "how busy the pier had become", "The harbour master", "noted")],
        id="noted-and-an-embedded-question",
    ),
    pytest.param(
        'The mayor, a Republican, on Tuesday called the new timetable "a disaster."',
        [("mixed", 'the new timetable "a disaster."', "The mayor", "called")],
        id="naming-cue-after-apposition-and-adjunct",
    ),
    pytest.param(
        "The mayor told The Harbour Post on Monday that the ferry would run again.",
        [("reported", "the ferry would run again", "The mayor", "told")],
        id="addressee-named-like-a-cue-verb",
    ),
    pytest.param(
        "The mayor told The Harbour Post she's sure the ferry will run again.",
        [("reported", "she's sure the ferry will run again", "The mayor", "told")],
        id="addressee-then-contracted-subject",
    ),
    pytest.param(
        "Jo Roe -- a former harbour pilot -- said the ferry tended to run late.",
        [("reported", "the ferry tended to run late", "Jo Roe", "said")],
        id="apposition-between-double-hyphens",
    ),
    pytest.param(
        "Jo Roe, the harbour master -- who has run the port since May -- said the ferry "
        "tended to run late.",
        [("reported", "the ferry tended to run late", "Jo Roe", "said")],
        id="name-before-description-before-dashed-aside",
    ),
    pytest.param(
        "The harbour master said no decision had been made about the ferry.",
        [("reported", "no decision had been made about the ferry", "The harbour master", "said")],
        id="answer-word-as-determiner-opens-clause",
    ),
    pytest.param(
        "The harbour master says too many ferries are late.",
        [("reported", "too many ferries are late", "The harbour master", "says")],
        id="degree-adverb-and-quantifier-open-clause",
    ),
    pytest.param(
        "Passengers who have criticized the ferry company said on Monday that the fares were "
        "too high.",
        [
            ("reported", "the ferry company", "Passengers", "have criticized"),
            ("reported", "the fares were too high", "Passengers", "said"),
        ],
        id="main-cue-after-relative-clause-ends-its-object-and-has-its-subject",
    ),
    pytest.param(
        "The ferry would not only carry cars across the bay, the mayor said, but also "
        "the bikes of commuters.",
        [
            ("reported", "The ferry would not only carry cars across the bay", "the mayor", "said"),
            ("reported", "but also the bikes of commuters", "the mayor", "said"),
        ],
        id="conjunction-after-interrupting-cue-goes-on-with-unmarked-content",
    ),
    pytest.param(
        "The ferry will carry cars again, the harbour master said, but only for residents.",
        [
            ("reported", "The ferry will carry cars again", "the harbour master", "said"),
            ("reported", "but only for residents", "the harbour master", "said"),
        ],
        id="verbless-phrase-after-interrupting-cue-goes-on-with-unmarked-content",
    ),
    pytest.param(
        "The ferry line, which the council says carries 2,000 passengers a day, will close in May.",
        [
            ("reported", "which", "the council", "says"),
            ("reported", "carries 2,000 passengers a day", "the council", "says"),
        ],
        id="gap-predicate-after-relative-cue-opens-with-a-present-verb",
    ),
    pytest.param(
        "He thanked the captain, who he says saved the ship.",
        [("reported", "saved the ship", "he", "says")],
        id="gap-predicate-after-who-and-a-cue-with-its-own-subject",
    ),
    pytest.param(
        "He is one of the skippers who officials say is linked to the smuggling ring.",
        [("reported", "is linked to the smuggling ring", "officials", "say")],
        id="subject-of-a-gap-cue-starts-after-the-relative-pronoun",
    ),
    pytest.param(
        "Those who backed the plan said that the ferry was safe.",
        [("reported", "the ferry was safe", "Those who backed the plan", "said")],
        id="relative-clause-with-its-own-verb-stays-in-the-subject",
    ),
    pytest.param(
        "The ferry was never at risk, Jo Roe noted; the captain had checked the engines twice.",
        [("reported", "The ferry was never at risk", "Jo Roe", "noted")],
        id="semicolon-after-a-closing-cue-ends-its-adjuncts",
    ),
    pytest.param(
        "The bridge will close in May, engineers and city officials said.",
        [("reported", "The bridge will close in May", "engineers and city officials", "said")],
        id="closing-cue-after-subjects-joined-by-and",
    ),
    pytest.param(
        "The ferry is the town's best hope for more visitors, Jo Roe notes.",
        [("reported", "The ferry is the town's best hope for more visitors", "Jo Roe", "notes")],
        id="cue-that-is-also-a-noun-closes-the-sentence-after-a-name",
    ),
    pytest.param(
        "The harbour office says Ferries, numbering 40 in all, carried more cars in May.",
        [
            (
                "reported",
                "Ferries, numbering 40 in all, carried more cars in May",
                "The harbour office",
                "says",
            )
        ],
        id="zero-that-clause-whose-name-subject-has-an-aside",
    ),
    pytest.param(
        "Officials say Jo Roe, the harbour master, held two licences.",
        [
            (
                "reported",
                "Jo Roe, the harbour master, held two licences",
                "Officials",
                "say",
            )
        ],
        id="zero-that-clause-whose-name-subject-has-an-aside-before-an-irregular-past",
    ),
    pytest.param(
        "The skipper claims he's sailed every ferry in the fleet.",
        [("reported", "he's sailed every ferry in the fleet", "The skipper", "claims")],
        id="noun-like-cue-before-a-pronoun-with-its-clitic-auxiliary",
    ),
    pytest.param(
        "Several skippers claim to have seen the whale near the pier.",
        [("reported", "have seen the whale near the pier", "Several skippers", "claim")],
        id="claim-takes-an-infinitive-content",
    ),
    pytest.param(
        "The mayor proposed to close the bridge on Sundays.",
        [("reported", "close the bridge on Sundays", "The mayor", "proposed")],
        id="propose-takes-an-infinitive-content",
    ),
    pytest.param(
        "The warden proposed to the board that fees should rise. Two rival clans laid claim "
        "to the island in 1820. The mayor proposed to the council a ban on cars.",
        [("reported", "fees should rise", "The warden", "proposed")],
        id="to-before-a-noun-phrase-is-no-infinitive-marker",
    ),
    pytest.param(
        "The Harbour Trust notes the new ferry was late on most days in May.",
        [
            (
                "reported",
                "the new ferry was late on most days in May",
                "Harbour Trust",
                "notes",
            )
        ],
        id="cue-that-is-also-a-noun-after-a-name-before-a-clause",
    ),
    pytest.param(
        "The minister scoffed at complaints from the captains that the new pier was too short.",
        [("reported", "the new pier was too short", "the captains", "complaints")],
        id="speech-noun-after-a-preposition-with-its-agent-phrase",
    ),
    pytest.param(
        "Al Poe has drawn criticism from growers that the pears are too small.",
        [("reported", "the pears are too small", "growers", "criticism")],
        id="speech-noun-after-a-name-and-verb-with-its-agent-phrase",
    ),
    pytest.param(
        "Jo Roe (a Lornport Democrat so young she is often taken for an aide) says she was "
        "adrift after the vote.",
        [("reported", "she was adrift after the vote", "Jo Roe", "says")],
        id="a-long-bracketed-remark-between-the-source-and-its-cue",
    ),
    pytest.param(
        "The choir master was quick with his acknowledgment that the tenors sang flat.",
        [("reported", "the tenors sang flat", "The choir master", "acknowledgment")],
        id="acknowledgment-is-a-speech-noun",
    ),
    pytest.param(
        'Jo Roe said on the radio show "Harbour Hour" on Sunday that the pier was too short.',
        [("reported", "the pier was too short", "Jo Roe", "said")],
        id="title-in-marks-inside-an-adjunct-before-that",
    ),
    pytest.param(
        "Experts on shipping and coastal erosion said the new pier could make things worse.",
        [
            (
                "reported",
                "the new pier could make things worse",
                "Experts on shipping and coastal erosion",
                "said",
            )
        ],
        id="subject-with-a-list-conjunction-in-its-prepositional-phrase",
    ),
    pytest.param(
        "The harbour master says too much is made of the delays.",
        [("reported", "too much is made of the delays", "The harbour master", "says")],
        id="zero-that-clause-opening-with-too-much",
    ),
    pytest.param(
        "One ad stars an actor who promises that the ferry will run on Sundays.",
        [("reported", "the ferry will run on Sundays", "an actor", "promises")],
        id="antecedent-of-who-starts-at-its-own-article",
    ),
    pytest.param(
        "The report was written by the head of the agency who said the pier was safe.",
        [("reported", "the pier was safe", "the head of the agency", "said")],
        id="antecedent-of-who-keeps-its-prepositional-phrase",
    ),
    pytest.param(
        "The ferry line will close 40 stops, as reported earlier by the harbour board.",
        [("reported", "The ferry line will close 40 stops", "the harbour board", "reported")],
        id="as-reported-with-a-word-of-time-before-the-agent",
    ),
    pytest.param(
        "A harbour spokesman states that the ferry will run on Sundays.",
        [("reported", "the ferry will run on Sundays", "A harbour spokesman", "states")],
        id="states-after-a-role-noun-its-article-opens-is-a-cue",
    ),
    pytest.param(
        "Jo Roe said last year's harbour budget grew.",
        [("reported", "last year's harbour budget grew", "Jo Roe", "said")],
        id="words-of-time-before-a-possessive-open-the-content",
    ),
    pytest.param(
        "Jo Roe said in a statement that was released on Monday that the ferry would run.",
        [("reported", "the ferry would run", "Jo Roe", "said in a statement")],
        id="relative-on-the-medium-noun-before-the-complementizer",
    ),
    pytest.param(
        "Jo Roe said in a statement released on Monday that the ferry would run.",
        [("reported", "the ferry would run", "Jo Roe", "said in a statement")],
        id="participle-on-the-cue-noun-before-the-complementizer",
    ),
    pytest.param(
        "Having announced that the ferry would run, Jo Roe thanked the crews.",
        [("reported", "the ferry would run", "Jo Roe", "announced")],
        id="a-perfect-participle-clause-opening-the-sentence-ends-at-its-comma",
    ),
    pytest.param(
        "Having vowed to reopen the pier by June, the mayor has spent heavily.",
        [("reported", "reopen the pier by June", "the mayor", "vowed")],
        id="a-perfect-participle-clause-of-a-control-cue-the-subject-after-it-speaks",
    ),
    pytest.param(
        "Jo Roe wrote in a letter that circulated on Monday that the ferry would run.",
        [("reported", "the ferry would run", "Jo Roe", "wrote")],
        id="relative-on-an-adjunct-noun-before-the-complementizer",
    ),
    pytest.param(
        "Jo Roe told a crowd that gathered at the pier that the ferry would run.",
        [("reported", "the ferry would run", "Jo Roe", "told")],
        id="relative-on-the-addressee-before-the-complementizer",
    ),
    pytest.param(
        "Jo Roe said, however, the ferry would run in May.",
        [("reported", "the ferry would run in May", "Jo Roe", "said")],
        id="aside-between-commas-after-the-cue",
    ),
    pytest.param(
        "Jo Roe says, if elected, she will cut the fares.",
        [("reported", "she will cut the fares", "Jo Roe", "says")],
        id="conditional-aside-after-the-cue",
    ),
    pytest.param(
        "The harbour master said he agreed.",
        [("reported", "he agreed", "The harbour master", "said")],
        id="two-word-clause-of-a-subject-pronoun-and-a-finite-verb",
    ),
    pytest.param(
        "Residents who live near the dam said the wall had failed.",
        [("reported", "the wall had failed", "Residents who live near the dam", "said")],
        id="relative-clause-on-the-subject-that-opens-the-sentence",
    ),
    pytest.param(
        "Parents whose children attend the school said the plan was unfair.",
        [("reported", "the plan was unfair", "Parents whose children attend the school", "said")],
        id="possessive-relative-clause-on-the-subject",
    ),
    pytest.param(
        "Police stopped a man who officials say was armed.",
        [("reported", "was armed", "officials", "say")],
        id="relative-clause-on-an-object-keeps-its-own-subject",
    ),
    pytest.param(
        "A charity called Open Piers says the pier is safe.",
        [("reported", "the pier is safe", "Open Piers", "says")],
        id="naming-participle-names-the-subject-of-the-cue",
    ),
    pytest.param(
        "A rival called Jo Roe a liar at the harbour meeting on Monday.",
        [("reported", "Jo Roe a liar at the harbour meeting on Monday", "A rival", "called")],
        id="naming-verb-of-an-indefinite-subject",
    ),
    pytest.param(
        "A harbour band called Tidewater got the crowd to chant “Jo Roe for mayor.”",
        [("direct", "Jo Roe for mayor.", None, None)],
        id="naming-participle-after-an-indefinite-subject",
    ),
    pytest.param(
        "A local paper called “The Lornport Chief” said the pier was old.",
        [("reported", "the pier was old", "A local paper called “The Lornport Chief”", "said")],
        id="naming-participle-before-a-name-in-marks",
    ),
    pytest.param(
        "A spokesman called Roe’s claims “a fantasy.”",
        [("mixed", "Roe’s claims “a fantasy.”", "A spokesman", "called")],
        id="naming-verb-before-a-possessive-name-and-its-noun",
    ),
    pytest.param(
        "Jo Roe underscored that the pier is safe.",
        [("reported", "the pier is safe", "Jo Roe", "underscored")],
        id="evidence-cue-of-a-name",
    ),
    pytest.param(
        "The harbour board has signaled that fees will rise.",
        [("reported", "fees will rise", "The harbour board", "has signaled")],
        id="evidence-cue-of-a-body",
    ),
    pytest.param(
        "Jo Roe spoke for an hour, underscoring that the pier is safe.",
        [("reported", "the pier is safe", "Jo Roe", "underscoring")],
        id="evidence-participle-of-a-name",
    ),
    pytest.param(
        "The ferry will run on Sundays, Jo Roe told local reporters.",
        [("reported", "The ferry will run on Sundays", "Jo Roe", "told")],
        id="modifier-before-the-addressee-noun",
    ),
    pytest.param(
        "The ferry will run on Sundays, Jo Roe told people gathered at the pier.",
        [("reported", "The ferry will run on Sundays", "Jo Roe", "told")],
        id="participle-and-its-preposition-after-the-addressee",
    ),
    pytest.param(
        "The Harbour Gazette quoted Jo Roe, a pilot, as saying that the ferry was late.",
        [("reported", "the ferry was late", "Jo Roe", "saying")],
        id="quoted-a-person-as-saying-gives-the-person",
    ),
    pytest.param(
        "The agency quoted an official as saying the talks had stalled.",
        [("reported", "the talks had stalled", "an official", "saying")],
        id="quoted-an-official-as-saying",
    ),
    pytest.param(
        "Police cited a witness as saying the car was red.",
        [("reported", "the car was red", "a witness", "saying")],
        id="cited-a-person-as-saying-gives-the-person",
    ),
    pytest.param(
        "Jo Roe assured investors it was safe.",
        [("reported", "it was safe", "Jo Roe", "assured")],
        id="bare-plural-addressee-before-a-subject-pronoun",
    ),
    pytest.param(
        "Jo Roe told pilots the harbour would close.",
        [("reported", "the harbour would close", "Jo Roe", "told")],
        id="bare-plural-addressee-before-a-clause",
    ),
    pytest.param(
        "Jo Roe says despite the loss, she will stay on as coach.",
        [("reported", "despite the loss, she will stay on as coach", "Jo Roe", "says")],
        id="despite-phrase-then-a-clause-opens-the-content",
    ),
    pytest.param(
        "The council approved the plan, Jo Roe said despite protests from residents.",
        [("reported", "The council approved the plan", "Jo Roe", "said")],
        id="despite-phrase-without-a-clause-is-the-cues-adjunct",
    ),
    pytest.param(
        "Jo Roe warned the vote would be close.",
        [("reported", "the vote would be close", "Jo Roe", "warned")],
        id="warned-a-noun-phrase-and-an-auxiliary-is-a-clause",
    ),
    pytest.param(
        "Jo Roe promised the new budget will cut taxes.",
        [("reported", "the new budget will cut taxes", "Jo Roe", "promised")],
        id="promised-a-noun-phrase-and-an-auxiliary-is-a-clause",
    ),
    pytest.param(
        "A student wrote the local paper, The Lornport Chief, that the pier was unsafe.",
        [("reported", "the pier was unsafe", "A student", "wrote")],
        id="wrote-an-outlet-s-noun-and-its-name-then-that",
    ),
    pytest.param(
        "Jo Roe wrote the council that the pier was unsafe.",
        [("reported", "the pier was unsafe", "Jo Roe", "wrote")],
        id="wrote-a-body-that-hears-then-that",
    ),
    pytest.param(
        "A man claiming to be a pilot said the plane was late.",
        [("reported", "the plane was late", "A man claiming to be a pilot", "said")],
        id="a-participle-cue-and-its-infinitive-on-the-subject-of-the-cue-after-them",
    ),
    pytest.param(
        "Residents worked late, underscoring that the repairs are urgent.",
        [("reported", "the repairs are urgent", "Residents", "underscoring")],
        id="people-opening-the-sentence-before-an-evidence-participle-speak",
    ),
    pytest.param(
        "Lornwatch signalled that it would sue the port.",
        [("reported", "it would sue the port", "Lornwatch", "signalled")],
        id="a-one-word-name-before-an-evidence-cue-speaks",
    ),
    pytest.param(
        "Lornbanks signalled that it would cut jobs.",
        [("reported", "it would cut jobs", "Lornbanks", "signalled")],
        id="a-one-word-name-ending-in-s-right-before-an-evidence-cue-speaks",
    ),
    pytest.param(
        "Museum of Lornport said that it would close the east wing.",
        [("reported", "it would close the east wing", "Museum of Lornport", "said")],
        id="a-body-s-title-noun-of-name-opening-the-sentence-speaks",
    ),
    pytest.param(
        "Six in 10 harbour workers say the pier is unsafe.",
        [("reported", "the pier is unsafe", "Six in 10 harbour workers", "say")],
        id="a-share-of-people-opening-the-sentence-speaks",
    ),
    pytest.param(
        "Jo Roe told the briefing would go ahead.",
        [("reported", "the briefing would go ahead", "Jo Roe", "told")],
        id="told-without-addressee-a-noun-phrase-and-an-auxiliary-is-a-clause",
    ),
    pytest.param(
        "Jo Roe warned the panel nothing would change.",
        [("reported", "nothing would change", "Jo Roe", "warned")],
        id="warned-an-addressee-then-an-indefinite-pronoun-s-clause",
    ),
    pytest.param(
        "Jo Roe said on Friday, however, he would stay.",
        [("reported", "he would stay", "Jo Roe", "said")],
        id="time-adjunct-then-an-aside-then-the-clause",
    ),
    pytest.param(
        "Jo Roe has said for weeks she would stay.",
        [("reported", "she would stay", "Jo Roe", "has said")],
        id="a-duration-adjunct-then-the-clause",
    ),
    pytest.param(
        "Jo Roe said on Friday she’s the only skipper who can sail.",
        [("reported", "she’s the only skipper who can sail", "Jo Roe", "said")],
        id="time-adjunct-then-a-pronoun-with-its-clitic",
    ),
    pytest.param(
        "Jo Roe said in a statement on Monday, if elected, she would cut taxes.",
        [("reported", "she would cut taxes", "Jo Roe", "said in a statement")],
        id="medium-adjunct-then-a-conditional-aside-then-the-clause",
    ),
    pytest.param(
        "“The bridge is unsafe,” Roe said at a hearing in Salem, Oregon, joined by "
        "residents who were evacuated.",
        [("direct", "The bridge is unsafe,", "Roe", "said")],
        id="a-places-state-after-the-adjunct-is-no-aside",
    ),
    pytest.param(
        "But owners of small farms say the rules will ruin them.",
        [("reported", "the rules will ruin them", "owners of small farms", "say")],
        id="bare-plural-with-a-genitive-phrase-is-the-subject",
    ),
    pytest.param(
        "The officials whose laws were struck down say the ruling is wrong.",
        [("reported", "the ruling is wrong", "The officials", "say")],
        id="whose-relative-ending-in-a-particle-before-the-cue",
    ),
    pytest.param(
        "The fire spread quickly, a neighbour told local radio.",
        [("reported", "The fire spread quickly", "a neighbour", "told")],
        id="told-a-modified-media-noun-is-the-addressee",
    ),
    pytest.param(
        "Roe told state media the bridge was unsafe.",
        [("reported", "the bridge was unsafe", "Roe", "told")],
        id="told-state-media-then-the-clause",
    ),
    pytest.param(
        "The mayor is the only official to have said that the bridge is unsafe.",
        [("reported", "the bridge is unsafe", "The mayor", "have said")],
        id="perfect-infinitive-of-a-cue",
    ),
    pytest.param(
        "Roe became the first senator to say publicly that the bridge is unsafe.",
        [("reported", "the bridge is unsafe", "Roe", "say")],
        id="infinitive-cue-with-an-adverb-before-that",
    ),
    pytest.param(
        "Critics mocked the plan, calling it “a joke,” Jo Roe said.",
        [("mixed", "Critics mocked the plan, calling it “a joke,”", "Jo Roe", "said")],
        id="naming-ends-at-a-quotation-with-its-own-attribution",
    ),
    pytest.param(
        "Roe called the plan “a joke” and “a waste,” adding that it would fail.",
        [
            ("mixed", "the plan “a joke” and “a waste,”", "Roe", "called"),
            ("reported", "it would fail", "Roe", "adding"),
        ],
        id="naming-runs-over-quotations-before-a-participle-cue",
    ),
    pytest.param(
        "Roe told the crowd that was gathered there to leave the square.",
        [("reported", "leave the square", "Roe", "told")],
        id="passive-relative-on-the-addressee-before-the-infinitive",
    ),
    pytest.param(
        "The central bank left rates unchanged on Monday but signalled it could cut them.",
        [("reported", "it could cut them", "The central bank", "signalled")],
        id="irregular-past-ends-the-description-of-a-coordinated-subject",
    ),
    pytest.param(
        "The chain said on Tuesday its profit rose 12%.",
        [("reported", "its profit rose 12%", "The chain", "said")],
        id="irregular-past-is-the-verb-of-the-clause-after-an-adjunct",
    ),
    pytest.param(
        "Ms Webb says that is not enough.",
        [("reported", "that is not enough", "Webb", "says")],
        id="that-before-an-auxiliary-is-the-contents-subject",
    ),
    pytest.param(
        "Roe said that the plan was a mistake.",
        [("reported", "the plan was a mistake", "Roe", "said")],
        id="that-before-a-noun-phrase-is-the-complementizer",
    ),
    pytest.param(
        "Senate Majority Leader Jo Roe, D-Valm., said the bill would pass.",
        [("reported", "the bill would pass", "Jo Roe", "said")],
        id="a-party-and-state-tag-after-a-titled-name-is-no-name",
    ),
    pytest.param(
        "“We waited long enough,” she said — adding that fares would not rise.",
        [
            ("direct", "We waited long enough,", "she", "said"),
            ("reported", "fares would not rise", "she", "adding"),
        ],
        id="participle-cue-after-a-dash",
    ),
    pytest.param(
        "Roe rejected the plan – calling it a disgrace.",
        [
            ("reported", "the plan", "Roe", "rejected"),
            ("reported", "it a disgrace", "Roe", "calling"),
        ],
        id="naming-participle-after-a-dash",
    ),
    pytest.param(
        "Roe, who has long argued that the bridge is unsafe, voted no.",
        [("reported", "the bridge is unsafe", "Roe", "argued")],
        id="relative-cue-after-a-perfects-long",
    ),
    pytest.param(
        "The ferry will run all winter, she said in a video message to the council.",
        [("reported", "The ferry will run all winter", "she", "said")],
        id="closing-cue-medium-then-to-a-noun-phrase",
    ),
    pytest.param(
        "The pier will reopen in May, Jo Roe said ten days ago.",
        [("reported", "The pier will reopen in May", "Jo Roe", "said")],
        id="closing-cue-then-time-phrase-ago",
    ),
    pytest.param(
        "The pier will reopen in May, Jo Roe said 10 years ago.",
        [("reported", "The pier will reopen in May", "Jo Roe", "said")],
        id="closing-cue-then-numeral-time-phrase",
    ),
    pytest.param(
        "Ferry workers note the pier is unsafe.",
        [("reported", "the pier is unsafe", "Ferry workers", "note")],
        id="bare-noun-like-cue-after-a-plural-subject",
    ),
    pytest.param(
        "Local skippers claim the harbour was dredged too late.",
        [("reported", "the harbour was dredged too late", "Local skippers", "claim")],
        id="bare-claim-after-a-plural-subject",
    ),
    pytest.param(
        "The fishermen claim the harbour was dredged too late.",
        [("reported", "the harbour was dredged too late", "The fishermen", "claim")],
        id="bare-claim-after-a-men-plural-subject",
    ),
    pytest.param(
        "Local people claim the harbour was dredged too late.",
        [("reported", "the harbour was dredged too late", "Local people", "claim")],
        id="bare-claim-after-people",
    ),
    pytest.param(
        "Fishermen fear the harbour will close next week.",
        [("reported", "the harbour will close next week", "Fishermen", "fear")],
        id="thought-cue-after-a-plural-before-an-articled-clause",
    ),
    pytest.param(
        "The company fears the harbour will close.",
        [("reported", "the harbour will close", "The company", "fears")],
        id="thought-cue-after-a-noun-before-an-articled-clause",
    ),
    pytest.param(
        "The port authority claims the pier runs late.",
        [("reported", "the pier runs late", "The port authority", "claims")],
        id="noun-like-cue-before-a-present-clause",
    ),
    pytest.param(
        "The port authority claims the harbour piers.",
        [],
        id="noun-like-cue-before-a-compound-plural-object",
    ),
    pytest.param(
        "Ferry owners, for their part, said the pier is safe.",
        [("reported", "the pier is safe", "Ferry owners", "said")],
        id="bare-plural-subject-before-an-aside",
    ),
    pytest.param(
        "Cement makers, for instance, argued that imports grew.",
        [("reported", "imports grew", "Cement makers", "argued")],
        id="that-clause-after-an-aside-is-no-inverted-source",
    ),
    pytest.param(
        "The pier is safe, said that official.",
        [("reported", "The pier is safe", "that official", "said")],
        id="demonstrative-source-after-an-inverted-cue",
    ),
    pytest.param(
        "The mayor made a sharp comment that the pier is unsafe.",
        [("reported", "the pier is unsafe", "The mayor", "comment")],
        id="noun-cue-after-a-verbs-article-subject-speaks",
    ),
    pytest.param(
        "The owner sends a strong signal that the club is serious.",
        [("reported", "the club is serious", "The owner", "signal")],
        id="noun-cue-after-a-present-verbs-article-subject-speaks",
    ),
    pytest.param(
        "Jo Roe revisited her own promise to cut ferry fares.",
        [("reported", "cut ferry fares", "Jo Roe", "promise")],
        id="noun-cue-after-a-verbs-possessive-subject-speaks",
    ),
    pytest.param(
        "After the storm, the harbour board released a short video calling the pier “a"
        " danger to everyone.”",
        [("mixed", "the pier “a danger to everyone.”", "the harbour board", "calling")],
        id="participle-cue-after-a-verbs-object-subject-speaks",
    ),
    pytest.param(
        "The pier is unsafe, the filing states.",
        [("reported", "The pier is unsafe", "the filing", "states")],
        id="closing-cue-with-a-verbs-ending-after-an-articled-noun",
    ),
    pytest.param(
        "Why had the mayor claimed that the pier is safe?",
        [("reported", "the pier is safe", "the mayor", "claimed")],
        id="wh-question-takes-the-claim-as-made",
    ),
    pytest.param(
        "Jo Roe confirmed a few of the claims.",
        [("reported", "a few of the claims", "Jo Roe", "confirmed")],
        id="quantity-object-is-no-time-phrase",
    ),
    pytest.param(
        "Jo Roe said in ’08 that the pier would close.",
        [("reported", "the pier would close", "Jo Roe", "said")],
        id="a-year-cut-short-by-an-apostrophe-is-no-quotation-mark",
    ),
    pytest.param(
        "Jo Roe said in the '90s that the pier would close.",
        [("reported", "the pier would close", "Jo Roe", "said")],
        id="a-decade-cut-short-by-a-straight-apostrophe-is-no-quotation-mark",
    ),
    pytest.param(
        "Jo Roe says she stays.",
        [("reported", "she stays", "Jo Roe", "says")],
        id="a-pronoun-and-a-present-form-are-a-clause-of-two-words",
    ),
    pytest.param(
        "Jo Roe says, win or lose, she stays.",
        [("reported", "she stays", "Jo Roe", "says")],
        id="a-pronoun-and-a-present-form-after-an-aside-after-the-cue",
    ),
    # a comma and "then" chain the cue's predicate to the clause before it (gave no
    # quote); an apposition before "then" keeps its name
    pytest.param(
        "Jo Roe offered the pilot a job, then said she would welcome his advice.",
        [("reported", "she would welcome his advice", "Jo Roe", "said")],
        id="then-after-a-comma-chains-the-cue-to-the-clause-s-subject",
    ),
    # "kept" before the cue's gerund is skipped like "began" (gave the speaker "Jo Roe
    # kept", or the words from the last verb on)
    pytest.param(
        "Jo Roe, a ferry pilot, went on the radio and kept saying the line would close.",
        [("reported", "the line would close", "Jo Roe", "saying")],
        id="kept-before-the-cue-s-gerund-shares-the-subject",
    ),
    pytest.param(
        "Ann Lee, the harbour master, then said the pier would stay open.",
        [("reported", "the pier would stay open", "Ann Lee", "said")],
        id="then-after-an-apposition-keeps-the-name",
    ),
    pytest.param(
        "Ann Lee, who was away, then said the pier would stay open.",
        [("reported", "the pier would stay open", "Ann Lee", "said")],
        id="then-after-a-relative-clause-keeps-the-name",
    ),
    # a clause set off after the name holds a verb and a subject of its own: the name
    # before it is still the speaker (gave 'the board', 'a skipper')
    pytest.param(
        "Jo Roe, whom the board fired, later said the radio had failed.",
        [("reported", "the radio had failed", "Jo Roe", "said")],
        id="later-after-a-whom-clause-keeps-the-name",
    ),
    pytest.param(
        "Jo Roe, a skipper the board fired, then said the radio had failed.",
        [("reported", "the radio had failed", "Jo Roe", "said")],
        id="then-after-an-apposition-with-a-clause-keeps-the-name",
    ),
    pytest.param(
        "Jo Roe, the skipper the board fired, subsequently said the radio had failed.",
        [("reported", "the radio had failed", "Jo Roe", "said")],
        id="subsequently-after-a-definite-apposition-with-a-clause-keeps-the-name",
    ),
    # a subordinate clause's C ends at a quoted fragment's comma inside its marks (ran
    # on into the main clause)
    pytest.param(
        'While Jo Roe said the old ferry had the "best seats," the new one is faster.',
        [("mixed", 'the old ferry had the "best seats,"', "Jo Roe", "said")],
        id="subordinate-clause-ends-at-a-quoted-fragment-s-comma",
    ),
    # the cue's adjuncts before "that" in a "when" clause (read as an embedded question,
    # no quote)
    pytest.param(
        "When Jo Roe said in an interview that the crew had no evidence of a leak, the "
        "inspectors left.",
        [("reported", "the crew had no evidence of a leak", "Jo Roe", "said")],
        id="when-clause-cue-s-adjuncts-before-that",
    ),
    pytest.param(
        'Although Jo Roe says she "loves ferries," and "ferries love me," it is a surprise.',
        [("mixed", 'she "loves ferries," and "ferries love me,"', "Jo Roe", "says")],
        id="subordinate-clause-goes-on-after-a-quoted-fragment-s-comma-and-and",
    ),
    pytest.param(
        "If anything, Jo Roe argued in her email, the storm shows the pier is unsafe.",
        [
            ("reported", "If anything", "Jo Roe", "argued"),
            ("reported", "the storm shows the pier is unsafe", "Jo Roe", "argued"),
        ],
        id="second-part-after-the-cues-adjunct-that-a-clause-opens",
    ),
    pytest.param(
        "Once the dredging ends, the harbour master said at the meeting, trawlers can dock again.",
        [
            ("reported", "Once the dredging ends", "the harbour master", "said"),
            ("reported", "trawlers can dock again", "the harbour master", "said"),
        ],
        id="main-clause-after-an-adverbial-clause-and-the-cues-adjunct",
    ),
    pytest.param(
        "Officers arrived at 10 p.m., according to a news release from the Lornport Police "
        "Department.",
        [
            (
                "reported",
                "Officers arrived at 10 p.m",
                "the Lornport Police Department",
                "according to",
            )
        ],
        id="according-to-a-release-from-a-body-names-the-body",
    ),
    # a verb right after "that" (or a past participle) after the noun of a cue's adjunct
    # opens a relative clause on that noun; after the medium of a speech act the words
    # before the cue are its content (gave "was posted online", or no quote)
    pytest.param(
        "The plant will close, the company said in a statement that was posted online.",
        [("reported", "The plant will close", "the company", "said in a statement")],
        id="relative-with-its-auxiliary-after-a-cue-phrase-s-medium",
    ),
    pytest.param(
        "The plant will close, the company said in a statement posted online.",
        [("reported", "The plant will close", "the company", "said in a statement")],
        id="reduced-relative-after-a-cue-phrase-s-medium",
    ),
    pytest.param(
        "The plant will close, Jo Roe wrote in a letter sent to staff on Monday.",
        [("reported", "The plant will close", "Jo Roe", "wrote")],
        id="reduced-relative-after-an-adjunct-s-medium",
    ),
    pytest.param(
        "The plant will close, Jo Roe wrote in a letter that reached staff on Monday.",
        [("reported", "The plant will close", "Jo Roe", "wrote")],
        id="relative-after-an-adjunct-s-medium",
    ),
    pytest.param(
        "The company said in a statement that the plant will close.",
        [("reported", "the plant will close", "The company", "said in a statement")],
        id="the-complementizer-after-the-medium-still-opens-the-content",
    ),
    pytest.param(
        "Jo Roe told reporters after the meeting that ended late that the deal was off.",
        [("reported", "the deal was off", "Jo Roe", "told reporters")],
        id="the-second-complementizer-after-a-relative-opens-the-content",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_reported(text: str, expected: list[QuoteRow]) -> None:
    assert quotes_of(newsstruct.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Roe defended the plan on Monday, after critics attacked it, saying fares would rise.",
            "Roe",
        ),
        (
            "The minister spoke, as protesters gathered outside, insisting fares would rise.",
            "The minister",
        ),
        (
            "Lee resigned in May, after the board rejected her budget, saying fares would rise.",
            "Lee",
        ),
    ],
)
def test_participle_after_a_subordinate_clause_keeps_the_main_subject(
    text: str, speaker: str
) -> None:
    rows = quotes_of(newsstruct.parse(text))
    assert ("reported", "fares would rise", speaker, text.split(", ")[-1].split()[0]) in rows


def test_participle_after_an_opening_adjunct_keeps_a_former_officials_subject() -> None:
    text = (
        "“The roof leaks,” Al Poe said.\n\nThen, former Sen. Jo Roe concurred, describing the "
        "chapel as “a barn with a bell.”"
    )
    rows = quotes_of(newsstruct.parse(text))
    assert ("mixed", "the chapel as “a barn with a bell.”", "Jo Roe", "describing") in rows


@pytest.mark.parametrize(
    "subject", ["veteran organist Jo Roe", "longtime choir aide Jo Roe", "harbour master Jo Roe"]
)
def test_participle_after_an_opening_adjunct_keeps_a_described_name(subject: str) -> None:
    # lower-case words that describe the name open the subject as "former" does
    text = (
        f"“The roof leaks,” Al Poe said.\n\nLater, {subject} agreed, adding that the bell was "
        "cracked."
    )
    rows = quotes_of(newsstruct.parse(text))
    assert ("reported", "the bell was cracked", "Jo Roe", "adding") in rows


def test_a_described_name_before_a_colon_speaks_the_quotation() -> None:
    text = (
        "“The pier is fine,” Jo Roe said.\n\nThe crowd fell silent. Veteran ferry captain Al Poe "
        "raised his hand at the back of the hall: “I sailed that route for forty years.”"
    )
    rows = quotes_of(newsstruct.parse(text))
    assert rows[-1] == ("direct", "I sailed that route for forty years.", "Al Poe", None)


MIXED = [
    pytest.param(
        "Jo Roe went on to call Ann Lee “the worst mayor Lornport ever had.”",
        [("mixed", "Ann Lee “the worst mayor Lornport ever had.”", "Jo Roe", "call")],
        id="naming-cue-in-the-infinitive-after-the-sentences-verb",
    ),
    pytest.param(
        "Jo Roe took to the radio to call the plan “a total mess” for the town.",
        [("mixed", "the plan “a total mess” for the town", "Jo Roe", "call")],
        id="naming-cue-in-the-infinitive-after-an-adjunct",
    ),
    pytest.param(
        "The harbour master argued that the ferry is “far too slow,” Mr. Lee said.",
        [
            (
                "mixed",
                "The harbour master argued that the ferry is “far too slow,”",
                "Lee",
                "said",
            )
        ],
        id="a-fragment-in-marks-ends-a-cues-content-before-anothers-attribution",
    ),
    pytest.param(
        "The mayor said “the timetable is a mess” for the islanders.",
        [("mixed", "“the timetable is a mess” for the islanders", "The mayor", "said")],
        id="quotation-after-cue-then-a-prepositional-phrase-of-no-time",
    ),
    pytest.param(
        'He said the port would be "nothing" without the ferries.',
        [("mixed", 'the port would be "nothing" without the ferries', "He", "said")],
        id="quoted-word-in-clause",
    ),
    pytest.param(
        "The mayor said the repairs were “a total waste of money” and should stop.",
        [
            (
                "mixed",
                "the repairs were “a total waste of money” and should stop",
                "The mayor",
                "said",
            )
        ],
        id="quoted-phrase-in-clause",
    ),
    pytest.param(
        'The senator called the meeting "a disaster".',
        [("mixed", 'the meeting "a disaster"', "The senator", "called")],
        id="called-X-Y",
    ),
    pytest.param(
        'The senator called the meeting "a disaster" for the party.',
        [("mixed", 'the meeting "a disaster" for the party', "The senator", "called")],
        id="called-X-Y-more",
    ),
    pytest.param(
        'The senator described the ferry plan as "a crazy scheme" during a stop in Eastport.',
        [("mixed", 'the ferry plan as "a crazy scheme"', "The senator", "described")],
        id="described-X-as-Y-then-an-adjunct-of-the-cue",
    ),
    pytest.param(
        'The conductor defended the organist as a "true craftsman" Sunday, after the concert.',
        [("mixed", 'the organist as a "true craftsman"', "The conductor", "defended")],
        id="object-with-quotation-then-a-time-word",
    ),
    pytest.param(
        "The senator called the plan a waste of money.",
        [("reported", "the plan a waste of money", "The senator", "called")],
        id="called-X-Y-without-marks",
    ),
    pytest.param(
        "The senator has called ferry fares a scandal for the islands.",
        [("reported", "ferry fares a scandal for the islands", "The senator", "has called")],
        id="called-bare-noun-an-article-name",
    ),
    pytest.param(
        "Critics call the ferry plan a waste of money.",
        [("reported", "the ferry plan a waste of money", "Critics", "call")],
        id="the-bare-form-call-after-a-plural-subject",
    ),
    pytest.param(
        "Islanders would call the new timetable a betrayal of the fishermen.",
        [("reported", "the new timetable a betrayal of the fishermen", "Islanders", "would call")],
        id="the-bare-form-call-after-an-auxiliary",
    ),
    pytest.param(
        "In a conference call the harbour master outlined the new timetable for fares.",
        [],
        id="the-bare-form-call-after-a-noun-is-a-noun",
    ),
    pytest.param(
        "The senator called the plan a waste of money - and the council agreed.",
        [("reported", "the plan a waste of money", "The senator", "called")],
        id="a-dash-ends-the-naming-complement",
    ),
    pytest.param(
        "The choir master called the new hymn “a dirge” and she left the loft.",
        [("mixed", "the new hymn “a dirge”", "The choir master", "called")],
        id="a-conjunction-and-a-pronoun-clause-end-the-quoted-name",
    ),
    pytest.param(
        "Al Poe has called the toll “greedy,” and his crew has refused to pay it.",
        [("mixed", "the toll “greedy,”", "Al Poe", "has called")],
        id="a-conjunction-and-an-articled-clause-end-the-quoted-name",
    ),
    pytest.param(
        "Jo Roe calls the orchard her “quiet room”; neighbours see a weed patch.",
        [("mixed", "the orchard her “quiet room”", "Jo Roe", "calls")],
        id="a-semicolon-ends-the-quoted-name",
    ),
    pytest.param(
        "Jo Roe called the gulls “thieves” and pests.",
        [("mixed", "the gulls “thieves” and pests", "Jo Roe", "called")],
        id="a-conjunction-and-a-noun-go-on-naming",
    ),
    pytest.param(
        "The ferryman thanked the crew on Lorn Radio’s “Morning Tide,” calling the rescue"
        " “a small miracle.”",
        [("mixed", "the rescue “a small miracle.”", "The ferryman", "calling")],
        id="a-naming-participle-after-a-title-that-holds-the-comma",
    ),
    pytest.param(
        "The harbour master closed the meeting by calling the new toll “a tax on fish.”",
        [("mixed", "the new toll “a tax on fish.”", "The harbour master", "calling")],
        id="a-naming-gerund-after-its-preposition",
    ),
    pytest.param(
        "The bishop is said to have called the new hymn “a dirge” at the rehearsal.",
        [("mixed", "the new hymn “a dirge” at the rehearsal", "The bishop", "have called")],
        id="a-naming-cue-in-the-perfect-infinitive",
    ),
    pytest.param(
        'The senator opposed the plan, calling it "a waste of money".',
        [("mixed", 'it "a waste of money"', "The senator", "calling")],
        id="participle-calling-X-Y",
    ),
    pytest.param(
        'The senator described the plan as "reckless and cruel".',
        [("mixed", 'the plan as "reckless and cruel"', "The senator", "described")],
        id="described-as",
    ),
    pytest.param(
        "Fares rose “sharply,” according to the harbour master.",
        [("mixed", "Fares rose “sharply,”", "the harbour master", "according to")],
        id="comma-inside-the-marks-before-according-to",
    ),
    pytest.param(
        "The ferry, dubbed the “Silver Gull,” according to the operator, sails twice a day.",
        [("reported", "sails twice a day", "the operator", "according to")],
        id="name-given-in-marks-before-according-to-is-no-fragment",
    ),
    pytest.param(
        "The tax, called the “Harbour Levy,” hurts small traders, the shop owners said.",
        [
            (
                "reported",
                "The tax, called the “Harbour Levy,” hurts small traders",
                "the shop owners",
                "said",
            )
        ],
        id="name-given-in-marks-makes-no-clause-mixed",
    ),
    pytest.param(
        "The mayor said the toll was “unfair.” The council did not respond.",
        [("mixed", "the toll was “unfair.”", "The mayor", "said")],
        id="quotation-ending-a-reported-sentence-ends-it",
    ),
    pytest.param(
        'The senator called the ferry plan "a costly mistake," linking to a report on fares.',
        [("mixed", 'the ferry plan "a costly mistake,"', "The senator", "called")],
        id="participle-phrase-after-quotation-and-comma-is-the-writers",
    ),
    pytest.param(
        'The mayor said the ferry was "safe enough", which led to a row on the quay.',
        [("mixed", 'the ferry was "safe enough"', "The mayor", "said")],
        id="which-clause-after-quotation-and-comma-is-the-writers",
    ),
    pytest.param(
        'The mayor called the fares "a scandal," an insult that the company denied.',
        [("mixed", 'the fares "a scandal,"', "The mayor", "called")],
        id="apposition-after-quotation-and-comma-is-the-writers",
    ),
    pytest.param(
        'The mayor called the captain a "bad sailor," a "liar" and "lazy."',
        [("mixed", 'the captain a "bad sailor," a "liar" and "lazy."', "The mayor", "called")],
        id="list-of-quotations-goes-on-after-comma",
    ),
    pytest.param(
        'The mayor said the ferry had "three problems," including the cost of fuel.',
        [
            (
                "mixed",
                'the ferry had "three problems," including the cost of fuel',
                "The mayor",
                "said",
            )
        ],
        id="example-opener-after-quotation-and-comma-goes-on",
    ),
    pytest.param(
        'Critics doubt the plan (like Jo Roe, who called it "a trap" on Monday), and wait.',
        [("mixed", 'it "a trap" on Monday', "Jo Roe", "called")],
        id="content-ends-at-the-bracket-its-cue-stands-in",
    ),
    pytest.param(
        'The mayor said that, if needed, "we will build another pier."',
        [("mixed", 'if needed, "we will build another pier."', "The mayor", "said")],
        id="comma-after-that-opens-no-content",
    ),
    pytest.param(
        "Mayor Jo Roe says she’d sit the ferry board down and tell it “no more delays” soon.",
        [
            (
                "mixed",
                "she’d sit the ferry board down and tell it “no more delays” soon",
                "Jo Roe",
                "says",
            )
        ],
        id="bare-cue-after-a-modal-and-a-conjunction-goes-on-the-content",
    ),
    pytest.param(
        "Jo Roe says she hopes to win the race, but she knows that “the ferry will always "
        "come first.”",
        [
            (
                "mixed",
                "she hopes to win the race, but she knows that “the ferry will always come first.”",
                "Jo Roe",
                "says",
            )
        ],
        id="thought-of-the-content-s-pronoun-subject-goes-on-the-content",
    ),
    pytest.param(
        "Jo Roe called out the plan as “a disgrace.”",
        [("mixed", "the plan as “a disgrace.”", "Jo Roe", "called out")],
        id="a-naming-verb-s-particle-is-the-cue-s-the-object-after-it-the-content",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_mixed(text: str, expected: list[QuoteRow]) -> None:
    assert quotes_of(newsstruct.parse(text)) == expected


DIRECT = [
    pytest.param(
        "“The pier will open again in May,” said the harbour master briefly.",
        [("direct", "The pier will open again in May,", "the harbour master", "said")],
        id="adverb-closing-an-inverted-subject-is-the-cues",
    ),
    pytest.param(
        "“The pier will open again in May,” said Roe briefly.",
        [("direct", "The pier will open again in May,", "Roe", "said")],
        id="adverb-closing-an-inverted-name-is-the-cues",
    ),
    pytest.param(
        "Harbour master Jo Roe – “The pier will open again in May,” she said.",
        [("direct", "The pier will open again in May,", "Jo Roe", "said")],
        id="an-en-dash-sets-off-the-quotation-from-the-words-before-it",
    ),
    pytest.param(
        "“The pier will open again in May,” said Jo Roe echoing harbour engineers.",
        [("direct", "The pier will open again in May,", "Jo Roe", "said")],
        id="a-participle-after-an-inverted-name-is-no-part-of-it",
    ),
    pytest.param(
        "“The pier will open again in May,” said Jo Roe, echoing harbour engineers who "
        "warned last year.",
        [("direct", "The pier will open again in May,", "Jo Roe", "said")],
        id="a-participle-opens-no-antecedent-of-a-relative-cue",
    ),
    pytest.param(
        "“The pier will open again in May,” said Jo Roe, echoing harbour engineers who "
        "warned of a delay.",
        [
            ("direct", "The pier will open again in May,", "Jo Roe", "said"),
            ("reported", "a delay", "harbour engineers", "warned of"),
        ],
        id="the-antecedent-after-a-participle-is-the-relative-cues-source",
    ),
    pytest.param(
        "Mayor Jo Roe spent Monday at the pier, where she spoke with reporter Al Poe about the "
        "ferry.\n\nQ: Will the ferry run?\n\nA: The pier is ready. It will run in May.",
        [("direct", "The pier is ready. It will run in May", "Jo Roe", None)],
        id="interviewer-named-after-a-journalist-noun-is-no-interviewee",
    ),
    pytest.param(
        "Ann Lee ran the Harbour Kitchen in Lornport for 15 years. She closed it last month. "
        "We asked her why.\n\nQ: When did you know?\n\nA: Last summer. The rent doubled.",
        [("direct", "Last summer. The rent doubled", "Ann Lee", None)],
        id="interviewee-of-the-intro-s-pronoun-not-the-place-named-last",
    ),
    pytest.param(  # a pronoun in a question tells the interviewee's sex no more
        "Michael Smith ran the Harbour Kitchen for 15 years with Mary Brown. We spoke to him "
        "last week.\n\nQ: Did you tell her?\n\nA: Last summer. The rent doubled.",
        [("direct", "Last summer. The rent doubled", "Michael Smith", None)],
        id="interviewee-of-the-intro-s-pronoun-not-of-a-question-s",
    ),
    pytest.param(
        "Mayor Jo Roe spoke to the Harbour Times.\n\nQ: Will the ferry run?\n\nA: It will run "
        "in May.\n\nThe pier needs new planks first.\n\nQ: And the fares?\n\nA: Lower than now.",
        [
            ("direct", "It will run in May", "Jo Roe", None),
            ("direct", "The pier needs new planks first", "Jo Roe", None),
            ("direct", "Lower than now", "Jo Roe", None),
        ],
        id="answer-goes-on-in-the-paragraph-before-the-next-question",
    ),
    pytest.param(
        "The panel met on Valmont TV.\n\nLEE: Will it sail?\n\nROE: It will sail in May.\n\n"
        "We ordered the planks.\n\nLEE: And then?\n\nROE: Then we sail.",
        [
            ("direct", "Will it sail", "LEE", None),
            ("direct", "It will sail in May", "ROE", None),
            ("direct", "We ordered the planks", "ROE", None),
            ("direct", "And then", "LEE", None),
            ("direct", "Then we sail", "ROE", None),
        ],
        id="transcript-turn-goes-on-in-the-paragraph-before-the-next-label",
    ),
    pytest.param(
        "The panel met on Valmont TV.\n\nROE: We will sail in May.\n\n"
        "Mayor Ann Lee said on Monday that the fares would be reviewed.\n\n"
        "LEE: And the fares?\n\nROE: They stay the same.",
        [
            ("direct", "We will sail in May", "ROE", None),
            ("reported", "the fares would be reviewed", "Ann Lee", "said"),
            ("direct", "And the fares", "Ann Lee", None),
            ("direct", "They stay the same", "ROE", None),
        ],
        id="writer-s-report-naming-its-source-first-ends-the-transcript-turn",
    ),
    pytest.param(
        "The panel met on Valmont TV.\n\nROE: We will sail in May.\n\n"
        "My staff told me that the fares would be reviewed.\n\n"
        "LEE: And the fares?\n\nROE: They stay the same.",
        [
            ("direct", "We will sail in May", "ROE", None),
            ("direct", "My staff told me that the fares would be reviewed", "ROE", None),
            ("direct", "And the fares", "LEE", None),
            ("direct", "They stay the same", "ROE", None),
        ],
        id="speaker-s-own-report-without-a-full-name-goes-on-the-transcript-turn",
    ),
    pytest.param(
        "The panel met on Valmont TV.\n\nROE: We will sail in May.\n\n"
        "The Board told me that the fares would be reviewed.\n\n"
        "LEE: And the fares?\n\nROE: They stay the same.",
        [
            ("direct", "We will sail in May", "ROE", None),
            ("direct", "The Board told me that the fares would be reviewed", "ROE", None),
            ("direct", "And the fares", "LEE", None),
            ("direct", "They stay the same", "ROE", None),
        ],
        id="speaker-s-own-report-from-the-and-one-capital-goes-on-the-transcript-turn",
    ),
    pytest.param(
        "The panel met on Valmont TV.\n\nLEE: Will it sail?\n\nROE: It will sail in May.\n\n"
        "(APPLAUSE.)\n\nLEE: And then?\n\nROE: Then we sail.\n\nThe ferry was built in 1990.",
        [
            ("direct", "Will it sail", "LEE", None),
            ("direct", "It will sail in May", "ROE", None),
            ("direct", "And then", "LEE", None),
            ("direct", "Then we sail", "ROE", None),
        ],
        id="stage-direction-and-the-writer-s-paragraph-after-the-last-turn-are-no-turn",
    ),
    pytest.param(
        "The panel met on Valmont TV.\n\nLEE: Will it sail?\n\nROE: It will sail in May.\n\n"
        "What about the fares?\n\nROE: Lower than now.\n\nLEE: Thank you.",
        [
            ("direct", "Will it sail", "LEE", None),
            ("direct", "It will sail in May", "ROE", None),
            ("direct", "Lower than now", "ROE", None),
            ("direct", "Thank you", "LEE", None),
        ],
        id="paragraph-between-two-turns-of-one-speaker-is-no-turn-of-theirs",
    ),
    pytest.param(
        "Two candidates, two plans.\n\nJo Roe: We will rebuild the pier in May.\n\n"
        "Her plan would cost the town 2 million.\n\nAl Poe: We will sell the pier to the town.",
        [
            ("direct", "We will rebuild the pier in May", "Jo Roe", None),
            ("direct", "We will sell the pier to the town", "Al Poe", None),
        ],
        id="label-that-opens-one-paragraph-only-is-a-topic-not-a-turn-going-on",
    ),
    pytest.param(
        "Q: Will the ferry run?\n\nA: “We hope so,” said harbour master Jo Roe.",
        [("direct", "We hope so,", "Jo Roe", "said")],
        id="answer-label-before-a-quotation-that-signs-itself",
    ),
    pytest.param(
        "Lornpur to hire sanitation workers\n\nLORNPUR: The city will hire 500 workers before "
        "the monsoon, commissioner Jo Roe said on Monday.",
        [("reported", "The city will hire 500 workers before the monsoon", "Jo Roe", "said")],
        id="unknown-colon-city-before-a-signed-report-is-no-transcript-label",
    ),
    pytest.param(
        "The council met on Monday.\n\nROE: We said no to the plan, and they said yes.",
        [("direct", "We said no to the plan, and they said yes", "ROE", None)],
        id="transcript-label-before-words-with-a-pronoun-cue-stays-a-turn",
    ),
    pytest.param(
        "The rehearsal ran so smoothly that Ms. Lee was prompted to say, “I have never heard "
        "the choir this calm.”",
        [("direct", "I have never heard the choir this calm.", "Lee", "say")],
        id="infinitive-cue-after-prompted-speaks-for-the-subject",
    ),
    pytest.param(
        "Al Poe replied to Lee’s letter in the parish newsletter writing, “The organ will be "
        "mended by Easter. We thank you for your patience.”",
        [
            (
                "direct",
                "The organ will be mended by Easter. We thank you for your patience.",
                "Al Poe",
                "writing",
            )
        ],
        id="participle-after-a-preposition-phrase-speaks-for-the-clause-subject",
    ),
    pytest.param(
        "Jo Roe wrote to Al Poe, “Why now?” Poe then wrote back, “You look fine.”",
        [
            ("direct", "Why now?", "Jo Roe", "wrote"),
            ("direct", "You look fine.", "Al Poe", "wrote back"),
        ],
        id="short-question-after-its-cue-is-no-quotation-of-the-next-cue",
    ),
    pytest.param(
        "“We lost,” state officials said.",
        [("direct", "We lost,", "state officials", "said")],
        id="a-noun-like-cue-modifies-a-plural-source",
    ),
    pytest.param(
        "“We lost,” former state Sen. Ann Lee said.",
        [("direct", "We lost,", "Ann Lee", "said")],
        id="a-noun-like-cue-inside-a-title-before-a-name",
    ),
    pytest.param(
        "“The pier is safe,” state Del. Ida Moss said. “It will open in June,” state Sen. "
        "Jo Roe (D) said on Monday.",
        [
            ("direct", "The pier is safe,", "Ida Moss", "said"),
            ("direct", "It will open in June,", "Jo Roe", "said"),
        ],
        id="state-before-a-title-is-an-adjective-no-cue",
    ),
    pytest.param(
        "If the rain stops, the harbour master said, “the ferry will run again in June.”",
        [
            ("reported", "If the rain stops", "the harbour master", "said"),
            ("direct", "the ferry will run again in June.", "the harbour master", "said"),
        ],
        id="fronted-piece-before-X-said-quotation",
    ),
    pytest.param(
        "In a statement, the harbour master said, “The ferry will run again in June.”",
        [("direct", "The ferry will run again in June.", "the harbour master", "said")],
        id="fronted-adjunct-before-X-said-quotation-is-no-piece",
    ),
    pytest.param(
        "The captain replied calmly, with a shrug: “The ferry sails at noon.”",
        [("direct", "The ferry sails at noon.", "The captain", "replied")],
        id="adverb-and-prepositional-phrase-before-colon-and-quotation",
    ),
    pytest.param(
        "The mayor wrote on Friday in a letter to the islanders: “We will not give up.”",
        [("direct", "We will not give up.", "The mayor", "wrote")],
        id="prepositional-phrases-before-colon-and-quotation",
    ),
    pytest.param(
        "“The crossing was rough,” Jo Roe said, but despite the swell, “I think the ferry "
        "will sail,” said Ann Lee, who runs the kiosk.",
        [
            ("direct", "The crossing was rough,", "Jo Roe", "said"),
            ("direct", "I think the ferry will sail,", "Ann Lee", "said"),
        ],
        id="quotation-with-its-cue-then-but-and-a-second-quotation-with-its-cue",
    ),
    pytest.param(
        "The mayor tweeted, “Thank you, Eastport! #FerryNow” on Friday afternoon.",
        [("direct", "Thank you, Eastport! #FerryNow", "The mayor", "tweeted")],
        id="quotation-after-cue-then-a-phrase-of-time-to-the-end",
    ),
    pytest.param(
        "The fare rise drew anger from deckhands (“I want my money back,” wrote Jo Roe, a "
        "pilot in Eastport) and a strike.",
        [("direct", "I want my money back,", "Jo Roe", "wrote")],
        id="quotation-and-cue-in-brackets-start-at-the-bracket",
    ),
    pytest.param(
        "The pilot explained it this way: “The tide decides, not the timetable.”",
        [("direct", "The tide decides, not the timetable.", "The pilot", "explained")],
        id="a-few-object-words-before-colon-and-quotation",
    ),
    pytest.param(
        "The captain replied evenly, “The ferry sails at noon.”",
        [("direct", "The ferry sails at noon.", "The captain", "replied")],
        id="adverb-before-comma-and-quotation",
    ),
    pytest.param(
        "One pilot said late last week, “but a shorter crossing than before.”",
        [("direct", "but a shorter crossing than before.", "One pilot", "said")],
        id="phrase-of-time-before-comma-and-quotation",
    ),
    pytest.param(
        "The mayor said a week after the flood, “which, as we know, hit the pier.”",
        [("direct", "which, as we know, hit the pier.", "The mayor", "said")],
        id="phrase-of-time-and-prepositional-phrase-before-comma-and-quotation",
    ),
    pytest.param(
        "The organist also stated a day later, “When the pipes dry, we will play again.”",
        [("direct", "When the pipes dry, we will play again.", "The organist", "stated")],
        id="articled-phrase-of-time-before-comma-and-quotation",
    ),
    pytest.param(
        "“We will rebuild the harbour before winter,” the mayor said.",
        [("direct", "We will rebuild the harbour before winter,", "the mayor", "said")],
        id="Q-X-said",
    ),
    pytest.param(
        "“We will rebuild the harbour before winter,” the port's spokesman, Ivan Sokil, "
        "said on Monday.",
        [("direct", "We will rebuild the harbour before winter,", "Ivan Sokil", "said")],
        id="Q-description-then-name-said",
    ),
    pytest.param(
        "“We will rebuild the harbour before winter,” Sokil said at the Lviv port briefing.",
        [("direct", "We will rebuild the harbour before winter,", "Sokil", "said")],
        id="Q-X-said-in-a-long-adjunct",
    ),
    pytest.param(
        "“We will rebuild the harbour before winter,” Sokil said on the show “Morning Port.”",
        [("direct", "We will rebuild the harbour before winter,", "Sokil", "said")],
        id="Q-X-said-on-a-show-in-marks",
    ),
    pytest.param(
        "In a memo on Monday, Ivan Sokil wrote about the Lviv Port Authority.",
        [],
        id="fronted-adjunct-is-no-content",
    ),
    pytest.param(
        "Standing beside the old mill wheel, the miller agreed with the surveyors.",
        [],
        id="fronted-participle-phrase-is-no-content",
    ),
    pytest.param(
        "By noon, even as the rain kept falling, the choir leader wrote to the organist.",
        [],
        id="fronted-time-and-even-as-clause-are-no-content",
    ),
    pytest.param(
        "At the pier's opening, however, Al Poe told the choir about the tides.",
        [],
        id="fronted-adjunct-and-sentence-adverb-are-no-content",
    ),
    pytest.param(
        "Pruning the trees each winter keeps the orchard healthy, Jo Roe said.",
        [("reported", "Pruning the trees each winter keeps the orchard healthy", "Jo Roe", "said")],
        id="gerund-subject-clause-before-the-cue-is-content",
    ),
    pytest.param(
        "Al Jazeera: Will the pier close?\nAnn Lee: No. It stays open.\n"
        "Al Jazeera: Until when?\nAnn Lee: Until May.",
        [
            ("direct", "No. It stays open", "Ann Lee", None),
            ("direct", "Until May", "Ann Lee", None),
        ],
        id="outlet-of-two-words-asking-in-a-transcript-is-no-quote",
    ),
    pytest.param(
        "Jo Roe said the pier would not close, UNN reports citing the port's press service.",
        [("reported", "the pier would not close", "Jo Roe", "said")],
        id="self-credit-tail-with-a-reference-phrase-is-no-content",
    ),
    pytest.param(
        "Jo Roe said the pier would not close, UNN reports with reference to the port's staff.",
        [("reported", "the pier would not close", "Jo Roe", "said")],
        id="self-credit-tail-with-reference-to-a-possessive-is-no-content",
    ),
    pytest.param(
        "Last week, Lornport asked its partners for ten more ferries.",
        [],
        id="fronted-time-phrase-is-no-content",
    ),
    pytest.param(
        "Earlier this month, Jo Roe asked for more.",
        [],
        id="fronted-longer-time-phrase-is-no-content",
    ),
    pytest.param(
        "The mayor accused the council of a “betrayal.”",
        [("mixed", "the council of a “betrayal.”", "The mayor", "accused")],
        id="term-in-marks-after-of-is-no-title",
    ),
    pytest.param(
        "“The ferry will run again,” said Mayor Olga Tsvit.",
        [("direct", "The ferry will run again,", "Olga Tsvit", "said")],
        id="Q-said-X",
    ),
    pytest.param(
        "“We will win,” the mayor said as the crowd cheered.",
        [("direct", "We will win,", "the mayor", "said")],
        id="Q-X-said-subordinate-clause",
    ),
    pytest.param(
        "“We will rebuild the harbour,” the mayor told her audience, a crowd of dockers.",
        [("direct", "We will rebuild the harbour,", "the mayor", "told")],
        id="Q-X-told-possessive-addressee",
    ),
    pytest.param(
        "“I would,” the captain said to the crowd.",
        [("direct", "I would,", "the captain", "said")],
        id="Q-X-said-to-Y",
    ),
    pytest.param(
        "“We will rebuild the pier,” said Olga Tsvit in her first speech as mayor at the school.",
        [("direct", "We will rebuild the pier,", "Olga Tsvit", "said")],
        id="Q-said-X-adjunct",
    ),
    pytest.param(
        "“You winning?” the captain said, but the crowd was already leaving the pier.",
        [("direct", "You winning?", "the captain", "said")],
        id="Q-X-said-but-writer-clause",
    ),
    pytest.param(
        "Mayor Olga Tsvit said: “The ferry will run again from June.”",
        [("direct", "The ferry will run again from June.", "Olga Tsvit", "said")],
        id="X-said-colon-Q",
    ),
    pytest.param(
        "Mayor Olga Tsvit said:\n“The ferry will run again from June.”",
        [("direct", "The ferry will run again from June.", "Olga Tsvit", "said")],
        id="X-said-colon-Q-next-paragraph",
    ),
    pytest.param(
        "Jo Roe wrote on https://roe.blog/today: The ferry is late again.",
        [("direct", "The ferry is late again", "Jo Roe", "wrote")],
        id="a-web-address-colon-is-no-cue-s-colon",
    ),
    pytest.param(
        "SMITH: Well, we have to look at the numbers before we decide anything.",
        [
            (
                "direct",
                "Well, we have to look at the numbers before we decide anything",
                "SMITH",
                None,
            )
        ],
        id="transcript-label",
    ),
    pytest.param(
        "Roe: “Our aim is to stop the ferry, not to delay it.” Lee: “The plan is to sink "
        "it.” The council met on Monday.",
        [
            ("direct", "Our aim is to stop the ferry, not to delay it.", "Roe", None),
            ("direct", "The plan is to sink it.", "Lee", None),
        ],
        id="name-colon-quotation-twice-then-the-writers-sentence",
    ),
    pytest.param(
        "ROE: “Our aim is to stop the ferry.” Timetables: The ferry runs again in June, "
        "the harbour master said.",
        [
            ("direct", "Our aim is to stop the ferry.", "ROE", None),
            ("reported", "The ferry runs again in June", "the harbour master", "said"),
        ],
        id="a-topic-label-after-a-transcript-labels-quotation",
    ),
    pytest.param(
        "Mayor Roe: “No ferry before June”.",
        [("direct", "No ferry before June", "Roe", None)],
        id="name-colon-quotation-then-full-stop",
    ),
    pytest.param(
        "Jo Roe, the harbour director: “No ferry before June.”",
        [("direct", "No ferry before June.", "Jo Roe", None)],
        id="name-and-role-in-apposition-colon-quotation",
    ),
    pytest.param(
        "In Lornport, the harbour director: “No ferry before June.”",
        [("direct", "No ferry before June.", None, None)],
        id="a-place-and-role-before-a-colon-name-no-speaker",
    ),
    pytest.param(
        "Tide table: “High water will come at noon on every day of the coming week.”",
        [
            (
                "direct",
                "High water will come at noon on every day of the coming week.",
                None,
                None,
            )
        ],
        id="a-noun-label-before-colon-is-no-subject-and-cue",
    ),
    pytest.param(
        "Sea forecast: “Strong winds will keep the ferries in port for the whole weekend.”",
        [
            (
                "direct",
                "Strong winds will keep the ferries in port for the whole weekend.",
                None,
                None,
            )
        ],
        id="a-noun-like-cue-in-a-label-before-colon-is-no-cue",
    ),
    pytest.param(
        "Q: Will the bridge reopen in July?\n"
        "A: We hope it will reopen in July, but nothing is certain yet.",
        [("direct", "We hope it will reopen in July, but nothing is certain yet", None, None)],
        id="transcript-answer-label",
    ),
    pytest.param(
        'Mayor Jo Roe spoke to the host, Al Poe.\n\nA partial transcript:\n\n"POE: Will the '
        'bridge reopen in July?\n\n"ROE: Well, we hope it will reopen in July."',
        [
            ("direct", "Will the bridge reopen in July?", "Al Poe", None),
            ("direct", "Well, we hope it will reopen in July.", "Jo Roe", None),
        ],
        id="transcript-labels-inside-quotation-marks",
    ),
    pytest.param(
        '"Note: the bridge will reopen in July," the mayor said.',
        [("direct", "Note: the bridge will reopen in July,", "the mayor", "said")],
        id="a-capitalised-word-and-colon-in-marks-is-no-transcript-label",
    ),
    pytest.param(
        "Fares: The ferry fares will rise in May, the harbour master said on Monday.",
        [("reported", "The ferry fares will rise in May", "the harbour master", "said")],
        id="topic-label-before-an-attribution-of-its-own-is-no-speaker",
    ),
    pytest.param(
        "SMITH: Well, the mayor said the fares will rise in May.",
        [("direct", "Well, the mayor said the fares will rise in May", "SMITH", None)],
        id="transcript-label-in-capitals-keeps-a-cue-in-its-words",
    ),
    pytest.param(
        "Jo Roe has led every poll in Lornshire.\n\nRoe: A closing surge.\n\n"
        "The mayor of Lornport has won three races in a row.",
        [],
        id="a-name-over-a-few-words-between-the-writers-paragraphs-is-a-subhead",
    ),
    pytest.param(
        "It was a short talk.\n\nPoe: Is it ready?\n\nRoe: Not yet.",
        [
            ("direct", "Is it ready", "Poe", None),
            ("direct", "Not yet", "Roe", None),
        ],
        id="short-turns-of-a-transcript-in-title-case-stay-turns",
    ),
    pytest.param(
        "These are the members of the panel.\n\nLornshire: Al Poe, Bea Coe, Cy Doe, "
        "Di Foe and Ed Goe.",
        [],
        id="a-roster-of-names-after-a-label-is-no-turn",
    ),
    pytest.param(
        "Jo Roe, the harbour master, put it simply: “The pier is the town.”",
        [("direct", "The pier is the town.", "Jo Roe", "put it")],
        id="put-it-after-a-name-in-apposition-before-a-colon",
    ),
    pytest.param(
        "As Jo Roe, the harbour master, put it: “The pier is the town.”",
        [("direct", "The pier is the town.", "Jo Roe", "put it")],
        id="as-x-in-apposition-put-it-colon",
    ),
    pytest.param(
        "Jo Roe stood up to announce, “The pier is ready.”",
        [("direct", "The pier is ready.", "Jo Roe", "announce")],
        id="a-purpose-infinitive-cue-before-a-comma-and-quotation",
    ),
    pytest.param(
        "The harbour master, Jo Roe, interrupted me to say, “The pier is ready.”",
        [("direct", "The pier is ready.", "Jo Roe", "say")],
        id="a-purpose-infinitive-cue-after-an-object-pronoun-is-the-subjects",
    ),
    pytest.param(
        "Jo Roe took to Twitter to say: “The pier is ready.”",
        [("direct", "The pier is ready.", "Jo Roe", "say")],
        id="a-purpose-infinitive-cue-after-a-medium-before-a-colon",
    ),
    pytest.param(
        "Jo Roe took to Twitter to announce that the pier was ready.",
        [("reported", "the pier was ready", "Jo Roe", "announce")],
        id="took-to-a-medium-to-announce-that-c-is-the-subjects",
    ),
    pytest.param(
        "“Courage is contagious when leaders show it first.” ― Jane Roe",
        [("direct", "Courage is contagious when leaders show it first.", "Jane Roe", None)],
        id="dash-signature",
    ),
    pytest.param(
        "“Courage is contagious when leaders show it first.” ― Jane Roe, harbour master of "
        "Lornport.",
        [("direct", "Courage is contagious when leaders show it first.", "Jane Roe", None)],
        id="dash-signature-with-a-role-after-a-comma",
    ),
    pytest.param(
        "The council met.\n\n“Courage is contagious when leaders show it first.”\n\n"
        "― Jane Roe, harbour master",
        [("direct", "Courage is contagious when leaders show it first.", "Jane Roe", None)],
        id="dash-signature-with-a-role-on-a-line-of-its-own",
    ),
    pytest.param(
        "“Courage is contagious when leaders show it first.” ― Jane Roe, who runs the harbour.",
        [("direct", "Courage is contagious when leaders show it first.", None, None)],
        id="a-relative-clause-after-a-dash-and-name-is-no-signature",
    ),
    pytest.param(
        "“Keep walking,” Jo Marsh said in her long weekly address from the harbour office.",
        [("direct", "Keep walking,", "Jo Marsh", "said")],
        id="quote-then-name-cue-and-long-adjunct",
    ),
    pytest.param(
        "“The plan is a mess,” Jo Marsh wrote on her blog. “Seriously?”",
        [
            ("direct", "The plan is a mess,", "Jo Marsh", "wrote"),
            ("direct", "Seriously?", "Jo Marsh", "wrote"),
        ],
        id="short-quote-goes-on-after-quote",
    ),
    pytest.param(
        "“Not today!” she tells the crowd from behind the old stage.",
        [("direct", "Not today!", "she", "tells")],
        id="quote-then-pronoun-cue",
    ),
    pytest.param(
        "“Courage is contagious when leaders show it first.” — Jane Roe",
        [("direct", "Courage is contagious when leaders show it first.", "Jane Roe", None)],
        id="em-dash-signature",
    ),
    pytest.param(
        "Odesa • UNN\n"
        "Defence Minister Petro Lys said on Friday that the army was ready for winter.\n"
        "We have enough fuel and our soldiers are well trained,\n"
        "According to him, the army still needs more drones.",
        [
            ("reported", "the army was ready for winter", "Petro Lys", "said"),
            ("direct", "We have enough fuel and our soldiers are well trained", "Petro Lys", None),
            ("reported", "the army still needs more drones", "Petro Lys", "According to"),
        ],
        id="unn-bare-quote-paragraph",
    ),
    pytest.param(
        "Odesa • UNN\n"
        "We have enough fuel and our soldiers are well trained,\n"
        "According to Defence Minister Petro Lys, the army still needs more drones.",
        [
            ("direct", "We have enough fuel and our soldiers are well trained", "Petro Lys", None),
            ("reported", "the army still needs more drones", "Petro Lys", "According to"),
        ],
        id="unn-bare-quote-speaker-named-after",
    ),
    pytest.param(
        "The mayor said the ferry was late again: “We will fix it by June,” she added.",
        [
            ("reported", "the ferry was late again", "The mayor", "said"),
            ("direct", "We will fix it by June,", "The mayor", "added"),
        ],
        id="quote-with-own-cue-after-colon-ends-reported-content",
    ),
    pytest.param(
        "The mayor said the plan was weak - “We need more boats,” she said - and left the hall.",
        [
            ("reported", "the plan was weak", "The mayor", "said"),
            ("direct", "We need more boats,", "The mayor", "said"),
        ],
        id="quote-with-own-cue-between-dashes",
    ),
    pytest.param(
        "The plan was weak - “We need more boats,” the mayor said.",
        [("direct", "We need more boats,", "the mayor", "said")],
        id="quote-set-off-by-dash-before-its-cue",
    ),
    pytest.param(
        "“I do not think the old plan” -- which the council rejected -- “will ever work,” "
        "the mayor said.",
        [
            (
                "mixed",
                "“I do not think the old plan” -- which the council rejected -- “will ever work,”",
                "the mayor",
                "said",
            )
        ],
        id="quote-broken-by-writers-aside-stays-whole",
    ),
    pytest.param(
        "The pier went quiet when a small girl shouted, “Ferry's here, look!”",
        [("direct", "Ferry's here, look!", "a small girl", "shouted")],
        id="when-clause-cue-then-quotation",
    ),
    pytest.param(
        "In the leaflet, the new ferry was a “gift for every family in town, young and old.”",
        [("direct", "gift for every family in town, young and old.", None, None)],
        id="predicate-in-marks-after-article-is-speech",
    ),
    pytest.param(
        '"We will rebuild the pier," the mayor told the radio programme'
        ' "Harbour Morning Live" after the storm.',
        [("direct", "We will rebuild the pier,", "the mayor", "told")],
        id="programme-title-after-told-is-no-quote",
    ),
    pytest.param(
        'The rules were set out in his book "The Harbour Way." The mayor said they were fair.',
        [("reported", "they were fair", "The mayor", "said")],
        id="book-title-amid-sentence-is-no-quote",
    ),
    pytest.param(
        "The mayor said “Safe Harbour” when asked about the plan.",
        [("direct", "Safe Harbour", "The mayor", "said")],
        id="title-case-words-after-speech-cue-stay",
    ),
    pytest.param(
        "The harbour board wrote to the council.\n\n“The pier is safe for everyone,” the "
        "letter read. “We will reopen it in June.”",
        [
            ("direct", "The pier is safe for everyone,", "the letter", "read"),
            ("direct", "We will reopen it in June.", "the letter", "read"),
        ],
        id="a-text-read-after-the-quotation",
    ),
    pytest.param(
        "The ferry company wrote to its customers.\n\n“Fares will rise in June,” reads the "
        "email, which was sent on Monday.",
        [("direct", "Fares will rise in June,", "the email", "reads")],
        id="read-inverted-before-the-text",
    ),
    pytest.param(
        "The pier opened on Monday.\n\n“We are not afraid of the sea,” Jo Roe, 66, said on "
        "Harbour Talk. “Most sailors agree with us.”",
        [
            ("direct", "We are not afraid of the sea,", "Jo Roe", "said"),
            ("direct", "Most sailors agree with us.", "Jo Roe", "said"),
        ],
        id="the-name-signing-a-quotation-speaks-not-the-show-after-the-cue",
    ),
    pytest.param(
        "The pier opened on Monday.\n\n“The sea is calm again,” Will wrote. “The harbour "
        "is ours,” From said.",
        [
            ("direct", "The sea is calm again,", "Will", "wrote"),
            ("direct", "The harbour is ours,", "From", "said"),
        ],
        id="a-function-word-capitalised-after-a-quotation-is-a-name",
    ),
    pytest.param(
        "The pier opened on Monday.\n\n“We have had better days than this one,” Jo Roe, "
        "wearing a red hat and “Save the Pier” badges, said quietly.",
        [("direct", "We have had better days than this one,", "Jo Roe", "said")],
        id="a-name-in-marks-modifying-a-noun-in-an-apposition-is-no-quotation",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nFormer secretary of state Jo Ann Roe: “We heard "
        "that from the port and its staff.”",
        [("direct", "We heard that from the port and its staff.", "Jo Ann Roe", None)],
        id="a-label-of-role-words-and-a-name-before-a-colon-speaks",
    ),
    pytest.param(
        "Ann Lee was asked about the ferry. Her reply: “Never, ever.”",
        [
            ("reported", "the ferry", None, "was asked"),
            ("direct", "Never, ever.", "Ann Lee", "reply"),
        ],
        id="a-possessive-and-a-speech-noun-before-a-colon-label-the-quotation",
    ),
    pytest.param(
        "Ann Lee was asked about the ferry. His answer: “Not this year.”",
        [
            ("reported", "the ferry", None, "was asked"),
            ("direct", "Not this year.", "His", "answer"),
        ],
        id="a-possessive-of-no-person-named-before-a-colon-speaks-as-written",
    ),
    pytest.param(
        "Ann Lee was asked about the ferry. Lee's answer: “Not this year.”",
        [
            ("reported", "the ferry", None, "was asked"),
            ("direct", "Not this year.", "Ann Lee", "answer"),
        ],
        id="a-possessor-name-before-a-speech-noun-speaks-without-its-ending",
    ),
    pytest.param(
        'The mayor\'s reply: "We will rebuild."',
        [("direct", "We will rebuild.", "The mayor", "reply")],
        id="a-possessor-role-before-a-speech-noun-speaks-without-its-ending",
    ),
    pytest.param(
        "Ann Lee gave her reply: “Not this year,” she said.",
        [("direct", "Not this year,", "Ann Lee", "said")],
        id="a-cue-after-the-quotation-frames-it-not-the-speech-noun",
    ),
    pytest.param(
        "'The ferry was late again,' Ann Lee said.\n\n'I've waited here for two hours.'",
        [
            ("direct", "The ferry was late again,", "Ann Lee", "said"),
            ("direct", "I've waited here for two hours.", "Ann Lee", None),
        ],
        id="a-paragraph-in-single-marks-goes-on-the-single-marked-quote-before",
    ),
    pytest.param(
        "“We kept the ferry running all winter,” said the agency.",
        [("direct", "We kept the ferry running all winter,", "the agency", "said")],
        id="an-unnamed-outlet-after-an-inverted-cue-is-its-subject",
    ),
    pytest.param(
        "“We kept the ferry running all winter,” said the newspaper in an editorial.",
        [("direct", "We kept the ferry running all winter,", "the newspaper", "said")],
        id="an-outlet-noun-after-an-inverted-cue-and-before-an-adjunct-speaks",
    ),
    pytest.param(
        "“We kept it running,” said Harbour Radio.",
        [("direct", "We kept it running,", "Harbour Radio", "said")],
        id="a-named-outlet-after-an-inverted-cue-speaks-as-before-its-cue",
    ),
    pytest.param(
        "In a letter, “We will keep the pier open,” wrote Jo Roe.",
        [("direct", "We will keep the pier open,", "Jo Roe", "wrote")],
        id="a-fronted-adjunct-before-a-quotation-and-its-inverted-cue-is-no-part-of-it",
    ),
    pytest.param(
        "With a hundred ferries, “there is no single weak point,” said Jo Roe.",
        [
            (
                "mixed",
                "With a hundred ferries, “there is no single weak point,”",
                "Jo Roe",
                "said",
            )
        ],
        id="words-before-a-quotation-and-its-inverted-cue-that-go-on-with-it-stay",
    ),
    pytest.param(
        "Asked about the ferry, “We will fix it soon,” said Jo Roe.",
        [("direct", "We will fix it soon,", "Jo Roe", "said")],
        id="a-fronted-question-participle-before-a-quotation-and-its-cue-is-no-part-of-it",
    ),
    pytest.param(
        "Turning to the harbour, “The pier needs work,” Jo Roe said.",
        [("direct", "The pier needs work,", "Jo Roe", "said")],
        id="a-fronted-participle-clause-before-a-quotation-and-its-cue-is-no-part-of-it",
    ),
    pytest.param(
        "Right-wing parties, “have and will keep blaming the pier,” Jo Roe said.",
        [
            (
                "mixed",
                "Right-wing parties, “have and will keep blaming the pier,”",
                "Jo Roe",
                "said",
            )
        ],
        id="a-subject-before-a-quotation-that-goes-on-with-it-stays",
    ),
    pytest.param(
        "The storm reached the coast overnight.\n\n"
        "Harbour board chair Jo Roe issued the following statement:\n\n"
        "“Every ship must stay in port until Friday.”",
        [("direct", "Every ship must stay in port until Friday.", "Jo Roe", None)],
        id="the-subject-that-issues-a-statement-announced-by-a-colon-speaks-it",
    ),
    pytest.param(
        "The storm reached the coast overnight.\n\n"
        "Here is the harbour board’s full statement:\n\n"
        "“Every ship must stay in port until Friday.”",
        [("direct", "Every ship must stay in port until Friday.", "the harbour board", None)],
        id="the-possessor-of-a-statement-announced-by-a-colon-speaks-it",
    ),
    pytest.param(
        "Jo Roe said the pier would close.\n\n"
        "The harbour board chair had a statement for the fishermen:\n\n"
        "“Every ship must stay in port until Friday.”",
        [
            ("reported", "the pier would close", "Jo Roe", "said"),
            (
                "direct",
                "Every ship must stay in port until Friday.",
                "The harbour board chair",
                None,
            ),
        ],
        id="the-subject-with-a-statement-for-an-addressee-announced-by-a-colon-speaks-it",
    ),
    pytest.param(
        "Jo Roe said the pier would close.\n\n"
        "Here is the statement for the fishermen:\n\n"
        "“Every ship must stay in port until Friday.”",
        [
            ("reported", "the pier would close", "Jo Roe", "said"),
            ("direct", "Every ship must stay in port until Friday.", "Jo Roe", None),
        ],
        id="a-statement-that-no-subject-announces-leaves-the-quotation-to-the-speaker",
    ),
    pytest.param(
        "“The ferry will run,” the harbour board said in a statement issued by its chair.",
        [("direct", "The ferry will run,", "the harbour board", "said in a statement")],
        id="a-participle-on-the-cue-noun-is-no-reported-content",
    ),
    pytest.param(
        "“The ferry will run,” Jo Roe told reporters gathered at the pier.",
        [("direct", "The ferry will run,", "Jo Roe", "told reporters")],
        id="a-participle-on-the-addressee-of-the-cue-is-no-reported-content",
    ),
    pytest.param(
        "Jo Roe wrote: “Any of the three – say, Poe, Lee or Day – could still win the seat.”",
        [
            (
                "direct",
                "Any of the three – say, Poe, Lee or Day – could still win the seat.",
                "Jo Roe",
                "wrote",
            )
        ],
        id="an-imperative-say-between-spaced-dashes-is-no-inserted-cue",
    ),
    pytest.param(
        "“The rules – set by the council – give the board a say over every new berth,” "
        "Jo Roe said.",
        [
            (
                "direct",
                "The rules – set by the council – give the board a say over every new berth,",
                "Jo Roe",
                "said",
            )
        ],
        id="spaced-dashes-around-an-aside-keep-the-quotation-whole",
    ),
    pytest.param(
        "“We will,” she laughed, “rebuild it.”",
        [("direct", "We will,", "she", "laughed"), ("direct", "rebuild it.", "she", "laughed")],
        id="a-manner-verb-between-the-two-parts-of-a-quotation",
    ),
    pytest.param(
        "“We will,” Jo Roe paused, “rebuild it.”",
        [
            ("direct", "We will,", "Jo Roe", "paused"),
            ("direct", "rebuild it.", "Jo Roe", "paused"),
        ],
        id="paused-between-the-two-parts-of-a-quotation",
    ),
    pytest.param(
        "“The berth was late,” Jo Roe said at the opening, and “far too dear.”",
        [
            ("direct", "The berth was late,", "Jo Roe", "said"),
            ("direct", "far too dear.", "Jo Roe", "said"),
        ],
        id="a-conjunction-joins-the-second-part-of-a-quotation",
    ),
    pytest.param(
        "The pier is “sound as a bell,” Jo Roe wrote to the board, and “worth every penny.”",
        [
            ("mixed", "The pier is “sound as a bell,”", "Jo Roe", "wrote"),
            ("direct", "worth every penny.", "Jo Roe", "wrote"),
        ],
        id="a-conjunction-joins-a-quotation-to-the-words-of-a-mixed-quote",
    ),
    pytest.param(
        "“The pier stays,” Jo Roe said, and the crowd sang “Old Lornport.”",
        [("direct", "The pier stays,", "Jo Roe", "said")],
        id="a-conjunction-before-a-clause-of-the-writer-s-resumes-no-quotation",
    ),
    pytest.param(
        "“The pier stays,” Jo Roe called out.",
        [("direct", "The pier stays,", "Jo Roe", "called out")],
        id="called-out-after-a-quotation",
    ),
    pytest.param(
        "“The pier stays,” called out Jo Roe.",
        [("direct", "The pier stays,", "Jo Roe", "called out")],
        id="called-out-before-its-subject-after-a-quotation",
    ),
    pytest.param(
        "“Shame on them!” Jo Roe called out.",
        [("direct", "Shame on them!", "Jo Roe", "called out")],
        id="called-out-after-a-quotation-that-its-own-mark-ends",
    ),
    pytest.param(
        "The ferry left late. “Is that all?” Jo Roe laughed.",
        [("direct", "Is that all?", "Jo Roe", "laughed")],
        id="a-manner-verb-after-a-quotation-that-its-own-mark-ends",
    ),
    pytest.param(
        "The crew must stay ready “to sail at dawn.” One of its favourite reads, “Tide Tables,” "
        "hangs by the wheel.",
        [],
        id="a-fragment-that-ends-a-sentence-is-no-quotation-a-manner-verb-closes",
    ),
    pytest.param(
        "“Never!” cried out the crowd.",
        [("direct", "Never!", "the crowd", "cried out")],
        id="cried-out-before-its-subject-after-a-quotation",
    ),
    pytest.param(
        "As the harbour master put it on Monday: “The pier is the town.”",
        [("direct", "The pier is the town.", "the harbour master", "put it")],
        id="as-a-description-put-it-colon",
    ),
    pytest.param(
        "Or, as Jo Roe, a former harbour master, put it: “The pier is the town.”",
        [("direct", "The pier is the town.", "Jo Roe", "put it")],
        id="as-clause-after-a-conjunction-takes-the-name-before-its-apposition",
    ),
    pytest.param(
        "But at the time, as the harbour master put it, “the pier was the town.”",
        [("direct", "the pier was the town.", "the harbour master", "put it")],
        id="words-before-an-as-clause-that-gives-a-quotation-are-the-writers",
    ),
    pytest.param(
        "“The pier is the town,” as the harbour master put it.",
        [("direct", "The pier is the town,", "the harbour master", "put it")],
        id="as-clause-after-a-quotation-with-its-comma-inside-the-marks",
    ),
    pytest.param(
        "“The pier is the town,” as Jo Roe said, “and the town is the pier.”",
        [
            ("direct", "The pier is the town,", "Jo Roe", "said"),
            ("direct", "and the town is the pier.", "Jo Roe", "said"),
        ],
        id="as-clause-between-the-two-parts-of-a-quotation",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct(text: str, expected: list[QuoteRow]) -> None:
    assert quotes_of(newsstruct.parse(text)) == expected


NO_QUOTE = [
    pytest.param(
        "Crews worked late, underscoring that the repairs are urgent.",
        id="a-common-noun-opening-the-sentence-before-an-evidence-participle-names-no-one",
    ),
    pytest.param(
        "Surge in ferry bookings hints that the summer will be busy.",
        id="a-headline-s-noun-and-its-phrase-opening-the-sentence-names-no-one",
    ),
    pytest.param(
        "The last time Jo Roe urged a strike was in May.",
        id="an-object-and-the-main-verb-after-a-cue-in-a-relative",
    ),
    pytest.param(
        "Jo Roe wrote a report that the council ignored.",
        id="wrote-a-work-then-a-relative-that",
    ),
    pytest.param(
        "Jo Roe called out the harbour board for its silence.",
        id="a-naming-verb-with-a-particle-names-nothing-without-marks",
    ),
    # a naming cue's infinitive without a name in marks right after its object
    "The vote prompted the council to call a debate on whether to close the “old pier.”",
    pytest.param(
        "A new pier is what the mayor promised to build.",
        id="what-X-promised-to-do-is-an-embedded-question",
    ),
    pytest.param(
        "The vote sent a message that was read aloud at the pier.",
        id="light-verb-and-a-noun-of-speech-then-a-relative-clause",
    ),
    pytest.param(
        "The court took up her case that the ferry company had lost.",
        id="light-noun-without-a-light-verb-is-no-speech",
    ),
    pytest.param(
        "Did the mayor say the ferry would run on Sunday?",
        id="yes-no-question-reports-no-words",
    ),
    pytest.param(
        "Or would you think the pier is safe?",
        id="yes-no-question-after-a-conjunction-reports-no-words",
    ),
    pytest.param(
        "Hours after the vote, street protests in Dover, Del., broke out.",
        id="bare-noun-before-a-plural-cue-noun-modifies-it",
    ),
    pytest.param(
        "The mayor hopes to win in larger, richer states, like the ones on the coast.",
        id="adjective-after-a-comma-before-states-modifies-it",
    ),
    pytest.param(
        "“Ring the bell,” came shouts from the pier.",
        id="an-irregular-past-after-a-quotation-is-no-speaker",
    ),
    pytest.param(
        "Harbour officials in Baltic states that border the strait are worried.",
        id="states-after-a-plural-role-and-its-preposition-is-a-plural-noun",
    ),
    pytest.param(
        "Harbour officials also declined to comment on local reports that the pier was shut.",
        id="reports-with-a-plural-role-before-it-is-a-plural-noun",
    ),
    pytest.param(
        "Ferry operators in member states that border the strait are worried.",
        id="states-after-a-bare-role-noun-is-a-plural-noun",
    ),
    pytest.param(
        "The fares rose again. All told, as many as 3 million people could ride the ferry.",
        id="set-phrase-all-told-is-no-cue",
    ),
    pytest.param(
        "The pier opened on Monday.\n\n“Follow us on Facebook,” for more news.",
        id="follow-prompt-in-marks-is-no-quote",
    ),
    pytest.param(
        'The pier opened on Monday.\n\n"Follow Jo Poe on Twitter @jopoe.',
        id="follow-prompt-after-a-stray-mark-is-no-quote",
    ),
    pytest.param(
        "The so- called ‘ferry pact’ with the port has long shaped its trade.",
        id="cue-word-in-a-hyphenated-word-broken-by-a-space-is-no-cue",
    ),
    pytest.param(
        'Two firms have called off deals with the port because of its "rude" staff.',
        id="called-off-is-no-speech",
    ),
    pytest.param(
        "The ferry plan states: lower fares, bigger piers, and more night crossings.",
        id="colon-cue-before-a-list-is-no-quote",
    ),
    pytest.param(
        "The survey polled farmers and traders in the three coastal states: Maine, Ohio and Utah.",
        id="plural-noun-states-before-a-colon-list-is-no-cue",
    ),
    pytest.param(
        "The ferry line will close about 40 stops, as first reported by The Harbour Post and "
        "the Evening Courier.",
        id="as-reported-by-outlets-names-no-speaker-as",
    ),
    pytest.param(
        "Как сообщалось ранее, сроки открытия паромной линии переносили несколько раз.",
        id="impersonal-as-cue-with-a-word-of-time-has-no-source",
    ),
    pytest.param(
        "The council met on Monday.\n\nRoe acted in the movie “Sail Away 3: Oh No!” This "
        "spring, his escapades were news.\n\nIn her 2019 book, “Hymns for a Harbour Town,” "
        "Ms. Lee suggested singing daily.",
        id="the-title-of-a-work-named-before-it-is-no-quote",
    ),
    pytest.param(
        "The Harbour Trust report the board published was damning. Ida Berg comments the "
        "crew posted were deleted.",
        id="a-noun-cue-before-a-relative-clause-with-a-gap-is-a-noun",
    ),
    pytest.param(
        "Voters in Western states this week that the mayor visited were tired.",
        id="noun-like-cue-after-a-name-before-a-relative-clause",
    ),
    pytest.param("A Washington state delegate spoke on Monday.", id="state-after-a-name-is-a-noun"),
    pytest.param(
        "After the festival, the orchard keeper can add one more job to her list: “cider maker.”",
        id="a-term-in-marks-after-a-cue-and-colon-is-no-sentence",
    ),
    pytest.param(
        "The growers met on Monday.\n\nConsider, for example, the farm state of Valmont, which "
        "also lost its pear crop.",
        id="noun-like-cue-before-of-is-a-noun",
    ),
    pytest.param(
        "The mayor spoke on Monday.\n\nCLARIFICATION: This story has been updated to say that "
        "the pier reopens in June.",
        id="a-clarification-label-is-the-newsroom-no-speaker",
    ),
    pytest.param(
        "The plan, spelled out in words and pictures, will cost more.",
        id="in-words-without-a-possessive-names-no-source",
    ),
    pytest.param(
        "As a mother, she felt for the boy.", id="thought-cue-with-a-noun-form-closes-no-tail"
    ),
    pytest.param("The ferry captain asked not to be named.", id="asked-not-to-be-named"),
    pytest.param("The ferry calls at Odesa, Izmail and other ports.", id="plural-noun-after-comma"),
    pytest.param(
        "Ferries are slow. Commuters know this and take the bus.",
        id="cognition-verb-with-this-and-a-second-predicate",
    ),
    pytest.param(
        "The ferry company spent six million dollars attacking the mayor.",
        id="participle-of-force-verb-after-a-noun-is-a-tactic",
    ),
    pytest.param("The bridge reopened in July after a long repair.", id="no-cue"),
    pytest.param(
        "Pointing to the new timetable, the harbour master closed the port.",
        id="participle-with-object-opens-sentence",
    ),
    pytest.param("His claims about the bridge were never tested in court.", id="noun-claims"),
    pytest.param("The report on the bridge was published in July.", id="noun-report"),
    pytest.param("The mayor called the police on Monday.", id="called-the-police"),
    pytest.param("The mayor called reporters into her office.", id="called-reporters-into"),
    pytest.param("The mayor called off the vote.", id="called-off"),
    pytest.param("The ferry line added 300 jobs in May.", id="a-month-is-no-auxiliary"),
    pytest.param(
        "The company said in a statement that was posted online.",
        id="relative-on-the-medium-of-a-cue-phrase-is-no-content",
    ),
    pytest.param(
        "Jo Roe ordered a probe into a project that collapsed after it was built.",
        id="relative-on-an-adjunct-s-noun-is-no-content",
    ),
    pytest.param("Jo Roe, 61, pleaded guilty in June to bribery.", id="pleaded-guilty-is-a-plea"),
    pytest.param("The ferry captain pleaded guilty on Monday.", id="pleaded-guilty-then-a-time"),
    pytest.param("Many questions remain about the bridge.", id="noun-questions"),
    pytest.param(
        'Worth reading: "The ferry that never sailed again on the river," by Jo Roe of the '
        "Harbour Times.",
        id="quotation-credited-to-its-author-is-a-title",
    ),
    pytest.param(
        "The ferry line now runs in four states: Ohio, Iowa, Utah and Maine.",
        id="noun-after-number",
    ),
    pytest.param(
        "Ferries will serve the river states that have no sea coast.",
        id="noun-before-relative-that",
    ),
    pytest.param(
        "In a dry summer, the ferry could serve only the larger states, such as Ohio and Iowa.",
        id="noun-after-auxiliary-before-comma",
    ),
    pytest.param(
        'Villagers long saw the old ferry as "the only safe way across the river."',
        id="quotation-after-as-is-a-predicate-no-speech",
    ),
    pytest.param(
        "The mayor maintained her lead over the former secretary of state.",
        id="clause-cue-with-noun-phrase-holding-a-cue-noun",
    ),
    pytest.param(
        "The council is continuing its inquiry into whether the ferry was safe.",
        id="clause-cue-with-noun-phrase-and-embedded-question",
    ),
    pytest.param(
        "The mayor said in a speech at the school that was opened in May.",
        id="relative-that-after-adjunct-of-cue",
    ),
    pytest.param(
        "The mayor wrote a book about the harbour.", id="wrote-a-noun-phrase-is-no-report"
    ),
    pytest.param("The port added 200 jobs last year.", id="added-a-noun-phrase-is-no-report"),
    pytest.param(
        "The navy is preparing to attack the port.",
        id="infinitive-of-a-force-verb-is-no-speech",
    ),
    pytest.param(
        "Police plan to question the suspect on Monday.", id="planned-question-is-no-speech"
    ),
    pytest.param(
        "If you're in that spot, read the guide she wrote last year.",
        id="adverbial-clause-before-a-cue-with-words-after-it-is-no-content",
    ),
    pytest.param(
        "Nobody knows what the captain asked about the timetable.",
        id="embedded-question-of-asking-with-its-object-word-is-no-speech",
    ),
    pytest.param(
        "Jones told the crowd that gathered outside the hall to go home.",
        id="relative-that-after-the-addressee-is-no-complementizer",
    ),
    pytest.param(
        "The injury claims the workers made were denied.",
        id="plural-noun-before-a-relative-clause-with-a-gap-is-no-cue",
    ),
    pytest.param(
        "Investigators hope to question the captain about the crash.",
        id="hoped-question-is-no-speech",
    ),
    pytest.param("The police want to question the driver.", id="wanted-question-is-no-speech"),
    pytest.param(
        "The guide stopped to point out the castle to the tourists.",
        id="infinitive-of-a-cue-phrase-with-an-object-is-no-speech",
    ),
    pytest.param(
        "The senator plans to praise the deal in a speech next week.",
        id="planned-judgement-is-no-speech",
    ),
    pytest.param(
        "The spokesman declined to criticize the ruling.", id="declined-judgement-is-no-speech"
    ),
    pytest.param(
        "Officials declined to say whether the mine would reopen.",
        id="declined-question-is-no-speech",
    ),
    pytest.param(
        "Asked whether the ferry would run in winter, the mayor smiled.",
        id="journalists-question-asked-whether",
    ),
    pytest.param(
        "The workers were told to leave the site before noon.",
        id="passive-were-told",
    ),
    pytest.param(
        "The residents were told that the water was safe to drink.",
        id="passive-were-told-that",
    ),
    pytest.param("Nobody knows what the mayor said about the bridge.", id="embedded-question"),
    pytest.param(
        'Fighters of the "Falcon" brigade crossed the river on Sunday.', id="name-in-marks"
    ),
    pytest.param(
        'The council watched "The Long Winter Evening Show" on Friday.', id="title-in-marks"
    ),
    pytest.param(
        "Officials held the so-called “referendums” in the occupied towns.",
        id="scare-quotes",
    ),
    pytest.param(
        "Officials announced the so-called “referendums” in the occupied towns.",
        id="scare-quotes-after-noun-object-cue",
        marks=bug(
            "an NP object of 'announced' is read as a zero-that clause, and the "
            "scare quote makes it a MIXED quote"
        ),
    ),
    pytest.param(
        "The ferry will run again from June, citing a source in the ministry.",
        id="citing-is-no-speech-act",
    ),
    pytest.param(
        "The fund raised its forecast for Lornport by 0.3 percentage points to 5.6 percent.",
        id="percentage-points-to-a-number-is-no-cue",
    ),
    pytest.param(
        "The harbour index rose 30 points to 4,200 on Monday.",
        id="points-after-a-number-is-no-cue",
    ),
    pytest.param(
        "Jo Roe hopes the ferry will run again in June.",
        id="a-hope-is-a-wish-no-cue",
    ),
    pytest.param(
        "“Will the bridge reopen in July?” a reporter asked.",
        id="journalists-question",
        marks=bug("a journalist's question is a direct quote by 'a reporter' (cue 'asked')"),
    ),
    pytest.param(
        "It was reported that the bridge would reopen in July.",
        id="passive-no-source",
    ),
    pytest.param(
        "It is fair to say that the bridge would reopen in July.",
        id="impersonal-subject-of-infinitive-cue",
    ),
    pytest.param(
        "The harbour master now runs a charity called Open Piers.",
        id="indefinite-noun-called-a-name",
    ),
    pytest.param(
        "The port spent more on the ferry, from new engines to hopes that it would last.",
        id="noun-after-to-is-no-infinitive-cue",
    ),
    pytest.param(
        "Northern troops attacked the harbour town at dawn.",
        id="force-verb-after-armed-force",
    ),
    pytest.param(
        "At night the enemy attacked the harbour town with drones.",
        id="force-verb-with-a-weapon",
    ),
    pytest.param(
        "The figures underscore the harbour's steady decline.",
        id="evidence-cue-of-figures",
    ),
    pytest.param(
        "The harvest fair did much to underscore that the valley's orchards are thriving.",
        id="evidence-cue-in-an-infinitive-of-an-event",
    ),
    pytest.param(
        "The vote came late on Monday, underscoring the harbour's need for staff.",
        id="evidence-participle-of-an-event",
    ),
    pytest.param(
        "The new organ, and the concerts since, send a clear signal that the choir will stay.",
        id="evidence-noun-after-an-adjective",
    ),
    pytest.param(
        "The accounts would also help assess wider questions about the harbour's books.",
        id="evidence-cue-of-a-ledger",
    ),
    pytest.param(
        "The council launched the “safer streets for all our children” plan in May.",
        id="term-in-marks-after-article",
    ),
    pytest.param(
        "On Monday on Radio Port’s “coffee with the mayor,” she smiled a lot.",
        id="programme-title-after-possessive",
    ),
    pytest.param(
        "She was the founder of “friends of the old harbour and its boats.”",
        id="name-in-marks-after-of",
    ),
    pytest.param(
        "Her novel “Tales From the Old Harbour and the Sea” sold well in Lviv.",
        id="title-with-lower-case-minor-words",
    ),
    pytest.param(
        "The mayor spoke for an hour.\n\n'A race against the tide.'\n\nThe council met.",
        id="subhead-in-single-marks",
    ),
    pytest.param("Contributing: Olga Tsvit and Petro Lys", id="contributing-credit-line"),
    pytest.param(
        "The ferry board printed a timetable “nobody on the pier could read” last year.",
        id="borrowed-words-amid-the-writers-sentence",
    ),
    pytest.param(
        "The ferry board printed a timetable with trips to the islands “twice a week.”",
        id="borrowed-words-with-full-stop-inside-the-marks",
    ),
    pytest.param(
        "The mayor, who said little, worked for years at “making the pier safe again” with "
        "the crew.",
        id="borrowed-words-after-preposition-despite-a-cue",
    ),
    pytest.param(
        "The harbour master would not comment on a rule “to keep the quay tidy” for the night "
        "crews.",
        id="short-phrase-wedged-in-the-writers-sentence-despite-a-cue",
    ),
    pytest.param(
        "I think the pier is safe, and you know the ferry is late. We knew it all along.",
        id="thought-cue-of-i-we-you-is-a-hedge",
    ),
    pytest.param("Ferry: 1,204.\nBus: 877.", id="label-and-tally"),
    pytest.param(
        "The army's attacks on the harbour town went on all night.",
        id="speech-noun-of-armed-force",
    ),
    pytest.param(
        "The criticism of the harbour board grew louder.",
        id="speech-noun-without-possessor",
    ),
    pytest.param(
        "The harbour master read the letter to the council on Monday.",
        id="read-without-a-quotation-is-no-cue",
    ),
]


@pytest.mark.parametrize("text", NO_QUOTE)
def test_no_quote(text: str) -> None:
    assert quotes_of(newsstruct.parse(text)) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a name's quoted predicate is the name's words
        (
            "The council met on Monday. Ferry boss Jo Roe “looks forward to the vote” with the "
            "crew, and the board said it would meet.",
            "looks forward to the vote",
        ),
        # an ellipsis inside the marks cuts quoted speech
        (
            "After saying the boat was late, she was “rushed … off to the pier” for the ride.",
            "rushed … off to the pier",
        ),
    ],
)
def test_short_quotation_amid_a_sentence_that_reads_as_speech_stays(text: str, words: str) -> None:
    assert words in [quote[1] for quote in quotes_of(newsstruct.parse(text))]


def test_gerund_aside_without_its_closing_comma_ends_before_the_cue() -> None:
    text = "Jo Roe, in announcing her plan to quit the board said she would leave."
    first = quotes_of(newsstruct.parse(text))[0]
    assert first == ("reported", "her plan to quit the board", "Jo Roe", "announcing")


@pytest.mark.parametrize(
    "text",
    [
        # a cue form after a preposition's quantifier is the preposition's noun
        "The orchard owners dug new wells at some point to water the pears.",
        # a participle after a quantifier modifies the plural noun after it
        "The orchard had a fine spring, though the pickers noticed some warning spots on the "
        "pears.",
    ],
)
def test_cue_form_inside_a_quantified_noun_phrase_is_no_cue(text: str) -> None:
    assert quotes_of(newsstruct.parse(text)) == []


def test_an_amount_after_a_preposition_still_speaks() -> None:
    text = (
        "Of the choir's members, about half say the hall is too cold, while one in five say the "
        "organ is too loud."
    )
    assert quotes_of(newsstruct.parse(text)) == [
        ("reported", "the hall is too cold", "about half", "say"),
        ("reported", "the organ is too loud", "one in five", "say"),
    ]


def test_points_to_after_a_subject_stays_a_cue() -> None:
    text = "The mayor points to a 12 percent rise in fares."
    assert [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes] == [
        ("reported", "a 12 percent rise in fares")
    ]


def test_thought_cue_of_a_third_person_is_reported() -> None:
    """A thought cue hedges only with ``I``, ``we`` or ``you`` for subject."""
    text = "The mayor thinks the pier is safe."
    assert [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes] == [
        ("reported", "the pier is safe")
    ]


def test_to_dict_quote_fields() -> None:
    text = "The harbour master said the ferry would run again from June."
    (quote,) = newsstruct.parse(text).to_dict()["quotes"]
    assert quote["kind"] == "reported"
    assert text[quote["start"] : quote["end"]] == quote["text"]
    assert quote["speaker"] == "The harbour master"
    assert quote["cue"] == "said"
    assert text[quote["cue_span"][0] : quote["cue_span"][1]] == "said"
    assert text[quote["mention"][0] : quote["mention"][1]] == "The harbour master"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The mayor had previously said “We will see,” when asked about the ferry.",
            [("direct", "We will see,")],
            id="quotation-then-when-clause",
        ),
        pytest.param(
            "The mayor leads a new movement - one she calls “Boats for All” - but it is "
            "not yet a party.",
            [("direct", "Boats for All")],
            id="quotation-then-dash",
        ),
        pytest.param(
            "The mayor said, “It is time we fixed the pier,” pointing to the broken planks.",
            [("direct", "It is time we fixed the pier,"), ("reported", "the broken planks")],
            id="quotation-closed-by-comma-inside-marks",
        ),
    ],
)
def test_content_ends_with_opening_quotation(text: str, expected: list[tuple[str, str]]) -> None:
    """A content that opens with a quotation ends with it when an adjunct clause or a
    dash follows: the quotation alone is the direct quote."""
    assert [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes] == expected


@pytest.mark.parametrize(
    "text",
    [
        "“The ferry will run again,” she told cheering villagers at the harbour on Monday.",
        "“We have waited long enough,” the mayor said at the pier on Friday.",
        "“It is a good day,” he said happily outside the town hall.",
        "“The bridge stays open,” the engineer said Tuesday at a council meeting.",
        "“The bridge stays open,” the engineer said outside the council chamber.",
        "“The bridge stays open,” the engineer said aboard the ferry on Monday.",
        "“The bridge stays open,” the engineer said amid applause.",
        "“The bridge stays open,” the engineer said inside the council chamber.",
        "“The bridge stays open,” the engineer said despite the protests.",
        "“The ferry will run again,” Jo Roe told radio host Al Poe on Monday.",
        "“The ferry will run again,” the mayor said onstage Tuesday night.",
        "“The ferry will run again,” she tells hundreds of villagers at the pier.",
        # a capitalised cue-like word or a past form inside the adjunct is no main verb
        "“The bridge is safe,” Jo Roe said Dec. 6 on Channel Four's State of the Town.",
        "“The bridge is safe,” Jo Roe told Harbour magazine in 2013, before his term ended.",
    ],
)
def test_adjunct_after_quotation_cue_is_no_content(text: str) -> None:
    """After the cue of a quotation, words that open an adjunct (a preposition, a time
    word, an adverb, a participle) are no reported content: the quotation is the only
    quote."""
    assert [q.kind.value for q in newsstruct.parse(text).quotes] == ["direct"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "Jo Roe said outside experts had warned the ferry would stop.",
            "outside experts had warned the ferry would stop",
            id="outside-before-a-bare-noun-and-its-verb",
        ),
        pytest.param(
            "Al Poe said inside sources warned the bridge was unsafe.",
            "inside sources warned the bridge was unsafe",
            id="inside-before-a-bare-noun-and-its-verb",
        ),
        pytest.param(
            "Al Poe said outside the hall that the bridge was unsafe.",
            "the bridge was unsafe",
            id="outside-the-hall-stays-an-adjunct",
        ),
    ],
)
def test_attributive_preposition_opens_the_content(text: str, content: str) -> None:
    """A preposition that also modifies a noun (``outside experts``) opens the content
    after a cue when a bare noun and a finite verb follow it."""
    assert [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes] == [
        ("reported", content)
    ]


def test_clause_after_quotation_cue_is_still_content() -> None:
    """A clause after the cue of a quotation stays reported content."""
    text = "“Enough,” the mayor said the ferry would stop running next month."
    assert ("reported", "the ferry would stop running next month") in [
        (q.kind.value, q.text) for q in newsstruct.parse(text).quotes
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The fares are too high, said Ann Roe, senior director of transport policy at "
            "the Harbour Policy Center.",
            "The fares are too high",
            id="role-noun-after-adjective",
        ),
        pytest.param(
            "The ferry has won many fans, said Ms. Roe, with trips to the islands.",
            "The ferry has won many fans",
            id="preposition",
        ),
        pytest.param(
            "The ferry will run again from June, said Jan Roe, a captain at Harbour Lines, "
            "the city's oldest ferry company.",
            "The ferry will run again from June",
            id="second-apposition",
        ),
        pytest.param(
            "The ferry will run again from June, said Jan Roe, a captain at Harbour Lines, "
            "which has run the boats for years.",
            "The ferry will run again from June",
            id="relative-clause-after-apposition",
        ),
        pytest.param(
            "The ferry will run again from June, said Jan Roe, whose firm has run the boats "
            "for years.",
            "The ferry will run again from June",
            id="relative-clause",
        ),
        pytest.param(
            "The ferry will run again from June, said Jan Roe, then the harbour's lawyer.",
            "The ferry will run again from June",
            id="description-without-role-noun",
        ),
    ],
)
def test_description_after_tail_source_is_no_content(text: str, content: str) -> None:
    """``C, said X, a description``: the words after the source's comma describe it
    (a role noun among their first words, or a preposition) and are no second content."""
    assert [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes] == [
        ("reported", content)
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The harbour master explained how the ferry would cross in a storm.",
            "how the ferry would cross in a storm",
            id="explained-how",
        ),
        pytest.param(
            "The harbour master explained to reporters why the ferry would not sail.",
            "why the ferry would not sail",
            id="explained-to-an-addressee-why",
        ),
        pytest.param(
            "The harbour master told her aides to find out how the ferry could sail.",
            "find out how the ferry could sail",
            id="told-them-to-find-out-how-is-an-infinitive",
        ),
        pytest.param(
            "At the meeting, the mayor recalled how the old bridge had closed.",
            "how the old bridge had closed",
            id="recalled-how",
        ),
    ],
)
def test_explaining_cue_takes_embedded_question(text: str, content: str) -> None:
    """A cue of explaining introduces an embedded question from its question word on."""
    assert ("reported", content) in [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The harbour master said the winner would be Ann Roe, who leads the count.",
            "the winner would be Ann Roe",
            id="trailing-who",
        ),
        pytest.param(
            "The harbour master said that Ann Roe, who leads the count, would win.",
            "Ann Roe, who leads the count, would win",
            id="who-closed-by-comma",
        ),
        pytest.param(
            "The harbour master said the fares would rise in May, a blow to commuters.",
            "the fares would rise in May",
            id="trailing-apposition",
        ),
        pytest.param(
            "The harbour master said the fares would rise in May, a blow that hurt commuters.",
            "the fares would rise in May",
            id="trailing-apposition-with-relative-clause",
        ),
        pytest.param(
            "The harbour master said the pier was unsafe, a charge that the owners denied.",
            "the pier was unsafe",
            id="trailing-apposition-whose-noun-is-also-a-verb",
        ),
        pytest.param(
            "The harbour master said that when the storm ends, a ferry will leave at dawn.",
            "when the storm ends, a ferry will leave at dawn",
            id="article-opens-main-clause",
        ),
    ],
)
def test_trailing_relative_ends_content(text: str, content: str) -> None:
    """A relative clause, or an apposition without a finite verb, after a comma that
    runs to the end of the sentence is the writer's comment, not reported content; one
    closed by a comma, or a clause with its verb, stays inside."""
    assert ("reported", content) in [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The mayor cited Jo Roe, a captain of twenty years, as the reason for the delay.",
            "Jo Roe, a captain of twenty years, as the reason for the delay",
            id="apposition-then-as",
        ),
        pytest.param(
            "The mayor called for the fare, now two dollars, to be cut.",
            "the fare, now two dollars, to be cut",
            id="apposition-then-infinitive",
        ),
        pytest.param(
            "The mayor praised Jo Roe, the captain, who sailed at dawn.",
            "Jo Roe",
            id="apposition-then-relative-ends",
        ),
        pytest.param(
            "The mayor questioned Roe’s plan, his budget and his timing.",
            "Roe’s plan, his budget and his timing",
            id="list-after-a-possessive",
        ),
    ],
)
def test_noun_phrase_content_reads_through_apposition_and_list(text: str, content: str) -> None:
    """A noun-phrase content goes on over an apposition set between commas when the
    object's complement follows it (``as``, ``to``), and over a list whose first item
    opens with a possessive; an apposition followed by anything else ends it."""
    assert ("reported", content) in [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The ferry line reported a profit of two million, well above what analysts expected.",
            "a profit of two million",
            id="well-above",
        ),
        pytest.param(
            "The port said traffic fell to 900 ships, well below the record.",
            "traffic fell to 900 ships",
            id="well-below",
        ),
        pytest.param(
            "The mayor said the fare was well above the average.",
            "the fare was well above the average",
            id="no-comma-stays",
        ),
    ],
)
def test_writers_comparison_ends_content(text: str, content: str) -> None:
    """``…, well above X`` after a comma is the writer's comparison, no reported words."""
    assert ("reported", content) in [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Jo Roe, host of the radio show “Morning Tide,” suggested the fares would rise.",
            [("the fares would rise", "Jo Roe", "suggested")],
            id="title-closes-the-apposition",
        ),
        pytest.param(
            "He loved the show “Morning Tide,” she said.",
            [("He loved the show “Morning Tide,”", "she", "said")],
            id="title-closing-content-before-the-cue",
        ),
        pytest.param(
            "Jo Roe, who wrote “Tides,” said the harbour would reopen.",
            [("the harbour would reopen", "Jo Roe", "said")],
            id="title-after-a-verb-that-makes-a-work",
        ),
        pytest.param(
            "Jo Roe, who starred in “Morning Tide,” said the fares would rise.",
            [("the fares would rise", "Jo Roe", "said")],
            id="title-after-a-verb-and-its-particle",
        ),
        pytest.param(
            "In a post, the mayor wrote “the ferry will run again” and thanked the crews.",
            [("the ferry will run again", "the mayor", "wrote")],
            id="words-written-outside-a-relative-clause-are-quoted",
        ),
        pytest.param(
            "Jo Roe, who wrote “We lost the vote,” said the harbour would reopen.",
            [
                ("We lost the vote,", "Jo Roe", "wrote"),
                ("the harbour would reopen", "Jo Roe", "said"),
            ],
            id="a-clause-not-cased-as-a-title-after-who-wrote-is-quoted",
        ),
        pytest.param(
            "When a man in the crowd shouted, “Taxes,” Jo Roe joked.",
            [("Taxes,", "a man in the crowd", "shouted")],
            id="a-quotation-after-when-and-its-cue-is-no-relative-clause",
        ),
    ],
)
def test_work_title_before_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A work's title in marks after its noun (``the show “Morning Tide,”``) or after a
    verb that makes a work (``who wrote “Tides,”``) that closes the speaker's apposition
    is no quotation of the cue: the content follows the cue; a title that ends the
    content before the cue stays in it.  Words not cased as a title's after such a
    verb are the relative clause's quotation, and the cue after it has its own
    content."""
    rows = quotes_of(newsstruct.parse(text))
    assert [(text, speaker, cue) for _, text, speaker, cue in rows] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The party's campaigns were blunt: “Stop the Ferry Tax!” (2005) and “Yes to the"
            " new pier” (2009).",
            [],
            id="slogans-cited-with-their-years",
        ),
        pytest.param(
            "Her favourite song remains “we were sailing home at night” (1968).",
            [],
            id="a-song-cited-with-its-year",
        ),
        pytest.param(
            "“We will not close the pier,” Jo Roe said (2019).",
            [("direct", "We will not close the pier,", "Jo Roe", "said")],
            id="a-year-after-the-cue-not-after-the-marks",
        ),
    ],
)
def test_a_quotation_dated_in_brackets_is_on_record(text: str, expected: list[QuoteRow]) -> None:
    """A year in brackets right after a quotation's closing mark cites a work, a slogan or
    a poster with its date: words on record, not a quote of speech."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Speaking in the White House briefing room on Sunday, the mayor looked tired.",
            id="briefing-room",
        ),
        pytest.param(
            "Reading briefing notes on the ferry, the mayor looked tired.",
            id="briefing-notes",
        ),
    ],
)
def test_briefing_before_a_noun_is_no_cue(text: str) -> None:
    """``briefing`` is also a noun (``briefing room``, ``briefing notes``): the word
    before it is no speaker and the words after it no content."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == []


def test_a_present_participle_after_be_is_the_cue() -> None:
    """``Jo Roe was briefing crews that C``: after a form of ``be`` the ``-ing`` form
    is the verb, though ``briefing`` is a noun too."""
    article = newsstruct.parse("Jo Roe was briefing crews that the pier would close.", lang="en")
    assert quotes_of(article) == [("reported", "the pier would close", "Jo Roe", "was briefing")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Jo Roe toured Lornia and Vestia on Monday, states that vote on the ferry in May.",
            [],
            id="states-that-vote",
        ),
        pytest.param(
            "The ferry will stay, said that official.",
            [("reported", "The ferry will stay", "that official", "said")],
            id="a-demonstrative-after-a-verb",
        ),
    ],
)
def test_that_after_an_inverted_noun_like_cue_opens_a_relative(
    text: str, expected: list[QuoteRow]
) -> None:
    """After a word that may be a noun (``states``) in the place of an inverted cue,
    ``that`` opens the noun's relative clause (``Lornia and Vestia, states that vote``):
    no source, so no quote; after a verb it is a demonstrative (``said that official``)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param("The mayor criticized the ferry plan in 2011.", "the ferry plan", id="year"),
        pytest.param("The mayor praised the pier in December.", "the pier", id="month"),
        pytest.param(
            "The mayor denied the harbour rumours on Monday.",
            "the harbour rumours",
            id="weekday-after-a-clause-cue-s-noun-phrase",
        ),
        pytest.param("The mayor praised the captains on Facebook.", "the captains", id="platform"),
        pytest.param(
            "The mayor attacked the budget through a spokeswoman.", "the budget", id="means"
        ),
        pytest.param(
            "The mayor criticized the plan by pointing to the tides.",
            "the plan",
            id="means-gerund",
        ),
        pytest.param(
            "The mayor criticized the plan by the council.",
            "the plan by the council",
            id="agent-of-the-noun-stays",
        ),
        pytest.param(
            "The mayor criticized the 1994 ferry law.", "the 1994 ferry law", id="year-as-modifier"
        ),
        pytest.param(
            "The mayor praised the captains who in 2011 kept the ferry running.",
            "the captains who in 2011 kept the ferry running",
            id="date-inside-relative-clause",
        ),
    ],
)
def test_speech_act_adjunct_ends_noun_phrase_content(text: str, content: str) -> None:
    """After a noun-phrase content (of a cue that takes a clause too: ``denied``), a
    preposition with a date, a platform or the means of the speech act opens the cue's
    adjunct and ends the content; a year that modifies a
    noun, an agent without a gerund and a relative clause's own adjuncts stay inside."""
    assert ("reported", content) in [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The harbour master said the fares would rise, but he did not say when.",
            "the fares would rise",
            id="pronoun-subject",
        ),
        pytest.param(
            "Most skippers say they are tired of the works, but the mayor is as popular as ever.",
            "they are tired of the works",
            id="noun-phrase-subject",
        ),
        pytest.param(
            "The harbour master said the fares would rise, but only in May.",
            "the fares would rise, but only in May",
            id="phrase-without-subject-stays",
        ),
        pytest.param(
            "The harbour master said the fares would rise, but that the ferry would stay.",
            "the fares would rise, but that the ferry would stay",
            id="complementizer-goes-on-reporting",
        ),
        pytest.param(
            "The harbour master says the fares will rise, but he thinks the ferry will stay.",
            "the fares will rise, but he thinks the ferry will stay",
            id="thought-of-the-content-s-subject-goes-on",
        ),
        pytest.param(
            "The pier is old, but it will stay open, the harbour master said.",
            "The pier is old, but it will stay open",
            id="content-before-the-cue-keeps-its-words",
        ),
        pytest.param(
            "The harbour master said the pier would shut, but it would reopen in May.",
            "the pier would shut, but it would reopen in May",
            id="backshifted-modal-after-pronoun-goes-on",
        ),
        pytest.param(
            "The harbour master said the pier would shut, but the ferry could still run.",
            "the pier would shut, but the ferry could still run",
            id="backshifted-modal-after-noun-phrase-goes-on",
        ),
    ],
)
def test_adversative_clause_ends_content(text: str, content: str) -> None:
    """After a comma, ``but`` and a clause with a subject of its own are the writer's:
    reported content after a cue ends before them; a phrase without a subject, a second
    ``that`` clause, a clause whose verb is shifted back as the report's and content
    before the cue go on."""
    assert ("reported", content) in [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            'The mayor said the new ferry would be "a gift for the town." But the storm '
            "continued, and the pier was closed.",
            'the new ferry would be "a gift for the town."',
            id="conjunction-opens-next-sentence",
        ),
        pytest.param(
            "The mayor said the pier has “served us so well.” She praised its builders in "
            "many states.",
            "the pier has “served us so well.”",
            id="pronoun-subject-of-another-verb",
        ),
        pytest.param(
            'The mayor called the long queues "unacceptable." Captain Jo Roe wrote a letter '
            "to the council.",
            'the long queues "unacceptable."',
            id="cue-with-its-object",
        ),
        pytest.param(
            'The mayor said the vote was "a mistake." The move was reported by local radio.',
            'the vote was "a mistake."',
            id="passive-cue",
        ),
        pytest.param(
            'The mayor said the fares were "too high for families." The council said it '
            "would cut them.",
            'the fares were "too high for families."',
            id="cue-with-a-clause-of-its-own",
        ),
    ],
)
def test_sentence_ends_after_closing_quotation(text: str, content: str) -> None:
    """A quotation whose words end a sentence ends the content too, unless a short
    attribution (“We will win!” Jo Roe said.) follows it: a sentence that opens with a
    conjunction, or whose cue has an object, a clause, a passive or another verb before
    it, is no such attribution."""
    assert ("mixed", content) in [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The mayor said the port – and not the council – runs the ferries.",
            "the port – and not the council – runs the ferries",
            id="aside-between-dashes-stays",
        ),
        pytest.param(
            "When the mayor noted that the fares had risen – as was true for years – the "
            "crowd booed.",
            "the fares had risen",
            id="writers-aside-ends-content",
        ),
        pytest.param(
            "The mayor said the ferry had stopped – and blamed the storm.",
            "the ferry had stopped",
            id="lone-dash-ends-content",
        ),
    ],
)
def test_dashes_in_reported_content(text: str, content: str) -> None:
    """An aside between two dashes stays inside the content, unless it opens with a
    clause opener (the writer's remark); a lone dash ends the content."""
    assert ("reported", content) in [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The council vowed to bolster the ferry fleet, reversing years of cuts.",
            "bolster the ferry fleet",
            id="participle",
        ),
        pytest.param(
            "The mayor urged the council to raise the fares, which have not changed since 2010.",
            "raise the fares",
            id="relative-clause",
        ),
        pytest.param(
            "The mayor pledged to back the new plan, but sounded unsure this week.",
            "back the new plan",
            id="conjunction",
        ),
        pytest.param(
            "The mayor urged the council to form a harbour board, which would include the "
            "captains, to oversee the ferries.",
            "form a harbour board, which would include the captains, to oversee the ferries",
            id="infinitive-goes-on-after-relative-clause",
        ),
    ],
)
def test_infinitive_content_ends_at_comma_clause(text: str, content: str) -> None:
    """An infinitive content ends before a comma and a participle, a conjunction or a
    relative clause, unless the infinitive goes on after that clause."""
    assert ("reported", content) in [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "Jo Roe has vowed to keep the pier open and celebrated the ruling on Monday.",
            "keep the pier open",
            id="and-past",
        ),
        pytest.param(
            "Jo Roe promised to fund the ferry, opposed the toll plan and outran her rivals.",
            "fund the ferry",
            id="comma-past",
        ),
        pytest.param(
            "Jo Roe promised to fund the ferry and open the pier by May.",
            "fund the ferry and open the pier by May",
            id="bare-forms-go-on",
        ),
        pytest.param(
            "Jo Roe promised to have closed the pier and opened the ferry by May.",
            "have closed the pier and opened the ferry by May",
            id="perfect-infinitive-participles-go-on",
        ),
        pytest.param(
            "The board promised to fight smuggling and organized crime in the harbour.",
            "fight smuggling and organized crime in the harbour",
            id="adjective-before-its-noun-goes-on",
        ),
        pytest.param(
            "Jo Roe urged the council to ask whether the mayor, a sailor, tried to help.",
            "ask whether the mayor, a sailor, tried to help",
            id="verb-of-a-clause-in-the-content-goes-on",
        ),
        pytest.param(
            "Jo Roe promised to get the pier repaired and opened to the public by May.",
            "get the pier repaired and opened to the public by May",
            id="participle-after-a-participle-goes-on",
        ),
        pytest.param(
            "Jo Roe promised to ensure crews are paid fairly and treated with respect.",
            "ensure crews are paid fairly and treated with respect",
            id="participle-after-an-auxiliary-goes-on",
        ),
    ],
)
def test_infinitive_content_ends_before_a_past_predicate(text: str, content: str) -> None:
    """An infinitive joins forms without tense only: a past form after a conjunction or
    a comma is the subject's next predicate, and ends the content."""
    assert ("reported", content) in [(q.kind.value, q.text) for q in newsstruct.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The ferry ran late, Jo Roe continued to work on the pier.",
            [],
            id="catenative-infinitive-is-no-tail",
        ),
        pytest.param(
            "The ferry ran late, Jo Roe was continuing to work.",
            [],
            id="progressive-catenative-is-no-tail",
        ),
        pytest.param(
            "The ferry ran late, Jo Roe continued to insist.",
            [("reported", "The ferry ran late", "Jo Roe", "insist")],
            id="cue-infinitive-closes-the-tail",
        ),
        pytest.param(
            "The pier is shut, Jo Roe promised to the council.",
            [("reported", "The pier is shut", "Jo Roe", "promised")],
            id="to-an-addressee-is-an-adjunct",
        ),
        pytest.param(
            "Jo Roe – The harbour board agreed to lease the pier for ten years.",
            [],
            id="agreed-to-an-act-is-no-tail",
        ),
        pytest.param(
            "The pier will reopen in May, the harbour board agreed on Monday.",
            [("reported", "The pier will reopen in May", "the harbour board", "agreed")],
            id="agreed-with-adjuncts-closes-the-tail",
        ),
    ],
)
def test_infinitive_after_a_closing_verb(text: str, expected: list[QuoteRow]) -> None:
    """After ``C, X <verb>``, an infinitive of a verb that takes one is the verb's own
    complement, no adjunct of an attribution."""
    assert quotes_of(newsstruct.parse(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The ferry captain said “we sail at dawn,” and left the harbour office.",
            [("direct", "we sail at dawn,", "The ferry captain", "said")],
            id="quotation-then-and-irregular-past",
        ),
        pytest.param(
            "The ferry captain said “we sail at dawn” and walked out.",
            [("direct", "we sail at dawn", "The ferry captain", "said")],
            id="quotation-then-and-past",
        ),
        pytest.param(
            "The ferry captain said the crew would “sail at dawn,” and later left the pier.",
            [("mixed", "the crew would “sail at dawn,”", "The ferry captain", "said")],
            id="mixed-then-and-time-word-past",
        ),
    ],
)
def test_second_predicate_after_quotation_ends_content(text: str, expected: list[QuoteRow]) -> None:
    """A conjunction and a verb right after a quotation open a second predicate of the
    cue's subject: the content ends with the quotation (``said “Q,” and left``)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "The choir leader spoke for an hour, praising the new organ and thanking the donors.",
            "the new organ",
            id="gerund-after-gerund-cue",
        ),
        pytest.param(
            "Mayor Ann Lee has said she wants a longer pier and has asked the council for funds.",
            "she wants a longer pier",
            id="perfect-after-perfect-cue",
        ),
        pytest.param(
            "Jo Roe said she admires the orchard crews and thanked them for their work.",
            "she admires the orchard crews",
            id="past-after-past-cue-and-present-content",
        ),
        pytest.param(
            "Jo Roe said she met the orchard crews and thanked them for their work.",
            "she met the orchard crews and thanked them for their work",
            id="past-content-goes-on",
        ),
        pytest.param(
            "Al Poe said the old mill has stood empty for years and lost its roof in the storm.",
            "the old mill has stood empty for years and lost its roof in the storm",
            id="participle-of-the-content-perfect",
        ),
        pytest.param(
            "The choir wrote to Al Poe, accusing him of being late for rehearsals and missing "
            "the concerts.",
            "him of being late for rehearsals and missing the concerts",
            id="gerund-in-the-content-goes-on",
        ),
        pytest.param(
            "Mayor Ann Lee has said the pier has closed and has reopened to the boats.",
            "the pier has closed and has reopened to the boats",
            id="perfect-content-goes-on",
        ),
    ],
)
def test_second_predicate_told_by_the_verb_form(text: str, content: str) -> None:
    """A verb after a conjunction whose form fits the cue and not the content is the
    cue's subject's second predicate, and the content ends before the conjunction
    (``praising C and thanking``, ``has said C and has asked``, ``said she admires C and
    thanked``); where the content holds a form of the same kind, the verb may be its own."""
    assert [q.text for q in newsstruct.parse(text, lang="en").quotes] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "Jo Roe said she would fund the new pier, which opened in May.",
            "she would fund the new pier",
            id="pronoun-subject-then-gloss",
        ),
        pytest.param(
            "Al Poe says he backs the harbour choir, which sings at the pier every Sunday.",
            "he backs the harbour choir",
            id="present-pronoun-subject-then-gloss",
        ),
        pytest.param(
            "Jo Roe said the council would fund the new pier, which opened in May.",
            "the council would fund the new pier, which opened in May",
            id="noun-subject-keeps-the-clause",
        ),
        pytest.param(
            "The captain said he met the crew of the ferry, which sank last year, at the pier.",
            "he met the crew of the ferry, which sank last year, at the pier",
            id="clause-inside-the-content",
        ),
    ],
)
def test_gloss_after_a_pronoun_subject_content(text: str, content: str) -> None:
    """A final ``, which`` clause after a content whose subject is a pronoun (the
    speaker's own plan or stance) is the writer's gloss on one of its nouns and ends the
    content; after a noun subject, or followed by more of the sentence, it stays."""
    assert [q.text for q in newsstruct.parse(text, lang="en").quotes] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The ferry line maintains a wide lead over its rivals.",
            [],
            id="maintains-noun-phrase",
        ),
        pytest.param(
            "The harbour master continued his tour of the docks on Monday.",
            [],
            id="continued-noun-phrase",
        ),
        pytest.param(
            "The old skipper knows the harbour and its tides.",
            [],
            id="cognition-noun-phrase",
        ),
        pytest.param(
            "The old skipper believes the storm will pass by noon.",
            [("reported", "the storm will pass by noon", "The old skipper", "believes")],
            id="cognition-clause",
        ),
        pytest.param(
            "The ferry line maintained the crossing was safe.",
            [("reported", "the crossing was safe", "The ferry line", "maintained")],
            id="maintained-clause",
        ),
        pytest.param(
            "The ferry line maintained that the crossing was safe.",
            [("reported", "the crossing was safe", "The ferry line", "maintained")],
            id="maintained-that-clause",
        ),
        pytest.param(
            "The new pier was sound, which few skippers believed.",
            [],
            id="cognition-of-relative-which",
        ),
    ],
)
def test_clause_cue_reports_no_noun_phrase(text: str, expected: list[QuoteRow]) -> None:
    """A cue that reports a clause only (``maintain``, ``continue``, cognition verbs) has
    no content when a noun phrase follows it: ``maintains a lead``, ``knows the harbour``
    report nothing."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The mayor toured Harbourton, a swing state, on Monday, saying the port would reopen.",
            [("reported", "the port would reopen", "The mayor", "saying")],
            id="modified-noun-before-comma",
        ),
        pytest.param(
            "The harbour aides state that the port will reopen.",
            [("reported", "the port will reopen", "The harbour aides", "state")],
            id="plural-subject-verb",
        ),
        pytest.param(
            "Photo caption, Ferry crews walked out on Friday over the same dispute.",
            [],
            id="bare-cue-form-after-article-and-adjective",
        ),
        pytest.param(
            "Photo caption, Ferry crews walked out on Friday over a similar dispute",
            [],
            id="bare-cue-form-at-the-text-end",
        ),
        pytest.param(
            "The harbour board has the final say on whether the pier opens.",
            [],
            id="bare-cue-form-after-article-and-adjective-before-a-preposition",
        ),
        pytest.param(
            "Last year, a similar dispute closed the Lornport docks for nine days.",
            [],
            id="bare-cue-form-after-a-singular-determiner-before-a-verb",
        ),
        pytest.param(
            "Nearly a third say they would take the ferry.",
            [("reported", "they would take the ferry", "Nearly a third", "say")],
            id="share-noun-after-a-takes-a-plural-verb",
        ),
        pytest.param(
            "Jo Roe made a forceful promise to reopen the pier.",
            [("reported", "reopen the pier", "Jo Roe", "promise")],
            id="singular-determiner-noun-cue-with-its-infinitive",
        ),
        pytest.param(
            "A harbour spokesman warned the pier would close.",
            [("reported", "the pier would close", "A harbour spokesman", "warned")],
            id="singular-subject-past-cue",
        ),
        pytest.param(
            "Lornport Wind, a developer of offshore energy projects, said the farm would open.",
            [("reported", "the farm would open", "Lornport Wind", "said")],
            id="plural-cue-noun-after-a-preposition-and-bare-modifiers-before-a-comma",
        ),
        pytest.param(
            "Lornport Wind, a developer of energy projects, opened its first farm.",
            [],
            id="apposition-with-a-plural-cue-noun-before-the-verb",
        ),
        pytest.param(
            "The head of harbour security states that the pier will close.",
            [("reported", "the pier will close", "The head of harbour security", "states")],
            id="plural-cue-form-after-a-preposition-and-a-noun-before-that-is-a-cue",
        ),
        pytest.param(
            "The new thinking that followed the vote spread across Lornport.",
            [],
            id="ing-form-after-a-determiner-and-an-adjective-is-a-noun",
        ),
        pytest.param(
            "The anti-harbour feeling voiced by Jo Roe spread fast.",
            [],
            id="ing-form-after-a-determiner-and-a-prefixed-adjective-is-a-noun",
        ),
        pytest.param(
            "The anti-war saying that “war is peace” was painted on the wall.",
            [],
            id="ing-form-after-a-prefixed-adjective-before-a-quotation-is-a-noun",
        ),
        pytest.param(
            "Jo Roe sent a letter to the non-profit saying “We will not pay the fine.”",
            [("direct", "We will not pay the fine.", "Jo Roe", "saying")],
            id="ing-form-after-a-prefixed-noun-before-a-quotation-is-a-cue",
        ),
        pytest.param(
            "The most telling sign was that the ferry ran late.",
            [],
            id="ing-form-after-a-degree-adverb-is-an-adjective",
        ),
        pytest.param(
            "The new harbour master is saying the pier will reopen.",
            [("reported", "the pier will reopen", "The new harbour master", "is saying")],
            id="ing-form-after-an-adjective-and-a-noun-stays-a-cue",
        ),
    ],
)
def test_modified_noun_is_no_cue(text: str, expected: list[QuoteRow]) -> None:
    """A bare cue form after an article and a modifier, before punctuation or the text's
    end, ends a noun phrase (``a swing state,``, ``the same dispute``): no cue and no
    speaker ``a swing``."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


def test_modified_noun_with_complement_stays_cue() -> None:
    """A noun cue with its complement after it (``a firm promise that``) stays a cue."""
    article = newsstruct.parse("The mayor made a firm promise that the port would reopen.")
    assert [(q.text, q.cue_text) for q in article.quotes] == [("the port would reopen", "promise")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Jo Roe spoke on Monday. The former secretary of state mocked Al Poe and said"
            " the port would reopen.",
            [("reported", "the port would reopen", "The former secretary of state", "said")],
            id="phrase-preposition-complement",
        ),
        pytest.param(
            "The former secretary of state toured the docks, saying the port would reopen.",
            [
                (
                    "reported",
                    "the port would reopen",
                    "The former secretary of state",
                    "saying",
                )
            ],
            id="participle-subject-description",
        ),
    ],
)
def test_speaker_ends_with_no_preposition(text: str, expected: list[QuoteRow]) -> None:
    """The word after a phrase preposition (``secretary of state``) is a noun, no cue
    verb: a speaker does not end with the preposition."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Now Jo Roe says the port will reopen.",
            [("reported", "the port will reopen", "Jo Roe", "says")],
            id="now-name",
        ),
        pytest.param(
            "Maybe Poe thinks the port will reopen.",
            [("reported", "the port will reopen", "Poe", "thinks")],
            id="maybe-surname",
        ),
        pytest.param(
            "Now the harbour board says the port will reopen.",
            [("reported", "the port will reopen", "the harbour board", "says")],
            id="now-description",
        ),
    ],
)
def test_sentence_adverb_is_no_part_of_speaker(text: str, expected: list[QuoteRow]) -> None:
    """A capitalised sentence adverb at the sentence's start (``Now``, ``Maybe``) is no
    part of the speaker's name (Lexicon.sentence_adverbs)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


def test_alias_opener_is_not_read_around_the_paragraph() -> None:
    # the quotation's one word before it is too few for "known as": the paragraph's
    # last word must not be read as the alias opener's first
    text = "As “we will never give in,” the rebels said, the town became known"
    kinds = [q.kind.value for q in newsstruct.parse(text, lang="en").quotes]
    assert kinds[0] == "mixed"


def test_words_noun_first_in_paragraph_has_no_owner_at_its_end() -> None:
    text = "Слова приводит пресс-служба: ситуация сложная, все службы работают штатно его"
    speakers = [q.speaker.name for q in newsstruct.parse(text, lang="ru").quotes if q.speaker]
    assert "его" not in speakers


def test_dashed_list_with_one_question_is_no_interview() -> None:
    # dash-opened items with one question among them, not in turn: no answers to quote
    text = (
        "The council met on Monday.\n\n- Who pays for the new bridge?\n\n"
        "- A new tram line will open in May.\n\n- A new school is planned.\n\n"
        "- Fares will fall next year."
    )
    assert newsstruct.parse(text, lang="en").quotes == ()


@pytest.mark.parametrize(
    ("text", "lang", "content"),
    [
        (
            "The bridge will reopen in May, the engineer said, but the council wants it sooner.",
            "en",
            "The bridge will reopen in May",
        ),
        (
            "The talks went well, the envoy said, and then he left the room without a word.",
            "en",
            "The talks went well",
        ),
        (
            "El puente abrirá en mayo, dijo Pérez, pero los vecinos siguen sin estar convencidos.",
            "es",
            "El puente abrirá en mayo",
        ),
        (
            "Die Brücke wird im Mai eröffnet, sagte der Ingenieur, aber die Anwohner zögern.",
            "de",
            "Die Brücke wird im Mai eröffnet",
        ),
        (
            "Мост откроют в мае, заявил инженер, но жители по-прежнему не убеждены.",
            "ru",
            "Мост откроют в мае",
        ),
    ],
)
def test_conjoined_clause_after_interrupting_cue_is_the_writers(
    text: str, lang: str, content: str
) -> None:
    """``C1, X said, but C2``: without a paired conjunction in C1 (``not only``), C2 is
    the writer's own clause, in every language."""
    assert [q.text for q in newsstruct.parse(text, lang=lang).quotes] == [content]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "The ferry will run late on Sunday, the harbour master said, and the pier will "
            "stay shut until noon.",
            ["The ferry will run late on Sunday", "and the pier will stay shut until noon"],
        ),
        (
            "The orchard lost half its pears in the frost, Jo Roe said, and she doubts the "
            "plums will fare better.",
            [
                "The orchard lost half its pears in the frost",
                "and she doubts the plums will fare better",
            ],
        ),
        (
            "The ferry crossing was calm all week, according to the harbour office, and the fog "
            "should lift by Friday.",
            ["The ferry crossing was calm all week", "and the fog should lift by Friday"],
        ),
        # a C1 with a quotation in it: C2 without a subject, or in marks, goes on with it
        (
            "The new organ is “far too loud” for the old chapel, the choir master said, and "
            "“the windows rattle at every hymn.”",
            [
                "The new organ is “far too loud” for the old chapel",
                "and “the windows rattle at every hymn.”",
            ],
        ),
        (
            "The gulls have become “a real nuisance” on the pier, the warden said, and steal "
            "bread from the stalls.",
            [
                "The gulls have become “a real nuisance” on the pier",
                "and steal bread from the stalls",
            ],
        ),
        # the writer's account goes on: what came next, or a clause after a quotation
        (
            "The talks went well, the envoy said, and then he left the room without a word.",
            ["The talks went well"],
        ),
        (
            "“The ferry is late again,” Al Poe said, and his sister laughed at the news.",
            ["The ferry is late again,"],
        ),
    ],
)
def test_clause_added_after_interrupting_cue_is_the_speakers(text: str, quotes: list[str]) -> None:
    """``C1, X said, and C2``: after an unmarked C1, a clause that ``and`` adds is X's
    too (not after ``and then``, nor after a whole quotation), with X as its speaker."""
    parsed = newsstruct.parse(text, lang="en").quotes
    assert [q.text for q in parsed] == quotes
    assert len({q.speaker.name for q in parsed if q.speaker}) == 1


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("the engineer said", "the engineer"),
        ("according to the port engineers", "the port engineers"),
    ],
)
def test_clause_with_a_source_of_its_own_after_interrupting_cue(
    attribution: str, speaker: str
) -> None:
    """``C1, X said, and Y claim C2``: the clause after ``and`` has its own source, who
    speaks C2; X's words end with C1."""
    text = (
        f"The new sea wall held through the storm, {attribution}, and the fishermen claim "
        "it saved their boats."
    )
    parsed = newsstruct.parse(text, lang="en").quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in parsed] == [
        ("The new sea wall held through the storm", speaker),
        ("it saved their boats", "the fishermen"),
    ]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        pytest.param(
            "The ferry plan, Jo Roe said, works.",
            ["The ferry plan", "works"],
            id="a-verb-agreeing-with-a-singular-subject",
        ),
        pytest.param(
            "Fares, Jo Roe told Al Poe, her deputy, would rise in May.",
            ["Fares", "would rise in May"],
            id="the-addressee-s-description-is-no-content",
        ),
    ],
)
def test_interrupting_cue_splits_the_clause(text: str, pieces: list[str]) -> None:
    """``C1, X said, C2`` where C1 is the subject and C2 its predicate: C2 opens with a
    verb that agrees with C1 (``works``) or after the description of whom X told; both
    pieces are X's."""
    quotes = newsstruct.parse(text).quotes
    assert [q.text for q in quotes] == pieces
    assert {q.speaker.name for q in quotes if q.speaker} == {"Jo Roe"}


@pytest.mark.parametrize(
    "text",
    [
        "She criticized the harbour master's claim that the ferry was safe.",
        "Critics attacked Roe's promise that the fares would fall.",
        "He questioned the wisdom of the council's pledge that the pier would reopen.",
    ],
)
def test_speech_noun_after_possessive_stays_in_the_object(text: str) -> None:
    """``criticized X's claim that C``: ``claim`` is a noun of the object, no main cue
    ending it (only a relative clause's object ends before one)."""
    article = newsstruct.parse(text)
    assert len(article.quotes) == 1
    assert article.quotes[0].text.endswith(text[text.index("'s ") + 3 : -1])


@pytest.mark.parametrize(
    "text",
    [
        "«Il ponte riaprirà a maggio», ha detto Di Stefano.",
        "«Il ponte riaprirà a maggio», ha dichiarato Di Pietro.",
    ],
)
def test_capitalised_name_particle_after_cue_is_no_complementizer(text: str) -> None:
    """Italian ``di`` opens a complement (``ha detto di C``) only in lower case: ``Di``
    after a tail cue begins the speaker's surname (``Di Stefano``)."""
    (quote,) = newsstruct.parse(text, lang="it").quotes
    assert quote.speaker is not None
    assert quote.speaker.name == " ".join(text.split()[-2:]).rstrip(".")


@pytest.mark.parametrize(
    "text",
    [
        "Engineers in the past two weeks said the pier would be closed.",
        "Engineers over the past few days have said that the pier would be closed.",
    ],
)
def test_prepositional_time_phrase_before_cue_is_no_part_of_the_source(text: str) -> None:
    """``Engineers in the past two weeks said C``: the phrase of time, with its
    preposition and article, is no part of the speaker."""
    (quote,) = newsstruct.parse(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Engineers"


@pytest.mark.parametrize(
    "text",
    [
        "When the council calls a vote, Roe objects.",
        "Every evening after dinner, Roe tweets.",
    ],
)
def test_adverbial_clause_before_a_name_and_noun_like_cue_is_no_content(text: str) -> None:
    """``When the council calls a vote, Roe objects.``: a cue that is also a noun closes
    a tail only after a main clause, not an adverbial clause or phrase."""
    assert not newsstruct.parse(text).quotes


@pytest.mark.parametrize(
    "text",
    [
        "When the phone rings, she answers.",
        "If a sailor writes to the board, it replies.",
        "Whenever the ferry stopped, he complained.",
    ],
)
def test_adverbial_clause_before_a_pronoun_and_cue_is_no_content(text: str) -> None:
    """``When the phone rings, she answers.``: a subordinate clause alone before the
    comma is an adjunct of the cue's clause, no words of the speaker's."""
    assert not newsstruct.parse(text).quotes


def test_adverbial_clause_before_a_bare_verb_of_saying_is_a_short_answer() -> None:
    """``When the ice melts, the captain said.``: a verb of saying that ends the sentence
    reports the clause before it (an answer to a question), unlike ``she answers``."""
    text = (
        "When will the ferry run again? When the ice melts, the captain said. Will the "
        "plant reopen? If the state pays, the governor said. Until the inquiry ends, she said."
    )
    assert quotes_of(newsstruct.parse(text)) == [
        ("reported", "When the ice melts", "the captain", "said"),
        ("reported", "If the state pays", "the governor", "said"),
        ("reported", "Until the inquiry ends", "the governor", "said"),
    ]


def test_adverbial_clause_that_goes_on_to_a_main_clause_is_still_content() -> None:
    """``If it rains, the ferry stops, she said``: the main clause after the adverbial
    one makes the words reported."""
    text = (
        "If it rains, the ferry stops, she said. When the fares rose, she said, the "
        "ferry trade fell sharply."
    )
    assert quotes_of(newsstruct.parse(text)) == [
        ("reported", "If it rains, the ferry stops", "she", "said"),
        ("reported", "When the fares rose", "she", "said"),
        ("reported", "the ferry trade fell sharply", "she", "said"),
    ]


def test_a_bare_noun_of_a_body_is_no_source_where_nouns_take_articles() -> None:
    """English names a body with an article: a bare ``release`` after ``confirmed`` is
    the cue's object, not its inverted source (Danish ``kommunen``, Lithuanian
    ``ministerija`` speak bare: their languages set ``bare_noun_subjects``)."""
    text = (
        "Ann Bell, one of the senator's lawyers, confirmed Roe's release, saying that he "
        "would rest at home."
    )
    assert [
        (q.speaker.name if q.speaker else None, q.text) for q in newsstruct.parse(text).quotes
    ] == [("Ann Bell", "he would rest at home")]


def test_an_adjunct_before_a_second_cue_ends_the_first_content() -> None:
    """``X said C1, at the hearing on Monday she said C2``: a time or place adjunct that
    opens a second reporting clause ends the first content at the comma (or the
    conjunction) before it, and the pronoun alone is the second cue's subject."""
    text = (
        "Although the mayor said last year that the ferry plan was a mistake, at the "
        "council meeting on Monday she said it had been “the right call.” Lena Ruiz said "
        "the tunnel would open in June, and on Friday she said it would open “by the "
        "summer at the latest.”"
    )
    assert quotes_of(newsstruct.parse(text)) == [
        ("reported", "the ferry plan was a mistake", "the mayor", "said"),
        ("mixed", "it had been “the right call.”", "the mayor", "said"),
        ("reported", "the tunnel would open in June", "Lena Ruiz", "said"),
        ("mixed", "it would open “by the summer at the latest.”", "Lena Ruiz", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        pytest.param(
            "Lena Ruiz said the tunnel would open in June, and on Friday the mayor said it "
            "would open in July.",
            ("reported", "it would open in July", "the mayor", "said"),
            id="article",
        ),
        pytest.param(
            "Lena Ruiz said the tunnel would open in June, and on Friday Jo Roe said it "
            "would open in July.",
            ("reported", "it would open in July", "Jo Roe", "said"),
            id="name",
        ),
    ],
)
def test_an_adjunct_before_a_second_cue_s_noun_phrase_ends_the_first_content(
    text: str, second: QuoteRow
) -> None:
    """``X said C1, and on Friday the mayor said C2``: the adjunct opens the second
    reporting clause whatever its subject (was one content over both cues)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == [
        ("reported", "the tunnel would open in June", "Lena Ruiz", "said"),
        second,
    ]


def test_a_quotation_with_its_own_attribution_is_no_part_of_the_content_before() -> None:
    """``C1, X said, but “q,” Y added``: the marked words have an attribution of their
    own, so they (and Y's cue) are no second part of X's content."""
    text = "The ferry was late, Lena Ruiz said, but “nobody complained,” Jo Roe added."
    assert ("reported", "The ferry was late", "Lena Ruiz", "said") in quotes_of(
        newsstruct.parse(text, lang="en")
    )
    assert all("added" not in row[1] for row in quotes_of(newsstruct.parse(text, lang="en")))


def test_a_subject_pronoun_is_the_whole_source() -> None:
    """``in May she said``: no word before a personal pronoun in the subject case belongs
    to the subject (was ``May she``)."""
    text = "Although in May she said the cranes were too old, the port bought none."
    assert [q.speaker.name if q.speaker else None for q in newsstruct.parse(text).quotes] == ["she"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The council hailed a previously announced plan for the harbour.",
            [],
            id="article-adverb-participle-noun",
        ),
        pytest.param(
            "The council discussed the mayor's widely criticized speech on the harbour.",
            [],
            id="possessor-adverb-participle-noun",
        ),
        pytest.param(
            "The mayor sharply criticized the council on Friday.",
            [("reported", "the council", "The mayor", "criticized")],
            id="adverb-before-a-finite-cue-stays-cue",
        ),
    ],
)
def test_attributive_participle_is_no_cue(text: str, expected: list[QuoteRow]) -> None:
    """A cue's past participle after an article (or a possessor) and an adverb, before a
    noun, is an adjective of the noun phrase (``a politically charged visit``): no cue."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The organist had no formal training, the choir added, and had learned every hymn.",
            [
                ("reported", "The organist had no formal training", "the choir", "added"),
                ("reported", "and had learned every hymn", "the choir", "added"),
            ],
            id="and-a-finite-verb",
        ),
        pytest.param(
            "The ferry was safe, the captain said, but needed a new engine.",
            [
                ("reported", "The ferry was safe", "the captain", "said"),
                ("reported", "but needed a new engine", "the captain", "said"),
            ],
            id="but-a-past-verb",
        ),
    ],
)
def test_predicate_without_subject_after_interrupting_cue_goes_on(
    text: str, expected: list[QuoteRow]
) -> None:
    """``C1, X said, and had passed C``: a predicate with no subject of its own after the
    conjunction goes on with C1's subject, so with X's words (a clause with its own
    subject stays the writer's)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Harbour groups that have endorsed him say the ferry should run all winter.",
            "Harbour groups",
            id="auxiliary-verb-and-pronoun",
        ),
        pytest.param(
            "The unions that backed them said the port would reopen.",
            "The unions",
            id="verb-and-pronoun",
        ),
    ],
)
def test_relative_clause_with_a_pronoun_object_before_the_cue(text: str, speaker: str) -> None:
    """``Groups that have endorsed him say C``: a relative clause whose object is a
    pronoun describes the noun before it, which speaks (was ``endorsed him``)."""
    assert [q.speaker.name if q.speaker else None for q in newsstruct.parse(text).quotes] == [
        speaker
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Those close to her said the ferry would run.",
            [("reported", "the ferry would run", "Those close to her", "said")],
            id="her-before-said",
        ),
        pytest.param(
            "“The ferry will run,” those close to her said.",
            [("direct", "The ferry will run,", "those close to her", "said")],
            id="her-before-said-at-the-end",
        ),
        pytest.param("The mayor had her say on the ferry.", [], id="her-say-is-a-noun"),
        pytest.param(
            "The council mocked her repeated claims about the ferry.",
            [],
            id="her-before-a-participle-and-its-noun",
        ),
    ],
)
def test_an_object_pronoun_that_is_also_a_determiner_before_a_cue(
    text: str, expected: list[QuoteRow]
) -> None:
    """``her said``: the object pronoun ``her`` before a cue verb's form that is no noun
    (``said``, ``told``) leaves it a verb (was read as ``her claim``, no cue)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council cannot claim that “from its point of view,” Lena Ruiz added.",
            ("mixed", "The council cannot claim that “from its point of view,”", "Lena Ruiz"),
        ),
        (
            "The mayor did not say the cranes were “a waste,” Lena Ruiz added.",
            ("mixed", "The mayor did not say the cranes were “a waste,”", "Lena Ruiz"),
        ),
        (
            "The harbour board knows that “the cranes will rust,” the engineer said.",
            ("mixed", "The harbour board knows that “the cranes will rust,”", "the engineer"),
        ),
    ],
)
def test_a_quotation_embedded_after_a_thought_or_modal_cue_is_the_tail_cues(
    text: str, expected: tuple[str, str, str]
) -> None:
    """``The council cannot claim that “q,” Roe added``: a quotation in lower case that
    goes on the clause of a thought or of a verb after a modal (no report of that
    subject's speech) makes the clause the words of the attribution after it."""
    [quote] = newsstruct.parse(text).quotes
    assert (quote.kind.value, quote.text, quote.speaker.name if quote.speaker else None) == (
        expected
    )


def test_a_quotation_set_off_after_a_reporting_cue_stays_that_cues() -> None:
    """``Jo Roe said “Q,” she said``: a quotation in capitals after a cue is the cue's
    direct speech, however the sentence ends."""
    text = "Asked about the port, Jo Roe said “Nothing is decided yet,” she said."
    assert quotes_of(newsstruct.parse(text)) == [
        ("direct", "Nothing is decided yet,", "Jo Roe", "said")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Earlier on Friday, Fleming appeared on the radio, saying the ferry would run.",
            "Fleming",
            id="ing-surname-before-a-participle-cue",
        ),
        pytest.param(
            "“The pier is safe,” Jo Roe said. On Friday, Kelly toured the pier and praised "
            "the crew.",
            "Kelly",
            id="ly-surname-before-a-coordinated-cue",
        ),
    ],
)
def test_capitalised_word_after_a_comma_is_no_participle(text: str, speaker: str) -> None:
    """``Earlier Wednesday, Fleming appeared …, saying C``: a capitalised word after a
    comma, mid-sentence, is a name even with a participle's or an adverb's ending, and
    the subject of the clause (was read as ``Speaking Sunday, …``)."""
    assert [q.speaker.name if q.speaker else None for q in newsstruct.parse(text).quotes][
        -1
    ] == speaker


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "The ferry was sold, but, according to Lena Ruiz, the pier will stay open.",
            "en",
            [("reported", "the pier will stay open", "Lena Ruiz", "according to")],
            id="en-but",
        ),
        pytest.param(
            "Le bac a été vendu, car, selon Léa Roux, le quai restera ouvert.",
            "fr",
            [("reported", "le quai restera ouvert", "Léa Roux", "selon")],
            id="fr-car",
        ),
        pytest.param(
            "El ferry se vendió, pero, según Lucía Ruiz, el muelle seguirá abierto.",
            "es",
            [("reported", "el muelle seguirá abierto", "Lucía Ruiz", "según")],
            id="es-pero",
        ),
        pytest.param(
            "The port sold two ferries and, according to Lena Ruiz, bought a tug for the "
            "winter season.",
            "en",
            [
                ("reported", "The port sold two ferries and", "Lena Ruiz", "according to"),
                ("reported", "bought a tug for the winter season", "Lena Ruiz", "according to"),
            ],
            id="en-and-a-predicate-goes-on-with-the-subject",
        ),
    ],
)
def test_according_to_after_a_conjunction_reports_the_clause_with_its_subject(
    text: str, lang: str, expected: list[QuoteRow]
) -> None:
    """``C0, but, according to X, C``: where C has its own subject, the words before the
    conjunction are the writer's (was ``C0, but`` as X's content)."""
    assert quotes_of(newsstruct.parse(text, lang=lang)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Fares rose 9 percent last year, according to the harbour board, more than "
            "twice the rate in Lornport.",
            id="an-amount",
        ),
        pytest.param(
            "Three polls show Jo Roe ahead, according to Lee Dale, including one from "
            "Valmont TV released on Monday.",
            id="an-example",
        ),
        pytest.param(
            "The crews ended the strike, according to the union, taking a step toward a "
            "new contract.",
            id="a-participle",
        ),
    ],
)
def test_a_phrase_after_according_to_x_is_no_second_fragment(text: str) -> None:
    """``C1, according to X, …``: an amount, an example or a participle adds to C1
    without a clause of its own, and is no second quote."""
    assert len(newsstruct.parse(text).quotes) == 1


def test_a_gerund_clause_after_according_to_x_is_a_second_fragment() -> None:
    """``C1, according to X, C2`` where a gerund opens C2 as its subject and a finite
    verb follows: a clause of its own, the second fragment of X's words."""
    text = "The pier is safe, according to Lena Ruiz, building a new one would take years."
    assert [q.text for q in newsstruct.parse(text).quotes] == [
        "The pier is safe",
        "building a new one would take years",
    ]


def test_according_to_inside_a_subordinate_clause_reports_that_clause() -> None:
    """``…, because, according to X, C``: the phrase interrupts the clause that the
    conjunction opens; C is X's, the words before the conjunction the writer's."""
    text = (
        "The captain will sail on Friday, because, according to Lena Ruiz, the storm "
        "will be “long gone” by then. The ferry was sold in 2010 after, according to "
        "him, the owners ran out of money."
    )
    assert quotes_of(newsstruct.parse(text)) == [
        ("mixed", "the storm will be “long gone” by then", "Lena Ruiz", "according to"),
        ("reported", "the owners ran out of money", "him", "according to"),
    ]


def test_a_writers_adversative_clause_after_a_quotation_ends_the_content() -> None:
    """``X promised “q,” but he has also …``: with the comma inside the marks, a clause
    of the writer's that ``but`` and a subject of its own open ends the content, as it
    does after a comma outside them."""
    text = (
        "Lena Ruiz is promising cheaper fares and “ferries, ferries, ferries,” but she "
        "has also raised the price of parking."
    )
    assert quotes_of(newsstruct.parse(text)) == [
        ("mixed", "cheaper fares and “ferries, ferries, ferries,”", "Lena Ruiz", "is promising")
    ]


def test_a_conjunction_and_a_quotation_after_the_attribution_go_on_the_speakers_words() -> None:
    """``C1, she said, but “Q.”``: after the attribution, a conjunction that the speaker's
    words in marks follow opens the second part of the speaker's content (``but he was
    leaving`` stays the writer's)."""
    text = (
        "The ferry was late, Lena Ruiz said, but “nobody complained.” The bus was late, "
        "she said, but the driver was leaving."
    )
    assert quotes_of(newsstruct.parse(text)) == [
        ("reported", "The ferry was late", "Lena Ruiz", "said"),
        ("mixed", "but “nobody complained.”", "Lena Ruiz", "said"),
        ("reported", "The bus was late", "Lena Ruiz", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "People who know him said the ferry should run.",
            [("reported", "the ferry should run", "People who know him", "said")],
            id="an-object-pronoun-and-a-verb-after-a-cue-are-no-content",
        ),
        pytest.param(
            "Skippers who know her say the ferry should run.",
            [("reported", "the ferry should run", "Skippers who know her", "say")],
            id="a-lone-plural-keeps-its-relative-clause-on-a-pronoun",
        ),
        pytest.param(
            "Aides who worked with him said the ferry should run.",
            [("reported", "the ferry should run", "Aides who worked with him", "said")],
            id="a-relative-clauses-past-verb-is-no-participle-of-the-pronoun",
        ),
        pytest.param(
            "Skippers who have often sailed with her say the ferry should run.",
            [("reported", "the ferry should run", "Skippers", "say")],
            id="a-relative-clauses-auxiliaries-do-not-end-the-subject",
        ),
        pytest.param(
            "A skipper who was nearby said the ferry should run.",
            [("reported", "the ferry should run", "A skipper", "said")],
            id="a-relative-clauses-copula-does-not-end-the-subject",
        ),
        pytest.param(
            "The plan angered the skippers, many of whom say the ferry should run.",
            [("reported", "the ferry should run", "many of whom", "say")],
            id="a-quantifier-of-a-relative-pronoun-speaks",
        ),
        pytest.param(
            "Jo Roe was overheard on the pier telling the skipper that the ferry would run.",
            [("reported", "the ferry would run", "Jo Roe", "telling")],
            id="a-passives-subject-speaks-the-participle-after-it",
        ),
        pytest.param(
            "Jo Roe was recorded telling donors that the ferry would run.",
            [("reported", "the ferry would run", "Jo Roe", "telling")],
            id="a-passives-subject-speaks-the-participle-right-after-it",
        ),
        pytest.param(
            "Jo Roe was caught on camera telling a voter that the ferry would run.",
            [("reported", "the ferry would run", "Jo Roe", "telling")],
            id="a-passive-of-an-irregular-participle-before-the-cue",
        ),
        pytest.param(
            "The fares, Jo Roe said, rise.",
            [
                ("reported", "The fares", "Jo Roe", "said"),
                ("reported", "rise", "Jo Roe", "said"),
            ],
            id="a-plural-subjects-bare-verb-after-the-attribution",
        ),
        pytest.param(
            "Fares, Jo Roe told Al Poe, who nodded, would rise.",
            [
                ("reported", "Fares", "Jo Roe", "told"),
                ("reported", "would rise", "Jo Roe", "told"),
            ],
            id="a-relative-clause-on-the-addressee-before-c2",
        ),
        pytest.param(
            "Jo Roe, who told reporters “we lost,” said the vote was fair.",
            [
                ("direct", "we lost,", "Jo Roe", "told reporters"),
                ("reported", "the vote was fair", "Jo Roe", "said"),
            ],
            id="a-relative-clauses-quotation-after-an-addressee",
        ),
        pytest.param(
            "The Friends of the Harbour in May said the ferry should run.",
            [("reported", "the ferry should run", "The Friends of the Harbour", "said")],
            id="a-month-after-a-preposition-is-no-part-of-the-speaker",
        ),
        pytest.param(
            "The Friends of June said the ferry should run.",
            [("reported", "the ferry should run", "The Friends of June", "said")],
            id="a-month-after-of-is-a-name",
        ),
    ],
)
def test_english_speakers_left_by_reviewers(text: str, expected: list[QuoteRow]) -> None:
    """Object pronouns after a cue, a lone plural's relative clause, a plural subject's
    bare verb after an interrupting attribution, an addressee's relative clause, an
    addressee between a relative clause's verb and its quotation, and a month after
    the speaker (each lost or misread before)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Even the late timing of the vote led skippers to say that the board was hiding.",
            [("reported", "the board was hiding", "skippers", "say")],
            id="a-phrase-ending-on-an-article-is-no-subject-the-object-speaks",
        ),
        pytest.param(
            "Last month, 32 harbour pilots from the coast sued the board, arguing that the"
            " pier would flood.",
            [("reported", "the pier would flood", None, "arguing")],
            id="a-word-of-time-is-no-subject",
        ),
        pytest.param(
            "As the Lornport Gazette columnist noted in a review Sunday, the choir sings too fast.",
            [("reported", "the choir sings too fast", "the Lornport Gazette columnist", "noted")],
            id="an-article-alone-after-the-cue-is-no-source",
        ),
        pytest.param(
            "The chairman of the harbour board sued the firm, saying the ferry is unsafe.",
            [("reported", "the ferry is unsafe", "The chairman of the harbour board", "saying")],
            id="a-description-after-of-the-goes-on-the-subject",
        ),
        pytest.param(
            "“The ferry is late,” said Jo Roe, half joking.",
            [("direct", "The ferry is late,", "Jo Roe", "said")],
            id="a-quantifier-before-a-participle-is-a-manner",
        ),
        pytest.param(
            "Skippers rallied at the pier, many saying the ferry should run.",
            [("reported", "the ferry should run", "many", "saying")],
            id="a-quantifier-before-a-participle-and-its-content-speaks",
        ),
        pytest.param(
            "Earlier this month the harbour board sued the city, citing unpaid fees.",
            [("reported", "unpaid fees", "the harbour board", "citing")],
            id="the-subject-after-an-opening-adjunct-of-time",
        ),
        pytest.param(
            "Sunday Courier editor Jo Roe resigned, saying the pier was unsafe.",
            [("reported", "the pier was unsafe", "Jo Roe", "saying")],
            id="a-word-of-time-before-a-capitalised-word-opens-a-name",
        ),
    ],
)
def test_no_speaker_of_function_words(text: str, expected: list[QuoteRow]) -> None:
    """A speaker read as ``Even the``, ``Last``, ``an`` (of ``in an op-ed``), ``The
    chairman of the`` or ``half`` (of ``half joking``): a phrase that ends on an article
    or opens with a word of time names no one, and a quantifier before a participle
    with nothing after it is the attribution's manner (``many saying C`` speaks)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Jo Roe tried to calm the crowd, alternately shouting “Sit down” and “Be nice.”",
            [("mixed", "“Sit down” and “Be nice.”", "Jo Roe", "shouting")],
            id="an-adverb-between-the-comma-and-a-participle-cue",
        ),
        pytest.param(
            "In other words, explained the moderator Jo Roe: “Why does the pier matter?”",
            [("direct", "Why does the pier matter?", "Jo Roe", "explained")],
            id="an-inverted-cue-after-an-opening-phrase-and-before-a-colon",
        ),
    ],
)
def test_english_participle_and_inverted_colon_cues(text: str, expected: list[QuoteRow]) -> None:
    """``…, alternately shouting “Q”``: an adverb after the comma leaves the participle
    the subject's cue; ``In other words, explained X: “Q”``: after an opening phrase and
    its comma, the source follows the inverted cue (both gave no speaker)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Senator Jo Roe of Ohio, who is running second, stuck to the ferry plan, eventually"
            " saying it would be a disaster.",
            [("reported", "it would be a disaster", "Jo Roe", "saying")],
            id="who-after-a-name-and-its-place-stands-for-the-name",
        ),
        pytest.param(
            "Jo Roe demands answers from the board, yet refuses to release her records or"
            " explain how her firm got the contract.",
            [("reported", "how her firm got the contract", "Jo Roe", "explain")],
            id="a-conjunction-right-before-the-cue-ends-no-subject",
        ),
        pytest.param(
            "The harbour master declined to confirm or deny that the ferry would stop.",
            [("reported", "the ferry would stop", "The harbour master", "deny")],
            id="or-before-the-cue-joins-verbs-of-one-subject",
        ),
        pytest.param(
            "Ignoring or denying the ferry's losses is a risk, as critics say.",
            [("reported", "Ignoring or denying the ferry's losses is a risk", "critics", "say")],
            id="or-before-a-gerund-of-a-subject-is-no-cue",
        ),
        pytest.param(
            "On Sunday, when asked about the pier, Mayor Jo Roe said it was safe.",
            [
                ("reported", "the pier", None, "asked"),
                ("reported", "it was safe", "Jo Roe", "said"),
            ],
            id="when-before-a-passive-cue-is-no-source",
        ),
    ],
)
def test_english_subjects_of_relative_and_coordinated_verbs(
    text: str, expected: list[QuoteRow]
) -> None:
    """``Jo Roe of Ohio, who …``: the relative pronoun stands for the person before the
    place (was ``Ohio``); ``… her records or explain C``: the words before ``or`` are
    a verb phrase, no speaker (was ``refuses to release her records or``), the verbs'
    subject speaks (``declined to confirm or deny C``: was no quote); ``…, when
    asked about C``: ``when`` is no bare plural that speaks."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On Friday, Jo Roe endorsed Al Poe at a dinner at the pier, Mr. Poe's private"
            " club, calling him “a very able man.”",
            [("mixed", "him “a very able man.”", "Jo Roe", "calling")],
            id="a-possessor-in-an-apposition-is-no-subject",
        ),
        pytest.param(
            "Jo Roe's younger sister told stories of the pier, saying it was safe.",
            [
                ("reported", "stories of the pier", "Jo Roe's younger sister", "told"),
                ("reported", "it was safe", "Jo Roe's younger sister", "saying"),
            ],
            id="a-possessor-and-its-noun-are-the-subject",
        ),
    ],
)
def test_english_possessors_before_a_participle(text: str, expected: list[QuoteRow]) -> None:
    """``…, Mr. Poe's private club, calling him “Q”``: a possessor is no subject of its
    own, the possessed noun goes with it (was ``Mr. Poe's``)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Jo Roe held up a sign that read “Harbour for Roe” and waved it.",
            [("direct", "Harbour for Roe", "a sign", "read")],
            id="a-sign-that-read",
        ),
        pytest.param(
            "The banner read “Save the pier.”",
            [("direct", "Save the pier.", "The banner", "read")],
            id="a-text-read-before-its-words",
        ),
        pytest.param("Jo Roe read “The Raven” aloud.", [], id="a-person-reads-a-work"),
        pytest.param("The judge read “The Harbour Song” aloud.", [], id="a-role-reads-a-work"),
        pytest.param(
            "Her placard read “Save the pier.”",
            [("direct", "Save the pier.", "Her placard", "read")],
            id="a-possessive-before-a-text",
        ),
    ],
)
def test_a_text_that_reads_a_quotation(text: str, expected: list[QuoteRow]) -> None:
    """``a sign that read “Q”``, ``The banner read “Q”``: a text's words in marks after
    ``read`` (before, only ``“Q,” the sign read``); a person who reads a work in marks
    says nothing."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


def test_no_source_ends_on_an_infinitives_to() -> None:
    """``It seems cruel to tell them C``: a phrase that ends on ``to`` is no source
    (was ``It seems cruel to``)."""
    text = "It seems cruel to simply tell the singers that the hall is gone."
    assert quotes_of(newsstruct.parse(text, lang="en")) == []


def test_a_participle_after_a_degree_word_before_a_noun_is_an_adjective() -> None:
    """``the most criticized move``: a participle after a degree word and before its
    noun is no cue (was a quote of ``the most``)."""
    text = "Her plan to sell the pier - the most disputed step of her career - cost her the job."
    assert quotes_of(newsstruct.parse(text, lang="en")) == []


def test_an_invisible_character_inside_a_cue_leaves_it_a_cue() -> None:
    """A soft hyphen or a zero-width space inside a word is part of it; the cue's span
    is the text as written."""
    text = "Jo Roe sa\u00adid the ferry would run. “It will,” Ann Lee sa\u200bid."
    assert [(q.kind.value, q.text, q.cue_text) for q in newsstruct.parse(text).quotes] == [
        ("reported", "the ferry would run", "sa\u00adid"),
        ("direct", "It will,", "sa\u200bid"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jo Roe now says the pier will reopen.",
        "The mayor, however, now says the pier will reopen.",
        "Jo Roe sometimes says the pier will reopen.",
        "Jo Roe twice says the pier will reopen.",
    ],
)
def test_an_adverb_between_the_subject_and_its_cue_is_no_part_of_the_speaker(text: str) -> None:
    """``Jo Roe now says C``: a time or frequency adverb before the cue (was the speaker
    ``Jo Roe now``, or no quote after an aside)."""
    speakers = [row[2] for row in quotes_of(newsstruct.parse(text, lang="en"))]
    assert speakers in (["Jo Roe"], ["The mayor"])


def test_an_adverb_before_a_colon_opens_no_predicate_after_a_relative() -> None:
    """``that we must answer now: C``: ``now`` ends the clause, no predicate after ``we``
    opens at it (with ``now`` read as an adverb before a cue, the quote was ``now: the
    choir sings`` by ``we``)."""
    text = (
        "Jo Roe answered the very question that we must answer now: the choir sings, the hall "
        "stays."
    )
    assert quotes_of(newsstruct.parse(text, lang="en")) == [
        (
            "reported",
            "the very question that we must answer now: the choir sings, the hall stays",
            "Jo Roe",
            "answered",
        )
    ]


def test_a_titles_full_stop_before_an_aside_keeps_the_subject() -> None:
    """``Mr. Roe, who wrote “Q,” said C``: the abbreviation's full stop is inside the name
    (the reported quote was lost)."""
    text = "Mr. Roe, who wrote “We lost,” said the harbour would reopen in May."
    assert quotes_of(newsstruct.parse(text, lang="en")) == [
        ("direct", "We lost,", "Roe", "wrote"),
        ("reported", "the harbour would reopen in May", "Roe", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("It was a blow to Jo Roe, who predicted the pier would close.", "Jo Roe"),
        ("Jo Roe was angry about a builder who said she was owed money.", "a builder"),
        ("Jo Roe is critical of a builder who said she was owed money.", "a builder"),
        (
            "Jo Roe was wary about not paying a builder who said she was owed money.",
            "a builder",
        ),
        ("He was the head of the agency who said the pier would close.", "the head of the agency"),
    ],
)
def test_the_antecedent_after_a_copula_is_the_object_of_its_preposition(
    text: str, speaker: str
) -> None:
    """``It was a blow to Jo Roe, who said C``: the copula's predicate is no speaker, the
    object of its preposition is (was ``a blow to Jo Roe``, ``angry about a builder``,
    or no quote); a phrase with ``of`` stays whole."""
    assert [row[2] for row in quotes_of(newsstruct.parse(text, lang="en"))] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The contrast, said Jo Roe and others, would be clear.",
            [
                ("reported", "The contrast", "Jo Roe and others", "said"),
                ("reported", "would be clear", "Jo Roe and others", "said"),
            ],
        ),
        (
            "The pier, said some skippers and their crews, will close before the storm.",
            [
                ("reported", "The pier", "some skippers and their crews", "said"),
                (
                    "reported",
                    "will close before the storm",
                    "some skippers and their crews",
                    "said",
                ),
            ],
        ),
        (
            "“We lost,” said Jo Roe and smiled, and the crowd cheered.",
            [("direct", "We lost,", "Jo Roe", "said")],
        ),
        (
            "“We will rebuild,” said Jo Roe while visiting, “and we will not stop.”",
            [
                ("direct", "We will rebuild,", "Jo Roe", "said"),
                ("direct", "and we will not stop.", "Jo Roe", "said"),
            ],
        ),
    ],
)
def test_subjects_joined_after_an_inverted_cue(text: str, expected: list[QuoteRow]) -> None:
    """``C1, said X and others, C2``: a conjunction and a noun phrase up to a comma join
    the inverted cue's subject, and C2 follows (was C1 only, by X); a verb after the
    conjunction is a predicate of its own."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As Jo Roe, the harbour master, has said, the pier is safe.",
            [("reported", "the pier is safe", "Jo Roe", "has said")],
        ),
        (
            "As many skippers, including Jo Roe, have pointed out, the pier is safe.",
            [("reported", "the pier is safe", "many skippers", "have pointed out")],
        ),
        ("As Jo Roe, a pilot, joked with friends at the table, her brother grew impatient.", []),
    ],
)
def test_an_as_clause_whose_subject_has_an_apposition(text: str, expected: list[QuoteRow]) -> None:
    """``As X, an apposition, said, C``: the as-clause's subject before its apposition
    speaks C (was no quote); a cue that goes on past its clause is a time, no comment."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When Jo Roe said “the pier is safe,” Al Poe said the cases were different.",
            [
                ("direct", "the pier is safe,", "Jo Roe", "said"),
                ("reported", "the cases were different", "Al Poe", "said"),
            ],
        ),
        (
            "After Jo Roe called the pier “a wreck,” Al Poe said the cases were different.",
            [
                ("mixed", "the pier “a wreck,”", "Jo Roe", "called"),
                ("reported", "the cases were different", "Al Poe", "said"),
            ],
        ),
        (
            "Even as Jo Roe claimed on Monday that “the pier is safe,” one of the mayors said "
            "the cases were different.",
            [
                ("direct", "the pier is safe,", "Jo Roe", "claimed"),
                ("reported", "the cases were different", "one of the mayors", "said"),
            ],
        ),
        ("When a man shouted, “Taxes,” Jo Roe joked.", [("direct", "Taxes,", "a man", "shouted")]),
    ],
)
def test_a_quotation_closing_a_subordinate_clause_ends_its_content(
    text: str, expected: list[QuoteRow]
) -> None:
    """``When X said “Q,” Y said C``: the quotation's comma closes the clause of X's cue;
    Y's frame after it stands (was lost inside X's content)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nothing the mayor said “will ease any worry,” Jo Roe said.",
        "Everything the mayor said “was a lie,” Jo Roe said.",
    ],
)
def test_a_cue_inside_an_indefinite_subject_has_no_frame(text: str) -> None:
    """``Nothing the mayor said “Q,” X said``: the cue is a relative clause's inside the
    subject (was a direct quote by ``Nothing the mayor``)."""
    assert [row[2] for row in quotes_of(newsstruct.parse(text, lang="en"))] == ["Jo Roe"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He would not tell the panel anything it had not heard before.", []),
        ("She told me everything she knew.", []),
        ("He did not tell anyone anything he had not heard before.", []),
        (
            "The mayor said that nothing the council did would help.",
            [("reported", "nothing the council did would help", "The mayor", "said")],
        ),
        (
            "She said everything the council did was illegal.",
            [("reported", "everything the council did was illegal", "She", "said")],
        ),
        (
            "She told me everything would be fine.",
            [("reported", "everything would be fine", "She", "told")],
        ),
        (
            "He has proposed nothing that would cut fares.",
            [("reported", "nothing that would cut fares", "He", "has proposed")],
        ),
    ],
)
def test_an_indefinite_object_of_tell_is_no_content(text: str, expected: list[QuoteRow]) -> None:
    """``would not tell the panel anything it had not heard``: the pronoun is the thing
    told and the clause after it describes it (was a quote of ``it had not heard
    before``); a verb right after it makes it the content's subject."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lornport Pears, an orchard firm, maintains a hopeful view of the autumn harvest.",
        "After a mild winter, Lornport Pears, an orchard firm, now maintains a hopeful view of "
        "the autumn harvest.",
    ],
)
def test_a_subject_and_its_apposition_before_the_verb_are_no_content(text: str) -> None:
    """``X, a research firm, maintains an outlook``: the name before its apposition is
    the verb's subject, not words reported by the object after the verb (was a quote of
    ``Lornport Grain`` by ``a bullish outlook for spring``)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Jo Roe has said that the pier will close.", "has said"),
        ("Jo Roe had told reporters the pier would close.", "had told reporters"),
        ("Jo Roe will say that the pier is closed.", "will say"),
        ("Jo Roe could have said that the pier was closed.", "could have said"),
        ("Jo Roe has not said that the pier is closed.", "has not said"),
        ("Jo Roe has also argued that the pier is closed.", "has also argued"),
        ("Jo Roe didn’t say that the pier was closed.", "didn’t say"),
        ("Jo Roe is calling for the pier to close.", "is calling for"),
        ("Jo Roe had been quoted as saying that the pier is closed.", "had been quoted as saying"),
        ("“The pier is closed,” Jo Roe has said.", "has said"),
        ("She’d told reporters that the pier was closed.", "’d told reporters"),
        # no verb group: an adverb alone, a month, a source phrase
        ("Jo Roe also said that the pier is closed.", "said"),
        ("The harbour master in May said that the pier was closed.", "said"),
        ("The pier is, according to Jo Roe, closed.", "according to"),
        ("Jo Roe has\nsaid that the pier is closed.", "has\nsaid"),  # a hard-wrapped line
    ],
)
def test_a_cue_takes_the_auxiliaries_of_its_verb_group(text: str, cue: str) -> None:
    """ANNOTATION.md gives the cue as written, with its auxiliaries: ``has said``, ``will
    say``, ``had told reporters`` (was the bare verb); an adverb between them goes with
    them (``has also argued``), an adverb alone does not (``also said``)."""
    quotes = newsstruct.parse(text, lang="en").quotes
    assert [q.cue_text for q in quotes] == [cue]
    assert all(q.cue is not None and q.cue.of(text) == q.cue_text for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jo Roe’s message was clear: “We will fight on for the ferry.”", "Jo Roe"),
        ("The harbour master’s verdict was blunt: “We will fight on.”", "The harbour master"),
        ("Jo Roe was angry. Her response was unequivocal: “We will fight on.”", "Jo Roe"),
        # no possessor: no one
        ("The message was clear: “We will fight on for the ferry.”", None),
    ],
)
def test_a_possessor_of_what_was_said_described_before_a_colon_speaks(
    text: str, speaker: str | None
) -> None:
    """``Jo Roe’s message was clear: “Q”``: a noun of what was said (``message``,
    ``response``, ``verdict``) with a possessor, as the subject of a predicate of manner
    before a colon, gives the possessor the quotation (was no speaker)."""
    assert [q.speaker.name if q.speaker else None for q in newsstruct.parse(text).quotes] == [
        speaker
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Jo Roe was blunt: "We lost."', [("direct", "We lost.", "Jo Roe", None)]),
        ("Jo Roe kept it simple: “No ferry.”", [("direct", "No ferry.", "Jo Roe", None)]),
        # a title, a label and a term are no speech
        ("The sign read: “Keep Out.”", []),
        ("The verdict was clear: “Guilty as charged.”", []),
        ("Jo Roe was blunt: “no.”", []),
    ],
)
def test_a_short_sentence_in_marks_after_a_colon_is_the_subjects(
    text: str, expected: list[QuoteRow]
) -> None:
    """``Jo Roe was blunt: “We lost.”``: a sentence of two words or more in marks, after a
    colon that ends a clause with a subject, is that subject's quote, however short (was
    none: fewer than four words read as a term)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He told the panel nothing would change.",
            [("reported", "nothing would change", "He", "told")],
        ),
        (
            "Jo Roe told the harbour board everything had been tried.",
            [("reported", "everything had been tried", "Jo Roe", "told")],
        ),
        ("He did not tell the panel anything it had not heard.", []),
    ],
)
def test_an_indefinite_pronoun_before_an_auxiliary_ends_the_addressee(
    text: str, expected: list[QuoteRow]
) -> None:
    """``told the panel nothing would change``: an indefinite pronoun with a finite
    auxiliary after it opens the clause told, after an addressee led by an article (was
    read as more of the addressee: no quote)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We lost,” Jo Roe laughed.", [("direct", "We lost,", "Jo Roe", "laughed")]),
        (
            "“This is a fine day!” beamed Jo Roe, who runs the ferry.",
            [("direct", "This is a fine day!", "Jo Roe", "beamed")],
        ),
        (
            "“Nobody reads the timetable,” scoffed Al Poe, 22.",
            [("direct", "Nobody reads the timetable,", "Al Poe", "scoffed")],
        ),
        # no quotation next to it: no speech
        ("Jo Roe laughed at the plan and left the hall.", []),
    ],
)
def test_a_manner_verb_next_to_a_quotation_is_its_cue(text: str, expected: list[QuoteRow]) -> None:
    """``“Q,” Jo Roe laughed.``: a verb of the speaker's manner right after a quotation
    (with its subject) is the quotation's cue (was no quote, or the speaker of the quote
    before); elsewhere it is no speech."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We lost,” Jo Roe laughed on Tuesday.",
            [("direct", "We lost,", "Jo Roe", "laughed")],
        ),
        (
            "“We lost,” Jo Roe laughed, shaking her head.",
            [("direct", "We lost,", "Jo Roe", "laughed")],
        ),
        (
            "“We lost,” Jo Roe chuckled during the hearing.",
            [("direct", "We lost,", "Jo Roe", "chuckled")],
        ),
        # an object after the verb: no quotation's cue
        ("“We lost,” the crowd cheered the team.", []),
    ],
)
def test_adjuncts_after_a_manner_verb_close_its_attribution(
    text: str, expected: list[QuoteRow]
) -> None:
    """``“Q,” Jo Roe laughed on Tuesday.``: words of time, a prepositional phrase or a
    participle after the comma close the manner verb's attribution as the full stop does
    (was no quote)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We lost,” Jo Roe griped.", [("direct", "We lost,", "Jo Roe", "griped")]),
        (
            "“Why now?” pressed the harbour master.",
            [("direct", "Why now?", "the harbour master", "pressed")],
        ),
        (
            "The vote was close. “Why now?” Jo Roe pressed.",
            [("direct", "Why now?", "Jo Roe", "pressed")],
        ),
        (
            "“The fares will rise,” she recounted on Monday.",
            [("direct", "The fares will rise,", "she", "recounted")],
        ),
        # no verb of the frame: the quotation is the verb's object, or a participle's, or
        # the quotation is a term inside a noun phrase, or the subject names no one
        ("Jo Roe unveiled “Harbour First” on Monday.", []),
        ("“Harbour First,” released in May, drew a crowd.", []),
        ("The group, a “ferry lobby,” posited that fares would rise.", []),
        ("“So who pays?” The meeting ended.", [("direct", "So who pays?", None, None)]),
        ("“So who pays?” Her notes are redacted.", []),
    ],
)
def test_a_past_verb_that_closes_a_quotations_attribution_is_its_cue(
    text: str, expected: list[QuoteRow]
) -> None:
    """``“Q,” Jo Roe griped.``: a verb in the regular past form right after a quotation
    and its subject (or before it), closing the attribution, is the quotation's cue
    whatever the verb, listed or not (was no quote, or a quote with no speaker)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


def test_a_question_s_who_after_a_verb_gives_no_verb_phrase_as_speaker() -> None:
    """``Jo Roe wants to know who on the board said C``: ``who`` after a verb asks a
    question, no relative pronoun whose antecedent speaks (gave ``Jo Roe wants to
    know``)."""
    text = "Jo Roe wants to know who on the board said the pier was unsafe."
    speakers = [row[2] for row in quotes_of(newsstruct.parse(text, lang="en"))]
    assert "Jo Roe wants to know" not in speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation that ends its own sentence in a full stop: the next sentence is
        # narrative, whatever its verb
        ("Protesters waved banners: “Save the pier.” Police intervened on Tuesday.", []),
        ("“It is done.” The mayor resigned on Tuesday.", [("direct", "It is done.", None, None)]),
        ("“It is done.” He resigned.", [("direct", "It is done.", None, None)]),
        ("“Closed!” She waited for an hour.", []),
        # a title, or a reduced relative clause that the subject's verb goes on after
        ("“Harbour Lights,” Jo Roe covered.", []),
        ("“The Tide,” Jo Roe published in 2001, sold a million copies.", []),
        # still cues: a question of its own, and adjuncts that close the attribution
        (
            "The vote was close. “Why now?” Jo Roe pressed.",
            [("direct", "Why now?", "Jo Roe", "pressed")],
        ),
        (
            "“We lost,” Jo Roe griped on Tuesday, shaking her head.",
            [("direct", "We lost,", "Jo Roe", "griped")],
        ),
    ],
)
def test_a_past_verb_after_a_quotation_of_its_own_or_a_title_is_no_cue(
    text: str, expected: list[QuoteRow]
) -> None:
    """``“Q.” He resigned.``, ``“The Tide,” Jo Roe published in 2001, sold …``: an unlisted
    past verb is a quotation's cue only where the quotation opens its sentence, or is a
    question or an exclamation of its own that the verb's short sentence follows; not
    after a title, nor where a finite verb follows the comma that ends the adjuncts (gave
    the cues ``intervened``, ``resigned``, ``waited``, ``covered``, ``published``)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Minister of Harbours and Fisheries Jo Roe said the pier would close.", "Jo Roe"),
        (
            "Former Minister of Harbours and Lornport party leader Jo Roe said the pier would "
            "close.",
            "Jo Roe",
        ),
        # two domains and no name; two people after one role's domain
        (
            "The minister of Harbours and Fisheries said the pier would close.",
            "The minister of Harbours and Fisheries",
        ),
        (
            "Head of Harbours Jo Roe and Al Poe said the pier would close.",
            "Head of Harbours Jo Roe and Al Poe",
        ),
    ],
)
def test_a_role_of_two_domains_joined_by_and_names_one_holder(text: str, speaker: str) -> None:
    """``Minister of Harbours and Fisheries Jo Roe said``: a role's domain after ``of``,
    ``and`` and a second domain before the name are one person's titles (was the whole
    description, read as two speakers, or ``Fisheries Jo Roe``)."""
    assert [q.speaker.name if q.speaker else None for q in newsstruct.parse(text).quotes] == [
        speaker
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Minister of Harbours and Fisheries, Jo Roe, said the pier would close.", "Jo Roe"),
        ("The Head for Trade and Industrial Zones, Jo Roe, said the pier would close.", "Jo Roe"),
        ("“The pier will close,” said the Minister of Harbours and Fisheries, Jo Roe.", "Jo Roe"),
        ("“The pier will close,” said the Minister of Harbours and Fisheries Jo Roe.", "Jo Roe"),
    ],
)
def test_a_role_of_two_domains_then_its_holder_in_apposition(text: str, speaker: str) -> None:
    """``The Minister of Harbours and Fisheries, Jo Roe, said``: the role's second
    domain is no speaker (was ``Fisheries``); after an inverted cue the source reads on
    past ``and`` to the name (was ``the Minister of Harbours``)."""
    assert [q.speaker.name if q.speaker else None for q in newsstruct.parse(text).quotes] == [
        speaker
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will run again from June.\n\nThe Commissioner for Harbours, Dr. Jo Roe, "
        "disclosed this in a statement on Sunday.",
        "“The ferry will run again from June,” said the commissioner, Dr. Jo Roe, on Sunday.",
    ],
)
def test_an_abbreviated_title_with_its_dot_in_a_name_apposition(text: str) -> None:
    """``The Commissioner for Harbours, Dr. Jo Roe, disclosed this``: the title's dot
    stays inside the apposition (was no quote, or the description as the speaker)."""
    [quote] = newsstruct.parse(text, lang="en").quotes
    assert quote.speaker is not None and quote.speaker.name == "Jo Roe"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Never!” the crowd cried out.", [("direct", "Never!", "the crowd", "cried out")]),
        (
            "“Lornport!” the audience screamed back.",
            [("direct", "Lornport!", "the audience", "screamed back")],
        ),
    ],
)
def test_a_manner_verb_with_its_particle_after_a_quotation(
    text: str, expected: list[QuoteRow]
) -> None:
    """``“Never!” the crowd cried out.``: a particle (``out``, ``back``) between the
    manner verb and the full stop (was no quote)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The row erupted a month after Jo Roe joined the race, saying fares would rise.",
            "Jo Roe",
        ),
        (
            "The fracas began just after the harbour master took the stage, saying fares would "
            "rise.",
            "the harbour master",
        ),
    ],
)
def test_a_participle_after_an_event_is_spoken_by_the_clause_inside(
    text: str, speaker: str
) -> None:
    """``The row erupted after Jo Roe joined the race, saying C``: an event says nothing;
    the subject of the clause inside the piece speaks (was ``The row``)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == [
        ("reported", "fares would rise", speaker, "saying")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The exchange suspended trading for an hour on Monday, saying its screens had failed.",
            "The exchange",
        ),
        (
            "The Lornport Stock Exchange suspended trading for an hour, saying its screens had "
            "failed.",
            "Lornport Stock Exchange",
        ),
    ],
)
def test_a_stock_exchange_is_no_event(text: str, speaker: str) -> None:
    """``The exchange suspended trading, saying C``: a stock exchange speaks; ``exchange``
    is no event noun (was no speaker)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == [
        ("reported", "its screens had failed", speaker, "saying")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The board put the loss at $2 million, which the harbour's chief engineer, Jo Roe, "
            "called “a disgrace,” blaming the weather.",
            "Jo Roe",
        ),
        (
            "The board put the loss at $2 million, which the union disputed, blaming the weather.",
            "the union",
        ),
    ],
)
def test_a_participle_after_a_relative_clause_of_speech(text: str, speaker: str) -> None:
    """``…, which Jo Roe called “a disgrace,” blaming C``: the subject of the speech that
    the relative clause tells goes on speaking (was the main clause's subject); a name in
    apposition there is that subject (was the main clause's too)."""
    rows = quotes_of(newsstruct.parse(text, lang="en"))
    assert all(row[2] == speaker for row in rows)
    assert ("reported", "the weather", speaker, "blaming") in rows


def test_a_subject_relative_clause_names_no_speaker_of_a_participle() -> None:
    """``…, which allows a skipper to deny the charge but admit that C``: ``which`` is
    the clause's subject, no object of speech whose subject goes on speaking."""
    text = (
        "Jo Roe pleaded guilty under the old rule, which allows a skipper to deny the charge "
        "but admit that inspectors could have proven it."
    )
    assert ("reported", "inspectors could have proven it", "Jo Roe", "admit") in quotes_of(
        newsstruct.parse(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "On fares, both oppose a formula called the “chained index” that would raise prices.",
        "Lornport on Monday hired a diver dubbed the “harbour ghost” for the salvage work.",
        "He and his sister joined a movement called the Harbour Friends in 1980.",
    ],
)
def test_a_name_given_after_its_article_is_no_speech(text: str) -> None:
    """``a formula called the “chained index”``: a name given to a thing or a person
    after an indefinite noun, the name opened by its article, is no speech (was a
    reported quote with the words before as its speaker)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == []


def test_a_naming_cue_before_an_article_and_a_quotation_still_names() -> None:
    """``Jo Roe called the “reform” a disgrace``: no indefinite noun before the cue, so a
    quote by its subject."""
    assert quotes_of(newsstruct.parse("Jo Roe called the “reform” a disgrace.", lang="en")) == [
        ("reported", "the “reform” a disgrace", "Jo Roe", "called")
    ]


_INFINITIVE_CLAUSES = [
    pytest.param(
        "Jo Roe used the hearing to demand wealthy owners “pay their fair share.”",
        [("mixed", "wealthy owners “pay their fair share.”", "Jo Roe", "demand")],
        id="that-less-clause-into-a-quotation",
    ),
    pytest.param(
        "The row led the mayor to say that the pier would close.",
        [("reported", "the pier would close", "the mayor", "say")],
        id="role-noun-object-before-to",
    ),
    pytest.param(
        "“It was an accident,” Jo Roe said at the quay to announce the deal, “a really bad "
        "accident.”",
        [
            ("direct", "It was an accident,", "Jo Roe", "said"),
            ("direct", "a really bad accident.", "Jo Roe", "said"),
        ],
        id="comma-before-the-quotation-no-cue-of-it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _INFINITIVE_CLAUSES)
def test_an_infinitive_cue_with_a_quoting_clause_or_a_role_as_its_object(
    text: str, expected: list[QuoteRow]
) -> None:
    """``used the hearing to demand wealthy owners “pay …”``: a clause without ``that``
    whose words run into a quotation is the infinitive cue's content (was a direct quote
    with no cue); ``led the mayor to say that C``: a role noun as the verb's object
    speaks (was no quote)."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


_EVENT_LISTENERS = [
    pytest.param(
        "The ferry will run again, Jo Roe told a press briefing on Monday.",
        [("reported", "The ferry will run again", "Jo Roe", "told")],
        id="press-briefing",
    ),
    pytest.param(
        "The ferry will run again, Jo Roe told a regular briefing.",
        [("reported", "The ferry will run again", "Jo Roe", "told")],
        id="regular-briefing",
    ),
    pytest.param(
        "The ferry will run again, Jo Roe told parliament.",
        [("reported", "The ferry will run again", "Jo Roe", "told")],
        id="bare-parliament",
    ),
    pytest.param(
        "Jo Roe told a press briefing that the ferry would run again.",
        [("reported", "the ferry would run again", "Jo Roe", "told")],
        id="press-briefing-that",
    ),
    pytest.param(
        "Jo Roe told congress in Lornport that the ferry would run again.",
        [("reported", "the ferry would run again", "Jo Roe", "told")],
        id="bare-congress-that",
    ),
    pytest.param(
        "Jo Roe was briefing reporters that the ferry would run again.",
        [("reported", "the ferry would run again", "Jo Roe", "was briefing")],
        id="briefing-still-a-cue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _EVENT_LISTENERS)
def test_an_event_or_a_body_told(text: str, expected: list[QuoteRow]) -> None:
    """``C, Jo Roe told a press briefing``, ``C, Jo Roe told parliament``: the event or
    the body is whom it was told, no content (gave ``briefing on Monday`` or no quote);
    ``was briefing reporters that C`` stays a cue."""
    assert quotes_of(newsstruct.parse(text, lang="en")) == expected


def test_a_transcript_turn_s_paragraphs_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The paragraphs that go on a labelled turn are tokenised once: the look-ahead that
    finds where the turn's run ends keeps their tokens for their own reading."""
    from newsstruct.quotes import assemble

    read: list[tuple[int, int]] = []
    tokenize = assemble.tokenize

    def counting(text: str, span: Any, *args: Any) -> Any:
        read.append((span.start, span.end))
        return tokenize(text, span, *args)

    monkeypatch.setattr(assemble, "tokenize", counting)
    text = (
        "The panel met on Valmont TV.\n\nLEE: Will it sail?\n\nROE: It will sail in May.\n\n"
        "We ordered the planks.\n\nThe crews are ready.\n\nLEE: And then?\n\nROE: Then we sail."
    )
    article = newsstruct.parse(text, lang="en")
    assert [q.text for q in article.quotes][2:4] == ["We ordered the planks", "The crews are ready"]
    assert len(read) == len(set(read))


def test_c2_after_the_source_s_description_goes_on_with_a_bare_predicate() -> None:
    """``C1, said X, her role, and is tied to …``: the predicate without a subject after
    the source's description is C1's second half, as after ``C1, said X, and …``."""
    text = (
        "The ferry dispute predates the storm, said Jo Roe, director of the Lornport "
        "Harbour Board, and is tied to the cost of dredging the channel."
    )
    rows = quotes_of(newsstruct.parse(text, lang="en"))
    assert [row[1] for row in rows] == [
        "The ferry dispute predates the storm",
        "and is tied to the cost of dredging the channel",
    ]


def test_a_surname_printed_after_its_first_name_may_open_a_sentence_as_a_source() -> None:
    """``Roe in her statement said C``: a capitalised word that the text prints after
    another word elsewhere (``Jo Roe``) is a name, no headline's noun (see
    ``a-headline-s-noun-and-its-phrase-opening-the-sentence-names-no-one``)."""
    article = newsstruct.parse("Jo Roe spoke first. Roe in her statement said the pier was unsafe.")
    assert [q.text for q in article.quotes] == ["the pier was unsafe"]
    article = newsstruct.parse(
        "J. K. Roe spoke first.\n\nRoe of the harbour board said it was unsafe."
    )
    assert [q.text for q in article.quotes] == ["it was unsafe"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        pytest.param(
            "Jo Roe, citing “the size of the port,” said the harbour could take bigger ferries.",
            "the harbour could take bigger ferries",
            "Jo Roe",
            id="participle-aside-quotation-only",
        ),
        pytest.param(
            "Jo Roe, citing a “sheer size of the port,” said the harbour could take bigger "
            "ferries.",
            "the harbour could take bigger ferries",
            "Jo Roe",
            id="participle-aside-object-with-quotation",
        ),
        pytest.param(
            "The mayor, calling the plan “a disgrace,” said the council would vote against it.",
            "the council would vote against it",
            "The mayor",
            id="naming-participle-aside",
        ),
    ],
)
def test_a_quotation_s_comma_closes_an_aside_before_the_verb(
    text: str, content: str, speaker: str
) -> None:
    """``X, citing “Q,” said C``: the comma inside the marks closes the participle's
    aside; the sentence's cue after it reports C (the aside's content ran on through
    the cue, and C was lost)."""
    article = newsstruct.parse(text, lang="en")
    rows = [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in article.quotes]
    assert ("reported", content, speaker) in rows


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Jo Roe -- a ferry captain in Lornport -- said the company offers new crews "
            "paid leave.",
            id="doubled-dashes",
        ),
        pytest.param(
            "Jo Roe - a ferry captain - noted that the company offers new crews paid leave.",
            id="complementizer-after-the-cue",
        ),
    ],
)
def test_a_dash_apposition_before_the_cue_closes_no_words(text: str) -> None:
    """``Jo Roe - a captain - said C``: the dashes set off a description of the subject;
    the words before them are no quote closed by a dash, and C is Jo Roe's."""
    article = newsstruct.parse(text, lang="en")
    rows = [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in article.quotes]
    assert rows == [("reported", "the company offers new crews paid leave", "Jo Roe")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        pytest.param(
            "Ten drones - all of them old - were downed overnight - the Lornport navy said.",
            "Ten drones - all of them old - were downed overnight",
            "the Lornport navy",
            id="a-dash-pair-inside-the-words-before-a-body",
        ),
        pytest.param(
            "Ferries will run every hour - twice as often as now - Jo Roe said.",
            "Ferries will run every hour - twice as often as now",
            "Jo Roe",
            id="a-dash-pair-inside-the-words-before-a-person",
        ),
    ],
)
def test_a_dash_pair_before_a_source_keeps_the_dash_closed_quote(
    text: str, content: str, speaker: str
) -> None:
    """``C1 - an aside - C2 - Jo Roe said``: a source after the closing dash shows the
    pair to be inside the words closed by the dash, no description of the subject; the
    words stay a direct quote, as without the pair."""
    article = newsstruct.parse(text, lang="en")
    rows = [(q.kind.value, q.text, q.speaker.name if q.speaker else None) for q in article.quotes]
    assert rows == [("direct", content, speaker)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            "Jo Roe, 69, said she had been flooded with angry mail, some of it mentioning Ed "
            "Lee by name.",
            [
                (
                    "she had been flooded with angry mail, some of it mentioning Ed Lee by name",
                    "Jo Roe",
                )
            ],
            id="absolute-participle-after-the-content",
        ),
        pytest.param("Roe, however, lost no time responding.", [], id="gerund-after-its-object"),
    ],
)
def test_a_bare_participle_after_a_noun_is_no_inverted_cue(
    text: str, rows: list[tuple[str, str]]
) -> None:
    """``C, some of it mentioning X``: an -ing form right after a noun phrase describes
    it (or is a verb's gerund object); no ``C, X said`` attribution with the noun as its
    source and the sentence before it as content."""
    article = newsstruct.parse(text, lang="en")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == rows


def test_the_work_per_cue_does_not_grow_with_its_sentence() -> None:
    """A run of cues (``said said said …``, hostile input): each cue's content scans read
    past the plain words of the rest of its sentence (TokenReader.plain_end), where they
    read them word by word: the lines of newsstruct run per cue were 3.5 times as many in
    a sentence of 240 cues as in one of 20 (a constant of a few hundred tokens a cue); a
    naming cue's (``called``) 3.8 times.  An according-to phrase's source was read for a
    participle that describes it up to its sentence's end (describing_participle): 2.6
    times, until each token's answer was kept (TokenReader.first_from).  In a run of
    cues with a subject each (``he said he said …``, ``told reporters told reporters …``)
    each frame read every later one of its sentence for a relative clause in its subject
    (in_subject): 1.2 times, until only the frames whose source a clause follows were.
    """
    import sys

    def lines_per_word(text: str) -> float:
        count = 0

        def local(frame: Any, event: str, arg: Any) -> Any:
            nonlocal count
            count += event == "line"
            return local

        def calls(frame: Any, event: str, arg: Any) -> Any:
            return local if "newsstruct" in frame.f_code.co_filename else None

        kept = sys.gettrace()
        sys.settrace(calls)
        try:
            newsstruct.parse(text, lang="en")
        finally:
            sys.settrace(kept)
        return count / len(text.split())

    newsstruct.parse("Jo Roe said so.", lang="en")  # (the lexicon's tables made)
    # (a cue of naming reads its content for marks)
    for cue in ("said ", "called ", "according to "):
        words = len(cue.split())
        assert lines_per_word(cue * (240 // words)) < 1.3 * lines_per_word(cue * (20 // words))
    for cue in ("he said ", "told reporters "):
        assert lines_per_word(cue * 120) < 1.1 * lines_per_word(cue * 10)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Jo Roe criticized Lornport, Ore., harbour officials for closing the old pier.",
            "Lornport, Ore., harbour officials for closing the old pier",
        ),
        (
            "Al Poe praised a bakery in Lornport, Vt., which feeds the harbour crews.",
            "a bakery in Lornport, Vt., which feeds the harbour crews",
        ),
    ],
)
def test_region_after_place_does_not_end_noun_phrase_content(text: str, content: str) -> None:
    """A region's abbreviation set off by commas after a place's name (``Lornport,
    Ore.,``) is part of the noun phrase a cue takes, not the comma that ends it."""
    assert [q.text for q in newsstruct.parse(text, lang="en").quotes] == [content]
