"""The figures in words: what the dashboards, the impact report, its PDF and its CSV show.

One place turns the engine's result into labelled, translated rows, so the web page, the PDF
and the CSV can never disagree. Only aggregates leave this module: counts over ideology and
race arrive already suppressed (``privacy.CountTable``), the CSV and PDF carry no person's
name, and no private self-description is ever read here.

Ideology and race (their tables, Blau index and bridging) come from the latest released
snapshot (``selectors.sensitive_published``), "as of" its date, never from the period's
figures: the same whatever year or gathering is chosen, so two reports cannot be differenced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from collaboratory.capital import CapitalKind
from collaboratory.insights import charts, engine, privacy
from collaboratory.insights.selectors import (
    MINOR_GENERATION,
    MORE_THAN_ONE_RACE,
    Figures,
    Published,
)
from collaboratory.networks.defaults import default_text
from collaboratory.people.models import MINOR_AGE_BANDS, AgeBand, Ideology, RaceEthnicity


def attribute_names() -> dict[str, str]:
    return {
        "sector": _("Sector"),
        "region": _("Region"),
        "generation": _("Generation"),
        "organization": _("Organization"),
        "ideology": _("Political ideology"),
        "race": _("Race and ethnicity"),
    }


def value_labels(attribute: str) -> dict[str, str]:
    if attribute == "generation":
        return {
            MINOR_GENERATION: _("13 to 17"),
            **{str(k): str(v) for k, v in AgeBand.choices if k not in MINOR_AGE_BANDS},
        }
    if attribute == "ideology":
        return {str(k): str(v) for k, v in Ideology.choices}
    if attribute == "race":
        return {
            **{str(k): str(v) for k, v in RaceEthnicity.choices},
            MORE_THAN_ONE_RACE: _("More than one"),
        }
    return {}


def _value_label(attribute: str, labels: dict[str, str], value: str) -> str:
    """A category as the reader says it: a network's untouched default sector in the
    reader's language (as on the map), any other value as stored."""
    if attribute == "sector":
        return default_text(value)
    return labels.get(value, value)


def pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def days(value: float | None) -> str:
    if value is None:
        return "—"
    shown = round(value)
    return ngettext("%(n)s day", "%(n)s days", shown) % {"n": shown}


@dataclass(frozen=True)
class Headline:
    key: str
    label: str
    value: str
    # A line under the figure where two figures side by side would otherwise read as a
    # contradiction (many pairs helped, yet almost no help returned directly).
    note: str = ""


@dataclass(frozen=True)
class KindRow:
    kind: str
    label: str
    total: int
    open: int
    kept: int
    released: int
    lapsed: int
    kept_rate: str


@dataclass(frozen=True)
class CurveRow:
    title: str
    date: str
    new_pairs: int
    helping_pairs: int
    cross_sector: int | None
    met_pairs: int


@dataclass(frozen=True)
class BridgeRow:
    attribute: str
    label: str
    ties_known: int | None
    observed: str
    chance: str
    z: str
    verdict: str
    withheld: str | None
    share: engine.Baseline | None = None
    as_of: str | None = None  # sensitive attributes: the snapshot's date


@dataclass(frozen=True)
class DiversityTable:
    attribute: str
    label: str
    sensitive: bool
    blau: str
    rows: tuple[tuple[str, str], ...]  # (category, count or "suppressed"), then the total
    as_of: str | None = None  # sensitive attributes: the snapshot's date
    note: str | None = None  # sensitive attributes with no snapshot released yet


@dataclass(frozen=True)
class CycleRow:
    """Help paid forward around a loop of members back to where it started: how many loops
    of one length, or, under the smallest published group, that there are few."""

    key: str
    label: str
    count: int | None  # None where suppressed
    value: str


@dataclass(frozen=True)
class Report:
    figures: Figures
    headline: tuple[Headline, ...]
    kinds: tuple[KindRow, ...]
    curve: tuple[CurveRow, ...]
    bridging: tuple[BridgeRow, ...]
    diversity: tuple[DiversityTable, ...]
    published: tuple[Published, ...]
    cycles: tuple[CycleRow, ...] = ()


