from django.urls import path

from collaboratory.seating import views

app_name = "seating"
urlpatterns = [
    path("gatherings/<int:gathering_id>/", views.gathering_seating, name="gathering"),
    path("gatherings/<int:gathering_id>/my-table/", views.my_table, name="mine"),
    path("plans/<int:plan_id>/", views.plan_detail, name="plan"),
    path("plans/<int:plan_id>/move/", views.plan_move, name="move"),
    path("plans/<int:plan_id>/lock/", views.plan_lock, name="lock"),
    path("plans/<int:plan_id>/refresh/", views.plan_refresh, name="refresh"),
    path("plans/<int:plan_id>/publish/", views.plan_publish, name="publish"),
    path("plans/<int:plan_id>/cards/", views.plan_cards, name="cards"),
    path("plans/<int:plan_id>/names/", views.plan_names, name="names"),
    path("rules/", views.pairs, name="pairs"),
    path("rules/<int:pair_id>/remove/", views.pair_remove, name="pair_remove"),
    path("students/", views.student_rules_page, name="student_rules"),
]
