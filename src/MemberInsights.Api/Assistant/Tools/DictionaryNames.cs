using System.Text;

namespace MemberInsights.Api.Assistant.Tools;

/// <summary>C# enum values as dictionary names: <c>RecoveryScore</c> → <c>recovery_score</c>.</summary>
internal static class DictionaryNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
