using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MemberInsights.GraphQL.Execution;
using MemberInsights.GraphQL.Language;
using MemberInsights.GraphQL.Language.Ast;
using MemberInsights.GraphQL.Types;
using MemberInsights.GraphQL.Validation;

namespace MemberInsights.GraphQL.Benchmarks;

/// <summary>
/// The engine's stages for the load test's ~30-field query (tests/load/fixture/query.graphql):
/// parse, validate, and execute with a cached document, including writing the JSON response.
/// </summary>
public class EngineBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private Schema _schema = null!;
    private DocumentNode _document = null!;
    private IRequestExecutor _executor = null!;
    private IReadOnlyDictionary<string, object?> _variables = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchmarkSchema.Build();
        _document = Parser.Parse(BenchmarkFixture.Query);
        _executor = new RequestExecutor(_schema);
        _variables = VariableValues.FromJson(BenchmarkFixture.Variables)!;
        if (DocumentValidator.Validate(_schema, _document).Count != 0)
        {
            throw new InvalidOperationException("The benchmark query does not validate.");
        }
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(BenchmarkFixture.Query);

    [Benchmark]
    public int Validate() => DocumentValidator.Validate(_schema, _document).Count;

    [Benchmark]
    public async Task<int> ExecuteCachedDocument()
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = BenchmarkFixture.Query, Variables = _variables });
        _output.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_output, ExecutionResult.WriterOptions))
        {
            result.WriteTo(writer);
        }

        return _output.WrittenCount;
    }
}
