"""The model on its own: spans, frozen classes, enums and (de)serialisation."""

from __future__ import annotations

import datetime
import json
import pickle

import attrs
import pytest

import newsstruct
from newsstruct.model import (
    Article,
    Attribution,
    Dateline,
    Paragraph,
    Quote,
    QuoteKind,
    Role,
    Span,
    Speaker,
    article_from_parts,
    article_parts,
)

TEXT = (
    "date 2026-05-12 Ferry to resume\n"
    "Kyiv • UNN\n"
    "The ferry will run again, the port chief Iryna Sokil said, UNN reports.\n"
    "“The boats are ready,” she said.\n"
    "This is reported by The Daily Planet.\n"
    "Recall\n"
    "Earlier, the port closed the route."
)


def _span(part: str, after: int = 0) -> Span:
    start = TEXT.index(part, after)
    return Span(start, start + len(part))


def _paragraph(line: str, role: Role) -> Paragraph:
    span = _span(line)
    return Paragraph(span=span, text=span.of(TEXT), role=role)


def build_article() -> Article:
    """An article built by hand, with every field filled in."""
    name = _span("Iryna Sokil")
    she = _span("she")
    speaker = Speaker(name="Iryna Sokil", mentions=(name, she), quotes=(0, 1))
    reported = _span("The ferry will run again")
    direct = _span("The boats are ready")
    paragraphs = (
        _paragraph("date 2026-05-12 Ferry to resume", Role.TITLE),
        _paragraph("Kyiv • UNN", Role.DATELINE),
        _paragraph(
            "The ferry will run again, the port chief Iryna Sokil said, UNN reports.", Role.LEAD
        ),
        _paragraph("“The boats are ready,” she said.", Role.QUOTE),
        _paragraph("This is reported by The Daily Planet.", Role.BODY),
        _paragraph("Recall", Role.MARKER),
        _paragraph("Earlier, the port closed the route.", Role.BACKGROUND),
    )
    return Article(
        text=TEXT,
        lang="en",
        outlet="unn",
        published=datetime.date(2026, 5, 12),
        published_text="2026-05-12",
        title="Ferry to resume",
        title_span=_span("Ferry to resume"),
        dateline=Dateline(span=_span("Kyiv • UNN"), place="Kyiv", agency="UNN", date=None),
        paragraphs=paragraphs,
        sentences=tuple(p.span for p in paragraphs),
        quotes=(
            Quote(
                kind=QuoteKind.REPORTED,
                span=reported,
                text=reported.of(TEXT),
                speaker=speaker,
                cue=_span("said"),
                cue_text="said",
                mention=name,
                paragraph=2,
            ),
            Quote(
                kind=QuoteKind.DIRECT,
                span=direct,
                text=direct.of(TEXT),
                speaker=speaker,
                cue=_span("said", direct.end),
                cue_text="said",
                mention=she,
                paragraph=3,
            ),
        ),
        speakers=(speaker,),
        attributions=(
            Attribution(
                source="The Daily Planet", span=_span("The Daily Planet"), cue=_span("reported by")
            ),
        ),
    )


class TestSpan:
    def test_negative_start_is_refused(self) -> None:
        with pytest.raises(ValueError):
            Span(-1, 3)

    def test_end_before_start_is_refused(self) -> None:
        with pytest.raises(ValueError, match="before start"):
            Span(5, 4)

    def test_empty_span_is_allowed(self) -> None:
        assert len(Span(3, 3)) == 0

    def test_helpers(self) -> None:
        span = Span(0, 4)
        assert span.of("Kyiv • UNN") == "Kyiv"
        assert len(span) == 4
        assert span.contains(Span(1, 3))
        assert not span.contains(Span(3, 5))
        assert span.overlaps(Span(3, 5))
        assert not span.overlaps(Span(4, 6))
        assert span.to_list() == [0, 4]

    def test_compares_by_value(self) -> None:
        assert Span(1, 2) == Span(1, 2)
        assert hash(Span(1, 2)) == hash(Span(1, 2))


