namespace MemberInsights.ClickHouse.Migrations;

/// <summary>A migration that <see cref="MigrationRunner"/> applied in this run.</summary>
/// <param name="Version">The number the file name starts with.</param>
/// <param name="Name">The file name.</param>
/// <param name="Checksum">SHA-256 of the file (line endings normalized), lowercase hex.</param>
/// <param name="Statements">How many statements ran.</param>
/// <param name="Elapsed">How long the migration took.</param>
public sealed record AppliedMigration(int Version, string Name, string Checksum, int Statements, TimeSpan Elapsed);

/// <summary>Whether a migration has been applied, and whether its file still matches.</summary>
public enum MigrationState
{
    /// <summary>Applied, and the file is unchanged.</summary>
    Applied,

    /// <summary>The file exists but has not been applied.</summary>
    Pending,

    /// <summary>Applied, but the file changed since (the runner refuses to continue).</summary>
    Modified,

    /// <summary>Recorded as applied, but the file is gone.</summary>
    Missing,
}

/// <summary>One migration's state.</summary>
/// <param name="Version">The migration number.</param>
/// <param name="Name">The file name (or the recorded name when the file is missing).</param>
/// <param name="State">Applied, pending, modified or missing.</param>
/// <param name="AppliedAt">When it was applied (UTC), if it was.</param>
public sealed record MigrationStatus(int Version, string Name, MigrationState State, DateTime? AppliedAt);

/// <summary>An applied migration's file changed: applied history cannot be rewritten, add a new migration instead.</summary>
public sealed class MigrationChecksumMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception for the changed files.</summary>
    public MigrationChecksumMismatchException(IReadOnlyList<string> files)
        : base(
            $"Applied migration file(s) changed since they were applied: {string.Join(", ", files)}. " +
            "Applied migrations must not be edited: restore the original file(s) and put the change in a new, higher-numbered migration.")
    {
        Files = files;
    }

    /// <summary>The changed files.</summary>
    public IReadOnlyList<string> Files { get; }
}
