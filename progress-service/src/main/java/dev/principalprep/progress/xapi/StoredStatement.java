package dev.principalprep.progress.xapi;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A row of {@code xapi_statement}, the columns a statement is found by: written by {@link StatementLog} in SQL and
 * never changed, mapped so that finding the statements an undo voids is a query Hibernate plans once.
 */
@Entity
@Immutable
@Table(name = "xapi_statement")
public class StoredStatement extends PanacheEntityBase {

    @Id
    public UUID id;
    public long seq;
    @Column(name = "learner_id")
    public String learnerId;
    @Column(name = "verb_id")
    public String verbId;
    @Column(name = "object_id")
    public String objectId;
    @Column(name = "voided_statement_id")
    public UUID voidedStatementId;
}
