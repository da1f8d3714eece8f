"""Proposals from the call to submission: drafts (autosave), submit, withdraw, carry
over, the presenter pack, and history recorded as it happened."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from django.conf import settings as django_settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django_scopes import scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.creditclub import lifecycle
from collaboratory.creditclub.models import (
    Ask,
    Phase,
    PowerStage,
    Proposal,
    ProposalState,
    Timeframe,
)
from collaboratory.creditclub.selectors import (
    call_window,
    creditclub_settings_for,
    gatherings_attended_count,
    live_proposal_of,
)
from collaboratory.creditclub.services.transition import proposal_transition, run_lock
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.selectors import ProposeStep, youth_guest_of
from collaboratory.networks.guests import is_guest
from collaboratory.networks.mail import mail_send_by_language
from collaboratory.networks.models import Network, NetworkKind
from collaboratory.networks.rules import is_network_steward
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import membership_for, stewards_of_network
from collaboratory.networks.versions import network_changed
from collaboratory.people.models import User

ASK_LIMIT = 6
ALREADY_PROPOSED = gettext_lazy("You already have a proposal for this gathering: edit that one.")
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
    # The ask's number as its form shows it ("Ask 2"), when rows left empty come before it:
    # a problem is named by the row the member sees. Not part of what the ask is.
    row: int | None = field(default=None, compare=False)


def _check_asks(asks: Sequence[AskInput], *, today: date) -> dict[str, list[str]]:
    """Problems keyed `asks` (the list) and `ask_<n>`, n the ask's row (`AskInput.row`) or
    its place in the list."""
    errors: dict[str, list[str]] = {}
    if len(asks) > ASK_LIMIT:
        errors["asks"] = [
            ngettext(
                "A proposal has at most %(n)d ask.", "A proposal has at most %(n)d asks.", ASK_LIMIT
            )
            % {"n": ASK_LIMIT}
        ]
    for place, ask in enumerate(asks, start=1):
        number = ask.row or place
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
    # No membership, or the guest pass a page request holds (networks/guests.py): a guest.
    membership = membership_for(user=proposer, network=network)
    guest = membership is None or is_guest(membership)
    if guest and not youth_guest_of(user=proposer, gathering=gathering):
        raise PermissionDenied(_("Only members of this network can propose."))
    settings = creditclub_settings_for(network=network)
    window = call_window(gathering=gathering, settings=settings)
    if window.opens_at is not None and now < window.opens_at:
        # Not "closed, proposals were due": a link followed early is told when to come back.
        raise ValidationError(
            _("The call for %(gathering)s is not open yet: it opens on %(day)s.")
            % {
                "gathering": gathering.title,
                "day": date_format(date_in(network, window.opens_at), "DATE_FORMAT"),
            }
        )
    if not window.is_open(now):
        raise ValidationError(
            _("The call for %(gathering)s is closed: proposals were due before the deadline.")
            % {"gathering": gathering.title}
        )
    if guest:
        return  # a youth guest's Power Project: the cohort, not attendance, admits them
    verdict = lifecycle.eligibility(
        rule=settings.eligibility_rule,
        gatherings_attended=gatherings_attended_count(user=proposer, network=network),
    )
    if not verdict.eligible:
        raise ValidationError(eligibility_message(gathering=gathering))


def propose_step_at(gathering: Gathering, user: User) -> ProposeStep:
    """For the gathering page (gatherings.selectors.propose_step_from): what a member who
    would like to present does next, by `ensure_can_propose`'s own rule. Reads only."""
    if live_proposal_of(gathering=gathering, proposer=user) is not None:
        return ProposeStep(has_proposal=True, refusal="")
    try:
        ensure_can_propose(gathering=gathering, proposer=user)
    except (ValidationError, PermissionDenied) as error:
        reason = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        return ProposeStep(has_proposal=False, refusal=reason)
    return ProposeStep(has_proposal=False, refusal="")


def _asks_of(proposal: Proposal) -> list[AskInput]:
    return [
        AskInput(a.category, a.capital, a.what, a.quantity, a.needed_by)
        for a in proposal.asks.all()
    ]


