"""The bundled fixture against its articles: every citation lands, every quote is verbatim.

These tests read ../shared/articles and skip, saying so, where it is absent.
"""

from __future__ import annotations

import re

import pytest

from careerstats.model import Career, SourceKind, citations_in

from .articles import paragraph, paragraphs


def _plain(text: str) -> str:
    """Quote marks and spacing folded, so that a quote split over paragraphs still matches."""
    text = re.sub(r"[“”\"‘’']", "'", text)
    return re.sub(r"\s+", " ", text).strip()


def test_every_citation_names_a_paragraph_that_exists(benzema: Career) -> None:
    articles = {s.file for s in benzema.sources if s.kind is SourceKind.ARTICLE}
    cited = [(path, c) for path, c in citations_in(benzema) if c.file in articles]
    assert cited, "the fixture cites no article"
    for path, citation in cited:
        assert citation.paragraph is not None
        count = len(paragraphs(citation.file))
        assert citation.paragraph <= count, f"{path}: {citation} (the article has {count})"


def test_every_quote_stands_verbatim_in_its_cited_paragraphs(benzema: Career) -> None:
    for quote in benzema.quotes:
        cited = " ".join(_plain(paragraph(c.file, c.paragraph or 0)) for c in quote.cite)
        # The articles split long quotes over paragraphs and close them with quote marks.
        for part in re.split(r"[.!?…]\s+", _plain(quote.words)):
            assert part.strip(" '.") in cited, f"{quote.speaker}: {part!r} not in {quote.cite}"


def test_publication_dates_are_the_articles_own(benzema: Career) -> None:
    for source in benzema.sources:
        if source.kind is not SourceKind.ARTICLE:
            continue
        match = re.match(r"date (\d{4}-\d{2}-\d{2})", paragraph(source.file, 1))
        stated = None if source.published is None else str(source.published)
        assert stated == (match[1] if match else None), source.file


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Didier Deschamps", "Deschamps"),
        ("Raymond Domenech", "Domenech"),
        ("Kylian Mbappe", "Mbappe"),
        ("Olivier Giroud", "Giroud"),
        ("Mathieu Valbuena", "Valbuena"),
    ],
)
def test_people_named_are_cited_where_they_are_named(
    benzema: Career, name: str, words: str
) -> None:
    person = next(p for p in benzema.people if p.name == name)
    for citation in person.cite:
        assert words in paragraph(citation.file, citation.paragraph or 0)
