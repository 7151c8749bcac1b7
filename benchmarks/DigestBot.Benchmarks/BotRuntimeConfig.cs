using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace DigestBot.Benchmarks;

/// <summary>
/// Runs the benchmarks as the bot runs. BenchmarkDotNet builds a project of its own for each run and carries this
/// project's GC settings over to it (Server GC, concurrent), but not <c>TieredPGO</c>: without this its runs had .NET's
/// default, Dynamic PGO on, while the bot (<c>src/DigestBot/DigestBot.csproj</c>) and this project turn it off.
/// Setting <c>DOTNET_TieredPGO</c> for the command measures with that value instead (<c>DOTNET_TieredPGO=1</c>: the default).
/// </summary>
internal sealed class BotRuntimeConfig : ManualConfig
{
    public const string PgoVariable = "DOTNET_TieredPGO";

    public BotRuntimeConfig() =>
        AddJob(Job.Default.WithEnvironmentVariables(new EnvironmentVariable(PgoVariable, DynamicPgo ? "1" : "0")).AsDefault());

    /// <summary>Dynamic PGO as this process runs it: the variable when set, else this project's runtimeconfig (off).</summary>
    public static bool DynamicPgo =>
        Environment.GetEnvironmentVariable(PgoVariable) is { Length: > 0 } set
            ? set != "0"
            : !AppContext.TryGetSwitch("System.Runtime.TieredPGO", out var enabled) || enabled;
}
