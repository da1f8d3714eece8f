from django.urls import path

from collaboratory.people import views

app_name = "people"
urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("profile/offers/<int:asset_id>/remove/", views.asset_remove, name="asset_remove"),
    path("self-description/", views.self_description, name="self_description"),
    path("data/", views.my_data, name="my_data"),
    path("data/export.json", views.my_data_export, name="my_data_export"),
]