def proposal_holds(*, proposal: Proposal, fields: dict[str, Any], asks: Sequence[AskInput]) -> bool:
    """Whether saving `fields` and `asks` would leave the proposal as it is (compared as
    `proposal_save` would store them): a repeated post of the same form is no new edit."""
    for name in TEXT_FIELDS:
        if name in fields and (fields[name] or "").strip() != getattr(proposal, name):
            return False
    for name in ("timeframe", "phase", "starts_on", "ends_on"):
        empty = "" if name in ("timeframe", "phase") else None
        if name in fields and (fields[name] or empty) != getattr(proposal, name):
            return False
    stored = _asks_of(proposal)
    cleaned = [replace(a, what=a.what.strip(), quantity=a.quantity.strip()) for a in asks]
    return cleaned == stored


def proposal_save(
    *,
    gathering: Gathering,
    proposer: User,
    fields: dict[str, Any],
    asks: Sequence[AskInput],
    proposal: Proposal | None = None,
    now: datetime | None = None,
    actor: User | None = None,
) -> Proposal:
    """Create or update a proposal (autosave). Drafts may be incomplete; a submitted proposal
    stays editable until the deadline but must stay complete. `actor`, who the audit names,
    is the proposer unless a steward creates it for them (a carry-over)."""
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
    elif live_proposal_of(gathering=gathering, proposer=proposer) is not None:
        raise ValidationError(ALREADY_PROPOSED)

    target = proposal or Proposal(network=gathering.network, gathering=gathering, proposer=proposer)
    if target.pk is None and proposer.is_minor:
        # A youth member's project takes the Power Project path (creditclub/services/power.py).
        target.power_stage, target.power_stage_at = PowerStage.IDEA, now
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

    errors = _check_asks(asks, today=date_in(gathering.network, now))
    if target.state == ProposalState.SUBMITTED:
        errors.update(_check_complete(target, asks))
    if errors:
        raise ValidationError(errors)
    target.full_clean(exclude=["staged_decision"])
    try:
        _store(target, asks, actor=actor or proposer)
    except IntegrityError:
        # A double click's other request stored the same member's proposal since the check
        # above: the one-per-gathering constraint refused this one.
        if (
            proposal is None
            and live_proposal_of(gathering=gathering, proposer=proposer) is not None
        ):
            raise ValidationError(ALREADY_PROPOSED) from None
        raise
    return target


# What the proposer's form writes; the state, the staged decision and the rest are the
# stewards' and the state machine's, never written back from the form's copy.
EDITABLE_FIELDS = (*TEXT_FIELDS, "timeframe", "phase", "starts_on", "ends_on")


def _refuse_if_changed(target: Proposal) -> None:
    """Under the row's lock: the state the edit was checked against is still the stored one.
    An edit read before a steward's announcement (or a submit or withdrawal in another tab)
    would otherwise be checked against a state the proposal no longer has."""
    current = Proposal.objects.select_for_update().values_list("state", flat=True).get(pk=target.pk)
    if current not in (ProposalState.DRAFT, ProposalState.SUBMITTED):
        raise ValidationError(
            _("This proposal is %(state)s and can no longer be edited.")
            % {"state": ProposalState(current).label.lower()}
        )
    if current != target.state:
        raise ValidationError(
            _("Someone else changed this proposal a moment ago; reload and try again.")
        )


def _store(target: Proposal, asks: Sequence[AskInput], *, actor: User) -> None:
    """Write a checked proposal and its asks, and audit or announce the change."""
    with transaction.atomic():
        created = target.pk is None
        if created:
            target.save()
        else:
            _refuse_if_changed(target)
            target.save(update_fields=[*EDITABLE_FIELDS, "updated_at"])
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
                action="proposal.created",
                actor=actor,
                network=target.network,
                target=target,
                data={"power_project": True} if target.is_power_project else {},
            )
        elif target.state != ProposalState.DRAFT:
            # An edit is not audited (autosave), but a submitted proposal shows on the
            # review board and its asks on the asks board (networks.versions).
            network_changed(network_id=target.network_id)


def proposal_submit(*, proposal: Proposal, actor: User, now: datetime | None = None) -> Proposal:
    if actor.pk != proposal.proposer_id:
        raise PermissionDenied(_("Only the proposer can submit a proposal."))
    return _submit(proposal, actor=actor, now=now or timezone.now())


