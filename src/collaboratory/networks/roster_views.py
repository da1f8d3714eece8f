"""The stewards' roster pages: the roster with status overrides, the CSV import (upload ->
map columns -> preview with every row checked -> import all or nothing) and the export."""

from __future__ import annotations

import contextlib
import re
import secrets
import time
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings as django_settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from collaboratory.networks.defaults import sector_spellings
from collaboratory.networks.forms import StatusOverrideForm, attach_errors, error_text
from collaboratory.networks.http import (
    NetworkRequest,
    membership_ended_text,
    network_view,
    url_for_each,
)
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    STEWARD_SET_STATUSES,
    Membership,
    MembershipStatus,
    Role,
)
from collaboratory.networks.params import parse_id
from collaboratory.networks.roster_csv import (
    FIELDS,
    CsvUnreadable,
    guess_mapping,
    mapping_problems,
    read_csv,
    validate_rows,
)
from collaboratory.networks.roster_messages import (
    CSV_MESSAGES,
    FIELD_LABELS,
    MAPPING_MESSAGES,
    row_messages,
)
from collaboratory.networks.selectors import (
    invitation_closed_emails,
    invitation_waiting_emails,
    roster_import_facts,
    roster_of_network,
)
from collaboratory.networks.services import (
    membership_change_role,
    membership_status_override,
    roster_export_csv,
    roster_import,
)
from collaboratory.people.models import MINOR_AGE_BANDS, AgeBand
from collaboratory.plaintext import search_text

ROSTER_PAGE_SIZE = 100


@network_view("networks.manage_membership")
def roster(request: NetworkRequest, network_slug: str) -> HttpResponse:
    network = request.network
    status = request.GET.get("status", "")
    if status not in MembershipStatus.values:
        status = ""
    # Control characters become spaces (a NUL cannot reach PostgreSQL: it answered 500).
    query = " ".join(search_text(request.GET.get("q", "")).split())
    page = Paginator(
        roster_of_network(network=network, status=status, query=query), ROSTER_PAGE_SIZE
    ).get_page(request.GET.get("page"))
    # The pager keeps the search and the filter.
    kept = urlencode({k: v for k, v in (("q", query), ("status", status)) if v})
    slug = {"network_slug": network.slug}
    ledger = url_for_each("followthrough:member_ledger", "membership_id", **slug)
    override = url_for_each("networks:roster_override", "membership_id", **slug)
    # Translated once, not once per option of each of the page's 100 selects; each row's
    # options are one of eight strings, built here rather than by 800 template loop turns.
    statuses = [(value, str(label)) for value, label in MembershipStatus.choices]
    # The menu offers only what a steward may set (not "invited" or "waiting for consent").
    settable = [(value, label) for value, label in statuses if value in STEWARD_SET_STATUSES]
    options = {
        current: format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            # A status the steward may not set stays shown, selected but not sendable
            # (a row waiting for consent did not read as "Active").
            (
                [(current, " selected disabled", label)]
                if current not in STEWARD_SET_STATUSES
                else []
            )
            + [(value, " selected" if value == current else "", text) for value, text in settable],
        )
        for current, label in statuses
    }
    role_url = url_for_each("networks:roster_role", "membership_id", **slug)
    words = _role_words()
    rows = [
        (
            m,
            ledger(m.pk),
            override(m.pk),
            options.get(m.status, ""),
            _role_action(m, role_url(m.pk), viewer_id=request.user.pk, words=words),
        )
        for m in page
    ]
    return render(
        request,
        "networks/roster.html",
        {
            "page_obj": page,
            "rows": rows,
            "status": status,
            "query": query,
            "kept": kept,
            "statuses": statuses,
            "override_form": StatusOverrideForm(),
        },
    )


def _role_words() -> dict[str, str]:
    """The role menu's sentences, translated once per page rather than once per row."""
    return {
        "make": _("Make steward…"),
        "make_note": _(
            "%(name)s will see the roster, invite members and run the gatherings, as you do. "
            "They are told by email."
        ),
        "make_button": _("Make %(name)s a steward"),
        "take": _("Take away the steward role…"),
        "take_note": _("%(name)s becomes a member again and is told by email."),
        "take_button": _("Take away %(name)s's steward role"),
        "own": _("Step down as steward…"),
        "own_note": _(
            "You become a member again and no longer see this roster. The network needs "
            "another admitted steward first."
        ),
        "own_button": _("Step down as steward"),
    }


