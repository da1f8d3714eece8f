"""Training routes outside any network: the public page, the calendar feed (a secret in
the path), and the trainees' own pages (signed in)."""

from django.urls import path

from collaboratory.training import public_views

app_name = "training_public"
urlpatterns = [
    path("training/", public_views.apply, name="apply"),
    path("training/calendar/key/<str:token>.ics", public_views.calendar_feed, name="feed"),
    path("training/mine/", public_views.mine, name="mine"),
    path("training/mine/<int:application_id>/", public_views.organization, name="org"),
    path(
        "training/mine/<int:application_id>/assignments/<int:assignment_id>/",
        public_views.submission,
        name="submission",
    ),
    path(
        "training/mine/<int:application_id>/files/<int:submission_id>/",
        public_views.submission_file,
        name="file",
    ),
    path("training/calls/<int:call_id>/calendar.ics", public_views.call_ics, name="call_ics"),
]
