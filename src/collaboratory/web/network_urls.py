"""The pages under /n/<network_slug>/ that keep the `networks` namespace: the network's home
(a shell page, see web.views.network_home) and networks' own pages. The shell mounts them
together because it may import networks while networks may not import the shell."""

from django.urls import path

from collaboratory.networks.urls import urlpatterns as networks_urlpatterns
from collaboratory.web import activity_views, views

app_name = "networks"
urlpatterns = [
    path("", views.network_home, name="home"),
    # The stewards' activity log: the network's audit events in plain words.
    path("activity/", activity_views.activity_log, name="activity"),
    *networks_urlpatterns,
]