def _role_action(
    m: Membership, url: str, *, viewer_id: int, words: dict[str, str]
) -> dict[str, str] | None:
    """What the row's role menu offers: a steward's role can be taken away (their own:
    stepping down), an admitted adult can be made a steward; nothing for a student or a
    membership that no longer admits its holder."""
    name = {"name": m.user.full_name}
    if m.role == Role.STEWARD:
        if m.user_id == viewer_id:
            return {
                "url": url,
                "role": Role.MEMBER,
                "summary": words["own"],
                "note": words["own_note"],
                "button": words["own_button"],
            }
        return {
            "url": url,
            "role": Role.MEMBER,
            "summary": words["take"],
            "note": words["take_note"] % name,
            "button": words["take_button"] % name,
        }
    if m.status in ADMITTED_STATUSES and not m.user.is_minor:
        return {
            "url": url,
            "role": Role.STEWARD,
            "summary": words["make"],
            "note": words["make_note"] % name,
            "button": words["make_button"] % name,
        }
    return None


@require_POST
@network_view("networks.manage_membership")
def roster_role(request: NetworkRequest, network_slug: str, membership_id: int) -> HttpResponse:
    """Make a member a steward, or take the steward role away (one's own: stepping down).
    Changes nothing without the confirmation's `confirm=yes`."""
    network = request.network
    target = get_object_or_404(Membership.objects.select_related("user"), pk=membership_id)
    role = request.POST.get("role", "")
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Nothing was changed: confirm with the button in the role menu."))
    elif role not in (Role.STEWARD, Role.MEMBER):
        messages.error(request, _("Role: choose Steward or Member."))
    else:
        try:
            membership_change_role(membership=target, role=role, actor=request.user)
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            if target.user_id == request.user.pk and role != Role.STEWARD:
                messages.success(
                    request,
                    _("You are no longer a steward of %(network)s.") % {"network": network.name},
                )
                return redirect("networks:home", network_slug=network.slug)
            if role == Role.STEWARD:
                done = _("%(name)s is now a steward.")
            else:
                done = _("%(name)s is no longer a steward.")
            messages.success(request, done % {"name": target.user.full_name})
    return redirect("networks:roster", network_slug=network.slug)


