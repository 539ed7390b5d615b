using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;

namespace Passerelle.Core;

public static class CoreServices
{
    /// <summary>Everything the web host and the command line share: database, actor, audit and feature services.</summary>
    public static IServiceCollection AddPasserelleCore(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddPasserelleDatabase(database);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ActorContext>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<AccountAudit>();
        services.AddPasserelleIdentityCore();
        services.AddScoped<Demo.DemoSeeder>();
        services.AddScoped<Journeys.PersonReader>();
        services.AddScoped<Journeys.JourneyFigures>();
        services.AddScoped<Journeys.JourneyRecorder>();
        services.AddScoped<Exits.ExitJudge>();
        services.AddScoped<Pathways.CaseloadReader>();
        services.AddScoped<Pathways.PathwayReader>();
        services.AddScoped<PlieStaff>();
        services.AddScoped<Reporting.PathwayStatistics>();
        services.AddScoped<Reporting.ProtocolObjectives>();
        services.AddScoped<Reporting.Bilan.BilanQuantitatif>();
        services.AddScoped<Reporting.Regional.RegionalScope>();
        services.AddScoped<Reporting.Regional.RegionalIndicators>();
        services.AddScoped<Reporting.Qualitative.BilanQualitatif>();
        services.AddSingleton(Referentials.CommuneReferential.Shared);
        services.AddSingleton<Exchange.JourneyFileValidator>();
        services.AddScoped<Exchange.JourneyImporter>();
        services.AddScoped<Exchange.JourneyExporter>();
        services.AddSingleton<Eligibility.EligibilityEvaluator>();
        services.AddScoped<Eligibility.EligibilityService>();
        services.AddScoped<Referrals.DuplicateFinder>();
        services.AddScoped<Referrals.ReferralService>();
        services.AddScoped<Referrals.ReferralReader>();
        services.AddSingleton<Referrals.ReferralWorkbookReader>();
        services.AddScoped<Referrals.ReferralListImport>();
        services.AddScoped<InfoSessions.InfoSessionService>();
        services.AddScoped<InfoSessions.ConvocationService>();
        services.AddScoped<InfoSessions.AttendanceRecorder>();
        services.AddScoped<InfoSessions.AbsenceReport>();
        services.AddScoped<Commission.EligibilityReviews>();
        services.AddScoped<Commission.CommissionSessions>();
        services.AddScoped<Commission.CommissionDecisions>();
        services.AddScoped<Commission.CommissionMinutes>();
        services.AddScoped<Commission.ReferentLoads>();
        services.AddScoped<Commission.IntegrationFiles>();
        services.AddScoped<Commission.Handovers>();
        services.AddScoped<Commission.WorkQueues>();
        services.AddScoped<Commission.QuotaReader>();
        services.AddScoped<Conventions.ConventionService>();
        services.AddScoped<Tracking.TrackingExports>();
        services.AddScoped<Reconciliation.PniReconciliations>();
        services.AddScoped<Conventions.CorrespondentDesk>();
        services.AddScoped<Commission.EntriesExits>();
        services.AddScoped<Reporting.RequestStatement>();
        return services;
    }
}
