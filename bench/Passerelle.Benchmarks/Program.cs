using Passerelle.Benchmarks;

// Benchmarks of Passerelle (results in docs/benchmarks.md).
// Usage: dotnet run -c Release --project bench/Passerelle.Benchmarks -- import --people 100000 [--seed 1]
//        dotnet run -c Release --project bench/Passerelle.Benchmarks -- caseload [--clients 100] [--seconds 20] [--referents 10] [--people 70]
//              [--provider sqlite|postgres] [--probe N] [--probe-tasks 20] [--probe-only] [--keep]   (postgres: PASSERELLE_BENCH_PG, the server)
//        dotnet run -c Release --project bench/Passerelle.Benchmarks -- tracking [--participants 10000] [--runs 5]
//        dotnet run -c Release --project bench/Passerelle.Benchmarks -- referrals --lines 20000 [--seed 1]   (PostgreSQL too when PASSERELLE_BENCH_PG is set)
//        dotnet run -c Release --project bench/Passerelle.Benchmarks -- scale [--plies 150] [--people 1000000] [--seed 1] [--provider sqlite|postgres] [--file F | --database NAME]
//        dotnet run -c Release --project bench/Passerelle.Benchmarks -- reports [--year 2025] [--plie CODE] [--runs 5] [--provider sqlite|postgres] [--file F | --database NAME]
// Each measured phase runs in a child process of its own, so that its peak working set is its own.
return args switch
{
    ["import", .. var rest] => await ImportBenchmark.RunAsync(rest),
    ["caseload", .. var rest] => await CaseloadBenchmark.RunAsync(rest),
    ["tracking", .. var rest] => await TrackingBenchmark.RunAsync(rest),
    ["referrals", .. var rest] => await ReferralBenchmark.RunAsync(rest),
    ["scale", .. var rest] => await ReportingBenchmark.ScaleAsync(rest),
    ["reports", .. var rest] => await ReportingBenchmark.RunAsync(rest),
    ["referral-phase", var phase, var file, var lines] => await ReferralPhases.RunAsync(phase, file, int.Parse(lines, System.Globalization.CultureInfo.InvariantCulture)),
    ["phase", var phase, var file, var people] => await ImportPhases.RunAsync(phase, file, int.Parse(people, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage : import --people N [--seed S]   (PostgreSQL si PASSERELLE_BENCH_PG est défini)");
    Console.Error.WriteLine("        tracking [--participants 10000] [--runs 5]");
    Console.Error.WriteLine("        referrals --lines N [--seed S]   (PostgreSQL si PASSERELLE_BENCH_PG est défini)");
    Console.Error.WriteLine("        scale [--plies 150] [--people 1000000] [--seed 1] [--provider sqlite|postgres] [--file F | --database NOM]   (postgres : PASSERELLE_BENCH_PG)");
    Console.Error.WriteLine("        reports [--year 2025] [--plie CODE] [--runs 5] [--provider sqlite|postgres] [--file F | --database NOM]");
    Console.Error.WriteLine("        caseload [--clients 100] [--seconds 20] [--referents 10] [--people 70] [--provider sqlite|postgres] [--probe N] [--probe-tasks 20] [--probe-only] [--keep]");
    return 2;
}