def _headline(f: Figures) -> tuple[Headline, ...]:
    r = f.result
    sector = next((b for b in r.bridging if b.attribute == "sector"), None)
    crossing = sector.share_crossing.observed if sector and sector.share_crossing else None
    helping = r.compounding.helping_pairs[-1] if r.compounding.helping_pairs else 0
    return (
        Headline(
            "members",
            _("Network members now"),
            f"{f.admitted:,}",
            _("Everyone admitted to the network today, not who came to its gatherings."),
        ),
        *_attended(f),
        Headline(
            "gatherings",
            _("Gatherings held or under way"),
            f"{len(f.gatherings):,}",
            _("Counted from the moment each begins; the network home counts those that ended."),
        ),
        Headline("commitments", _("Commitments made"), f"{r.total.total:,}"),
        Headline("kept", _("Commitments kept"), f"{r.total.kept:,}"),
        Headline("kept_rate", _("Kept, of those decided"), pct(r.total.kept_rate)),
        Headline("asks", _("Asks that received a commitment"), pct(r.asks.share)),
        Headline("time_to_keep", _("Median time to keep"), days(r.time_to_keep.median_days)),
        Headline(
            "pairs",
            _("Pairs of members who helped each other"),
            f"{helping:,}",
            _("Pairs where one member helped the other, in either direction."),
        ),
        Headline(
            "reciprocity",
            _("Help returned directly"),
            pct(r.reciprocity.share),
            _(
                "Of the help given, the share the person helped also gave back. Help in a "
                "Collaboratory mostly travels on to others rather than back."
            ),
        ),
        Headline("cross_sector", _("Help that crossed sectors"), pct(crossing)),
        _youth_adult_ties(f),
    )


def _attended(f: Figures) -> tuple[Headline, ...]:
    """Who came, beside the network's members (a funder reading "Members 120" on a
    gathering's report took it for attendance): none when no attendance was recorded."""
    if not f.attended:
        return ()
    if f.scope.gathering_id is not None:
        label = _("Came to this gathering")
    else:
        label = _("Came to a gathering")
    return (
        Headline(
            "attended",
            label,
            f"{f.attended:,}",
            _("People checked in, at the door, from their phone or in imported attendance."),
        ),
    )


def _youth_adult_ties(f: Figures) -> Headline:
    """The intergenerational ties, under the usual small-cell suppression: a count below k
    reads "fewer than k", since a handful of ties could point at the few youth members, and
    so does one hidden so that no period's hidden count is the gap between two others
    (`youth_adult_ties_of`)."""
    table = privacy.suppress_counts([""], [f.youth_adult_ties], k=f.k, attribute="youth_adult")
    count = None if f.youth_adult_ties_hidden else table.total
    return Headline(
        "youth_adult_ties",
        _("Youth-adult ties"),
        _few(f.k) if count is None else f"{count:,}",
        _(
            "A youth member and an adult, one committing help to the other's project, in "
            "either direction; a pair with help both ways counts twice."
        ),
    )


def _kinds(r: engine.Insights) -> tuple[KindRow, ...]:
    labels = {str(k): str(v) for k, v in CapitalKind.choices}
    labels["all"] = _("All kinds")
    return tuple(
        KindRow(
            t.kind,
            labels.get(t.kind, t.kind),
            t.total,
            t.open,
            t.kept,
            t.released,
            t.lapsed,
            pct(t.kept_rate),
        )
        for t in (*r.tallies, r.total)
    )


def _curve(f: Figures) -> tuple[CurveRow, ...]:
    c = f.result.compounding
    cross = c.cross_pairs.get("sector")
    return tuple(
        CurveRow(
            title=title,
            date=date_format(timezone.localtime(starts), "SHORT_DATE_FORMAT"),
            new_pairs=c.new_pairs[i],
            helping_pairs=c.helping_pairs[i],
            cross_sector=None if cross is None else cross[i],
            met_pairs=c.met_pairs[i],
        )
        for i, (_pk, title, starts) in enumerate(f.gatherings)
    )


def _not_published() -> str:
    return _(
        "Not published yet: these figures appear once enough members have described "
        "themselves, and change only when many have changed since, so no one can be singled "
        "out."
    )


