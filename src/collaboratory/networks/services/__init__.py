"""Every write to networks, organizations and memberships goes through here. One module per
sub-domain (memberships, nominations, invitations, roster, guardian consent); the public
names are re-exported so callers keep importing from `collaboratory.networks.services`."""

from collaboratory.networks.services.consent import (
    GUARDIAN_LINK_HOURS,
    GUARDIAN_POLICY_VERSION,
    ConsentLinkUnusable,
    guardian_consent_confirm,
    guardian_consent_request,
    guardian_consent_revoke,
    guardian_consents_bulk_create,
)
from collaboratory.networks.services.invitations import (
    PLEDGES,
    UNDER_13,
    InvitationUnusable,
    invitation_create,
    invitation_email_send,
    invitation_redeem,
    invitation_revoke,
    invitations_bulk_create,
    network_create_with_steward,
)
from collaboratory.networks.services.memberships import (
    DEFAULT_SECTORS,
    EVALUATED_STATUSES,
    check_in_answer,
    check_ins_send,
    membership_change_role,
    membership_consent_granted,
    membership_consent_revoked,
    membership_create,
    membership_organization_change,
    membership_settings_copy,
    membership_settings_update,
    membership_status_override,
    membership_statuses_evaluate,
    memberships_bulk_create,
    network_create,
    organization_get_or_create,
    organizations_bulk_create,
)
from collaboratory.networks.services.nominations import (
    nomination_create,
    nomination_decide,
    nominations_bulk_create,
)
from collaboratory.networks.services.notifications import (
    digest_items_clear,
    notification_preferences_set,
)
from collaboratory.networks.services.people import account_records_pseudonymize
from collaboratory.networks.services.roster import roster_export_csv, roster_import

__all__ = [
    "DEFAULT_SECTORS",
    "EVALUATED_STATUSES",
    "GUARDIAN_LINK_HOURS",
    "GUARDIAN_POLICY_VERSION",
    "PLEDGES",
    "UNDER_13",
    "ConsentLinkUnusable",
    "InvitationUnusable",
    "account_records_pseudonymize",
    "check_in_answer",
    "check_ins_send",
    "digest_items_clear",
    "guardian_consent_confirm",
    "guardian_consent_request",
    "guardian_consent_revoke",
    "guardian_consents_bulk_create",
    "invitation_create",
    "invitation_email_send",
    "invitation_redeem",
    "invitation_revoke",
    "invitations_bulk_create",
    "membership_change_role",
    "membership_consent_granted",
    "membership_consent_revoked",
    "membership_create",
    "membership_organization_change",
    "membership_settings_copy",
    "membership_settings_update",
    "membership_status_override",
    "membership_statuses_evaluate",
    "memberships_bulk_create",
    "network_create",
    "network_create_with_steward",
    "nomination_create",
    "nomination_decide",
    "nominations_bulk_create",
    "notification_preferences_set",
    "organization_get_or_create",
    "organizations_bulk_create",
    "roster_export_csv",
    "roster_import",
]
