from django.urls import path

from collaboratory.networks import consent_views

app_name = "consent"
urlpatterns = [
    path("token/<str:token>/", consent_views.confirm, name="confirm"),
    path("revoke/token/<str:token>/", consent_views.revoke, name="revoke"),
]
