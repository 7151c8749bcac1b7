using System.Diagnostics;
using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;
using Xunit.Abstractions;
using static DigestBot.Tests.Harness.DigestbotProcess;

namespace DigestBot.Tests.Scheduling;

/// <summary>Long polling with several instances: one polls (PostgreSQL advisory lock), another takes over when it dies.</summary>
[Collection(ClusterProcesses.Name)]
public sealed class PollerTests(ITestOutputHelper output)
{
    private const string Polls = "This instance polls Telegram";
    private const long Chat = 4242;

    [PostgresFact]
    public async Task One_instance_polls_at_a_time_and_when_it_is_killed_another_takes_over()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var api = await FakeBotApi.StartAsync();
        var nodes = Enumerable.Range(1, 3).Select(i => ClusterNode.Start($"node{i}", database, api, RepoPaths.SampleDigests, "0 0 9 ? * MON")).ToList();
        try
        {
            await WaitAsync(() => nodes.Count(n => n.Logged(Polls)) == 1 && nodes.Count(n => n.Logged("stands by")) == 2, nodes, "one poller and two standing by");
            var leader = nodes.Single(n => n.Logged(Polls));
            api.Say(Chat, Chat, "/latest");
            await WaitAsync(() => api.To(Chat).Count == 1, nodes, "the answer to /latest");

            var clock = Stopwatch.StartNew();
            await leader.KillAsync();
            var rest = nodes.Where(n => n != leader).ToList();

            // Stated in the README: another instance polls within Cluster:PollerRetrySeconds (1 s here) of the poller's
            // death, as PostgreSQL drops the lock with the dead connection; the limit is generous for a loaded CI machine.
            await WaitAsync(() => rest.Any(n => n.Logged(Polls)), rest, "another instance to take polling over", TimeSpan.FromSeconds(30));
            output.WriteLine($"polling taken over {clock.Elapsed.TotalSeconds:0.0} s after the poller was killed");
            Assert.Single(rest, n => n.Logged(Polls));

            api.Say(Chat, Chat, "/week 43");
            await WaitAsync(() => api.To(Chat).Any(IsWeek43), rest, "the answer to /week 43 from the new poller");

            // At least once, never lost: killed before its next getUpdates confirmed /latest, the old poller leaves it
            // to come again, and the new one answers it a second time. Nothing is answered more often than that.
            var answers = api.To(Chat);
            Assert.Single(answers, IsWeek43);
            Assert.InRange(answers.Count(m => !IsWeek43(m)), 1, 2);
            Assert.Equal(0, api.Conflicts); // never two getUpdates at once (Telegram would answer one of them 409)
        }
        finally
        {
            nodes.ForEach(n => n.Dispose());
        }
    }

    private static bool IsWeek43(FakeMessage message) => message.Text.Contains("2020-W43", StringComparison.Ordinal);
}
