using System.Globalization;
using Serilog.Sinks.SystemConsole.Themes;
using Spectre.Console;

namespace MemberInsights.Loader.Display;

/// <summary>
/// How the loader writes to the console: colours and live progress only on a terminal without NO_COLOR
/// (https://no-color.org), plain text otherwise; dates and numbers in one invariant, ISO 8601 form everywhere.
/// </summary>
internal static class ConsoleSetup
{
    /// <summary>Invariant formatting with ISO 8601 dates (yyyy-MM-dd, HH:mm:ss): the invariant culture's own are US-style.</summary>
    public static CultureInfo Iso { get; } = CreateIso();

    /// <summary>Whether colours are off: NO_COLOR is set, or the output is redirected.</summary>
    public static bool Plain { get; } = Console.IsOutputRedirected || Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };

    /// <summary>The Serilog console theme that matches <see cref="Plain"/>.</summary>
    public static ConsoleTheme Theme => Plain ? ConsoleTheme.None : AnsiConsoleTheme.Literate;

    /// <summary>Points Spectre.Console at a console without colour codes when <see cref="Plain"/>.</summary>
    public static void Apply()
    {
        CultureInfo.DefaultThreadCurrentCulture = Iso;
        CultureInfo.CurrentCulture = Iso;
        if (Plain)
        {
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = Console.IsOutputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
                Out = new AnsiConsoleOutput(Console.Out),
            });
        }

        if (Console.IsOutputRedirected)
        {
            // Redirected output has no terminal width: keep table rows on one line for logs and scripts.
            AnsiConsole.Profile.Width = 200;
        }
    }

    private static CultureInfo CreateIso()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
        culture.DateTimeFormat.LongDatePattern = "yyyy-MM-dd";
        culture.DateTimeFormat.ShortTimePattern = "HH:mm";
        culture.DateTimeFormat.LongTimePattern = "HH:mm:ss";
        culture.DateTimeFormat.FullDateTimePattern = "yyyy-MM-dd HH:mm:ss";
        return CultureInfo.ReadOnly(culture);
    }
}
