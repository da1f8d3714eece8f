"""Every write in the Rotating Credit Club pipeline.

One function per change; state changes go through `_transition`, which checks the state
machine (lifecycle.py), applies the change with a conditional UPDATE (so two stewards acting
at once cannot both win), and audits it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.conf import settings as django_settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from collaboratory.audit.services import audit_record
from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.creditclub import lifecycle
from collaboratory.creditclub.models import (
    Ask,
    Phase,
    Proposal,
    ProposalInvitation,
    ProposalState,
    Review,
    Timeframe,
)
from collaboratory.creditclub.selectors import (
    call_window,
    creditclub_settings_for,
    gatherings_attended_count,
    selected_count,
)
from collaboratory.creditclub.tasks import proposal_outcome_email
from collaboratory.gatherings.models import Gathering, Rsvp, RsvpStatus
from collaboratory.networks.mail import mail_send
from collaboratory.networks.rules import is_network_steward
from collaboratory.networks.selectors import membership_for
from collaboratory.people.models import User

ASK_LIMIT = 6
TEXT_FIELDS = ("title", "what", "who_it_serves", "problem", "where", "asks_timeline")
REQUIRED_TO_SUBMIT = {
    "title": gettext_lazy("Give the proposal a title."),
    "what": gettext_lazy("Say what the project is."),
    "who_it_serves": gettext_lazy("Say who it serves."),
    "problem": gettext_lazy("Say what problem it solves."),
    "where": gettext_lazy("Say where it takes place."),
    "timeframe": gettext_lazy("Choose fixed dates or ongoing."),
    "phase": gettext_lazy("Choose the project's phase."),
    "asks_timeline": gettext_lazy("Say how the asks fit the project's timeline."),
}


@dataclass(frozen=True)
class AskInput:
    category: str
    capital: str
    what: str
    quantity: str = ""
    needed_by: date | None = None


def _require_steward(user: User, network: Any) -> None:
    if not is_network_steward(user, network):
        raise PermissionDenied(_("Only the network's stewards can do this."))


def _check_asks(asks: Sequence[AskInput], *, today: date) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if len(asks) > ASK_LIMIT:
        errors["asks"] = [_("A proposal has at most %(n)d asks.") % {"n": ASK_LIMIT}]
    for number, ask in enumerate(asks, start=1):
        problems = []
        if ask.category not in HelpCategory.values:
            problems.append(_("choose a category"))
        if ask.capital not in CapitalKind.values:
            problems.append(_("choose a kind of capital"))
        if not ask.what.strip():
            problems.append(_("say what exactly you need"))
        if ask.needed_by is not None and ask.needed_by < today:
            problems.append(_("the 'needed by' date has passed"))
        if problems:
            errors[f"ask_{number}"] = [
                _("Ask %(n)d: %(problems)s.") % {"n": number, "problems": "; ".join(problems)}
            ]
    return errors


def _check_complete(proposal: Proposal, asks: Sequence[AskInput]) -> dict[str, list[str]]:
    errors = {
        f: [str(m)] for f, m in REQUIRED_TO_SUBMIT.items() if not getattr(proposal, f).strip()
    }
    if proposal.timeframe == Timeframe.FIXED:
        if proposal.starts_on is None or proposal.ends_on is None:
            errors["starts_on"] = [_("Fixed dates need a start and an end.")]
        elif proposal.ends_on < proposal.starts_on:
            errors["ends_on"] = [_("The end date is before the start date.")]
    if not asks:
        errors["asks"] = [_("Add at least one ask: what could the room help with?")]
    return errors


def eligibility_message(*, gathering: Gathering) -> str:
    return _(
        "Proposals come from members who have attended at least one gathering, so the room "
        "knows you and you know how the Rotating Credit Club works. Attending %(gathering)s "
        "makes you eligible for the next call."
    ) % {"gathering": gathering.title}


def ensure_can_propose(
    *, gathering: Gathering, proposer: User, now: datetime | None = None
) -> None:
    """Raise ValidationError saying why this member cannot propose now, or return."""
    now = now or timezone.now()
    network = gathering.network
    if membership_for(user=proposer, network=network) is None:
        raise PermissionDenied(_("Only members of this network can propose."))
    settings = creditclub_settings_for(network=network)
    if not call_window(gathering=gathering, settings=settings).is_open(now):
        raise ValidationError(
            _("The call for %(gathering)s is closed: proposals were due before the deadline.")
            % {"gathering": gathering.title}
        )
    verdict = lifecycle.eligibility(
        rule=settings.eligibility_rule,
        gatherings_attended=gatherings_attended_count(user=proposer, network=network),
    )
    if not verdict.eligible:
        raise ValidationError(eligibility_message(gathering=gathering))


def _asks_of(proposal: Proposal) -> list[AskInput]:
    return [
        AskInput(a.category, a.capital, a.what, a.quantity, a.needed_by)
        for a in proposal.asks.all()
    ]


def proposal_save(
    *,
    gathering: Gathering,
    proposer: User,
    fields: dict[str, Any],
    asks: Sequence[AskInput],
    proposal: Proposal | None = None,
    now: datetime | None = None,
) -> Proposal:
    """Create or update a proposal (autosave). Drafts may be incomplete; a submitted proposal
    stays editable until the deadline but must stay complete."""
    now = now or timezone.now()
    ensure_can_propose(gathering=gathering, proposer=proposer, now=now)
    if proposal is not None:
        if proposal.proposer_id != proposer.pk or proposal.gathering_id != gathering.pk:
            raise PermissionDenied(_("Only the proposer can edit a proposal."))
        if proposal.state not in (ProposalState.DRAFT, ProposalState.SUBMITTED):
            raise ValidationError(
                _("This proposal is %(state)s and can no longer be edited.")
                % {"state": proposal.get_state_display().lower()}
            )
    elif (
        Proposal.objects.filter(gathering=gathering, proposer=proposer)
        .exclude(state=ProposalState.WITHDRAWN)
        .exists()
    ):
        raise ValidationError(_("You already have a proposal for this gathering: edit that one."))

    target = proposal or Proposal(network=gathering.network, gathering=gathering, proposer=proposer)
    for name in TEXT_FIELDS:
        if name in fields:
            setattr(target, name, (fields[name] or "").strip())
    for name in ("timeframe", "phase", "starts_on", "ends_on"):
        if name in fields:
            setattr(target, name, fields[name] or ("" if name in ("timeframe", "phase") else None))
    if target.phase and target.phase not in Phase.values:
        raise ValidationError({"phase": [_("Choose one of the listed phases.")]})
    if target.timeframe and target.timeframe not in Timeframe.values:
        raise ValidationError({"timeframe": [_("Choose fixed dates or ongoing.")]})

    errors = _check_asks(asks, today=now.date())
    if target.state == ProposalState.SUBMITTED:
        errors.update(_check_complete(target, asks))
    if errors:
        raise ValidationError(errors)
    target.full_clean(exclude=["staged_decision"])
    with transaction.atomic():
        created = target.pk is None
        target.save()
        target.asks.all().delete()
        Ask.objects.bulk_create(
            Ask(
                network=target.network,
                proposal=target,
                position=i,
                category=a.category,
                capital=a.capital,
                what=a.what.strip(),
                quantity=a.quantity.strip(),
                needed_by=a.needed_by,
            )
            for i, a in enumerate(asks)
        )
        if created:
            audit_record(
                action="proposal.created", actor=proposer, network=target.network, target=target
            )
    return target


def _transition(proposal: Proposal, target: str, *, actor: User | None, **changes: Any) -> Proposal:
    """Move a proposal to `target` from the state it has in the database now (the caller's
    copy may be stale), audit it, and update the caller's copy."""
    with transaction.atomic():
        current = (
            Proposal.objects.select_for_update().values_list("state", flat=True).get(pk=proposal.pk)
        )
        try:
            lifecycle.check_transition(current, target)
        except lifecycle.TransitionError as error:
            raise ValidationError(str(error)) from error
        updated = Proposal.objects.filter(pk=proposal.pk, state=current).update(
            state=target, updated_at=timezone.now(), **changes
        )
        if updated != 1:
            raise ValidationError(
                _("Someone else changed this proposal a moment ago; reload and try again.")
            )
        audit_record(
            action=f"proposal.{target}",
            actor=actor,
            network=proposal.network,
            target=proposal,
            data={"from": current, "to": target},
        )
    proposal.state = target
    for name, value in changes.items():
        setattr(proposal, name, value)
    return proposal


