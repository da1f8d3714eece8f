"""Follow-through pages. The network middleware has scoped the request already; every page
declares itself with `network_view` (stewards' pages with `followthrough.steward`)."""

from __future__ import annotations

import html
import re
import secrets
import uuid
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from functools import partial
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import COUNTED, Commitment, CommitmentStatus
from collaboratory.commitments.selectors import money_awaiting_guardian_of
from collaboratory.creditclub.models import Proposal
from collaboratory.followthrough import services
from collaboratory.followthrough.forms import (
    FilterForm,
    PartnershipForm,
    PartnershipKeepForm,
    ProjectUpdateForm,
    SettingsForm,
)
from collaboratory.followthrough.models import Partnership, PartnershipInvitation
from collaboratory.followthrough.selectors import (
    AtHost,
    CommitmentRow,
    commitment_history,
    commitment_rows_owed,
    commitment_rows_to_me,
    commitments_at_host,
    commitments_due_soon,
    commitments_overdue,
    commitments_overdue_count,
    followthrough_settings_for,
    gratitude_roll_call,
    is_overdue,
    member_ledger,
    partnership_choices,
    partnership_commitments,
    partnership_invitations_received,
    partnership_invitations_sent,
    partnership_member_search,
    partnership_members_chosen,
    partnership_milestones,
    partnerships_visible,
    presenter_feedback_list,
    span_networks,
)
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.selectors import GatheringBrief, next_gathering_brief
from collaboratory.networks.guests import is_guest
from collaboratory.networks.http import (
    NetworkRequest,
    deny_access,
    network_view,
    require_perm,
    url_for_each,
)
from collaboratory.networks.models import Membership, Network, Role
from collaboratory.networks.params import parse_id
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import under_guardians

# The button that makes each move, as the person making it reads it.
MOVE_LABELS = {
    lifecycle.OFFERED: gettext_lazy("Adjusted: offer it again"),
    lifecycle.ACKNOWLEDGED: gettext_lazy("Thank and accept"),
    lifecycle.ADJUST_REQUESTED: gettext_lazy("Ask to adjust"),
    lifecycle.IN_PROGRESS: gettext_lazy("Working on it"),
    lifecycle.DONE: gettext_lazy("Mark done"),
    lifecycle.KEPT: gettext_lazy("Confirm kept"),
    lifecycle.PARTLY_KEPT: gettext_lazy("Confirm partly kept"),
    lifecycle.DISPUTED: gettext_lazy("Not yet: say what is missing"),
    lifecycle.RELEASED: gettext_lazy("Release, with a note"),
    lifecycle.LAPSED: gettext_lazy("Settle as lapsed"),
}


STEWARD = "followthrough.steward"


def _is_steward(request: NetworkRequest) -> bool:
    return request.membership.role == Role.STEWARD


def _roles(request: NetworkRequest, commitment: Commitment) -> frozenset[str]:
    """The viewer's roles without a query: the steward role comes from the request's
    membership (the middleware's lookup)."""
    return _roles_of(request, commitment.committer_id, commitment.proposal.proposer_id)


def _roles_of(request: NetworkRequest, committer_id: int, proposer_id: int) -> frozenset[str]:
    roles = set()
    if committer_id == request.user.pk:
        roles.add(lifecycle.COMMITTER)
    if proposer_id == request.user.pk:
        roles.add(lifecycle.RECIPIENT)
    if _is_steward(request):
        roles.add(lifecycle.STEWARD)
    return frozenset(roles)


# Moves that set the row back or aside: drawn as secondary buttons.
SECONDARY_MOVES = frozenset({lifecycle.RELEASED, lifecycle.DISPUTED, lifecycle.LAPSED})


def _move(commitment: Commitment | CommitmentRow, move: str, wants_amount: bool) -> dict[str, Any]:
    """One button of a row, and whether pressing it first opens a small form: for the note
    the move needs, the amount delivered, or a question before a done commitment reopens."""
    needs_note = move in lifecycle.NOTE_REQUIRED
    amount = wants_amount and move == lifecycle.DONE
    reopens = move == lifecycle.IN_PROGRESS and commitment.status == lifecycle.DONE
    return {
        "value": move,
        "label": MOVE_LABELS[move],
        "needs_note": needs_note,
        "amount": amount,
        "reopens": reopens,
        "form": needs_note or amount or reopens,
        "secondary": move in SECONDARY_MOVES,
    }


def row_links(network_slug: str) -> Callable[[int], dict[str, str]]:
    """The links of a commitment's row (its page, its moves, its update form) for any id,
    reversed once: reversing costs ~20 us a link and My commitments shows up to 200 rows."""
    addresses = {
        key: url_for_each(
            f"followthrough:{'commitment' if key == 'page' else key}",
            "commitment_id",
            network_slug=network_slug,
        )
        for key in ("page", "act", "update")
    }
    return lambda pk: {key: address(pk) for key, address in addresses.items()}


def _row(
    request: NetworkRequest,
    commitment: Commitment,
    links: Callable[[int], dict[str, str]] | None = None,
) -> dict[str, Any]:
    """A row of My commitments: one button per move; only the move chosen shows its form
    (every row showing every form made 12 commitments a 5,300 px page)."""
    links = links or row_links(request.network.slug)
    return _row_context(
        commitment,
        commitment,
        links(commitment.pk),
        _roles(request, commitment),
        str(uuid.uuid4()),
        is_overdue(commitment, date_in(request.network, timezone.now())),
    )


