using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Validation;

namespace MemberInsights.GraphQL.Benchmarks;

/// <summary>
/// Validating hostile fragment documents of about 2 KB with the executor's default limits: fragment F_n spreads
/// F_(n-1) twice, 50 levels deep (2^50 fields once expanded), and the variant whose fragments nest two aliased
/// selections each, 30 levels deep (2^30 response paths). Both must be refused in well under a millisecond.
/// </summary>
public class FragmentBombBenchmarks
{
    private Schema _schema = null!;
    private DocumentNode _doubling = null!;
    private DocumentNode _aliasedPaths = null!;
    private ValidationOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchmarkSchema.Build();
        _options = new ExecutionOptions().ToValidationOptions();
        _doubling = Parser.Parse(Doubling(50));
        _aliasedPaths = Parser.Parse(AliasedPaths(30));
        if (DocumentValidator.Validate(_schema, _doubling, _options).Count == 0 || DocumentValidator.Validate(_schema, _aliasedPaths, _options).Count == 0)
        {
            throw new InvalidOperationException("The fragment documents must be refused.");
        }
    }

    /// <summary><c>query { ...F50 }</c> with <c>fragment F_n on Query { ...F_(n-1) ...F_(n-1) }</c>.</summary>
    public static string Doubling(int levels)
    {
        var document = new StringBuilder($"query Bomb {{ ...F{levels} }}\nfragment F0 on Query {{ members(first: 1) {{ id }} }}\n");
        for (var i = 1; i <= levels; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}\n");
        }

        return document.ToString();
    }

    /// <summary>Each fragment selects two aliased <c>ofType</c> fields spreading the fragment below.</summary>
    public static string AliasedPaths(int levels)
    {
        var document = new StringBuilder($"{{ __schema {{ types {{ ...T{levels} }} }} }}\nfragment T0 on __Type {{ name }}\n");
        for (var i = 1; i <= levels; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment T{i} on __Type {{ a: ofType {{ ...T{i - 1} }} b: ofType {{ ...T{i - 1} }} }}\n");
        }

        return document.ToString();
    }

    [Benchmark]
    public int ValidateDoubling50() => DocumentValidator.Validate(_schema, _doubling, _options).Count;

    [Benchmark]
    public int ValidateAliasedPaths30() => DocumentValidator.Validate(_schema, _aliasedPaths, _options).Count;
}
