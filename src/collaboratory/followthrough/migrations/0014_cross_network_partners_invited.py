"""Partnerships recorded before invitations (stop 45) named members of a sibling local
network at once: `partnership_span` linked whoever of the typed addresses was a member there,
without asking them, and set `partner_network`, so the partnership page named them and the
national roll-up counted it as spanning networks. Those links become invitations, as the
rules are now (`followthrough.services.partnership_invite`):

- a person on such a partnership who belongs to its partner network, is not an admitted
  member of its home network, did not record it and has not accepted an invitation onto it
  is taken off it, and gets a waiting invitation (14 days from the upgrade) by their
  address, answered on their own network's page like any other; it names them (`invitee`)
  only while they are an adult admitted member there, as `partnership_invite` would;
- `partner_network` stays only on a partnership someone of the other network accepted.

No email goes out (a migration sends none): the invitation waits on the member's list of
invitations, and once it runs out the home steward may send it again. The reverse changes
nothing: linking people back without their consent is what this undoes."""

from datetime import timedelta

from django.db import migrations
from django.utils import timezone

ADMITTED = ("active", "check_in_due", "to_be_removed")  # networks.models.ADMITTED_STATUSES
MINOR_BANDS = ("13-15", "16-17")  # people.models.MINOR_AGE_BANDS, as values
INVITATION_DAYS = 14  # followthrough.services.partnerships.INVITATION_DAYS


def links_to_invitations(apps, schema_editor):  # type: ignore[no-untyped-def]
    db = schema_editor.connection.alias
    partnership_model = apps.get_model("followthrough", "Partnership")
    invitation_model = apps.get_model("followthrough", "PartnershipInvitation")
    membership_model = apps.get_model("networks", "Membership")
    audit_model = apps.get_model("audit", "AuditEvent")
    user_model = apps.get_model("people", "User")
    through = partnership_model.members.through
    now = timezone.now()
    for partnership in partnership_model.objects.using(db).filter(partner_network__isnull=False):
        home, partner = partnership.network_id, partnership.partner_network_id
        members = membership_model.objects.using(db)
        home_admitted = set(
            members.filter(network_id=home, status__in=ADMITTED).values_list("user_id", flat=True)
        )
        in_partner = set(members.filter(network_id=partner).values_list("user_id", flat=True))
        invitations = invitation_model.objects.using(db).filter(partnership_id=partnership.pk)
        accepted = set(invitations.filter(answer="accepted").values_list("invitee_id", flat=True))
        linked = set(
            through.objects.using(db)
            .filter(partnership_id=partnership.pk)
            .values_list("user_id", flat=True)
        )
        unasked = (linked & in_partner) - home_admitted - accepted - {partnership.recorded_by_id}
        if unasked:
            through.objects.using(db).filter(
                partnership_id=partnership.pk, user_id__in=unasked
            ).delete()
            adults = set(
                members.filter(network_id=partner, status__in=ADMITTED, user_id__in=unasked)
                .exclude(user__age_band__in=MINOR_BANDS)
                .values_list("user_id", flat=True)
            )
            # Who linked them (the span's audit row), else who recorded the partnership.
            spanned = (
                audit_model.objects.using(db)
                .filter(
                    action="partnership.spanned",
                    target_type="followthrough.partnership",
                    target_id=str(partnership.pk),
                    actor_id__isnull=False,
                )
                .order_by("-created_at", "-pk")
                .values_list("actor_id", flat=True)
                .first()
            )
            typed = set(invitations.values_list("email", flat=True))
            for user_id, email in (
                user_model.objects.using(db).filter(pk__in=unasked).values_list("pk", "email")
            ):
                address = email.strip().lower()
                if address in typed:  # invited since: that invitation stands
                    continue
                invitation_model.objects.using(db).create(
                    network_id=partner,
                    partnership_id=partnership.pk,
                    home_network_id=home,
                    email=address,
                    invitee_id=user_id if user_id in adults else None,
                    invited_by_id=spanned or partnership.recorded_by_id,
                    created_at=now,
                    expires_at=now + timedelta(days=INVITATION_DAYS),
                )
        if not accepted:
            partnership_model.objects.using(db).filter(pk=partnership.pk).update(
                partner_network=None
            )


class Migration(migrations.Migration):
    dependencies = [
        ("followthrough", "0013_partnership_invitation_email_one_line"),
        ("networks", "0008_membership_born_on"),
        ("audit", "0001_initial"),
        ("people", "0005_user_language"),
    ]

    operations = [migrations.RunPython(links_to_invitations, migrations.RunPython.noop)]
