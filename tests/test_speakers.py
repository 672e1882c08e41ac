"""Speakers (ANNOTATION.md, "speaker"): the most informative name the article gives,
wherever it gives it; organisations speak too; unnamed sources stay as written.

Each row is ``(text, [speaker name of each quote, in order])``; every text is invented.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

import newsstruct
from newsstruct import Article, lang, speakers
from newsstruct.speakers import _marked_before, _Resolver


def speakers_of(article: Article) -> list[str | None]:
    """The speaker name of every quote, after checking the spans and the speaker links."""
    for n, quote in enumerate(article.quotes):
        assert quote.text == article.text[quote.span.start : quote.span.end]
        if quote.speaker is not None:
            assert quote.speaker in article.speakers
            assert n in quote.speaker.quotes
    names = [s.name for s in article.speakers]
    assert len(names) == len(set(names))
    for speaker in article.speakers:
        for index in speaker.quotes:
            assert article.quotes[index].speaker == speaker
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def bug(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


KOWALCZYK = (
    "Finance Minister Anna Kowalczyk said the budget would be balanced next year.\n"
    "Kowalczyk added that taxes would not rise.\n"
    "She said the deficit would shrink to two percent.\n"
    "The finance minister noted that pensions would be indexed in March."
)

CASES = [
    pytest.param(
        "The ferry will run again, the Secretary General said.\n"
        "Secretary General Jo Roe said the pier would reopen in May.",
        ["Jo Roe", "Jo Roe"],
        id="title-case-office-before-the-name-is-the-holder-named-after-it",
    ),
    pytest.param(
        "The ferry will run again, the Prime Minister said.\n"
        "Prime Minister Jo Roe said the pier would reopen in May.",
        ["Jo Roe", "Jo Roe"],
        id="title-case-office-with-a-title-word-before-its-role-is-the-holder",
    ),
    pytest.param(
        "The ferry will run again, the Foreign Minister said.\n"
        "Foreign Minister Ann Lee said the pier would reopen in May.",
        ["Ann Lee", "Ann Lee"],
        id="title-case-foreign-minister-is-the-holder-named-after-it",
    ),
    pytest.param(
        "The HTA Secretary General called on the towns to buy ferries. He said that the"
        " pier would reopen in May.\n"
        "HTA Secretary General Jo Roe called on the towns to buy ten ferries.",
        ["Jo Roe", "Jo Roe", "Jo Roe"],
        id="pronoun-after-a-title-case-office-is-the-holder-named-after-it",
    ),
    pytest.param(
        "Valmont to open three new schools\n"
        "Source: Valmont education minister Ann Lee on Facebook\n"
        'Quote: "We have waited for these schools for ten years."',
        ["Ann Lee"],
        id="english-quote-label-speaks-for-the-source-line-in-any-outlet",
    ),
    pytest.param(
        "Valmont to open three new schools\n"
        "Source: Valmont education minister Ann Lee on Facebook\n"
        'Quote from Ann Lee: "We have waited for these schools for ten years."',
        ["Ann Lee"],
        id="english-quote-label-naming-the-speaker-in-any-outlet",
    ),
    pytest.param(
        "Valmont to open three new schools\n"
        "Jo Roe said the schools would open in May.\n"
        'Quote from a 2019 interview: "We have waited for these schools for ten years."',
        ["Jo Roe", "Jo Roe"],
        id="english-quote-from-a-lower-case-phrase-is-a-label-naming-no-one",
    ),
    pytest.param(
        "Valmont to open three new schools\n"
        "Jo Roe said the schools would open in May.\n\n"
        "Quote from a 2019 interview:\n\n"
        '"We have waited for these schools for ten years."',
        ["Jo Roe", "Jo Roe"],
        id="standalone-quote-from-a-lower-case-phrase-names-no-one",
    ),
    pytest.param(
        "Valmont to open three new schools\n"
        "Source: Valmont education minister Ann Lee on Facebook\n"
        'Quote from the harbour master Jo Roe: "We have waited for these ferries for ten years."',
        ["Jo Roe"],
        id="english-quote-from-a-lower-case-role-and-name-names-the-name",
    ),
    pytest.param(
        "Valmont to open three new schools\n"
        "Jo Roe said the schools would open in May.\n"
        'Quote: "We have waited for these schools for ten years."',
        ["Jo Roe", "Jo Roe"],
        id="english-quote-label-without-a-source-line-is-the-last-speaker-s",
    ),
    pytest.param(
        "The pier will reopen in May, the ferry manager said.\nShe added that the ferry"
        " would run again.",
        ["the ferry manager", "the ferry manager"],
        id="pronoun-where-no-person-fits-is-the-definite-holder-of-a-role",
    ),
    pytest.param(
        "The pier will reopen in May, a source said. He added that the ferry would run again.",
        ["a source", "a source"],
        id="pronoun-after-an-indefinite-description-that-spoke-last-is-that-description",
    ),
    pytest.param(
        "The ferry will run again, the harbour master said.\n"
        "Harbour master Jo Roe said the pier would reopen in May.",
        ["Jo Roe", "Jo Roe"],
        id="compound-office-harbour-master-is-the-holder-named-after-it",
    ),
    pytest.param(
        "The school will open again, the head teacher said.\n"
        "Head teacher Jo Roe said the pupils would return in May.",
        ["Jo Roe", "Jo Roe"],
        id="compound-office-head-teacher-is-the-holder-named-after-it",
    ),
    pytest.param(
        "The school will open again, the headmaster said.\n"
        "Headmaster Jo Roe said the pupils would return in May.",
        ["Jo Roe", "Jo Roe"],
        id="headmaster-is-the-holder-named-after-it",
    ),
    pytest.param(
        "The ferry will run again, The White House said. He said that the pier would reopen.",
        ["The White House", "He"],
        id="pronoun-after-a-title-case-body-is-not-the-body",
    ),
    pytest.param(
        "The Harbour Weekly said he was “the pier’s worst friend.”\n"
        "Sen. Ann Lee scolded him: “You sold the pier,” she said.",
        ["Harbour Weekly", "Ann Lee"],
        id="pronoun-after-a-quotation-is-the-subject-its-own-sentence-opens-with",
    ),
    pytest.param(
        "Harbour chief Roe Jo-an met the ferry crews on Monday.\n“We are done,” Roe said.",
        ["Roe Jo-an"],
        id="a-family-name-printed-first-is-the-full-name-it-opens",
    ),
    pytest.param(
        "The ferry will run again, the Harbour House said. He said that the pier would reopen.",
        ["the Harbour House", "He"],
        id="pronoun-after-an-article-and-a-title-case-venue-is-not-the-venue",
    ),
    pytest.param(
        "The ferry will run again, the Chief Justice said. He said that the pier would reopen.",
        ["the Chief Justice", "the Chief Justice"],
        id="pronoun-after-an-article-and-a-title-case-office-is-its-holder",
    ),
    pytest.param(
        "The ferry will run again, The White House said.\n"
        "White House spokesman Jo Roe said the pier would reopen in May.",
        ["The White House", "Jo Roe"],
        id="title-case-body-before-a-name-is-no-office",
    ),
    pytest.param(
        "Jo King won nine Harbour Cup titles. King says the sport has changed.",
        ["King"],
        id="a-role-word-before-a-verb-is-no-role-of-the-name-after-it",
    ),
    pytest.param(
        "Metro News spoke with harbour master Ivan Sokil about the winter.\n"
        "Q: Is the port ready?\n"
        "A: We have fuel for three months.\n"
        "Q: And the ferry?\n"
        "A: It runs from June.",
        ["Ivan Sokil", "Ivan Sokil"],
        id="interview-answers-are-the-interviewee-s",
    ),
    pytest.param(
        "Ivan Sokil has run the port since Metro News first wrote about it.\n"
        "He said the ferry would run.",
        ["Ivan Sokil"],
        id="pronoun-before-any-speaker-is-no-outlet",
    ),
    pytest.param(
        "Earlier, Commission President Anna von der Berg stated that the ferry would run.\n"
        "The port will reopen in June, said Carlos de la Fuente.",
        ["Anna von der Berg", "Carlos de la Fuente"],
        id="two-particles-inside-a-name",
    ),
    pytest.param(
        "Port official Jan Roe said the ferry would run again from June.\n"
        "Another port official said the fares would rise.",
        ["Jan Roe", "Another port official"],
        id="another-description-is-someone-else",
    ),
    pytest.param(
        "Harbour master Ivan Sokil, who ran the port for a decade, wrote to the council, "
        "saying the ferry would run again from June.",
        ["Ivan Sokil"],
        id="relative-pronoun-takes-the-name-before-it",
    ),
    pytest.param(
        "Inspector General Jan Roe said the audit was late.\n"
        "The report said the server was never approved.",
        ["Jan Roe", "The report"],
        id="a-thing-never-joins-a-person-with-its-role-word",
    ),
    pytest.param(
        "The ferries will stop, according to a council report on Wednesday.\n"
        "The report said the piers were unsafe.",
        ["a council report", "The report"],
        id="a-day-after-a-description-names-nobody",
    ),
    pytest.param(
        KOWALCZYK.rsplit("\n", 1)[0],
        ["Anna Kowalczyk"] * 3,
        id="name-surname-pronoun",
    ),
    pytest.param(
        KOWALCZYK,
        ["Anna Kowalczyk"] * 4,
        id="name-surname-pronoun-role",
    ),
    pytest.param(
        "Defence Minister Anna Kowalczyk said the budget would be balanced next year.\n"
        "The defence minister noted that pensions would be indexed in March.",
        ["Anna Kowalczyk"] * 2,
        id="role-description-joins-named-speaker",
    ),
    pytest.param(
        "Anna Kowalczyk, the finance minister, said the budget would be balanced next year.\n"
        "She added that taxes would not rise.",
        ["Anna Kowalczyk"] * 2,
        id="apposition-then-pronoun",
    ),
    pytest.param(
        "Kowalczyk said the budget would be balanced next year.\n"
        "The plan was drafted by Anna Kowalczyk in May.",
        ["Anna Kowalczyk"],
        id="surname-upgraded-to-full-name-printed-later",
    ),
    pytest.param(
        "Sen. Dana Cole said the ferry would run again.\n"
        "Mr. Petro Lys said the fares would stay low.\n"
        "Cole added that the piers were safe.",
        ["Dana Cole", "Petro Lys", "Dana Cole"],
        id="two-speakers-surname-picks-the-right-one",
    ),
    pytest.param(
        "The General Staff said the bridge had been hit twice overnight.",
        ["The General Staff"],
        id="organisation",
    ),
    pytest.param(
        "A source in the ministry said the talks would resume next week.",
        ["A source in the ministry"],
        id="unnamed-source-as-written",
    ),
    pytest.param(
        "“We will rebuild the harbour before winter,” Mayor Olga Tsvit said.\n"
        "“The ferries will follow in spring.”",
        ["Olga Tsvit", "Olga Tsvit"],
        id="uncued-quote-takes-the-discourse-speaker",
    ),
    pytest.param(
        "The mayor said the festival would return in August.\n"
        "She added that tickets would go on sale in May.",
        ["The mayor", "The mayor"],
        id="pronoun-after-unnamed-description",
    ),
    pytest.param(
        "Petro Lys, the defence minister, visited the front on Friday.\n"
        "According to him, the army needs more drones before winter.",
        ["Petro Lys"],
        id="pronoun-after-name-in-narration",
    ),
    pytest.param(
        "Rep. Dana Cole (D) — who chairs the harbour panel — said the ferry would run again.",
        ["Dana Cole"],
        id="party-in-brackets",
    ),
    pytest.param(
        "“Fares will rise,” Harbour Users Association (HUA) spokeswoman Mia Dorn told reporters.",
        ["Mia Dorn"],
        id="a-body-s-abbreviation-in-brackets-then-the-role-and-name",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "\u201cThe ferry will run again from June,\u201d Tom Grey, the chief engineer of the "
        "northern harbour authority, said of his crew on Tuesday.",
        ["Tom Grey"],
        id="signature-with-apposition-and-long-tail",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "\u201cThe fares will not rise,\u201d the retired ferry captain told the local paper "
        "in a rare interview at the pier.",
        ["the retired ferry captain"],
        id="signature-description-then-cue",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "\u201cIt was a mistake,\u201d said one former harbour clerk who left the port "
        "last year after the strike.",
        ["one former harbour clerk"],
        id="signature-cue-then-description-with-relative-clause",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "Tom Grey, who ran the port for a decade, said in a letter to the weekly "
        "magazine: \u201cThe ferry will run again from June.\u201d",
        ["Tom Grey"],
        id="introduced-after-long-adjunct-and-colon",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "On Tuesday, Tom Grey dodged questions about the fares before saying, "
        "\u201cThe ferry will run again from June.\u201d",
        ["Tom Grey"],
        id="introduced-by-participle-the-subject-speaks",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "\u201cWho will pay for it?\u201d Mr. Grey asked of the council, when the "
        "budget came up.",
        ["Grey"],
        id="signature-after-a-question-in-the-next-unit",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "\"They say, 'The pier is safe,\"' said Tom Grey, who ran the port.",
        ["Tom Grey"],
        id="signature-after-stray-closing-marks",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "Tom Grey toured the harbour on Tuesday and said the ferry would run again "
        "from June.",
        ["Tom Grey"],
        id="coordinated-cue-takes-the-sentence-subject",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "Some in the crowd cheered, and when Tom Grey thanked them and said the ferry "
        "would run again, a child waved.",
        ["Tom Grey"],
        id="a-coordinated-cue-in-a-subordinate-clause-takes-its-subject",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "The crowd cheered when Tom Grey spotted a sign and asked for it to be fetched. "
        "Ed Kim put off deciding whether Acme could bid but said the ferry would run.",
        ["Tom Grey", "Ed Kim"],
        id="a-coordinated-cue-after-a-name-amid-the-clause-takes-that-name",
    ),
    pytest.param(
        "Hillary Roe and Bernard Poe spoke on Monday.\n\n“We will win,” she said. "
        "“We will not,” he said.",
        ["Hillary Roe", "Bernard Poe"],
        id="she-stands-for-a-woman-named-with-a-name-of-a-man-s-ending",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nBut Sen. Jo Roe (D-Nev.), noting the cost of the "
        "pier, said the fares were too high.",
        ["Jo Roe", "Jo Roe"],
        id="a-participle-set-off-after-the-clause-s-subject-has-that-subject",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nHarbour officials — whose budget was cut last "
        "year — both suggested that the fares rise.",
        ["Harbour officials"],
        id="a-floating-quantifier-after-an-apposition-leaves-the-phrase-before-it",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nJo Roe on Thursday stepped up his attacks on the mayor.",
        ["Jo Roe"],
        id="a-possessive-before-a-noun-of-speech-is-resolved-as-a-pronoun",
    ),
    pytest.param(
        "The pier opened on Monday.\n\n“The fares are too high,” Jo Roe told the paper.\n\n"
        "“The mayor has called it a success and the council agrees with him.\n\n"
        "“Al Poe is speaking for the ferry crews.”\n\n"
        "“The crews want more,” Al Poe said.",
        ["Jo Roe", "Jo Roe", "Jo Roe", "Al Poe"],
        id="a-quote-run-on-to-a-paragraph-that-names-nobody-keeps-the-last-speaker",
    ),
    pytest.param(
        "The pier opened on Monday.\n\n“The pier is the heart of this town and we will "
        "rebuild it.\n\n“The fares will not rise,” Jo Roe said.",
        ["Jo Roe", "Jo Roe"],
        id="a-quote-run-on-to-its-attribution-takes-its-speaker",
    ),
    pytest.param(
        "The pier opened on Monday.\n\n“We will rebuild the pier, whatever it “costs "
        "the town.” ― Jo Roe\n“The fares will not rise.” ― Al Poe",
        ["Jo Roe", "Jo Roe", "Al Poe"],
        id="a-quote-cut-by-a-stray-mark-takes-the-signature-of-its-line",
    ),
    pytest.param(
        "Jo Roe and Al Poe run the pier.\n\nBoth Ms. Roe and Mr. Poe say the fares are "
        "too high.\n\n“It was never our plan,” Mr. Poe told the paper.",
        ["Both Ms. Roe and Mr. Poe", "Al Poe"],
        id="one-of-two-joined-names-is-no-description-of-both",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nRoe and Poe issued a statement describing the pier "
        "as “a step forward.”",
        ["Roe and Poe"],
        id="joined-names-are-the-subject-of-a-participle-s-sentence",
    ),
    pytest.param(
        "Al Poe runs the pier with Jo Roe.\n\nThe fares will not rise, he and Mr. Poe said.",
        ["he and Mr. Poe"],
        id="a-pronoun-or-name-joined-to-others-speaks-with-them",
    ),
    pytest.param(
        "Al Poe spoke first. “We will win,” Poe said.\n\nJo Roe on Thursday stepped up "
        "his attacks on the mayor.",
        ["Al Poe", "Jo Roe"],
        id="a-possessive-stands-for-the-person-its-sentence-named",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nJo Roe, at a meeting on Friday, barely mentioned the "
        "fares, saying that the pier was safe. And then Roe turned to the budget, saying the "
        "mayor had overspent.",
        ["Jo Roe", "Jo Roe"],
        id="adverbs-before-the-predicate-or-the-subject-leave-the-subject",
    ),
    pytest.param(
        "The hearing ran late.\n\nJo Roe took the clerks to task:\n\n“These minutes are "
        "why the growers have lost patience.”\n\nAl Poe gave the idea a try on Tuesday: "
        "“The pier is safe.”\n\nFrom the chairwoman: “We will rebuild it.”",
        ["Jo Roe", "Al Poe", "the chairwoman"],
        id="a-colon-that-no-cue-introduces-credits-the-sentence-s-named-subject",
    ),
    pytest.param(
        "The hearing ran late.\n\nCouncil member Jo Roe gave the idea a try on Tuesday: "
        "“The pier is a disgrace to all of us.”",
        ["Jo Roe"],
        id="a-colon-after-a-subject-of-role-and-name-credits-the-name",
    ),
    pytest.param(
        "The hearing ran late.\n\nThe harbour master, Jo Roe, welcomed the plan: "
        "“The pier is a gift to all of us.”",
        ["Jo Roe"],
        id="a-colon-after-a-subject-with-a-name-in-apposition-credits-the-name",
    ),
    pytest.param(
        "The pier closed.\n\nLocal MP Jo Roe said the council had failed. “It is a disgrace,” "
        "said Labour MEP Ann Bell.",
        ["Jo Roe", "Ann Bell"],
        id="a-member-of-parliament-s-abbreviation-before-a-name-is-a-title",
    ),
    pytest.param(
        "The pier closed.\n\nTransport MEC Jo Roe said the council had failed. “It is a "
        "disgrace,” said Lornpe MCA Ann Bell.\n\nMNA Al Poe said the town was shaken. Jo "
        "Lee, the PPRO, said the pier would reopen. The PPRO added that it was safe.",
        ["Jo Roe", "Ann Bell", "Al Poe", "Jo Lee", "Jo Lee"],
        id="a-commonwealth-assembly-member-s-abbreviation-before-a-name-is-a-title",
    ),
    pytest.param(
        "The pier closed.\n\nCouncillor Jo Roe said the council had failed. “It is a "
        "disgrace,” said Sheriff Ann Bell.",
        ["Jo Roe", "Ann Bell"],
        id="a-local-office-before-a-name-is-a-title",
    ),
    pytest.param(
        "The pier closed.\n\nCouncilmember Jo Roe said the council had failed.",
        ["Jo Roe"],
        id="an-american-council-member-s-one-word-title",
    ),
    pytest.param(
        "The pier closed.\n\nThe suspects were held, the state police spokesman, SP Jo Roe, "
        "has said. “They will be charged,” said Det Supt Ann Bell.\n\nRabbi Al Poe said the "
        "town was shaken. Cllr Kim Hart said the pier would reopen.",
        ["Jo Roe", "Ann Bell", "Al Poe", "Kim Hart"],
        id="a-police-rank-a-councillor-s-abbreviation-and-clergy-before-a-name-are-titles",
    ),
    pytest.param(
        "The pier closed.\n\nFormer minister Julie Bishop spoke on Monday. The ferry will "
        "run, Bishop said.",
        ["Julie Bishop"],
        id="a-title-word-as-a-surname-stays-the-name",
    ),
    pytest.param(
        "The pier closed.\n\nHarbour Bank's Ann Lee said the pier would reopen. “People are "
        "angry,” said Valmont TV's John Poe.\n\nLloyd's Register Group said it was safe.",
        ["Ann Lee", "John Poe", "Lloyd's Register Group"],
        id="a-possessor-before-a-full-name-is-whose-the-person-is",
    ),
    pytest.param(
        "The pier closed.\n\nLornpress' Ann Lee said the pier would reopen. “People are "
        "angry,” said the Harbour Pilots’ John Poe.",
        ["Ann Lee", "John Poe"],
        id="a-plural-possessor-before-a-full-name-is-whose-the-person-is",
    ),
    pytest.param(
        "The pier closed.\n\nDuring the service, deputy harbour master Jo Lee III asked the "
        "crowd to stand to honor Al Poe.",
        ["Jo Lee III"],
        id="a-generation-s-numeral-after-a-full-name-is-no-body-s-abbreviation",
    ),
    pytest.param(
        "The hearing ran late.\n\nHarbour master Jo Roe echoed: “The pier is a disgrace.”"
        "\n\nVoters back Al Poe, saying the pier is safe.\n\nFerry captain Ann Bell spoke, "
        "saying the pier would close.",
        ["Jo Roe", "Voters", "Ann Bell"],
        id="a-capitalised-noun-and-a-lower-case-noun-before-a-full-name-are-its-role",
    ),
    pytest.param(
        "The hearing ran late.\n\nJo Roe spoke to reporters. Here is his statement: “The "
        "pier will reopen in June.”\n\nAnn Bell wrote back. Here’s her reply: “We will "
        "rebuild the pier.”"
        "\n\nHere is Al Poe in May: “The pier is safe for all of us.”",
        ["Jo Roe", "Ann Bell", "Al Poe"],
        id="a-presentational-here-is-no-speaker-the-phrase-after-its-verb-is",
    ),
    pytest.param(
        "The hearing ran late.\n\nThe mayor was blunt: “We will not reopen the pier this year.”",
        ["The mayor"],
        id="a-colon-after-a-role-subject-and-a-manner-predicate-credits-the-subject",
    ),
    pytest.param(
        "The hearing ran late.\n\nThe mayor has been very blunt: “We will not reopen the pier.”",
        ["The mayor"],
        id="a-perfect-copula-and-a-degree-adverb-before-the-manner-predicate",
    ),
    pytest.param(
        "The hearing ran late.\n\nThe message was clear: “No ferries until June.”",
        [None],
        id="a-colon-after-a-subject-that-is-no-role-credits-no-one",
    ),
    pytest.param(
        "The council met on Monday.\n\n“We won,” Al Poe said.\n\nThe timing of Lee’s surge "
        "doesn’t surprise pollster Jo Roe: “Lesser-known candidates often gain in the "
        "spring.”\n\nThe ruling was echoed by Ann Bell: “It is fair to all of the people "
        "of the town.”",
        ["Al Poe", "Jo Roe", "Ann Bell"],
        id="a-colon-after-a-full-name-that-is-no-subject-credits-the-name",
    ),
    pytest.param(
        "The council met on Monday.\n\n“We won,” Al Poe said.\n\nThe board fired chief "
        "executive Jo Roe: “We needed a fresh start after a terrible year.”\n\nHundreds of "
        "protesters booed Senator Ann Bell: “Shame on you, shame on the senate.”",
        ["Al Poe", "Al Poe", "Al Poe"],
        id="a-colon-after-the-name-an-act-is-done-to-credits-no-one-new",
    ),
    pytest.param(
        "The council met on Monday.\n\nThe pair left in March. “We are sailors,” Ms. Roe "
        "said. “We are not smugglers.” Mr. Kim said: “The fire last night was set by "
        "vandals.”\n\n“It is a sad day,” Al Poe told reporters in Aurora. “The clerk should "
        "have known better.” Mayor Ann Bell said she would have fired the clerk.",
        ["Roe", "Roe", "Kim", "Al Poe", "Al Poe", "Ann Bell"],
        id="a-cue-that-opens-its-own-sentence-with-a-colon-or-a-content-is-no-attribution",
    ),
    pytest.param(
        "“It is over,” Lee said.\n\n“We will never accept this deal.” Union leader Ann Bell "
        "said: “The members were betrayed by the board.”\n\n“No.” Ann Bell said she would "
        "resign.",
        ["Lee", "Ann Bell", "Ann Bell", "Ann Bell", "Ann Bell"],
        id="a-quotation-that-opens-its-paragraph-is-the-next-cues",
    ),
    pytest.param(
        "The choir sang in Lornport on Sunday.\n\nThe applause went on for minutes. “We "
        "rehearsed this piece all winter,” Lee said after the concert. “Nobody thought we "
        "could learn it in time.” Her deputy, the organist Al Poe, sounded just as pleased. "
        "“The basses were superb,” Poe said. “We will take the piece on tour.”",
        ["Lee", "Lee", "Al Poe", "Al Poe"],
        id="a-sentence-in-marks-goes-on-with-the-nearest-quotation-not-the-last-drafted",
    ),
    pytest.param(
        "The new pier opened on Saturday.\n\nPresident Ann Lee spoke first. “This is a great "
        "day,” Ms. Lee said.\n\nVice President Tom Roe also spoke. “We are proud,” Mr. Roe "
        "said.\n\nIt stood, the president said, as “a bell that rang for every ship.” The "
        "vice president said the day was a triumph.",
        ["Ann Lee", "Tom Roe", "Ann Lee", "Ann Lee", "Tom Roe"],
        id="the-president-is-not-the-vice-president",
    ),
    pytest.param(
        "The hearing opened on Monday.\n\nMayor Ann Kim hired the lawyer Al Poe last year. "
        "“We will win this case,” Mr. Poe said.\n\nThe clerk, Tom Bell, refused to testify. "
        "His lawyer said he would stay silent at the hearing.",
        ["Al Poe", "His lawyer"],
        id="a-role-after-a-possessive-pronoun-is-someone-else-s-not-the-one-printed",
    ),
    pytest.param(
        "The council met on Monday.\n\nThat plan reversed years of trade with "
        "Ruritania, a country that the former mayor, Tom Roe, called “our best partner.”",
        ["Tom Roe"],
        id="an-apposed-subject-after-that-in-a-relative-clause-is-the-speaker",
    ),
    pytest.param(
        "The race tightened on Monday.\n\nTom Eke's youngest son said the race was "
        "close. “We will win,” Eke said. “It is our year,” Eke added.",
        ["Tom Eke's youngest son", "Eke", "Eke"],
        id="a-possessor-s-name-is-not-the-name-of-the-person-described",
    ),
    pytest.param(
        "The rally began at noon.\n\n“This is a good season,” Lin's niece, Ada Moss, said. "
        "“The town is watching,” Lin's aide, state Del. Ida Bell (D-Aurora), shouted.",
        ["Ada Moss", "Lin's aide"],
        id="a-possessor-s-noun-before-an-apposed-name-is-a-description",
    ),
    pytest.param(
        "The rally began at noon.\n\n“This is a good season,” Ada “Addy” Moss said. Jo "
        "“the Hammer” Roe said the season was good.",
        ["Ada Moss", "Jo Roe"],
        id="a-nickname-in-marks-inside-a-name-before-its-cue",
    ),
    pytest.param(
        "The council met on Monday.\n\nJo Roe spoke first. “We will see,” Roe said.\n\nAs the "
        "Daily Planet reported, by Sunday the choir had stopped blaming the organ:\n\n“The "
        "choir now thinks the damp hall is at fault, pending a survey of the roof.”",
        ["Jo Roe", "Daily Planet"],
        id="a-cue-whose-content-runs-to-the-paragraph-s-colon-introduces-the-next-quotation",
    ),
    pytest.param(
        "Speaking in Aurora, Roe, without naming her, also accused the mayor of waste.",
        ["Roe"],
        id="a-name-after-a-participle-s-place-is-the-speaker",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "Tom Grey, who ran the port for a decade, called the plan "
        "\u201ca waste of good money.\u201d",
        ["Tom Grey"],
        id="naming-cue-after-an-apposition",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "FERRIES ARE BACK, FARES ARE NOT - Tom Grey and Ann Bell: \u201cThe ferry will "
        "run again from June, and the fares will stay where they are.\u201d",
        ["Tom Grey and Ann Bell"],
        id="colon-speaker-after-a-headline-dash-two-names-as-written",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "Rep. Tom Grey (D-Maine):\u201cThe ferry will run again from June.\u201d",
        ["Tom Grey"],
        id="colon-speaker-with-party-in-brackets",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "\u201cThe ferry will run again from June and the fares will not rise.\u201d\n"
        "- Tom Grey.\n"
        "The claim is wrong: the fares rose in May.",
        ["Tom Grey"],
        id="dash-and-name-on-the-next-line-sign-the-quotation",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "A longtime adviser to Vine said the ferry would run again from June.",
        ["A longtime adviser to Vine"],
        id="description-tied-to-a-name-stays-as-written",
    ),
    pytest.param(
        "Mayor Olga Vine opened the new bridge on Monday.\n"
        "Tom Grey had basically argued that the fares were too high.",
        ["Tom Grey"],
        id="source-ends-before-auxiliary-and-adverb",
    ),
    pytest.param(
        "The ferry ran late, said her friend Olga Marsh.\n"
        "A friend said the captain had warned the crew.",
        ["Olga Marsh", "A friend"],
        id="indefinite-description-is-someone-new",
    ),
    pytest.param(
        "Doctors at the clinic spoke to Ida Roe. Tom Bell, a nurse, said the ward was full.\n"
        "Bell added that two beds were free.",
        ["Tom Bell", "Tom Bell"],
        id="capitalised-words-across-a-full-stop-are-two-names",
    ),
    pytest.param(
        '"The ferry will not run," said one port worker who saw Harbour Master Ed Lane.',
        ["one port worker"],
        id="relative-clause-after-inverted-source-is-no-part-of-it",
    ),
    pytest.param(
        '"The ferry will not run," said harbour pilot Ida Moss when asked about Ed Lane.',
        ["Ida Moss", None],
        id="adverbial-clause-after-inverted-source-is-no-part-of-it",
    ),
    pytest.param(
        "Olga Marsh, 58, who runs the kiosk, says the ferry is always late.",
        ["Olga Marsh"],
        id="an-age-between-commas-is-no-speaker",
    ),
    pytest.param(
        "Olga Marsh, whose company, Harbourline, runs the kiosk, said the ferry was late.",
        ["Olga Marsh"],
        id="a-name-inside-a-possessive-relative-clause-is-no-speaker",
    ),
    pytest.param(
        "Ed Lane, the editor of the port's weekly, The Tide, said the ferry was late.",
        ["Ed Lane"],
        id="a-name-after-an-apposition-of-a-name-explains-the-apposition",
    ),
    pytest.param(
        '"The ferry lost an hour," said one former port agency official.\n'
        '"The ferry is late again," Harbour News host Ida Moss said.',
        ["one former port agency official", "Ida Moss"],
        id="a-person-of-an-outlet-is-no-outlet",
    ),
    pytest.param(
        '"The pier is unsafe," Ida Moss, a harbour engineer, told the Evening Planet.',
        ["Ida Moss"],
        id="addressee-after-an-apposed-speaker-is-no-speaker",
    ),
    pytest.param(
        '"The pier is unsafe," Ida Moss and Ed Lane wrote in the harbour bulletin.',
        ["Ida Moss and Ed Lane"],
        id="two-names-joined-sign-a-quotation",
    ),
    pytest.param(
        '"The pier is unsafe," Harbour Board Chair Ida J. Moss (D-Ore.) said on Monday.',
        ["Ida J. Moss"],
        id="a-party-in-brackets-does-not-count-toward-a-long-name",
    ),
    pytest.param(
        "Ida Moss, recalling that the pier had closed twice, described the harbour as unsafe.",
        ["Ida Moss", "Ida Moss"],
        id="participle-after-the-clause-initial-subject",
    ),
    pytest.param(
        "Speaking at the pier ― as he did last year ― Ed Lane praised the crew, and warned "
        "that the ferry would stop.",
        ["Ed Lane", "Ed Lane"],
        id="participial-phrase-before-the-subject-is-no-subject",
    ),
    pytest.param(
        "Speaking Sunday on “Harbour Hour,” Ida Moss conceded that the pier was unsafe, but "
        "said the ferry would run.",
        ["Ida Moss", "Ida Moss"],
        id="closing-mark-before-the-subject",
    ),
    pytest.param(
        "Former Gov. Ida Moss of the Harbour Islands said the ferry would run.\n"
        "The Bank of Harbourland said the fares would rise.\n"
        "The Harbour Association of Pilots said the pier was unsafe.",
        ["Ida Moss", "The Bank of Harbourland", "The Harbour Association of Pilots"],
        id="a-person-of-a-place-is-the-person",
    ),
    pytest.param(
        "The Council on Harbour Affairs said the ferry would run.\n"
        "The Centers for Pier Safety said the pier was unsafe.",
        ["The Council on Harbour Affairs", "The Centers for Pier Safety"],
        id="a-body-s-title-case-name-with-on-or-for",
    ),
    pytest.param(
        "Democrat Ida Moss said the ferry would run.",
        ["Ida Moss"],
        id="a-party-before-a-name-is-a-role",
    ),
    pytest.param(
        "A spokeswoman from Harbourland said the pier was unsafe.\n"
        "A statement from Ida Moss said the ferry would run.",
        ["A spokeswoman from Harbourland", "Ida Moss"],
        id="a-person-from-a-place-is-no-place",
    ),
    pytest.param(
        "Ida Moss opened the pier.\nAides to Moss said the ferry would run.",
        ["Aides to Moss"],
        id="relation-after-a-sentence-initial-role-noun",
    ),
    pytest.param(
        "Harbour Sen. Ida Moss is making a case to ferry riders saying the fares are too high.",
        ["Ida Moss"],
        id="participle-after-a-verb-phrase-has-the-clause-subject",
    ),
    pytest.param(
        "The port authority released a statement saying the pier would reopen.",
        ["The port authority"],
        id="participle-after-a-statement-has-the-clause-subject",
    ),
    pytest.param(
        "The port authority, which runs the ferries, released a statement on Monday saying "
        "the pier would reopen.",
        ["The port authority"],
        id="participle-after-a-statement-has-the-subject-before-a-relative-clause",
    ),
    pytest.param(
        "Ida Moss, 22, of Harbourton, Mich., said the ferry was late.",
        ["Ida Moss"],
        id="a-place-phrase-in-apposition-is-no-speaker",
    ),
    pytest.param(
        "Ida Moss spoke first. Moss, at a choir concert in Harbourton, Vt., said the organ "
        "was out of tune.",
        ["Ida Moss"],
        id="an-adjunct-in-apposition-is-no-speaker",
    ),
    pytest.param(
        "Ida Moss spoke first. Al Poe has softened his criticism of the ferry fares.",
        ["Al Poe"],
        id="a-possessive-before-a-speech-noun-is-the-clause-subject",
    ),
    pytest.param(
        "Ida Moss spoke first. Al Poe, speaking at a rally in the port, is criticizing the fares.",
        ["Al Poe"],
        id="a-progressive-cue-after-an-apposition-has-the-name",
    ),
    pytest.param(
        "Ida Moss spoke first. Al Poe, her harbour rival, bemoaned the unrest on the pier "
        "and said the fares were too high.",
        ["Al Poe"],
        id="a-coordinated-cue-after-an-apposition-has-the-name",
    ),
    pytest.param(
        "Al Poe spoke first. Ida Moss, the harbour master, attacked the plan, saying it was a "
        "mistake.",
        ["Ida Moss", "Ida Moss"],
        id="a-participle-cue-after-an-apposition-has-the-name",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nIda Moss spoke first. In a fiery speech, Sen. Al Poe "
        "(D-Harbour) called her reckless and accused her of raising the fares.",
        ["Al Poe"],
        id="a-party-bracket-before-coordinated-cues",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nOn Tuesday, after winning the primary, Gov. Al Poe "
        "(R-Harbour), said, \u201cWe are going all the way to the capital.\u201d",
        ["Al Poe"],
        id="a-stray-comma-after-a-party-bracket",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nHarbour officials led by Senior Official Ida Moss "
        "opened the pier. The officials said the fares would rise.",
        ["The officials"],
        id="a-plural-description-names-no-one-person",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nThe senator visited an official in North Harbour on "
        "Monday. Later, the official said the fares would rise.",
        ["the official"],
        id="a-place-after-a-role-and-a-preposition-is-no-role-holder",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nThe senator met the governor of North Harbour on "
        "Monday. Later, the governor said the fares would rise.",
        ["the governor"],
        id="the-place-of-a-role-is-no-role-holder",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nHead of Harbour Authority Jo Roe said the fares would "
        "rise.\nAides to Al Poe said the pier was safe.",
        ["Jo Roe", "Aides to Al Poe"],
        id="head-of-a-body-before-a-name-is-a-role",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nThe mayor and his aides haven't said how they "
        "will pay for it.",
        ["The mayor and his aides"],
        id="a-negated-auxiliary-before-the-cue-is-no-part-of-the-source",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nOther councillors justifiably complained that "
        "the fares were too high.",
        ["Other councillors"],
        id="an-adverb-before-the-cue-is-no-part-of-the-source",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nThe Roe family said that the fares were too high.",
        ["The Roe family"],
        id="a-noun-with-an-adverb-ending-stays-in-the-source",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nJo Roe and Al Poe are all calling for a new vote "
        "on the fares.",
        ["Jo Roe and Al Poe"],
        id="a-floating-quantifier-leaves-the-subject-before-the-auxiliary",
    ),
    pytest.param(
        "Jo Roe and Al Poe run the pier.\n\nMs. Roe and Mr. Poe say the fares are too "
        "high. But both Roe and Poe said the pier was safe.",
        ["Ms. Roe and Mr. Poe", "both Roe and Poe"],
        id="names-joined-by-and-speak-together",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nRoe, Poe and Kim say the fares are too high. "
        "Jo Lee and other councillors said the pier was safe. Kim and others added "
        "that it was late.",
        ["Roe, Poe and Kim", "Jo Lee and other councillors", "Kim and others"],
        id="a-list-of-names-or-a-name-and-others-speak-together",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nThe mayor met Roe and Poe, who said the fares were "
        "too high.",
        ["Poe"],
        id="names-joined-as-an-object-are-no-joint-subject",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nInstead, Jo Roe and Al Poe argued that the fares "
        "were too high. Later, Roe, Poe and Kim said the pier was safe.",
        ["Jo Roe and Al Poe", "Roe, Poe and Kim"],
        id="an-adverb-that-opens-the-sentence-is-no-name-of-the-list-after-it",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nA federal judge on Friday blocked the fares, saying "
        "the town had not asked residents.",
        ["A federal judge"],
        id="a-time-after-a-description-leaves-its-last-noun-in-the-subject",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nThe deal was signed by Lornia Ferries, which said the "
        "fares would rise. The fire was set by a gang, which claimed responsibility. The "
        "review of the timetable, which concluded that the pier was safe, angered Jo Roe. The "
        "strike was called by the Lornian Group for Ferries and Piers, which announced that "
        "it would last a week. It rained from May to October, which showed that the roof "
        "leaked.",
        ["Lornia Ferries", "the Lornian Group for Ferries and Piers"],
        id="a-named-body-before-which-speaks-the-clause-it-says",
    ),
    pytest.param(
        "The pier opened on Monday.\n\n“It is over,” Jo Roe told Al Poe, after Al Poe "
        "assured her that the pier was safe.",
        ["Jo Roe", "Al Poe"],
        id="a-cue-in-a-clause-after-the-cue-owns-the-complement-it-opens",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nIn May, Jo Roe and her deputy, Al Poe, rejected the "
        "fare rise.",
        ["Al Poe"],
        id="an-apposition-after-a-list-that-follows-an-opening-adjunct-names-the-speaker",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nThe harbour masters all said that the fares were too high.",
        ["The harbour masters"],
        id="a-floating-quantifier-after-the-subject-is-no-part-of-it",
    ),
    pytest.param(
        "The pier opened on Monday with the harbour master, Jo Kim.\n\nKim said the "
        "fares would rise.",
        ["Jo Kim"],
        id="a-short-surname-before-the-sentence-s-full-stop-drops-it",
    ),
    pytest.param(
        "Marta Sokil, the mayor of Eastport, said the ferry would run.\n"
        "The mayor added that fares would not rise.",
        ["Marta Sokil", "Marta Sokil"],
        id="a-role-in-an-apposition-after-the-name-names-her-later",
    ),
    pytest.param(
        "Northland Governor Ivan Sokil and Southland Governor Petro Roe met on Monday.\n"
        "Sokil said the bridge would reopen.\n"
        "Roe said the ferry would run.\n"
        "Sokil later said the road was clear.\n"
        "The governor added that the schools would open.",
        ["Ivan Sokil", "Petro Roe", "Ivan Sokil", "Ivan Sokil"],
        id="of-two-holders-of-a-role-the-one-mentioned-last",
    ),
    pytest.param(
        "The ferry stopped at Eastport, officials said.\nThe officials added that it would run.",
        ["officials", "The officials"],
        id="a-clause-after-a-place-s-comma-is-no-apposition",
    ),
    pytest.param(
        "The bridge reopened, according to regional Gov. Ivan Sokil.\n"
        "The governor said the ferry would run.",
        ["Ivan Sokil", "Ivan Sokil"],
        id="an-abbreviated-title-is-its-role",
    ),
    pytest.param(
        "Sen. Ada Moss toured the new lighthouse on Friday.\n"
        "“The lamp must burn all night,” the senator said.\n"
        "Rep. Tom Eke, who sits on the harbour board, agreed. "
        "The congressman said the keepers would be paid in May.",
        ["Ada Moss", "Tom Eke"],
        id="the-abbreviated-titles-of-congress-are-their-roles",
    ),
    pytest.param(
        "Transport Minister Ivan Sokil met Finance Minister Petro Roe on Monday.\n"
        "Sokil said the bridge would reopen.\n"
        "The minister added that the ferry would run.",
        ["Ivan Sokil", "Ivan Sokil"],
        id="of-two-holders-of-a-role-the-one-who-spoke-last",
    ),
    pytest.param(
        "A statement by the harbour authority said the ferry would run in June.\n"
        "The bridge will reopen in May, a joint statement from the ministry said.",
        ["the harbour authority", "the ministry"],
        id="the-author-of-a-statement-speaks-not-the-statement",
    ),
    pytest.param(
        "The pier opened on Monday.\n\n“The ferry must run all winter,” the Eastport "
        "senator and Green Party candidate said in a statement.",
        ["the Eastport senator and Green Party candidate"],
        id="two-roles-under-one-article-are-one-speaker",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nA harbour official who spoke on condition of "
        "anonymity said the ferry would stop. Roe and others who want to close the pier "
        "said it was unsafe.",
        ["A harbour official", "Roe and others"],
        id="a-relative-clause-between-subject-and-cue-describes-the-subject",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nA harbour report published Wednesday said the "
        "ferry would stop.",
        ["A harbour report"],
        id="a-participle-and-its-adjunct-describe-the-subject",
    ),
    pytest.param(
        "The envoy flew to see Li. Jo Roe came too. “It went well,” Roe said.",
        ["Jo Roe"],
        id="a-short-word-s-full-stop-ends-the-sentence-before-a-name",
    ),
    pytest.param(
        "Acme Holdings Corp said sales fell in May.\n"
        "Its rival, Bolt Ventures Inc, offered to buy two plants.\n"
        "The company said it would close ten stores.",
        ["Acme Holdings Corp", "Acme Holdings Corp"],
        id="a-legal-form-makes-a-name-a-body-s-that-the-company-refers-to",
    ),
    pytest.param(
        "The governor of the state of Valmont vetoed the budget, saying it was unbalanced.",
        ["The governor of the state of Valmont"],
        id="a-cue-form-after-of-the-is-a-noun-in-the-subject",
    ),
    pytest.param(
        "Ann Lee spoke first. But the next speaker at the forum, former Mayor Jo Roe, "
        "took another line, saying that the pier must stay open.\n\n"
        "The harbour's engineer, former Senator Al Poe, said it was unsafe.",
        ["Jo Roe", "Al Poe"],
        id="a-titled-name-in-apposition-after-a-description-is-its-name",
    ),
    pytest.param(
        "Ann Lee spoke first. But the next speaker at the forum, former Secretary of State "
        'Jo Roe, took another line, saying that the pier must stay open. "It is safe," she said.'
        "\n\nThe harbour's engineer, Minister of Harbours Al Poe, said it was unsafe.",
        ["Jo Roe", "Jo Roe", "Al Poe"],
        id="a-title-with-its-domain-after-of-in-apposition-after-a-description",
    ),
    pytest.param(
        "According to an analysis by the Lornport Institute, the port lost money. The pier "
        "will close, according to a poll by Valmont University based on 900 interviews. "
        "Fares rose, according to a study by economists.",
        ["Lornport Institute", "Valmont University", "a study"],
        id="a-text-s-author-after-by-speaks-for-it-in-a-source-phrase",
    ),
    pytest.param(
        "The ferry will stop, the head of the port authority said on Monday.\n\n"
        "The head of the port authority Jo Roe said the pier was unsafe.",
        ["Jo Roe", "Jo Roe"],
        id="a-description-headed-by-a-role-is-the-person-named-with-it-later",
    ),
    pytest.param(
        "The ferry will stop, the chairman of the board said on Monday.\n\n"
        "The Chairman of the Board of Harbour Affairs Jo Roe said the pier was unsafe. Roe "
        "added that it would close.",
        ["Jo Roe", "Jo Roe", "Jo Roe"],
        id="a-description-is-the-person-named-later-with-more-words-of-the-office",
    ),
    pytest.param(
        "The ferry will stop, the father said on Monday.\n\n"
        "Jo Roe, father of Al Roe, said the pier was unsafe.",
        ["the father", "Jo Roe"],
        id="a-bare-role-is-not-the-person-named-later-with-more-words-of-the-office",
    ),
    pytest.param(
        "The ferry will stop, the regional governor said on Monday.\n\n"
        "The regional governor Jo Roe said the pier was unsafe.",
        ["Jo Roe", "Jo Roe"],
        id="a-description-with-an-adjective-is-the-person-named-with-it-later",
    ),
    pytest.param(
        "Senator Ida Moss grilled the bank's chief. “You are a disgrace,” she said.\n\n"
        "In a statement on Tuesday morning, presidential nominee Anna Roe was more careful. "
        "She said the bank should pay.\n\n“If a bank fails its savers, it should be split.”",
        ["Ida Moss", "Anna Roe", "Anna Roe"],
        id="a-pronoun-after-an-opening-phrase-and-a-modified-role-has-the-name",
    ),
    pytest.param(
        "It was a busy week for the council, as Mayor Jo Roe backed the ferry plan, saying "
        "it would create jobs.",
        ["Jo Roe"],
        id="an-impersonal-subject-leaves-a-participle-to-the-clause-s-subject",
    ),
    pytest.param(
        "There is still time for the council to act, after critics attacked the plan, saying "
        "it would cost too much.",
        ["critics", "critics"],
        id="there-is-no-subject-of-a-participle",
    ),
    pytest.param(
        "One grower backing Mayor Jo Roe, Al Poe of Hillside Orchards in Valmont, said he had "
        "planted 200 new pear trees.",
        ["Al Poe"],
        id="a-name-with-its-domain-after-a-description-names-it",
    ),
    pytest.param(
        "On Harbour TV, Sen. Ida Moss (D-Ohio), a supporter of the ferry plan told host Al Poe "
        "she believed the plan would pass.",
        ["Ida Moss"],
        id="an-apposition-without-its-closing-comma-before-the-cue",
    ),
    pytest.param(
        "The choir, a senior singer said, \u201cis in fine voice\u201d for the tour.",
        ["a senior singer", "a senior singer"],
        id="an-indefinite-description-between-commas-speaks",
    ),
    pytest.param(
        "The mayor spoke first.\n\nAt a June rally in Valmont, 62-year-old Ida Moss railed "
        "against the ferry plan and said it upset her to wait for boats.",
        ["Ida Moss"],
        id="an-age-before-a-name-opens-the-subject-of-a-coordinated-cue",
    ),
    pytest.param(
        "The growers soon joined the debate, with Al Poe writing that the new dam was a folly "
        "and asking, \u201cWhere will the water go?\u201d",
        ["Al Poe", "Al Poe"],
        id="a-participle-after-and-shares-the-subject-of-with-x-and-a-participle",
    ),
    pytest.param(
        "The ferry captain will be interviewed about Bishop Jo Roe calling the festival a sham.",
        ["Jo Roe"],
        id="a-passive-verb-and-about-open-no-subject-of-a-participle",
    ),
    pytest.param(
        "The ferry will stop in May, said one aide familiar with the plan. The fares will "
        "rise, according to a clerk involved in the talks.",
        ["one aide familiar with the plan", "a clerk involved in the talks"],
        id="a-preposition-after-an-adjective-of-knowledge-goes-on-with-a-source-after-its-cue",
    ),
    pytest.param(
        "The ferry will stop in May, said the State Harbour Service. The fares will rise, "
        "according to the State Tariff Board.",
        ["State Harbour Service", "State Tariff Board"],
        id="a-title-word-opening-a-body-s-name-stays-in-it",
    ),
    pytest.param(
        "The ferry will stop in May, said Minister Ann Court. The fares will rise, said "
        "Senator John Bank.",
        ["Ann Court", "John Bank"],
        id="a-title-before-a-first-name-and-a-surname-spelt-like-a-body-s-noun-is-a-person",
    ),
    pytest.param(
        "The ferry will stop in May. This was stated by the Chairman of the Committee on "
        "Harbour Affairs Jo Roe.\nAccording to Roe, the fares will rise.",
        ["Jo Roe", "Jo Roe"],
        id="a-body-s-name-goes-on-after-its-noun-and-on-then-the-holder",
    ),
    pytest.param(
        "The ferry will stop in May, said Jo Roe of the Council on Harbour Affairs.",
        ["Jo Roe"],
        id="a-person-of-a-body-whose-name-holds-on",
    ),
    pytest.param(
        "Dr Jo Roe from Lornport General Hospital said the ward would reopen.\n"
        "Jo Roe from Lornport said the pier would close.",
        ["Jo Roe", "Jo Roe"],
        id="a-person-from-a-place-or-body-is-the-person-not-the-body",
    ),
    pytest.param(
        "Officials from Lornport General Hospital said the ward would reopen.",
        ["Officials from Lornport General Hospital"],
        id="a-description-from-a-body-stays-as-written",
    ),
    pytest.param(
        "The ferry will stop in May, said the Committee on Monday.",
        ["the Committee"],
        id="on-before-a-day-is-no-part-of-a-body-s-name",
    ),
    pytest.param(
        "Морські сили ЗСУ повідомили, що пором зупинять у травні. Державна митна служба "
        "України заявила, що тарифи зростуть.",
        ["Морські сили ЗСУ", "Державна митна служба України"],
        id="uk-a-capitalised-adjective-opens-a-body-s-name",
    ),
    pytest.param(
        "date 2026-10-12 Порт закрили\nПорт закрили на ремонт.\n"
        "Джерело: начальник порту Остап Ковальчук у Telegram\n"
        'Пряма мова Ковальчука: "Порт відкриємо в травні".',
        ["Остап Ковальчук"],
        id="uk-a-quote-label-s-name-is-the-source-line-s-person",
    ),
    pytest.param(
        "Harbour master Jo Roe took office in May. The 54-year-old said the pier would reopen.",
        ["Jo Roe"],
        id="en-the-age-epithet-is-the-person-named-last",
    ),
    pytest.param(
        "Harbour master Jo Roe took office in May. The 54-year-old, who grew up in Lornport,"
        " said the ferries would return.",
        ["Jo Roe"],
        id="en-the-age-epithet-with-a-relative-clause-is-the-person-named-last",
    ),
    pytest.param(
        "“The pier will reopen,” harbour master Jo Roe told reporters. The 54-year-old said"
        " the ferries would return.",
        ["Jo Roe", "Jo Roe"],
        id="en-the-age-epithet-is-the-person-who-spoke-in-the-sentence-before",
    ),
    pytest.param(
        "“The pier will reopen,” Jo Roe told reporters. The dockers met on Monday. The"
        " strike began at dawn. The 54-year-old said the ferries would return.",
        ["Jo Roe", "The 54-year-old"],
        id="en-the-age-epithet-reaches-no-speaker-further-back",
    ),
    pytest.param(
        "Lornport Ferries said the pier would reopen. The 120-year-old company said the"
        " ferries would return.",
        ["Lornport Ferries", "The 120-year-old company"],
        id="en-an-age-before-a-noun-is-no-epithet",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nThe plan has critics, among them Jo Roe, who in 2019"
        " said the ferry would never pay. Al Poe, who has in the past described the fares as"
        " “a scandal”, stayed away. Ida Moss, who last year told reporters the pier was"
        " unsafe, came.",
        ["Jo Roe", "Al Poe", "Ida Moss"],
        id="en-an-adjunct-between-who-and-the-cue-leaves-the-antecedent-the-speaker",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nPolice arrested the skipper and Mayor Jo Roe fired"
        " the harbour master, acknowledging that trust had been lost. Al Poe said farms and"
        " houses were flooded, adding that the road was shut.",
        ["Jo Roe", "Al Poe", "Al Poe"],
        id="en-a-participle-after-two-joined-clauses-is-the-last-clause-s-subject-s",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nThe board gave the case to Justice Jo Roe, who said"
        " the fares were too high.",
        ["Jo Roe"],
        id="en-a-titled-name-a-preposition-governs-before-who-is-the-antecedent",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nThe plan gave fresh hope to dock workers, who said"
        " the fares were too high. Ann Lee got a lecture from the harbour master who said the"
        " pier would close.",
        ["dock workers", "the harbour master"],
        id="en-a-role-noun-a-preposition-governs-after-no-person-before-who-is-the-antecedent",
    ),
    pytest.param(
        "The pier opened on Monday.\n\nAnn Lee leads with 40 percent, compared with 25"
        " percent who said the fares were too high. Al Poe is leading among 6 in 10 voters"
        " who say the pier matters most. The spokesman for the mayor, who asked not to be"
        " named, said the pier would close.",
        ["25 percent", "6 in 10 voters", "The spokesman for the mayor"],
        id="en-the-object-of-a-participle-s-preposition-before-who-is-the-antecedent",
    ),
    pytest.param(
        "Ferry plan gets a boost\n\nMark Lornby, who chairs the harbour board, backs the"
        " ferry. Mrs. Lornby, his wife, told the council on Monday that the fares were too"
        " high.",
        ["Lornby"],
        id="en-a-woman-s-title-is-no-man-s-full-name-with-her-surname",
    ),
    pytest.param(
        "Ferry plan gets a boost\n\nMayor Ann Lee spoke at the pier. The local fisherman said"
        " the fares were too high. He added that the boats were old. Skipper Al Poe said the"
        " pier leaked.",
        ["The local fisherman", "The local fisherman", "Al Poe"],
        id="en-he-after-a-description-of-an-everyday-person-is-that-person",
    ),
    pytest.param(
        "Lornport Board Fires Roe Over a Pier Vote.\n\nJo Roe, the harbour master of Lornport"
        " for ten years, was dismissed on Monday after a vote on the new pier.\n\n"
        '"I did nothing wrong," Roe said.',
        ["Jo Roe"],
        id="en-a-title-case-headline-prints-no-name-that-hides-the-body-s-full-name",
    ),
    pytest.param(
        "The pier will close.\n\nLornpress’s Jo Roe reported that the ferry would stop in May.",
        ["Jo Roe"],
        id="en-a-possessor-before-a-full-name-of-two-words-is-no-part-of-the-name",
    ),
    pytest.param(
        "Al King and Ed Poe sing in the harbour choir.\n\nThe choir rehearses Mr. King’s"
        " Lantern Song cycle on Sundays in the old chapel.\n\n“The hall is too cold,” Mr."
        " King told the board.",
        ["Mr. King"],
        id="en-a-titled-possessor-owns-a-thing-of-two-capitalised-words-no-person",
    ),
    pytest.param(
        "The board wants to sell the pier, a plan which the harbour master, Jo Roe, called"
        ' "utter folly."',
        ["Jo Roe"],
        id="en-the-subject-of-a-which-clause-after-its-noun-is-the-description-and-name",
    ),
    pytest.param(
        "The ferry will stop in May.\n\nJo Roe angrily scolded skippers who say she should"
        " pay for the pier. Al Poe passionately rebuked sailors who claim the tides are late."
        " Ida Moss has sharply chided pilots who argue the buoys are wrong.",
        ["skippers", "sailors", "pilots"],
        id="en-who-after-the-object-of-a-verb-after-an-adverb-is-the-object-s",
    ),
    pytest.param(
        "The ferry will stop in May.\n\nJo Roe and Al Poe ran for mayor of Lornport last"
        " year.\n\nMayor Roe visited the old pier on Monday. “The berth is sound,” he said.",
        ["Jo Roe"],
        id="en-he-after-a-spelled-out-title-and-a-surname-as-subject-is-that-person",
    ),
    pytest.param(
        "The ferry will stop in May.\n\nAt dusk, veteran skipper Al Poe spoke up, warning"
        " that the pier leaked.",
        ["Al Poe"],
        id="en-an-adjective-before-a-role-noun-and-a-name-opens-a-participle-s-subject",
    ),
    pytest.param(
        "Tom Eke spoke first.\n\nLater, retired skipper Jo Roe agreed, adding that the pier"
        " leaked.",
        ["Jo Roe"],
        id="en-a-participle-before-a-role-noun-and-a-name-opens-a-participle-s-subject",
    ),
    pytest.param(
        "Tom Eke spoke first.\n\nLater, longtime aide Roe agreed, adding that the pier leaked.",
        ["Roe"],
        id="en-a-role-noun-before-a-surname-opens-a-participle-s-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers_of(newsstruct.parse(text)) == expected


def test_speaker_mentions_point_at_the_mentions() -> None:
    text = (
        "Finance Minister Anna Kowalczyk said the budget would be balanced next year.\n"
        "Kowalczyk added that taxes would not rise."
    )
    article = newsstruct.parse(text)
    (speaker,) = article.speakers
    assert speaker.name == "Anna Kowalczyk"
    assert speaker.quotes == (0, 1)
    mentions = [m.of(text) for m in speaker.mentions]
    assert mentions[-1] == "Kowalczyk"
    assert "Anna Kowalczyk" in mentions[0]
    for quote in article.quotes:
        assert quote.mention is not None
        assert quote.mention in speaker.mentions


def test_quote_without_any_speaker_has_none() -> None:
    article = newsstruct.parse("“We will rebuild the harbour before winter and the piers too.”")
    assert speakers_of(article) == [None]
    assert article.speakers == ()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Odesa • UNN\nThe mayor said the festival would return in August, UNN reports.",
            id="after-reported-speech",
        ),
        pytest.param("Odesa • UNN\nThe festival will return in August, UNN reports.", id="alone"),
        pytest.param(
            "Odesa • UNN\nThe festival will return in August, UNN reports citing the city council.",
            id="self-credit-citing",
        ),
    ],
)
def test_outlet_self_credit_is_no_speaker(text: str) -> None:
    article = newsstruct.parse(text)
    assert [s.name for s in article.speakers if "UNN" in s.name] == []
    assert [a.source for a in article.attributions if "UNN" in a.source] == []


def test_outlet_self_credit_is_outside_the_quote() -> None:
    text = "Odesa • UNN\nThe mayor said the festival would return in August, UNN reports."
    rows = [
        (q.text, q.speaker.name if q.speaker else None, q.cue_text)
        for q in newsstruct.parse(text).quotes
    ]
    assert rows == [("the festival would return in August", "The mayor", "said")]


def test_a_named_outlet_is_no_speaker() -> None:
    article = newsstruct.parse("The port will reopen next week, The Daily Planet reports.")
    assert [s.name for s in article.speakers] == []
    assert [a.source for a in article.attributions] == ["The Daily Planet"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Minister of Finance Ida Moss said the budget would balance. Moss said taxes "
            "would stay.",
            ["Ida Moss", "Ida Moss"],
            id="domain-before-the-name",
        ),
        pytest.param(
            "The fares will rise, Minister of Harbour Affairs Ida Moss said.",
            ["Ida Moss"],
            id="domain-of-two-words-after-the-cue",
        ),
        pytest.param(
            "Director of Harbour Police Jo K. Roe said the pier would reopen.",
            ["Jo K. Roe"],
            id="initial-in-the-name",
        ),
        pytest.param(
            "Secretary for Housing Winnie Ho Wing-yin said the flats would be ready. Ho "
            "said rents would stay.",
            ["Winnie Ho Wing-yin", "Winnie Ho Wing-yin"],
            id="a-given-name-before-family-name-and-given-name",
        ),
        pytest.param(
            "Minister of Foreign Affairs Ban Ki-moon said the talks would go on.",
            ["Ban Ki-moon"],
            id="a-domain-before-family-name-and-given-name",
        ),
    ],
)
def test_a_role_s_domain_after_of_is_no_part_of_the_name(text: str, speakers: list[str]) -> None:
    quotes = newsstruct.parse(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == speakers


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        pytest.param("Ex-Mayor Jo Roe said the pier would reopen.", "en", "Jo Roe", id="en"),
        pytest.param(
            "Hafen-Chef Jan Roe sagte, der Pier werde geöffnet.", "de", "Jan Roe", id="de"
        ),
        pytest.param(
            "Экс-мэр Иван Петров сказал, что причал откроют.", "ru", "Иван Петров", id="ru"
        ),
        pytest.param("Jo Roe-Hill said the pier would reopen.", "en", "Jo Roe-Hill", id="name"),
    ],
)
def test_a_compound_ending_in_a_role_noun_is_a_role(text: str, lang: str, speaker: str) -> None:
    quotes = newsstruct.parse(text, lang=lang).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "An editor of the Harbour Herald met the mayor on Monday. "
            "“We will publish the plan,” the editor said.",
            "the editor",
            id="en",
        ),
        pytest.param(
            "Ein Redakteur des „Hafen Boten“ traf den Bürgermeister. "
            "„Wir drucken den Plan“, sagte der Redakteur.",
            "der Redakteur",
            id="de",
        ),
    ],
)
def test_a_role_does_not_name_the_body_it_heads(text: str, speaker: str) -> None:
    quotes = newsstruct.parse(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Jo Roe prayed with members of King Harald Church in Lornport.\n\n"
            "Sailing great Ann Jo King remembered the pier.\n\n"
            'King says the pier "was a giant."',
            ["Ann Jo King"],
            id="bare-surname",
        ),
        pytest.param('"The pier is shut," said former Mayor Ann King.', ["Ann King"], id="titled"),
        pytest.param(
            "Ann King runs the pier. King said it would reopen.", ["Ann King"], id="sentence-start"
        ),
        pytest.param(  # no name ends in it: the monarch
            'The King of Lornport opened the pier. "It is fine," King said.', ["King"], id="title"
        ),
    ],
)
def test_a_role_word_after_a_first_name_is_a_surname(text: str, speakers: list[str]) -> None:
    assert speakers_of(newsstruct.parse(text)) == speakers


def test_a_full_name_after_a_body_s_name_is_the_person() -> None:
    text = "The head of the Odesa City Military Administration Jo Roe said the pier was safe."
    assert [q.speaker.name for q in newsstruct.parse(text).quotes if q.speaker] == ["Jo Roe"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "The mayor of Harbourville Ivan Dorosh said the lights would go out at ten. "
            "Dorosh said the city had fuel.",
            ["Ivan Dorosh", "Ivan Dorosh"],
            id="a-place",
        ),
        pytest.param(
            "The head of the HKSA Olha Veres said the metro would run late. "
            "Veres added that the stations had water.",
            ["Olha Veres", "Olha Veres"],
            id="a-body-named-by-an-acronym",
        ),
        pytest.param(
            "The chairman of the board of Portrail Petro Kushnir said the trains would run. "
            "Earlier, Portrail announced that fares would rise. Kushnir said the fares were fair.",
            ["Petro Kushnir", "Portrail", "Petro Kushnir"],
            id="a-body-speaks-apart-from-its-head",
        ),
        pytest.param(
            "The director of HWS Marine Sciences said the plant would reopen.",
            ["The director of HWS Marine Sciences"],
            id="an-organisation-of-three-words-names-no-holder",
        ),
    ],
)
def test_a_holder_named_after_the_place_of_the_role(text: str, speakers: list[str]) -> None:
    """The role's place or body, then the holder's name: the last two words are the
    person's when the article prints the surname alone elsewhere."""
    quotes = newsstruct.parse(text, lang="en").quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Officials in Harbourville said the talks would resume.", "Officials", id="in"
        ),
        pytest.param(
            "Some in Harbourville said the talks would resume.", "Some", id="determiner-in"
        ),
        pytest.param(
            "In July, alliance leaders at the summit in North Harbour pledged to send more "
            "air defence.",
            "alliance leaders",
            id="two-places",
        ),
        pytest.param("Jo Roe in Harbourville said the talks would resume.", "Jo Roe", id="name-in"),
        pytest.param(
            "The Bank of Harbourville in Eastport said the talks would resume.",
            "The Bank of Harbourville",
            id="a-body-s-name-with-of-in",
        ),
    ],
)
def test_a_place_after_a_description_is_no_speaker(text: str, speaker: str) -> None:
    quotes = newsstruct.parse(text, lang="en").quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]


