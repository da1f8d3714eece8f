"""Network pages. The middleware has already resolved request.network and admitted the viewer."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from collaboratory.audit.services import audit_record
from collaboratory.gatherings.selectors import gatherings_past_count, gatherings_upcoming
from collaboratory.networks.forms import (
    DecisionForm,
    DirectoryFilterForm,
    InvitationForm,
    MembershipSettingsForm,
    NominationForm,
    StatusOverrideForm,
)
from collaboratory.networks.models import (
    Invitation,
    Membership,
    MembershipStatus,
    Nomination,
    NominationStatus,
)
from collaboratory.networks.packet import render_markdown
from collaboratory.networks.selectors import (
    DirectoryFilters,
    directory_members,
    directory_regions,
    invitations_of_network,
    membership_settings_for,
    network_counts,
    nominations_for_review,
    roster_of_network,
    roster_thin_spots,
)
from collaboratory.networks.services import (
    PLEDGES,
    invitation_create,
    invitation_revoke,
    membership_settings_update,
    membership_status_override,
    nomination_create,
    nomination_decide,
)


def network_home(request: HttpRequest, network_slug: str) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    return render(
        request,
        "networks/home.html",
        {
            "counts": network_counts(network=network),
            "upcoming": gatherings_upcoming(network=network, limit=3),
            "past_count": gatherings_past_count(network=network),
        },
    )


# --- Membership: directory, nominations, invitations, packet, roster, settings ---------------


def _require(request: HttpRequest, permission: str) -> None:
    if not request.user.has_perm(permission, request.network):  # type: ignore[attr-defined]
        audit_record(
            action="access.denied",
            actor=request.user,
            network=request.network,  # type: ignore[attr-defined]
            data={"path": request.path, "reason": permission},
            request=request,
        )
        raise PermissionDenied


def _error_text(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return " ".join(str(m) for messages_ in error.message_dict.values() for m in messages_)
    return " ".join(error.messages)


def _attach_errors(form: forms.Form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errs in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errs)
    else:
        form.add_error(None, error.messages)


DIRECTORY_PAGE_SIZE = 50


def directory(request: HttpRequest, network_slug: str) -> HttpResponse:
    """The member directory, filtered in place with htmx."""
    network = request.network  # type: ignore[attr-defined]
    _require(request, "networks.view_directory")
    form = DirectoryFilterForm(
        request.GET or None, network=network, regions=directory_regions(network=network)
    )
    filters = DirectoryFilters()
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        filters = DirectoryFilters(
            q=data["q"].strip(),
            category=data["category"],
            issue=data["issue"].strip(),
            sector=data["sector"],
            region=data["region"],
        )
    page = Paginator(directory_members(network=network, filters=filters), DIRECTORY_PAGE_SIZE)
    page_obj = page.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page_obj": page_obj, "query": query.urlencode()}
    if getattr(request, "htmx", False):
        return render(request, "networks/directory.html#results", context)
    return render(request, "networks/directory.html", context)


def nomination_new(request: HttpRequest, network_slug: str) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    _require(request, "networks.nominate")
    form = NominationForm(request.POST or None, network=network)
    if request.method == "POST" and form.is_valid():
        try:
            nomination_create(network=network, nominator=request.user, **form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            _attach_errors(form, error)
        else:
            messages.success(
                request,
                _("Thank you. The stewards will review your nomination of %(name)s.")
                % {"name": form.cleaned_data["nominee_name"]},
            )
            return redirect("networks:nomination_new", network_slug=network.slug)
    return render(request, "networks/nomination_new.html", {"form": form})


def nominations(request: HttpRequest, network_slug: str) -> HttpResponse:
    """The stewards' review queue, with the roster's thin spots beside it."""
    network = request.network  # type: ignore[attr-defined]
    _require(request, "networks.manage_membership")
    rows = list(nominations_for_review(network=network).order_by("status", "-created_at")[:200])
    return render(
        request,
        "networks/nominations.html",
        {
            "pending": [n for n in rows if n.status == NominationStatus.PENDING],
            "decided": [n for n in rows if n.status != NominationStatus.PENDING],
            "thin": roster_thin_spots(network=network),
            "decision_form": DecisionForm(),
        },
    )


@require_POST
def nomination_decide_view(
    request: HttpRequest, network_slug: str, nomination_id: int
) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    _require(request, "networks.manage_membership")
    nomination = get_object_or_404(Nomination, pk=nomination_id)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Decision: choose accept or decline."))
    else:
        try:
            nomination_decide(
                nomination=nomination,
                accept=form.cleaned_data["decision"] == "accept",
                note=form.cleaned_data["note"],
                actor=request.user,  # type: ignore[arg-type]
            )
        except ValidationError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(request, _("Decision recorded."))
    return redirect("networks:nominations", network_slug=network.slug)


@require_POST
def nomination_invite(request: HttpRequest, network_slug: str, nomination_id: int) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    _require(request, "networks.manage_membership")
    nomination = get_object_or_404(Nomination, pk=nomination_id)
    try:
        invitation_create(
            network=network,
            email="",
            full_name="",
            nomination=nomination,
            actor=request.user,  # type: ignore[arg-type]
        )
    except ValidationError as error:
        messages.error(request, _error_text(error))
        return redirect("networks:nominations", network_slug=network.slug)
    messages.success(request, _("Invitation sent to %(name)s.") % {"name": nomination.nominee_name})
    return redirect("networks:invitations", network_slug=network.slug)


def invitations(request: HttpRequest, network_slug: str) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    _require(request, "networks.manage_membership")
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation_create(network=network, actor=request.user, **form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            _attach_errors(form, error)
        else:
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": form.cleaned_data["email"]}
            )
            return redirect("networks:invitations", network_slug=network.slug)
    rows = list(invitations_of_network(network=network)[:200])
    return render(request, "networks/invitations.html", {"form": form, "invitations": rows})


@require_POST
def invitation_revoke_view(
    request: HttpRequest, network_slug: str, invitation_id: int
) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    _require(request, "networks.manage_membership")
    invitation = get_object_or_404(Invitation, pk=invitation_id)
    try:
        invitation_revoke(invitation=invitation, actor=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Invitation revoked: its link no longer works."))
    return redirect("networks:invitations", network_slug=network.slug)


def welcome(request: HttpRequest, network_slug: str) -> HttpResponse:
    """The new-member packet (steward-edited Markdown, rendered safely) and the pledges."""
    network = request.network  # type: ignore[attr-defined]
    packet = render_markdown(membership_settings_for(network=network).packet_markdown)
    return render(
        request,
        "networks/welcome.html",
        {"packet": mark_safe(packet), "pledges": [_(p) for p in PLEDGES]},  # noqa: S308  (escaped by render_markdown)
    )


def membership_settings(request: HttpRequest, network_slug: str) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    _require(request, "networks.manage_membership")
    current = membership_settings_for(network=network)
    initial = {
        name: getattr(current, name)
        for name in (
            "check_in_after_months",
            "remove_after_months",
            "invitation_valid_days",
            "packet_markdown",
        )
    }
    form = MembershipSettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            membership_settings_update(network=network, actor=request.user, **form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            _attach_errors(form, error)
        else:
            messages.success(request, _("Membership settings saved."))
            return redirect("networks:membership_settings", network_slug=network.slug)
    return render(request, "networks/membership_settings.html", {"form": form})


ROSTER_PAGE_SIZE = 100


def roster(request: HttpRequest, network_slug: str) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    _require(request, "networks.manage_membership")
    status = request.GET.get("status", "")
    if status not in MembershipStatus.values:
        status = ""
    page_obj = Paginator(roster_of_network(network=network, status=status), ROSTER_PAGE_SIZE)
    return render(
        request,
        "networks/roster.html",
        {
            "page_obj": page_obj.get_page(request.GET.get("page")),
            "status": status,
            "statuses": MembershipStatus.choices,
            "override_form": StatusOverrideForm(),
        },
    )


@require_POST
def roster_override(request: HttpRequest, network_slug: str, membership_id: int) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    _require(request, "networks.manage_membership")
    target = get_object_or_404(Membership, pk=membership_id)
    form = StatusOverrideForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Status and note: choose a status and say why."))
    else:
        try:
            membership_status_override(membership=target, actor=request.user, **form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(request, _("Status changed for %(name)s.") % {"name": target.user})
    return redirect("networks:roster", network_slug=network.slug)
