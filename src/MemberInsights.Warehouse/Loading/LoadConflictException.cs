namespace MemberInsights.Warehouse.Loading;

/// <summary>A load that would contradict what the warehouse holds (e.g. data generated with another seed).</summary>
public sealed class LoadConflictException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public LoadConflictException()
    {
    }

    /// <summary>Creates the exception with a message saying what conflicts and what to do.</summary>
    public LoadConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public LoadConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
