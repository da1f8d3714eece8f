"""Networks' pages. The middleware has already resolved request.network and admitted the
viewer; every page wears `network_view` (the request typed once, an audited 403)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from collaboratory.networks import pagecache
from collaboratory.networks.defaults import default_text, packet_text
from collaboratory.networks.forms import (
    DecisionForm,
    DirectoryFilterForm,
    InvitationForm,
    MembershipSettingsForm,
    NominationForm,
    OrganizationChangeForm,
    SectorAddForm,
    attach_errors,
    error_text,
    sectors_by_label,
)
from collaboratory.networks.http import (
    NetworkRequest,
    membership_ended_text,
    network_view,
    record_denial,
)
from collaboratory.networks.models import (
    Invitation,
    MembershipStatus,
    Nomination,
    NominationStatus,
    Sector,
)
from collaboratory.networks.packet import render_markdown
from collaboratory.networks.params import parse_id
from collaboratory.networks.selectors import (
    INVITATION_STATES,
    DirectoryFilters,
    check_in_open,
    directory_members,
    directory_page,
    directory_regions,
    how_joined,
    invitation_mail_waiting,
    invitations_of_network,
    latest_invitations,
    membership_is_last_steward,
    membership_settings_for,
    nominations_by,
    nominations_for_review,
    nominee_memberships,
    organization_changes_of,
    roster_thin_spots,
)
from collaboratory.networks.services import (
    PLEDGES,
    check_in_answer,
    invitation_create,
    invitation_revoke,
    last_steward_leaving_text,
    membership_leave,
    membership_organization_change,
    membership_settings_update,
    nomination_create,
    nomination_decide,
    sector_add,
    student_without_organization_text,
)
from collaboratory.plaintext import search_text

# --- Membership: directory, nominations, invitations, packet, roster, settings ---------------


DIRECTORY_PAGE_SIZE = 50


@network_view("networks.view_directory")
def directory(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The member directory, filtered in place with htmx. What it lists is the same for every
    member (the selectors take the network, never the viewer), so the rendered list is kept
    per visibility class, query string and content version (networks.pagecache): a member's
    first view is served by another's, and any audited write shows on the next request."""
    htmx = bool(getattr(request, "htmx", False))
    data, page = _directory_params(request.GET)
    # Keyed on what the directory reads, normalised: any other parameter (`?x=1`, a
    # tracking tag) made a part of its own, so a loop of them filled the cache.
    key = pagecache.shared_key("directory", request, htmx, sorted(data.items()), page)
    entry = pagecache.get_or_render(
        key,
        lambda: _directory_html(request, htmx, data, page),
        fresh=lambda entry: True,
        seconds=pagecache.SHARED_SECONDS,
        keep=lambda entry: entry.get("page") == page,
    )
    if htmx:
        return HttpResponse(entry["html"])
    return render(request, "networks/directory.html", {"body": mark_safe(entry["html"])})  # noqa: S308


DIRECTORY_FIELDS = ("q", "category", "issue", "sector", "region")


def _directory_params(query: QueryDict) -> tuple[dict[str, str], int]:
    """What the directory reads of its address: its filters that are not blank (trimmed)
    and the page (a whole number from 1, junk as the first); nothing else in the address."""
    data = {name: query.get(name, "").strip() for name in DIRECTORY_FIELDS}
    return {k: v for k, v in data.items() if v}, parse_id(query.get("page")) or 1


def _directory_html(
    request: NetworkRequest, htmx: bool, data: dict[str, str], page: int
) -> dict[str, object]:
    """The directory's list (with its filters unless htmx asks for the results alone), from
    the normalised parameters only (the pager's links too), and the page it shows."""
    network = request.network
    form = DirectoryFilterForm(
        data or None, network=network, regions=directory_regions(network=network)
    )
    filters = DirectoryFilters()
    if form.is_bound and form.is_valid():
        chosen = form.cleaned_data
        filters = DirectoryFilters(
            q=chosen["q"].strip(),
            category=chosen["category"],
            issue=chosen["issue"].strip(),
            sector=chosen["sector"],
            region=chosen["region"],
        )
    page_obj = directory_page(
        network=network,
        filters=filters,
        page=page,
        per_page=DIRECTORY_PAGE_SIZE,
    )
    context = {"network": network, "form": form, "page_obj": page_obj, "query": urlencode(data)}
    part = "results" if htmx else "body"
    return {
        "html": render_to_string(f"networks/directory.html#{part}", context),
        "page": page_obj.number,
    }