@require_POST
@network_view("networks.manage_membership")
def roster_override(request: NetworkRequest, network_slug: str, membership_id: int) -> HttpResponse:
    """Set a status by hand. A status that ends the membership is asked again first (the
    row's Set did it at once); bad input or a refusal comes back on a page of its own, by
    field, instead of a line at the top of a long roster."""
    network = request.network
    target = get_object_or_404(Membership.objects.select_related("user"), pk=membership_id)
    form = StatusOverrideForm(request.POST)
    if form.is_valid():
        status = form.cleaned_data["status"]
        if status not in ADMITTED_STATUSES and request.POST.get("confirm") != "yes":
            return _status_page(request, target, form, confirm=True)
        try:
            membership_status_override(membership=target, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            attach_errors(form, error)
        else:
            if target.user_id == request.user.pk and target.status not in ADMITTED_STATUSES:
                # Their own membership ended: the roster (the whole network) is no longer
                # theirs, and going back to it was a bare "not found". A second tap is
                # answered the same by NetworkMiddleware.
                messages.success(request, membership_ended_text(network, target.status))
                return redirect("web:home")
            messages.success(request, _("Status changed for %(name)s.") % {"name": target.user})
            return redirect("networks:roster", network_slug=network.slug)
    return _status_page(request, target, form, confirm=False)


def _status_page(
    request: NetworkRequest, member: Membership, form: StatusOverrideForm, *, confirm: bool
) -> HttpResponse:
    chosen = form.cleaned_data.get("status", "") if hasattr(form, "cleaned_data") else ""
    return render(
        request,
        "networks/roster_status.html",
        {
            "member": member,
            "form": form,
            "confirm": confirm,
            "chosen": MembershipStatus(chosen).label if chosen else "",
        },
    )


# --- Roster CSV import and export ---------------------------------------------------------

IMPORT_DIR = "roster-imports"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# An upload holds names and addresses of people not (yet) invited: kept while a steward
# maps and previews it, removed on import, on the steward's next upload, and a day after
# it was left.
IMPORT_KEEP_SECONDS = 24 * 3600


def _forget_uploads(folder: Path, previous: Path | None) -> None:
    """Remove the steward's previous upload and every upload left for a day."""
    if previous is not None:
        previous.unlink(missing_ok=True)
    cutoff = time.time() - IMPORT_KEEP_SECONDS
    for left in folder.glob("*.csv"):
        with contextlib.suppress(FileNotFoundError):  # another request removed it first
            if left.stat().st_mtime < cutoff:
                left.unlink()


def _import_path(request: HttpRequest, network_slug: str) -> Path | None:
    name = request.session.get(f"roster-import-{network_slug}")
    if not name or not re.fullmatch(r"[0-9a-f]{32}", name):
        return None
    path = Path(django_settings.MEDIA_ROOT) / IMPORT_DIR / f"{name}.csv"
    return path if path.exists() else None


def _file_emails(rows: list[list[str]], mapping: dict[str, int | None]) -> list[str]:
    """The file's addresses, as the email column holds them (trimmed)."""
    column = mapping.get("email")
    if column is None:
        return []
    return [row[column].strip() for row in rows if column < len(row) and row[column].strip()]


@network_view("networks.manage_membership")
def roster_import_view(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """Upload -> map columns -> preview with every row checked -> import all or nothing."""
    network = request.network
    step = request.POST.get("step", "")
    context: dict[str, object] = {"fields": [(f, FIELD_LABELS[f]) for f in FIELDS]}
    if request.method == "POST" and step == "upload":
        upload = request.FILES.get("file")
        if upload is None:
            messages.error(request, _("File: choose a CSV file to upload."))
            return redirect("networks:roster_import", network_slug=network.slug)
        if upload.size and upload.size > MAX_UPLOAD_BYTES:
            messages.error(request, _("File: larger than 5 MB; split it in parts."))
            return redirect("networks:roster_import", network_slug=network.slug)
        data = upload.read()
        folder = Path(django_settings.MEDIA_ROOT) / IMPORT_DIR
        try:
            read_csv(data)
        except CsvUnreadable as error:
            # The last file goes too: shown under this refusal, its columns and rows read
            # as if the new file had been taken.
            if folder.exists():
                _forget_uploads(folder, _import_path(request, network.slug))
            request.session.pop(f"roster-import-{network.slug}", None)
            messages.error(request, CSV_MESSAGES[error.args[0]])
            return redirect("networks:roster_import", network_slug=network.slug)
        name = secrets.token_hex(16)
        folder.mkdir(parents=True, exist_ok=True)
        _forget_uploads(folder, _import_path(request, network.slug))
        (folder / f"{name}.csv").write_bytes(data)
        request.session[f"roster-import-{network.slug}"] = name
        return redirect("networks:roster_import", network_slug=network.slug)
    path = _import_path(request, network.slug)
    if path is None:
        return render(request, "networks/roster_import.html", {**context, "step": "upload"})
    headers, rows = read_csv(path.read_bytes())
    mapping = guess_mapping(headers)
    if request.method == "POST" and step in ("preview", "import"):
        mapping = {}
        for field in FIELDS:
            raw = request.POST.get(f"map-{field}", "")
            mapping[field] = parse_id(raw)
    problems = [
        str(MAPPING_MESSAGES[code]) % {"field": FIELD_LABELS.get(field, "")}
        for code, field in mapping_problems(mapping, len(headers))
    ]
    context.update(
        {
            "step": "map",
            "headers": list(enumerate(headers)),
            "mapping": mapping,
            "total": sum(1 for row in rows if row),  # read_csv keeps blank rows as []
        }
    )
    if problems or step not in ("preview", "import"):
        context["problems"] = problems
        return render(request, "networks/roster_import.html", context)
    sectors, member_emails, former_emails = roster_import_facts(network=network)
    clean, errors = validate_rows(
        rows,
        mapping,
        sectors=sectors,
        sector_spellings=sector_spellings(sectors),
        age_bands=AgeBand.values,
        minor_age_bands=MINOR_AGE_BANDS,
        member_emails=member_emails,
        former_emails=former_emails,
        # The file's addresses closed to invitations, refused in neutral words (a minor's
        # account, a student's invitation waiting here: one query per 900 rows each), and
        # those with an invitation already waiting.
        minor_emails=invitation_closed_emails(network=network, emails=_file_emails(rows, mapping)),
        invited_emails=invitation_waiting_emails(
            network=network, emails=_file_emails(rows, mapping)
        ),
    )
    if step == "import" and not errors:
        try:
            count = roster_import(network=network, rows=clean, actor=request.user)
        except ValidationError as error:
            messages.error(request, error_text(error))
            return redirect("networks:roster_import", network_slug=network.slug)
        path.unlink(missing_ok=True)
        request.session.pop(f"roster-import-{network.slug}", None)
        messages.success(
            request,
            ngettext(
                "Invited %(count)s person. They join the roster when they accept.",
                "Invited %(count)s people. Each joins the roster on accepting.",
                count,
            )
            % {"count": count},
        )
        return redirect("networks:invitations", network_slug=network.slug)
    context.update(
        {
            "step": "preview",
            "preview": clean[:10],
            "errors": row_messages(errors[:200], sectors),
            "error_count": len(errors),
            "valid_count": len(clean),
        }
    )
    return render(request, "networks/roster_import.html", context)


@network_view("networks.manage_membership")
def roster_export(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The roster as CSV. Never private self-descriptions; no minor's email."""
    text = roster_export_csv(network=request.network, actor=request.user, request=request)
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{request.network.slug}-roster.csv"'
    return response
