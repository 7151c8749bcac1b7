using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigestBot.Operations;

/// <summary>Ready unless a platform's last call was refused with 401: its token needs replacing.</summary>
public sealed class AuthHealthCheck(PlatformAuth auth) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var refused = auth.Refused;
        return Task.FromResult(refused.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"last call refused with 401: {string.Join(", ", refused)}"));
    }
}
