"""National pages: the national team's side-by-side view and impact report (stewards of a
national network), and each local network's sharing setting (its own stewards). The
middleware has resolved the network and admitted the viewer already."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.csvfile import csv_text
from collaboratory.national.forms import SharingForm
from collaboratory.national.pdf import national_report_pdf
from collaboratory.national.report import (
    computed_line,
    local_header,
    local_row,
    report_rows,
    report_sections,
    suppression_note,
)
from collaboratory.national.selectors import (
    Rollup,
    locals_open_to,
    national_above,
    national_rollup,
    national_rollup_of,
    sharing_level,
)
from collaboratory.national.services import national_sharing_set
from collaboratory.networks.forms import attach_errors
from collaboratory.networks.http import NetworkRequest, network_view


def _local_links(request: NetworkRequest, rollup: Rollup) -> list[str | None]:
    """Each local network's home, in the roll-up's order, where the viewer may open it
    (None elsewhere): the names were plain text even to a national steward who is a
    steward there too."""
    opens = locals_open_to(user=request.user, rollup=rollup)
    return [
        reverse("networks:home", kwargs={"network_slug": x.slug}) if x.network_id in opens else None
        for x in rollup.locals
    ]


@network_view("national.view")
def overview(request: NetworkRequest, network_slug: str) -> HttpResponse:
    rollup = national_rollup(national=request.network)
    links = _local_links(request, rollup)
    return render(
        request,
        "national/overview.html",
        {
            "rollup": rollup,
            "header": local_header(),
            "rows": [(x, local_row(x), href) for x, href in zip(rollup.locals, links, strict=True)],
            "total_row": local_row(rollup.totals),
            "computed": computed_line(rollup),
            "shared": [x for x in rollup.locals if x.partnership_titles is not None],
            "figures_only": [x.name for x in rollup.locals if x.partnership_titles is None],
        },
    )


@network_view("national.view")
def report(request: NetworkRequest, network_slug: str) -> HttpResponse:
    rollup = national_rollup(national=request.network)
    return render(
        request,
        "national/report.html",
        {
            "rollup": rollup,
            "sections": report_sections(rollup, hrefs=_local_links(request, rollup)),
            "note": suppression_note(rollup),
            "computed": computed_line(rollup),
        },
    )


def _download(request: NetworkRequest, kind: str) -> HttpResponse:
    """The report as a file (audited): `pdf` or `csv`."""
    national = request.network
    rollup = national_rollup(national=national)
    audit_record(
        action="national.report_exported",
        actor=request.user,
        network=national,
        data={"year": rollup.year, "format": kind},
        request=request,
    )
    if kind == "pdf":
        response = HttpResponse(
            national_report_pdf(rollup, national_name=national.name),
            content_type="application/pdf",
        )
    else:
        response = HttpResponse(
            csv_text(report_rows(rollup, national_name=national.name)),
            content_type="text/csv; charset=utf-8",
        )
    name = slugify(f"{national.slug} national report {rollup.year}")
    response["Content-Disposition"] = f'attachment; filename="{name}.{kind}"'
    return response


@network_view("national.view")
def report_pdf(request: NetworkRequest, network_slug: str) -> HttpResponse:
    return _download(request, "pdf")


@network_view("national.view")
def report_csv(request: NetworkRequest, network_slug: str) -> HttpResponse:
    return _download(request, "csv")


@network_view("national.share")
def sharing(request: NetworkRequest, network_slug: str) -> HttpResponse:
    network = request.network
    form = SharingForm(request.POST or None, initial={"level": sharing_level(network)})
    # A network that rolls up nowhere is refused whatever was posted (the page shows it no
    # form): the service says why.
    if request.method == "POST" and (form.is_valid() or national_above(network) is None):
        try:
            national_sharing_set(
                network=network, actor=request.user, level=form.cleaned_data.get("level", "")
            )
        except ValidationError as error:
            attach_errors(form, error)
        else:
            messages.success(request, _("Sharing saved."))
            return redirect("national:sharing", network_slug=network.slug)
    status = 400 if request.method == "POST" else 200
    # The row the national team compares this network by, read as they read it: the page
    # listed what crosses in words only, so a steward could not check their own figures.
    mine = national_rollup_of(network)
    return render(
        request,
        "national/sharing.html",
        {
            "form": form,
            "mine": mine,
            "row": list(zip(local_header(), local_row(mine.locals[0]), strict=True))[1:]
            if mine
            else None,
            "computed": computed_line(mine) if mine else "",
        },
        status=status,
    )
