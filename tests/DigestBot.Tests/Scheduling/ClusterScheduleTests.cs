using DigestBot.Publishing;
using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;
using static DigestBot.Tests.Harness.DigestbotProcess;

namespace DigestBot.Tests.Scheduling;

/// <summary>Several real instances on one PostgreSQL database: Quartz's clustered store fires each trigger on one of them.</summary>
[Collection(ClusterProcesses.Name)]
public sealed class ClusterScheduleTests : IDisposable
{
    private const string CronRun = "trigger digestbot.weekly-posts-cron";
    private readonly string _digests = Path.Combine(Path.GetTempPath(), $"digestbot-cluster-{Guid.NewGuid():N}");

    [PostgresFact]
    public async Task Three_instances_fire_the_trigger_once_and_post_each_paper_exactly_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var api = await FakeBotApi.StartAsync();
        var fire = ClusterNode.FireIn(TimeSpan.FromSeconds(30));
        var week = ClusterNode.DigestsFor(fire, _digests);
        var nodes = Enumerable.Range(1, 3).Select(i => ClusterNode.Start($"node{i}", database, api, _digests, ClusterNode.OnceAt(fire))).ToList();
        try
        {
            await WaitAsync(() => nodes.All(n => n.Logged("Running: next fire")), nodes, "three instances to start");
            Assert.True(DateTimeOffset.UtcNow < fire, "the three instances took more than 30 s to start, so the test cannot watch the fire");

            // Quartz made its schema in the empty database, and the three checked in under one scheduler name with ids of their own.
            Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'qrtz_locks';"));
            var instances = 0L;
            for (var poll = 0; poll < 50; poll++)
            {
                instances = await database.ScalarAsync<long>("SELECT count(DISTINCT instance_name) FROM qrtz_scheduler_state WHERE sched_name = 'digestbot';");
                if (instances == 3)
                {
                    break;
                }

                await Task.Delay(200); // a check-in may land a moment after its instance logs that it runs
            }

            Assert.Equal(3L, instances);
            Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM qrtz_scheduler_state WHERE sched_name <> 'digestbot';"));
            await WaitAsync(() => nodes.Any(n => n.Logged($"{week}: the run is over")), nodes, "the fire's run");

            // A second firing of the same fire would have begun within two check-ins (1 s each); wait well past that.
            await Task.Delay(TimeSpan.FromSeconds(5));
            Assert.Single(nodes, n => n.Logged(CronRun));
            Assert.Equal(ClusterNode.ExpectedTexts(_digests, week), api.Calls.Select(m => m.Text));
            Assert.All(await ClusterNode.LedgerAsync(database, week), row => Assert.Equal(PostState.Sent, row.State));
            Assert.DoesNotContain(nodes, n => n.Logged(ClusterNode.Password) || n.Logged(FakeBotApi.Token));
        }
        finally
        {
            nodes.ForEach(n => n.Dispose());
        }
    }

    [PostgresFact]
    public async Task The_instance_posting_the_week_killed_mid_week_another_finishes_it_without_duplicates()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var api = await FakeBotApi.StartAsync();
        api.On(3, new FakeReply.Hang()); // the third post reaches Telegram, and its instance dies before the answer
        var fire = ClusterNode.FireIn(TimeSpan.FromSeconds(25));
        var week = ClusterNode.DigestsFor(fire, _digests);
        var nodes = Enumerable.Range(1, 2).Select(i => ClusterNode.Start($"node{i}", database, api, _digests, ClusterNode.OnceAt(fire))).ToList();
        try
        {
            await WaitAsync(() => api.Calls.Count == 3, nodes, "the third post");
            var runner = nodes.Single(n => n.Logged(CronRun));
            var survivor = nodes.Single(n => n != runner);
            await runner.KillAsync();

            await WaitAsync(() => survivor.Logged("recovering True") && survivor.Logged($"{week}: the run is over"), [survivor], "the other instance to recover the week");
            var expected = ClusterNode.ExpectedTexts(_digests, week);
            Assert.Equal(expected, api.Calls.Select(m => m.Text)); // every post once: as many as the week has, none twice
            Assert.True(survivor.Logged($"{week} → telegram: {expected.Count - 3} sent now, 2 already sent, 0 pending, 0 failed, 1 unknown"), Dump(nodes));

            var rows = await ClusterNode.LedgerAsync(database, week);
            Assert.Equal(PostState.Sending, rows[2].State); // the one whose answer died with its instance: reported, not re-sent
            Assert.All(rows.Where((_, i) => i != 2), row => Assert.Equal(PostState.Sent, row.State));

            // Any instance's `status` reads the shared ledger and reports the unknown post.
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await Program.RunAsync(
                ["status", "--week", week, "--Storage:Provider=postgres", $"--Storage:ConnectionString={database.ConnectionString}", $"--Digests:Path={_digests}"], output, error);
            Assert.Equal(1, exit);
            Assert.Contains($"{week} telegram: {expected.Count - 1} sent, 0 pending, 0 failed, 1 unknown", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            nodes.ForEach(n => n.Dispose());
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_digests))
        {
            Directory.Delete(_digests, recursive: true);
        }
    }
}