def proposal_submit(*, proposal: Proposal, actor: User, now: datetime | None = None) -> Proposal:
    now = now or timezone.now()
    if actor.pk != proposal.proposer_id:
        raise PermissionDenied(_("Only the proposer can submit a proposal."))
    ensure_can_propose(gathering=proposal.gathering, proposer=actor, now=now)
    errors = _check_asks(_asks_of(proposal), today=now.date())
    errors.update(_check_complete(proposal, _asks_of(proposal)))
    if errors:
        raise ValidationError(errors)
    return _transition(proposal, ProposalState.SUBMITTED, actor=actor, submitted_at=now)


def proposal_withdraw(*, proposal: Proposal, actor: User) -> Proposal:
    if actor.pk != proposal.proposer_id and not is_network_steward(actor, proposal.network):
        raise PermissionDenied(_("Only the proposer or a steward can withdraw a proposal."))
    return _transition(proposal, ProposalState.WITHDRAWN, actor=actor, staged_decision="")


def proposal_stage_decision(*, proposal: Proposal, decision: str, actor: User) -> Proposal:
    """Record a steward's decision privately; nothing reaches the proposer until announced.
    An empty decision un-stages."""
    _require_steward(actor, proposal.network)
    if decision:
        if decision not in lifecycle.DECISIONS:
            raise ValidationError(_("Choose select, waitlist or decline."))
        try:
            lifecycle.check_transition(proposal.state, decision)
        except lifecycle.TransitionError as error:
            raise ValidationError(str(error)) from error
    Proposal.objects.filter(pk=proposal.pk).update(staged_decision=decision)
    proposal.staged_decision = decision
    audit_record(
        action="proposal.decision_staged",
        actor=actor,
        network=proposal.network,
        target=proposal,
        data={"decision": decision},
    )
    return proposal


