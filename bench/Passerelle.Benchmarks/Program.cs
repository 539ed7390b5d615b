// Benchmarks of Passerelle (results in docs/benchmarks.md). Usage: dotnet run -c Release --project bench/Passerelle.Benchmarks -- NAME
Console.Error.WriteLine("Aucun banc d'essai n'est encore défini.");
return 2;
