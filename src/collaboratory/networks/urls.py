from django.urls import path

from collaboratory.networks import views

app_name = "networks"
urlpatterns = [
    path("", views.network_home, name="home"),
]
