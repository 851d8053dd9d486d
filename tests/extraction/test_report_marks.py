"""The report's marks over the article text: each statement's pieces hold exactly its words, however spans overlap.

Checked without a browser (the Chromium test does it on real readings): the
marked HTML is parsed back and each span's pieces joined.
"""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from iransyria.extraction.report import blocks, levels, marked


class _Pieces(HTMLParser):
    """Each mark's words by its data-s number, and whether the tags nest (an end tag closes the last start)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.words: dict[str, str] = {}
        self.pieces: dict[str, int] = {}
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag == "mark"
        number = dict(attrs)["data-s"]
        assert number is not None and number not in self.open, "a span's piece inside its own piece"
        self.open.append(number)
        self.pieces[number] = self.pieces.get(number, 0) + 1
        self.words.setdefault(number, "")

    def handle_endtag(self, tag: str) -> None:
        assert tag == "mark" and self.open
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text += data
        for number in self.open:
            self.words[number] += data


def _parsed(text: str, spans: list[tuple[int, int]]) -> _Pieces:
    opening = [f'<mark data-s="{n}">' for n in range(len(spans))]
    parser = _Pieces()
    parser.feed(marked(text, 0, len(text), spans, opening, opening))
    parser.close()
    assert parser.open == [], "a mark left open"
    assert parser.text == text, "the text is shown whole, once"
    return parser


def test_crossing_spans_continue_in_a_second_piece() -> None:
    text = "Iranian Foreign Minister Amir Hatami signed a deal & more"
    minister, signed = (0, 36), (25, 43)
    parser = _parsed(text, [minister, signed])
    assert parser.words == {"0": text[0:36], "1": text[25:43]}
    assert parser.pieces == {"0": 1, "1": 2}


def test_nested_spans_nest_without_splitting() -> None:
    text = "Hatami met his counterpart and President Bashar al-Assad <during> the visit."
    parser = _parsed(text, [(0, 56), (0, 26), (11, 26)])
    assert parser.words == {"0": text[0:56], "1": text[0:26], "2": text[11:26]}
    assert parser.pieces == {"0": 1, "1": 1, "2": 1}


def test_a_span_that_outlives_one_opened_after_it_is_not_split_needlessly() -> None:
    text = "abcdefghij"
    parser = _parsed(text, [(0, 5), (5, 10), (2, 4)])
    assert parser.pieces == {"0": 1, "1": 1, "2": 1}


@given(
    st.text(alphabet="ab <&>\"'\n", min_size=1, max_size=40).flatmap(
        lambda text: st.tuples(
            st.just(text),
            st.lists(
                st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(
                    lambda p: (min(p), max(p))
                ),
                max_size=8,
            ),
        )
    )
)
def test_any_spans_each_get_exactly_their_words(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    parser = _parsed(text, spans)
    assert {n: parser.words.get(n, "") for n in map(str, range(len(spans)))} == {
        str(n): text[a:b] for n, (a, b) in enumerate(spans)
    }
    assert all(parser.pieces.get(str(n), 0) >= 1 for n in range(len(spans))), "every span has a mark"


@given(
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)).map(lambda p: (min(p), max(p))), max_size=10)
)
def test_overlapping_spans_never_share_an_underline_level(spans: list[tuple[int, int]]) -> None:
    found = levels(spans)
    for i, (a, b) in enumerate(spans):
        for j, (c, d) in enumerate(spans):
            if i != j and a < d and c < b:
                assert found[i] != found[j]
    assert all(0 <= level < max(len(spans), 1) for level in found)


def test_a_span_across_two_paragraphs_joins_them_into_one_block() -> None:
    text = "Iran and Syria signed a deal.\n\nIt was in Damascus.\n\nThe end."
    second = text.index("It was")
    assert blocks(text, []) == [(0, 29), (second, second + 19), (text.index("The end"), len(text))]
    assert blocks(text, [(15, second + 6)]) == [(0, second + 19), (text.index("The end"), len(text))]
