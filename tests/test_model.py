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
)

TEXT = (
    "date 2026-05-12 Ferry to resume\n"
    "Kyiv • UNN\n"
    "The ferry will run again, the port chief Iryna Sokil said, UNN reports.\n"
    "“The boats are ready,” she said.\n"
    "This is reported by The Guardian.\n"
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
        _paragraph("This is reported by The Guardian.", Role.BODY),
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
                source="The Guardian", span=_span("The Guardian"), cue=_span("reported by")
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
        assert data["attributions"][0]["source"] == "The Guardian"

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
