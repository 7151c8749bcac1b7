using Microsoft.Extensions.Options;

namespace DigestBot.Scheduling;

public sealed class ClusterOptionsValidator : IValidateOptions<ClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterOptions options)
    {
        var errors = new List<string>();
        Check(errors, nameof(ClusterOptions.CheckinIntervalSeconds), options.CheckinIntervalSeconds);
        Check(errors, nameof(ClusterOptions.CheckinMisfireThresholdSeconds), options.CheckinMisfireThresholdSeconds);
        Check(errors, nameof(ClusterOptions.PollerRetrySeconds), options.PollerRetrySeconds);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Whether a number of seconds is one these settings accept.</summary>
    public static bool IsValid(double seconds) => seconds is >= 0.1 and <= 3600;

    private static void Check(List<string> errors, string key, double seconds)
    {
        if (!IsValid(seconds))
        {
            errors.Add($"Cluster:{key} is {seconds}: give a number of seconds from 0.1 to 3600.");
        }
    }
}
