"""Insights pages: the dashboard (full for stewards, light for members), impact reports per
gathering and per year (web page, PDF, CSV) and the privacy setting. The middleware has
resolved the network and admitted the viewer already."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.csvfile import csv_text
from collaboratory.insights import report as reporting
from collaboratory.insights.forms import InsightsSettingsForm, ScopeForm
from collaboratory.insights.pdf import report_pdf
from collaboratory.insights.selectors import (
    Scope,
    gathering_choices,
    insights_figures,
    insights_settings_for,
    next_gathering_start,
    report_gathering,
    reporting_years,
    sensitive_published,
)
from collaboratory.insights.services import insights_settings_update
from collaboratory.networks import pagecache
from collaboratory.networks.http import NetworkRequest, network_view


@network_view("insights.view_insights")
def dashboard(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The dashboard, full for stewards and light for members. It shows the network's
    figures, never the viewer's, so the rendered page is kept per visibility class, filter
    and content version (networks.pagecache) until the next gathering begins (the filters
    list the gatherings that have begun)."""
    full = request.user.has_perm("insights.view_full", request.network)
    htmx = bool(request.htmx)
    filters = _filters(request)
    key = pagecache.shared_key("insights", request, full, htmx, filters)
    now = timezone.now()
    entry = pagecache.get_or_render(
        key,
        lambda: _dashboard_part(request, full=full, htmx=htmx),
        fresh=pagecache.unexpired(now),
        seconds=pagecache.SHARED_SECONDS,
        # A value the form refused shows everything with its error: kept under that value,
        # every made-up one would fill the cache.
        keep=lambda entry: entry["filters"] == filters,
    )
    if htmx:
        return HttpResponse(entry["html"])
    return render(
        request,
        "insights/dashboard.html",
        {"page": mark_safe(entry["html"]), "full": full},  # noqa: S308
    )


def _filters(request: NetworkRequest) -> tuple[str, str]:
    """The two filters the dashboard reads, as its cache key names them: other parameters
    change nothing on the page, so they must not make cache entries of their own. A
    gathering wins over a year, as in the form."""
    gathering, year = (request.GET.get(name, "").strip() for name in ("gathering", "year"))
    return (gathering, "") if gathering else ("", year)


def _dashboard_part(request: NetworkRequest, *, full: bool, htmx: bool) -> dict[str, object]:
    network = request.network
    choices = gathering_choices(network=network)
    years = reporting_years(network=network)
    form = ScopeForm(
        request.GET or None, years=years, gatherings=[(pk, title) for pk, title, _s in choices]
    )
    scope = Scope()
    if form.is_valid():
        if form.cleaned_data["gathering"] is not None:
            scope = Scope(gathering_id=form.cleaned_data["gathering"])
        elif form.cleaned_data["year"] is not None:
            scope = Scope(year=form.cleaned_data["year"])
    # The filters this page was drawn for, spelt as `_filters` spells them: a refused value
    # draws the whole network's page, which its key does not name.
    drawn = (str(scope.gathering_id), "") if scope.gathering_id else ("", str(scope.year or ""))
    figures = insights_figures(network=network, scope=scope)
    # Ideology and race: the latest released snapshot, whatever the filter says.
    report = reporting.build_report(figures, sensitive_published(network=network))
    titles = {pk: title for pk, title, _s in choices}
    context = {
        "network": network,
        "form": form,
        "full": full,
        "report": report,
        "scope_label": reporting.scope_label(figures, titles.get(scope.gathering_id or 0)),
        "computed": reporting.computed_label(figures.computed_at),
        "curve_svg": mark_safe(reporting.curve_svg(report)),  # noqa: S308  (escaped in charts)
        "kinds_svg": mark_safe(reporting.kinds_svg(report)),  # noqa: S308
        "bridging_svg": mark_safe(reporting.bridging_svg(report)),  # noqa: S308
    }
    if full:
        people = {n.user_id: n.label for n in figures.map.nodes}
        context["map_svg"] = mark_safe(reporting.map_svg(report))  # noqa: S308
        context["top_ties"] = sorted(
            ((people[t.source], people[t.target], t.weight) for t in figures.map.ties),
            key=lambda row: (-row[2], row[0], row[1]),
        )[:20]
        context["map"] = figures.map
    part = "body" if htmx else "page"
    return {
        "html": render_to_string(f"insights/dashboard.html#{part}", context),
        "until": next_gathering_start(network=network),
        "filters": drawn,
    }


@network_view("insights.manage_settings")
def settings_view(request: NetworkRequest, network_slug: str) -> HttpResponse:
    network = request.network
    current = insights_settings_for(network=network)
    form = InsightsSettingsForm(
        request.POST or None, initial={"min_cell_size": current.min_cell_size}
    )
    if request.method == "POST" and form.is_valid():
        try:
            insights_settings_update(
                network=network,
                actor=request.user,
                min_cell_size=form.cleaned_data["min_cell_size"],
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, _("Insights settings saved."))
            return redirect("insights:settings", network_slug=network.slug)
    return render(request, "insights/settings.html", {"form": form})