def _bridge_row(b: engine.Bridging, k: int, as_of: str | None, sensitive: bool) -> BridgeRow:
    names = attribute_names()
    withheld = b.withheld and _(
        "Withheld: some groups are smaller than %(k)d members, so figures about them "
        "could identify people."
    ) % {"k": k}
    # A sensitive attribute's figures over a handful of ties could point at people too.
    if withheld is None and sensitive and (b.ties_known or 0) < k:
        withheld = _(
            "Withheld: fewer than %(k)d ties with both members' self-descriptions known."
        ) % {"k": k}
    if withheld is not None or b.share_crossing is None:
        return BridgeRow(
            b.attribute, names[b.attribute], None, "—", "—", "—", "", withheld, None, as_of
        )
    s = b.share_crossing
    chance = "—"
    if s.low is not None and s.high is not None:
        chance = f"{pct(max(s.low, 0.0))}\u2013{pct(min(s.high, 1.0))}"
    elif s.mean is not None:
        chance = pct(s.mean)
    verdict = "" if s.observed is not None else _("no help ties yet")
    if s.observed is not None and s.high is not None and s.low is not None:
        if s.observed > s.high:
            verdict = _("more than chance")
        elif s.observed < s.low:
            verdict = _("less than chance")
        else:
            verdict = _("about as chance")
    return BridgeRow(
        attribute=b.attribute,
        label=names[b.attribute],
        ties_known=b.ties_known,
        observed=pct(s.observed),
        chance=chance,
        z="—" if s.z is None else f"{s.z:+.1f}",
        verdict=verdict,
        withheld=None,
        share=s,
        as_of=as_of,
    )


def as_of_label(when: datetime) -> str:
    return date_format(timezone.localtime(when), "DATE_FORMAT")


def _bridging(f: Figures, published: tuple[Published, ...]) -> tuple[BridgeRow, ...]:
    rows = [_bridge_row(b, f.k, None, False) for b in f.result.bridging]
    names = attribute_names()
    for p in published:
        if p.bridging is None or p.as_of is None:
            rows.append(
                BridgeRow(
                    p.attribute, names[p.attribute], None, "—", "—", "—", "", _not_published()
                )
            )
        else:
            rows.append(_bridge_row(p.bridging, p.k, as_of_label(p.as_of), True))
    return tuple(rows)


def _diversity(f: Figures, published: tuple[Published, ...]) -> tuple[DiversityTable, ...]:
    names = attribute_names()
    out = []
    for d in f.result.diversity:
        labels = value_labels(d.attribute)
        if isinstance(d.counts, privacy.CountTable):
            # A public attribute suppressed like the sensitive ones (a youth cohort's:
            # `guarded_attributes`): a hidden group reads "suppressed", as in their tables.
            table = d.counts
            hidden = _("suppressed")
            pairs = [
                (_value_label(d.attribute, labels, label), hidden if n is None else str(n))
                for label, n in zip(table.labels, table.counts, strict=True)
                if n != 0
            ]
            total = hidden if table.total is None else str(table.total)
        else:
            pairs = [
                (_value_label(d.attribute, labels, label), str(n)) for label, n in d.counts if n
            ]
            total = str(d.known or 0)
        if d.attribute == "organization":  # many small groups: the count says enough
            # How many organizations is itself a count of groups: with one hidden, not said.
            counted = str(len(pairs)) if all(n != _("suppressed") for _l, n in pairs) else None
            pairs = [(_("Organizations"), counted or _("suppressed"))]
        out.append(
            DiversityTable(
                d.attribute,
                names[d.attribute],
                False,
                "—" if d.blau is None else f"{d.blau:.2f}",
                (*pairs, (_("Total"), total)),
            )
        )
    for p in published:
        labels = value_labels(p.attribute)
        if p.table is None or p.as_of is None:
            out.append(
                DiversityTable(
                    p.attribute, names[p.attribute], True, "—", (), None, _not_published()
                )
            )
            continue
        rows = tuple(
            (
                _("Total") if label == "total" else labels.get(label, label),
                _("suppressed") if value == privacy.SUPPRESSED else str(value),
            )
            for label, value in p.table.rows()
        )
        out.append(
            DiversityTable(
                p.attribute,
                names[p.attribute],
                True,
                "—" if p.blau is None else f"{p.blau:.2f}",
                rows,
                as_of_label(p.as_of),
            )
        )
    return tuple(out)


def _few(k: int) -> str:
    return ngettext("fewer than %(k)d", "fewer than %(k)d", k) % {"k": k}