def proposals_announce(*, gathering: Gathering, actor: User) -> list[Proposal]:
    """Apply every staged decision at once and tell each proposer their outcome, once.

    The staged decisions, the slots and the presenters already selected are read after the
    gathering's row is locked, so a decision staged, changed or announced by another steward
    in the meantime is what gets applied (or refused), never an earlier read of it. The lock
    is `select_for_update` on PostgreSQL; SQLite's `BEGIN IMMEDIATE` already holds the write
    lock from the start of the transaction."""
    _require_steward(actor, gathering.network)
    now = timezone.now()
    with transaction.atomic():
        Gathering.objects.select_for_update().get(pk=gathering.pk)
        settings = creditclub_settings_for(network=gathering.network)
        staged = list(
            Proposal.objects.select_for_update(of=("self",))
            .filter(gathering=gathering)
            .exclude(staged_decision="")
            .select_related("proposer", "network", "gathering")
        )
        if not staged:
            raise ValidationError(_("No decision is staged yet: stage decisions, then announce."))
        newly_selected = sum(1 for p in staged if p.staged_decision == ProposalState.SELECTED)
        already = selected_count(gathering=gathering)
        if already + newly_selected > settings.presenter_slots:
            raise ValidationError(
                _(
                    "That would select %(n)d presenters; this network has %(slots)d slots. "
                    "Waitlist someone first."
                )
                % {"n": already + newly_selected, "slots": settings.presenter_slots}
            )
        for proposal in staged:
            _transition(
                proposal,
                proposal.staged_decision,
                actor=actor,
                staged_decision="",
                announced_at=now,
            )
            proposal_outcome_email.enqueue(proposal.pk)
    return staged


def proposal_carry_over(
    *, proposal: Proposal, to_gathering: Gathering, actor: User, now: datetime | None = None
) -> Proposal:
    """A waitlisted proposer confirms: the proposal joins the next gathering's call."""
    if actor.pk != proposal.proposer_id:
        raise PermissionDenied(_("Only the proposer can carry a proposal over."))
    if proposal.state != ProposalState.WAITLISTED:
        raise ValidationError(_("Only a waitlisted proposal can be carried over."))
    if to_gathering.network_id != proposal.network_id or (
        to_gathering.starts_at <= proposal.gathering.starts_at
    ):
        raise ValidationError(_("Carry a proposal over to a later gathering of this network."))
    if hasattr(proposal, "carried_to"):
        raise ValidationError(_("This proposal has already been carried over."))
    now = now or timezone.now()
    fields = {name: getattr(proposal, name) for name in (*TEXT_FIELDS, "timeframe", "phase")}
    fields |= {"starts_on": proposal.starts_on, "ends_on": proposal.ends_on}
    with transaction.atomic():
        carried = proposal_save(
            gathering=to_gathering, proposer=actor, fields=fields, asks=_asks_of(proposal), now=now
        )
        Proposal.objects.filter(pk=carried.pk).update(carried_from=proposal)
        carried.carried_from = proposal
        proposal_submit(proposal=carried, actor=actor, now=now)
    return carried


def proposal_mark_presented(*, proposal: Proposal, actor: User) -> Proposal:
    _require_steward(actor, proposal.network)
    return _transition(proposal, ProposalState.PRESENTED, actor=actor)


def review_save(
    *, proposal: Proposal, reviewer: User, scores: dict[str, int | None], note: str = ""
) -> Review:
    _require_steward(reviewer, proposal.network)
    unknown = set(scores) - set(Review.SCORE_FIELDS)
    bad = [k for k, v in scores.items() if v is not None and not 1 <= v <= 5]
    if unknown or bad:
        raise ValidationError(_("Scores run from 1 to 5 on the four listed criteria."))
    review, _created = Review.objects.update_or_create(
        proposal=proposal,
        reviewer=reviewer,
        defaults={"network": proposal.network, **scores, "note": note.strip()},
    )
    return review


