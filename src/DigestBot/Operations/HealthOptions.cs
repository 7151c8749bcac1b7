using System.ComponentModel.DataAnnotations;

namespace DigestBot.Operations;

/// <summary>Health:Listen: where /healthz, /readyz (and /metrics) are served while the bot runs; unset, nothing listens.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    [Url(ErrorMessage = "Health:Listen must be an http:// URL such as http://127.0.0.1:8080")]
    public string? Listen { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Listen);
}
