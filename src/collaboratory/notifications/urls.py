from django.urls import path

from collaboratory.notifications import views

app_name = "notifications"
urlpatterns = [
    path("me/notifications/", views.preferences, name="preferences"),
    # "token/" in the path: the log filter redacts what follows (web/logging.py).
    path("unsubscribe/token/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