def test_a_name_apposed_after_a_description_with_a_place_is_the_speaker() -> None:
    text = "A resident in the village, Jo Roe, said the fire came close to the houses."
    assert [q.speaker.name for q in newsstruct.parse(text).quotes if q.speaker] == ["Jo Roe"]


def test_a_full_name_after_a_comma_ends_an_organisation_s_name() -> None:
    text = "The head of the Odesa Port Authority, Jo Roe, said the pier would reopen."
    assert [q.speaker.name for q in newsstruct.parse(text).quotes if q.speaker] == ["Jo Roe"]


def test_a_state_after_a_comma_is_no_name() -> None:
    text = "A retired nurse in Allentown, Pa., said the pier would reopen."
    names = [q.speaker.name for q in newsstruct.parse(text).quotes if q.speaker]
    assert names == ["A retired nurse"]  # the nurse speaks, not the town she lives in


def test_a_body_after_a_role_and_of_keeps_its_name() -> None:
    text = "Jo Roe, president and CEO of Harbour Restaurant Association stated, “Prices rise.”"
    speakers = [q.speaker.name for q in newsstruct.parse(text).quotes if q.speaker]
    assert speakers and "Harbour Restaurant Association" in speakers[0]


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        pytest.param(
            "Defence Minister Olha Marchenko visited the plant on Monday.\n"
            '"The first batch will ship in May," the minister said.',
            "en",
            ["Olha Marchenko"],
            id="role-noun-of-a-name-printed-with-it",
        ),
        pytest.param(
            "President Ivan Koval opened the summit in Odesa.\n"
            "The head of state stressed that the talks would last two days.",
            "en",
            ["Ivan Koval"],
            id="an-equivalent-role",
        ),
        pytest.param(
            "Foreign Minister Olena Hrytsai met her Polish counterpart on Monday.\n"
            "The head of Ukrainian diplomacy noted that the package includes three systems.",
            "en",
            ["Olena Hrytsai"],
            id="the-head-of-diplomacy-is-the-foreign-minister",
        ),
        pytest.param(
            "Defence Minister Ivan Koval visited the plant on Monday.\n"
            "The minister of defence said that the plant would double its output.",
            "en",
            ["Ivan Koval"],
            id="minister-of-defence",
        ),
        pytest.param(
            "Прем'єр-міністр Петро Гнатюк відвідав завод у Дніпрі.\n"
            "Перша партія вийде у травні - сказав прем'єр.",
            "uk",
            ["Петро Гнатюк"],
            id="uk-short-form-of-the-role",
        ),
        pytest.param(
            "Глава областной военной администрации Олег Бондарь посетил завод.\n"
            "Первая партия выйдет в мае - добавил глава ОВА.",
            "ru",
            ["Олег Бондарь"],
            id="ru-abbreviation-of-the-role-s-body",
        ),
        pytest.param(
            "Уламки впали на склад. Про це повідомив Олег Бондар, голова Полтавської ОВА.\n"
            "Голова ОВА додав, що постраждалих немає.",
            "uk",
            ["Олег Бондар", "Олег Бондар"],
            id="uk-a-role-in-an-apposition-after-the-name",
        ),
        pytest.param(
            "Голова Полтавської ОВА Олег Бондар повідомив про влучання у склад.\n"
            "Голова Сумської ОВА Іван Мороз повідомив, що в Сумах тихо.\n"
            "Голова Полтавської ОВА додав, що постраждалих немає.",
            "uk",
            ["Іван Мороз", "Олег Бондар"],
            id="uk-two-holders-of-a-role-told-apart-by-its-body",
        ),
        pytest.param(
            "Defence Minister Olha Marchenko visited the plant on Monday.\n"
            '"The first batch will ship in May," the ministry said.',
            "en",
            ["the ministry"],
            id="a-body-is-no-role-of-the-name",
        ),
        pytest.param(
            "Ministry spokesman Al Poe opened the pier on Monday.\n"
            '"The first ferry will sail in May," the spokesman of the ministry said.',
            "en",
            ["Al Poe"],
            id="a-role-of-a-body-is-the-head-not-the-body",
        ),
        pytest.param(
            "Le plan sera présenté en mai, a annoncé dimanche la Première ministre Claire "
            "Dubois. Selon la cheffe du gouvernement, les pensions seront revalorisées.",
            "fr",
            ["Claire Dubois", "Claire Dubois"],
            id="fr-the-head-of-a-description-opens-it",
        ),
        pytest.param(
            "O plano será apresentado em maio, anunciou a primeira-ministra Ana Silva. "
            "Segundo a chefe do governo, as pensões serão aumentadas.",
            "pt",
            ["Ana Silva", "Ana Silva"],
            id="pt-the-head-of-a-description-opens-it",
        ),
    ],
)
def test_a_role_description_names_the_person_printed_with_that_role(
    text: str, lang: str, speakers: list[str]
) -> None:
    assert speakers_of(newsstruct.parse(text, lang=lang)) == speakers


