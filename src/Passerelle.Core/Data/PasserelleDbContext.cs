using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Commission;
using Passerelle.Core.Conventions;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Protocols;
using Passerelle.Core.Reconciliation;
using Passerelle.Core.Referrals;
using Passerelle.Core.Tracking;

namespace Passerelle.Core.Data;

/// <summary>
/// The one model, for two providers (<see cref="SqliteDbContext"/>, <see cref="PostgresDbContext"/>).
/// Tenant isolation lives here and only here: every PLIE-owned entity is filtered on the actor's PLIE.
/// Every PLIE-owned table has the PLIE id first in its key and indexes, so the schema shards by tenant.
/// </summary>
public abstract class PasserelleDbContext(DbContextOptions options, ActorContext actor)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Protocol> Protocols => Set<Protocol>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<PersonIdentity> PersonIdentities => Set<PersonIdentity>();
    public DbSet<JourneyEvent> JourneyEvents => Set<JourneyEvent>();
    public DbSet<ReferralSheet> ReferralSheets => Set<ReferralSheet>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<InfoSession> InfoSessions => Set<InfoSession>();
    public DbSet<Convocation> Convocations => Set<Convocation>();
    public DbSet<CommissionSession> CommissionSessions => Set<CommissionSession>();
    public DbSet<CommissionItem> CommissionItems => Set<CommissionItem>();
    public DbSet<EligibilityReview> EligibilityReviews => Set<EligibilityReview>();
    public DbSet<IntegrationFile> IntegrationFiles => Set<IntegrationFile>();
    public DbSet<Convention> Conventions => Set<Convention>();
    public DbSet<ConventionCorrespondent> ConventionCorrespondents => Set<ConventionCorrespondent>();
    public DbSet<TrackingDispatch> TrackingDispatches => Set<TrackingDispatch>();
    public DbSet<Reporting.Qualitative.QualitativeAnswer> QualitativeAnswers => Set<Reporting.Qualitative.QualitativeAnswer>();
    public DbSet<PniReconciliation> PniReconciliations => Set<PniReconciliation>();
    public DbSet<ReconciliationDifference> ReconciliationDifferences => Set<ReconciliationDifference>();

    /// <summary>Audit lines waiting to be chained and saved with the next <c>SaveChanges</c>.</summary>
    internal List<AuditEvent> PendingAudit { get; } = [];

    /// <summary>Forgets every pending change and audit line: an operation refused after staging writes nothing.</summary>
    internal void Discard()
    {
        ChangeTracker.Clear();
        PendingAudit.Clear();
    }

    // Read by the query filters at query time (EF parameterises context members).
    private Guid? TenantPlieId => actor.PlieId;
    private bool AllPlies => actor.AllPlies;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<string>().HaveMaxLength(256);
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);

        b.Entity<Organisation>(e =>
        {
            e.HasIndex(o => o.Code).IsUnique();
            e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        });
        b.Entity<AppUser>(e =>
        {
            e.Property(u => u.Role).HasConversion<string>().HasMaxLength(32);
            e.HasIndex(u => u.OrganisationId);
        });
        b.Entity<ApiKey>(e =>
        {
            e.HasIndex(k => k.Hash).IsUnique();
            e.HasIndex(k => k.UserId);
        });
        b.Entity<Protocol>(e =>
        {
            e.HasKey(p => new { p.PlieId, p.Id });
            e.Property(p => p.DefinitionJson).HasColumnType("text");
            e.Ignore(p => p.Definition);
            e.HasQueryFilter(p => AllPlies || p.PlieId == TenantPlieId);
        });
        b.Entity<Person>(e =>
        {
            e.HasKey(p => new { p.PlieId, p.Id });
            e.HasIndex(p => new { p.PlieId, p.Ref }).IsUnique();
            e.Property(p => p.Sex).HasMaxLength(1);
            e.Property(p => p.CommuneInsee).HasMaxLength(5);
            e.ComplexProperty(p => p.Situation);
            e.HasOne(p => p.Identity).WithOne().HasForeignKey<PersonIdentity>(i => new { i.PlieId, i.PersonId });
            e.HasMany(p => p.Events).WithOne().HasForeignKey(ev => new { ev.PlieId, ev.PersonId });
            e.HasQueryFilter(p => AllPlies || p.PlieId == TenantPlieId);
        });
        b.Entity<PersonIdentity>(e =>
        {
            e.HasKey(i => new { i.PlieId, i.PersonId });
            e.HasIndex(i => new { i.PlieId, i.SearchKey });
            e.HasIndex(i => new { i.PlieId, i.FranceTravailId });
            e.HasIndex(i => new { i.PlieId, i.BirthDate });
            e.Property(i => i.FranceTravailId).HasMaxLength(16);
            e.Property(i => i.BirthName).HasMaxLength(100);
            e.HasQueryFilter(i => AllPlies || i.PlieId == TenantPlieId);
        });
        ConfigureEvents(b);
        b.Entity<ReferralSheet>(e =>
        {
            e.HasKey(r => new { r.PlieId, r.Id });
            e.HasIndex(r => new { r.PlieId, r.PersonId });
            e.Property(r => r.Sex).HasMaxLength(1);
            e.Property(r => r.CommuneInsee).HasMaxLength(5);
            e.Property(r => r.Decision).HasMaxLength(16);
            e.ComplexProperty(r => r.Situation);
            e.HasOne<Person>().WithMany().HasForeignKey(r => new { r.PlieId, r.PersonId }).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(r => AllPlies || r.PlieId == TenantPlieId);
        });
        ConfigureInfoSessions(b);
        ConfigureCommission(b);
        ConfigureExchange(b);
        b.Entity<AuditEvent>(e =>
        {
            e.HasKey(a => a.Seq);
            e.Property(a => a.Seq).ValueGeneratedNever();
            // A caseload listing carries the ids of the people listed (docs/audit-events.md): no fixed bound.
            e.Property(a => a.Detail).HasColumnType("text");
            e.Property(a => a.Hash).HasMaxLength(64);
            e.Property(a => a.PrevHash).HasMaxLength(64);
            e.HasIndex(a => new { a.PlieId, a.At });
            e.HasIndex(a => new { a.RecordId });
            e.HasIndex(a => new { a.UserId, a.At });
        });
    }

    private void ConfigureEvents(ModelBuilder b)
    {
        b.Entity<JourneyEvent>(e =>
        {
            e.ToTable("journey_events");
            e.HasKey(ev => new { ev.PlieId, ev.Id });
            e.HasIndex(ev => new { ev.PlieId, ev.PersonId, ev.Seq });
            e.HasIndex(ev => new { ev.PlieId, ev.Date });
            e.HasDiscriminator<string>("type")
                .HasValue<ReferralEvent>("referral")
                .HasValue<InfoSessionEvent>("info_session")
                .HasValue<FirstContactEvent>("first_contact")
                .HasValue<DiagnosticStartEvent>("diagnostic_start")
                .HasValue<RefusalEvent>("refusal")
                .HasValue<IntegrationEvent>("integration")
                .HasValue<ContactEvent>("contact")
                .HasValue<StepEvent>("step")
                .HasValue<ContractEvent>("contract")
                .HasValue<TrainingEvent>("training")
                .HasValue<BusinessCreationEvent>("business_creation")
                .HasValue<SuspensionEvent>("suspension")
                .HasValue<ExitEvent>("exit")
                .HasValue<BarrierEvent>("barrier")
                .HasValue<RequestEvent>("request")
                .HasValue<ReferentChangeEvent>("referent_change")
                .HasValue<ExtensionEvent>("extension")
                .HasValue<AbsenceEvent>("absence")
                .HasValue<BreachEvent>("breach")
                .HasValue<SectorWishEvent>("sector_wish");
            e.Property<string>("type").HasMaxLength(24);
            // The Bilan quantitatif reads a year's facts of a few types, and the year's exits (Reporting/Bilan/BilanFactQuery).
            e.HasIndex(nameof(JourneyEvent.PlieId), "type", nameof(JourneyEvent.Date));
            e.HasQueryFilter(ev => AllPlies || ev.PlieId == TenantPlieId);
        });
        // The caseload finds a referent's people by their integrations (Pathways/CaseloadReader.cs).
        b.Entity<IntegrationEvent>().HasIndex(nameof(JourneyEvent.PlieId), "type", nameof(IntegrationEvent.Referent));
        // Sibling kinds share columns: "code" holds the event's main code, "flag" its yes/no answer.
        b.Entity<ReferralEvent>().Property(e => e.PrescriberKind).HasColumnName("code").HasMaxLength(32);
        b.Entity<ReferralEvent>().Property(e => e.Channel).HasColumnName("channel").HasMaxLength(32);
        b.Entity<ReferralEvent>().Property(e => e.PrescriberOrg).HasMaxLength(64);
        // "Mes orientations": a prescriber's referrals, looked up by its organisation code in each PLIE.
        b.Entity<ReferralEvent>().HasIndex(e => new { e.PlieId, e.PrescriberOrg });
        b.Entity<InfoSessionEvent>().Property(e => e.Organiser).HasColumnName("code").HasMaxLength(32);
        b.Entity<InfoSessionEvent>().Property(e => e.Attended).HasColumnName("flag");
        b.Entity<FirstContactEvent>().Property(e => e.Mode).HasColumnName("code").HasMaxLength(32);
        b.Entity<FirstContactEvent>().Property(e => e.Attended).HasColumnName("flag");
        b.Entity<RefusalEvent>().Property(e => e.Reason).HasColumnName("code").HasMaxLength(32);
        b.Entity<RefusalEvent>().Property(e => e.Reorientation).HasMaxLength(64);
        b.Entity<ContactEvent>().Property(e => e.Mode).HasColumnName("code").HasMaxLength(32);
        b.Entity<PeriodEvent>().Property(e => e.End).HasColumnName("end_date");
        b.Entity<StepEvent>().Property(e => e.Kind).HasColumnName("code").HasMaxLength(32);
        b.Entity<ContractEvent>().Property(e => e.Kind).HasColumnName("code").HasMaxLength(32);
        b.Entity<ContractEvent>().Property(e => e.InsertionCompany).HasColumnName("flag");
        b.Entity<ContractEvent>().Property(e => e.WeeklyHours).HasPrecision(6, 2);
        b.Entity<ContractEvent>().Property(e => e.HoursWorked).HasPrecision(8, 2);
        b.Entity<TrainingEvent>().Property(e => e.Qualifying).HasColumnName("flag");
        b.Entity<SuspensionEvent>().Property(e => e.Reason).HasColumnName("code").HasMaxLength(32);
        b.Entity<ExitEvent>().Property(e => e.Reason).HasColumnName("code").HasMaxLength(32);
        b.Entity<ExitEvent>().Property(e => e.AtypicalApproved).HasColumnName("flag");
        b.Entity<ExitEvent>().PrimitiveCollection(e => e.Proofs).HasMaxLength(200);
        b.Entity<IntegrationEvent>().Property(e => e.Referent).HasColumnName("referent").HasMaxLength(256);
        b.Entity<ReferentChangeEvent>().Property(e => e.Referent).HasColumnName("referent").HasMaxLength(256);
        b.Entity<ReferentChangeEvent>().Property(e => e.Reason).HasColumnName("code").HasMaxLength(32);
        b.Entity<ExtensionEvent>().Property(e => e.Months).HasColumnName("months");
        b.Entity<BarrierEvent>().Property(e => e.Family).HasColumnName("code").HasMaxLength(32);
        b.Entity<RequestEvent>().Property(e => e.Kind).HasColumnName("code").HasMaxLength(32);
        b.Entity<RequestEvent>().Property(e => e.Outcome).HasMaxLength(32);
        b.Entity<RequestEvent>().Property(e => e.OutcomeDate).HasColumnName("end_date");
        b.Entity<AbsenceEvent>().Property(e => e.Kind).HasColumnName("code").HasMaxLength(32);
        b.Entity<BreachEvent>().Property(e => e.Reason).HasColumnName("code").HasMaxLength(32);
        b.Entity<SectorWishEvent>().Property(e => e.Sector).HasColumnName("code").HasMaxLength(32);
    }

    private void ConfigureInfoSessions(ModelBuilder b)
    {
        b.Entity<InfoSession>(e =>
        {
            e.HasKey(s => new { s.PlieId, s.Id });
            e.HasIndex(s => new { s.PlieId, s.Year, s.Number }).IsUnique();
            e.HasIndex(s => new { s.PlieId, s.Date });
            e.Property(s => s.Place).HasMaxLength(80);
            e.Property(s => s.Organiser).HasMaxLength(32);
            e.Ignore(s => s.Code);
            e.HasMany(s => s.Convocations).WithOne().HasForeignKey(c => new { c.PlieId, c.SessionId });
            e.HasQueryFilter(s => AllPlies || s.PlieId == TenantPlieId);
        });
        b.Entity<Convocation>(e =>
        {
            e.HasKey(c => new { c.PlieId, c.Id });
            // One convocation per person and session; ranks and references never collide (concurrent additions fail one).
            e.HasIndex(c => new { c.PlieId, c.SessionId, c.PersonId }).IsUnique();
            e.HasIndex(c => new { c.PlieId, c.SessionId, c.Ordinal }).IsUnique();
            e.HasIndex(c => new { c.PlieId, c.Reference }).IsUnique();
            e.HasIndex(c => new { c.PlieId, c.PersonId });
            e.Property(c => c.Reference).HasMaxLength(32);
            e.Property(c => c.Attendance).HasMaxLength(16);
            e.HasOne<Person>().WithMany().HasForeignKey(c => new { c.PlieId, c.PersonId });
            e.HasQueryFilter(c => AllPlies || c.PlieId == TenantPlieId);
        });
    }

    // Commission sessions and their agenda, eligibility reviews, integration files (issue 3 items 5-7).
    private void ConfigureCommission(ModelBuilder b)
    {
        b.Entity<CommissionSession>(e =>
        {
            e.HasKey(s => new { s.PlieId, s.Id });
            e.HasIndex(s => new { s.PlieId, s.Date });
            e.Property(s => s.Kind).HasMaxLength(16);
            e.HasMany(s => s.Items).WithOne().HasForeignKey(i => new { i.PlieId, i.SessionId }).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(s => AllPlies || s.PlieId == TenantPlieId);
        });
        b.Entity<CommissionItem>(e =>
        {
            e.HasKey(i => new { i.PlieId, i.Id });
            e.HasIndex(i => new { i.PlieId, i.PersonId });
            e.Property(i => i.Kind).HasMaxLength(32);
            e.Property(i => i.Decision).HasMaxLength(16);
            e.Property(i => i.Reason).HasMaxLength(32);
            e.Property(i => i.Reorientation).HasMaxLength(64);
            e.HasOne<Person>().WithMany().HasForeignKey(i => new { i.PlieId, i.PersonId }).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(i => AllPlies || i.PlieId == TenantPlieId);
        });
        b.Entity<EligibilityReview>(e =>
        {
            e.HasKey(r => new { r.PlieId, r.Id });
            e.HasIndex(r => new { r.PlieId, r.PersonId });
            e.Property(r => r.RuleId).HasMaxLength(64);
            e.HasOne<Person>().WithMany().HasForeignKey(r => new { r.PlieId, r.PersonId }).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(r => AllPlies || r.PlieId == TenantPlieId);
        });
        b.Entity<IntegrationFile>(e =>
        {
            e.HasKey(f => new { f.PlieId, f.Id });
            e.HasIndex(f => new { f.PlieId, f.PersonId, f.IntegrationDate }).IsUnique();
            e.HasOne<Person>().WithMany().HasForeignKey(f => new { f.PlieId, f.PersonId }).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(f => AllPlies || f.PlieId == TenantPlieId);
        });
    }

    // Conventions register and the register of tracking tables sent to France Travail (issue 5 items 1-2).
    private void ConfigureExchange(ModelBuilder b)
    {
        b.Entity<Convention>(e =>
        {
            e.HasKey(c => new { c.PlieId, c.Id });
            e.HasIndex(c => new { c.PlieId, c.PartnerId });
            e.Property(c => c.Title).HasMaxLength(120);
            e.Property(c => c.Kind).HasMaxLength(32);
            e.Property(c => c.Frequency).HasMaxLength(32);
            e.Property(c => c.Channel).HasMaxLength(32);
            e.PrimitiveCollection(c => c.AllowedItems).HasMaxLength(2000);
            e.HasMany(c => c.Correspondents).WithOne().HasForeignKey(k => new { k.PlieId, k.ConventionId }).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(c => AllPlies || c.PlieId == TenantPlieId);
        });
        b.Entity<ConventionCorrespondent>(e =>
        {
            e.HasKey(k => new { k.PlieId, k.Id });
            e.Property(k => k.Role).HasMaxLength(32);
            e.Property(k => k.Side).HasMaxLength(16);
            e.Property(k => k.Organisation).HasMaxLength(120);
            e.HasQueryFilter(k => AllPlies || k.PlieId == TenantPlieId);
        });
        b.Entity<TrackingDispatch>(e =>
        {
            e.HasKey(d => new { d.PlieId, d.Id });
            e.HasIndex(d => new { d.PlieId, d.ConventionId, d.Month });
            e.Property(d => d.PartnerCode).HasMaxLength(64);
            e.Property(d => d.Channel).HasMaxLength(16);
            e.Property(d => d.Sha256).HasMaxLength(64);
            e.Property(d => d.FileName).HasMaxLength(160);
            e.PrimitiveCollection(d => d.Recipients).HasMaxLength(2000);
            e.HasOne<Convention>().WithMany().HasForeignKey(d => new { d.PlieId, d.ConventionId });
            e.HasQueryFilter(d => AllPlies || d.PlieId == TenantPlieId);
        });
        // Bilan qualitatif (000 Annexe 2; issue 6 item 3): one answer per convention, year and question.
        b.Entity<Reporting.Qualitative.QualitativeAnswer>(e =>
        {
            e.HasKey(a => new { a.PlieId, a.Id });
            e.HasIndex(a => new { a.PlieId, a.ConventionId, a.Year, a.Question }).IsUnique();
            e.HasIndex(a => new { a.PlieId, a.Year });
            e.Property(a => a.Answer).HasMaxLength(16);
            e.Property(a => a.Comment).HasMaxLength(Reporting.Qualitative.QualitativeQuestions.CommentMaxLength);
            e.HasOne<Convention>().WithMany().HasForeignKey(a => new { a.PlieId, a.ConventionId }).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(a => AllPlies || a.PlieId == TenantPlieId);
        });
        // Quarterly reconciliations of France Travail's PNI list (issue 5 item 4): ids, codes and dates only.
        b.Entity<PniReconciliation>(e =>
        {
            e.HasKey(r => new { r.PlieId, r.Id });
            e.HasIndex(r => new { r.PlieId, r.ImportedAt });
            e.Property(r => r.Channel).HasMaxLength(16);
            e.Property(r => r.Sha256).HasMaxLength(64);
            e.PrimitiveCollection(r => r.Agencies).HasMaxLength(2000);
            e.HasMany(r => r.Differences).WithOne().HasForeignKey(d => new { d.PlieId, d.ReconciliationId }).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(r => AllPlies || r.PlieId == TenantPlieId);
        });
        b.Entity<ReconciliationDifference>(e =>
        {
            e.HasKey(d => new { d.PlieId, d.Id });
            e.HasIndex(d => new { d.PlieId, d.ReconciliationId });
            e.HasIndex(d => new { d.PlieId, d.PersonId });
            e.Property(d => d.Kind).HasMaxLength(32);
            e.Property(d => d.FranceTravailId).HasMaxLength(16);
            e.HasOne<Person>().WithMany().HasForeignKey(d => new { d.PlieId, d.PersonId }).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(d => AllPlies || d.PlieId == TenantPlieId);
        });
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var turn = Database.CurrentTransaction is null && (PendingAudit.Count > 0 || ChangeTracker.HasChanges())
            ? await WaitForWriterTurnAsync(cancellationToken) : null;
        if (PendingAudit.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await LockAuditChainAsync(cancellationToken);
            var last = await AuditEvents.AsNoTracking().OrderByDescending(a => a.Seq)
                .Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(cancellationToken);
            AuditChain.Link(PendingAudit, last?.Seq ?? 0, last?.Hash ?? AuditChain.Genesis);
            AuditEvents.AddRange(PendingAudit);
            PendingAudit.Clear();
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return count;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    /// <summary>Serialises writers of the audit chain until the end of the transaction.</summary>
    protected abstract Task LockAuditChainAsync(CancellationToken ct);

    /// <summary>
    /// Waits, before a write opens its own transaction, until no other writer of this process is in flight on the same
    /// database; disposing the result lets the next one go. Null when the provider queues writers well on its own.
    /// </summary>
    protected virtual Task<IDisposable?> WaitForWriterTurnAsync(CancellationToken ct) => Task.FromResult<IDisposable?>(null);
}
