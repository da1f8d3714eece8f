"""The live session's writes: who presents (the timer starts and stops), the commitment
window, the timer's length, and the network's default length. Each locks the gathering's
session row, audits (`live.*`) and records a `session.presenter` or `session.window` event
whose payload is the whole session, so a listener needs no other read.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.commitments.live.events import KIND_PRESENTER, KIND_WINDOW, live_event_record
from collaboratory.commitments.live.selectors import live_settings_for, room_name
from collaboratory.commitments.models import (
    PRESENTATION_MINUTES_MAX,
    PRESENTATION_MINUTES_MIN,
    PROPOSAL_STATES,
    LiveSession,
    LiveSettings,
)
from collaboratory.commitments.rules import runs_the_room
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Network
from collaboratory.networks.settings_rows import settings_row_locked
from collaboratory.people.models import User


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def session_payload(session: LiveSession) -> dict[str, Any]:
    """What boards and phones are told about the room: display names and titles only, a
    young presenter by first name (`room_name`)."""
    proposal = session.current_proposal
    window = session.window_proposal
    return {
        "proposal": session.current_proposal_id,
        "presenter": room_name(proposal.proposer) if proposal is not None else None,
        "title": proposal.title if proposal is not None else None,
        "started_at": _iso(session.started_at),
        "stopped_at": _iso(session.stopped_at),
        "timer_minutes": session.timer_minutes,
        "window": session.window_proposal_id,
        "window_presenter": room_name(window.proposer) if window is not None else None,
    }


def _session_for_update(gathering: Gathering) -> LiveSession:
    """The gathering's session row, created on first use with the network's timer length,
    and locked until the caller's transaction ends."""
    session = LiveSession.objects.select_for_update().filter(gathering=gathering).first()
    if session is None:
        minutes = live_settings_for(network=gathering.network).presentation_minutes
        LiveSession.objects.get_or_create(
            gathering=gathering,
            defaults={"network": gathering.network, "timer_minutes": minutes},
        )
        session = LiveSession.objects.select_for_update().get(gathering=gathering)
    return session


def _room_only(actor: User, gathering: Gathering) -> None:
    if not runs_the_room(actor, gathering.network):
        raise PermissionDenied(_("Only stewards and facilitators run the room."))


def _presenter_of(gathering: Gathering, proposal: Proposal) -> None:
    if proposal.gathering_id != gathering.pk or proposal.state not in PROPOSAL_STATES:
        raise ValidationError(
            {"proposal": [_("Choose a presenter from this gathering's run of show.")]}
        )


def _session_changed(
    *, session: LiveSession, actor: User, action: str, kinds: list[str], now: datetime
) -> LiveSession:
    session.updated_at = now
    session.save()
    gathering = session.gathering
    audit_record(
        action=action,
        actor=actor,
        network=gathering.network,
        target=gathering,
        data={
            "proposal": session.current_proposal_id,
            "window": session.window_proposal_id,
            "timer_minutes": session.timer_minutes,
        },
    )
    payload = session_payload(session)
    for kind in kinds:
        live_event_record(
            network=gathering.network, gathering=gathering, kind=kind, payload=payload
        )
    return session


def presentation_start(
    *, gathering: Gathering, proposal: Proposal, actor: User, now: datetime | None = None
) -> LiveSession:
    """The presenter takes the floor: the timer starts now. A window still open for another
    presenter closes (one set of hands at a time). Start for the presenter already on stage
    with the clock running changes nothing (a double tap, or a press mid-talk, would take
    minutes back from them); Stop, then Start, restarts it on purpose."""
    now = now or timezone.now()
    _room_only(actor, gathering)
    _presenter_of(gathering, proposal)
    with transaction.atomic():
        session = _session_for_update(gathering)
        running = session.started_at is not None and session.stopped_at is None
        if running and session.current_proposal_id == proposal.pk:
            return session
        session.current_proposal = proposal
        session.started_at = now
        session.stopped_at = None
        kinds = [KIND_PRESENTER]
        if session.window_proposal_id not in (None, proposal.pk):
            session.window_proposal = None
            session.window_opened_at = None
            kinds.append(KIND_WINDOW)
        return _session_changed(
            session=session, actor=actor, action="live.presentation_started", kinds=kinds, now=now
        )


