from django.urls import path

from collaboratory.networks import invitation_views

app_name = "invitations"
urlpatterns = [
    path("token/<str:token>/", invitation_views.landing, name="landing"),
]
