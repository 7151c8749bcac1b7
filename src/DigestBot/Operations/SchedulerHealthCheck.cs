using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace DigestBot.Operations;

/// <summary>Ready while Quartz's scheduler runs (started, not in standby, not shut down).</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var all = await schedulers.GetAllSchedulers(cancellationToken);
        var running = false;
        foreach (var scheduler in all)
        {
            running |= await scheduler.GetStatus(cancellationToken) == SchedulerStatus.Running;
        }

        return running ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("the scheduler is not running");
    }
}
