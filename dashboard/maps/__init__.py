"""Maps and exports of the claims table: folium web map, static PNG, GeoJSON/GPKG/CSV/HTML.

Modules: ``builder`` (``build_map``), ``assets`` (offline Leaflet), ``static``
(``render_png``), ``exports`` (``export`` and the per-format functions). Each is imported
on its own so that a CSV export does not load folium or matplotlib.
"""
