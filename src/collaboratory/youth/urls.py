from django.urls import path

from collaboratory.youth import views

app_name = "youth"
urlpatterns = [
    path("", views.home, name="home"),
    path("money/", views.money, name="money"),
    path("cycles/", views.cycles, name="cycles"),
    path("cycles/<int:cycle_id>/applications/", views.applications, name="applications"),
    path("applications/<int:application_id>/", views.application, name="application"),
    path("sessions/new/", views.session_new, name="session_new"),
    path("sessions/<int:session_id>/", views.session, name="session"),
    path("sessions/<int:session_id>/edit/", views.session_edit, name="session_edit"),
    path("sessions/<int:session_id>/notice/", views.session_notice, name="session_notice"),
    path(
        "sessions/<int:session_id>/attendance/",
        views.session_attendance,
        name="session_attendance",
    ),
    path("make-ups/<int:makeup_id>/", views.makeup, name="makeup"),
    path("members/<int:member_id>/", views.member, name="member"),
    path("vetting/", views.vetting, name="vetting"),
    path("safeguarding/", views.safeguarding, name="safeguarding"),
    path("concern/", views.concern, name="concern"),
    path("concerns/", views.concerns, name="concerns"),
    path("concerns/<int:concern_id>/hold/", views.concern_hold, name="concern_hold"),
    path("concerns/<int:concern_id>/hold/lift/", views.concern_release, name="concern_release"),
]
