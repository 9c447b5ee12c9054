using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MemberInsights.GraphQL.AspNetCore;
using MemberInsights.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>A real Kestrel server on 127.0.0.1 (random port) hosting the test schema at /graphql.</summary>
public sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestServer(WebApplication app, TestSchema schema, LogSink logs)
    {
        _app = app;
        Schema = schema;
        Logs = logs;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public HttpClient Client { get; }

    public TestSchema Schema { get; }

    public LogSink Logs { get; }

    public static async Task<GraphQLTestServer> StartAsync(
        Action<GraphQLServerOptions>? configure = null,
        Func<IRequestExecutor, IRequestExecutor>? decorate = null)
    {
        var schema = new TestSchema();
        var logs = new LogSink();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        var executor = schema.CreateExecutor();
        builder.Services.AddGraphQLServer(decorate is null ? executor : decorate(executor), configure);
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        return new GraphQLTestServer(app, schema, logs);
    }

    public Task<HttpResponseMessage> PostAsync(string json, string? accept = GraphQLMediaTypesForTests.GraphQLResponse, string contentType = "application/json", CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(json, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request, cancellationToken);
    }

    public Task<HttpResponseMessage> PostQueryAsync(string query, object? variables = null, string? operationName = null, string? accept = GraphQLMediaTypesForTests.GraphQLResponse) =>
        PostAsync(JsonSerializer.Serialize(new { query, variables, operationName }), accept);

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? accept = GraphQLMediaTypesForTests.GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The media types as the tests send and expect them.</summary>
public static class GraphQLMediaTypesForTests
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
}

/// <summary>Keeps every log event written by the server.</summary>
public sealed class LogSink : ILoggerProvider
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<LogEvent> Events { get; } = new();

    /// <summary>Completes when the next event is logged (read it before checking <see cref="Events"/>).</summary>
    public Task NextEvent => Volatile.Read(ref _next).Task;

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class SinkLogger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            sink.Events.Enqueue(new LogEvent(category, logLevel, eventId, formatter(state, exception), properties.ToDictionary(p => p.Key, p => p.Value), exception));
            Interlocked.Exchange(ref sink._next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }
}

public sealed record LogEvent(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Properties, Exception? Exception);
