-- Sign-in through an identity provider (OpenID Connect): which provider account (issuer and subject, the
-- provider's stable id for it) opens which user. One provider account opens one user, and a user has at most
-- one account at each provider. email is what the provider said when the link was made, for the user to
-- recognise it. last_used_at is written at each sign-in through the link.
CREATE TABLE identity_links (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issuer       TEXT    NOT NULL,
    subject      TEXT    NOT NULL,
    email        TEXT,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER
);
CREATE UNIQUE INDEX identity_links_subject_uq ON identity_links (issuer, subject);
CREATE UNIQUE INDEX identity_links_user_uq ON identity_links (user_id, issuer);
