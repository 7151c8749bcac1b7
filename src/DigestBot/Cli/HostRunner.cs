using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Cli;

/// <summary>Checks a command's settings before its host starts; each bad setting becomes one line on the error output.</summary>
internal static class HostRunner
{
    public static bool Validate(IHost host, string command, TextWriter error)
    {
        try
        {
            host.Services.GetService<IStartupValidator>()?.Validate();
            return true;
        }
        catch (Exception e) when (Failures(e) is { Count: > 0 } failures)
        {
            foreach (var failure in failures)
            {
                error.WriteLine($"digestbot {command}: {failure}");
            }

            return false;
        }
    }

    private static List<string> Failures(Exception e) => e switch
    {
        OptionsValidationException invalid => invalid.Failures.ToList(),
        AggregateException many => many.InnerExceptions.SelectMany(Failures).ToList(),
        _ => [],
    };
}
