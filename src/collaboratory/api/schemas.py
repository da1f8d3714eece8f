"""The API's typed shapes. Each says what a caller may see and nothing more: no email or
phone of anyone, no region of a minor, no self-descriptions.

What the API answers (`Out`) is a plain pydantic model, not ninja's `Schema`: ninja's
`Schema` wraps every value of every nested item in its attribute getter before pydantic
sees it (for reading model instances), which at 50 members cost more than all the
operation's SQL. The operations build plain dicts, which pydantic checks natively. What
the API reads (`RsvpIn`, `TransitionIn`) stays ninja's `Schema`."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import BaseModel, ConfigDict, StrictBool

MAX_ID = 2**63 - 1
PAGE_MAX = 100
PAGE_DEFAULT = 25

Id = Annotated[int, Field(ge=1, le=MAX_ID)]


class Out(BaseModel):
    """An answer's shape, checked natively by pydantic (see the module's docstring)."""


class NetworkOut(Out):
    slug: str
    name: str
    kind: str
    time_zone: str
    role: str
    token_scope: Literal["read", "write"]


class OfferOut(Out):
    category: str
    kind: str
    description: str


class MemberOut(Out):
    id: int
    name: str
    title: str
    organization: str
    sector: str
    city: str
    region: str
    issue_areas: list[str]
    offers: list[OfferOut]


class Page(Out):
    count: int
    limit: int
    offset: int


class MemberPage(Page):
    items: list[MemberOut]


class RsvpOut(Out):
    status: str
    both_parts: bool
    wants_to_present: bool
    dietary_needs: str
    access_needs: str
    answered_at: datetime


class GatheringOut(Out):
    id: int
    title: str
    format: str
    city: str
    starts_at: datetime
    ends_at: datetime
    capacity: int | None
    seats_taken: int
    rsvp_deadline: datetime | None
    my_rsvp: RsvpOut | None


class GatheringPage(Page):
    items: list[GatheringOut]


class In(Schema):
    """A body the API reads. A field it does not know is refused, not dropped: a misspelled
    `dietary_need` would otherwise answer 200 with nothing saved."""

    model_config = ConfigDict(extra="forbid")


class RsvpIn(In):
    answer: Literal["yes", "no", "maybe"]
    # True or false only: pydantic would also read "no", "off", 0 and "f" as a yes-or-no.
    both_parts: StrictBool = False
    wants_to_present: StrictBool = False
    dietary_needs: str = Field("", max_length=300)
    access_needs: str = Field("", max_length=300)


class AskOut(Out):
    id: int
    proposal_id: int
    project: str
    presenter: str
    category: str
    capital: str
    what: str
    quantity: str
    needed_by: date | None
    commitment_count: int


class AskPage(Page):
    items: list[AskOut]


class ProposalAskOut(Out):
    id: int
    category: str
    capital: str
    what: str
    quantity: str
    needed_by: date | None


class ProposalOut(Out):
    id: int
    gathering_id: int
    gathering: str
    title: str
    state: str
    asks: list[ProposalAskOut]


class ProposalPage(Page):
    items: list[ProposalOut]


class CommitmentOut(Out):
    id: int
    gathering_id: int
    proposal_id: int
    project: str
    ask_id: int | None
    committer: str
    presenter: str
    capital: str
    what: str
    amount: Decimal | None
    unit: str
    due_on: date
    status: str
    mine: bool
    to_me: bool


class CommitmentPage(Page):
    items: list[CommitmentOut]


class TransitionIn(In):
    to: str = Field(..., max_length=20)
    note: str = Field("", max_length=2000)
    delivered_amount: Decimal | None = Field(None, ge=0, le=Decimal("99999999.99"))


class RosterOut(Out):
    id: int
    name: str
    organization: str
    role: str
    status: str
    status_note: str
    check_in_answer: str | None


class RosterPage(Page):
    items: list[RosterOut]


class AttendeeOut(Out):
    name: str
    organization: str
    kind: str
    presenting: bool
    dietary_needs: str
    access_needs: str


class AttendeePage(Page):
    items: list[AttendeeOut]


class FigureOut(Out):
    key: str
    label: str
    value: str
    note: str


class KindOut(Out):
    kind: str
    label: str
    total: int
    open: int
    kept: int
    released: int
    lapsed: int
    kept_rate: str


class CellOut(Out):
    category: str
    value: str


class DiversityOut(Out):
    attribute: str
    label: str
    sensitive: bool
    cells: list[CellOut]
    note: str | None
    # Ideology and race: when the released snapshot they come from was taken (the same
    # whatever period was asked for); None for a period's own figures and while unreleased.
    as_of: datetime | None = None


class InsightsOut(Out):
    scope: str
    computed_at: datetime
    headline: list[FigureOut]
    kinds: list[KindOut]
    diversity: list[DiversityOut]
