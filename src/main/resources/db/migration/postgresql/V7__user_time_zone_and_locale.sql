-- Each user's time zone (an IANA id such as Europe/Berlin) decides which day "today" is when they record an
-- entry without a date; the locale (a BCP 47 tag such as de-CH) is how the web app formats numbers and dates.
-- Users from before this version get UTC and English.
ALTER TABLE users ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE users ADD COLUMN locale    TEXT NOT NULL DEFAULT 'en';
