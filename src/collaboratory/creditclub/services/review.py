"""Review and selection, stewards only: reviews, staged decisions, the announcement,
the run of show, marking presented."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from collaboratory.audit.services import audit_record

# `tasks` as a module, read when announcing: tasks imports these services too, and a module
# reference binds even while that module is still loading, whichever is imported first.
from collaboratory.creditclub import lifecycle, tasks
from collaboratory.creditclub.models import Proposal, ProposalState, Review
from collaboratory.creditclub.selectors import (
    announce_window,
    carried_copies_standing,
    creditclub_settings_for,
    run_of_show,
    selected_count,
)
from collaboratory.creditclub.services.transition import (
    proposal_transition,
    run_lock,
    transition_error_text,
)
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Network
from collaboratory.networks.rules import is_network_steward
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import stewards_of_network
from collaboratory.networks.versions import network_changed
from collaboratory.people.models import User

OWN_PROPOSAL = gettext_lazy(
    "This is your own proposal: another steward reviews it and decides on it."
)


def own_proposal_refusal(*, proposer_id: int, steward: User, network: Network) -> str:
    """Why `steward` may neither review nor decide a proposal by `proposer_id`, or "": it is
    their own and another steward of `network` can. A network with one steward has nobody
    else, so its steward may (else a lone steward's project could never be chosen). The
    board asks it too: it drew the review form on a steward's own card, and the save was
    refused. The stewards are read only for the steward's own proposal."""
    if proposer_id != steward.pk:
        return ""
    if any(u.pk != steward.pk for u in stewards_of_network(network=network)):
        return str(OWN_PROPOSAL)
    return ""


def _not_own(proposal: Proposal, steward: User) -> None:
    refusal = own_proposal_refusal(
        proposer_id=proposal.proposer_id, steward=steward, network=proposal.network
    )
    if refusal:
        raise ValidationError(refusal)


def _require_steward(user: User, network: Any) -> None:
    if not is_network_steward(user, network):
        raise PermissionDenied(_("Only the network's stewards can do this."))


def proposal_stage_decision(
    *, proposal: Proposal, decision: str, actor: User, now: datetime | None = None
) -> Proposal:
    """Record a steward's decision privately; nothing reaches the proposer until announced.
    An empty decision un-stages. The state is read from the locked row, not the caller's
    copy: a proposal withdrawn meanwhile (by its proposer, or as their membership ended)
    takes no decision. From the gathering's end on a decision is refused: it could never
    be announced (`_announce_refusal`), and would sit on the board as if it could;
    un-staging still tidies one staged before."""
    _require_steward(actor, proposal.network)
    _not_own(proposal, actor)
    if decision and decision not in lifecycle.DECISIONS:
        raise ValidationError(_("Choose select, waitlist or decline."))
    if decision:
        _refuse_after_the_end(proposal, now or timezone.now())
    with transaction.atomic():
        current = (
            Proposal.objects.select_for_update().values_list("state", flat=True).get(pk=proposal.pk)
        )
        proposal.state = current
        if decision:
            carried_to = _carried_to(proposal) if decision == ProposalState.SELECTED else None
            refusal = decision_refusal(state=current, decision=decision, carried_to=carried_to)
            if refusal:
                raise ValidationError(refusal)
        Proposal.objects.filter(pk=proposal.pk, state=current).update(staged_decision=decision)
        proposal.staged_decision = decision
        audit_record(
            action="proposal.decision_staged",
            actor=actor,
            network=proposal.network,
            target=proposal,
            data={"decision": decision},
        )
    return proposal


def _refuse_after_the_end(proposal: Proposal, now: datetime) -> None:
    """The gathering's end as stored now, not the caller's copy (a board read before the
    dates were moved)."""
    gathering = Gathering.objects.only("title", "ends_at").get(pk=proposal.gathering_id)
    if now >= gathering.ends_at:
        raise ValidationError(
            _(
                "%(gathering)s has already taken place: a decision staged now could never "
                "be announced."
            )
            % {"gathering": gathering.title}
        )


def _carried_to(proposal: Proposal) -> str | None:
    """The gathering the proposal's standing carried-over copy is in, read now, or None."""
    return (
        carried_copies_standing()
        .filter(carried_from=proposal)
        .values_list("gathering__title", flat=True)
        .first()
    )


def _second_turn_text(carried_to: str) -> str:
    return _(
        "This proposal was carried over to %(gathering)s. Withdraw it there first, "
        "or select it in that call."
    ) % {"gathering": carried_to}


def decision_refusal(*, state: str, decision: str, carried_to: str | None) -> str:
    """Why `proposal_stage_decision` refuses to stage `decision` on a proposal in `state`
    (`carried_to`: where its standing carried-over copy is, `carried_copies_standing`), or
    "". A move the state machine refuses, and "Select" on a proposal carried over: its copy
    holds the project's turn in a later call, and selecting both would put one project on
    two gatherings. The board asks it too (`decisions_offered`, `selection_withheld`)."""
    try:
        lifecycle.check_transition(state, decision)
    except lifecycle.TransitionError:
        return transition_error_text(state, decision)
    if decision == ProposalState.SELECTED and carried_to is not None:
        return _second_turn_text(carried_to)
    return ""


def decisions_offered(*, state: str, carried_to: str | None) -> tuple[str, ...]:
    """The decisions a card offers: those `proposal_stage_decision` would stage (a
    carried-over card offered "Select", and the press was refused)."""
    return tuple(
        d
        for d in lifecycle.DECISIONS
        if not decision_refusal(state=state, decision=d, carried_to=carried_to)
    )


def selection_withheld(*, state: str, carried_to: str | None) -> str:
    """Why a card its state would let be selected offers no "Select", or "": the service's
    own refusal, which names where the proposal went and what to do instead; the board says
    it in Select's place."""
    if ProposalState.SELECTED not in lifecycle.decisions_from(state):
        return ""
    return decision_refusal(state=state, decision=ProposalState.SELECTED, carried_to=carried_to)


def _staged_refusals(staged: list[Proposal]) -> list[str]:
    """Why staged decisions can no longer be applied, one line per proposal named. Each was
    allowed when staged, but a waitlisted proposal may be carried over to a later call after
    its "Select" was staged (its proposer does that, without the board): announcing would
    then put one project on two gatherings. The rule is `proposal_stage_decision`'s own."""
    refusals = []
    for proposal in staged:
        decision = proposal.staged_decision
        carried_to = _carried_to(proposal) if decision == ProposalState.SELECTED else None
        reason = decision_refusal(state=proposal.state, decision=decision, carried_to=carried_to)
        if reason:
            refusals.append(
                _("“%(title)s” cannot take its staged decision: %(reason)s")
                % {"title": proposal.title, "reason": reason}
            )
    return refusals


def _announce_refusal(*, gathering: Gathering, early: bool, now: datetime) -> str:
    """Why the staged decisions of `gathering` cannot be announced at `now`, or "".

    A gathering that has ended has no slot left to give: "You will present at …" would be
    false, and "if a slot opens we will tell you" too. Until it ends (a presenter replaced
    on the morning of the day) the outcome email is still true. While the call is open an
    announcement leaves out what is submitted in the days left: possible (every proposal may
    be in), but only when asked for (`early`)."""
    window = announce_window(gathering=gathering, now=now)
    if window.taken_place:
        return _(
            "%(gathering)s has already taken place: its decisions can no longer be "
            "announced. Write to any proposer still waiting for an answer."
        ) % {"gathering": gathering.title}
    if window.call_open_until and not early:
        deadline = timezone.localtime(window.call_open_until, ZoneInfo(gathering.network.time_zone))
        return _(
            "Nothing was announced: the call is still open until %(deadline)s, and a "
            "proposal submitted before then would not be in this announcement. Wait for "
            "the deadline, or tick “Announce before the call closes”."
        ) % {"deadline": date_format(deadline, "DATETIME_FORMAT")}
    return ""


def slots_refusal(*, wanted: int, slots: int) -> str:
    """Why announcing would be refused for its presenters (`wanted`: those selected after
    it, the board's `BoardTally.filled`), or "". The board asks it too: it offered
    "Announce" over the slots, and the press was refused."""
    if wanted <= slots:
        return ""
    return (
        ngettext(
            "That would select %(n)d presenter;",
            "That would select %(n)d presenters;",
            wanted,
        )
        % {"n": wanted}
        + " "
        + ngettext(
            "this network has %(slots)d slot. Waitlist someone first.",
            "this network has %(slots)d slots. Waitlist someone first.",
            slots,
        )
        % {"slots": slots}
    )


def proposals_announce(
    *, gathering: Gathering, actor: User, early: bool = False, now: datetime | None = None
) -> list[Proposal]:
    """Apply every staged decision at once and tell each proposer their outcome, once.

    Held here, for every caller (the board, the API, a command, a retry): not after the
    gathering has ended, and before the call closes only with `early=True`
    (`_announce_refusal`). The staged decisions, the slots and the presenters already
    selected are read after the gathering's row is locked, so a decision staged, changed or
    announced by another steward in the meantime is what gets applied (or refused), never
    an earlier read of it. The lock is `select_for_update` on PostgreSQL; SQLite's
    `BEGIN IMMEDIATE` already holds the write lock from the start of the transaction."""
    _require_steward(actor, gathering.network)
    now = now or timezone.now()
    with transaction.atomic():
        # The dates and deadline as they are now, under the lock: not the caller's copy.
        gathering = Gathering.objects.select_for_update().get(pk=gathering.pk)
        refusal = _announce_refusal(gathering=gathering, early=early, now=now)
        if refusal:
            raise ValidationError(refusal)
        settings = creditclub_settings_for(network=gathering.network)
        staged = list(
            Proposal.objects.select_for_update(of=("self",))
            .filter(gathering=gathering)
            .exclude(staged_decision="")
            .select_related("proposer", "network", "gathering")
        )
        if not staged:
            raise ValidationError(_("No decision is staged yet: stage decisions, then announce."))
        refusals = _staged_refusals(staged)
        if refusals:
            raise ValidationError(refusals)
        newly_selected = sum(1 for p in staged if p.staged_decision == ProposalState.SELECTED)
        # A presenter staged to be waitlisted gives up their slot in this same announcement.
        leaving = sum(1 for p in staged if p.state == ProposalState.SELECTED)
        already = selected_count(gathering=gathering) - leaving
        refusal = slots_refusal(wanted=already + newly_selected, slots=settings.presenter_slots)
        if refusal:
            raise ValidationError(refusal)
        for proposal in staged:
            decision = proposal.staged_decision
            proposal_transition(
                proposal, decision, actor=actor, staged_decision="", announced_at=now
            )
            tasks.proposal_outcome_email.enqueue(proposal.pk, decision)
    return staged


# Why a proposal in these states was never presented; the interface says it beside its card.
NOT_PRESENTABLE = {
    ProposalState.DRAFT: gettext_lazy(
        "“%(title)s” was never submitted: a draft cannot be marked presented."
    ),
    ProposalState.DECLINED: gettext_lazy(
        "“%(title)s” was declined and its proposer was told so: it cannot be marked presented."
    ),
    ProposalState.WITHDRAWN: gettext_lazy(
        "“%(title)s” was withdrawn by its proposer or for them: it cannot be marked presented."
    ),
}


def presented_refusal(*, state: str, title: str, carried_to: str | None) -> str:
    """Why `proposal_mark_presented` refuses a proposal in `state` (`carried_to`: where its
    standing carried-over copy is, `carried_copies_standing`), or "" when it marks it. The
    pages ask this too (`mark_presented_offered`): a button the service refuses is not shown."""
    never = NOT_PRESENTABLE.get(ProposalState(state))
    if never is not None:
        return str(never % {"title": title})
    if state == ProposalState.WAITLISTED and carried_to is not None:
        return _second_turn_text(carried_to)
    return ""


def mark_presented_offered(*, state: str, title: str, carried_to: str | None) -> bool:
    """Whether "Mark as presented…" is offered: not where the service refuses it (a
    carried-over proposal's card showed the button, and the refusal under it), nor once it
    is done. The day of the gathering is the page's own check (`on_the_day`)."""
    return state != ProposalState.PRESENTED and not presented_refusal(
        state=state, title=title, carried_to=carried_to
    )


def proposal_mark_presented(
    *, proposal: Proposal, actor: User, now: datetime | None = None
) -> Proposal:
    """Record that a proposal was presented at its gathering, from the gathering's first day
    on the network's calendar (before it, one stray click published the project page and its
    asks to the whole network weeks early; the gathering is read afresh, not the caller's
    copy). A selected presenter, and also a submitted or waitlisted proposal whose
    presenter was chosen and told outside the app: who presented is what rotation reads, so
    the fact is recorded, with no outcome email ("You will present" is past). A declined,
    withdrawn or draft proposal is refused (told no, left, never submitted), as is a
    waitlisted one carried over to a later call (one project, one turn). Any staged
    decision is cleared: one left on a presented proposal would make every later
    announcement fail. Marking a presented proposal again leaves it as it is."""
    _require_steward(actor, proposal.network)
    gathering = Gathering.objects.only("title", "starts_at").get(pk=proposal.gathering_id)
    today = date_in(proposal.network, now or timezone.now())
    if today < date_in(proposal.network, gathering.starts_at):
        raise ValidationError(
            _(
                "%(gathering)s has not happened yet: mark the presentation on the day of "
                "the gathering or after it."
            )
            % {"gathering": gathering.title}
        )
    with transaction.atomic():
        # Pressed twice (a double tap, a second steward): the second press changes nothing,
        # audits nothing, and is no error.
        current = (
            Proposal.objects.select_for_update().values_list("state", flat=True).get(pk=proposal.pk)
        )
        proposal.state = current
        if current == ProposalState.PRESENTED:
            return proposal
        carried_to = _carried_to(proposal) if current == ProposalState.WAITLISTED else None
        refusal = presented_refusal(state=current, title=proposal.title, carried_to=carried_to)
        if refusal:
            raise ValidationError(refusal)
        return proposal_transition(
            proposal, ProposalState.PRESENTED, actor=actor, staged_decision=""
        )


# What the review board lists: a draft is still its member's own, and a withdrawn proposal
# has left the call.
NOT_REVIEWABLE = {
    ProposalState.DRAFT: gettext_lazy(
        "This proposal is still a draft: it can be reviewed once its proposer submits it."
    ),
    ProposalState.WITHDRAWN: gettext_lazy(
        "This proposal was withdrawn: there is nothing left to review."
    ),
}


def _require_reviewable(proposal: Proposal) -> None:
    """Read under the row's lock, not from the caller's copy: the board may have been read
    before the proposer withdrew."""
    current = (
        Proposal.objects.select_for_update().values_list("state", flat=True).get(pk=proposal.pk)
    )
    if current in NOT_REVIEWABLE:
        raise ValidationError(NOT_REVIEWABLE[current])


def review_save(
    *, proposal: Proposal, reviewer: User, scores: dict[str, int | None], note: str = ""
) -> Review:
    _require_steward(reviewer, proposal.network)
    _not_own(proposal, reviewer)
    unknown = set(scores) - set(Review.SCORE_FIELDS)
    bad = [k for k, v in scores.items() if v is not None and not 1 <= v <= 5]
    if unknown or bad:
        raise ValidationError(_("Scores run from 1 to 5 on the four listed criteria."))
    with transaction.atomic():
        _require_reviewable(proposal)
        review, _created = Review.objects.update_or_create(
            proposal=proposal,
            reviewer=reviewer,
            defaults={"network": proposal.network, **scores, "note": note.strip()},
        )
    # Unaudited, but the review board shows the stewards' averages (networks.versions).
    network_changed(network_id=proposal.network_id)
    return review


def review_submit(
    *,
    proposal: Proposal,
    reviewer: User,
    scores: dict[str, int | None],
    note: str,
    decision: str,
) -> Review:
    """The review board's form: a steward's scores and note, and the decision they stage,
    saved together or not at all (a refused decision used to leave the scores saved under
    an error)."""
    with transaction.atomic():
        if decision != proposal.staged_decision:
            proposal_stage_decision(proposal=proposal, decision=decision, actor=reviewer)
        return review_save(proposal=proposal, reviewer=reviewer, scores=scores, note=note)


def _run_order(gathering: Gathering) -> list[int]:
    """The run as it stands, read under the gathering's lock (`_lock_run`)."""
    return list(run_of_show(gathering=gathering).values_list("pk", flat=True))


def _lock_run(gathering: Gathering) -> None:
    """Two stewards reordering at once queue here, and the second reads the order the first
    left; a selection or a presenter leaving takes the same lock (`run_lock`)."""
    run_lock(gathering.pk)


def _write_run(gathering: Gathering, order: Sequence[int], actor: User) -> None:
    for position, pk in enumerate(order, start=1):
        Proposal.objects.filter(pk=pk).update(run_position=position)
    audit_record(
        action="creditclub.run_of_show_set",
        actor=actor,
        network=gathering.network,
        target=gathering,
        data={"order": list(order)},
    )


def run_of_show_set(*, gathering: Gathering, order: Sequence[int], actor: User) -> None:
    """Put the selected presenters in the given order (a list of proposal ids). Checked
    against the presenters as they are under the lock: one selected or withdrawn since the
    caller read the run makes the order refused, not half-applied."""
    _require_steward(actor, gathering.network)
    with transaction.atomic():
        _lock_run(gathering)
        selected = set(_run_order(gathering))
        if set(order) != selected or len(order) != len(selected):
            raise ValidationError(_("The run of show must list each selected presenter once."))
        _write_run(gathering, order, actor)


def run_of_show_move(
    *, gathering: Gathering, proposal_id: int | None, direction: str, actor: User
) -> list[int]:
    """Move one presenter a place earlier (`up`) or later (`down`) in the run as it stands
    now, read under the gathering's lock: a move made from a page read before another
    steward's move applies to that steward's order instead of undoing it. Every presenter
    gets a position again (one selected since has none yet). Returns the new order."""
    _require_steward(actor, gathering.network)
    if direction not in ("up", "down"):
        raise ValidationError(_("Move a presenter up or down."))
    with transaction.atomic():
        _lock_run(gathering)
        order = _run_order(gathering)
        if proposal_id not in order:
            raise ValidationError(
                _("That presenter is no longer in the run of show: reload the page.")
            )
        i = order.index(proposal_id)
        j = min(max(i + (-1 if direction == "up" else 1), 0), len(order) - 1)
        order[i], order[j] = order[j], order[i]
        _write_run(gathering, order, actor)
    return order