def _cycles(f: Figures) -> tuple[CycleRow, ...]:
    """The pay-forward loops the engine counts (A -> B -> C -> A, and through four members),
    with their total, under the usual small-cell suppression: a count below k is withheld,
    and so is whatever would let it be worked out from the total."""
    r = f.result.reciprocity
    labels = (
        _("Loops through three members (A → B → C → A)"),
        _("Loops through four members (A → B → C → D → A)"),
    )
    table = privacy.suppress_counts(labels, [r.cycles3, r.cycles4], k=f.k, attribute="cycles")
    keys = ("cycles3", "cycles4")
    rows = [
        CycleRow(key, label, count, _few(f.k) if count is None else f"{count:,}")
        for key, label, count in zip(keys, table.labels, table.counts, strict=True)
    ]
    total = table.total
    rows.append(
        CycleRow(
            "cycles",
            _("Loops of help paid forward"),
            total,
            _few(f.k) if total is None else f"{total:,}",
        )
    )
    return tuple(rows)


def build_report(figures: Figures, published: tuple[Published, ...]) -> Report:
    """The report of one period; ``published`` (the sensitive snapshots) is the same for
    every period."""
    return Report(
        figures=figures,
        headline=_headline(figures),
        kinds=_kinds(figures.result),
        curve=_curve(figures),
        bridging=_bridging(figures, published),
        diversity=_diversity(figures, published),
        published=published,
        cycles=_cycles(figures),
    )


# --------------------------------------------------------------------------- charts


def curve_svg(report: Report) -> str:
    rows = report.curve
    series = [charts.Series(_("pairs who helped"), [r.helping_pairs for r in rows], "a")]
    if rows and rows[0].cross_sector is not None:
        series.append(charts.Series(_("across sectors"), [r.cross_sector or 0 for r in rows], "b"))
    return charts.line_chart(
        "ins-curve",
        title=_("The compounding curve"),
        desc=_(
            "Pairs of members who have helped each other, counted up gathering by gathering; "
            "the table below gives every value."
        ),
        x_labels=[str(i + 1) for i in range(len(rows))],
        series=series,
    )


def kinds_svg(report: Report) -> str:
    bars = [
        charts.Bar(
            r.label,
            r.kept,
            r.total - r.kept,
            # Each count agrees its own word: "1 hechos, 1 cumplidos" in Spanish.
            ", ".join(
                (
                    ngettext("%(n)d made", "%(n)d made", r.total) % {"n": r.total},
                    ngettext("%(n)d kept", "%(n)d kept", r.kept) % {"n": r.kept},
                )
            ),
        )
        for r in report.kinds
        if r.kind != "all"
    ]
    return charts.bar_chart(
        "ins-kinds",
        title=_("Kinds of capital circulated"),
        desc=_(
            "Commitments by kind of capital: the solid part of each bar is kept, the hatched "
            "part not (yet); the numbers are written beside each bar."
        ),
        bars=bars,
    )


def bridging_svg(report: Report) -> str:
    rows = []
    for row in report.bridging:
        s = row.share
        if row.withheld is not None or s is None:
            rows.append(charts.Interval(row.label, None, None, None, row.withheld or "—"))
            continue
        if s.observed is None:
            text = _("No help ties yet: nothing to compare with chance.")
            rows.append(charts.Interval(row.label, None, None, None, text))
            continue
        rows.append(
            charts.Interval(
                row.label,
                s.observed,
                s.low,
                s.high,
                _("%(observed)s of ties cross; chance %(chance)s: %(verdict)s")
                % {"observed": row.observed, "chance": row.chance, "verdict": row.verdict},
            )
        )
    return charts.interval_chart(
        "ins-bridging",
        title=_("Bridging against chance"),
        desc=_(
            "For each attribute, the share of help ties that join members who differ (a "
            "diamond) against the range expected if the same members had helped at random "
            "(hatched band)."
        ),
        rows=rows,
    )