def _row_context(
    commitment: Commitment | CommitmentRow,
    shown: Any,
    links: dict[str, str],
    roles: frozenset[str],
    update_key: str,
    overdue: bool,
) -> dict[str, Any]:
    """What `_row.html` reads: `commitment` decides the moves, `shown` is what the row prints
    (the commitment itself, or a row shape's stand-in). `update_key` is the update form's
    own key (a fresh UUID per row drawn), so an update sent twice is posted once."""
    wants_amount = lifecycle.COMMITTER in roles and commitment.amount is not None
    moves = [
        _move(commitment, m, wants_amount) for m in lifecycle.moves_for(commitment.status, roles)
    ]
    return {
        "c": shown,
        "links": links,
        "moves": moves,
        "quick_moves": [m for m in moves if not m["form"]],
        "form_moves": [m for m in moves if m["form"]],
        "is_committer": lifecycle.COMMITTER in roles,
        # Who `commitment_update_post` lets post: a steward reading the page gets no form.
        "posts_updates": bool(roles & {lifecycle.COMMITTER, lifecycle.RECIPIENT}),
        "update_key": update_key,
        "wants_amount": wants_amount,
        "settled": commitment.status in lifecycle.SETTLED,
        "overdue": overdue,
    }


# My commitments draws its rows from `_row.html` rendered once per *shape* (what decides
# the markup around the row's own text: status, kind of capital, unit, whether an amount and
# a delivered amount show, the viewer's roles, the language), with markers where each row's
# text goes, then filled in per row. A row cost ~0.3 ms in the template and is now a join of
# strings; the template stays the one description of a row (the commitment page and the
# htmx swap render it directly, and tests/followthrough/test_row_shapes.py holds the two
# ways to the same output). The markers carry a secret drawn per process, so page text
# cannot forge one; the filling is a single pass over the shape, never over what was filled.
_MARK = "m" + secrets.token_hex(8)
_MARKS = re.compile(f"{_MARK}([a-z]+){_MARK}")
ROW_TEXTS = (
    "pk",
    "what",
    "page",
    "act",
    "update",
    "proposer",
    "title",
    "committer",
    "amount",
    "due",
    "delivered",
    "key",
    "next",
    "csrf",
)


def _mark(name: str) -> str:
    return f"{_MARK}{name}{_MARK}"


class _Named:
    """A stand-in for a person or a project in a shape: only the marked text."""

    def __init__(self, **texts: object) -> None:
        self.__dict__.update(texts)


# Shapes drawn in this process (a few dozen in practice: the key's parts take few values).
_SHAPES: dict[tuple[object, ...], tuple[str, ...]] = {}
SHAPES_KEPT = 2048


def _row_shape(
    key: tuple[object, ...], commitment: CommitmentRow, roles: frozenset[str], overdue: bool
) -> tuple[str, ...]:
    """`_row.html` for a row of this shape, split at its markers: literal text at even
    places, the name of a row's text at odd ones. `key` holds everything the markup depends
    on besides the marked texts (the commitment passed in is any row of that shape)."""
    parts = _SHAPES.get(key)
    if parts is None:
        if len(_SHAPES) >= SHAPES_KEPT:
            _SHAPES.clear()
        parts = _SHAPES[key] = _draw_shape(commitment, roles, overdue)
    return parts


def _draw_shape(commitment: CommitmentRow, roles: frozenset[str], overdue: bool) -> tuple[str, ...]:
    stand_in = _Named(
        pk=_mark("pk"),
        status=commitment.status,
        what=_mark("what"),
        get_status_display=commitment.get_status_display,
        get_capital_display=commitment.get_capital_display,
        get_unit_display=commitment.get_unit_display,
        amount=commitment.amount,
        amount_text=_mark("amount"),
        delivered_amount=commitment.delivered_amount,
        delivered_text=_mark("delivered"),
        due_text=_mark("due"),
        proposal=_Named(title=_mark("title"), proposer=_Named(full_name=_mark("proposer"))),
        committer=_Named(full_name=_mark("committer")),
    )
    row = _row_context(
        commitment,
        stand_in,
        {key: _mark(key) for key in ("page", "act", "update")},
        roles,
        _mark("key"),
        overdue,
    )
    html = render_to_string(
        "followthrough/_row.html",
        {"row": row, "next": _mark("next"), "csrf_token": _mark("csrf")},
    )
    return tuple(_MARKS.split(html))


def _text(value: str) -> str:
    """`{{ value }}` for a row's text: plain strings escaped at once (Django's escape is the
    same html.escape behind a lazy-aware wrapper), anything else as Django escapes it."""
    if type(value) is str:
        return html.escape(value)
    return conditional_escape(value)


