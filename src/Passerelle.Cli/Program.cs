using System.CommandLine;
using Passerelle.Cli;

// `./passerelle VERB …` (contract §3). Exit 0 on success, 2 on bad input (problems listed on stderr), 1 on failure.
var root = new RootCommand("Passerelle – ligne de commande d'administration (base configurée par Passerelle__Database__Provider et ConnectionStrings__Passerelle).");
foreach (var command in Verbs.All()) root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
