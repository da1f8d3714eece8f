from django.urls import path

from collaboratory.gatherings import views

app_name = "gatherings"
urlpatterns = [
    path("", views.gathering_list, name="list"),
    path("new/", views.gathering_new, name="new"),
    path("calendar/", views.calendar_settings, name="calendar"),
    path("settings/", views.gathering_settings, name="settings"),
    path("<int:pk>/", views.gathering_detail, name="detail"),
    path("<int:pk>/gathering.ics", views.gathering_ics, name="ics"),
    path("<int:pk>/manage/", views.gathering_manage, name="manage"),
    path(
        "<int:pk>/substitutes/<int:substitution_id>/withdraw/",
        views.substitution_revoke,
        name="substitution_revoke",
    ),
    path(
        "<int:pk>/substitutes/<int:substitution_id>/send-again/",
        views.substitution_pass_resend,
        name="substitution_pass_resend",
    ),
    path(
        "<int:pk>/substitute/<int:substitution_id>/send-again/",
        views.substitution_pass_resend_own,
        name="substitution_pass_resend_own",
    ),
    path("<int:pk>/edit/", views.gathering_edit, name="edit"),
    path("<int:pk>/attendees.csv", views.gathering_export, name="export"),
    path("<int:pk>/badges/", views.gathering_badges, name="badges"),
    path("<int:pk>/door/", views.gathering_door, name="door"),
    path("<int:pk>/check-in.svg", views.gathering_qr, name="qr"),
    path("<int:pk>/check-in-code/", views.gathering_check_in_screen, name="check_in_screen"),
    path("<int:pk>/check-in/<str:code>/", views.gathering_check_in, name="check_in"),
]
