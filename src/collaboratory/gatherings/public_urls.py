"""Gathering routes outside any network: reached with a secret or a short code, no login."""

from django.urls import path

from collaboratory.gatherings import public_views

app_name = "gatherings_public"
urlpatterns = [
    path("c/<str:code>", public_views.check_in_short_link, name="short"),
    path("gatherings/calendar/key/<str:token>.ics", public_views.calendar_feed, name="feed"),
    path("gatherings/pass/key/<str:token>/", public_views.substitute_pass, name="pass"),
]
