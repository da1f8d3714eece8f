from django.urls import path

from collaboratory.commitments import views

app_name = "live"
urlpatterns = [
    path("<int:gathering_id>/events", views.events, name="events"),
    path("<int:gathering_id>/commitments", views.submit, name="submit"),
]
