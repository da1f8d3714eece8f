from django.urls import path

from collaboratory.followthrough import views

app_name = "followthrough"
urlpatterns = [
    path("", views.mine, name="mine"),
    path("commitments/<int:commitment_id>/", views.commitment_detail, name="commitment"),
    path("commitments/<int:commitment_id>/act/", views.commitment_act, name="act"),
    path("commitments/<int:commitment_id>/update/", views.commitment_update, name="update"),
    path("commitments/<int:commitment_id>/snooze/", views.commitment_snooze, name="snooze"),
    path(
        "commitments/<int:commitment_id>/snooze/end/",
        views.commitment_snooze_end,
        name="snooze_end",
    ),
    path("projects/<int:proposal_id>/update/", views.project_update, name="project_update"),
    path("projects/<int:proposal_id>/feedback/", views.project_feedback, name="project_feedback"),
    path("feedback/", views.feedback_list, name="feedback"),
    path("overdue/", views.overdue, name="overdue"),
    path("gatherings/<int:gathering_id>/gratitude/", views.gratitude, name="gratitude"),
    path("ledger/", views.ledger, name="ledger"),
    path("ledger/<int:membership_id>/", views.member_ledger_view, name="member_ledger"),
    path("settings/", views.settings_view, name="settings"),
    path("partnerships/", views.partnerships, name="partnerships"),
    path("partnerships/new/", views.partnership_new, name="partnership_new"),
    path("partnerships/members/", views.partnership_members, name="partnership_members"),
    path(
        "partnerships/invitations/",
        views.partnership_invitations,
        name="partnership_invitations",
    ),
    path(
        "partnerships/invitations/<int:invitation_id>/",
        views.partnership_invitation,
        name="partnership_invitation",
    ),
    path("partnerships/<int:partnership_id>/", views.partnership_detail, name="partnership"),
    path(
        "partnerships/<int:partnership_id>/keep/",
        views.partnership_keep,
        name="partnership_keep",
    ),
    path(
        "partnerships/<int:partnership_id>/publish/",
        views.partnership_publish,
        name="partnership_publish",
    ),
]
