-- While the disk is full, readiness tries a write now and then (app.ledger.persistence.StorageProbe):
-- 64 KiB into this table, deleted again at once. It holds no data between probes.
CREATE TABLE storage_probe (
    id     INTEGER PRIMARY KEY,
    filler BLOB NOT NULL
);
