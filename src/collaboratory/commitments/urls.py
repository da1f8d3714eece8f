from django.urls import path

from collaboratory.commitments import views
from collaboratory.commitments.live import screens, stream

app_name = "live"
urlpatterns = [
    path("settings/", screens.live_settings, name="settings"),
    path("<int:gathering_id>/events", stream.events, name="events"),
    path("<int:gathering_id>/commitments", views.submit, name="submit"),
    # The screens of the room
    path("<int:gathering_id>/", screens.phone, name="phone"),
    path("<int:gathering_id>/assess", screens.assess, name="assess"),
    path("<int:gathering_id>/board/", screens.board, name="board"),
    path("<int:gathering_id>/join.svg", screens.join_qr, name="join_qr"),
    path("<int:gathering_id>/console/", screens.console, name="console"),
    path("<int:gathering_id>/console/action", screens.console_action, name="console_action"),
    path("<int:gathering_id>/console/people", screens.people, name="people"),
    path(
        "<int:gathering_id>/presenters/<int:proposal_id>/",
        screens.followup,
        name="followup",
    ),
]
