namespace MemberInsights.Loader.Cli;

/// <summary>Process exit codes.</summary>
internal static class ExitCode
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int DataPathLocked = 3;
    public const int ChecksFailed = 4;
}
