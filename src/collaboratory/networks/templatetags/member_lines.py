"""The two lines under a member's name, shared by the directory and the profile so they
cannot drift apart: `{{ m|member_position }}` ("Title, Organization") and
`{{ m|member_place }}` ("Sector · City · Region"). Each joins only the parts present, so a
youth member (no sector, region never shown: safeguards.md) reads "Tulsa", not "· Tulsa".
An empty string means the line is not rendered at all."""

from __future__ import annotations

from django import template

from collaboratory.networks.models import Membership

register = template.Library()


@register.filter
def member_position(member: Membership) -> str:
    return ", ".join(
        part
        for part in (member.title, member.organization.name if member.organization else "")
        if part
    )


@register.filter
def member_place(member: Membership) -> str:
    person = member.user
    parts = (
        member.sector.label if member.sector else "",
        person.city,
        "" if person.is_minor else person.region,  # a minor shows no location beyond city
    )
    return " · ".join(part for part in parts if part)