class TestArticle:
    def test_hand_built_article_is_consistent(self) -> None:
        article = build_article()
        for quote in article.quotes:
            assert quote.text == quote.span.of(article.text)
        assert article.title_span is not None
        assert article.title == article.title_span.of(article.text)

    def test_background_is_the_background_paragraphs(self) -> None:
        article = build_article()
        assert [p.text for p in article.background] == ["Earlier, the port closed the route."]

    def test_dict_round_trip(self) -> None:
        article = build_article()
        assert Article.from_dict(article.to_dict()) == article

    def test_json_round_trip(self) -> None:
        article = build_article()
        dumped = json.dumps(article.to_dict(), ensure_ascii=False)
        assert "Kyiv • UNN" in dumped
        assert Article.from_dict(json.loads(dumped)) == article

    def test_to_dict_contract_fields(self) -> None:
        data = build_article().to_dict()
        for key in (
            "lang", "outlet", "published", "title", "dateline", "quotes", "background",
            "attributions", "paragraphs", "speakers",
        ):  # fmt: skip
            assert key in data
        assert data["published"] == "2026-05-12"
        assert data["dateline"] == {
            "start": TEXT.index("Kyiv"),
            "end": TEXT.index("Kyiv") + len("Kyiv • UNN"),
            "place": "Kyiv",
            "agency": "UNN",
            "date": None,
        }
        first = data["quotes"][0]
        assert first["speaker"] == "Iryna Sokil"
        assert first["cue"] == "said"
        assert first["text"] == "The ferry will run again"
        assert data["background"] == [
            {"start": TEXT.index("Earlier"), "end": len(TEXT)},
        ]
        assert data["attributions"][0]["source"] == "The Daily Planet"

    @pytest.mark.parametrize(
        ("change", "message"),
        [
            ({"title_span": [0, 10**6]}, r"title_span \[0, 1000000\]: not two integers"),
            ({"sentences": [[1.5, 2]]}, r"sentences\[0\] \[1.5, 2\]"),
            ({"sentences": [[True, 2]]}, r"sentences\[0\]"),
            ({"sentences": [[3, 1]]}, r"sentences\[0\] \[3, 1\]"),
            ({"dateline": {"start": 0, "end": -1}}, r"dateline \[0, -1\]"),
            (
                {"paragraphs": [{"start": 0, "end": 4, "role": "nope"}]},
                "'nope' is not a valid Role",
            ),
            ({"quotes": [{"start": 0}]}, "no field 'end'"),
            ({"text": b"Kyiv"}, "text must be a str, not bytes"),
            ({"text": None}, "text must be a str, not NoneType"),
        ],
    )
    def test_from_dict_names_what_is_wrong(self, change: dict[str, object], message: str) -> None:
        data = {**build_article().to_dict(), **change}
        with pytest.raises(ValueError, match=message):
            Article.from_dict(data)

    def test_from_dict_refuses_indexes_that_point_at_nothing(self) -> None:
        data = build_article().to_dict()
        quote = {**data["quotes"][0], "speaker_index": 7}
        with pytest.raises(ValueError, match=r"quotes\[0\].speaker_index 7: no such speaker"):
            Article.from_dict({**data, "quotes": [quote]})
        speaker = {**data["speakers"][0], "quotes": [0, 9]}
        with pytest.raises(ValueError, match=r"speakers\[0\].quotes \[0, 9\]: no such quote"):
            Article.from_dict({**data, "speakers": [speaker]})
        with pytest.raises(ValueError, match="no field 'text'"):
            Article.from_dict({"title": "Kyiv"})

    @pytest.mark.parametrize("data", ["{}", None, [("text", "Kyiv")]])
    def test_from_dict_takes_a_mapping(self, data: object) -> None:
        with pytest.raises(TypeError, match=r"takes the dict of to_dict\(\), not"):
            Article.from_dict(data)  # type: ignore[arg-type]

    def test_empty_article_round_trip(self) -> None:
        article = Article(text="")
        assert article.to_dict()["quotes"] == []
        assert Article.from_dict(article.to_dict()) == article

    def test_pickle_round_trip(self) -> None:
        article = build_article()
        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(article, protocol=protocol)) == article

    def test_pickle_keeps_speakers_shared_and_texts_as_given(self) -> None:
        article = build_article()
        copy = pickle.loads(pickle.dumps(article))
        assert copy.quotes[0].speaker is copy.speakers[0]
        # a part whose text is no slice of the article, a speaker the article does not list
        odd = attrs.evolve(
            article,
            paragraphs=(attrs.evolve(article.paragraphs[0], text="Another text"),),
            quotes=(attrs.evolve(article.quotes[0], text="Other words", speaker=Speaker("Jo")),),
        )
        assert pickle.loads(pickle.dumps(odd)) == odd

    def test_pickle_is_compact(self) -> None:
        # parse_many's workers pickle every article: its parts go as offsets into the text
        text = "\n".join(
            f"“The ferry number {n} will run again on Monday,” the port chief Iryna Sokil "
            f"said. Officials told reporters the pier {n} was repaired in the spring."
            for n in range(20)
        )
        article = newsstruct.parse(text)
        assert len(article.quotes) >= 20
        assert len(pickle.dumps(article)) < 2 * len(text.encode("utf-8"))

    def test_frozen(self) -> None:
        article = build_article()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            article.title = "Another title"  # type: ignore[misc]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            article.quotes[0].span.start = 0  # type: ignore[misc]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            article.speakers[0].name = "Somebody"  # type: ignore[misc]

    def test_slots(self) -> None:
        article = build_article()
        assert not hasattr(article, "__dict__")
        with pytest.raises(AttributeError):
            article.extra = 1  # type: ignore[attr-defined]

    def test_sequences_are_tuples(self) -> None:
        article = build_article()
        for value in (article.paragraphs, article.quotes, article.speakers, article.attributions):
            assert isinstance(value, tuple)


