namespace DigestBot.Scheduling;

/// <summary>Completes when the start-up run of the weekly job is over, so the console chat starts after its posts.</summary>
public sealed class StartupRun
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Done => _done.Task;

    public void Complete() => _done.TrySetResult();
}
