using System.Text;

namespace MemberInsights.GraphQL.Validation;

/// <summary>
/// "Did you mean" suggestions worded and ordered exactly as graphql-js words them: options within
/// a Damerau-Levenshtein distance of 40% of the input (case-insensitive), nearest first.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to <paramref name="input"/>, nearest first, ties in natural order.</summary>
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Distance(input, inputLower, option, threshold);
            if (distance is { } value && !found.Exists(f => f.Option == option))
            {
                found.Add((option, value));
            }
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(found.Count);
        foreach (var (option, _) in found)
        {
            result.Add(option);
        }

        return result;
    }

    /// <summary><c> Did you mean "a", "b", or "c"?</c>, or empty when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            builder.Append(subMessage).Append(' ');
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(count == 2 ? " " : ", ");
                if (i == count - 1)
                {
                    builder.Append("or ");
                }
            }

            builder.Append('"').Append(suggestions[i]).Append('"');
        }

        return builder.Append('?').ToString();
    }

    /// <summary>Compares strings with runs of digits compared as numbers (graphql-js naturalCompare).</summary>
    public static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            if (char.IsAsciiDigit(x) && char.IsAsciiDigit(y))
            {
                long numberA = 0;
                do
                {
                    numberA = (numberA * 10) + (a[i] - '0');
                    i++;
                }
                while (i < a.Length && char.IsAsciiDigit(a[i]) && numberA > 0);

                long numberB = 0;
                do
                {
                    numberB = (numberB * 10) + (b[j] - '0');
                    j++;
                }
                while (j < b.Length && char.IsAsciiDigit(b[j]) && numberB > 0);

                if (numberA != numberB)
                {
                    return numberA < numberB ? -1 : 1;
                }
            }
            else
            {
                if (x != y)
                {
                    return x < y ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return Math.Sign(a.Length - b.Length);
    }

    private static int? Distance(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var column = 0; column <= b.Length; column++)
        {
            rows[0][column] = column;
        }

        for (var row = 1; row <= a.Length; row++)
        {
            var up = rows[(row - 1) % 3];
            var current = rows[row % 3];
            var smallest = current[0] = row;
            for (var column = 1; column <= b.Length; column++)
            {
                var cost = a[row - 1] == b[column - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[column] + 1, current[column - 1] + 1), up[column - 1] + cost);
                if (row > 1 && column > 1 && a[row - 1] == b[column - 2] && a[row - 2] == b[column - 1])
                {
                    cell = Math.Min(cell, rows[(row - 2) % 3][column - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[column] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