def rows_html(
    request: NetworkRequest,
    commitments: list[CommitmentRow],
    *,
    next_path: str,
    csrf_token: str,
    links: Callable[[int], dict[str, str]],
    network: Network | None = None,
) -> list[SafeString]:
    """The rows of My commitments, each what `_row.html` renders for it (see `_MARK`).
    `network` is the rows' own when not the page's (a youth guest's host network, whose
    calendar says what is overdue)."""
    language = get_language()
    shared = {"next": _text(next_path), "csrf": _text(csrf_token)}
    today = date_in(network or request.network, timezone.now())
    drawn = []
    for c in commitments:
        roles = _roles_of(request, c.committer_id, c.proposer_id)
        overdue = is_overdue(c, today)
        key = (
            language,
            c.status,
            c.capital,
            c.unit,
            c.amount is not None,
            bool(c.amount),
            c.delivered_amount is not None,
            roles,
            overdue,
        )
        parts = _row_shape(key, c, roles, overdue)
        row_links_ = links(c.pk)
        texts = {
            **shared,
            "pk": str(c.pk),
            "what": _text(c.what),
            "page": _text(row_links_["page"]),
            "act": _text(row_links_["act"]),
            "update": _text(row_links_["update"]),
            "amount": _text(c.amount_text) if c.amount else "",
            "due": _text(c.due_text),
            "key": str(uuid.uuid4()),
        }
        if lifecycle.COMMITTER in roles:
            texts["proposer"] = _text(c.proposer_name)
            texts["title"] = _text(c.title)
        else:
            texts["committer"] = _text(c.committer_name)
        if c.delivered_amount is not None and c.amount:
            texts["delivered"] = _text(c.delivered_text)
        drawn.append(
            mark_safe(  # noqa: S308 (the shape is escaped template output, the texts escaped)
                "".join(texts[part] if i % 2 else part for i, part in enumerate(parts))
            )
        )
    return drawn


def _commitment(request: NetworkRequest, commitment_id: int) -> Commitment:
    commitment = get_object_or_404(
        Commitment.objects.select_related("proposal__proposer", "committer", "ask", "gathering"),
        COUNTED,
        pk=commitment_id,
    )
    if not _roles(request, commitment):
        deny_access(request, "not a party to this commitment")
    return commitment


# Each list of My commitments shows its first MINE_ROWS rows (the most pressing first), and a
# link shows MINE_ROWS_STEP more, up to MINE_ROWS_MAX; the filters reach the rest. A presenter
# of a large network can be promised thousands, and rendering them all took seconds; most
# members owe fewer than 25, and every row rendered costs ~0.4 ms of the landing page.
MINE_ROWS = 25
MINE_ROWS_STEP = 100
MINE_ROWS_MAX = 1000


def _rows_asked(request: NetworkRequest, name: str) -> int:
    """How many rows of a list the "show more" links asked for (anything else: the first
    MINE_ROWS)."""
    raw = request.GET.get(name, "")
    if not raw.isdecimal():
        return MINE_ROWS
    return max(MINE_ROWS, min(int(raw) if len(raw) <= 9 else MINE_ROWS_MAX, MINE_ROWS_MAX))


# The head of My commitments (title, filters, links) is the same for everyone who sends the
# same filters in one language, steward or not, with the same next gathering: drawn once per
# process for each (no session, no token in it: the filters are a GET form), ~0.8 ms a page.
# The key names everything the head shows; what someone typed is in it, so the dict is
# emptied when it grows (like the row shapes).
_HEADS: dict[tuple[object, ...], str] = {}
HEADS_KEPT = 512


def _head(
    request: NetworkRequest,
    filters: FilterForm,
    next_gathering: GatheringBrief | None,
    filtered: bool,
) -> str:
    key = (
        get_language(),
        get_script_prefix(),
        request.network.slug,
        bool(request.GET),
        request.GET.get("status"),
        request.GET.get("capital"),
        _is_steward(request),
        next_gathering and (next_gathering.pk, next_gathering.title),
    )
    html = _HEADS.get(key)
    if html is None:
        if len(_HEADS) >= HEADS_KEPT:
            _HEADS.clear()
        html = _HEADS[key] = render_to_string(
            "followthrough/mine.html#head",
            {
                "network": request.network,
                "filters": filters,
                "filtered": filtered,
                "next_gathering": next_gathering,
                "is_steward": _is_steward(request),
            },
        )
    return mark_safe(html)  # noqa: S308 (template output)


def _at_host_rows(drawn: Callable[..., list[SafeString]], at_host: AtHost) -> dict[str, Any]:
    """The host's rows as My commitments draws its own, with the host's links and clock."""
    links, host = row_links(at_host.host.slug), at_host.host
    return {
        "at_host_owed": drawn(at_host.owed, links=links, network=host),
        "at_host_to_me": drawn(at_host.to_me, links=links, network=host),
    }