def _variants() -> list[Article]:
    """The hand-built article and variants with every optional part missing or odd."""
    article = build_article()
    first, second = article.quotes
    return [
        article,
        Article(text=""),
        Article(text=TEXT, lang="uk"),
        attrs.evolve(article, title_span=None, dateline=None, published=None),
        attrs.evolve(
            article,
            # a quote without a speaker, cue or mention, texts that are not their slices,
            # a credit without a cue, a speaker without mentions
            quotes=(
                attrs.evolve(first, speaker=None, cue=None, cue_text=None, mention=None),
                attrs.evolve(second, text="Other words"),
            ),
            paragraphs=(attrs.evolve(article.paragraphs[0], text="Another text"),),
            attributions=(attrs.evolve(article.attributions[0], cue=None),),
            speakers=(*article.speakers, Speaker("Nobody")),
        ),
    ]


def _same_types(copy: object, original: object) -> None:
    """The same classes all the way down, as well as equal values."""
    assert type(copy) is type(original)
    if attrs.has(type(original)):
        for field in attrs.fields(type(original)):
            _same_types(getattr(copy, field.name), getattr(original, field.name))
    elif isinstance(original, tuple):
        assert isinstance(copy, tuple)
        for a, b in zip(copy, original, strict=True):
            _same_types(a, b)


class TestParts:
    """``article_parts`` and ``article_from_parts``: what pickling and parse_many's
    workers use, and what must give back the very article."""

    @pytest.mark.parametrize("article", _variants(), ids=range(len(_variants())))
    def test_rebuilt_article_is_the_same(self, article: Article) -> None:
        copy = article_from_parts(article.text, *article_parts(article))
        assert copy == article
        assert hash(copy) == hash(article)
        assert copy.to_dict() == article.to_dict()
        _same_types(copy, article)
        for quote in copy.quotes:
            assert quote.speaker is None or any(s is quote.speaker for s in copy.speakers)
        assert pickle.loads(pickle.dumps(article)) == article

    def test_a_speaker_not_listed_stays_itself(self) -> None:
        article = build_article()
        stranger = Speaker("Jo", (Span(0, 4),), (1,))
        odd = attrs.evolve(
            article, quotes=(article.quotes[0], attrs.evolve(article.quotes[1], speaker=stranger))
        )
        copy = article_from_parts(odd.text, *article_parts(odd))
        assert copy == odd
        assert copy.quotes[0].speaker is copy.speakers[0]
        assert copy.quotes[1].speaker == stranger
        _same_types(copy, odd)

    def test_rebuilt_article_is_frozen_with_slots(self) -> None:
        article = build_article()
        copy = article_from_parts(article.text, *article_parts(article))
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            copy.quotes[0].span.start = 0  # type: ignore[misc]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            copy.paragraphs[0].role = Role.BODY  # type: ignore[misc]
        assert not hasattr(copy.sentences[0], "__dict__")

    def test_parts_hold_no_text_of_the_article(self) -> None:
        article = newsstruct.parse(TEXT)
        parts = pickle.dumps(article_parts(article))
        assert b"The ferry will run again" not in parts


class TestEnums:
    def test_enums_are_str(self) -> None:
        role: str = Role.BACKGROUND
        kind: str = QuoteKind.MIXED
        assert role == "background"
        assert kind == "mixed"
        assert isinstance(QuoteKind.DIRECT, str)

    def test_enums_serialise_as_values(self) -> None:
        assert json.dumps([Role.LEAD, QuoteKind.REPORTED]) == '["lead", "reported"]'
        data = build_article().to_dict()
        kinds = [q["kind"] for q in data["quotes"]]
        roles = [p["role"] for p in data["paragraphs"]]
        assert kinds == ["reported", "direct"]
        assert roles[-2:] == ["marker", "background"]
        assert all(type(v) is str for v in kinds + roles)

    def test_enums_from_values(self) -> None:
        assert Role("quote") is Role.QUOTE
        assert QuoteKind("direct") is QuoteKind.DIRECT
        with pytest.raises(ValueError):
            QuoteKind("indirect")
