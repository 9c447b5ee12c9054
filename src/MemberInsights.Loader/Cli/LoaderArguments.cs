using System.Globalization;
using MemberInsights.Warehouse.Generation;

namespace MemberInsights.Loader.Cli;

/// <summary>The parsed command line: one command and its options.</summary>
internal sealed record LoaderArguments
{
    public static readonly string[] Commands = ["migrate", "load", "ingest", "check", "status", "help"];

    public string Command { get; init; } = "help";

    public LoadPreset Preset { get; init; } = LoadPreset.Demo;

    public int? Members { get; init; }

    public int? Days { get; init; }

    public ulong? Seed { get; init; }

    public bool IfEmpty { get; init; }

    public string? File { get; init; }

    public string? DataPath { get; init; }

    /// <summary>Parses <paramref name="args"/>.</summary>
    /// <exception cref="UsageException">The command line is not valid.</exception>
    public static LoaderArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help")
        {
            return new LoaderArguments();
        }

        var command = args[0].ToLowerInvariant();
        if (!Commands.Contains(command))
        {
            throw new UsageException($"Unknown command '{args[0]}'.");
        }

        var parsed = new LoaderArguments { Command = command };
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            parsed = arg switch
            {
                "--preset" => parsed with { Preset = LoadPreset.Find(Value(args, ref i)) ?? throw new UsageException($"Unknown preset '{args[i]}'; expected one of {LoadPreset.Names}.") },
                "--members" => parsed with { Members = Number<int>(args, ref i) },
                "--days" => parsed with { Days = Number<int>(args, ref i) },
                "--seed" => parsed with { Seed = Number<ulong>(args, ref i) },
                "--if-empty" => parsed with { IfEmpty = true },
                "--data-path" => parsed with { DataPath = Value(args, ref i) },
                "-h" or "--help" => parsed with { Command = "help" },
                _ when !arg.StartsWith('-') && command == "ingest" && parsed.File is null => parsed with { File = arg },
                _ => throw new UsageException($"Unexpected argument '{arg}' for '{command}'."),
            };
        }

        if (parsed.Command == "ingest" && parsed.File is null)
        {
            throw new UsageException("ingest needs a file: ingest <file.ndjson|file.csv>.");
        }

        return parsed;
    }

    /// <summary>The generator options of a load.</summary>
    public GeneratorOptions ToGeneratorOptions()
    {
        try
        {
            return GeneratorOptions.FromPreset(Preset, Members, Days, Seed);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException($"{args[i]} needs a value.");
        }

        return args[++i];
    }

    private static T Number<T>(IReadOnlyList<string> args, ref int i)
        where T : IParsable<T>
    {
        var name = args[i];
        var text = Value(args, ref i).Replace("_", "", StringComparison.Ordinal);
        return T.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"{name} needs a whole number, not '{args[i]}'.");
    }
}
