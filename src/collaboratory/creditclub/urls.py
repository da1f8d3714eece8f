from django.urls import path

from collaboratory.creditclub import views

app_name = "creditclub"
urlpatterns = [
    path("", views.call, name="call"),
    path("projects/", views.projects, name="projects"),
    path("settings/", views.settings_view, name="settings"),
    path("gatherings/<int:gathering_id>/propose/", views.proposal_new, name="proposal_new"),
    path("gatherings/<int:gathering_id>/board/", views.board, name="board"),
    path("gatherings/<int:gathering_id>/announce/", views.announce, name="announce"),
    path("gatherings/<int:gathering_id>/run-of-show/", views.run_of_show_view, name="run_of_show"),
    path("proposals/<int:proposal_id>/", views.proposal_detail, name="proposal"),
    path("proposals/<int:proposal_id>/edit/", views.proposal_edit, name="proposal_edit"),
    path("proposals/<int:proposal_id>/submit/", views.proposal_submit, name="proposal_submit"),
    path(
        "proposals/<int:proposal_id>/withdraw/", views.proposal_withdraw, name="proposal_withdraw"
    ),
    path("proposals/<int:proposal_id>/carry-over/", views.proposal_carry_over, name="carry_over"),
    path("proposals/<int:proposal_id>/pack/", views.presenter_pack, name="pack"),
    path("proposals/<int:proposal_id>/review/", views.review, name="review"),
    path("proposals/<int:proposal_id>/presented/", views.mark_presented, name="mark_presented"),
    path("proposals/<int:proposal_id>/power-project/", views.power_advance, name="power_advance"),
]
