using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigestBot.Storage;

/// <summary>Ready while the state database answers a query.</summary>
public sealed class DatabaseHealthCheck(StateDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = StateDatabase.Command(connection, "SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the database does not answer", error);
        }
    }
}