@network_view()
def mine(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """My commitments: what I owe by due date, what was promised to me by status."""
    network = request.network
    filters = FilterForm(request.GET or None)
    status, capital = filters.value("status"), filters.value("capital")
    owed_rows, to_me_rows = _rows_asked(request, "owed"), _rows_asked(request, "to_me")
    owed = commitment_rows_owed(
        network=network, user=request.user, status=status, capital=capital, limit=owed_rows + 1
    )
    to_me = commitment_rows_to_me(
        network=network, user=request.user, status=status, capital=capital, limit=to_me_rows + 1
    )
    links = row_links(network.slug)
    # A youth member's commitments at the host network, to and from them (their pass there
    # opens each row's page and moves). None elsewhere, with no query.
    at_host = commitments_at_host(
        cohort=network, user=request.user, status=status, capital=capital, limit=MINE_ROWS_MAX
    )
    # A youth member's money waiting for the guardian counts nowhere yet, so none of the
    # lists above has it: it is listed apart, with nothing to act on (every move and update
    # is refused until approved). Nobody else's page asks, so no query for them.
    youth = request.membership.role == Role.YOUTH_MEMBER
    awaiting = money_awaiting_guardian_of(network=network, user=request.user) if youth else []

    def more(shown: int, found: int) -> int | None:
        """The row count the list's "show more" link asks for, or None: all shown."""
        if found <= shown:
            return None
        return min(shown + MINE_ROWS_STEP, MINE_ROWS_MAX) if shown < MINE_ROWS_MAX else 0

    # One token for the page: the rows carry the one the page's own forms print.
    token = get_token(request)
    drawn = partial(
        rows_html, request, next_path=request.get_full_path(), csrf_token=token, links=links
    )
    return render(
        request,
        "followthrough/mine.html",
        {
            "owed": drawn(owed[:owed_rows]),
            "to_me": drawn(to_me[:to_me_rows]),
            "csrf_token": token,
            "owed_more": more(owed_rows, len(owed)),
            "to_me_more": more(to_me_rows, len(to_me)),
            "at_host": at_host,
            **(_at_host_rows(drawn, at_host) if at_host else {}),
            "awaiting": awaiting,
            # From 18 it is theirs to keep or withdraw, on the youth program's page.
            "awaiting_theirs": bool(awaiting) and not under_guardians(user=request.user),
            "head": _head(
                request,
                filters,
                next_gathering_brief(network=network),
                bool(status or capital),
            ),
        },
    )


@network_view()
def commitment_detail(
    request: NetworkRequest, network_slug: str, commitment_id: int
) -> HttpResponse:
    commitment = _commitment(request, commitment_id)
    today = date_in(request.network, timezone.now())
    return render(
        request,
        "followthrough/commitment.html",
        {
            "row": _row(request, commitment),
            "snoozed_until": services.snooze_until(
                commitment=commitment, user=request.user, today=today
            ),
            "tomorrow": (today + timedelta(days=1)).isoformat(),
            # The picker's last day: a later one would only be refused by the snooze.
            "snooze_last": (today + timedelta(days=services.SNOOZE_MAX_DAYS)).isoformat(),
            "history": commitment_history(commitment=commitment),
            # A youth guest's pass opens their own proposal's page only.
            "links_proposal": not is_guest(request.membership)
            or commitment.proposal.proposer_id == request.user.pk,
        },
    )


def _back(request: NetworkRequest, commitment: Commitment) -> HttpResponse:
    target = request.POST.get("next", "")
    # A path on this site only: anything else ("abc" would be taken for a view's name) is
    # dropped for the commitment's own page.
    if not (
        target.startswith("/")
        and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})
    ):
        target = ""
    return redirect(
        target or f"/n/{request.network.slug}/follow-through/commitments/{commitment.pk}/"
    )


def _error_text(error: ValidationError | PermissionDenied) -> str:
    if isinstance(error, ValidationError) and hasattr(error, "error_dict"):
        return " ".join(str(m) for ms in error.message_dict.values() for m in ms)
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


def _kept(request: NetworkRequest, *, update: bool) -> dict[str, Any]:
    """What a refused form had typed, to fill it in again (`_row.html`, `commitment.html`)."""
    return {
        "update": update,
        "note": request.POST.get("note", ""),
        "link": request.POST.get("link", ""),
        "delivered": request.POST.get("delivered_amount", ""),
        "key": request.POST.get("idempotency_key", ""),
    }


def _respond(
    request: NetworkRequest,
    commitment: Commitment,
    error: Exception | None,
    done: str,
    kept: dict[str, Any] | None = None,
) -> HttpResponse:
    """htmx swaps the row in place (with the message inside it); a plain form redirects,
    or, refused, gets the commitment's page back with the form open and filled in as it
    was sent (`kept`), so nothing typed on a phone is lost."""
    kept = kept if error is not None and kept is not None else {}
    if error is not None and not request.htmx:
        fresh = _commitment(request, commitment.pk)
        row = _row(request, fresh)
        if kept.get("update") and kept.get("key"):
            row["update_key"] = kept["key"]  # nothing was stored under it
        context = {
            "row": row,
            "history": commitment_history(commitment=fresh),
            "row_message": _error_text(error),  # type: ignore[arg-type]
            "row_error": True,
            "posted_move": request.POST.get("to", ""),
            "kept": kept,
        }
        return render(request, "followthrough/commitment.html", context, status=400)
    if request.htmx:
        fresh = _commitment(request, commitment.pk)
        page = reverse(
            "followthrough:commitment",
            kwargs={"network_slug": request.network.slug, "commitment_id": commitment.pk},
        )
        row = _row(request, fresh)
        if kept.get("update") and kept.get("key"):
            row["update_key"] = kept["key"]  # nothing was stored under it
        context = {
            "row": row,
            "kept": kept,
            "row_message": _error_text(error) if error else done,  # type: ignore[arg-type]
            "row_error": error is not None,
            # A refused move opens its form again, with the reason above it.
            "posted_move": request.POST.get("to", ""),
            "next": request.POST.get("next", ""),
        }
        # On the commitment's own page the facts above the row give the promise: the row
        # swapped in leaves it out, as the page's own row does.
        context["own_page"] = context["next"] == page
        html = render_to_string("followthrough/_row.html", context, request=request)
        if context["own_page"] and error is None:
            # On the commitment's own page its history changes too: swapped out of band.
            html += render_to_string(
                "followthrough/_history.html",
                {"history": commitment_history(commitment=fresh), "oob": True},
                request=request,
            )
        return HttpResponse(html, status=400 if error else 200)
    if error is not None:
        messages.error(request, _error_text(error))  # type: ignore[arg-type]
    else:
        messages.success(request, done)
    return _back(request, commitment)


