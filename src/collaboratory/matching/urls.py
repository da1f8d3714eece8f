"""Matching's pages under /n/<network_slug>/ (namespace `matching`): member profiles,
introductions and the asks board beside the directory, and the suggestion fragments under
matching/."""

from django.urls import path

from collaboratory.matching import ask_views, profile_views, views

app_name = "matching"
urlpatterns = [
    path("members/<int:membership_id>/", profile_views.profile, name="profile"),
    path("members/<int:membership_id>/introduce/", profile_views.introduce, name="introduce"),
    path(
        "introductions/consent/",
        profile_views.introduction_consent,
        name="introduction_consent",
    ),
    path("introductions/", profile_views.introductions, name="introductions"),
    path(
        "introductions/<int:request_id>/withdraw/",
        profile_views.introduction_withdraw_view,
        name="introduction_withdraw",
    ),
    path(
        "introductions/<int:request_id>/decide/",
        profile_views.introduction_decide_view,
        name="introduction_decide",
    ),
    path("asks/", ask_views.asks, name="asks"),
    path("asks/<int:ask_id>/offer/", ask_views.offer, name="offer"),
    path("asks/<int:ask_id>/met/", ask_views.ask_met, name="ask_met"),
    path("asks/<int:ask_id>/reopen/", ask_views.ask_reopen_view, name="ask_reopen"),
    path(
        "matching/asks/<int:ask_id>/suggestions/",
        views.ask_suggestions,
        name="ask_suggestions",
    ),
    path(
        "matching/proposals/<int:proposal_id>/suggestions/",
        views.proposal_suggestions,
        name="proposal_suggestions",
    ),
    path(
        "matching/gatherings/<int:gathering_id>/suggestions/",
        views.room_suggestions,
        name="room_suggestions",
    ),
]
