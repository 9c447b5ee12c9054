using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace MemberInsights.Api.Tests.Support;

/// <summary>Every Serilog event the API under test writes (registered in its container, which the API's logger reads sinks from).</summary>
public sealed class LogCapture : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);

    /// <summary>Every event as text: rendered message, every property and the exception.</summary>
    public string AllText() => string.Join('\n', Events.Select(e =>
        e.RenderMessage() + " " + string.Join(' ', e.Properties.Select(p => p.Key + "=" + p.Value)) + " " + e.Exception));
}