def test_a_body_noun_s_stem_names_a_body_only_where_nouns_take_case_endings() -> None:
    """``Courtney`` holds no ``court`` in English; Hungarian ``Bankban`` is ``bank``
    with a case ending."""
    english = _Resolver("", lang.get("en"), (), ())
    assert english._names_body(["harbour", "court"])
    assert not english._names_body(["courtney", "poe"])
    assert _Resolver("", lang.get("hu"), (), ())._names_body(["magyar", "nemzeti", "bankban"])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ferry to return in June\nBy Jo Roe\nThe harbour master met the crews on Monday.\n"
            "He said the ferry would run again from June.",
            id="byline-under-the-headline",
        ),
        pytest.param(
            "Ferry to return in June\nBy Jo Roe\nPublished: 28 November 2026\n"
            "The harbour master met the crews on Monday.\n"
            "He said the ferry would run again from June.",
            id="byline-and-page-date-line",
        ),
    ],
)
def test_a_byline_names_no_speaker(text: str) -> None:
    """The byline's name is the page's, no person the article speaks of: a pronoun finds
    no antecedent there."""
    assert speakers_of(newsstruct.parse(text)) == ["He"]


@pytest.mark.parametrize("space", ["\u00a0", "\t", "  ", "\u2009"], ids=repr)
def test_a_speaker_is_named_with_plain_spaces(space: str) -> None:
    """A name printed with a no-break space, a tab or two spaces is named as it is printed
    elsewhere, and both printings are one speaker."""
    text = f"Ann{space}Lee said the pier would reopen. “It is ready,” Ann Lee added."
    article = newsstruct.parse(text)
    assert [s.name for s in article.speakers] == ["Ann Lee"]
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == ["Ann Lee"] * 2
    assert article.speakers[0].mentions[0].of(text) == f"Ann{space}Lee"


