"""Who can meet this ask (issue 16): the text engine that matches asks to offers by meaning,
stored vectors and ranking, member profiles, introductions and the asks board between
gatherings. The package itself imports nothing, so its pure engine loads without Django."""
