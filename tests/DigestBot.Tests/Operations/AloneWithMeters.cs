namespace DigestBot.Tests.Operations;

/// <summary>
/// OpenTelemetry listens to every meter named "DigestBot" in the process, also other tests' hosts: the tests that
/// read /metrics run alone, so the numbers they see are their own host's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneWithMeters
{
    public const string Name = "Alone with the DigestBot meters";
}
