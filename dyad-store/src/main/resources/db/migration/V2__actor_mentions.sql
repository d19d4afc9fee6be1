-- dyad corpus store, version 2: where each actor is named in each article (the spans the web UI
-- highlights). Articles stored before this version have no rows here.

CREATE TABLE actor_mentions (
  article_id    BIGINT NOT NULL REFERENCES articles (id),
  actor_id      VARCHAR(255) NOT NULL REFERENCES actors (id),
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL
);
CREATE INDEX actor_mentions_article ON actor_mentions (article_id);