@network_view("insights.view_reports")
def reports(request: NetworkRequest, network_slug: str) -> HttpResponse:
    network = request.network
    return render(
        request,
        "insights/reports.html",
        {
            "years": reporting_years(network=network),
            "gatherings": gathering_choices(network=network),
        },
    )


# --------------------------------------------------------------------------- one report


def _gathering(request: NetworkRequest, gathering_id: int) -> tuple[int, str]:
    found = report_gathering(network=request.network, gathering_id=gathering_id)
    if found is None:
        raise Http404
    return found


def _year(request: NetworkRequest, year: int) -> int:
    if year not in reporting_years(network=request.network):
        raise Http404
    return year


def _report_for(request: NetworkRequest, scope: Scope) -> reporting.Report:
    network = request.network
    return reporting.build_report(
        insights_figures(network=network, scope=scope), sensitive_published(network=network)
    )


def _render_report(
    request: NetworkRequest, report: reporting.Report, label: str, pdf_url: str, csv_url: str
) -> HttpResponse:
    return render(
        request,
        "insights/report.html",
        {
            "report": report,
            "scope_label": label,
            "computed": reporting.computed_label(report.figures.computed_at),
            "pdf_url": pdf_url,
            "csv_url": csv_url,
            "curve_svg": mark_safe(reporting.curve_svg(report)),  # noqa: S308
            "kinds_svg": mark_safe(reporting.kinds_svg(report)),  # noqa: S308
            "bridging_svg": mark_safe(reporting.bridging_svg(report)),  # noqa: S308
        },
    )


def _pdf_response(request: NetworkRequest, report: reporting.Report, label: str) -> HttpResponse:
    audit_record(
        action="insights.report_exported",
        actor=request.user,
        network=request.network,
        data={"scope": report.figures.scope.key, "format": "pdf"},
        request=request,
    )
    body = report_pdf(report, network_name=request.network.name, scope_label=label)
    response = HttpResponse(body, content_type="application/pdf")
    name = slugify(f"{request.network.slug} {label}")
    response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
    return response


def _csv_response(request: NetworkRequest, report: reporting.Report, label: str) -> HttpResponse:
    audit_record(
        action="insights.report_exported",
        actor=request.user,
        network=request.network,
        data={"scope": report.figures.scope.key, "format": "csv"},
        request=request,
    )
    rows = reporting.report_rows(report, network_name=request.network.name, scope_label=label)
    response = HttpResponse(csv_text(rows), content_type="text/csv; charset=utf-8")
    name = slugify(f"{request.network.slug} {label}")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


@network_view("insights.view_reports")
def gathering_report(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    pk, title = _gathering(request, gathering_id)
    report = _report_for(request, Scope(gathering_id=pk))
    kwargs = {"network_slug": request.network.slug, "gathering_id": pk}
    return _render_report(
        request,
        report,
        title,
        pdf_url=reverse("insights:gathering_report_pdf", kwargs=kwargs),
        csv_url=reverse("insights:gathering_report_csv", kwargs=kwargs),
    )


@network_view("insights.view_reports")
def gathering_report_pdf(
    request: NetworkRequest, network_slug: str, gathering_id: int
) -> HttpResponse:
    pk, title = _gathering(request, gathering_id)
    return _pdf_response(request, _report_for(request, Scope(gathering_id=pk)), title)


@network_view("insights.view_reports")
def gathering_report_csv(
    request: NetworkRequest, network_slug: str, gathering_id: int
) -> HttpResponse:
    pk, title = _gathering(request, gathering_id)
    return _csv_response(request, _report_for(request, Scope(gathering_id=pk)), title)


def _year_label(year: int) -> str:
    return _("The year %(year)d") % {"year": year}


@network_view("insights.view_reports")
def year_report(request: NetworkRequest, network_slug: str, year: int) -> HttpResponse:
    year = _year(request, year)
    label = _year_label(year)
    report = _report_for(request, Scope(year=year))
    kwargs = {"network_slug": request.network.slug, "year": year}
    return _render_report(
        request,
        report,
        label,
        pdf_url=reverse("insights:year_report_pdf", kwargs=kwargs),
        csv_url=reverse("insights:year_report_csv", kwargs=kwargs),
    )


@network_view("insights.view_reports")
def year_report_pdf(request: NetworkRequest, network_slug: str, year: int) -> HttpResponse:
    year = _year(request, year)
    label = _year_label(year)
    return _pdf_response(request, _report_for(request, Scope(year=year)), label)


@network_view("insights.view_reports")
def year_report_csv(request: NetworkRequest, network_slug: str, year: int) -> HttpResponse:
    year = _year(request, year)
    label = _year_label(year)
    return _csv_response(request, _report_for(request, Scope(year=year)), label)
