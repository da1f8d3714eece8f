"""Who can meet this ask (issue 16): member profiles, introductions, the asks board between
gatherings, and the text engine that suggests people for an ask. The package itself imports
nothing, so its pure engine can be loaded without Django."""