@network_view("networks.nominate")
def nomination_new(request: NetworkRequest, network_slug: str) -> HttpResponse:
    network = request.network
    form = NominationForm(request.POST or None, network=network)
    if request.method == "POST" and form.is_valid():
        try:
            nomination_create(network=network, nominator=request.user, **form.cleaned_data)
        except ValidationError as error:
            attach_errors(form, error)
        else:
            messages.success(
                request,
                _("Thank you. The stewards will review your nomination of %(name)s.")
                % {"name": form.cleaned_data["nominee_name"]},
            )
            return redirect("networks:nomination_new", network_slug=network.slug)
    criteria = default_text(membership_settings_for(network=network).criteria)
    return render(
        request,
        "networks/nomination_new.html",
        {
            "form": form,
            "criteria": criteria,
            "mine": nominations_by(network=network, user=request.user),
        },
    )


NOMINATIONS_PAGE_SIZE = 100
WAITING_PAGE_SIZE = 50


@network_view("networks.manage_membership")
def nominations(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The stewards' review queue, with the roster's thin spots beside it."""
    network = request.network
    # Each list by its own pager (`?waiting=` and `?page=`), newest first, every link keeping
    # the other's page: the queue showed the newest 200 waiting ones and no more, and 200
    # decided ones had pushed the waiting ones off the page once.
    waiting = Paginator(
        nominations_for_review(network=network)
        .filter(status=NominationStatus.PENDING)
        .order_by("-created_at", "-pk"),
        WAITING_PAGE_SIZE,
    ).get_page(request.GET.get("waiting"))
    pending = list(waiting)
    page = Paginator(
        nominations_for_review(network=network)
        .exclude(status=NominationStatus.PENDING)
        .order_by("-created_at", "-pk"),
        NOMINATIONS_PAGE_SIZE,
    ).get_page(request.GET.get("page"))
    decided = list(page)
    latest = latest_invitations(network=network, nominations=decided)
    known = nominee_memberships(network=network, nominations=pending)
    return render(
        request,
        "networks/nominations.html",
        {
            "pending": [(n, known.get(n.pk)) for n in pending],
            "decided": [(n, latest.get(n.pk)) for n in decided],
            "thin": roster_thin_spots(network=network),
            "criteria": default_text(membership_settings_for(network=network).criteria),
            "decision_form": DecisionForm(),
            "page_obj": page,
            "waiting_page": waiting,
        },
    )


@require_POST
@network_view("networks.manage_membership")
def nomination_decide_view(
    request: NetworkRequest, network_slug: str, nomination_id: int
) -> HttpResponse:
    network = request.network
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
                actor=request.user,
            )
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            messages.success(request, _("Decision recorded."))
    return redirect("networks:nominations", network_slug=network.slug)


@require_POST
@network_view("networks.manage_membership")
def nomination_invite(
    request: NetworkRequest, network_slug: str, nomination_id: int
) -> HttpResponse:
    network = request.network
    nomination = get_object_or_404(Nomination, pk=nomination_id)
    try:
        invitation, _token = invitation_create(
            network=network,
            email="",
            full_name="",
            nomination=nomination,
            actor=request.user,
        )
    except ValidationError as error:
        messages.error(request, error_text(error))
        return redirect("networks:nominations", network_slug=network.slug)
    _invitation_told(request, invitation, who=nomination.nominee_name)
    return redirect("networks:invitations", network_slug=network.slug)


def _invitation_told(request: NetworkRequest, invitation: Invitation, *, who: str) -> None:
    """Sent, or waiting for the mail server: `mail_send` counts a kept email as handled,
    so "sent" would be untrue while the server is down."""
    if invitation_mail_waiting(invitation=invitation):
        messages.warning(
            request,
            _(
                "The invitation to %(who)s is saved; its email is waiting for the mail server "
                "and will be tried again for two days."
            )
            % {"who": who},
        )
    else:
        messages.success(request, _("Invitation sent to %(name)s.") % {"name": who})


@network_view("networks.manage_membership")
def invitations(request: NetworkRequest, network_slug: str) -> HttpResponse:
    network = request.network
    form = InvitationForm(request.POST or None, network=network)
    if request.method == "POST" and form.is_valid():
        try:
            invitation, _token = invitation_create(
                network=network, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            attach_errors(form, error)
        else:
            _invitation_told(request, invitation, who=form.cleaned_data["email"])
            return redirect("networks:invitations", network_slug=network.slug)
    state, query, kept = _invitation_filters(request.GET)
    page = Paginator(
        invitations_of_network(network=network, state=state, query=query), INVITATIONS_PAGE_SIZE
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "networks/invitations.html",
        {
            "form": form,
            "page_obj": page,
            "state": state,
            "query": query,
            "kept": urlencode(kept),
            "states": [
                ("pending", _("Pending")),
                ("accepted", _("Accepted")),
                ("revoked", _("Revoked")),
                ("expired", _("Expired")),
            ],
        },
    )


INVITATIONS_PAGE_SIZE = 50


def _invitation_filters(values: QueryDict) -> tuple[str, str, dict[str, str]]:
    """The list's state filter (one of the four, else every state) and search (control
    characters are spaces: a NUL cannot reach PostgreSQL), and the two as kept in links."""
    state = values.get("state", "")
    if state not in INVITATION_STATES:
        state = ""
    query = " ".join(search_text(values.get("q", "")).split())
    return state, query, {k: v for k, v in (("q", query), ("state", state)) if v}


@require_POST
@network_view("networks.manage_membership")
def invitation_revoke_view(
    request: NetworkRequest, network_slug: str, invitation_id: int
) -> HttpResponse:
    network = request.network
    invitation = get_object_or_404(Invitation, pk=invitation_id)
    # Back to the page of the list the steward was on (its search, filter and page).
    _state, _query, kept = _invitation_filters(request.POST)
    page = parse_id(request.POST.get("page"))
    back = reverse("networks:invitations", kwargs={"network_slug": network.slug})
    if page and page > 1:
        kept["page"] = str(page)
    if kept:
        back += "?" + urlencode(kept)
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Nothing was revoked: confirm with the button under “Revoke…”."))
        return redirect(back)
    try:
        invitation_revoke(invitation=invitation, actor=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("Invitation revoked: its link no longer works."))
    return redirect(back)


@network_view()
def welcome(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The new-member packet (steward-edited Markdown, rendered safely; the untouched default
    of the network's kind in the reader's language), a greeting worded from how the reader
    joined, and the pledges."""
    network = request.network
    stored = membership_settings_for(network=network).packet_markdown
    packet = render_markdown(packet_text(stored, kind=network.kind))
    return render(
        request,
        "networks/welcome.html",
        {
            "packet": mark_safe(packet),  # noqa: S308  (escaped by render_markdown)
            "joined": how_joined(membership=request.membership),
            "pledges": [_(p) for p in PLEDGES],
        },
    )