@pytest.mark.parametrize(
    "name",
    ["Ann Le\u00adwis", "Ann \u200bLewis", "Ann Le\u2060wis", "Ann Le\u200dwis", "Ann Le\u200cwis"],
    ids=repr,
)
def test_a_speaker_is_named_without_invisible_characters(name: str) -> None:
    """A name printed with a soft hyphen, a zero-width space, a word joiner or (in an
    alphabet) a zero-width joiner or non-joiner is named as it is printed elsewhere, and
    both printings are one speaker; its mention keeps them."""
    text = f"“The pier is ready,” said {name}. “It is safe,” Ann Lewis added."
    article = newsstruct.parse(text)
    assert [s.name for s in article.speakers] == ["Ann Lewis"]
    assert article.speakers[0].mentions[0].of(text) == name


def test_a_joiner_in_a_script_that_spells_with_it_stays_in_the_name() -> None:
    """Devanagari spells with the zero-width joiner: the name keeps it (and reads as one
    word: "रा\u200dम" gave "म")."""
    text = "रा\u200dम शर्मा ने कहा कि नौका देर से चलती है।"
    article = newsstruct.parse(text, lang="hi")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == ["रा\u200dम शर्मा"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "The minister Ann Lee spoke.\n“The pier is ready,” the minis\u00adter said.",
            "en",
            "Ann Lee",
        ),
        ("Ann Le\u00adwis spoke.\n“The pier is ready,” Lewis said.", "en", "Ann Lewis"),
        ("Ann Lewis spoke.\n“The pier is ready,” Le\u200bwis said.", "en", "Ann Lewis"),
        (
            "Die Bundeskanzlerin Anna Keller sprach.\n„Der Steg ist fertig“, sagte die "
            "Bundes\u00adkanzlerin.",
            "de",
            "Anna Keller",
        ),
    ],
    ids=["role", "name-before", "surname-after", "de-compound"],
)
def test_an_invisible_character_in_a_word_leaves_its_person(
    text: str, lang: str, speaker: str
) -> None:
    """A soft hyphen or zero-width space inside a role word or a name (German sites set
    ``&shy;`` in long compounds) reads as the word without it: the role or surname still
    names the person named before."""
    article = newsstruct.parse(text, lang=lang)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [speaker]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"], ids=repr)
