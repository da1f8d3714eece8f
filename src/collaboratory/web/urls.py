from django.urls import path

from collaboratory.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("platform/", views.platform_networks, name="platform"),
]
