using MemberInsights.GraphQL.AspNetCore.Logging;

namespace MemberInsights.GraphQL.AspNetCore.Tests.Hosting;

/// <summary>Guards against a hung test; never a timing assertion.</summary>
public static class TestTimeouts
{
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    /// <summary>Waits until the server has logged its operation line (written after the response).</summary>
    public static async Task<LogEvent> WaitForOperationAsync(this LogSink logs, int count = 1)
    {
        while (true)
        {
            var next = logs.NextEvent;
            var lines = logs.Events.Where(e => e.EventId.Name == "GraphQLOperation").ToList();
            if (lines.Count >= count)
            {
                return lines[count - 1];
            }

            await next.WaitAsync(Hang);
        }
    }
}