def run_of_show_set(*, gathering: Gathering, order: Sequence[int], actor: User) -> None:
    """Put the selected presenters in the given order (a list of proposal ids)."""
    _require_steward(actor, gathering.network)
    selected = set(
        Proposal.objects.filter(
            gathering=gathering, state__in=[ProposalState.SELECTED, ProposalState.PRESENTED]
        ).values_list("pk", flat=True)
    )
    if set(order) != selected or len(order) != len(selected):
        raise ValidationError(_("The run of show must list each selected presenter once."))
    with transaction.atomic():
        for position, pk in enumerate(order, start=1):
            Proposal.objects.filter(pk=pk).update(run_position=position)
        audit_record(
            action="creditclub.run_of_show_set",
            actor=actor,
            network=gathering.network,
            target=gathering,
            data={"order": list(order)},
        )


def presenter_pack_acknowledge(
    *, proposal: Proposal, actor: User, slides_url: str = ""
) -> Proposal:
    if actor.pk != proposal.proposer_id:
        raise PermissionDenied(_("Only the presenter can acknowledge the presenter pack."))
    if proposal.state != ProposalState.SELECTED:
        raise ValidationError(_("The presenter pack is for selected presenters."))
    proposal.slides_url = slides_url.strip()
    proposal.full_clean(exclude=["staged_decision"])
    now = timezone.now()
    Proposal.objects.filter(pk=proposal.pk).update(
        pack_acknowledged_at=now, slides_url=proposal.slides_url
    )
    proposal.pack_acknowledged_at = now
    audit_record(
        action="proposal.pack_acknowledged", actor=actor, network=proposal.network, target=proposal
    )
    return proposal


def proposal_history_bulk_create(
    *, network: Any, rows: Sequence[tuple[Proposal, Sequence[AskInput]]]
) -> list[Proposal]:
    """Record proposals as they happened (the demo's history, imports from spreadsheets):
    states are taken as given, not replayed through the call."""
    for proposal, asks in rows:
        if proposal.network_id != network.pk or proposal.state not in ProposalState.values:
            raise ValidationError(_("Each proposal must belong to this network, in a known state."))
        if _check_asks(asks, today=date.min):
            raise ValidationError(_("Each ask needs a category, a kind of capital and a what."))
    with transaction.atomic():
        created = Proposal.objects.bulk_create([p for p, _asks in rows], batch_size=500)
        Ask.objects.bulk_create(
            [
                Ask(
                    network=network,
                    proposal=p,
                    position=i,
                    category=a.category,
                    capital=a.capital,
                    what=a.what,
                    quantity=a.quantity,
                    needed_by=a.needed_by,
                )
                for p, (_proposal, asks) in zip(created, rows, strict=True)
                for i, a in enumerate(asks)
            ],
            batch_size=1000,
        )
        audit_record(
            action="proposal.history_imported", network=network, data={"count": len(created)}
        )
    return created


def proposal_invitations_send_due(*, network: Any, now: datetime | None = None) -> int:
    """Invite every member who said at RSVP they would like to present, once per gathering,
    while the gathering's call is open and they have no proposal for it yet."""
    now = now or timezone.now()
    settings = creditclub_settings_for(network=network)
    sent = 0
    for gathering in Gathering.objects.filter(network=network, starts_at__gt=now):
        window = call_window(gathering=gathering, settings=settings)
        if not window.is_open(now):
            continue
        invited = ProposalInvitation.objects.filter(gathering=gathering).values("user_id")
        proposing = Proposal.objects.filter(gathering=gathering).values("proposer_id")
        recipients = (
            Rsvp.objects.filter(
                gathering=gathering,
                wants_to_present=True,
                status__in=[RsvpStatus.CONFIRMED, RsvpStatus.WAITLISTED, RsvpStatus.MAYBE],
            )
            .exclude(user_id__in=invited)
            .exclude(user_id__in=proposing)
            .values_list("user_id", "user__email", "user__full_name")
        )
        link = django_settings.SITE_URL + reverse(
            "creditclub:proposal_new",
            kwargs={"network_slug": network.slug, "gathering_id": gathering.pk},
        )
        for user_id, email, name in recipients:
            context = {"gathering": gathering, "name": name, "link": link, "window": window}
            with transaction.atomic():
                # The row and the email stand or fall together: a failed send is retried.
                ProposalInvitation.objects.create(
                    network=network, gathering=gathering, user_id=user_id, sent_at=now
                )
                mail_send(
                    network=network,
                    subject=_("Present your project at %(g)s?") % {"g": gathering.title},
                    body=render_to_string("creditclub/email/invitation.txt", context),
                    recipients=[email],
                    free_text=False,
                )
            sent += 1
    return sent