def _submit(proposal: Proposal, *, actor: User, now: datetime) -> Proposal:
    """Submitting a proposal already submitted (the edit form's "Submit proposal" after an
    edit, a double tap) leaves it as it is, no error: the member meant what it already is."""
    current = Proposal.objects.values_list("state", flat=True).get(pk=proposal.pk)
    if current == ProposalState.SUBMITTED:
        proposal.state = current
        return proposal
    ensure_can_propose(gathering=proposal.gathering, proposer=proposal.proposer, now=now)
    errors = _check_asks(_asks_of(proposal), today=date_in(proposal.network, now))
    errors.update(_check_complete(proposal, _asks_of(proposal)))
    if errors:
        raise ValidationError(errors)
    return proposal_transition(proposal, ProposalState.SUBMITTED, actor=actor, submitted_at=now)


def proposal_withdraw(*, proposal: Proposal, actor: User) -> Proposal:
    """The proposer withdraws their proposal, or a steward does: then the proposer is told
    (everyone who submitted hears the outcome), as after a steward's carry-over."""
    if actor.pk != proposal.proposer_id and not is_network_steward(actor, proposal.network):
        raise PermissionDenied(_("Only the proposer or a steward can withdraw a proposal."))
    with transaction.atomic():
        # The run's lock first, as `proposal_transition` takes it, then the row's state.
        run_lock(proposal.gathering_id)
        current = (
            Proposal.objects.select_for_update().values_list("state", flat=True).get(pk=proposal.pk)
        )
        if current == ProposalState.WITHDRAWN:
            # Pressed twice: it is withdrawn, nobody is told twice.
            proposal.state = current
            return proposal
        withdrawn = proposal_transition(
            proposal, ProposalState.WITHDRAWN, actor=actor, staged_decision=""
        )
        if actor.pk != proposal.proposer_id:
            _withdrawn_tell_proposer(withdrawn, steward=actor)
        if current == ProposalState.SELECTED:
            # A steward who withdrew a presenter for them knows; the other stewards do not.
            _presenter_left_tell_stewards(
                withdrawn, by=actor if actor.pk != proposal.proposer_id else None
            )
    return withdrawn


def _presenter_left_tell_stewards(
    proposal: Proposal, *, membership_ended: bool = False, by: User | None = None
) -> None:
    """A selected presenter withdrew, or their membership ended and took the proposal with
    it: the stewards have a slot to fill (from the waitlist, on the review board) and a
    run of show one shorter. Nobody told them. Not once the gathering has ended: there is
    no slot left to fill, and the board can no longer announce one."""
    if timezone.now() >= proposal.gathering.ends_at:
        return
    board = django_settings.SITE_URL + reverse(
        "creditclub:board",
        kwargs={"network_slug": proposal.network.slug, "gathering_id": proposal.gathering_id},
    )
    # Not the proposer, nor `by`, the steward who withdrew it for them.
    stewards = [
        u
        for u in stewards_of_network(network=proposal.network)
        if u.pk not in (proposal.proposer_id, by.pk if by else None)
    ]
    if not stewards:
        return

    def render() -> tuple[str, str]:
        subject = _("A presenter withdrew from %(gathering)s") % {
            "gathering": proposal.gathering.title
        }
        if by is not None:
            said = _(
                "%(steward)s withdrew “%(title)s” by %(name)s, selected to present at "
                "%(gathering)s, for its proposer. A presenter slot is free: choose someone "
                "from the waitlist on the review board, then announce it."
            )
        elif membership_ended:
            said = _(
                "“%(title)s” by %(name)s, selected to present at %(gathering)s, was "
                "withdrawn because their membership ended. A presenter slot is free: choose "
                "someone from the waitlist on the review board, then announce it."
            )
        else:
            said = _(
                "%(name)s withdrew “%(title)s”, selected to present at %(gathering)s. A "
                "presenter slot is free: choose someone from the waitlist on the review "
                "board, then announce it."
            )
        body = said % {
            "steward": by.full_name if by else "",
            "name": proposal.proposer.full_name,
            "title": proposal.title,
            "gathering": proposal.gathering.title,
        }
        return subject, f"{body}\n\n{board}"

    mail_send_by_language(
        network=proposal.network, recipients=stewards, render=render, free_text=False
    )


def _link_to(proposal: Proposal) -> str:
    """The proposal's page, as an email gives it."""
    return django_settings.SITE_URL + reverse(
        "creditclub:proposal",
        kwargs={"network_slug": proposal.network.slug, "proposal_id": proposal.pk},
    )


