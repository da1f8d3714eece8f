"""The trainers' pages, under /n/<national network>/training/; and, in a cohort's practice
network, the way to a trainee's own pages."""

from django.urls import path

from collaboratory.training import views

app_name = "training"
urlpatterns = [
    path("", views.home, name="home"),
    path("mine/", views.mine, name="mine"),
    path("applications/<int:application_id>/", views.application_detail, name="application"),
    path("cohorts/<int:cohort_id>/", views.cohort_detail, name="cohort"),
    path("cohorts/<int:cohort_id>/calendar.ics", views.cohort_ics, name="cohort_ics"),
    path("cohorts/<int:cohort_id>/practice/reset/", views.practice_reset, name="practice_reset"),
    path(
        "cohorts/<int:cohort_id>/sessions/<int:session_id>/",
        views.session_edit,
        name="session",
    ),
    path("organizations/<int:application_id>/", views.organization, name="organization"),
    path("files/<int:submission_id>/", views.submission_file, name="file"),
]
