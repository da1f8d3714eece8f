"""Seating routes outside any network: a substitute's table, reached with their pass."""

from django.urls import path

from collaboratory.seating import public_views

app_name = "seating_public"
urlpatterns = [
    path("seating/pass/key/<str:token>/", public_views.substitute_table, name="pass"),
]
