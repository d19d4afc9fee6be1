-- dyad corpus store, version 3: where each event happened, resolved in the gazetteer (docs/geo.md):
-- the place name as the first telling writes it, its GeoNames entry, ISO 3166 alpha-3 country,
-- first-level region and coordinates. Events stored before this version have none (null).

ALTER TABLE events ADD COLUMN place_text VARCHAR(200);
ALTER TABLE events ADD COLUMN place_name VARCHAR(200);
ALTER TABLE events ADD COLUMN geonames_id BIGINT;
ALTER TABLE events ADD COLUMN feature_class VARCHAR(1);
ALTER TABLE events ADD COLUMN feature_code VARCHAR(10);
ALTER TABLE events ADD COLUMN country_code VARCHAR(3);
ALTER TABLE events ADD COLUMN admin1 VARCHAR(20);
ALTER TABLE events ADD COLUMN admin1_name VARCHAR(200);
ALTER TABLE events ADD COLUMN lat DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN lon DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN place_how VARCHAR(10);
CREATE INDEX events_country ON events (country_code);
CREATE INDEX events_lat_lon ON events (lat, lon);
