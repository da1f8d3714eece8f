from django.urls import path

from collaboratory.webhooks import views

app_name = "webhooks"
urlpatterns = [
    path("", views.webhook_list, name="list"),
    path("new/", views.webhook_new, name="new"),
    path("<int:webhook_id>/", views.webhook_detail, name="detail"),
    path("<int:webhook_id>/edit/", views.webhook_edit, name="edit"),
    path("<int:webhook_id>/delete/", views.webhook_delete_view, name="delete"),
    path("<int:webhook_id>/secret/", views.webhook_secret, name="secret"),
    path("<int:webhook_id>/test/", views.webhook_test, name="test"),
    path(
        "<int:webhook_id>/deliveries/<int:delivery_id>/retry/",
        views.delivery_retry_view,
        name="retry",
    ),
]