@require_POST
@network_view()
def commitment_act(request: NetworkRequest, network_slug: str, commitment_id: int) -> HttpResponse:
    commitment = _commitment(request, commitment_id)
    to = request.POST.get("to", "")
    error: Exception | None = None
    try:
        services.commitment_transition(
            commitment=commitment,
            actor=request.user,
            to=to,
            note=request.POST.get("note", ""),
            delivered_amount=request.POST.get("delivered_amount") or None,
        )
    except (ValidationError, PermissionDenied) as caught:
        error = caught
    label = CommitmentStatus(to).label if to in CommitmentStatus.values else to
    return _respond(
        request,
        commitment,
        error,
        _("Saved: the commitment is now “%(s)s”.") % {"s": label},
        _kept(request, update=False),
    )


@require_POST
@network_view()
def commitment_update(
    request: NetworkRequest, network_slug: str, commitment_id: int
) -> HttpResponse:
    commitment = _commitment(request, commitment_id)
    error: Exception | None = None
    now = timezone.now()
    done = _("Update posted.")
    try:
        posted = services.commitment_update_post(
            commitment=commitment,
            author=request.user,
            note=request.POST.get("note", ""),
            link=request.POST.get("link", ""),
            idempotency_key=request.POST.get("idempotency_key", ""),
            now=now,
        )
    except (ValidationError, PermissionDenied) as caught:
        error = caught
    else:
        if posted.created_at != now:
            # The same form sent again (a timeout, a double tap): stored and emailed once.
            done = _("This update was already posted; nobody is emailed twice.")
    return _respond(request, commitment, error, done, _kept(request, update=True))


@require_POST
@network_view()
def commitment_snooze(
    request: NetworkRequest, network_slug: str, commitment_id: int
) -> HttpResponse:
    commitment = _commitment(request, commitment_id)
    if commitment.committer_id != request.user.pk:
        deny_access(request, "only the committer snoozes")
    error: Exception | None = None
    try:
        until = date.fromisoformat(request.POST.get("until", ""))
    except ValueError:
        error = ValidationError({"until": [_("Pick the day reminders should resume.")]})
    else:
        try:
            services.reminder_snooze(commitment=commitment, user=request.user, until=until)
        except (ValidationError, PermissionDenied) as caught:
            error = caught
    return _respond(request, commitment, error, _("Reminders paused."))


@require_POST
@network_view()
def commitment_snooze_end(
    request: NetworkRequest, network_slug: str, commitment_id: int
) -> HttpResponse:
    commitment = _commitment(request, commitment_id)
    if commitment.committer_id != request.user.pk:
        deny_access(request, "only the committer resumes reminders")
    services.reminder_snooze_end(commitment=commitment, user=request.user)
    return _respond(request, commitment, None, _("Reminders resumed."))


def _project(request: NetworkRequest, proposal_id: int) -> Proposal:
    proposal = get_object_or_404(Proposal.objects.select_related("gathering"), pk=proposal_id)
    if proposal.proposer_id != request.user.pk:
        if request.user.has_perm("creditclub.view_proposal", proposal):
            deny_access(request, "only the presenter")
        raise Http404
    return proposal


def _to_project(proposal: Proposal) -> HttpResponse:
    return redirect("creditclub:proposal", proposal.network.slug, proposal.pk)


def _project_update_refused(
    request: NetworkRequest, proposal: Proposal, errors: Mapping[str, list[str]]
) -> HttpResponse:
    """A refused project update comes back as its form, each problem beside its field and
    what was typed kept under the same key (nothing was stored under it)."""
    values = {name: request.POST.get(name, "") for name in ("text", "link", "idempotency_key")}
    if "idempotency_key" in errors or not values["idempotency_key"]:
        values["idempotency_key"] = str(uuid.uuid4())
    context = {
        "proposal": proposal,
        "values": values,
        "errors": errors,
        "other_errors": [m for f, ms in errors.items() if f not in ("text", "link") for m in ms],
    }
    return render(request, "followthrough/project_update.html", context, status=400)


@require_POST
@network_view()
def project_update(request: NetworkRequest, network_slug: str, proposal_id: int) -> HttpResponse:
    proposal = _project(request, proposal_id)
    form = ProjectUpdateForm(request.POST)
    if not form.is_valid():
        errors = {field: [str(m) for m in messages] for field, messages in form.errors.items()}
        return _project_update_refused(request, proposal, errors)
    now = timezone.now()
    try:
        update = services.project_update_post(
            proposal=proposal,
            author=request.user,
            text=form.cleaned_data["text"],
            link=form.cleaned_data["link"],
            idempotency_key=request.POST.get("idempotency_key", ""),
            now=now,
        )
    except ValidationError as error:
        errors = error.message_dict if hasattr(error, "error_dict") else {"": error.messages}
        return _project_update_refused(request, proposal, errors)
    except PermissionDenied as error:
        messages.error(request, _error_text(error))
    else:
        if update.created_at == now:
            messages.success(
                request, _("Update posted; everyone who made a commitment is emailed.")
            )
        else:
            # The same form sent again (a timeout, a double tap): stored and emailed once.
            messages.info(request, _("This update was already posted; nobody is emailed twice."))
    return _to_project(proposal)


