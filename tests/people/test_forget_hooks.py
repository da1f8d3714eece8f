"""people sits below networks and insights, so what they hold about a person is forgotten,
pseudonymized and exported through hooks they register from ready(): these say who is
registered, so a hook that goes missing fails here and not silently in production."""

from __future__ import annotations

from collaboratory.api.selectors import personal_api_tokens
from collaboratory.commitments.selectors import personal_commitments_made
from collaboratory.commitments.services import guardian_money_emails_forget, live_events_forget
from collaboratory.creditclub.selectors import personal_proposals, personal_reviews_written
from collaboratory.followthrough.selectors import personal_followthrough, personal_partnerships
from collaboratory.followthrough.services import partnership_invitations_forget
from collaboratory.gatherings.selectors import personal_gatherings
from collaboratory.gatherings.services import (
    seats_free_after_account_delete,
    substitutes_told_after_account_delete,
)
from collaboratory.insights.services import sensitive_snapshots_forget
from collaboratory.matching.selectors_profiles import personal_introductions
from collaboratory.networks.mail import digest_items_forget
from collaboratory.networks.selectors import (
    personal_email_choices,
    personal_memberships,
    personal_nominations_made,
)
from collaboratory.networks.services import account_records_pseudonymize, last_steward_refusals
from collaboratory.people import selectors as people_selectors
from collaboratory.people import services as people_services
from collaboratory.training.selectors import personal_training
from collaboratory.training.services import trainee_records_pseudonymize
from collaboratory.webhooks.services import webhook_deliveries_forget
from collaboratory.youth.selectors import personal_youth_program
from collaboratory.youth.services import youth_person_forget


def test_insights_forgets_with_a_withdrawn_self_description() -> None:
    assert people_services._self_description_hooks == [sensitive_snapshots_forget]


def test_networks_webhooks_and_training_pseudonymize_and_youth_forgets_a_deleted_account() -> None:
    """Gatherings tells the substitutes of a deleted account's passes that they stopped
    (before the passes go), and gives the seats of its answers to who waits."""
    assert people_services._account_delete_hooks == [
        account_records_pseudonymize,
        digest_items_forget,
        substitutes_told_after_account_delete,
        seats_free_after_account_delete,
        live_events_forget,
        guardian_money_emails_forget,
        partnership_invitations_forget,
        webhook_deliveries_forget,
        trainee_records_pseudonymize,
        youth_person_forget,
    ]


def test_the_apps_holding_a_persons_rows_add_their_sections_to_export_my_data() -> None:
    assert people_selectors._personal_data_sections == [
        ("memberships", personal_memberships),
        ("nominations_made", personal_nominations_made),
        ("email_choices", personal_email_choices),
        ("gatherings", personal_gatherings),
        ("proposals", personal_proposals),
        ("reviews_written", personal_reviews_written),
        ("commitments_made", personal_commitments_made),
        ("followthrough", personal_followthrough),
        ("partnerships", personal_partnerships),
        ("introductions", personal_introductions),
        ("api_tokens", personal_api_tokens),
        ("training", personal_training),
        ("youth_program", personal_youth_program),
    ]


def test_networks_holds_back_the_deletion_of_a_networks_last_steward() -> None:
    assert people_selectors._account_delete_refusals == [last_steward_refusals]
