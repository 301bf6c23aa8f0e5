package app.ledger.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a user's audit chain ends, and where its kept part begins (see the V19_1 migration). */
@Entity
@Table(name = "audit_chains")
public class AuditChain {

    @Id
    @Column(name = "user_id")
    public long userId;

    @Column(name = "head_seq", nullable = false)
    public long headSeq;

    @Column(name = "head_hash", nullable = false)
    public String headHash;

    @Column(name = "pruned_seq", nullable = false)
    public long prunedSeq;

    @Column(name = "pruned_hash", nullable = false)
    public String prunedHash;
}
