namespace DigestBot.Operations;

/// <summary>Metrics:Prometheus: serve /metrics (on Health:Listen) in Prometheus's text format.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    public bool Prometheus { get; set; }
}