@network_view("networks.manage_membership")
def membership_settings(request: NetworkRequest, network_slug: str) -> HttpResponse:
    network = request.network
    current = membership_settings_for(network=network)
    initial = {
        name: getattr(current, name)
        for name in ("check_in_after_months", "remove_after_months", "invitation_valid_days")
    } | {
        # An untouched default shows in the steward's language (the form stores it back).
        "packet_markdown": packet_text(current.packet_markdown, kind=network.kind),
        "criteria": default_text(current.criteria),
    }
    # Two forms on the page: the settings, and a sector to add to the network's list.
    adding = request.method == "POST" and request.POST.get("form") == "sector"
    form = MembershipSettingsForm(
        request.POST if request.method == "POST" and not adding else None, initial=initial
    )
    sector_form = SectorAddForm(request.POST if adding else None)
    if adding and sector_form.is_valid():
        try:
            sector = sector_add(
                network=network, name=sector_form.cleaned_data["name"], actor=request.user
            )
        except ValidationError as error:
            attach_errors(sector_form, error)
        else:
            messages.success(request, _("%(name)s is on the list of sectors.") % {"name": sector})
            return redirect("networks:membership_settings", network_slug=network.slug)
    elif request.method == "POST" and not adding and form.is_valid():
        try:
            membership_settings_update(network=network, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            attach_errors(form, error)
        else:
            messages.success(request, _("Membership settings saved."))
            return redirect("networks:membership_settings", network_slug=network.slug)
    return render(
        request,
        "networks/membership_settings.html",
        {
            "form": form,
            "sector_form": sector_form,
            "sectors": sectors_by_label(Sector.objects.filter(network=network)),
        },
    )


@network_view()
def check_in(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The member's answer to the stewards' check-in: stay or leave."""
    network = request.network
    membership = request.membership
    open_check_in = check_in_open(membership=membership)
    if request.method == "POST":
        choice = request.POST.get("answer")
        if choice not in ("stay", "leave"):
            messages.error(request, _("Answer: choose whether you wish to stay or leave."))
        elif choice == "leave" and request.POST.get("confirm") != "yes":
            # Leaving ends the membership: asked again, as it sat one tap from "stay".
            messages.error(
                request,
                _("Nothing was changed: confirm with the button under “No, I wish to leave…”."),
            )
        else:
            try:
                check_in_answer(membership=membership, stay=choice == "stay")
            except ValidationError as error:
                messages.error(request, error_text(error))
            else:
                messages.success(request, _("Thank you: your answer is recorded."))
                if choice == "leave":
                    return redirect("web:home")
        return redirect("networks:check_in", network_slug=network.slug)
    return render(request, "networks/check_in.html", {"open_check_in": open_check_in})


@network_view()
def leave(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The member leaves this network whenever they wish, asked first on a page of its own
    (the network home links it). A second tap is answered by NetworkMiddleware, as for any
    ended membership."""
    network = request.network
    if request.method == "POST":
        if request.POST.get("confirm") != "yes":
            messages.error(
                request, _("Nothing was changed: confirm with the button “Leave the network”.")
            )
            return redirect("networks:leave", network_slug=network.slug)
        try:
            membership_leave(membership=request.membership)
        except ValidationError as error:
            messages.error(request, error_text(error))
            return redirect("networks:leave", network_slug=network.slug)
        messages.success(request, membership_ended_text(network, MembershipStatus.ALUMNI))
        return redirect("web:home")
    last = membership_is_last_steward(membership=request.membership)
    return render(
        request,
        "networks/leave.html",
        {"last_steward": last_steward_leaving_text(network) if last else ""},
    )


@network_view()
def my_organization(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """ "I changed organizations": the member updates organization, title and sector here;
    the stewards are told and the history is kept. A student, who belongs to no
    organization, is refused (audited) on a page that says why, GET or POST alike: only the
    links were gone, and the typed address still saved one."""
    network = request.network
    membership = request.membership
    if membership.is_student:
        record_denial(request, "a student belongs to no organization")
        refused = student_without_organization_text(network)
        return render(request, "networks/my_organization.html", {"refused": refused}, status=403)
    form = OrganizationChangeForm(
        request.POST or None,
        network=network,
        initial={
            "organization_name": membership.organization.name if membership.organization else "",
            "title": membership.title,
            "sector": membership.sector_id,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            membership_organization_change(membership=membership, **form.cleaned_data)
        except ValidationError as error:
            attach_errors(form, error)
        else:
            messages.success(request, _("Saved. Your stewards have been told."))
            return redirect("networks:my_organization", network_slug=network.slug)
    history = organization_changes_of(membership=membership, limit=20)
    return render(request, "networks/my_organization.html", {"form": form, "history": history})


@network_view()
def member_photo(request: NetworkRequest, network_slug: str, membership_id: int) -> HttpResponse:
    """A member's photo, for fellow members of this network who may see them in the
    directory (the same visibility: minors only inside their youth cohort)."""
    network = request.network
    member = get_object_or_404(
        directory_members(network=network, filters=DirectoryFilters()).exclude(
            user__profile__photo=""
        ),
        pk=membership_id,
    )
    profile = member.user.profile
    with profile.photo.open("rb") as photo:  # re-encoded at upload: pixels only, <= 1024 px
        response = HttpResponse(photo.read(), content_type=profile.photo_type)
    response["Cache-Control"] = "private, max-age=3600"
    response["Content-Disposition"] = "inline"
    return response
