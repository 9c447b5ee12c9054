namespace MemberInsights.GraphQL.Types.Scalars;

/// <summary>Reads the CLR numeric shapes JSON input and resolvers produce.</summary>
internal static class Numbers
{
    public static bool TryGetDouble(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    public static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;
}