@require_POST
@network_view()
def project_feedback(request: NetworkRequest, network_slug: str, proposal_id: int) -> HttpResponse:
    proposal = _project(request, proposal_id)
    try:
        services.presenter_feedback_save(
            proposal=proposal,
            author=request.user,
            helpful=request.POST.get("helpful", ""),
            text=request.POST.get("text", ""),
        )
    except ValidationError as error:
        # Refused: the form comes back with each reason beside its field and the words kept
        # (a redirect with a message lost what was typed).
        errors = error.message_dict if hasattr(error, "error_dict") else {"": error.messages}
        context = {
            "proposal": proposal,
            "values": {name: request.POST.get(name, "") for name in ("helpful", "text")},
            "errors": errors,
            "other_errors": [
                m for f, ms in errors.items() if f not in ("helpful", "text") for m in ms
            ],
        }
        return render(request, "followthrough/project_feedback.html", context, status=400)
    except PermissionDenied as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Thank you: the stewards will read your feedback."))
    return _to_project(proposal)


@network_view(perm=STEWARD)
def feedback_list(request: NetworkRequest, network_slug: str) -> HttpResponse:
    return render(
        request,
        "followthrough/feedback.html",
        {"feedback": presenter_feedback_list(network=request.network)},
    )


# Overdue commitments shows this many rows a page (oldest due first); what falls due within
# DUE_SOON_DAYS is listed below, its first DUE_SOON_ROWS. A network of 10,000 members can owe
# thousands: the page reads a count and two slices whatever their number.
OVERDUE_PER_PAGE = 50
DUE_SOON_DAYS = 7
DUE_SOON_ROWS = 50


@network_view(perm=STEWARD)
def overdue(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The network's commitments still owed after their due day (`is_overdue`, the rule My
    commitments marks rows by), for the stewards who chase them; and what falls due soon."""
    network = request.network
    today = date_in(network, timezone.now())
    paginator = Paginator(commitments_overdue(network=network, today=today), OVERDUE_PER_PAGE)
    # Counted without the rows' joins, from `commitment_network_owed` alone (the Paginator's
    # own count kept the joins and read the table).
    paginator.count = commitments_overdue_count(network=network, today=today)
    page = paginator.get_page(request.GET.get("page"))
    soon = list(
        commitments_due_soon(network=network, today=today, days=DUE_SOON_DAYS)[: DUE_SOON_ROWS + 1]
    )
    late = list(page.object_list)
    commitment_link = url_for_each(
        "followthrough:commitment", "commitment_id", network_slug=network.slug
    )
    project_link = url_for_each("creditclub:proposal", "proposal_id", network_slug=network.slug)
    for row in late + soon:
        row["page"] = commitment_link(row["pk"])
        row["project"] = project_link(row["proposal_id"])
        row["days_late"] = (today - row["due_on"]).days
    return render(
        request,
        "followthrough/overdue.html",
        {
            "page_obj": page,
            "late": late,
            "soon": soon[:DUE_SOON_ROWS],
            "soon_more": len(soon) > DUE_SOON_ROWS,
            "soon_days": DUE_SOON_DAYS,
        },
    )


@network_view()
def gratitude(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    gathering = get_object_or_404(Gathering, pk=gathering_id)
    return render(
        request,
        "followthrough/gratitude.html",
        {
            "gathering": gathering,
            "thanks": gratitude_roll_call(
                gathering=gathering, viewer=request.user, steward=_is_steward(request)
            ),
        },
    )


@network_view()
def ledger(request: NetworkRequest, network_slug: str) -> HttpResponse:
    return render(
        request,
        "followthrough/ledger.html",
        {
            "ledger": member_ledger(network=request.network, user=request.user),
            "person": request.user,
            "own": True,
        },
    )


@network_view(perm=STEWARD)
def member_ledger_view(
    request: NetworkRequest, network_slug: str, membership_id: int
) -> HttpResponse:
    membership = get_object_or_404(Membership.objects.select_related("user"), pk=membership_id)
    return render(
        request,
        "followthrough/ledger.html",
        {
            "ledger": member_ledger(network=request.network, user=membership.user),
            "person": membership.user,
            "own": membership.user_id == request.user.pk,
        },
    )


@network_view(perm=STEWARD)
def settings_view(request: NetworkRequest, network_slug: str) -> HttpResponse:
    current = followthrough_settings_for(network=request.network)
    form = SettingsForm(request.POST or None, instance=current)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            values = {name: form.cleaned_data[name] for name in form.fields}
            try:
                services.followthrough_settings_update(
                    network=request.network, actor=request.user, values=values
                )
            except ValidationError as error:
                for field, errs in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errs)
            else:
                messages.success(request, _("Follow-through settings saved."))
                return redirect("followthrough:settings", network_slug=request.network.slug)
        status = 400
    return render(request, "followthrough/settings.html", {"form": form}, status=status)


@network_view()
def partnerships(request: NetworkRequest, network_slug: str) -> HttpResponse:
    return render(
        request,
        "followthrough/partnerships.html",
        {
            "partnerships": partnerships_visible(
                network=request.network, user=request.user, steward=_is_steward(request)
            ),
            "is_steward": _is_steward(request),
        },
    )


def _member_ids(values: list[str]) -> list[int]:
    """The ticked membership ids; anything else is dropped (the form says what is wrong)."""
    return [i for i in map(parse_id, values) if i is not None]


def _member_results_context(
    request: NetworkRequest, q: str, exclude: list[int]
) -> dict[str, object]:
    """The name search's answer. An address gets one fixed sentence, whoever it belongs to."""
    results = [
        c
        for c in partnership_member_search(network=request.network, q=q)
        if c.membership_id not in exclude
    ]
    q = " ".join(q.split())
    return {"results": results, "q": q, "address": "@" in q, "searched": bool(q)}


