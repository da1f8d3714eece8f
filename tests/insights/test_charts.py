"""The server-side SVG charts: values written as text, series told apart without colour,
labels escaped, and no style attributes or scripts (the Content-Security-Policy)."""

from __future__ import annotations

from defusedxml import ElementTree
from hypothesis import given
from hypothesis import strategies as st

from collaboratory.insights import charts

SVG = "{http://www.w3.org/2000/svg}"


def texts(svg: str) -> list[str]:
    root = ElementTree.fromstring(svg)
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def test_line_chart_writes_last_values_and_uses_distinct_dashes_and_markers() -> None:
    svg = charts.line_chart(
        "c",
        title="Curve",
        desc="Pairs",
        x_labels=["1", "2", "3"],
        series=[
            charts.Series("pairs who helped", [3, 4, 9], "a"),
            charts.Series("across sectors", [2, 2, 5], "b"),
        ],
    )

    assert "9 pairs who helped" in texts(svg)
    assert "5 across sectors" in texts(svg)
    root = ElementTree.fromstring(svg)
    assert [p.get("class") for p in root.iter(f"{SVG}polyline")] == ["ins-line a", "ins-line b"]
    assert len(list(root.iter(f"{SVG}circle"))) == 3  # series a: circles
    assert len(list(root.iter(f"{SVG}rect"))) == 3  # series b: squares
    assert root.find(f"{SVG}title").text == "Curve"  # type: ignore[union-attr]


def test_bar_chart_draws_kept_solid_and_the_rest_hatched_with_values() -> None:
    svg = charts.bar_chart(
        "k", title="Kinds", desc="d", bars=[charts.Bar("Social", 3, 1, "4 made, 3 kept")]
    )

    root = ElementTree.fromstring(svg)
    rects = {r.get("class"): r for r in root.iter(f"{SVG}rect")}
    assert rects["ins-bar-rest"].get("fill") == "url(#k-hatch)"
    assert float(rects["ins-bar-solid"].get("width", 0)) == 3 * float(
        rects["ins-bar-rest"].get("width", 0)
    )
    assert "4 made, 3 kept" in texts(svg)


def test_interval_chart_places_the_observed_share_and_the_chance_band() -> None:
    svg = charts.interval_chart(
        "b",
        title="Bridging",
        desc="d",
        rows=[charts.Interval("Sector", 0.75, 0.4, 0.5, "75% cross")],
    )

    root = ElementTree.fromstring(svg)
    band = next(r for r in root.iter(f"{SVG}rect") if r.get("class") == "ins-band")
    # 490 px of plot from x = 130: the band spans 40 %..50 %.
    assert (float(band.get("x", 0)), float(band.get("width", 0))) == (326.0, 49.0)
    assert "75% cross" in texts(svg)


def test_map_nodes_are_focusable_with_titles_and_ties_name_their_ends() -> None:
    svg = charts.network_map(
        "m",
        title="Map",
        desc="d",
        nodes=[
            charts.Node(1, "Ann", 0, 0, 2, "Ann: gave 1"),
            charts.Node(2, "Ben", 1, 1, 1, "Ben"),
        ],
        edges=[charts.Edge(1, 2, 1)],
    )

    root = ElementTree.fromstring(svg)
    nodes = [g for g in root.iter(f"{SVG}g") if g.get("class") == "ins-node"]
    assert [(g.get("tabindex"), g.get("aria-label")) for g in nodes] == [
        ("0", "Ann: gave 1"),
        ("0", "Ben"),
    ]
    tie = next(root.iter(f"{SVG}line"))
    assert (tie.get("data-a"), tie.get("data-b")) == ("1", "2")


XML_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=40,
)


@given(XML_TEXT)
def test_labels_are_escaped_and_no_chart_carries_styles_or_scripts(label: str) -> None:
    svgs = [
        charts.line_chart(
            "c", title=label, desc=label, x_labels=[label], series=[charts.Series(label, [1], "a")]
        ),
        charts.bar_chart("k", title=label, desc=label, bars=[charts.Bar(label, 1, 1, label)]),
        charts.interval_chart(
            "b", title=label, desc=label, rows=[charts.Interval(label, 0.5, 0.1, 0.2, label)]
        ),
        charts.network_map(
            "m",
            title=label,
            desc=label,
            nodes=[charts.Node(1, label, 0.5, 0.5, 1, label)],
            edges=[],
        ),
    ]
    for svg in svgs:
        root = ElementTree.fromstring(svg)  # well-formed whatever the label
        elements = list(root.iter())
        assert [e.tag for e in elements if e.tag.endswith("script")] == []
        assert [
            name for e in elements for name in e.attrib if name == "style" or name.startswith("on")
        ] == []
        assert root.find(f"{SVG}title").text == label  # type: ignore[union-attr]


def test_a_long_row_text_wraps_inside_the_chart_and_keeps_every_word() -> None:
    """ "figures about ther" was cut at the chart's edge: SVG text does not wrap itself."""
    sentence = (
        "Withheld: some groups are smaller than 5 members, so figures about them would "
        "point at people; they show once more people share a group."
    )
    svg = charts.interval_chart(
        "w",
        title="Bridging",
        desc="d",
        rows=[charts.Interval("Ideology", None, None, None, sentence)],
    )

    root = ElementTree.fromstring(svg)
    spans = [t for t in root.iter(f"{SVG}tspan")]
    width = float(root.get("viewBox", "0 0 0 0").split()[2])
    assert len(spans) >= 2
    for span in spans:
        assert float(span.get("x", 0)) + len(span.text or "") * charts.CHAR_W <= width
    assert "".join(s.text or "" for s in spans) == sentence


@given(
    st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=300),
    st.integers(40, 600),
)
def test_wrap_keeps_the_words_in_order(text: str, width: int) -> None:
    lines = charts.wrap(text, width)
    assert " ".join(lines).split() == text.split()


def test_a_wrapped_text_reads_as_its_words_with_spaces_between_lines() -> None:
    """Screen readers and copied text read the tspans run together: "figures aboutthem",
    "havedescribed" on every bridging chart whose sentence wrapped."""
    sentence = (
        "Not published yet: these figures appear once enough members have described "
        "themselves, and change only when many have changed since."
    )
    svg = charts.interval_chart(
        "w",
        title="Bridging",
        desc="d",
        rows=[charts.Interval("Ideology", None, None, None, sentence)],
    )

    assert sentence in texts(svg)
