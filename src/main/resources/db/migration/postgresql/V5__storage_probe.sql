-- While the disk is full, readiness tries a write now and then (app.ledger.persistence.StorageProbe):
-- 64 KiB into this table, deleted again at once. It holds no data between probes.
CREATE TABLE storage_probe (
    id     BIGSERIAL PRIMARY KEY,
    filler TEXT NOT NULL
);
-- Stored as written, not compressed, so that the probe really needs its 64 KiB.
ALTER TABLE storage_probe ALTER COLUMN filler SET STORAGE EXTERNAL;