@network_view()
def partnership_members(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """htmx: members whose name contains `member_q`, as boxes to tick (names only)."""
    context = _member_results_context(
        request,
        request.GET.get("member_q", ""),
        exclude=_member_ids(request.GET.getlist("members")),
    )
    return render(request, "followthrough/_member_results.html", context)


@network_view()
def partnership_new(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """Record a partnership. Members are picked by a search by name among the members anyone
    here may see; "Find" reloads the form with the results when JavaScript is off."""
    posted = request.POST if request.method == "POST" else None
    chosen_ids = _member_ids(posted.getlist("members")) if posted is not None else []
    chosen = partnership_members_chosen(network=request.network, membership_ids=chosen_ids)
    finding = posted is not None and "find" in posted
    choices = partnership_choices(network=request.network)
    choices["members"] = [(c.membership_id, c.name) for c in chosen]
    if posted is not None and finding:
        initial: dict[str, object] = {
            n: posted.get(n, "") for n in ("kind", "title", "story", "links")
        }
        initial |= {n: _member_ids(posted.getlist(n)) for n in ("organizations", "proposals")}
        form = PartnershipForm(initial=initial, choices=choices)
    else:
        form = PartnershipForm(posted, choices=choices)
    status = 200
    key_refused = False  # a key that is unusable or someone else's: the form gets a new one
    if posted is not None and not finding:
        if form.is_valid():
            data = form.cleaned_data
            try:
                partnership = services.partnership_record(
                    network=request.network,
                    recorded_by=request.user,
                    kind=data["kind"],
                    title=data["title"],
                    story=data["story"],
                    links=data["links"],
                    member_ids=[c.user_id for c in chosen if c.membership_id in data["members"]],
                    organization_ids=data["organizations"],
                    proposal_ids=data["proposals"],
                    idempotency_key=posted.get("idempotency_key", ""),
                )
            except ValidationError as error:
                key_refused = "idempotency_key" in error.message_dict
                for field, errs in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errs)
            else:
                messages.success(
                    request, _("Recorded. A steward will publish it to the network's list.")
                )
                return redirect("followthrough:partnership", network_slug, partnership.pk)
        status = 400
    q = posted.get("member_q", "") if posted is not None and finding else ""
    return render(
        request,
        "followthrough/partnership_form.html",
        {
            "form": form,
            "chosen": chosen,
            # The form's own key, kept while members are searched for: sent twice, the
            # partnership is recorded once.
            "form_key": (
                posted.get("idempotency_key") if posted is not None and not key_refused else ""
            )
            or str(uuid.uuid4()),
            **_member_results_context(request, q, exclude=chosen_ids),
        },
        status=status,
    )


def _partnership(request: NetworkRequest, partnership_id: int) -> Partnership:
    return get_object_or_404(
        partnerships_visible(
            network=request.network, user=request.user, steward=_is_steward(request)
        ),
        pk=partnership_id,
    )


@network_view()
def partnership_detail(
    request: NetworkRequest, network_slug: str, partnership_id: int
) -> HttpResponse:
    partnership = _partnership(request, partnership_id)
    return _partnership_page(request, partnership, PartnershipKeepForm())


def _partnership_page(
    request: NetworkRequest,
    partnership: Partnership,
    keep_form: PartnershipKeepForm,
    status: int = 200,
    milestone_key: str = "",
) -> HttpResponse:
    return render(
        request,
        "followthrough/partnership.html",
        {
            "p": partnership,
            "commitments": partnership_commitments(partnership=partnership),
            "milestones": partnership_milestones(partnership=partnership),
            "is_steward": _is_steward(request),
            "may_tend": services.partnership_may_tend(request.user, partnership),
            "span_networks": span_networks(user=request.user, network=partnership.network)
            if _is_steward(request)
            else [],
            # The addresses invited from here, for its stewards; never who is a member.
            "invitations": partnership_invitations_sent(partnership=partnership, now=timezone.now())
            if _is_steward(request)
            else [],
            "keep_form": keep_form,
            # The milestone form's own key: sent twice (a double tap), it adds one milestone.
            "milestone_key": milestone_key or str(uuid.uuid4()),
            "statuses": Partnership.Status.choices,
        },
        status=status,
    )


def _span(request: NetworkRequest, partnership: Partnership, slug: str, emails: list[str]) -> str:
    """Invite members of a sibling local network onto the partnership, named by email; only
    networks the steward belongs to can be chosen. The answer (returned) is the same
    whatever the addresses are: it must not tell the steward who is a member of the other
    network. Those who are see an invitation, and are named only once they accept."""
    partner = next(
        (
            n
            for n in span_networks(user=request.user, network=partnership.network)
            if n.slug == slug
        ),
        None,
    )
    if partner is None:
        raise ValidationError(
            {"partner_network": [_("Choose a local network you belong to, beside this one.")]}
        )
    services.partnership_invite(
        partnership=partnership, actor=request.user, partner_network=partner, emails=emails
    )
    return _(
        "Invitation sent to each address that belongs to an adult member of %(network)s. "
        "They are named on the partnership once they accept."
    ) % {"network": partner.name}


@require_POST
@network_view()
def partnership_keep(
    request: NetworkRequest, network_slug: str, partnership_id: int
) -> HttpResponse:
    """Milestones and status, kept by the people on the partnership and the stewards."""
    partnership = _partnership(request, partnership_id)
    # After the lookup: a partnership this viewer may not see is a 404 before it is a 403.
    if not services.partnership_may_tend(request.user, partnership):
        deny_access(request, "followthrough.keep_partnership")
    form = PartnershipKeepForm(request.POST)
    # The add form's key: kept when the form comes back for another reason, so a corrected
    # form sent twice still adds once; a new one when the key itself was refused.
    milestone_key = request.POST.get("idempotency_key") or ""
    if form.is_valid():
        data = form.cleaned_data
        done = ""
        try:
            if data["action"] == "milestone_add":
                services.partnership_milestone_add(
                    partnership=partnership,
                    actor=request.user,
                    title=data["title"],
                    due_on=data["due_on"],
                    idempotency_key=milestone_key,
                )
            elif data["action"] == "status":
                services.partnership_status_set(
                    partnership=partnership, actor=request.user, status=data["status"]
                )
            elif data["action"] == "span":
                done = _span(request, partnership, data["partner_network"], form.emails())
            else:
                milestone = (
                    partnership_milestones(partnership=partnership)
                    .filter(pk=data["milestone"])
                    .first()
                )
                if milestone is None:
                    raise ValidationError(
                        {"milestone": [_("Choose a milestone of this partnership.")]}
                    )
                services.partnership_milestone_reach(
                    milestone=milestone,
                    actor=request.user,
                    reached=data["action"] == "milestone_reach",
                )
        except ValidationError as error:
            if "idempotency_key" in error.message_dict:
                milestone_key = ""
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, done or _("Partnership updated."))
            return redirect("followthrough:partnership", network_slug, partnership.pk)
    return _partnership_page(request, partnership, form, status=400, milestone_key=milestone_key)


