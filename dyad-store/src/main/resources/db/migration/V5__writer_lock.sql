-- dyad corpus store, version 5: the row an H2 writer locks (SELECT ... FOR UPDATE) for its save, so
-- that processes sharing one H2 store (AUTO_SERVER) save one article at a time, as PostgreSQL's
-- advisory lock makes them do there (Store.lockWriters).

CREATE TABLE writer_lock (
  id  INTEGER PRIMARY KEY
);
INSERT INTO writer_lock (id) VALUES (1);