def _withdrawn_tell_proposer(proposal: Proposal, *, steward: User) -> None:
    link = _link_to(proposal)

    def render() -> tuple[str, str]:
        subject = _("Your proposal for %(gathering)s was withdrawn") % {
            "gathering": proposal.gathering.title
        }
        body = _(
            "%(steward)s withdrew “%(title)s” from the call for %(gathering)s. Write to "
            "them if you did not ask for it; you are welcome to propose again in a later call."
        ) % {
            "steward": steward.full_name,
            "title": proposal.title,
            "gathering": proposal.gathering.title,
        }
        return subject, f"{body}\n\n{link}"

    mail_send_by_language(
        network=proposal.network,
        recipients=[proposal.proposer],
        render=render,
        free_text=False,
    )


# What a member's end leaves open: a proposal not yet presented, declined or withdrawn.
OPEN_STATES = (
    ProposalState.DRAFT,
    ProposalState.SUBMITTED,
    ProposalState.WAITLISTED,
    ProposalState.SELECTED,
)


def proposals_withdraw_after_membership_end(*, network: Network, user_id: int) -> int:
    """A membership ended (registered with networks' `on_membership_end`, in the same
    transaction): the person's open proposals for the gatherings not yet begun, in the
    network (and its host's, for a youth cohort's Power Projects), are withdrawn, so no
    steward selects or announces a presenter who is no longer a member. Presented and
    decided ones stay as history. Called again, it finds nothing open and does nothing."""
    networks = [network.pk]
    if network.kind == NetworkKind.YOUTH and network.parent_id:
        networks.append(network.parent_id)
    with scopes_disabled():  # a youth cohort's member proposes in the host's gatherings
        open_ones = list(
            Proposal.objects.filter(
                network_id__in=networks,
                proposer_id=user_id,
                state__in=OPEN_STATES,
                gathering__starts_at__gt=timezone.now(),
            )
            .select_related("network")
            .order_by("pk")
        )
        for proposal in open_ones:
            was = proposal.state
            proposal_transition(proposal, ProposalState.WITHDRAWN, actor=None, staged_decision="")
            network_changed(network_id=proposal.network_id)
            if was == ProposalState.SELECTED:
                # The proposal's network's stewards (a youth guest's: the host's) lost a
                # presenter they had announced.
                _presenter_left_tell_stewards(proposal, membership_ended=True)
    return len(open_ones)


def asks_past_their_date(*, proposal: Proposal, now: datetime | None = None) -> list[int]:
    """The numbers (from 1) of the asks whose 'needed by' day is past on the network's
    calendar: carrying the proposal over clears those dates."""
    today = date_in(proposal.network, now or timezone.now())
    return [
        number
        for number, ask in enumerate(_asks_of(proposal), start=1)
        if ask.needed_by is not None and ask.needed_by < today
    ]


def proposal_carry_over(
    *, proposal: Proposal, to_gathering: Gathering, actor: User, now: datetime | None = None
) -> Proposal:
    """A waitlisted proposal joins a later gathering's call, submitted, for its proposer (who
    confirms here) or by a steward the proposer asked. An ask's 'needed by' date that passed
    while it waited is cleared on the new proposal, not refused: the proposer re-dates it
    while the new call is open (`asks_past_their_date` names those asks)."""
    if actor.pk != proposal.proposer_id and not is_network_steward(actor, proposal.network):
        raise PermissionDenied(_("Only the proposer or a steward can carry a proposal over."))
    if proposal.state != ProposalState.WAITLISTED:
        raise ValidationError(_("Only a waitlisted proposal can be carried over."))
    if to_gathering.network_id != proposal.network_id or (
        to_gathering.starts_at <= proposal.gathering.starts_at
    ):
        raise ValidationError(_("Carry a proposal over to a later gathering of this network."))
    if hasattr(proposal, "carried_to"):
        raise ValidationError(_("This proposal has already been carried over."))
    now = now or timezone.now()
    today = date_in(proposal.network, now)
    fields = {name: getattr(proposal, name) for name in (*TEXT_FIELDS, "timeframe", "phase")}
    fields |= {"starts_on": proposal.starts_on, "ends_on": proposal.ends_on}
    kept = _asks_of(proposal)
    cleared = [n for n, a in enumerate(kept, 1) if a.needed_by is not None and a.needed_by < today]
    asks = [replace(a, needed_by=None) if n in cleared else a for n, a in enumerate(kept, 1)]
    with transaction.atomic():
        # Under the original's lock: two presses at once both passed the check above, and
        # the second was refused as "You already have a proposal for this gathering".
        Proposal.objects.select_for_update().filter(pk=proposal.pk).values_list("pk").get()
        if Proposal.objects.filter(carried_from=proposal).exists():
            raise ValidationError(_("This proposal has already been carried over."))
        try:
            carried = proposal_save(
                gathering=to_gathering,
                proposer=proposal.proposer,
                fields=fields,
                asks=asks,
                now=now,
                actor=actor,
            )
        except PermissionDenied:
            # The proposer left (or was a guest of one gathering only): for the steward
            # acting for them this is a fact to read, not a refusal of the steward.
            raise ValidationError(
                _(
                    "%(name)s can no longer propose in this network, so the proposal cannot "
                    "be carried over."
                )
                % {"name": proposal.proposer.full_name}
            ) from None
        Proposal.objects.filter(pk=carried.pk).update(carried_from=proposal)
        carried.carried_from = proposal
        _submit(carried, actor=actor, now=now)
        audit_record(
            action="proposal.carried_over",
            actor=actor,
            network=proposal.network,
            target=carried,
            data={"from": proposal.pk, "gathering": to_gathering.pk},
        )
        if actor.pk != proposal.proposer_id:
            _carried_over_tell_proposer(carried, steward=actor, cleared=cleared)
    return carried


