namespace DigestBot.Tests.Harness;

/// <summary>
/// The tests that start several digestbot processes run one after another, not beside each other and all at once,
/// so a 2-core CI machine starts at most three instances at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClusterProcesses
{
    public const string Name = "cluster processes";
}
