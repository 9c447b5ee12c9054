using System.Globalization;
using System.Numerics;

namespace MemberInsights.ClickHouse.Formats;

/// <summary>Converts a read value to the type a caller asks for.</summary>
internal static class ValueConverter
{
    public static T Convert<T>(object? value, string column)
    {
        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is null)
        {
            if (default(T) is null)
            {
                return default!;
            }

            throw new InvalidCastException($"Column '{column}' is NULL; read it as {typeof(T).Name}? or check IsNull first.");
        }

        try
        {
            return (T)ConvertTo(value, target);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw new InvalidCastException($"Column '{column}' holds {value.GetType().Name} {value}, which cannot be read as {typeof(T).Name}.", e);
        }
    }

    private static object ConvertTo(object value, Type target)
    {
        if (target == typeof(DateOnly) && value is DateTime time)
        {
            return DateOnly.FromDateTime(time);
        }

        if (target == typeof(DateTime) && value is DateOnly date)
        {
            return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }

        if (target == typeof(DateTimeOffset) && value is DateTime instant)
        {
            return new DateTimeOffset(instant, TimeSpan.Zero);
        }

        if (target == typeof(string))
        {
            return System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }

        if (value is Int128 or UInt128 or BigInteger)
        {
            return System.Convert.ChangeType(decimal.Parse(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), target, CultureInfo.InvariantCulture);
        }

        return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }
}
