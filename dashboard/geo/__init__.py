"""Geography: the bundled boundary layers, the gazetteer, and the geocoder built on them."""
