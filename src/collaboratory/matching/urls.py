from django.urls import path

from collaboratory.matching import views

app_name = "matching"
urlpatterns = [
    path("asks/<int:ask_id>/suggestions/", views.ask_suggestions, name="ask_suggestions"),
    path(
        "proposals/<int:proposal_id>/suggestions/",
        views.proposal_suggestions,
        name="proposal_suggestions",
    ),
    path(
        "gatherings/<int:gathering_id>/suggestions/",
        views.room_suggestions,
        name="room_suggestions",
    ),
]
