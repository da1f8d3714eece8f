"""The guardian's approval link for a youth member's money commitment (outside any network:
the guardian has no account)."""

from django.urls import path

from collaboratory.commitments import guardian_views

app_name = "guardian_approval"
urlpatterns = [
    path("token/<str:token>/", guardian_views.decide, name="decide"),
]