def test_a_surname_finds_a_full_name_printed_with_a_no_break_space(space: str) -> None:
    """Many languages print a no-break space after an initial (``J.\u00a0Novák``): the
    surname alone later still stands for the full name."""
    text = f"Jo M.{space}Roe owns the ferry. “We will sail,” Roe said."
    article = newsstruct.parse(text)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == ["Jo M. Roe"]
    assert article.quotes[0].text == "We will sail,"


def test_an_outlet_s_credit_to_itself_after_an_inserted_cue_is_no_quote() -> None:
    text = (
        "Приморск • УНН\n"
        "В порту повреждены два крана, сообщил директор порта Иван Роев, передает УНН."
    )
    rows = [
        (q.text, q.speaker.name if q.speaker else None, q.cue_text)
        for q in newsstruct.parse(text).quotes
    ]
    assert rows == [("В порту повреждены два крана", "Иван Роев", "сообщил")]


def test_a_name_printed_many_times_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a surname is printed alone is a fact of the whole text: a text that
    prints the same described name hundreds of times scans the text for it once, not
    once a mention (hostile input: one line of 200 such mentions was quadratic)."""
    calls = 0
    after = _Resolver._after

    def counted(self: _Resolver, position: int, word: str, *, capitalised: bool) -> bool:
        nonlocal calls
        calls += 1
        return after(self, position, word, capitalised=capitalised)

    monkeypatch.setattr(_Resolver, "_after", counted)
    mentions = 200
    text = (
        "the second guest, former Secretary of State Jo Roe, drew a contrast, saying " * mentions
    ) + "the pier is safe."
    newsstruct.parse(text, lang="en")
    assert calls < 10 * mentions


_MARKS = '«»"“”„'


@given(
    st.sampled_from(["", "a", "ab", "A", "x.", "é"]),
    st.sampled_from(["", " ", "\t", " \t"]),
    st.sampled_from(_MARKS),
    st.sampled_from(["A", "É", "a", ""]),
    st.text(alphabet=st.sampled_from("xxxxX y,.\n"), max_size=64),
    st.sampled_from(_MARKS),
    st.sampled_from(["", " ", "\t ", "\n", " x"]),
)
@example("тренер", " ", "«", "К", "арпат", "»", " ")
def test_a_marked_name_before_a_name_is_searched_from_the_end(
    before: str, space: str, opening: str, capital: str, rest: str, closing: str, after: str
) -> None:
    # the body's name in marks before a role's holder (``тренер «Карпат» Мирон``) is read
    # from the end ((?r)): the very match of the forward search, which would retry every
    # character of the window
    forward = regex.compile(
        r"(?<=\p{Ll}[ \t]++)[«\"“„](\p{Lu}[^«»\"“”„\n\r\u2028\u2029.,;:!?]{0,60}+)[»\"”“][ \t]++$"
    )
    assert _marked_before().flags & regex.REVERSE
    text = before + space + opening + capital + rest + closing + after
    for end in (len(text), len(text) - 1):
        window = text[: max(0, end)]
        found, expected = _marked_before().search(window), forward.search(window)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        )


@pytest.mark.parametrize(
    "short",
    ["the Directorate", "Directorate"],
)
def test_a_body_s_short_form_is_the_body_named_in_full_before(short: str) -> None:
    # invented: the short form (a name or a description) was a new speaker
    text = (
        "The ferry sank on Monday, the Directorate of the Coast Guard of Lornport said. "
        f"According to {short}, the crew was rescued."
    )
    assert (
        speakers_of(newsstruct.parse(text))
        == ["the Directorate of the Coast Guard of Lornport"] * 2
    )


def test_a_capitalised_word_opening_a_sentence_lengthens_no_body() -> None:
    text = (
        "The ferry sank on Monday, the Office of Ports said. An office of Ports staff said "
        "the crew was rescued."
    )
    assert speakers_of(newsstruct.parse(text)) == [
        "the Office of Ports",
        "An office of Ports staff",
    ]


# Typeset ASCII text with what a run of names is made of: capitals, lower case, the
# particles' letters, apostrophes (typed and typeset), hyphens, dots, spaces and tabs
_TYPESET_NAMES = st.lists(
    st.sampled_from(list("JoRAnLvandeérltbiz'’-. \t\n,“”–…\xa0"))
    | st.sampled_from(["van der ", "de la ", "von ", "Jo ", "Roe", "O’Neil", "J. ", "al-"]),
    max_size=30,
).map("".join)


@given(_TYPESET_NAMES, st.sampled_from(["en", "de", "nl", "fr", "es", "ar"]))
@example("Jo Roe, Ann van der Lee and O'Neil.Roe met Al de la Cruz", "nl")
@example("Jo van derLee, Jo van der lee, Jo van Der Lee", "nl")
def test_typeset_runs_of_names_are_found_as_by_the_name_pattern(text: str, code: str) -> None:
    # a typeset ASCII article's runs of names are found by the standard library's
    # engine, a fast path that must find the very runs of the full pattern
    if not newsstruct.lang.is_typeset_ascii(text):
        return
    lexicon = lang.get(code)
    typeset = speakers._typeset_name_run(lexicon)
    assert typeset is not None
    assert [m.span() for m in typeset.finditer(text)] == [
        m.span() for m in speakers._name_run(lexicon).finditer(text)
    ]


def test_a_surname_that_goes_on_past_a_case_ending_is_another_name() -> None:
    # "Martinelli" shares "Mart" with "Marten" and goes on six letters past it: no case
    # form of "Marten", so not Jo Marten's words
    text = (
        "Harbour chief Jo Marten said the pier would reopen in May. "
        "The works are late, Martinelli said."
    )
    article = newsstruct.parse(text, lang="en")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [
        "Jo Marten",
        "Martinelli",
    ]


def test_an_article_without_quotes_reads_no_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Speakers are the quotes' only: where no quote was found, the names of the article
    are not read for them (the index of every name mention, a fifth of the speakers'
    step), and the article is the same."""
    text = "Lornport council met on Monday.\n\nMayor Jo Roe opened the new ferry pier."
    article = newsstruct.parse(text, lang="en")
    assert not article.quotes

    def unread(*args: object, **kwargs: object) -> None:
        raise AssertionError("names read for an article without quotes")

    monkeypatch.setattr(speakers, "_Resolver", unread)
    again = newsstruct.parse(text, lang="en")
    assert again == article
    assert again.quotes == () and again.speakers == ()