def map_svg(report: Report) -> str:
    m = report.figures.map
    nodes = [
        charts.Node(
            key=n.user_id,
            label=n.label,
            x=n.x,
            y=n.y,
            size=n.given + n.received,
            title=_("%(name)s (%(sector)s): gave %(given)d, received %(received)d")
            % {
                "name": n.label,
                "sector": default_text(n.sector) if n.sector else _("no sector"),
                "given": n.given,
                "received": n.received,
            },
        )
        for n in m.nodes
    ]
    edges = [charts.Edge(t.source, t.target, t.weight) for t in m.ties]
    return charts.network_map(
        "ins-map",
        title=_("Who helped whom"),
        desc=_(
            "Members as circles, sized by the commitments they gave and received; an arrow "
            "runs from the member who committed help to the member who received it."
        ),
        nodes=nodes,
        edges=edges,
    )


def scope_label(figures: Figures, gathering_title: str | None = None) -> str:
    if figures.scope.gathering_id is not None:
        return gathering_title or _("One gathering")
    if figures.scope.year is not None:
        return _("The year %(year)d") % {"year": figures.scope.year}
    return _("All gatherings so far")


def computed_label(when: datetime) -> str:
    """In the zone the page is shown in (the network's): date_format alone prints UTC."""
    return date_format(timezone.localtime(when), "DATETIME_FORMAT")


def computed_with_zone(report: Report) -> str:
    """When the figures were computed (they are cached up to an hour), in the zone the report
    is made in (the network's), named, since a printed copy travels without its page."""
    zone = timezone.get_current_timezone_name()
    return f"{computed_label(report.figures.computed_at)} ({zone})"


def snapshots_released(report: Report) -> tuple[tuple[str, str | None], ...]:
    """(attribute, when its published snapshot was released, or None) for ideology and race:
    which release a report's sensitive tables come from."""
    names = attribute_names()
    return tuple(
        (names[p.attribute], None if p.as_of is None else computed_label(p.as_of))
        for p in report.published
    )


def report_rows(report: Report, *, network_name: str, scope_label: str) -> list[list[str]]:
    """The report's figures as (section, item, measure, value) rows. Aggregates only: no
    names, and counts over ideology and race as published in the latest snapshot, with its
    date (suppressed cells say so)."""
    rows: list[list[str]] = [[_("section"), _("item"), _("measure"), _("value")]]
    rows.append([_("report"), network_name, _("covers"), scope_label])
    rows.append([_("report"), network_name, _("computed at"), computed_with_zone(report)])
    for label, when in snapshots_released(report):
        rows.append([_("report"), label, _("snapshot released"), when or _("none yet")])
    rows.append(
        [_("report"), network_name, _("smallest published group (k)"), str(report.figures.k)]
    )
    for h in report.headline:
        rows.append([_("headline"), h.label, "", h.value])
    for loop in report.cycles:
        rows.append([_("help paid forward"), loop.label, loop.key, loop.value])
    for kind in report.kinds:
        for measure in ("total", "open", "kept", "released", "lapsed"):
            rows.append([_("kinds of capital"), kind.label, measure, str(getattr(kind, measure))])
        rows.append([_("kinds of capital"), kind.label, "kept_rate", kind.kept_rate])
    for c in report.curve:
        item = f"{c.date} {c.title}"
        rows.append([_("compounding"), item, "new_pairs", str(c.new_pairs)])
        rows.append([_("compounding"), item, "helping_pairs", str(c.helping_pairs)])
        if c.cross_sector is not None:
            rows.append([_("compounding"), item, "cross_sector_pairs", str(c.cross_sector)])
        rows.append([_("compounding"), item, "met_pairs", str(c.met_pairs)])
    for b in report.bridging:
        if b.as_of:
            rows.append([_("bridging"), b.label, "as_of", b.as_of])
        if b.withheld:
            rows.append([_("bridging"), b.label, "withheld", b.withheld])
            continue
        rows.append([_("bridging"), b.label, "ties_known", str(b.ties_known)])
        rows.append([_("bridging"), b.label, "share_crossing", b.observed])
        rows.append([_("bridging"), b.label, "chance_band", b.chance])
        rows.append([_("bridging"), b.label, "z", b.z])
    for d in report.diversity:
        if d.note:
            rows.append([_("members by attribute"), d.label, "not_published", d.note])
            continue
        if d.as_of:
            rows.append([_("members by attribute"), d.label, "as_of", d.as_of])
        for category, value in d.rows:
            rows.append([_("members by attribute"), d.label, category, value])
        rows.append([_("members by attribute"), d.label, "blau_index", d.blau])
    return rows