def presentation_stop(
    *, gathering: Gathering, actor: User, now: datetime | None = None
) -> LiveSession:
    """The presentation ends (the timer stops); the presenter stays on the board."""
    now = now or timezone.now()
    _room_only(actor, gathering)
    with transaction.atomic():
        session = _session_for_update(gathering)
        if session.current_proposal_id is None or session.started_at is None:
            raise ValidationError(_("No presentation is running: start one first."))
        if session.stopped_at is not None:
            return session
        session.stopped_at = now
        return _session_changed(
            session=session,
            actor=actor,
            action="live.presentation_stopped",
            kinds=[KIND_PRESENTER],
            now=now,
        )


def commitment_window_open(
    *, gathering: Gathering, proposal: Proposal, actor: User, now: datetime | None = None
) -> LiveSession:
    """Hands up for this presenter: phones offer their asks first."""
    now = now or timezone.now()
    _room_only(actor, gathering)
    _presenter_of(gathering, proposal)
    with transaction.atomic():
        session = _session_for_update(gathering)
        if session.window_proposal_id == proposal.pk:
            return session
        session.window_proposal = proposal
        session.window_opened_at = now
        return _session_changed(
            session=session, actor=actor, action="live.window_opened", kinds=[KIND_WINDOW], now=now
        )


def commitment_window_close(
    *, gathering: Gathering, actor: User, now: datetime | None = None
) -> LiveSession:
    now = now or timezone.now()
    _room_only(actor, gathering)
    with transaction.atomic():
        session = _session_for_update(gathering)
        if session.window_proposal_id is None:
            return session
        session.window_proposal = None
        session.window_opened_at = None
        return _session_changed(
            session=session, actor=actor, action="live.window_closed", kinds=[KIND_WINDOW], now=now
        )


def _presentation_minutes(minutes: int | str, field: str) -> int:
    try:
        value = int(str(minutes).strip())
    except ValueError:
        value = 0
    if not PRESENTATION_MINUTES_MIN <= value <= PRESENTATION_MINUTES_MAX:
        raise ValidationError(
            {
                field: [
                    _("The timer runs %(low)d to %(high)d minutes; choose one of those.")
                    % {"low": PRESENTATION_MINUTES_MIN, "high": PRESENTATION_MINUTES_MAX}
                ]
            }
        )
    return value


def _settings_for_update(network: Network) -> LiveSettings:
    """The network's row, made by the first save and locked (`settings_row_locked`)."""
    return settings_row_locked(LiveSettings, network)


def live_settings_update(
    *, network: Network, actor: User, presentation_minutes: int | str
) -> LiveSettings:
    """The network's default presentation length, used by every gathering whose
    facilitator has not set its own (5 to 7 minutes). Stewards only."""
    if not actor.has_perm("networks.manage_network", network):
        raise PermissionDenied(_("Only stewards change the live room's settings."))
    value = _presentation_minutes(presentation_minutes, "presentation_minutes")
    with transaction.atomic():
        row = _settings_for_update(network)
        previous = row.presentation_minutes
        row.presentation_minutes = value
        row.save(update_fields=["presentation_minutes"])
        audit_record(
            action="live.settings_changed",
            actor=actor,
            network=network,
            target=row,
            data={"presentation_minutes": [previous, value]},
        )
    return row


def live_session_timer_set(
    *, gathering: Gathering, minutes: int | str, actor: User, now: datetime | None = None
) -> LiveSession:
    """The presentation length for this gathering (5 to 7 minutes)."""
    now = now or timezone.now()
    _room_only(actor, gathering)
    value = _presentation_minutes(minutes, "minutes")
    with transaction.atomic():
        session = _session_for_update(gathering)
        if session.timer_minutes == value:
            return session
        session.timer_minutes = value
        return _session_changed(
            session=session, actor=actor, action="live.timer_set", kinds=[KIND_PRESENTER], now=now
        )
