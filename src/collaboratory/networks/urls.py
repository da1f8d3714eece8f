"""Networks' pages under /n/<network_slug>/. Mounted, with the network's home page, by
web/network_urls.py under the `networks` namespace."""

from django.urls import path

from collaboratory.networks import roster_views, views

urlpatterns = [
    path("members/", views.directory, name="directory"),
    path("members/<int:membership_id>/photo/", views.member_photo, name="member_photo"),
    path("welcome/", views.welcome, name="welcome"),
    path("check-in/", views.check_in, name="check_in"),
    path("leave/", views.leave, name="leave"),
    path("my-organization/", views.my_organization, name="my_organization"),
    path("nominations/new/", views.nomination_new, name="nomination_new"),
    path("nominations/", views.nominations, name="nominations"),
    path(
        "nominations/<int:nomination_id>/decide/",
        views.nomination_decide_view,
        name="nomination_decide",
    ),
    path(
        "nominations/<int:nomination_id>/invite/",
        views.nomination_invite,
        name="nomination_invite",
    ),
    path("invitations/", views.invitations, name="invitations"),
    path(
        "invitations/<int:invitation_id>/revoke/",
        views.invitation_revoke_view,
        name="invitation_revoke",
    ),
    path("roster/", roster_views.roster, name="roster"),
    path("roster/import/", roster_views.roster_import_view, name="roster_import"),
    path("roster/export.csv", roster_views.roster_export, name="roster_export"),
    path(
        "roster/<int:membership_id>/status/", roster_views.roster_override, name="roster_override"
    ),
    path("roster/<int:membership_id>/role/", roster_views.roster_role, name="roster_role"),
    path("membership/settings/", views.membership_settings, name="membership_settings"),
]
