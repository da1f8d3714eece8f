"""Gathering routes outside any network: reached with a secret or a short code, no login."""

from django.urls import path

from collaboratory.gatherings import views

app_name = "gatherings_public"
urlpatterns = [
    path("c/<str:code>", views.check_in_short_link, name="short"),
    path("gatherings/calendar/key/<str:token>.ics", views.calendar_feed, name="feed"),
    path("gatherings/pass/key/<str:token>/", views.substitute_pass, name="pass"),
]
