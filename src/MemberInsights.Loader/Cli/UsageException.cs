namespace MemberInsights.Loader.Cli;

/// <summary>The command line is not valid; the message says why.</summary>
internal sealed class UsageException(string message) : Exception(message);