@require_POST
@network_view()
def partnership_publish(
    request: NetworkRequest, network_slug: str, partnership_id: int
) -> HttpResponse:
    partnership = _partnership(request, partnership_id)
    # After the lookup: a partnership this viewer may not see is a 404 before it is a 403.
    require_perm(request, STEWARD)
    publish = request.POST.get("publish") == "1"
    services.partnership_publish(partnership=partnership, actor=request.user, published=publish)
    messages.success(
        request,
        _("Published to the network's list.") if publish else _("Taken off the list."),
    )
    return redirect("followthrough:partnership", network_slug, partnership.pk)


@network_view()
def partnership_invitations(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """Invitations onto partnerships of sibling networks: a member's own, to answer, and for
    stewards every one sent to the network's members."""
    return render(
        request,
        "followthrough/partnership_invitations.html",
        {
            "invitations": partnership_invitations_received(
                network=request.network,
                user=request.user,
                steward=_is_steward(request),
                now=timezone.now(),
            ),
            "is_steward": _is_steward(request),
        },
    )


@network_view()
def partnership_invitation(
    request: NetworkRequest, network_slug: str, invitation_id: int
) -> HttpResponse:
    """The invited member reads the partnership and accepts or declines. Anyone else gets
    "not found", as for an invitation that does not exist."""
    invitation = get_object_or_404(
        PartnershipInvitation.objects.select_related("partnership", "home_network", "invited_by"),
        network=request.network,
        invitee=request.user,
        pk=invitation_id,
    )
    error = ""
    if request.method == "POST":
        answer = request.POST.get("answer")
        if answer in ("accept", "decline"):
            try:
                services.partnership_invitation_answer(
                    invitation=invitation, user=request.user, accept=answer == "accept"
                )
            except (ValidationError, PermissionDenied) as refused:
                error = _error_text(refused)
            else:
                messages.success(
                    request,
                    _("Accepted: you are on the partnership now.")
                    if answer == "accept"
                    else _("Declined. Its stewards read only that it was not accepted."),
                )
                return redirect("followthrough:partnership_invitations", network_slug)
        else:
            error = _("Choose accept or decline.")
    lines = partnership_invitations_received(
        network=request.network, user=request.user, steward=False, now=timezone.now()
    )
    line = next(x for x in lines if x.invitation.pk == invitation.pk)
    return render(
        request,
        "followthrough/partnership_invitation.html",
        {"line": line, "i": invitation, "error": error},
        status=400 if error else 200,
    )