def carried_over_dates_text(cleared: Sequence[int]) -> str:
    """What a carry-over did to asks whose date had passed, for the page and the email."""
    if not cleared:
        return ""
    return ngettext(
        "Ask %(asks)s was needed by a date that has passed, so that date was cleared: "
        "edit the proposal to give a new one before the call closes.",
        "Asks %(asks)s were needed by dates that have passed, so those dates were "
        "cleared: edit the proposal to give new ones before the call closes.",
        len(cleared),
    ) % {"asks": ", ".join(str(n) for n in cleared)}


def _carried_over_tell_proposer(carried: Proposal, *, steward: User, cleared: list[int]) -> None:
    """A steward acted on someone's proposal: the proposer hears it, in their language."""
    link = _link_to(carried)

    def render() -> tuple[str, str]:
        subject = _("Your proposal is carried over to %(gathering)s") % {
            "gathering": carried.gathering.title
        }
        lines = [
            _(
                "%(steward)s carried “%(title)s” over to the call for %(gathering)s, as you "
                "asked. It is submitted there, and you can edit it until the deadline."
            )
            % {
                "steward": steward.full_name,
                "title": carried.title,
                "gathering": carried.gathering.title,
            },
            carried_over_dates_text(cleared),
            link,
        ]
        return subject, "\n\n".join(line for line in lines if line)

    mail_send_by_language(
        network=carried.network,
        recipients=[carried.proposer],
        render=render,
        free_text=False,
    )


def presenter_pack_acknowledge(
    *, proposal: Proposal, actor: User, slides_url: str = ""
) -> Proposal:
    """The presenter has read their duties (and may link slides). The state is read under
    the row's lock, not from the pack page's copy: an announcement since may have moved the
    presenter to the waitlist. From the gathering's end (read afresh) there is nothing left
    to acknowledge: the duties were for the day, and the run of show would show a
    presenter "ready" for a gathering already over."""
    if actor.pk != proposal.proposer_id:
        raise PermissionDenied(_("Only the presenter can acknowledge the presenter pack."))
    gathering = Gathering.objects.only("title", "ends_at").get(pk=proposal.gathering_id)
    if timezone.now() >= gathering.ends_at:
        raise ValidationError(
            _("%(gathering)s has taken place: the presenter pack can no longer be acknowledged.")
            % {"gathering": gathering.title}
        )
    proposal.slides_url = slides_url.strip()
    proposal.full_clean(exclude=["staged_decision"])
    now = timezone.now()
    with transaction.atomic():
        current, acknowledged_at = (
            Proposal.objects.select_for_update()
            .values_list("state", "pack_acknowledged_at")
            .get(pk=proposal.pk)
        )
        if current != ProposalState.SELECTED:
            raise ValidationError(_("The presenter pack is for selected presenters."))
        # The day they first acknowledged stays: linking slides later (the same button,
        # "Save") or a double tap neither moves it nor is audited again.
        proposal.pack_acknowledged_at = acknowledged_at or now
        Proposal.objects.filter(pk=proposal.pk).update(
            pack_acknowledged_at=proposal.pack_acknowledged_at, slides_url=proposal.slides_url
        )
        if acknowledged_at is None:
            audit_record(
                action="proposal.pack_acknowledged",
                actor=actor,
                network=proposal.network,
                target=proposal,
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
